package htmldoc

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "<html></html>", "\x00\x01\x02<html>"} {
		_, err := Read("page.html", strings.NewReader(in), 1<<20)
		if err == nil || !strings.HasPrefix(err.Error(), "page.html: ") {
			t.Errorf("Read(%q): err = %v, want an error naming the page", in, err)
		}
	}
}

// FuzzHTML: any bytes give an article with valid UTF-8 text, or an error
// naming the page; never a panic.
func FuzzHTML(f *testing.F) {
	pages, _ := filepath.Glob("../../testdata/html/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<p>x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Read("page.html", bytes.NewReader(b), 1<<20)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "page.html: ") {
				t.Fatalf("error does not name the page: %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("bad text %q", a.Text)
		}
	})
}
