package sqlite_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"hearsay"
	"hearsay/internal/sqlstore"
	"hearsay/sqlite"
)

// bigStore returns a store of 100,000 articles with three quotes each,
// generated directly in SQL (the shape Put writes) and kept in the temp
// directory between runs.
func bigStore(b *testing.B) *sqlstore.Store {
	path := filepath.Join(os.TempDir(), "hearsay-bench-100k-v2.db")
	ctx := context.Background()
	if _, err := os.Stat(path); err == nil {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	tmp := path + ".tmp"
	os.Remove(tmp)
	s, err := sqlite.Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	db := s.DB()
	rng := rand.New(rand.NewSource(1))
	speakers := []string{"Justin Timberlake", "Britney Spears", "an insider", "a source", "Taylor Swift", "Mark Ellis", "the mayor", "Adele Morgan"}
	outlets := []string{"Closer Magazine", "Daily Echo", "Wire Service", "Gossip Hub", "StarWatch Daily", "Riverside Herald", "Penny Herald"}
	grades := []string{"on_record", "anonymous", "reported", "unattributed"}
	words := []string{"love", "call", "apologize", "tour", "album", "wedding", "divorce", "baby", "film", "deal", "party", "statement", "emotional", "secret", "family"}
	var ents []int64
	for i, sp := range speakers {
		var id int64
		db.QueryRow(`INSERT INTO entities (key, name, type) VALUES (?, ?, 'PERSON') RETURNING id`, fmt.Sprintf("PERSON:%d", i), sp).Scan(&id)
		ents = append(ents, id)
	}
	const n = 100000
	for start := 0; start < n; start += 5000 {
		tx, _ := db.Begin()
		for i := start; i < start+5000; i++ {
			pub := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%1500).Format("2006-01-02")
			outlet := outlets[rng.Intn(len(outlets))]
			var docID int64
			tx.QueryRow(`INSERT INTO documents (key, url, outlet, published, title, byline, text_hash, n_quotes, json, ingested_at)
				VALUES (?, ?, ?, ?, ?, '', ?, 3, '{}', '2024-01-01') RETURNING id`,
				fmt.Sprintf("https://b.example.com/%d", i), fmt.Sprintf("https://b.example.com/%d", i), outlet, pub, "t", fmt.Sprint(i)).Scan(&docID)
			e := ents[rng.Intn(len(ents))]
			tx.Exec(`INSERT INTO doc_entities (doc_id, entity_id) VALUES (?, ?)`, docID, e)
			for k := 0; k < 3; k++ {
				si := rng.Intn(len(speakers))
				text := fmt.Sprintf("We talked about the %s and the %s, it was %s", words[rng.Intn(len(words))], words[rng.Intn(len(words))], words[rng.Intn(len(words))])
				tx.Exec(`INSERT INTO quotes (doc_id, idx, qstart, qend, text, kind, speaker, speaker_key, speaker_entity_id, anonymous, cue, evidence, via, context, published, outlet, cluster_id)
					VALUES (?, ?, 0, 10, ?, 'direct', ?, lower(?), ?, ?, 'said', ?, '[]', '', ?, ?, ?)`,
					docID, k, text, speakers[si], speakers[si], ents[si], si == 2 || si == 3, grades[rng.Intn(4)], pub, outlet, docID*3+int64(k))
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	// the full-text index, filled as PutBatch fills it
	if _, err := db.Exec(`INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes`); err != nil {
		b.Fatal(err)
	}
	db.Exec(`ANALYZE`)
	s.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	os.Rename(tmp+"-wal", path+"-wal")
	os.Rename(tmp+"-shm", path+"-shm")
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkQuery100k answers a mix of filtered queries on a 100,000-article
// store and reports the p50 and p99 latency.
func BenchmarkQuery100k(b *testing.B) {
	s := bigStore(b)
	defer s.Close()
	ctx := context.Background()
	filters := []hearsay.QuoteFilter{
		{Speaker: "Justin Timberlake", Limit: 50},
		{Evidence: hearsay.Anonymous, HasEvidence: true, Outlet: "Closer Magazine", Limit: 50},
		{Since: "2022-03-01", Until: "2022-03-07", Limit: 100},
		{Text: "divorce", Limit: 50},
		{Entity: "Britney Spears", Since: "2021-01-01", Limit: 50},
		{Outlet: "Gossip Hub", Speaker: "an insider", Limit: 20},
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		qs, err := s.Quotes(ctx, filters[i%len(filters)])
		if err != nil {
			b.Fatal(err)
		}
		if len(qs) == 0 {
			b.Fatalf("filter %d found nothing", i%len(filters))
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
