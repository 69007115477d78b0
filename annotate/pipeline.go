// Package annotate runs annotators over a Document in a fixed order.
//
// A Pipeline is an explicit, ordered list of hearsay.Annotators. New checks,
// before anything runs, that each annotator's required layers are provided
// by an annotator earlier in the list, and that no two provide the same
// layer. Default lists hearsay's annotators in order; nothing registers
// itself.
package annotate

import (
	"fmt"
	"strings"

	"hearsay"
	"hearsay/annotate/coref"
	"hearsay/annotate/event"
	"hearsay/annotate/ner"
	"hearsay/annotate/quote"
	"hearsay/annotate/segment"
	"hearsay/annotate/timex"
)

// Pipeline is an ordered list of annotators whose layer dependencies have
// been checked.
type Pipeline struct {
	annotators []hearsay.Annotator
}

// New returns a pipeline running as in order. It reports an error if an
// annotator requires a layer that no earlier annotator provides, or if a
// layer is provided twice.
func New(as ...hearsay.Annotator) (*Pipeline, error) {
	have := map[hearsay.Layer]string{}
	for _, a := range as {
		var missing []string
		for _, l := range a.Requires() {
			if _, ok := have[l]; !ok {
				missing = append(missing, string(l))
			}
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("pipeline: annotator %q requires %s, not provided by an earlier annotator",
				a.Name(), strings.Join(missing, ", "))
		}
		for _, l := range a.Provides() {
			if prev, ok := have[l]; ok {
				return nil, fmt.Errorf("pipeline: layer %q provided by both %q and %q", l, prev, a.Name())
			}
			have[l] = a.Name()
		}
	}
	return &Pipeline{annotators: as}, nil
}

// Default returns hearsay's standard pipeline.
func Default() *Pipeline {
	p, err := New(segment.New(), ner.New(), coref.New(), quote.New(), timex.New(), event.New())
	if err != nil {
		// The default list is fixed at compile time; a failure here is a
		// programming error caught by the package tests.
		panic(err)
	}
	return p
}

// Annotators returns the annotators in order.
func (p *Pipeline) Annotators() []hearsay.Annotator {
	return append([]hearsay.Annotator(nil), p.annotators...)
}

// Run runs every annotator on d in order, stopping at the first error.
// A panic in an annotator is turned into an error naming it and the
// document, so that one bad document never takes down a batch.
func (p *Pipeline) Run(d *hearsay.Document) (err error) {
	for _, a := range p.annotators {
		if err := runOne(a, d); err != nil {
			return err
		}
	}
	return nil
}

func runOne(a hearsay.Annotator, d *hearsay.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("annotate %s: %s: internal error: %v", d.ID, a.Name(), r)
		}
	}()
	if err := a.Annotate(d); err != nil {
		return fmt.Errorf("annotate %s: %s: %w", d.ID, a.Name(), err)
	}
	return nil
}

// Analyze builds a Document from art and runs p on it.
func (p *Pipeline) Analyze(art hearsay.Article) (*hearsay.Document, error) {
	d, err := hearsay.NewDocument(art)
	if err != nil {
		return nil, err
	}
	if err := p.Run(d); err != nil {
		return nil, err
	}
	return d, nil
}
