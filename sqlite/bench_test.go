package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"hearsay"
	"hearsay/annotate"
	"hearsay/sqlite"
	"hearsay/storetest"
)

// BenchmarkPut stores analysed 3 KB articles (the sample article under
// distinct URLs): store-only articles/s.
func BenchmarkPut(b *testing.B) {
	d := storetest.Sample(b, "..")
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.URL = fmt.Sprintf("https://bench.example.com/%d", i)
		if ok, err := s.Put(context.Background(), d); err != nil || !ok {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// The batch benchmarks store as hearsay ingest does: documents are
// prepared (JSON, compression, lineage signatures: Store.Prepare) on
// another goroutine, as ingest's analysis workers do, while the one
// writer stores batches of 512 (HEARSAY_BENCH_BATCH), ingest's largest.
// They report articles/s and the articles' MB/s of text.

// BenchmarkPutBatch stores the sample article under distinct URLs: its 14
// quotes are verbatim reprints after the first copy, as when a wire story
// is syndicated.
func BenchmarkPutBatch(b *testing.B) {
	base := storetest.Sample(b, "..")
	benchPutBatch(b, func(i int) *hearsay.Document {
		d := *base
		d.URL = fmt.Sprintf("https://bench.example.com/%d", i)
		return &d
	})
}

// BenchmarkPutBatchDistinct is BenchmarkPutBatch with no quote shared
// between articles: every quote is a new statement and is indexed for
// lineage. The sample is quote-dense (14 quotes in 2.3 KB, where the dev
// news articles hold about 6.6 in 3 KB), so this is the hard case.
func BenchmarkPutBatchDistinct(b *testing.B) {
	base := storetest.Sample(b, "..")
	benchPutBatch(b, func(i int) *hearsay.Document { return storetest.Distinct(base, i) })
}

// BenchmarkPutBatchNews stores the dev corpora's news articles (MEANTIME
// and GUM in ../shared/data/dev; skipped when absent), analysed before
// the timer, each copy's quotes made new statements (storetest.Distinct):
// real articles' length, entities and quote density.
func BenchmarkPutBatchNews(b *testing.B) {
	var base []*hearsay.Document
	p := annotate.Default()
	for _, a := range storetest.DevArticles(b, "..", "meantime.jsonl", "gum.jsonl") {
		d, err := p.Analyze(hearsay.Article{Text: a.Text, Published: "2024-01-01"})
		if err != nil {
			b.Fatal(err)
		}
		base = append(base, d)
	}
	benchPutBatch(b, func(i int) *hearsay.Document {
		d := storetest.Distinct(base[i%len(base)], i)
		d.URL = fmt.Sprintf("https://news.example.com/%d", i)
		return d
	})
}

func benchPutBatch(b *testing.B, doc func(i int) *hearsay.Document) {
	batch := 512
	if v, err := strconv.Atoi(os.Getenv("HEARSAY_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ds := make([]*hearsay.Document, b.N)
	bytes := 0
	for i := range ds {
		ds[i] = doc(i)
		bytes += len(ds[i].Text)
	}
	b.ReportAllocs()
	b.ResetTimer()
	batches := make(chan []*hearsay.Document, 1)
	go func() {
		defer close(batches)
		for i := 0; i < b.N; i += batch {
			part := ds[i:min(b.N, i+batch)]
			for _, d := range part {
				s.Prepare(d)
			}
			batches <- part
		}
	}()
	for part := range batches {
		if _, err := s.PutBatch(context.Background(), part); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(bytes)/1e6/b.Elapsed().Seconds(), "MB/s")
}
