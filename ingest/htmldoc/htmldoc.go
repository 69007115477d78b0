// Package htmldoc reads an HTML page into an article: the main text with
// navigation, adverts, share buttons, related links and comments removed,
// and the title, byline, publication date, outlet and URL kept.
//
// Extraction is done by go-trafilatura (github.com/markusmobius/go-trafilatura)
// with its readability and DOM-distiller fallbacks enabled; compare_test.go
// measures it against go-readability on the pages in testdata/html, and
// docs/ARCHITECTURE.md records the result. The text keeps one paragraph
// per block element, separated by blank lines.
package htmldoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"hearsay"
	"hearsay/ingest/plaintext"
)

const pruneSelector = `[class~=ad], [class~=ads], [class~=advert], [class~=advertisement], [class*=ad-slot], ` +
	`[class*=ad-inline], [class*=sponsored], [class~=share], [class*=social-share], [class*=newsletter-signup], ` +
	`[id^=ad-], [aria-label=advertisement]`

// extractConfig keeps a short article (a few celebrity-news paragraphs)
// as extracted: below the library's default 250 characters it would fall
// back to the whole page's text in one paragraph, headline, embeds and
// "RELATED:" links included.
var extractConfig = func() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinExtractedSize = 60
	return c
}()

// ErrNoText is reported for a page where no article text was found.
var ErrNoText = errors.New("no article text found in the page")

// Read reads one HTML page from r, at most max bytes.
func Read(name string, r io.Reader, max int64) (hearsay.Article, error) {
	b, err := plaintext.ReadAll(r, max)
	if err != nil {
		return hearsay.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return hearsay.Article{}, fmt.Errorf("%s: %w", name, plaintext.ErrEmpty)
	}
	if bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0 {
		return hearsay.Article{}, fmt.Errorf("%s: %w", name, plaintext.ErrBinary)
	}
	a, err := Extract(b)
	if err != nil {
		return hearsay.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	a.ID = plaintext.ID(name)
	if a.URL != "" {
		a.ID = a.URL
	}
	a.Input = name
	return a, nil
}

// Extract extracts the article from a page.
func Extract(page []byte) (a hearsay.Article, err error) {
	defer func() {
		// the extraction library is large; a panic inside it on hostile
		// markup must not take down a batch
		if r := recover(); r != nil {
			err = fmt.Errorf("html extraction failed: %v", r)
		}
	}()
	rd, err := charset.NewReader(bytes.NewReader(page), "text/html")
	if err != nil {
		return a, fmt.Errorf("decode: %w", err)
	}
	doc, err := html.Parse(rd)
	if err != nil {
		return a, fmt.Errorf("parse: %w", err)
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		Config:          extractConfig,
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		Deduplicate:     true,
		// advert slots and share widgets inside the article body, which
		// the extractor would otherwise keep
		PruneSelector: pruneSelector,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		if err == nil {
			err = ErrNoText
		}
		return a, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	m := res.Metadata
	a.Title = clean(m.Title)
	a.Byline = clean(m.Author)
	a.URL = m.URL
	a.Outlet = clean(m.Sitename)
	if a.Outlet == "" {
		a.Outlet = outletFromTitle(doc, a.Title)
	}
	if a.Outlet == "" {
		a.Outlet = m.Hostname
	}
	var byline string
	a.Text, byline = trimHead(dropBoilerplate(Paragraphs(res.ContentNode)), a.Title)
	if a.Byline == "" {
		a.Byline = byline
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, ErrNoText
	}
	if !m.Date.IsZero() {
		a.Published = m.Date.Format("2006-01-02")
	}
	return a, plaintext.Check([]byte(a.Text))
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// boilerplatePrefixes open paragraphs that are the page's, not the
// article's: embeds' captions and links to other stories.
var boilerplatePrefixes = []string{"view this post on instagram", "a post shared by", "related:", "read more:",
	"more:", "advertisement", "click here to", "sign up for", "follow us on"}

// dropBoilerplate removes the paragraphs of text that an embedded post or
// a link to another story left in the article ("A post shared by Kylie
// (@kyliejenner)", "RELATED: …").
func dropBoilerplate(text string) string {
	ps := strings.Split(text, "\n\n")
	out := ps[:0]
	for _, p := range ps {
		if len(p) >= 200 || !boilerplate(p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// boilerplate reports whether paragraph p opens as a page's boilerplate
// does.
func boilerplate(p string) bool {
	low := strings.ToLower(p)
	for _, b := range boilerplatePrefixes {
		if strings.HasPrefix(low, b) {
			return true
		}
	}
	return false
}

var blocks = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "blockquote": true, "pre": true, "section": true, "article": true, "tr": true,
	"figcaption": true, "dd": true, "dt": true, "header": true, "footer": true, "ul": true, "ol": true, "table": true}

// Paragraphs renders n as text, one paragraph per block element, separated
// by blank lines, with white space inside a paragraph collapsed.
func Paragraphs(n *html.Node) string {
	var out, cur strings.Builder
	flush := func() {
		s := clean(cur.String())
		cur.Reset()
		if s == "" {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(s)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				cur.WriteByte(' ')
				return
			}
		}
		blk := n.Type == html.ElementNode && blocks[n.Data]
		if blk {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if blk {
			flush()
		}
	}
	walk(n)
	flush()
	return out.String()
}

// trimHead drops leading paragraphs that repeat the headline or are a
// byline or dateline ("RIVERSIDE, Nov. 2 (AW) — By Tom Alvarez"), which
// the extractor keeps as body text; it returns the text and the byline's
// name, if one was found.
func trimHead(text, title string) (string, string) {
	byline := ""
	for i := 0; i < 3; i++ {
		p, rest, ok := strings.Cut(text, "\n\n")
		if !ok {
			break
		}
		switch {
		case title != "" && strings.EqualFold(strings.TrimSpace(p), title):
		case len(strings.Fields(p)) <= 15 && bylineName(p) != "":
			if byline == "" {
				byline = bylineName(p)
			}
		default:
			return text, byline
		}
		text = rest
	}
	return text, byline
}

// bylineName returns the name in a "By First Last" line, or "".
func bylineName(p string) string {
	f := strings.Fields(p)
	for i := 0; i+1 < len(f); i++ {
		if f[i] != "By" && f[i] != "by" && f[i] != "BY" {
			continue
		}
		var name []string
		for _, w := range f[i+1:] {
			w = strings.TrimRight(w, ",;|")
			if w == "" || !unicode.IsUpper([]rune(w)[0]) || len(name) == 3 {
				break
			}
			name = append(name, w)
		}
		if len(name) >= 2 {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// outletFromTitle reads the outlet from the page's <title> when it ends
// in a separator and a name: "Headline - Riverside Herald".
func outletFromTitle(doc *html.Node, headline string) string {
	var title string
	var find func(*html.Node)
	find = func(n *html.Node) {
		if title != "" {
			return
		}
		if n.Type == html.ElementNode && n.Data == "title" && n.FirstChild != nil {
			title = clean(n.FirstChild.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			o := strings.TrimSpace(title[i+len(sep):])
			if o != "" && !strings.EqualFold(o, headline) && len(strings.Fields(o)) <= 5 {
				return o
			}
		}
	}
	return ""
}
