// Package gold reads the annotated splits under ../shared/data (train and
// dev): JSONL, one document a line, each with its text and its entities,
// every entity a list of mentions written as arrays
// [start, end, kind?, headStart?, headEnd?] of byte offsets into the text.
// The offline trainers and generators under internal/cmd share it.
package gold

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// A Mention is one gold mention: [Start,End) in bytes; Kind is "name",
// "pronoun", "descriptor" or empty; HeadStart and HeadEnd are -1 when the
// split gives no head.
type Mention struct {
	Start, End         int
	Kind               string
	HeadStart, HeadEnd int
}

// UnmarshalJSON reads the array form of a mention.
func (m *Mention) UnmarshalJSON(b []byte) error {
	var a []json.RawMessage
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("mention: %w", err)
	}
	if len(a) < 2 {
		return fmt.Errorf("mention %s: want at least start and end", b)
	}
	*m = Mention{HeadStart: -1, HeadEnd: -1}
	if err := json.Unmarshal(a[0], &m.Start); err != nil {
		return fmt.Errorf("mention start: %w", err)
	}
	if err := json.Unmarshal(a[1], &m.End); err != nil {
		return fmt.Errorf("mention end: %w", err)
	}
	if len(a) >= 3 {
		if err := json.Unmarshal(a[2], &m.Kind); err != nil {
			return fmt.Errorf("mention kind: %w", err)
		}
	}
	if len(a) >= 5 {
		if err := json.Unmarshal(a[3], &m.HeadStart); err != nil {
			return fmt.Errorf("mention head start: %w", err)
		}
		if err := json.Unmarshal(a[4], &m.HeadEnd); err != nil {
			return fmt.Errorf("mention head end: %w", err)
		}
	}
	return nil
}

// An Entity is one gold chain.
type Entity struct {
	Type     string    `json:"type"`
	Mentions []Mention `json:"mentions"`
}

// A Doc is one annotated document.
type Doc struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Entities []Entity `json:"entities"`
}

// Span returns the text of [s,e), or "" when the offsets do not fit it.
func (d *Doc) Span(s, e int) string {
	if s < 0 || e > len(d.Text) || s >= e {
		return ""
	}
	return d.Text[s:e]
}

// maxLine bounds one document's line.
const maxLine = 64 << 20

// Decode calls fn with each document of r in order; name labels errors,
// which give the line.
func Decode(r io.Reader, name string, fn func(Doc) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), maxLine)
	line := 0
	for sc.Scan() {
		line++
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := fn(d); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}

// Read decodes the file at path.
func Read(path string, fn func(Doc) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return Decode(f, path, fn)
}
