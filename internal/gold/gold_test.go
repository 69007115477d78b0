package gold

import (
	"errors"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	in := `{"id":"a","text":"Anna said she left.","entities":[{"type":"PERSON","mentions":[[0,4,"name"],[10,13,"pronoun"],[0,4,"descriptor",0,4]]}]}
{"id":"b","text":"ESB","entities":[{"type":"LOC","mentions":[[0,3]]}]}
`
	var docs []Doc
	if err := Decode(strings.NewReader(in), "in.jsonl", func(d Doc) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	ms := docs[0].Entities[0].Mentions
	if got := docs[0].Span(ms[1].Start, ms[1].End); got != "she" || ms[1].Kind != "pronoun" || ms[1].HeadStart != -1 {
		t.Errorf("pronoun mention = %+v (%q)", ms[1], got)
	}
	if ms[2].HeadStart != 0 || ms[2].HeadEnd != 4 {
		t.Errorf("head = [%d,%d), want [0,4)", ms[2].HeadStart, ms[2].HeadEnd)
	}
	if m := docs[1].Entities[0].Mentions[0]; m.Kind != "" || m.End != 3 {
		t.Errorf("bare mention = %+v", m)
	}
	if got := docs[0].Span(5, 400); got != "" {
		t.Errorf("out-of-range span = %q, want empty", got)
	}
}

func TestDecodeBad(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"not json", "{\"text\":\"a\"}\n{oops\n", "bad.jsonl:2"},
		{"short mention", `{"entities":[{"mentions":[[3]]}]}`, "want at least start and end"},
		{"text offset", `{"entities":[{"mentions":[["a",2]]}]}`, "mention start"},
		{"kind not a string", `{"entities":[{"mentions":[[0,2,7]]}]}`, "mention kind"},
		{"mention not an array", `{"entities":[{"mentions":[{}]}]}`, "mention"},
		{"line too long", `{"text":"` + strings.Repeat("x", maxLine) + `"}`, "bad.jsonl:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Decode(strings.NewReader(tc.in), "bad.jsonl", func(Doc) error { return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
		})
	}
	stop := errors.New("stop")
	err := Decode(strings.NewReader("{}\n{}\n"), "x.jsonl", func(Doc) error { return stop })
	if !errors.Is(err, stop) || !strings.Contains(err.Error(), "x.jsonl:1") {
		t.Errorf("callback error = %v, want stop at line 1", err)
	}
	if err := Read("testdata/missing.jsonl", func(Doc) error { return nil }); err == nil {
		t.Error("missing file: no error")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Anna left","entities":[{"type":"PERSON","mentions":[[0,4,"name",0,4]]}]}`))
	f.Add([]byte("{}\n{\"entities\":[{\"mentions\":[[1,2]]}]}\n"))
	f.Add([]byte("\xff\x00{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Decode(strings.NewReader(string(b)), "fuzz", func(d Doc) error {
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					d.Span(m.Start, m.End)
					d.Span(m.HeadStart, m.HeadEnd)
				}
			}
			return nil
		})
	})
}
