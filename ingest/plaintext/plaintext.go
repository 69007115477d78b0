// Package plaintext reads plain UTF-8 text, JSON and JSONL articles.
//
// A JSONL input holds one article a line:
//
//	{"id": "a1", "text": "...", "published": "2023-03-04", "title": "...", "url": "...", "outlet": "..."}
//
// Only "text" is required; a missing id becomes "NAME:LINE". A line that is
// not a JSON object, lacks text, holds invalid UTF-8 or exceeds the size
// limit is reported with its line number and skipped; the other lines are
// read.
package plaintext

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"hearsay"
)

// Errors a caller may test for with errors.Is.
var (
	ErrEmpty  = errors.New("empty document")
	ErrBinary = errors.New("binary data, not text")
	ErrTooBig = errors.New("document exceeds the size limit")
)

// ID returns the article id for an input name: its base name without
// extension, or "stdin".
func ID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	b := filepath.Base(name)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// ReadAll reads r up to max bytes, reporting ErrTooBig beyond.
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w (%d MiB)", ErrTooBig, max>>20)
	}
	return b, nil
}

// Check validates text: not empty, not binary, valid UTF-8.
func Check(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return ErrBinary
	}
	ctl := 0
	for _, c := range b[:min(len(b), 8192)] {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl*20 > min(len(b), 8192) {
		return ErrBinary
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("invalid UTF-8 at byte %d", off)
	}
	return nil
}

// Read reads one plain-text article.
func Read(name string, r io.Reader, max int64) (hearsay.Article, error) {
	b, err := ReadAll(r, max)
	if err != nil {
		return hearsay.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if err := Check(b); err != nil {
		return hearsay.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	return hearsay.Article{ID: ID(name), Text: normalize(string(b)), Input: name}, nil
}

// normalize turns CRLF and CR line ends into LF. Offsets are into the
// normalised text, which is the text hearsay reports.
func normalize(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// record is the JSON shape of one article.
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published *string         `json:"published"`
	Title     string          `json:"title"`
	Byline    string          `json:"byline"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
}

// Date normalises a publication date (YYYY-MM-DD, RFC 3339, or RFC 1123)
// to YYYY-MM-DD.
func Date(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, l := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		time.RFC1123, time.RFC1123Z, "2006/01/02", "January 2, 2006", "Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("unrecognised date %q", s)
}

func (rec *record) article(input, defID, published string) (hearsay.Article, error) {
	if rec.Text == nil {
		return hearsay.Article{}, errors.New(`no "text" field`)
	}
	if err := Check([]byte(*rec.Text)); err != nil {
		return hearsay.Article{}, err
	}
	id := defID
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			id = s
		} else {
			id = string(rec.ID) // a number
		}
	}
	a := hearsay.Article{ID: id, Text: normalize(*rec.Text), Title: rec.Title, Byline: rec.Byline, URL: rec.URL,
		Outlet: rec.Outlet, Input: input, Published: published}
	if rec.Published != nil {
		d, err := Date(*rec.Published)
		if err != nil {
			return hearsay.Article{}, fmt.Errorf("published: %w", err)
		}
		a.Published = d
	}
	return a, nil
}

// ReadJSONL reads one article a line. Bad lines go to report.
func ReadJSONL(name string, r io.Reader, max int64, published string, yield func(hearsay.Article) error, report func(error)) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		tooBig := false
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			if !tooBig {
				if int64(len(line)+len(frag)) > max+1 {
					tooBig = true
					line = line[:0]
				} else {
					line = append(line, frag...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		where := name + ":" + strconv.Itoa(n)
		if tooBig {
			report(fmt.Errorf("%s: %w (%d MiB)", where, ErrTooBig, max>>20))
		} else if t := bytes.TrimSpace(line); len(t) > 0 {
			var rec record
			if e := json.Unmarshal(t, &rec); e != nil {
				report(fmt.Errorf("%s: invalid JSON: %w", where, e))
			} else if a, e := rec.article(where, ID(name)+":"+strconv.Itoa(n), published); e != nil {
				report(fmt.Errorf("%s: %w", where, e))
			} else if e := yield(a); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// ReadJSON reads a JSON array of articles, or a single article object.
func ReadJSON(name string, r io.Reader, max int64, published string, yield func(hearsay.Article) error, report func(error)) error {
	b, err := ReadAll(r, max)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
	if len(b) == 0 {
		return fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	var recs []record
	if b[0] == '[' {
		if err := json.Unmarshal(b, &recs); err != nil {
			return fmt.Errorf("%s: invalid JSON: %w", name, err)
		}
	} else {
		var rec record
		if err := json.Unmarshal(b, &rec); err != nil {
			return fmt.Errorf("%s: invalid JSON: %w", name, err)
		}
		recs = append(recs, rec)
	}
	for i := range recs {
		where := fmt.Sprintf("%s[%d]", name, i)
		id := ID(name)
		if len(recs) > 1 {
			id += ":" + strconv.Itoa(i+1)
		}
		a, err := recs[i].article(where, id, published)
		if err != nil {
			report(fmt.Errorf("%s: %w", where, err))
			continue
		}
		if err := yield(a); err != nil {
			return err
		}
	}
	return nil
}
