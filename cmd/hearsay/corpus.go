package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"hearsay"
	"hearsay/ingest/plaintext"
	"hearsay/internal/sqlstore"
	"hearsay/lineage"
)

// parse parses flags with the usual help and usage-error handling; ok is
// false when the command should return code.
func parse(fs *flag.FlagSet, args []string, usage string, w io.Writer) (code int, ok bool) {
	fs.SetOutput(w)
	fs.Usage = func() { fmt.Fprint(w, usage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

// writeJSON writes v indented, without HTML escaping (text is data here).
func writeJSON(w io.Writer, v any) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	e.SetEscapeHTML(false)
	return e.Encode(v)
}

func fail(w io.Writer, cmd string, err error) int {
	fmt.Fprintf(w, "hearsay %s: %v\n", cmd, err)
	return 1
}

func evidenceOf(s string) (hearsay.Evidence, bool) {
	for e := hearsay.Unattributed; e <= hearsay.Reported; e++ {
		if e.String() == s {
			return e, true
		}
	}
	return 0, false
}

type queryCmd struct{ stdout, stderr io.Writer }

const queryUsage = `Usage: hearsay query [flags]

Prints the stored quotes that match every given filter, oldest first.

Examples:
  hearsay query --speaker "Justin Timberlake"
  hearsay query --evidence anonymous --outlet "Closer Magazine" --since 2021-01-01
  hearsay query --text "emotional phone call" --format json

Flags:
`

// filterFlags adds the quote filters to fs.
func filterFlags(fs *flag.FlagSet) func() (hearsay.QuoteFilter, error) {
	speaker := fs.String("speaker", "", "speaker's name (or the words naming the speaker)")
	entity := fs.String("entity", "", "an entity mentioned in the article (name or alias)")
	outlet := fs.String("outlet", "", "the article's outlet")
	evidence := fs.String("evidence", "", "evidence grade: on_record, anonymous, reported, unattributed")
	since := fs.String("since", "", "published on or after `YYYY-MM-DD`")
	until := fs.String("until", "", "published on or before `YYYY-MM-DD`")
	text := fs.String("text", "", "full-text search in the quote")
	limit := fs.Int("limit", 100, "at most this many quotes")
	return func() (hearsay.QuoteFilter, error) {
		f := hearsay.QuoteFilter{Speaker: *speaker, Entity: *entity, Outlet: *outlet, Text: *text, Limit: *limit}
		if *evidence != "" {
			e, ok := evidenceOf(*evidence)
			if !ok {
				return f, fmt.Errorf("unknown evidence grade %q", *evidence)
			}
			f.Evidence, f.HasEvidence = e, true
		}
		var err error
		if f.Since, err = plaintext.Date(*since); err != nil {
			return f, fmt.Errorf("-since: %w", err)
		}
		if f.Until, err = plaintext.Date(*until); err != nil {
			return f, fmt.Errorf("-until: %w", err)
		}
		return f, nil
	}
}

func (c *queryCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay query", flag.ContinueOnError)
	db := dbFlag(fs)
	format := fs.String("format", "table", "output: table, json, jsonl or csv")
	filter := filterFlags(fs)
	if code, ok := parse(fs, args, queryUsage, c.stderr); !ok {
		return code
	}
	f, err := filter()
	if err != nil {
		fmt.Fprintf(c.stderr, "hearsay query: %v\n", err)
		return 2
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return fail(c.stderr, "query", err)
	}
	defer s.Close()
	qs, err := s.Quotes(ctx, f)
	if err != nil {
		return fail(c.stderr, "query", err)
	}
	if err := writeQuotes(c.stdout, *format, qs); err != nil {
		return fail(c.stderr, "query", err)
	}
	return 0
}

func writeQuotes(w io.Writer, format string, qs []hearsay.QuoteRecord) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	switch format {
	case "json":
		if qs == nil {
			qs = []hearsay.QuoteRecord{}
		}
		return writeJSON(bw, qs)
	case "jsonl":
		e := json.NewEncoder(bw)
		e.SetEscapeHTML(false)
		for _, q := range qs {
			if err := e.Encode(q); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(bw)
		cw.Write([]string{"id", "published", "outlet", "speaker", "anonymous", "evidence", "kind", "cue", "text", "cluster", "url"})
		for _, q := range qs {
			cw.Write([]string{strconv.FormatInt(q.ID, 10), q.Published, csvSafe(q.Outlet), csvSafe(q.Speaker), strconv.FormatBool(q.Anonymous),
				q.Evidence, q.Kind, csvSafe(q.Cue), csvSafe(q.Text), strconv.FormatInt(q.Cluster, 10), csvSafe(q.URL)})
		}
		cw.Flush()
		return cw.Error()
	case "table":
		for _, q := range qs {
			sp := q.Speaker
			if sp == "" {
				sp = "(nobody)"
			}
			fmt.Fprintf(bw, "%6d  %-10s  %-18s  %-12s  %-24s  “%s”\n", q.ID, q.Published, oneLine(q.Outlet, 18),
				q.Evidence, oneLine(sp, 24), oneLine(q.Text, 120))
		}
		fmt.Fprintf(bw, "%d quotes\n", len(qs))
		return nil
	}
	return fmt.Errorf("unknown format %q (table, json, jsonl, csv)", format)
}

// csvSafe keeps a spreadsheet from reading article text as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

type lineageCmd struct{ stdout, stderr io.Writer }

const lineageUsage = `Usage: hearsay lineage [flags] QUOTE-ID|"text"

Shows every printing of a statement across the corpus in publication
order: who printed it first, which copies are verbatim syndication of the
same story, and how each variant's wording differs from the earliest —
with what matters to a fact-checker flagged: a hedge dropped or added, a
changed speaker or grade, an anonymous source turned into a named one.

Flags:
`

// Printing is one printing of a statement in a lineage.
type Printing struct {
	hearsay.QuoteRecord
	Syndicated string           `json:"syndicated_from,omitempty"` // the doc key of an earlier identical article
	Changes    *lineage.Variant `json:"changes,omitempty"`
}

func (c *lineageCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay lineage", flag.ContinueOnError)
	db := dbFlag(fs)
	format := fs.String("format", "text", "output: text or json")
	if code, ok := parse(fs, args, lineageUsage, c.stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return fail(c.stderr, "lineage", err)
	}
	defer s.Close()
	ps, err := lineageOf(ctx, s, fs.Arg(0))
	if err != nil {
		return fail(c.stderr, "lineage", err)
	}
	bw := bufio.NewWriter(c.stdout)
	defer bw.Flush()
	if *format == "json" {
		if err := writeJSON(bw, ps); err != nil {
			return fail(c.stderr, "lineage", err)
		}
		return 0
	}
	first := ps[0]
	fmt.Fprintf(bw, "“%s”\nfirst printed by %s on %s (%s, %s)\n%d printings:\n", oneLine(first.Text, 200), oneLine(first.Outlet, 40),
		first.Published, oneLine(first.Speaker, 40), first.Evidence, len(ps))
	for i, p := range ps {
		fmt.Fprintf(bw, "%2d. %-10s %-20s %-28s %-12s", i+1, p.Published, oneLine(p.Outlet, 20), oneLine(p.Speaker, 28), p.Evidence)
		if p.Syndicated != "" {
			fmt.Fprintf(bw, " syndicated copy of %s", oneLine(p.Syndicated, 60))
		}
		if p.Changes != nil {
			fmt.Fprintf(bw, " [%s]", strings.Join(p.Changes.Flags, ", "))
		}
		fmt.Fprintln(bw)
		if p.Changes != nil && !contains(p.Changes.Flags, "verbatim") {
			fmt.Fprintf(bw, "      %s\n", diffText(p.Changes.Diff))
		}
	}
	return 0
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// diffText renders a word diff: [-dropped-] {+added+}.
func diffText(ops []lineage.Op) string {
	var b strings.Builder
	for i, op := range ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		t := oneLine(op.Text, 200)
		switch op.Kind {
		case "+":
			b.WriteString("{+" + t + "+}")
		case "-":
			b.WriteString("[-" + t + "-]")
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

// lineageOf resolves a quote id or a text and returns its printings,
// earliest first, each compared with the earliest.
func lineageOf(ctx context.Context, s *sqlstore.Store, arg string) ([]Printing, error) {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil {
		// a text: the best full-text match, else words of it
		qs, err := s.Quotes(ctx, hearsay.QuoteFilter{Text: ftsPhrase(arg), Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(qs) == 0 {
			return nil, fmt.Errorf("no stored quote matches %q", arg)
		}
		id = qs[0].ID
	}
	qs, err := s.Lineage(ctx, id)
	if err != nil {
		return nil, err
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("quote %d: %w", id, hearsay.ErrNotFound)
	}
	texts := map[string]string{}
	docText := func(key string) string {
		if t, ok := texts[key]; ok {
			return t
		}
		j, err := s.Document(ctx, key)
		if err != nil {
			return ""
		}
		texts[key] = j.Text
		return j.Text
	}
	printing := func(q hearsay.QuoteRecord) lineage.Printing {
		c, _ := s.Context(ctx, q.ID)
		return lineage.Printing{Text: q.Text, Speaker: q.Speaker, Anonymous: q.Anonymous, Evidence: q.Evidence, Context: c}
	}
	out := make([]Printing, len(qs))
	base := printing(qs[0])
	for i, q := range qs {
		out[i].QuoteRecord = q
		for j := 0; j < i; j++ {
			if qs[j].DocKey != q.DocKey && docText(qs[j].DocKey) != "" && docText(qs[j].DocKey) == docText(q.DocKey) {
				out[i].Syndicated = qs[j].DocKey
				break
			}
		}
		if i > 0 {
			v := lineage.Compare(base, printing(q))
			out[i].Changes = &v
		}
	}
	return out, nil
}

// ftsPhrase quotes text as one phrase for full-text search, so that its
// punctuation and operators are taken literally.
func ftsPhrase(text string) string {
	w := lineage.Words(text)
	if len(w) > 12 {
		w = w[:12]
	}
	return `"` + strings.ReplaceAll(strings.Join(w, " "), `"`, "") + `"`
}

type entitiesCmd struct{ stdout, stderr io.Writer }

const entitiesUsage = `Usage: hearsay entities [flags] [NAME]

Lists the people, organisations, places and works of the corpus whose name
or alias contains NAME (all when empty), with the names and descriptors
used for each across articles.

Flags:
`

func (c *entitiesCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay entities", flag.ContinueOnError)
	db := dbFlag(fs)
	format := fs.String("format", "table", "output: table or json")
	limit := fs.Int("limit", 50, "at most this many entities")
	if code, ok := parse(fs, args, entitiesUsage, c.stderr); !ok {
		return code
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return fail(c.stderr, "entities", err)
	}
	defer s.Close()
	es, err := s.Entities(ctx, strings.Join(fs.Args(), " "), *limit)
	if err != nil {
		return fail(c.stderr, "entities", err)
	}
	bw := bufio.NewWriter(c.stdout)
	defer bw.Flush()
	if *format == "json" {
		if es == nil {
			es = []hearsay.CorpusEntity{}
		}
		if err := writeJSON(bw, es); err != nil {
			return fail(c.stderr, "entities", err)
		}
		return 0
	}
	for _, e := range es {
		var as []string
		for _, a := range e.Aliases {
			as = append(as, oneLine(a, 40))
		}
		fmt.Fprintf(bw, "%-6s %-30s %4d articles  %s\n", e.Type, oneLine(e.Name, 30), e.Documents, strings.Join(as, " · "))
	}
	return 0
}

type outletsCmd struct{ stdout, stderr io.Writer }

const outletsUsage = `Usage: hearsay outlets [flags]

Prints each outlet's sourcing profile: its quotes by evidence grade, the
anonymous descriptors it relies on, and the outlets and platforms its
quotes came through (the citation graph, from "told Closer Magazine",
"posted on Instagram").

Flags:
`

func (c *outletsCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay outlets", flag.ContinueOnError)
	db := dbFlag(fs)
	format := fs.String("format", "table", "output: table or json")
	if code, ok := parse(fs, args, outletsUsage, c.stderr); !ok {
		return code
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return fail(c.stderr, "outlets", err)
	}
	defer s.Close()
	ps, err := s.Outlets(ctx)
	if err != nil {
		return fail(c.stderr, "outlets", err)
	}
	bw := bufio.NewWriter(c.stdout)
	defer bw.Flush()
	if *format == "json" {
		if err := writeJSON(bw, ps); err != nil {
			return fail(c.stderr, "outlets", err)
		}
		return 0
	}
	pct := func(n, d int) float64 {
		if d == 0 {
			return 0
		}
		return 100 * float64(n) / float64(d)
	}
	for _, p := range ps {
		name := p.Outlet
		if name == "" {
			name = "(unknown outlet)"
		}
		fmt.Fprintf(bw, "%-24s %4d articles %5d quotes: %3.0f%% on record, %3.0f%% anonymous, %3.0f%% reported, %3.0f%% unattributed\n",
			oneLine(name, 24), p.Documents, p.Quotes, pct(p.OnRecord, p.Quotes), pct(p.Anonymous, p.Quotes), pct(p.Reported, p.Quotes), pct(p.Unattributed, p.Quotes))
		if len(p.Descriptors) > 0 {
			fmt.Fprintf(bw, "    anonymous sources: %s\n", topCounts(p.Descriptors, 6))
		}
		if len(p.Cites) > 0 {
			fmt.Fprintf(bw, "    via: %s\n", topCounts(p.Cites, 6))
		}
	}
	return 0
}

func topCounts(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	var out []string
	for i, e := range kvs {
		if i == n {
			break
		}
		out = append(out, fmt.Sprintf("%s ×%d", oneLine(e.k, 40), e.v))
	}
	return strings.Join(out, ", ")
}
