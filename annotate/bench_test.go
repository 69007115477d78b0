package annotate_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"hearsay"
	"hearsay/annotate"
)

// newsCorpus returns at least 1 MB of news text as articles: the sample
// article and the hand-written cases, plus, where the shared evaluation
// data is present, the GUM (Wikinews and others) and MEANTIME texts,
// repeated until the total reaches 1 MB.
func newsCorpus(tb testing.TB) ([]hearsay.Article, int) {
	var base []hearsay.Article
	add := func(id, text string) {
		base = append(base, hearsay.Article{ID: id, Text: text, Published: "2023-04-25"})
	}
	files, _ := filepath.Glob("../testdata/quotes/*.txt")
	files = append(files, "../testdata/sample/timberlake-spears.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		add(f, string(b))
	}
	for _, f := range []string{"../../shared/data/dev/gum.jsonl", "../../shared/data/dev/meantime.jsonl"} {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var r struct{ ID, Text string }
			if json.Unmarshal(sc.Bytes(), &r) == nil {
				add(r.ID, r.Text)
			}
		}
		fh.Close()
	}
	var out []hearsay.Article
	n := 0
	for n < 1<<20 {
		for _, a := range base {
			out = append(out, a)
			n += len(a.Text)
		}
	}
	return out, n
}

// BenchmarkPipeline runs the default pipeline over ≥ 1 MB of news text on
// one goroutine; MB/s is the single-core throughput.
func BenchmarkPipeline(b *testing.B) {
	arts, n := newsCorpus(b)
	p := annotate.Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	b.ResetTimer()
	quotes := 0
	for i := 0; i < b.N; i++ {
		quotes = 0
		for _, a := range arts {
			d, err := p.Analyze(a)
			if err != nil {
				b.Fatal(err)
			}
			quotes += len(d.Quotes)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Mallocs-before)/float64(b.N*len(arts)), "allocs/doc")
	if quotes == 0 {
		b.Fatal("no quotes found in the corpus")
	}
}

// BenchmarkPipelineScaling runs the whole pipeline over one paragraph of
// n claims — quotations, reported claims with a partial quotation inside,
// outlets passed on, pairs of people — and reports the cost per claim:
// from 1,000 to 8,000 claims it should stay about the same (every
// annotator's work grows with n log n at most).
func BenchmarkPipelineScaling(b *testing.B) {
	const unit = `Mark Rendell argued that the delay would cost families money, adding that the plan was "dead on arrival." ` +
		`Per TMZ, the pair split. "We are fine," the two said. `
	for _, n := range []int{1000, 8000} {
		text := strings.Repeat(unit, n/4)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			p := annotate.Default()
			claims := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				d, err := p.Analyze(hearsay.Article{ID: "big", Text: text})
				if err != nil {
					b.Fatal(err)
				}
				claims = len(d.Quotes)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*claims), "ns/claim")
			b.ReportMetric(float64(claims), "claims")
		})
	}
}
