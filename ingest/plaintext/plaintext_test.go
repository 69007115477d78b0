package plaintext_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"hearsay"
	"hearsay/ingest/plaintext"
)

func TestDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023-04-25": "2023-04-25", "2023-04-25T10:00:00Z": "2023-04-25", "Tue, 25 Apr 2023 10:00:00 GMT": "2023-04-25",
		"April 25, 2023": "2023-04-25", "": "",
	} {
		if got, err := plaintext.Date(in); got != want || err != nil {
			t.Errorf("Date(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := plaintext.Date("next week"); err == nil {
		t.Error("Date(next week) accepted")
	}
}

func TestReadNormalisesLineEnds(t *testing.T) {
	a, err := plaintext.Read("crlf.txt", strings.NewReader("One.\r\n\r\nTwo.\rThree."), 1<<20)
	if err != nil || a.Text != "One.\n\nTwo.\nThree." || a.ID != "crlf" {
		t.Errorf("got %q, %v", a.Text, err)
	}
}

func TestTooBig(t *testing.T) {
	_, err := plaintext.Read("big.txt", strings.NewReader(strings.Repeat("x", 2000)), 1000)
	if err == nil || !strings.Contains(err.Error(), "big.txt") {
		t.Errorf("err = %v", err)
	}
}

// FuzzPlainText: any bytes either give an article with valid UTF-8 text or
// an error naming the input; never a panic.
func FuzzPlainText(f *testing.F) {
	f.Add([]byte("Hello."))
	f.Add([]byte{0xff, 0xfe, 0})
	f.Add([]byte("\ufeff\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := plaintext.Read("in.txt", bytes.NewReader(b), 1<<16)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in.txt: ") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 accepted")
		}
	})
}

// FuzzJSONL: every line is either an article or a reported error with
// its line number; the count of both never exceeds the number of lines.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{bad` + "\n"))
	f.Add([]byte(`{"text":"x","published":"2020-01-01T00:00:00Z"}`))
	f.Add([]byte("\n\n{\"id\":5,\"text\":\"\\u0000\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		lines := bytes.Count(b, []byte("\n")) + 1
		n := 0
		err := plaintext.ReadJSONL("in.jsonl", bytes.NewReader(b), 1<<12, "",
			func(a hearsay.Article) error {
				n++
				if !utf8.ValidString(a.Text) {
					t.Fatalf("invalid UTF-8 text accepted")
				}
				return nil
			},
			func(e error) {
				n++
				if !strings.HasPrefix(e.Error(), "in.jsonl:") {
					t.Fatalf("error without line: %v", e)
				}
			})
		if err != nil {
			t.Fatal(err)
		}
		if n > lines {
			t.Fatalf("%d results for %d lines", n, lines)
		}
	})
}

func FuzzJSON(f *testing.F) {
	f.Add([]byte(`[{"id":"a","text":"x"},{"text":""}]`))
	f.Add([]byte(`{"text":"x"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = plaintext.ReadJSON("in.json", bytes.NewReader(b), 1<<16, "",
			func(a hearsay.Article) error { return nil }, func(e error) {})
	})
}

func TestReadJSONBadInput(t *testing.T) {
	var errs []string
	var ids []string
	yield := func(a hearsay.Article) error { ids = append(ids, a.ID); return nil }
	report := func(e error) { errs = append(errs, e.Error()) }
	err := plaintext.ReadJSON("list.json", strings.NewReader(`[{"id":"a","text":"Fine."},{"id":"b"},{"id":"c","text":"\u0000bin"}]`), 1<<20, "", yield, report)
	if err != nil || strings.Join(ids, ",") != "a" || len(errs) != 2 ||
		!strings.Contains(errs[0], `list.json[1]: no "text" field`) || !strings.Contains(errs[1], "list.json[2]: binary") {
		t.Errorf("ids %v errs %v err %v", ids, errs, err)
	}
	for _, in := range []string{"", "[", `{"text": 3}`} {
		if err := plaintext.ReadJSON("bad.json", strings.NewReader(in), 1<<20, "", yield, report); err == nil || !strings.HasPrefix(err.Error(), "bad.json: ") {
			t.Errorf("ReadJSON(%q): err = %v, want one naming the file", in, err)
		}
	}
}
