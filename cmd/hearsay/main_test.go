package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearsay"
)

func run1(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestAnalyzeSampleReport(t *testing.T) {
	out, errs, code := run1(t, "", "analyze", "--published", "2023-04-25", "../../testdata/sample/timberlake-spears.txt")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"== timberlake-spears", "published: 2023-04-25",
		"sourcing:  15 quotes: 5 on record, 5 anonymous, 3 reported, 2 unattributed",
		"Justin Timberlake", "an insider (anonymous source)",
		"speaker: The Social Network actor → Justin Timberlake   cue: posted",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestAnalyzeJSONStdin(t *testing.T) {
	in := `{"id":"a","text":"\"Hi,\" Jane Doe said.","published":"2024-01-02"}` + "\n" +
		`{"id":"b","text":"No quotes here."}` + "\n"
	out, errs, code := run1(t, in, "analyze", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	var ids []string
	for sc.Scan() {
		var j hearsay.JSONDocument
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			t.Fatal(err)
		}
		if err := j.Validate(); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, j.ID)
		if j.ID == "a" && (len(j.Quotes) != 1 || *j.Published != "2024-01-02" || j.Quotes[0].Evidence != "on_record") {
			t.Errorf("doc a: %+v", j)
		}
	}
	if strings.Join(ids, ",") != "a,b" {
		t.Errorf("ids = %v, want input order a,b", ids)
	}
	// --format json: one object for one document, an array for several
	out, _, _ = run1(t, in, "analyze", "--format", "json")
	var arr []hearsay.JSONDocument
	if err := json.Unmarshal([]byte(out), &arr); err != nil || len(arr) != 2 {
		t.Errorf("json of two documents: %v, %d", err, len(arr))
	}
	out, _, _ = run1(t, `"Yes," he said.`, "analyze", "--format", "json")
	var one hearsay.JSONDocument
	if err := json.Unmarshal([]byte(out), &one); err != nil || one.Schema != 1 || one.ID != "stdin" {
		t.Errorf("json of one document: %v %+v", err, one)
	}
}

// TestAnalyzeBadInputs feeds every kind of bad input in one run: each is
// reported with its name (and line), the good inputs are still analysed,
// and the exit status is 1.
func TestAnalyzeBadInputs(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	line := bytes.Repeat([]byte("word "), 1<<20) // 5 MiB
	for i := 0; i < 40; i++ {                    // 200 MiB on one line
		f.Write(line)
	}
	f.Close()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(`"We are thrilled," Smith said.`), 0o644)
	out, errs, code := run1(t, "", "analyze", "--format", "jsonl",
		"../../testdata/bad/empty.txt", "../../testdata/bad/binary.gif", "../../testdata/bad/invalid-utf8.txt",
		huge, "../../testdata/bad/broken.html", "../../testdata/bad/mixed.jsonl", good, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"empty.txt: empty document", "binary.gif: binary data", "invalid-utf8.txt: invalid UTF-8 at byte 3",
		"huge.txt: document exceeds the size limit", "mixed.jsonl:2: invalid JSON", `mixed.jsonl:3: no "text" field`,
		"missing.txt: ", "no such file",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	for _, id := range []string{`"id":"good"`, `"id":"good-1"`, `"id":"good-2"`} {
		if !strings.Contains(out, id) {
			t.Errorf("output lacks %s", id)
		}
	}
	if strings.Contains(errs, "panic") {
		t.Errorf("panic: %s", errs)
	}
}

func TestUsage(t *testing.T) {
	if _, _, code := run1(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
	if _, errs, code := run1(t, "", "analyze", "--format", "xml"); code != 2 || !strings.Contains(errs, "unknown format") {
		t.Errorf("bad format: exit %d %q", code, errs)
	}
	if _, errs, code := run1(t, "", "analyze", "--published", "soon"); code != 2 || !strings.Contains(errs, "unrecognised date") {
		t.Errorf("bad date: exit %d %q", code, errs)
	}
}

func TestOneLineEscapes(t *testing.T) {
	if got := oneLine("a\x1b[31mred\n\tb", 100); got != "a�[31mred b" {
		t.Errorf("oneLine = %q", got)
	}
}
