package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"

	"hearsay"
	"hearsay/annotate"
	"hearsay/ingest"
	"hearsay/ingest/plaintext"
)

type analyzeCmd struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

const analyzeUsage = `Usage: hearsay analyze [flags] [FILE|DIR|- ...]

Reads articles and prints each one's people and quotes with their speakers,
cues and evidence grades. With no FILE, or with -, reads standard input.
A directory stands for every file under it. The format of each input is
detected from its name, then its content: plain text, HTML, JSON, JSONL
(one {"id","text","published"?,"title"?,"url"?,"outlet"?} a line).

An input that cannot be read is reported on standard error with its name
(and line) and the others are still analysed; the exit status is then 1.

Flags:
`

func (c *analyzeCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay analyze", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	format := fs.String("format", "text", "output format: text, json or jsonl")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for inputs that carry none")
	inFormat := fs.String("input", "", "input format: text, html, json or jsonl (default: detect)")
	workers := fs.Int("workers", defaultWorkers(), "documents analysed in parallel")
	maxMiB := fs.Int64("max-mib", ingest.DefaultMaxBytes>>20, "largest document or JSONL line accepted, in MiB")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `file`")
	memprofile := fs.String("memprofile", "", "write a heap profile to `file` at the end")
	fs.Usage = func() {
		fmt.Fprint(c.stderr, analyzeUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	switch *format {
	case "text", "json", "jsonl":
	default:
		fmt.Fprintf(c.stderr, "hearsay analyze: unknown format %q (text, json, jsonl)\n", *format)
		return 2
	}
	if *published != "" {
		d, err := plaintext.Date(*published)
		if err != nil {
			fmt.Fprintf(c.stderr, "hearsay analyze: -published: %v\n", err)
			return 2
		}
		*published = d
	}
	if *workers < 1 {
		*workers = 1
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(c.stderr, "hearsay analyze: %v\n", err)
			return 2
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(c.stderr, "hearsay analyze: %v\n", err)
			return 2
		}
		defer pprof.StopCPUProfile()
	}
	opt := ingest.Options{Format: ingest.Format(*inFormat), Published: *published, MaxBytes: *maxMiB << 20}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	failed := 0
	var mu sync.Mutex
	report := func(err error) {
		mu.Lock()
		failed++
		fmt.Fprintf(c.stderr, "hearsay: %v\n", err)
		mu.Unlock()
	}
	out := bufio.NewWriterSize(c.stdout, 256<<10)
	w := newWriter(*format, out)
	p := annotate.Default()
	run(ctx, p, *workers, func(yield func(hearsay.Article) error) {
		for _, name := range ingest.Files(inputs, report) {
			if ctx.Err() != nil {
				return
			}
			err := c.readInput(name, opt, yield, report)
			if errors.Is(err, errStop) {
				return
			}
			if err != nil {
				report(err)
			}
		}
	}, w.encoder(), func(d *hearsay.Document, out []byte, err error) {
		if err != nil {
			report(err)
			return
		}
		if out != nil {
			_, err = w.w.Write(out)
		} else {
			err = w.write(d)
		}
		if err != nil {
			report(err)
		}
	})
	if err := w.close(); err != nil {
		report(err)
	}
	if err := out.Flush(); err != nil {
		report(fmt.Errorf("write output: %w", err))
	}
	if *memprofile != "" {
		if f, err := os.Create(*memprofile); err == nil {
			runtime.GC()
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		} else {
			report(err)
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(c.stderr, "hearsay: interrupted")
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

var errStop = errors.New("stopped")

func (c *analyzeCmd) readInput(name string, opt ingest.Options, yield func(hearsay.Article) error, report func(error)) error {
	var r io.Reader
	display := name
	if name == "-" {
		r = c.stdin
		display = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	return ingest.Read(display, r, opt, yield, report)
}

// run analyses the articles produced by read on n workers and hands the
// results to emit in input order, with at most 2n documents in flight so
// that memory stays flat however long the input.
//
// work, if not nil, runs on the worker right after the analysis (to encode
// the output in parallel); emit receives what it returned.
func run(ctx context.Context, p *annotate.Pipeline, n int, read func(yield func(hearsay.Article) error),
	work func(*hearsay.Document) ([]byte, error), emit func(*hearsay.Document, []byte, error)) {
	type job struct {
		seq int
		art hearsay.Article
	}
	type result struct {
		seq int
		doc *hearsay.Document
		out []byte
		err error
	}
	jobs := make(chan job)
	results := make(chan result, n)
	slots := make(chan struct{}, 2*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d, err := p.Analyze(j.art)
				var out []byte
				if err == nil && work != nil {
					out, err = work(d)
				}
				results <- result{j.seq, d, out, err}
			}
		}()
	}
	go func() {
		seq := 0
		read(func(a hearsay.Article) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return errStop
			}
			jobs <- job{seq, a}
			seq++
			return nil
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			emit(r.doc, r.out, r.err)
			<-slots
		}
	}
}

// writer prints documents in one output format.
type writer struct {
	format  string
	w       *bufio.Writer
	enc     *json.Encoder
	n       int
	pending *hearsay.JSONDocument // json: the first document, until we know whether more follow
}

func newWriter(format string, w *bufio.Writer) *writer {
	wr := &writer{format: format, w: w, enc: json.NewEncoder(w)}
	wr.enc.SetEscapeHTML(false)
	if format == "json" {
		wr.enc.SetIndent("", "  ")
	}
	return wr
}

// encoder returns, for JSONL, the per-document encoding the workers run in
// parallel; nil for the other formats, which the writer renders.
func (w *writer) encoder() func(*hearsay.Document) ([]byte, error) {
	if w.format != "jsonl" {
		return nil
	}
	return func(d *hearsay.Document) ([]byte, error) {
		var b bytes.Buffer
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(false)
		if err := e.Encode(d.JSON()); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
}

func (w *writer) element(j *hearsay.JSONDocument) error {
	b, err := json.MarshalIndent(j, "  ", "  ")
	if err != nil {
		return err
	}
	w.w.WriteString("  ")
	_, err = w.w.Write(b)
	return err
}

func (w *writer) write(d *hearsay.Document) error {
	defer func() { w.n++ }()
	switch w.format {
	case "jsonl":
		return w.enc.Encode(d.JSON())
	case "json":
		// one document is printed as an object; several as an array
		// whose elements are streamed
		if w.n == 0 {
			w.pending = d.JSON()
			return nil
		}
		if w.n == 1 {
			w.w.WriteString("[\n")
			if err := w.element(w.pending); err != nil {
				return err
			}
			w.pending = nil
		}
		w.w.WriteString(",\n")
		return w.element(d.JSON())
	default:
		return writeReport(w.w, d)
	}
}

func (w *writer) close() error {
	if w.format != "json" {
		return nil
	}
	switch {
	case w.n == 1:
		return w.enc.Encode(w.pending)
	case w.n > 1:
		_, err := w.w.WriteString("\n]\n")
		return err
	}
	return nil
}

func defaultWorkers() int { return runtime.GOMAXPROCS(0) }
