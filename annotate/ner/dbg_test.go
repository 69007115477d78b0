package ner_test

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgNER(t *testing.T) {
	s := os.Getenv("S")
	if s == "" {
		t.Skip()
	}
	d := tag(t, s)
	for _, n := range d.Names {
		fmt.Printf("%s %q\n", n.Type, d.Slice(n.Span))
	}
}
