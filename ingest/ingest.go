// Package ingest turns inputs (files, directories, standard input) into
// hearsay.Articles. Each format has its own subpackage; this one detects
// the format and walks directories. Every error names its input, and the
// record or line where there is one; a bad record never stops the rest of
// an input from being read.
package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"hearsay"
	"hearsay/ingest/feed"
	"hearsay/ingest/htmldoc"
	"hearsay/ingest/plaintext"
	"hearsay/ingest/warc"
)

// Format is an input format.
type Format string

// Formats.
const (
	Auto  Format = ""
	Text  Format = "text"
	HTML  Format = "html"
	JSONL Format = "jsonl"
	JSON  Format = "json"
	Feed  Format = "feed"
	WARC  Format = "warc"
)

// Options control reading. A WARC archive holds many pages: MaxBytes
// bounds each page, not the archive.
type Options struct {
	Format    Format // Auto detects by extension, then by content
	Published string // publication date for inputs that carry none (YYYY-MM-DD)
	MaxBytes  int64  // the largest document or JSONL line accepted; 0 means DefaultMaxBytes
}

// DefaultMaxBytes bounds one document (or one JSONL line): 32 MiB.
const DefaultMaxBytes = 32 << 20

// Errors a caller may test for with errors.Is.
var (
	ErrEmpty  = plaintext.ErrEmpty
	ErrBinary = plaintext.ErrBinary
	ErrTooBig = plaintext.ErrTooBig
)

// Detect returns the format of an input from its name, or from its first
// bytes when the name says nothing.
func Detect(name string, head []byte) Format {
	ln := strings.ToLower(name)
	if strings.HasSuffix(ln, ".warc") || strings.HasSuffix(ln, ".warc.gz") {
		return WARC
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".rss", ".atom", ".xml":
		return Feed
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".jsonl", ".ndjson":
		return JSONL
	case ".json":
		return JSON
	case ".txt", ".text", ".md":
		return Text
	}
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case len(h) == 0:
		return Text
	case bytes.HasPrefix(h, []byte("WARC/")):
		return WARC
	case bytes.HasPrefix(h, []byte("<?xml")) || bytes.HasPrefix(h, []byte("<rss")) || bytes.HasPrefix(h, []byte("<feed")):
		l := bytes.ToLower(h[:min(len(h), 1024)])
		if bytes.Contains(l, []byte("<rss")) || bytes.Contains(l, []byte("<feed")) || bytes.Contains(l, []byte("<rdf")) {
			return Feed
		}
		return Text
	case h[0] == '{':
		return JSONL
	case h[0] == '[' && bytes.Contains(h, []byte("{")):
		return JSON
	case h[0] == '<':
		l := bytes.ToLower(h[:min(len(h), 512)])
		if bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.Contains(l, []byte("<html")) ||
			bytes.Contains(l, []byte("<head")) || bytes.Contains(l, []byte("<body")) ||
			bytes.Contains(l, []byte("<p")) || bytes.Contains(l, []byte("<div")) {
			return HTML
		}
	}
	return Text
}

// Read reads one input (a file's contents r, named name) and calls yield
// for each article. Errors in single records are passed to report and
// reading goes on; the returned error is one that stopped the input, or
// one yield returned.
func Read(name string, r io.Reader, opt Options, yield func(hearsay.Article) error, report func(error)) error {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	format := opt.Format
	if format == Auto {
		head, _ := br.Peek(4096)
		format = Detect(name, head)
	}
	switch format {
	case JSONL:
		return plaintext.ReadJSONL(name, br, max, opt.Published, yield, report)
	case JSON:
		return plaintext.ReadJSON(name, br, max, opt.Published, yield, report)
	case Feed:
		return feed.Read(name, br, max, yield, report)
	case WARC:
		return warc.Read(name, br, max, yield, report)
	case HTML:
		a, err := htmldoc.Read(name, br, max)
		if err != nil {
			return err
		}
		if a.Published == "" {
			a.Published = opt.Published
		}
		return yield(a)
	default:
		a, err := plaintext.Read(name, br, max)
		if err != nil {
			return err
		}
		a.Published = opt.Published
		return yield(a)
	}
}

// Files expands the arguments into input files: a directory stands for
// the files under it (hidden ones skipped) in lexical order, "-" for
// standard input. Unreadable entries are reported and skipped.
func Files(args []string, report func(error)) []string {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			report(fmt.Errorf("%s: %w", a, err))
			continue
		}
		if !fi.IsDir() {
			out = append(out, a)
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(fmt.Errorf("%s: %w", p, err))
				if d != nil && d.IsDir() && p != a {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && p != a {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, p)
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.SkipDir) {
			report(fmt.Errorf("%s: %w", a, err))
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out
}
