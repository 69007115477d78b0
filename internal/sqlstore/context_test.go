package sqlstore

import (
	"testing"

	"hearsay"
	"hearsay/annotate"
)

// TestContextOf: the stored context is the attribution around a quote,
// the quote itself cut out, reaching the sentence a multi-sentence quote
// ends in.
func TestContextOf(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Closer Magazine heard it first. \u201cThey had a long emotional phone call,\u201d an insider said.",
			"\u201c \u2026 \u201d an insider said."},
		{"\u201cI was wrong. I am sorry for it,\u201d the singer reportedly wrote on Instagram.",
			"\u201c \u2026 \u201d the singer reportedly wrote on Instagram."},
		{"The mayor said that \u201cthe bridge will open in May.\u201d",
			"The mayor said that \u201c \u2026 \u201d"},
	}
	p := annotate.Default()
	for _, tt := range tests {
		d, err := p.Analyze(hearsay.Article{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", tt.text, len(d.Quotes))
		}
		if got := contextOf(d, d.Quotes[0]); got != tt.want {
			t.Errorf("%q (quote %q): context %q, want %q", tt.text, d.Slice(d.Quotes[0].Span), got, tt.want)
		}
	}
}
