// Package feed reads RSS and Atom feeds into articles: one article an
// item, its HTML content (or description) turned into paragraphs, with
// title, link, publication date, author and the feed's title as outlet.
package feed

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"hearsay"
	"hearsay/ingest/htmldoc"
	"hearsay/ingest/plaintext"
)

// ErrNotFeed is returned for input that is not RSS or Atom (an HTML page,
// say).
var ErrNotFeed = errors.New("not an RSS or Atom feed")

// Read parses the feed in r and yields its items. An item without text is
// reported and skipped.
func Read(name string, r io.Reader, max int64, yield func(hearsay.Article) error, report func(error)) error {
	b, err := plaintext.ReadAll(r, max)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	f, err := gofeed.NewParser().ParseString(string(b))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return fmt.Errorf("%s: %w", name, ErrNotFeed)
		}
		return fmt.Errorf("%s: %w: %v", name, ErrNotFeed, err)
	}
	outlet := strings.TrimSpace(f.Title)
	for i, it := range f.Items {
		where := fmt.Sprintf("%s: item %d", name, i+1)
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		text := strings.TrimSpace(htmlText(body))
		if text == "" {
			report(fmt.Errorf("%s (%q): %w", where, it.Title, plaintext.ErrEmpty))
			continue
		}
		a := hearsay.Article{ID: it.GUID, Text: text, Title: strings.TrimSpace(it.Title), URL: it.Link, Outlet: outlet, Input: where}
		if a.ID == "" {
			a.ID = it.Link
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s:%d", plaintext.ID(name), i+1)
		}
		if it.PublishedParsed != nil {
			a.Published = it.PublishedParsed.Format("2006-01-02")
		} else if it.UpdatedParsed != nil {
			a.Published = it.UpdatedParsed.Format("2006-01-02")
		}
		if len(it.Authors) > 0 {
			a.Byline = it.Authors[0].Name
		}
		if err := plaintext.Check([]byte(a.Text)); err != nil {
			report(fmt.Errorf("%s: %w", where, err))
			continue
		}
		if err := yield(a); err != nil {
			return err
		}
	}
	return nil
}

// htmlText turns an item's HTML into paragraphs of text; plain text passes
// through.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return htmldoc.Paragraphs(n)
}
