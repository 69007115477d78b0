package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"hearsay"
	"hearsay/annotate"
	"hearsay/ingest"
	"hearsay/ingest/feed"
	"hearsay/ingest/htmldoc"
	"hearsay/ingest/plaintext"
)

type ingestCmd struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// isTerminal reports whether progress can be redrawn in place.
	isTerminal bool
}

const ingestUsage = `Usage: hearsay ingest [flags] SOURCE...

Analyses articles and stores them in a corpus (SQLite by default, or
PostgreSQL with --db postgres://…). A SOURCE is a file or directory (text,
HTML, JSON, JSONL, RSS/Atom, WARC, WARC.gz), an http(s) URL of a feed or
page, or - for standard input.

An article is identified by its URL, or lacking one by a hash of its text:
ingesting it again changes nothing. Each article is stored in one
transaction, so an interrupted run leaves no half-written article and a
rerun finishes the rest.

Several ingest processes, on one machine or many, may share one database:
point them at the same PostgreSQL (or SQLite file with --share) and give
each a distinct --owner (the default is host:pid). Each article is claimed
in the database before it is analysed, so the processes split the input
between them; a claim lapses after two minutes, so the articles of a
process that died are taken up by the next run.

Flags:
`

// batchSize is the most documents stored in one transaction, and
// batchWait the longest a document waits for its batch to fill: larger
// transactions write the lineage and full-text indexes' pages fewer times
// (the lineage index's rows land at random keys, so a transaction dirties
// up to one page a row: on 12,000 quote-dense articles, batches of 512
// stored 560 articles/s where batches of 128 stored 360).
// The writer takes what the analysers have queued: a batch is written
// once batchMin documents wait and no more are queued, so that a writer
// that keeps up writes small batches at once and one that falls behind
// writes larger ones, up to batchSize.
const (
	batchSize = 512
	batchMin  = 64
	batchWait = time.Second
)

// stats of one ingest run.
type ingestStats struct {
	mu        sync.Mutex
	read      int
	stored    int
	existing  int
	claimed   int
	failed    map[string]int
	start     time.Time
	files     int
	filesDone int
}

func (st *ingestStats) fail(err error) {
	st.mu.Lock()
	st.failed[reason(err)]++
	st.mu.Unlock()
}

// reason classifies an ingest error for the summary.
func reason(err error) string {
	s := err.Error()
	switch {
	case errors.Is(err, plaintext.ErrEmpty):
		return "empty document"
	case errors.Is(err, plaintext.ErrBinary):
		return "binary data"
	case errors.Is(err, plaintext.ErrTooBig):
		return "over the size limit"
	case errors.Is(err, feed.ErrNotFeed):
		return "not a feed"
	case errors.Is(err, htmldoc.ErrNoText):
		return "no article text in page"
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	case strings.Contains(s, "invalid UTF-8"):
		return "invalid UTF-8"
	case strings.Contains(s, "invalid JSON"):
		return "invalid JSON"
	case strings.Contains(s, "HTTP "):
		return "HTTP error"
	case strings.Contains(s, "dial tcp") || strings.Contains(s, "no such host") || strings.Contains(s, "connection refused"):
		return "network error"
	case strings.Contains(s, "record "):
		return "corrupt or truncated archive"
	}
	return "other"
}

func (c *ingestCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay ingest", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	db := dbFlag(fs)
	workers := fs.Int("workers", defaultWorkers(), "articles analysed in parallel")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for inputs that carry none")
	owner := fs.String("owner", defaultOwner(), "this process's name in work claims shared with other ingesters")
	share := fs.Bool("share", false, "claim each article before analysing it, so that concurrent ingesters split the work (always on for PostgreSQL)")
	maxMiB := fs.Int64("max-mib", ingest.DefaultMaxBytes>>20, "largest document or JSONL line accepted, in MiB")
	progress := fs.Bool("progress", c.isTerminal, "redraw a progress line on standard error")
	fs.Usage = func() { fmt.Fprint(c.stderr, ingestUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *published != "" {
		d, err := plaintext.Date(*published)
		if err != nil {
			fmt.Fprintf(c.stderr, "hearsay ingest: -published: %v\n", err)
			return 2
		}
		*published = d
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(c.stderr, "hearsay ingest: %v\n", err)
		return 1
	}
	defer store.Close()
	if strings.HasPrefix(*db, "postgres://") || strings.HasPrefix(*db, "postgresql://") {
		*share = true
	}
	st := &ingestStats{failed: map[string]int{}, start: time.Now()}
	var outMu sync.Mutex
	report := func(err error) {
		st.fail(err)
		outMu.Lock()
		if *progress {
			fmt.Fprint(c.stderr, "\r\033[K")
		}
		fmt.Fprintf(c.stderr, "hearsay: %v\n", err)
		outMu.Unlock()
	}
	opt := ingest.Options{Published: *published, MaxBytes: *maxMiB << 20}
	stopProgress := func() {}
	if *progress {
		stopProgress = c.progress(st, &outMu)
	}
	var sources []string
	for _, a := range fs.Args() {
		if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			sources = append(sources, a)
			continue
		}
		sources = append(sources, ingest.Files([]string{a}, report)...)
	}
	st.files = len(sources)
	p := annotate.Default()
	// Documents are stored in batches, one transaction each: a crash
	// loses at most the batch in flight, never part of a document.
	var batch []*hearsay.Document
	flush := func() {
		if len(batch) == 0 {
			return
		}
		created, err := store.PutBatch(ctx, batch)
		if err != nil {
			// find the culprit: store one by one
			created = make([]bool, len(batch))
			for i, d := range batch {
				if created[i], err = store.Put(ctx, d); err != nil {
					report(fmt.Errorf("%s: %w", d.Input, err))
				}
			}
		}
		st.mu.Lock()
		for _, c := range created {
			if c {
				st.stored++
			} else {
				st.existing++
			}
		}
		st.mu.Unlock()
		batch = batch[:0]
	}
	// The store writes in a goroutine of its own, so that analysis goes on
	// while a batch is written; at most batchSize documents wait for it.
	docs := make(chan *hearsay.Document, batchSize)
	written := make(chan struct{})
	go func() {
		defer close(written)
		tick := time.NewTicker(batchWait)
		defer tick.Stop()
		wait := true // block for the next document, or only take what is queued
		for {
			var d *hearsay.Document
			ok, got := true, true
			if wait {
				select {
				case d, ok = <-docs:
				case <-tick.C:
					flush()
					continue
				}
			} else {
				select {
				case d, ok = <-docs:
				default:
					got = false
				}
			}
			switch {
			case !ok:
				flush()
				return
			case got:
				batch = append(batch, d)
			}
			// the queue is empty (or the batch full): write a batch big
			// enough, else wait for more
			if len(batch) >= batchSize || !got && len(batch) >= batchMin {
				flush()
			}
			wait = !got || len(batch) == 0
		}
	}()
	// the store's work that needs no database is done by the analysis
	// workers, so that the writer only writes
	prepare := func(d *hearsay.Document) ([]byte, error) { store.Prepare(d); return nil, nil }
	run(ctx, p, *workers, func(yield func(hearsay.Article) error) {
		claimYield := func(a hearsay.Article) error {
			st.mu.Lock()
			st.read++
			st.mu.Unlock()
			key := hearsay.Key(a)
			var ok bool
			var err error
			if *share {
				ok, err = store.Claim(ctx, key, *owner)
			} else {
				// alone on the file: a read, no write, decides
				var has bool
				has, err = store.Has(ctx, key)
				ok = !has
			}
			if err != nil {
				report(fmt.Errorf("%s: %w", a.Input, err))
				return nil
			}
			if !ok {
				if has, _ := store.Has(ctx, key); has {
					st.mu.Lock()
					st.existing++
					st.mu.Unlock()
				} else {
					st.mu.Lock()
					st.claimed++
					st.mu.Unlock()
				}
				return nil
			}
			return yield(a)
		}
		for _, src := range sources {
			if ctx.Err() != nil {
				return
			}
			var err error
			if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
				err = fetch(ctx, src, opt, claimYield, report)
			} else {
				err = (&analyzeCmd{stdin: c.stdin}).readInput(src, opt, claimYield, report)
			}
			if errors.Is(err, errStop) {
				return
			}
			if err != nil {
				report(err)
			}
			st.mu.Lock()
			st.filesDone++
			st.mu.Unlock()
		}
	}, prepare, func(d *hearsay.Document, _ []byte, err error) {
		if err != nil {
			report(err)
			return
		}
		docs <- d
	})
	close(docs)
	<-written
	stopProgress()
	el := time.Since(st.start).Seconds()
	nf := 0
	var reasons []string
	for r, n := range st.failed {
		nf += n
		reasons = append(reasons, fmt.Sprintf("%d %s", n, r))
	}
	sort.Strings(reasons)
	fmt.Fprintf(c.stdout, "ingested %d new articles into %s (%d already stored, %d claimed by another ingester) from %d sources in %.1fs, %.0f articles/s",
		st.stored, *db, st.existing, st.claimed, st.files, el, float64(st.read)/max(el, 1e-9))
	if nf > 0 {
		fmt.Fprintf(c.stdout, "; %d failures: %s", nf, strings.Join(reasons, ", "))
	}
	fmt.Fprintln(c.stdout)
	if ctx.Err() != nil {
		return 1
	}
	if nf > 0 {
		return 1
	}
	return 0
}

// progress redraws one status line every 200 ms until the returned stop
// function is called.
func (c *ingestCmd) progress(st *ingestStats, mu *sync.Mutex) func() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				mu.Lock()
				fmt.Fprint(c.stderr, "\r\033[K")
				mu.Unlock()
				return
			case <-t.C:
			}
			st.mu.Lock()
			el := time.Since(st.start).Seconds()
			rate := float64(st.read) / max(el, 1e-9)
			eta := ""
			if st.filesDone > 0 && st.files > st.filesDone {
				eta = fmt.Sprintf(", ETA %s", (time.Duration(el/float64(st.filesDone)*float64(st.files-st.filesDone)) * time.Second).Round(time.Second))
			}
			line := fmt.Sprintf("\r\033[K%d/%d sources, %d articles stored, %d skipped, %.0f articles/s%s",
				st.filesDone, st.files, st.stored, st.existing+st.claimed, rate, eta)
			st.mu.Unlock()
			mu.Lock()
			fmt.Fprint(c.stderr, line)
			mu.Unlock()
		}
	}()
	return func() { close(done); wg.Wait() }
}

// fetch reads a feed or a page from an http(s) URL.
func fetch(ctx context.Context, url string, opt ingest.Options, yield func(hearsay.Article) error, report func(error)) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	req.Header.Set("User-Agent", "hearsay/1 (+https://example.com/hearsay)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("GET %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: HTTP %s", url, resp.Status)
	}
	ct := strings.ToLower(resp.Header.Get("Content-Type"))
	o := opt
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.Contains(ct, "xml"):
		o.Format = ingest.Feed
	case strings.Contains(ct, "html"):
		o.Format = ingest.HTML
	}
	return ingest.Read(url, resp.Body, o, func(a hearsay.Article) error {
		if a.URL == "" && o.Format == ingest.HTML {
			a.URL = url
		}
		return yield(a)
	}, report)
}

func defaultOwner() string {
	h, _ := os.Hostname()
	return fmt.Sprintf("%s:%d", h, os.Getpid())
}
