package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math/bits"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hearsay"
	"hearsay/annotate"
	"hearsay/internal/sqlstore"
	"hearsay/sqlite"
	"hearsay/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, "..", func(t *testing.T) hearsay.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestOpenBadPath(t *testing.T) {
	if _, err := sqlite.Open(context.Background(), "/nonexistent-dir/x/hearsay.db"); err == nil {
		t.Error("opened a database in a missing directory")
	}
}

// TestUpgradeFromFirstSchema opens a database written under migration 1
// (JSON in its text column, a trigger filling FTS5) with the current code:
// migration 2 runs, the old document is still read and found by full-text
// search, and new documents go in beside it.
func TestUpgradeFromFirstSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	d := sqlite.Dialect()
	d.Migrations, d.FTSIndex = d.Migrations[:1], ""
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sqlstore.Open(ctx, db, d); err != nil {
		t.Fatal(err)
	}
	js := `{"schema":1,"id":"old","text":"The insider said the tour was over.","entities":[],"quotes":[]}`
	var docID int64
	if err := db.QueryRow(`INSERT INTO documents (key, url, outlet, published, title, byline, text_hash, n_quotes, json, ingested_at)
		VALUES ('https://old.example.com/1', 'https://old.example.com/1', 'Old Outlet', '2020-01-01', '', '', 'h', 1, ?, '2020-01-01') RETURNING id`, js).Scan(&docID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO quotes (doc_id, idx, qstart, qend, text, kind, speaker, speaker_key, anonymous, cue, evidence, via, context, published, outlet, cluster_id)
		VALUES (?, 0, 4, 11, 'the tour was over', 'indirect', 'The insider', 'the insider', 1, 'said', 'anonymous', '[]', '', '2020-01-01', 'Old Outlet', 1)`, docID); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer s.Close()
	j, err := s.Document(ctx, "https://old.example.com/1")
	if err != nil || j.Text != "The insider said the tour was over." {
		t.Fatalf("old document after the upgrade: %v, %+v", err, j)
	}
	if qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: "tour"}); err != nil || len(qs) != 1 {
		t.Fatalf("full-text search of the old quote: %v, %d found", err, len(qs))
	}
	if ok, err := s.Put(ctx, storetest.Sample(t, "..")); err != nil || !ok {
		t.Fatalf("put after the upgrade: %v", err)
	}
	if qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: "apologize"}); err != nil || len(qs) == 0 {
		t.Fatalf("full-text search of a new quote: %v, %d found", err, len(qs))
	}
	if qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: "tour"}); err != nil || len(qs) != 1 {
		t.Errorf("the old quote is found %d times after a new put (%v)", len(qs), err)
	}
}

// TestCorruptStoredJSON: a document whose stored analysis is damaged is
// an error naming the document, not a panic, and the rest of the store
// still answers.
func TestCorruptStoredJSON(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := storetest.Sample(t, "..")
	if _, err := s.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	key := hearsay.Key(d.Article)
	for _, body := range [][]byte{[]byte("not zstd at all"), {0x28, 0xb5, 0x2f, 0xfd, 0x00}} {
		if _, err := s.DB().Exec(`UPDATE documents SET body = ? WHERE key = ?`, body, key); err != nil {
			t.Fatal(err)
		}
		_, err := s.Document(ctx, key)
		if err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("damaged body %q: err = %v, want an error naming %s", body, err, key)
		}
	}
	if qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: "apologize"}); err != nil || len(qs) == 0 {
		t.Errorf("quotes after a damaged document: %v, %d found", err, len(qs))
	}
}

// TestLineageAcrossProcesses writes the reprints through two stores on
// one file, alternately, as two ingest processes would: each store's
// filter of the lineage index must take in the quotes the other wrote,
// or their reprints would not be found and the lineage would break. With
// a tail of 20 values, each store merges the index's tail every write or
// two, so each must also see the other's merges.
func TestLineageAcrossProcesses(t *testing.T) {
	for _, tail := range []int{0, 20} {
		t.Run(fmt.Sprintf("tail%d", tail), func(t *testing.T) { lineageAcrossProcesses(t, tail) })
	}
}

func lineageAcrossProcesses(t *testing.T, tail int) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hearsay.db")
	var stores [2]*sqlstore.Store
	for i := range stores {
		stores[i] = tailStore(t, path, tail)
	}
	// both filters built before the reprints arrive
	for i, s := range stores {
		d := storetest.Distinct(storetest.Sample(t, ".."), i)
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for i, d := range storetest.Reprints(t, "..") {
		if _, err := stores[i%2].Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range stores {
		qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: "emotional phone call"})
		if err != nil || len(qs) == 0 {
			t.Fatalf("no 'emotional phone call' quote: %v", err)
		}
		lin, err := s.Lineage(ctx, qs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(lin) != 3 || lin[0].Outlet != "Closer Magazine" {
			t.Errorf("phone-call lineage: %d printings, first %q; want 3, Closer Magazine", len(lin), lin[0].Outlet)
		}
	}
}

// TestPopularValuesCapped stores 150 quotes that share their opening
// words ("I don't know what happened to …"), so that some signature
// values are shared by many quotes: no value may list more than 32
// quotes, and a verbatim reprint still joins its statement's cluster.
// The index's tail is merged every 500 values, so the cap holds across
// the tail and the merged part.
func TestPopularValuesCapped(t *testing.T) {
	ctx := context.Background()
	s := tailStore(t, filepath.Join(t.TempDir(), "hearsay.db"), 500)
	p := annotate.Default()
	var ds []*hearsay.Document
	for i := 0; i < 150; i++ {
		d, err := p.Analyze(hearsay.Article{URL: fmt.Sprintf("https://p.example.com/%d", i),
			Text: fmt.Sprintf("\"I don't know what happened to the %s of %s,\" Taylor Swift said on Monday.", nonce(i), nonce(i+1000))})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Quotes) == 0 {
			t.Fatalf("no quote in %q", d.Text)
		}
		ds = append(ds, d)
	}
	for i := 0; i < len(ds); i += 10 {
		if _, err := s.PutBatch(ctx, ds[i:i+10]); err != nil {
			t.Fatal(err)
		}
	}
	var most, merges int
	for _, n := range postings(t, s.DB()) {
		most = max(most, n)
	}
	if err := s.DB().QueryRow(`SELECT merges FROM lineage_state`).Scan(&merges); err != nil || merges < 2 {
		t.Errorf("%d merges of the lineage tail (err %v), want 2 or more", merges, err)
	}
	if most > 32 {
		t.Errorf("a signature value lists %d quotes, want at most 32", most)
	}
	if most < 20 {
		t.Errorf("the most shared value lists %d quotes: the test no longer makes popular values", most)
	}
	// a reprint of the first quote, elsewhere, joins its cluster
	re := *ds[0]
	re.URL = "https://reprint.example.com/0"
	if _, err := s.Put(ctx, &re); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: nonce(0)})
	if err != nil || len(qs) != 2 || qs[0].Cluster != qs[1].Cluster {
		t.Fatalf("reprint: %d quotes %v (err %v), want 2 in one cluster", len(qs), qs, err)
	}
}

// packed counts, into n, the little-endian int64 at the start of each
// stride of the blobs query returns; what names them in errors.
func packed(t *testing.T, db *sql.DB, query string, stride int, what string, n map[int64]int) {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil || len(b)%stride != 0 {
			t.Fatalf("%s of %d bytes: %v", what, len(b), err)
		}
		for i := 0; i < len(b); i += stride {
			n[int64(binary.LittleEndian.Uint64(b[i:]))]++
		}
	}
}

// postings counts the lineage index's quotes by value, over all its
// parts: quote_bands, the runs' blocks and the tail, quote_sigs.
func postings(t *testing.T, db *sql.DB) map[int64]int {
	t.Helper()
	n := map[int64]int{}
	rows, err := db.Query(`SELECT band FROM quote_bands`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var b int64
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		n[b]++
	}
	rows.Close()
	// blocks hold (value, quote) pairs, tail rows values: the value first
	packed(t, db, `SELECT pairs FROM lineage_blocks`, 16, "lineage block", n)
	packed(t, db, `SELECT bands FROM quote_sigs`, 8, "quote_sigs row", n)
	return n
}

// tailStore opens the store at path, closed when t ends, with its lineage
// tail merged every tail values (0: the default).
func tailStore(t *testing.T, path string, tail int) *sqlstore.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.TailMax = tail
	return s
}

// nonce is a made-up word for number i.
func nonce(i int) string {
	const syl = "bakotimurelasifonegu"
	var b []byte
	for n := i + 7; n > 0; n /= 10 {
		k := (n % 10) * 2
		b = append(b, syl[k], syl[k+1])
	}
	return string(b) + "x"
}

// TestLineageRuns merges the lineage tail every 50 values over 80 batches
// of new statements: the runs must stay few (the logarithmic method), each
// block sorted, described by its first and last value, and disjoint from
// the next block of its run; and a reprint of the first statement, now
// deep in the oldest run, still joins its cluster, reworded.
func TestLineageRuns(t *testing.T) {
	ctx := context.Background()
	s := tailStore(t, filepath.Join(t.TempDir(), "hearsay.db"), 50)
	p := annotate.Default()
	for i := 0; i < 80; i++ {
		d, err := p.Analyze(hearsay.Article{URL: fmt.Sprintf("https://runs.example.com/%d", i),
			Text: fmt.Sprintf("\"The %s never met the %s at the %s,\" Taylor Swift said on Monday.", nonce(i), nonce(i+500), nonce(i+900))})
		if err != nil || len(d.Quotes) == 0 {
			t.Fatalf("%d: %v, %d quotes", i, err, len(d.Quotes))
		}
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	var merges int
	if err := s.DB().QueryRow(`SELECT merges FROM lineage_state`).Scan(&merges); err != nil || merges < 10 {
		t.Fatalf("%d merges (err %v), want 10 or more", merges, err)
	}
	rows, err := s.DB().Query(`SELECT run, first, last, pairs FROM lineage_blocks ORDER BY run, first`)
	if err != nil {
		t.Fatal(err)
	}
	runs := map[int64]bool{}
	var prevRun, prevLast int64
	for rows.Next() {
		var r, first, last int64
		var b []byte
		if err := rows.Scan(&r, &first, &last, &b); err != nil {
			t.Fatal(err)
		}
		if len(b) == 0 || len(b)%16 != 0 {
			t.Fatalf("run %d: a block of %d bytes", r, len(b))
		}
		var vs []int64
		for i := 0; i < len(b); i += 16 {
			vs = append(vs, int64(binary.LittleEndian.Uint64(b[i:])))
		}
		if !slices.IsSorted(vs) || vs[0] != first || vs[len(vs)-1] != last {
			t.Errorf("run %d: block [%d, %d] holds %d unsorted or other values", r, first, last, len(vs))
		}
		if runs[r] && prevRun == r && first <= prevLast {
			t.Errorf("run %d: block from %d overlaps the previous, to %d", r, first, prevLast)
		}
		runs[r], prevRun, prevLast = true, r, last
	}
	rows.Close()
	if max := 2 + bits.Len(uint(merges)); len(runs) > max {
		t.Errorf("%d runs after %d merges, want at most %d", len(runs), merges, max)
	}
	// a reworded reprint: not the same text, so it is found through the
	// index, not by its hash
	re, err := p.Analyze(hearsay.Article{URL: "https://reprint.example.com/runs",
		Text: fmt.Sprintf("\"The %s never met the %s at the %s last year,\" the singer said.", nonce(0), nonce(500), nonce(900))})
	if err != nil || len(re.Quotes) != 1 {
		t.Fatalf("reprint: %v, %d quotes", err, len(re.Quotes))
	}
	if _, err := s.Put(ctx, re); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: nonce(0)})
	if err != nil || len(qs) != 2 || qs[0].Cluster != qs[1].Cluster {
		t.Fatalf("reprint: %d quotes %v (err %v), want 2 in one cluster", len(qs), qs, err)
	}
}

// TestDamagedLineageIndex: a lineage block or tail row of the wrong size
// (a damaged file) makes the next store of a new statement fail with an
// error naming it, writing nothing, instead of a panic or a wrong lineage.
func TestDamagedLineageIndex(t *testing.T) {
	for _, c := range []struct{ table, set, want string }{
		{"lineage_blocks", `UPDATE lineage_blocks SET pairs = x'0102' WHERE id = (SELECT min(id) FROM lineage_blocks)`, "lineage block"},
		{"quote_sigs", `UPDATE quote_sigs SET bands = x'010203' WHERE quote_id = (SELECT max(quote_id) FROM quote_sigs)`, "signature of 3 bytes"},
	} {
		t.Run(c.table, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "hearsay.db")
			s := tailStore(t, path, 50)
			p := annotate.Default()
			doc := func(i int) *hearsay.Document {
				d, err := p.Analyze(hearsay.Article{URL: fmt.Sprintf("https://damaged.example.com/%d", i),
					Text: fmt.Sprintf("\"The %s met the %s at the %s,\" Taylor Swift said.", nonce(i), nonce(i+300), nonce(i+600))})
				if err != nil {
					t.Fatal(err)
				}
				return d
			}
			for i := 0; i < 6; i++ {
				if _, err := s.Put(ctx, doc(i)); err != nil {
					t.Fatal(err)
				}
			}
			if r, err := s.DB().Exec(c.set); err != nil {
				t.Fatal(err)
			} else if n, _ := r.RowsAffected(); n != 1 {
				t.Fatalf("%s: %d rows damaged, want 1", c.table, n)
			}
			// another process, which reads the index afresh
			s2 := tailStore(t, path, 50)
			d := doc(99)
			_, err := s2.Put(ctx, d)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("put after a damaged %s: err %v, want one naming %q", c.table, err, c.want)
			}
			if ok, err := s2.Has(ctx, hearsay.Key(d.Article)); err != nil || ok {
				t.Errorf("the failed put stored its document (%v, %v)", ok, err)
			}
		})
	}
}
