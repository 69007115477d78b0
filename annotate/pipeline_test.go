package annotate_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"hearsay"
	"hearsay/annotate"
	"hearsay/annotate/coref"
	"hearsay/annotate/ner"
	"hearsay/annotate/quote"
	"hearsay/annotate/segment"
)

type fake struct {
	name      string
	req, prov []hearsay.Layer
	err       error
	panics    bool
}

func (f fake) Name() string              { return f.name }
func (f fake) Requires() []hearsay.Layer { return f.req }
func (f fake) Provides() []hearsay.Layer { return f.prov }
func (f fake) Annotate(*hearsay.Document) error {
	if f.panics {
		panic("boom")
	}
	return f.err
}

func TestNewChecksOrder(t *testing.T) {
	if _, err := annotate.New(quote.New(), segment.New(), coref.New()); err == nil ||
		!strings.Contains(err.Error(), `"quote" requires`) {
		t.Errorf("quote before segment: err = %v, want a requires error", err)
	}
	if _, err := annotate.New(segment.New(), segment.New()); err == nil || !strings.Contains(err.Error(), "provided by both") {
		t.Errorf("segment twice: err = %v, want a provided-twice error", err)
	}
	if _, err := annotate.New(segment.New(), ner.New(), coref.New(), quote.New()); err != nil {
		t.Errorf("default order: %v", err)
	}
}

func TestRunErrors(t *testing.T) {
	p, err := annotate.New(fake{name: "bad", err: errors.New("nope")})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Analyze(hearsay.Article{ID: "doc1", Text: "x"})
	if err == nil || !strings.Contains(err.Error(), "doc1") || !strings.Contains(err.Error(), "bad") {
		t.Errorf("err = %v, want one naming the document and the annotator", err)
	}
	p, _ = annotate.New(fake{name: "panicky", panics: true})
	if _, err = p.Analyze(hearsay.Article{ID: "doc2", Text: "x"}); err == nil || !strings.Contains(err.Error(), "panicky") {
		t.Errorf("err = %v, want the panic turned into an error", err)
	}
	if _, err = p.Analyze(hearsay.Article{ID: "doc3", Text: "\xff"}); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
}

func Example() {
	d, err := annotate.Default().Analyze(hearsay.Article{
		ID:   "example",
		Text: `"We are thrilled," Jane Doe told reporters. An insider said, "They had been planning it for months."`,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range d.Quotes {
		fmt.Printf("%s %s %q by %q (%s)\n", q.Kind, q.Evidence, d.Slice(q.Span), d.Slice(q.Speaker.Span), d.Slice(*q.Cue))
	}
	// Output:
	// direct on_record "We are thrilled," by "Jane Doe" (told)
	// direct anonymous "They had been planning it for months." by "An insider" (said)
}
