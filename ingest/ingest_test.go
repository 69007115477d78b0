package ingest_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"hearsay"
	"hearsay/ingest"
)

func read(t *testing.T, name string, opt ingest.Options) ([]hearsay.Article, []error, error) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []hearsay.Article
	var errs []error
	err = ingest.Read(name, f, opt, func(a hearsay.Article) error { arts = append(arts, a); return nil },
		func(e error) { errs = append(errs, e) })
	return arts, errs, err
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       ingest.Format
	}{
		{"a.html", "", ingest.HTML},
		{"a.jsonl", "", ingest.JSONL},
		{"a.json", "", ingest.JSON},
		{"a.txt", "<html>", ingest.Text},
		{"-", "<!DOCTYPE html><html>", ingest.HTML},
		{"-", "  {\"id\":1}", ingest.JSONL},
		{"-", "[{\"text\":\"x\"}]", ingest.JSON},
		{"-", "Plain words.", ingest.Text},
		{"noext", "<p>Hi</p>", ingest.HTML},
	}
	for _, tt := range tests {
		if got := ingest.Detect(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestBadInputs(t *testing.T) {
	tests := []struct {
		file string
		is   error
		msg  string
	}{
		{"../testdata/bad/empty.txt", ingest.ErrEmpty, "empty.txt: empty document"},
		{"../testdata/bad/binary.gif", ingest.ErrBinary, "binary.gif: binary data"},
		{"../testdata/bad/invalid-utf8.txt", nil, "invalid-utf8.txt: invalid UTF-8 at byte 3"},
	}
	for _, tt := range tests {
		arts, _, err := read(t, tt.file, ingest.Options{})
		if err == nil || len(arts) != 0 {
			t.Errorf("%s: got %d articles, err %v; want an error", tt.file, len(arts), err)
			continue
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: err %v is not %v", tt.file, err, tt.is)
		}
		if !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err %q does not say %q", tt.file, err, tt.msg)
		}
	}
}

func TestBrokenHTML(t *testing.T) {
	arts, _, err := read(t, "../testdata/bad/broken.html", ingest.Options{})
	// broken markup is still markup: the parser repairs it and the text
	// comes out, or the error names the file
	if err != nil {
		if !strings.Contains(err.Error(), "broken.html") {
			t.Errorf("error does not name the input: %v", err)
		}
		return
	}
	if len(arts) != 1 || !strings.Contains(arts[0].Text, "she said") {
		t.Errorf("got %+v", arts)
	}
}

func TestJSONLMixed(t *testing.T) {
	arts, errs, err := read(t, "../testdata/bad/mixed.jsonl", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "good-1" || arts[1].ID != "good-2" || arts[0].Published != "2024-05-01" {
		t.Errorf("articles = %+v, want good-1 and good-2", arts)
	}
	want := []string{"mixed.jsonl:2: invalid JSON", `mixed.jsonl:3: no "text" field`, `mixed.jsonl:5: published: unrecognised date "yesterday"`}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v, want %d", errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want it to say %q", i, errs[i], w)
		}
	}
}

func TestJSONLTooLong(t *testing.T) {
	dir := t.TempDir()
	name := dir + "/long.jsonl"
	f, _ := os.Create(name)
	f.WriteString(`{"id":"long","text":"`)
	f.WriteString(strings.Repeat("a", 3<<20))
	f.WriteString("\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n")
	f.Close()
	arts, errs, err := read(t, name, ingest.Options{MaxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "after" {
		t.Errorf("articles = %v, want only the line after the long one", arts)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ingest.ErrTooBig) || !strings.Contains(errs[0].Error(), "long.jsonl:1") {
		t.Errorf("errors = %v, want one too-big error naming line 1", errs)
	}
}

func TestHTMLArticle(t *testing.T) {
	arts, _, err := read(t, "../testdata/html/celebrity-tabloid.html", ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Title != "Adele Morgan opens up about tour exhaustion" || a.Published != "2024-03-14" ||
		a.Byline != "Kelly Brennan" || a.Outlet != "StarWatch Daily" ||
		a.URL != "https://starwatch.example.com/news/adele-morgan-tour-exhaustion" {
		t.Errorf("metadata = %q %q %q %q %q", a.Title, a.Published, a.Byline, a.Outlet, a.URL)
	}
	for _, junk := range []string{"ADVERTISEMENT", "Share on Facebook", "popfan99", "Most read", "Privacy policy"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("boilerplate %q kept in the text", junk)
		}
	}
	if !strings.Contains(a.Text, `"It nearly broke me," she said`) {
		t.Errorf("quote lost from the text:\n%s", a.Text)
	}
}

func TestPlainTextPublished(t *testing.T) {
	arts, _, err := read(t, "../testdata/sample/timberlake-spears.txt", ingest.Options{Published: "2023-04-25"})
	if err != nil {
		t.Fatal(err)
	}
	if arts[0].ID != "timberlake-spears" || arts[0].Published != "2023-04-25" {
		t.Errorf("got id %q published %q", arts[0].ID, arts[0].Published)
	}
}

func TestFilesReportsMissing(t *testing.T) {
	var errs []error
	files := ingest.Files([]string{"../testdata/quotes", "../testdata/does-not-exist"}, func(e error) { errs = append(errs, e) })
	if len(files) < 50 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "does-not-exist") {
		t.Errorf("files %d, errs %v", len(files), errs)
	}
}
