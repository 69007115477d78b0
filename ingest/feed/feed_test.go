package feed

import (
	"errors"
	"os"
	"strings"
	"testing"

	"hearsay"
)

func readFile(t *testing.T, name string) ([]hearsay.Article, []error, error) {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []hearsay.Article
	var errs []error
	err = Read(name, f, 1<<20, func(a hearsay.Article) error { arts = append(arts, a); return nil }, func(e error) { errs = append(errs, e) })
	return arts, errs, err
}

func TestRSS(t *testing.T) {
	arts, errs, err := readFile(t, "../../testdata/corpus/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "item 3") {
		t.Fatalf("articles %d, errors %v; want 2 and the empty gallery item reported", len(arts), errs)
	}
	a := arts[0]
	if a.Outlet != "StarWatch Daily" || a.Published != "2024-03-14" || a.Byline != "Kelly Brennan" ||
		a.URL != "https://starwatch.example.com/news/adele-morgan-tour-exhaustion" || !strings.Contains(a.Text, "\n\n\"It nearly broke me,\"") {
		t.Errorf("item 1 = %+v", a)
	}
	if !strings.HasPrefix(arts[1].Text, `"I was terrified,"`) {
		t.Errorf("item 2 text %q", arts[1].Text)
	}
}

func TestAtom(t *testing.T) {
	arts, _, err := readFile(t, "../../testdata/corpus/feed.atom")
	if err != nil || len(arts) != 1 || arts[0].Outlet != "Riverside Herald" || arts[0].Published != "2023-11-02" || arts[0].Byline != "Tom Alvarez" {
		t.Fatalf("atom: %+v %v", arts, err)
	}
}

func TestHTMLIsNotAFeed(t *testing.T) {
	_, _, err := readFile(t, "../../testdata/corpus/not-a-feed.html")
	if !errors.Is(err, ErrNotFeed) || !strings.Contains(err.Error(), "not-a-feed.html") {
		t.Errorf("err = %v, want ErrNotFeed naming the file", err)
	}
}

func FuzzFeed(f *testing.F) {
	for _, n := range []string{"../../testdata/corpus/feed.rss", "../../testdata/corpus/feed.atom"} {
		b, _ := os.ReadFile(n)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Read("f", strings.NewReader(string(b)), 1<<20, func(hearsay.Article) error { return nil }, func(error) {})
	})
}
