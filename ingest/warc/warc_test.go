package warc

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearsay"
)

// Write writes the pages to path with WriteArchive.
func Write(t testing.TB, path string, gz bool, pages [][2]string) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteArchive(&b, gz, pages); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func pages(t testing.TB) [][2]string {
	var ps [][2]string
	for _, n := range []string{"celebrity-tabloid", "wire-story", "blog-divsoup"} {
		b, err := os.ReadFile("../../testdata/html/" + n + ".html")
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, [2]string{"https://news.example.com/" + n, string(b)})
	}
	return ps
}

func read(t *testing.T, path string) ([]hearsay.Article, []error, error) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []hearsay.Article
	var errs []error
	err = Read(filepath.Base(path), f, 1<<20, func(a hearsay.Article) error { arts = append(arts, a); return nil }, func(e error) { errs = append(errs, e) })
	return arts, errs, err
}

func TestWARC(t *testing.T) {
	for _, gz := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "news.warc")
		if gz {
			path += ".gz"
		}
		Write(t, path, gz, pages(t))
		arts, errs, err := read(t, path)
		if err != nil || len(errs) != 0 {
			t.Fatalf("gz=%v: %v %v", gz, err, errs)
		}
		if len(arts) != 3 || arts[0].URL != "https://news.example.com/celebrity-tabloid" || arts[0].Published != "2024-03-14" ||
			!strings.Contains(arts[1].Text, "Mayor Linda Chow") {
			t.Fatalf("gz=%v: %d articles: %+v", gz, len(arts), arts)
		}
	}
}

func TestTruncated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.warc.gz")
	Write(t, path, true, pages(t))
	b, _ := os.ReadFile(path)
	cut := filepath.Join(t.TempDir(), "cut.warc.gz")
	os.WriteFile(cut, b[:len(b)*2/3], 0o644)
	arts, _, err := read(t, cut)
	if err == nil || !strings.Contains(err.Error(), "cut.warc.gz") || !strings.Contains(err.Error(), "record") {
		t.Errorf("err = %v, want one naming the archive and the record", err)
	}
	if len(arts) == 0 {
		t.Error("the records before the cut were not read")
	}
}

func TestNotWARC(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.warc")
	os.WriteFile(path, []byte("hello, not a warc\n"), 0o644)
	if _, _, err := read(t, path); err == nil {
		t.Error("accepted a non-WARC file")
	}
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"))
	f.Add([]byte{0x1f, 0x8b, 8, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Read("f.warc", bytes.NewReader(b), 1<<16, func(hearsay.Article) error { return nil }, func(error) {})
	})
}
