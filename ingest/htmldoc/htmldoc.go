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

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"hearsay"
	"hearsay/ingest/plaintext"
)

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
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		Deduplicate:     true,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		if err == nil {
			err = ErrNoText
		}
		return a, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	text := Paragraphs(res.ContentNode)
	if strings.TrimSpace(text) == "" {
		return a, ErrNoText
	}
	m := res.Metadata
	a.Text = text
	a.Title = clean(m.Title)
	a.Byline = clean(m.Author)
	a.URL = m.URL
	a.Outlet = clean(m.Sitename)
	if a.Outlet == "" {
		a.Outlet = m.Hostname
	}
	if !m.Date.IsZero() {
		a.Published = m.Date.Format("2006-01-02")
	}
	return a, plaintext.Check([]byte(a.Text))
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

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
