package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// WriteArchive writes a WARC file (gzip'd one member per record when gz,
// as CC-NEWS does) holding a warcinfo record and, for each page (URL,
// HTML), a request and a 200 response record — the shape a crawler writes.
// Tests and fixtures use it.
func WriteArchive(w io.Writer, gz bool, pages [][2]string) error {
	m := gowarc.NewMarshaler()
	n := 0
	add := func(rec gowarc.WarcRecord) error {
		var b bytes.Buffer
		if _, _, err := m.Marshal(&b, rec, 0); err != nil {
			return err
		}
		if !gz {
			_, err := w.Write(b.Bytes())
			return err
		}
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(b.Bytes()); err != nil {
			return err
		}
		return zw.Close()
	}
	build := func(typ gowarc.RecordType, uri, ctype, block string) (gowarc.WarcRecord, error) {
		n++
		rb := gowarc.NewRecordBuilder(typ, gowarc.WithFixDigest(true), gowarc.WithFixContentLength(true))
		rb.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:%08x-0000-4000-8000-000000000000>", n))
		rb.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2024, 3, 15, 10, 0, 0, 0, time.UTC))
		if uri != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, uri)
		}
		rb.AddWarcHeader(gowarc.ContentType, ctype)
		rb.WriteString(block)
		rec, _, err := rb.Build()
		return rec, err
	}
	rec, err := build(gowarc.Warcinfo, "", "application/warc-fields", "software: hearsay\r\n")
	if err != nil {
		return err
	}
	if err := add(rec); err != nil {
		return err
	}
	for _, p := range pages {
		req, err := build(gowarc.Request, p[0], "application/http;msgtype=request", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")
		if err != nil {
			return err
		}
		if err := add(req); err != nil {
			return err
		}
		resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
			fmt.Sprint(len(p[1])) + "\r\n\r\n" + p[1]
		rr, err := build(gowarc.Response, p[0], "application/http;msgtype=response", resp)
		if err != nil {
			return err
		}
		if err := add(rr); err != nil {
			return err
		}
	}
	return nil
}
