package htmldoc

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"hearsay"
)

// The pages in testdata/html each have the body text a reader would keep
// (NAME.expected.txt) and the metadata (NAME.meta.json). TestCompare
// extracts them with the three candidates and reports word-level F1 of
// the body and the metadata found; it fails if the chosen extractor
// (Extract: trafilatura with fallbacks) falls below the others on average
// or below 0.9 on any page.

type meta struct {
	Title, Byline, Published, Outlet string
}

func words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

func f1(got, want string) float64 {
	g, w := words(got), words(want)
	tp, ng, nw := 0, 0, 0
	for k, c := range g {
		ng += c
		tp += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(ng), float64(tp)/float64(nw)
	return 2 * p * r / (p + r)
}

func metaScore(a hearsay.Article, m meta) int {
	n := 0
	if strings.EqualFold(a.Title, m.Title) {
		n++
	}
	if strings.Contains(a.Byline, m.Byline) && m.Byline != "" {
		n++
	}
	if a.Published == m.Published {
		n++
	}
	if strings.EqualFold(a.Outlet, m.Outlet) {
		n++
	}
	return n
}

func candidates() map[string]func([]byte) (hearsay.Article, error) {
	return map[string]func([]byte) (hearsay.Article, error){
		"trafilatura+fallback (chosen)": Extract,
		"trafilatura": func(b []byte) (hearsay.Article, error) {
			res, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{ExcludeComments: true})
			if err != nil {
				return hearsay.Article{}, err
			}
			a := hearsay.Article{Text: Paragraphs(res.ContentNode), Title: res.Metadata.Title, Byline: res.Metadata.Author, Outlet: res.Metadata.Sitename}
			if !res.Metadata.Date.IsZero() {
				a.Published = res.Metadata.Date.Format("2006-01-02")
			}
			return a, nil
		},
		"go-readability": func(b []byte) (hearsay.Article, error) {
			doc, err := html.Parse(bytes.NewReader(b))
			if err != nil {
				return hearsay.Article{}, err
			}
			r, err := readability.FromDocument(doc, nil)
			if err != nil {
				return hearsay.Article{}, err
			}
			a := hearsay.Article{Text: Paragraphs(r.Node), Title: r.Title, Byline: r.Byline, Outlet: r.SiteName}
			if r.PublishedTime != nil {
				a.Published = r.PublishedTime.Format("2006-01-02")
			}
			return a, nil
		},
	}
}

func TestCompare(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/html/*.expected.txt")
	if len(pages) < 3 {
		t.Fatalf("found %d pages", len(pages))
	}
	sumF := map[string]float64{}
	sumM := map[string]int{}
	for _, exp := range pages {
		base := strings.TrimSuffix(exp, ".expected.txt")
		page, err := os.ReadFile(base + ".html")
		if err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(exp)
		var m meta
		mb, _ := os.ReadFile(base + ".meta.json")
		if err := json.Unmarshal(mb, &m); err != nil {
			t.Fatal(err)
		}
		for name, ex := range candidates() {
			a, err := ex(page)
			f := 0.0
			ms := 0
			if err == nil {
				f = f1(a.Text, string(want))
				ms = metaScore(a, m)
			}
			sumF[name] += f
			sumM[name] += ms
			t.Logf("%-22s %-30s body F1 %.3f  metadata %d/4", filepath.Base(base), name, f, ms)
			if name == "trafilatura+fallback (chosen)" && f < 0.9 {
				t.Errorf("%s: body F1 %.3f < 0.9\n%s", base, f, a.Text)
			}
		}
	}
	n := float64(len(pages))
	for name := range sumF {
		t.Logf("mean %-30s body F1 %.3f  metadata %d/%d", name, sumF[name]/n, sumM[name], 4*len(pages))
	}
	c := "trafilatura+fallback (chosen)"
	for name := range sumF {
		if sumF[name] > sumF[c]+1e-9 || sumF[name] == sumF[c] && sumM[name] > sumM[c] {
			t.Errorf("%s does better than the chosen extractor: F1 %.3f vs %.3f", name, sumF[name]/n, sumF[c]/n)
		}
	}
}
