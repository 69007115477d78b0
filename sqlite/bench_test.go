package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"hearsay"
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

// BenchmarkPutBatch stores the same articles 32 to a transaction, as
// hearsay ingest does.
func BenchmarkPutBatch(b *testing.B) {
	batch := 32
	if v, err := strconv.Atoi(os.Getenv("HEARSAY_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	base := storetest.Sample(b, "..")
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		var ds []*hearsay.Document
		for j := i; j < i+batch && j < b.N; j++ {
			d := *base
			d.URL = fmt.Sprintf("https://bench.example.com/%d", j)
			ds = append(ds, &d)
		}
		if _, err := s.PutBatch(context.Background(), ds); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutBatchDistinct is BenchmarkPutBatch with no quote shared
// between articles: every quote is a new claim and adds lineage index rows.
func BenchmarkPutBatchDistinct(b *testing.B) {
	batch := 32
	if v, err := strconv.Atoi(os.Getenv("HEARSAY_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	base := storetest.Sample(b, "..")
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ds := make([]*hearsay.Document, b.N)
	for i := range ds {
		ds[i] = storetest.Distinct(base, i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		if _, err := s.PutBatch(context.Background(), ds[i:min(b.N, i+batch)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
