package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"hearsay"
	"hearsay/ingest/warc"
	"hearsay/sqlite"
	"hearsay/storetest"
)

// buildBinary builds hearsay once for the tests that run it as a process.
var buildOnce sync.Once
var binPath, buildErr = "", error(nil)

func binary(t *testing.T) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hearsay-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "hearsay")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("%v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// corpus writes n distinct articles as JSONL, each about 3 KB, reusing the
// sample article's sentences.
func corpus(t testing.TB, n int) string {
	b, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	writeJSONL(t, path, n, func(i int) map[string]string {
		return map[string]string{
			"id": fmt.Sprintf("a%d", i), "url": fmt.Sprintf("https://news.example.com/%d", i),
			"published": fmt.Sprintf("2023-%02d-%02d", 1+i%12, 1+i%28), "outlet": fmt.Sprintf("Outlet %d", i%7),
			"text": fmt.Sprintf("Story %d.\n\n", i) + string(b),
		}
	})
	return path
}

// writeJSONL writes the records rec(0) … rec(n-1) to path, one a line.
func writeJSONL(t testing.TB, path string, n int, rec func(i int) map[string]string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := 0; i < n; i++ {
		if err := enc.Encode(rec(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func stats(t *testing.T, db string) hearsay.Stats {
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// consistent checks that every stored document has all its quotes and
// that SQLite finds the file intact.
func consistent(t *testing.T, db string) {
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ok string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	var bad int
	err = s.DB().QueryRow(`SELECT count(*) FROM documents d WHERE d.n_quotes <> (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id)`).Scan(&bad)
	if err != nil || bad != 0 {
		t.Fatalf("%d half-written documents (%v)", bad, err)
	}
}

var newRe = regexp.MustCompile(`ingested (\d+) new`)

func ingested(t *testing.T, out string) int {
	m := newRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in %q", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestKillAndResume kills an ingest with SIGKILL mid-run, checks that
// nothing committed is lost and nothing is half-written, then reruns it
// to completion, and once more to see that re-ingesting changes nothing.
func TestKillAndResume(t *testing.T) {
	bin := binary(t)
	const n = 1500
	in := corpus(t, n)
	db := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--workers", "2", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait until some articles are committed, then kill
	deadline := time.Now().Add(60 * time.Second)
	for {
		time.Sleep(100 * time.Millisecond)
		if _, err := os.Stat(db); err == nil {
			if st := stats(t, db); st.Documents >= 20 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no progress before the deadline")
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	before := stats(t, db)
	consistent(t, db)
	if before.Documents >= n {
		t.Skipf("ingest finished before it could be killed (%d documents)", before.Documents)
	}
	out, err := exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	after := stats(t, db)
	if after.Documents != n || ingested(t, string(out)) != n-before.Documents {
		t.Fatalf("after the rerun: %d documents (%d before, rerun said %q), want %d", after.Documents, before.Documents, out, n)
	}
	consistent(t, db)
	out, err = exec.Command(bin, "ingest", "--db", db, in).CombinedOutput()
	if err != nil || ingested(t, string(out)) != 0 || stats(t, db) != after {
		t.Fatalf("re-ingest changed something: %v %s", err, out)
	}
}

// TestConcurrentIngesters runs two ingest processes on one database with
// the same input: every article is stored once, and the two together
// report each as new exactly once.
func TestConcurrentIngesters(t *testing.T) {
	dbs := []string{filepath.Join(t.TempDir(), "shared.db")}
	if pg := os.Getenv("HEARSAY_TEST_POSTGRES"); pg != "" {
		dbs = append(dbs, storetest.FreshPostgres(t, pg))
	}
	bin := binary(t)
	const n = 120
	in := corpus(t, n)
	for _, db := range dbs {
		var wg sync.WaitGroup
		outs := make([]string, 2)
		for i := range outs {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				out, err := exec.Command(bin, "ingest", "--db", db, "--share", "--owner", fmt.Sprint("ingester-", i), in).CombinedOutput()
				if err != nil {
					t.Errorf("ingester %d: %v\n%s", i, err, out)
				}
				outs[i] = string(out)
			}(i)
		}
		wg.Wait()
		total := ingested(t, outs[0]) + ingested(t, outs[1])
		if total != n {
			t.Errorf("%s: the ingesters stored %d new articles between them, want %d\n%s\n%s", db, total, n, outs[0], outs[1])
		}
		out, _ := exec.Command(bin, "query", "--db", db, "--limit", "100000", "--format", "jsonl", "--text", "misogyny").CombinedOutput()
		// each article has the partial quote and the indirect claim around it
		if got := strings.Count(string(out), "\n"); got != 2*n {
			t.Errorf("%s: %d 'misogyny' quotes stored, want %d (two per article)", db, got, 2*n)
		}
	}
}

// TestIngestSourcesAndBadInput ingests a feed, a WARC.gz, HTML pages and
// the reprints over HTTP and from disk, with bad sources among them: each
// bad one is reported by name and the good ones are stored; then query,
// lineage, entities, outlets and export read the corpus back.
func TestIngestSourcesAndBadInput(t *testing.T) {
	dir := t.TempDir()
	var pages [][2]string
	for _, p := range []string{"celebrity-tabloid", "wire-story"} {
		b, _ := os.ReadFile("../../testdata/html/" + p + ".html")
		pages = append(pages, [2]string{"https://warc.example.com/" + p, string(b)})
	}
	good := filepath.Join(dir, "news.warc.gz")
	var wb bytes.Buffer
	if err := warc.WriteArchive(&wb, true, pages); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(good, wb.Bytes(), 0o644)
	b := wb.Bytes()
	truncated := filepath.Join(dir, "truncated.warc.gz")
	os.WriteFile(truncated, b[:len(b)/2], 0o644)
	dangling := filepath.Join(dir, "gone.txt")
	os.Symlink(filepath.Join(dir, "nowhere"), dangling)
	rss, _ := os.ReadFile("../../testdata/corpus/feed.rss")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(rss)
		case "/page.html":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<html><head><title>Page</title></head><body><article><p>"We did it," coach Maria Santos said after the final whistle on Sunday evening, praising her players.</p></article></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(dir, "c.db")
	out, errs, code := run1(t, "", "ingest", "--db", db, good, truncated, dangling,
		"../../testdata/corpus/not-a-feed.html", "../../testdata/corpus/reprints.jsonl",
		srv.URL+"/feed.rss", srv.URL+"/page.html", srv.URL+"/missing", "http://127.0.0.1:1/unreachable")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"truncated.warc.gz: record", "gone.txt", "/missing: HTTP 404", "127.0.0.1:1", "feed.rss: item 3"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	// not-a-feed.html is an HTML page: read as a page, it has text
	if n := ingested(t, out); n < 2+5+2+1 {
		t.Errorf("stored %d articles: %s", n, out)
	}
	if !strings.Contains(out, "failures:") {
		t.Errorf("no failure summary: %s", out)
	}
	q, _, code := run1(t, "", "query", "--db", db, "--outlet", "StarWatch Daily", "--format", "csv")
	if code != 0 || !strings.Contains(q, "It nearly broke me") {
		t.Errorf("query: %d %s", code, q)
	}
	l, _, code := run1(t, "", "lineage", "--db", db, "They had a long emotional phone call")
	if code != 0 || !strings.Contains(l, "first printed by Closer Magazine on 2021-02-10") || !strings.Contains(l, "syndicated copy of") {
		t.Errorf("lineage: %d\n%s", code, l)
	}
	l, _, _ = run1(t, "", "lineage", "--db", db, "Justin wanted to speak to Britney after the documentary release")
	for _, w := range []string{"anonymous-to-named", "truncated", "[-when her management team agreed,-]"} {
		if !strings.Contains(l, w) {
			t.Errorf("lineage lacks %q:\n%s", w, l)
		}
	}
	e, _, _ := run1(t, "", "entities", "--db", db, "Timberlake")
	if !strings.Contains(e, "Justin Timberlake") {
		t.Errorf("entities: %s", e)
	}
	o, _, _ := run1(t, "", "outlets", "--db", db)
	if !strings.Contains(o, "Closer Magazine") || !strings.Contains(o, "an insider") {
		t.Errorf("outlets: %s", o)
	}
	x, _, code := run1(t, "", "export", "--db", db, "--as", "webanno", "--outlet", "StarWatch Daily")
	if code != 0 || !strings.Contains(x, `"TextPositionSelector"`) || !strings.Contains(x, `"http://www.w3.org/ns/anno.jsonld"`) {
		t.Errorf("export webanno: %s", x)
	}
	x, _, _ = run1(t, "", "export", "--db", db, "--as", "claims", "--text", "emotional phone call")
	var cl map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(x, "\n", 2)[0]), &cl); err != nil || cl["@type"] != "Claim" {
		t.Fatalf("export claims: %v %s", err, x)
	}
	if fa, _ := cl["firstAppearance"].(map[string]any); fa["datePublished"] != "2021-02-10" {
		t.Errorf("firstAppearance = %v", cl["firstAppearance"])
	}
}

// BenchmarkIngest ingests 1,000 distinct 3 KB articles (JSONL) into a new
// SQLite store, analysis included, on all cores: articles/s.
func BenchmarkIngest(b *testing.B) {
	benchIngest(b, corpus(b, 1000), 1000)
}

// benchIngest ingests the n articles of the JSONL file in into a new
// database b.N times and reports articles/s.
func benchIngest(b *testing.B, in string, n int) {
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		var out, errs strings.Builder
		if code := Main(context.Background(), []string{"ingest", "--db", db, in}, strings.NewReader(""), &out, &errs); code != 0 {
			b.Fatalf("exit %d: %s", code, errs.String())
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngestDistinct ingests 2,000 versions of the sample article
// whose quotes are all new statements (storetest.Distinct): analysis,
// lineage lookups that find nothing, and every quote indexed, as on a
// corpus of unrelated stories.
func BenchmarkIngestDistinct(b *testing.B) {
	n := 2000 // HEARSAY_BENCH_N for another corpus size
	if v, err := strconv.Atoi(os.Getenv("HEARSAY_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	base := storetest.Sample(b, "../..")
	path := filepath.Join(b.TempDir(), "distinct.jsonl")
	writeJSONL(b, path, n, func(i int) map[string]string {
		d := storetest.Distinct(base, i)
		return map[string]string{"id": fmt.Sprintf("d%d", i), "url": d.URL, "published": "2023-04-25",
			"outlet": fmt.Sprintf("Outlet %d", i%7), "text": d.Text}
	})
	benchIngest(b, path, n)
}

// TestTimelineSample is the pair timeline of the sample article: the
// break-up more than 20 years before publication, the documentary release,
// the backlash, the Instagram apology (2021), the reported call — in that
// order, each with its grade and source.
// TestTimelineUnnamedSource: an event in a claim whose speaker is no
// person the document names gives the speaker's words as its source.
func TestTimelineUnnamedSource(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(f, []byte("Taylor Swift's father, Scott Swift, has been accused of assaulting a photographer in Sydney, according to local police.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "u.db")
	if _, errs, code := run1(t, "", "ingest", "--db", db, "--published", "2024-02-28", f); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	out, errs, code := run1(t, "", "timeline", "--db", db, "--format", "json", "Scott Swift")
	if code != 0 {
		t.Fatalf("timeline: %s", errs)
	}
	var evs []TimelineEvent
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Kind != "legal" || evs[0].Source != "local police" {
		t.Errorf("events %+v, want one legal event sourced to local police", evs)
	}
}

func TestTimelineSample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tl.db")
	if _, errs, code := run1(t, "", "ingest", "--db", db, "--published", "2023-04-25", "../../testdata/sample/timberlake-spears.txt"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	out, errs, code := run1(t, "", "timeline", "--db", db, "--format", "json", "Britney Spears", "Justin Timberlake")
	if code != 0 {
		t.Fatalf("timeline: %s", errs)
	}
	var evs []TimelineEvent
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	want := []struct{ kind, time, bound, evidence, source, via string }{
		{"breakup", "2003", "before", "unattributed", "", ""},
		{"release", "", "", "unattributed", "", ""},
		{"backlash", "", "", "unattributed", "", ""},
		{"apology", "2021", "on", "on_record", "Justin Timberlake", "Instagram"},
		{"contact", "2021", "reported", "anonymous", "an insider", "Closer Magazine"},
	}
	if len(evs) != len(want) {
		t.Fatalf("%d events, want %d:\n%s", len(evs), len(want), out)
	}
	for i, w := range want {
		e := evs[i]
		if e.Kind != w.kind || e.Time != w.time || e.Bound != w.bound || e.Evidence != w.evidence || e.Source != w.source || strings.Join(e.Via, ",") != w.via {
			t.Errorf("event %d = %+v, want %+v", i+1, e, w)
		}
	}
	// one person's timeline holds the pair's events too
	out, _, _ = run1(t, "", "timeline", "--db", db, "Britney Spears")
	if !strings.Contains(out, "5 events") {
		t.Errorf("Britney Spears's timeline: %s", out)
	}
}

// BenchmarkIngestDev ingests the dev corpora's news and web documents
// (MEANTIME, GUM, UNER in ../shared/data/dev, skipped when absent): real,
// distinct articles of every length, each its own claims, unlike the
// reprints of BenchmarkIngest.
func BenchmarkIngestDev(b *testing.B) {
	path := filepath.Join(b.TempDir(), "dev.jsonl")
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, d := range storetest.DevArticles(b, "../..", "meantime.jsonl", "gum.jsonl", "uner.jsonl") {
		json.NewEncoder(out).Encode(map[string]string{"id": d.ID, "url": "https://dev.example.com/" + d.ID, "text": d.Text,
			"published": "2024-01-01"})
		n++
	}
	out.Close()
	b.ReportMetric(float64(n), "articles")
	benchIngest(b, path, n)
}
