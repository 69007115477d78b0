package annotate_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"hearsay"
	"hearsay/annotate"
)

var update = flag.Bool("update", false, "rewrite the generated golden files (testdata/sample/*.golden.json)")

// goldQuote is a quote as the hand-written cases in testdata/quotes state
// it: by its text, not its offsets.
type goldQuote struct {
	Text      string   `json:"text"`
	Kind      string   `json:"kind"`
	Speaker   *string  `json:"speaker"`
	Entity    *string  `json:"entity"`
	Cue       *string  `json:"cue"`
	Anonymous bool     `json:"anonymous"`
	Evidence  string   `json:"evidence"`
	Via       []string `json:"via,omitempty"`
}

func str(s string) *string { return &s }

func quotesOf(d *hearsay.Document) []goldQuote {
	out := []goldQuote{}
	for _, q := range d.Quotes {
		g := goldQuote{Text: d.Slice(q.Span), Kind: q.Kind.String(), Evidence: q.Evidence.String()}
		if q.Speaker != nil {
			g.Speaker = str(d.Slice(q.Speaker.Span))
			g.Anonymous = q.Speaker.Anonymous
			if q.Speaker.Entity >= 0 {
				g.Entity = str(d.Entities[q.Speaker.Entity].Name)
			}
		}
		if q.Cue != nil {
			g.Cue = str(d.Slice(*q.Cue))
		}
		for _, v := range q.Via {
			g.Via = append(g.Via, d.Entities[v].Name)
		}
		out = append(out, g)
	}
	return out
}

func analyze(t testing.TB, id, text string) *hearsay.Document {
	t.Helper()
	d, err := annotate.Default().Analyze(hearsay.Article{ID: id, Text: text, Published: "2023-04-25"})
	if err != nil {
		t.Fatalf("analyze %s: %v", id, err)
	}
	if err := d.JSON().Validate(); err != nil {
		t.Fatalf("analyze %s: invalid JSON: %v", id, err)
	}
	return d
}

// TestQuoteCases runs the hand-written cases in testdata/quotes: each
// NAME.txt is a short passage and NAME.json the quotes a careful reader
// finds in it, with speaker, entity, cue and evidence.
func TestQuoteCases(t *testing.T) {
	files, _ := filepath.Glob("../testdata/quotes/*.txt")
	if len(files) < 25 {
		t.Fatalf("found %d cases in testdata/quotes, want at least 25", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var want struct{ Quotes []goldQuote }
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s.json: %v", name, err)
			}
			got := quotesOf(analyze(t, name, string(text)))
			gj, _ := json.MarshalIndent(got, "", " ")
			wj, _ := json.MarshalIndent(want.Quotes, "", " ")
			if !bytes.Equal(gj, wj) {
				t.Errorf("%s:\ngot  %s\nwant %s", name, gj, wj)
			}
		})
	}
}

// TestSampleArticle checks what the foundation issue asks of the sample
// article, then compares the whole schema-1 output with its golden file.
func TestSampleArticle(t *testing.T) {
	text, err := os.ReadFile("../testdata/sample/timberlake-spears.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, "timberlake-spears", string(text))
	var qs, indirect []goldQuote
	for _, q := range quotesOf(d) {
		if q.Kind == "indirect" {
			indirect = append(indirect, q)
		} else {
			qs = append(qs, q)
		}
	}
	want := []struct {
		prefix, kind, entity string
		anonymous            bool
	}{
		{"Justin wanted to speak to Britney", "direct", "an insider", true},
		{"how touched Brit would be", "partial", "an insider", true},
		{"They had a long emotional phone call", "direct", "an insider", true},
		{"personally apologize and make amends", "partial", "", false},
		{"really appreciated.", "partial", "", false},
		{"love to do.", "partial", "", false},
		{"I am deeply sorry", "direct", "Justin Timberlake", false},
		{"I want to apologize to Britney Spears", "direct", "Justin Timberlake", false},
		{"misogyny and racism.", "partial", "Justin Timberlake", false},
	}
	if len(qs) != len(want) {
		t.Fatalf("found %d quotes, want %d: %+v", len(qs), len(want), qs)
	}
	for i, w := range want {
		q := qs[i]
		if !strings.HasPrefix(q.Text, w.prefix) || q.Kind != w.kind {
			t.Errorf("quote %d = %q (%s), want %q… (%s)", i+1, q.Text, q.Kind, w.prefix, w.kind)
		}
		if w.entity != "" && (q.Entity == nil || *q.Entity != w.entity) {
			t.Errorf("quote %d %q: speaker entity %v, want %s", i+1, q.Text, deref(q.Entity), w.entity)
		}
		if q.Anonymous != w.anonymous {
			t.Errorf("quote %d %q: anonymous = %v, want %v", i+1, q.Text, q.Anonymous, w.anonymous)
		}
	}
	// The anonymous quotes are graded anonymous, the hedged ones reported,
	// the Instagram post on the record.
	for i, ev := range []string{"anonymous", "anonymous", "anonymous", "reported", "reported"} {
		if qs[i].Evidence != ev {
			t.Errorf("quote %d %q: evidence %s, want %s", i+1, qs[i].Text, qs[i].Evidence, ev)
		}
	}
	if qs[6].Evidence != "on_record" || strings.Join(qs[6].Via, ",") != "Instagram" {
		t.Errorf("Instagram quote: evidence %s via %v, want on_record via Instagram", qs[6].Evidence, qs[6].Via)
	}
	for i := 0; i < 3; i++ {
		if strings.Join(qs[i].Via, ",") != "Closer Magazine" {
			t.Errorf("insider quote %d: via %v, want Closer Magazine", i+1, qs[i].Via)
		}
	}
	// the writer's own assertions are claims, unattributed
	var own int
	for _, q := range indirect {
		if q.Speaker == nil && q.Evidence == "unattributed" && (strings.Contains(q.Text, "definitely been served") || strings.Contains(q.Text, "nothing short of chaotic")) {
			own++
		}
	}
	if own != 2 {
		t.Errorf("found %d of the writer's 2 assertions among %+v", own, indirect)
	}
	// the age: "the now 41-year-old" in 2023 was born in 1981 or 1982
	for _, e := range d.Entities {
		if e.Name == "Britney Spears" && e.Born != "1981/1982" {
			t.Errorf("Britney Spears born %q, want 1981/1982", e.Born)
		}
	}
	var ages []string
	for _, x := range d.Timex {
		ages = append(ages, string(x.Type)+" "+d.Slice(x.Span)+" "+x.Value)
	}
	for _, w := range []string{"DURATION 20 years P20Y", "DATE 2021 2021", "AGE 41-year-old 41"} {
		if !strings.Contains(strings.Join(ages, "|"), w) {
			t.Errorf("timex %v lacks %q", ages, w)
		}
	}
	// the two indirect claims: the insider's, through Closer Magazine, and
	// Timberlake's acknowledgement
	claims := map[string]goldQuote{}
	for _, q := range indirect {
		claims[q.Text] = q
	}
	c1, ok1 := claims["Justin Timberlake had reached out to Spears' management, to be able to reach out to her"]
	c2, ok2 := claims[`his behavior fed into a system of "misogyny and racism."`]
	if !ok1 || !c1.Anonymous || c1.Evidence != "anonymous" || strings.Join(c1.Via, ",") != "Closer Magazine" {
		t.Errorf("insider's indirect claim: %+v (found %v)", c1, ok1)
	}
	if !ok2 || c2.Entity == nil || *c2.Entity != "Justin Timberlake" || c2.Evidence != "on_record" {
		t.Errorf("acknowledgement: %+v (found %v)", c2, ok2)
	}
	golden(t, "../testdata/sample/timberlake-spears.golden.json", d)
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// golden compares d's schema-1 JSON with the file at path (rewritten with
// -update).
func golden(t *testing.T, path string, d *hearsay.Document) {
	t.Helper()
	got, err := json.MarshalIndent(d.JSON(), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test ./annotate -update and review the diff\n%s", path, firstDiff(got, want))
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n got  " + al[i] + "\n want " + bl[i]
		}
	}
	return "lengths differ"
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestQuoteVoice: "I" and "my" inside a quotation are its speaker's;
// outside quotation marks they stay the writer's own voice.
func TestQuoteVoice(t *testing.T) {
	d, err := annotate.Default().Analyze(hearsay.Article{ID: "voice", Text: `I met Tom Hardy last week. "I love my job," Hardy said. My editor agreed.`})
	if err != nil {
		t.Fatal(err)
	}
	of := func(off int) string {
		for _, m := range d.Mentions {
			if m.Start == off && m.Entity >= 0 {
				return d.Entities[m.Entity].Name
			}
		}
		return ""
	}
	text := d.Text
	inQuote := strings.Index(text, `"I`) + 1
	if got := of(inQuote); got != "Tom Hardy" {
		t.Errorf("I inside the quote is %q, want Tom Hardy", got)
	}
	if got := of(strings.Index(text, "my job")); got != "Tom Hardy" {
		t.Errorf("my inside the quote is %q, want Tom Hardy", got)
	}
	if got := of(0); got == "Tom Hardy" || got == "" {
		t.Errorf("the writer's I is %q, want an entity of its own", got)
	}
	if a, b := of(0), of(strings.Index(text, "My editor")); a != b {
		t.Errorf("the writer's I (%q) and My (%q) differ", a, b)
	}
}

// TestQuotedThirdPerson checks that a "she" inside a quotation is not its
// speaker but the other person the story was about.
func TestQuotedThirdPerson(t *testing.T) {
	d := analyze(t, "she", `Jennifer Aniston and Courteney Cox stepped out together. Aniston wore a black gown, while Cox opted for a white suit.

"She's my sister," Aniston told Entertainment Tonight.`)
	for _, m := range d.Mentions {
		if d.Slice(m.Span) == "She" {
			if m.Entity < 0 || d.Entities[m.Entity].Name != "Courteney Cox" {
				t.Errorf("She → %v, want Courteney Cox", m.Entity)
			}
			return
		}
	}
	t.Fatal("no mention She")
}
