package segment_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"hearsay"
	"hearsay/annotate/segment"
)

func sentences(text string) []string {
	d := &hearsay.Document{Article: hearsay.Article{Text: text}}
	if err := segment.New().Annotate(d); err != nil {
		panic(err)
	}
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"titles", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"us", "She moved to the U.S. in 2001. Then she left.", []string{"She moved to the U.S. in 2001.", "Then she left."}},
		{"us-end", "He lives in the U.S. The rest of his family does not.", []string{"He lives in the U.S.", "The rest of his family does not."}},
		{"month", "It opened on Jan. 5 in Paris. Crowds came.", []string{"It opened on Jan. 5 in Paris.", "Crowds came."}},
		{"initials", "J. K. Rowling wrote it. Fans loved it.", []string{"J. K. Rowling wrote it.", "Fans loved it."}},
		{"decimal", "Shares rose 3.5 percent. Analysts cheered.", []string{"Shares rose 3.5 percent.", "Analysts cheered."}},
		{"quote-ends", `"I am done." She walked out.`, []string{`"I am done."`, "She walked out."}},
		{"curly-quote-ends", "“I am done.” She walked out.", []string{"“I am done.”", "She walked out."}},
		{"quote-continues", `"Go home," he said. "Now!"`, []string{`"Go home," he said.`, `"Now!"`}},
		{"question-lower", `"Why?" she asked.`, []string{`"Why?" she asked.`}},
		{"inc", "He joined Apple Inc. The company grew.", []string{"He joined Apple Inc.", "The company grew."}},
		{"inc-mid", "Apple Inc. said on Monday it would hire.", []string{"Apple Inc. said on Monday it would hire."}},
		{"ellipsis", "Wait... Nothing happened.", []string{"Wait...", "Nothing happened."}},
		{"paragraphs", "A headline without a stop\n\nThe body starts here. It ends.", []string{"A headline without a stop", "The body starts here.", "It ends."}},
		{"lines", "First line.\nsecond half of it.\nThird line.", []string{"First line.\nsecond half of it.", "Third line."}},
		{"unicode", "Zoë Kravitz said «oui». Then — silence.", []string{"Zoë Kravitz said «oui».", "Then — silence."}},
		{"dateline-state", "TAMPA, Fla. — The storm hit. It was late.", []string{"TAMPA, Fla. — The storm hit.", "It was late."}},
		{"state-end", "She lives in Tampa, Fla. The storm missed her.", []string{"She lives in Tampa, Fla.", "The storm missed her."}},
		{"platform-x", "He posted a video on X. “Proud dad moment,” he wrote.", []string{"He posted a video on X.", "“Proud dad moment,” he wrote."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Britney Spears' documentary", []string{"Britney", "Spears", "'", "documentary"}},
		{"Justin's wife", []string{"Justin", "'s", "wife"}},
		{"the now 41-year-old", []string{"the", "now", "41-year-old"}},
		{"he'd “love to do.”", []string{"he'd", "“", "love", "to", "do", ".", "”"}},
		{"$1,000.50 on 10:30", []string{"$", "1,000.50", "on", "10:30"}},
		{"the U.S. and e.g. this", []string{"the", "U.S.", "and", "e.g.", "this"}},
		{"Wait...now", []string{"Wait", "...", "now"}},
		{"naïve café", []string{"naïve", "café"}},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text, nil)
		var got []string
		for _, tk := range toks {
			got = append(got, tt.text[tk.Start:tk.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "  Title line\n\n\nFirst para\ncontinues.\n \t\nSecond para.  "
	ps := segment.Paragraphs(text, nil)
	var got []string
	for _, p := range ps {
		got = append(got, text[p.Start:p.End])
	}
	want := []string{"Title line", "First para\ncontinues.", "Second para."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
}

// FuzzSegment checks that segmentation never panics and that every span
// is in range, on UTF-8 boundaries, ordered and non-overlapping.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "a", "Mr. X. Y.", "“”\"'’", "U.S.\n\n\n", "..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8Valid(text) {
			return
		}
		d := &hearsay.Document{Article: hearsay.Article{Text: text}}
		if err := segment.New().Annotate(d); err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, tk := range d.Tokens {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("bad token %v after %d in %q", tk.Span, last, text)
			}
			last = tk.End
		}
		last = 0
		for _, s := range d.Sentences {
			if s.Start < last || s.End <= s.Start || s.End > len(text) || s.Tokens[0] >= s.Tokens[1] {
				t.Fatalf("bad sentence %v in %q", s, text)
			}
			last = s.End
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func BenchmarkSegment(b *testing.B) {
	text, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := &hearsay.Document{Article: hearsay.Article{Text: string(text)}}
	s := segment.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s.Annotate(d)
	}
}
