// Package storetest is the conformance suite every hearsay.Store must
// pass: Run it from each implementation's tests with a function that opens
// an empty store.
package storetest

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"hearsay"
	"hearsay/annotate"
	"hearsay/ingest/plaintext"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// Opener opens a new, empty store for one test.
type Opener func(t *testing.T) hearsay.Store

// Run runs every conformance test. root is the path of the repository's
// root from the calling package (for testdata).
func Run(t *testing.T, root string, open Opener) {
	t.Run("PutIdempotent", func(t *testing.T) { testPut(t, root, open(t)) })
	t.Run("QueryFilters", func(t *testing.T) { testQuery(t, root, open(t)) })
	t.Run("Lineage", func(t *testing.T) { testLineage(t, root, open(t)) })
	t.Run("Entities", func(t *testing.T) { testEntities(t, root, open(t)) })
	t.Run("Claims", func(t *testing.T) { testClaims(t, root, open(t)) })
	t.Run("ConcurrentPut", func(t *testing.T) { testConcurrent(t, root, open(t)) })
	t.Run("Outlets", func(t *testing.T) { testOutlets(t, root, open(t)) })
}

// DevArticles returns the articles (id and text) of the named JSONL files
// of the dev corpora in ../shared/data/dev, seen from root; a benchmark
// or test without them is skipped.
func DevArticles(tb testing.TB, root string, names ...string) []hearsay.Article {
	var out []hearsay.Article
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(root, "../shared/data/dev", name))
		if err != nil {
			tb.Skipf("dev data: %v", err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var a struct{ ID, Text string }
			if json.Unmarshal([]byte(line), &a) == nil && a.Text != "" {
				out = append(out, hearsay.Article{ID: a.ID, Text: a.Text})
			}
		}
	}
	return out
}

// Sample returns the analysed sample article, with a URL and outlet.
func Sample(t testing.TB, root string) *hearsay.Document {
	b, err := os.ReadFile(filepath.Join(root, "testdata/sample/timberlake-spears.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Default().Analyze(hearsay.Article{ID: "timberlake-spears", Text: string(b), Published: "2023-04-25",
		URL: "https://example.com/timberlake-spears", Outlet: "Example News", Title: "Britney Spears and Justin Timberlake"})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Distinct returns a copy of d under URL number i whose quotes are new
// statements: each quote's bytes, but for the mentions in it, are
// replaced by words drawn from a Zipf-distributed vocabulary (as word
// frequencies in text are), keeping its length and offsets. Common
// words recur and so do some of their 3-grams, as in unrelated real
// quotes, but no quote is a reprint: the lineage index grows as it does
// on a corpus of unrelated stories.
// (Shuffling a quote's own words is not that: permutations of one word
// set are near-duplicates to a shingle index.)
func Distinct(d *hearsay.Document, i int) *hearsay.Document {
	c := *d
	c.URL = fmt.Sprintf("https://distinct.example.com/%d", i)
	text := []byte(d.Text)
	rng := rand.New(rand.NewSource(int64(i) + 1))
	zipf := rand.NewZipf(rng, 1.1, 1, 50000)
	// the mentions inside a quote keep their words: the copy names the
	// same people, so its entities' aliases are those of d
	var ms []hearsay.Span
	for _, m := range d.Mentions {
		ms = append(ms, m.Span)
	}
	slices.SortFunc(ms, func(a, b hearsay.Span) int { return a.Start - b.Start })
	fill := func(start, end int) {
		var b []byte
		for len(b) < end-start {
			b = append(b, fmt.Sprintf("w%x ", zipf.Uint64())...)
		}
		copy(text[start:end], b)
	}
	for _, q := range d.Quotes {
		at := q.Start
		first := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= q.Start })
		for _, m := range ms[first:] {
			if m.Start < at {
				continue // before the quote, or inside the last mention kept
			}
			if m.Start >= q.End || m.End > q.End {
				break
			}
			fill(at, m.Start)
			at = m.End
		}
		fill(at, q.End)
	}
	c.Text = string(text)
	return &c
}

// Reprints returns the analysed articles of testdata/corpus/reprints.jsonl.
func Reprints(t testing.TB, root string) []*hearsay.Document {
	f, err := os.Open(filepath.Join(root, "testdata/corpus/reprints.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*hearsay.Document
	p := annotate.Default()
	err = plaintext.ReadJSONL("reprints.jsonl", bufio.NewReader(f), 1<<20, "", func(a hearsay.Article) error {
		d, err := p.Analyze(a)
		if err != nil {
			return err
		}
		out = append(out, d)
		return nil
	}, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func put(t *testing.T, s hearsay.Store, ds ...*hearsay.Document) {
	t.Helper()
	for _, d := range ds {
		if _, err := s.Put(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
}

func testPut(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	d := Sample(t, root)
	created, err := s.Put(ctx, d)
	if err != nil || !created {
		t.Fatalf("first Put = %v, %v; want created", created, err)
	}
	created, err = s.Put(ctx, d)
	if err != nil || created {
		t.Fatalf("second Put = %v, %v; want not created", created, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 1 || st.Quotes != len(d.Quotes) {
		t.Fatalf("stats after re-put = %+v, %v; want 1 document, %d quotes", st, err, len(d.Quotes))
	}
	key := hearsay.Key(d.Article)
	if ok, err := s.Has(ctx, key); !ok || err != nil {
		t.Errorf("Has(%s) = %v, %v", key, ok, err)
	}
	j, err := s.Document(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(d.JSON())
	got, _ := json.Marshal(j)
	if string(got) != string(want) {
		t.Errorf("stored JSON differs from the analysis")
	}
	if _, err := s.Document(ctx, "https://nowhere.example.com"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("missing document: err = %v", err)
	}
	// a document without a URL is keyed by its text
	d2, _ := annotate.Default().Analyze(hearsay.Article{ID: "x", Text: `"Hello," Ann Lee said.`})
	if ok, _ := s.Put(ctx, d2); !ok {
		t.Error("text-keyed document not created")
	}
	if ok, _ := s.Put(ctx, d2); ok {
		t.Error("text-keyed document stored twice")
	}
}

func testQuery(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	put(t, s, Sample(t, root))
	put(t, s, Reprints(t, root)...)
	count := func(f hearsay.QuoteFilter) int {
		t.Helper()
		qs, err := s.Quotes(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(qs)
	}
	full := count(hearsay.QuoteFilter{Speaker: "Justin Timberlake"})
	if full < 3 {
		t.Errorf("speaker Justin Timberlake: %d quotes, want ≥ 3", full)
	}
	// part of a named speaker's name finds the same quotes, through the
	// corpus entity
	if n := count(hearsay.QuoteFilter{Speaker: "timberlake"}); n != full {
		t.Errorf("speaker timberlake: %d quotes, want %d (as Justin Timberlake)", n, full)
	}
	sample := Sample(t, root)
	anon := 0
	for _, q := range sample.Quotes {
		if q.Evidence == hearsay.Anonymous {
			anon++
		}
	}
	if n := count(hearsay.QuoteFilter{Evidence: hearsay.Anonymous, HasEvidence: true, Outlet: "example news"}); n != anon || anon < 3 {
		t.Errorf("anonymous quotes in Example News: %d, want %d (≥ 3)", n, anon)
	}
	// two quotes and the claim the magazine hedges ("has reportedly reached out")
	if n := count(hearsay.QuoteFilter{Outlet: "Closer Magazine"}); n != 3 {
		t.Errorf("Closer Magazine: %d quotes, want 3", n)
	}
	if n := count(hearsay.QuoteFilter{Since: "2021-02-11", Until: "2021-02-11"}); n != 4 {
		t.Errorf("2021-02-11: %d quotes, want 4 (a quote and a claim in the wire story and in its copy)", n)
	}
	if n := count(hearsay.QuoteFilter{Text: "apologize"}); n != 2 {
		t.Errorf("full text 'apologize': %d quotes, want 2", n)
	}
	if n := count(hearsay.QuoteFilter{Entity: "Janet Jackson"}); n != len(sample.Quotes) {
		t.Errorf("documents mentioning Janet Jackson: %d quotes, want %d (the sample's)", n, len(sample.Quotes))
	}
	if n := count(hearsay.QuoteFilter{Limit: 3}); n != 3 {
		t.Errorf("limit 3: %d", n)
	}
	qs, _ := s.Quotes(ctx, hearsay.QuoteFilter{})
	for i := 1; i < len(qs); i++ {
		if qs[i].Published < qs[i-1].Published {
			t.Errorf("quotes not in publication order: %s after %s", qs[i].Published, qs[i-1].Published)
		}
	}
}

func testLineage(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	put(t, s, Reprints(t, root)...)
	qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Outlet: "Gossip Hub"})
	if err != nil || len(qs) != 1 {
		t.Fatalf("Gossip Hub quotes: %v %v", qs, err)
	}
	lin, err := s.Lineage(ctx, qs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var outlets []string
	for _, q := range lin {
		outlets = append(outlets, q.Outlet)
	}
	if len(lin) != 3 || lin[0].Outlet != "Closer Magazine" || lin[len(lin)-1].Outlet != "Gossip Hub" {
		t.Errorf("lineage of the Gossip Hub quote: %v, want Closer Magazine first, Daily Echo, Gossip Hub last", outlets)
	}
	// "They had a long emotional phone call" is printed three times
	qs, _ = s.Quotes(ctx, hearsay.QuoteFilter{Text: "emotional phone call"})
	if len(qs) == 0 {
		t.Fatal("no 'emotional phone call' quote")
	}
	lin, _ = s.Lineage(ctx, qs[0].ID)
	if len(lin) != 3 || lin[0].Outlet != "Closer Magazine" {
		t.Errorf("phone-call lineage: %d printings, first %q; want 3, Closer Magazine", len(lin), lin[0].Outlet)
	}
	if st, _ := s.Stats(ctx); st.Clusters > st.Quotes-3 {
		t.Errorf("stats %+v: reprints not clustered", st)
	}
}

func testEntities(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	put(t, s, Sample(t, root))
	put(t, s, Reprints(t, root)...)
	es, err := s.Entities(ctx, "Britney", 10)
	if err != nil || len(es) == 0 {
		t.Fatalf("entities Britney: %v %v", es, err)
	}
	e := es[0]
	if e.Name != "Britney Spears" || e.Type != "PERSON" || e.Documents < 5 {
		t.Errorf("top entity %+v, want Britney Spears (PERSON) in ≥ 5 documents", e)
	}
	aliases := strings.Join(e.Aliases, "|")
	for _, a := range []string{"Brintey Spears", "the Circus singer", "Britney Spears"} {
		if !strings.Contains(aliases, a) {
			t.Errorf("aliases %q lack %q", aliases, a)
		}
	}
	// an alias finds the entity
	if es, _ := s.Entities(ctx, "the Circus singer", 10); len(es) == 0 || es[0].Name != "Britney Spears" {
		t.Errorf("alias lookup: %+v", es)
	}
}

func testClaims(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	ok, err := s.Claim(ctx, "k1", "a")
	if !ok || err != nil {
		t.Fatalf("first claim: %v %v", ok, err)
	}
	if ok, _ := s.Claim(ctx, "k1", "b"); ok {
		t.Error("a second owner claimed a leased key")
	}
	if ok, _ := s.Claim(ctx, "k1", "a"); !ok {
		t.Error("the owner could not renew its claim")
	}
	d := Sample(t, root)
	put(t, s, d)
	if ok, _ := s.Claim(ctx, hearsay.Key(d.Article), "a"); ok {
		t.Error("a stored document was claimed")
	}
}

func testConcurrent(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	docs := append(Reprints(t, root), Sample(t, root))
	var wg sync.WaitGroup
	created := make([]int, 2)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for _, d := range docs {
				ok, err := s.Put(ctx, d)
				if err != nil {
					t.Error(err)
					return
				}
				if ok {
					created[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	if created[0]+created[1] != len(docs) {
		t.Errorf("created %d+%d documents, want %d in all", created[0], created[1], len(docs))
	}
	if st, _ := s.Stats(ctx); st.Documents != len(docs) {
		t.Errorf("stored %d documents, want %d", st.Documents, len(docs))
	}
}

func testOutlets(t *testing.T, root string, s hearsay.Store) {
	defer s.Close()
	ctx := context.Background()
	put(t, s, Sample(t, root))
	put(t, s, Reprints(t, root)...)
	ps, err := s.Outlets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ex *hearsay.OutletProfile
	for i := range ps {
		if ps[i].Outlet == "Example News" {
			ex = &ps[i]
		}
	}
	d := Sample(t, root)
	anon := 0
	for _, q := range d.Quotes {
		if q.Evidence == hearsay.Anonymous {
			anon++
		}
	}
	if ex == nil || ex.Quotes != len(d.Quotes) || ex.Anonymous != anon || ex.Documents != 1 {
		t.Fatalf("Example News profile %+v, want %d quotes, %d anonymous", ex, len(d.Quotes), anon)
	}
	if ex.Descriptors["an insider"] != anon || ex.Cites["Closer Magazine"] != anon || ex.Cites["Instagram"] != 1 {
		t.Errorf("descriptors %v cites %v, want an insider ×%d, Closer Magazine ×%d, Instagram ×1", ex.Descriptors, ex.Cites, anon, anon)
	}
}

// FreshPostgres creates an empty database on the server at base
// (postgres://…/db), drops it when t ends, and returns its DSN.
func FreshPostgres(t testing.TB, base string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("hearsay_t%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		if a, err := sql.Open("pgx", base); err == nil {
			a.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			a.Close()
		}
	})
	i := strings.LastIndex(base, "/")
	rest := ""
	if q := strings.Index(base[i:], "?"); q >= 0 {
		rest = base[i+q:]
	}
	return base[:i+1] + name + rest
}
