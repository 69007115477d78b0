// Package warc reads WARC and WARC.gz archives as Common Crawl's CC-NEWS
// publishes them: each "response" record holding an HTML page with status
// 200 becomes an article (its URL from WARC-Target-URI, its date from the
// page or else WARC-Date). Other records are skipped. A truncated or
// corrupt archive is an error naming the record where it broke; the
// records before it are still read.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"

	"hearsay"
	"hearsay/ingest/htmldoc"
)

// Read reads the archive in r (gzip'd or not) and yields its pages.
// A page that yields no article is reported and skipped.
func Read(name string, r io.Reader, max int64, yield func(hearsay.Article) error, report func(error)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	var src *bufio.Reader = br
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		src = bufio.NewReaderSize(zr, 64<<10)
	}
	u := gowarc.NewUnmarshaler()
	for n := 1; ; n++ {
		rec, _, _, err := u.Unmarshal(src)
		if errors.Is(err, io.EOF) && rec == nil {
			if n == 1 {
				return fmt.Errorf("%s: no WARC records", name)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: record %d: %w", name, n, err)
		}
		if err := page(name, n, rec, max, yield, report); err != nil {
			rec.Close()
			return err
		}
		rec.Close()
	}
}

func page(name string, n int, rec gowarc.WarcRecord, max int64, yield func(hearsay.Article) error, report func(error)) error {
	if rec.Type() != gowarc.Response {
		return nil
	}
	uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	where := fmt.Sprintf("%s: record %d (%s)", name, n, uri)
	blk, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil
	}
	if blk.HttpStatusCode() != 200 {
		return nil
	}
	if ct := blk.HttpHeader().Get("Content-Type"); ct != "" && !strings.Contains(strings.ToLower(ct), "html") {
		return nil
	}
	pr, err := blk.PayloadBytes()
	if err != nil {
		report(fmt.Errorf("%s: %w", where, err))
		return nil
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(pr, max+1)); err != nil {
		// a record cut short by a truncated archive
		return fmt.Errorf("%s: %w", where, err)
	}
	if int64(buf.Len()) > max {
		report(fmt.Errorf("%s: page exceeds the size limit", where))
		return nil
	}
	a, err := htmldoc.Extract(buf.Bytes())
	if err != nil {
		report(fmt.Errorf("%s: %w", where, err))
		return nil
	}
	if uri != "" {
		a.URL = uri
	}
	a.ID = a.URL
	if a.Published == "" {
		if t, err := rec.Date(); err == nil {
			a.Published = t.Format("2006-01-02")
		}
	}
	a.Input = where
	return yield(a)
}
