package quote_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"hearsay"
	"hearsay/annotate/coref"
	"hearsay/annotate/ner"
	"hearsay/annotate/quote"
	"hearsay/annotate/segment"
)

// run applies the annotators directly (not through annotate.Pipeline,
// which turns panics into errors) so that the fuzzer sees any panic.
func run(t testing.TB, text string) *hearsay.Document {
	d := &hearsay.Document{Article: hearsay.Article{ID: "fuzz", Text: text}}
	for _, a := range []hearsay.Annotator{segment.New(), ner.New(), coref.New(), quote.New()} {
		if err := a.Annotate(d); err != nil {
			t.Fatalf("%s: %v", a.Name(), err)
		}
	}
	return d
}

// FuzzQuote checks that no text makes the quote annotator panic, and that
// what it finds is well-formed: spans inside the text on rune boundaries,
// speakers and entities that exist, quotes in text order.
func FuzzQuote(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/quotes/*.txt")
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{`"`, `“`, `"a" "b`, "‘x’ 'y", "\"\n\n\"", `"A," she said, "B."`, "«»", "''''",
		// transcripts and embedded posts cut short or empty
		"Q:", "Q: x\n\nA:", "Q: x\n\nA: ", "Q: \n\nDL:", "A: y\n\nQ: z", "x\n\n— (@", "\n\n—(@a)", "— Ann (@a) 2",
		"pic.twitter.com/\n\n— Ann Lee (@al) May 1",
		// this session's constructions cut short
		"with one writing", "with", "According to a memo obtained by", "told members to", "told members to keep",
		"X said it, but that", "X said it but that", "One of", "One of the", "Senate Republicans on", "than expected,",
		"\"saddened,\" according to", "The corporation said", "The Mirror understands", "“Hi. Bye,” he said, adding that"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := run(t, text)
		if err := d.JSON().Validate(); err != nil {
			t.Fatalf("%v in %q", err, text)
		}
		last := -1
		for _, q := range d.Quotes {
			if q.Start < last || q.Start >= q.End {
				t.Fatalf("quote %v out of order or empty in %q", q.Span, text)
			}
			last = q.Start
		}
	})
}

func BenchmarkQuote(b *testing.B) {
	text, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := &hearsay.Document{Article: hearsay.Article{ID: "sample", Text: string(text)}}
	segment.New().Annotate(d)
	ner.New().Annotate(d)
	coref.New().Annotate(d)
	q := quote.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := q.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	if len(d.Quotes) != 14 {
		b.Fatalf("found %d quotes, want 14 (9 quoted passages, 3 indirect claims, 2 of the writer's)", len(d.Quotes))
	}
}
