package quote_test

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgQ(t *testing.T) {
	s := os.Getenv("S")
	if s == "" {
		t.Skip()
	}
	d := run(t, s)
	for _, q := range d.Quotes {
		sp, cue := "", ""
		if q.Speaker != nil {
			sp = d.Slice(q.Speaker.Span)
		}
		if q.Cue != nil {
			cue = d.Slice(*q.Cue)
		}
		fmt.Printf("%q | %s | %s\n", d.Slice(q.Span), sp, cue)
	}
}
