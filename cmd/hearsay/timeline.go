package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"hearsay"
)

type timelineCmd struct{ stdout, stderr io.Writer }

const timelineUsage = `Usage: hearsay timeline [flags] PERSON [PERSON]

Prints the events of a person, or of a pair, across the corpus in time
order — break-ups and relationships, releases, backlash, apologies, calls
and meetings — each with its time, its evidence grade and its source.

Example:
  hearsay timeline "Britney Spears" "Justin Timberlake"

Flags:
`

// TimelineEvent is one event of a timeline.
type TimelineEvent struct {
	Kind         string   `json:"kind"`
	Time         string   `json:"time,omitempty"`
	Bound        string   `json:"bound,omitempty"`
	Participants []string `json:"participants"`
	Evidence     string   `json:"evidence"`
	Source       string   `json:"source,omitempty"`
	Via          []string `json:"via,omitempty"`
	Text         string   `json:"text"` // the sentence it is told in
	Document     string   `json:"document"`
	Outlet       string   `json:"outlet,omitempty"`
	Published    string   `json:"published,omitempty"`
	key          float64
}

func (c *timelineCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay timeline", flag.ContinueOnError)
	db := dbFlag(fs)
	format := fs.String("format", "text", "output: text or json")
	if code, ok := parse(fs, args, timelineUsage, c.stderr); !ok {
		return code
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		fs.Usage()
		return 2
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return fail(c.stderr, "timeline", err)
	}
	defer s.Close()
	keys, err := s.DocumentKeys(ctx, fs.Arg(0), 5000)
	if err != nil {
		return fail(c.stderr, "timeline", err)
	}
	var evs []TimelineEvent
	for _, k := range keys {
		j, err := s.Document(ctx, k)
		if err != nil {
			return fail(c.stderr, "timeline", err)
		}
		evs = append(evs, timeline(j, fs.Args())...)
	}
	evs = dedupe(evs)
	sort.SliceStable(evs, func(a, b int) bool { return evs[a].key < evs[b].key })
	bw := bufio.NewWriter(c.stdout)
	defer bw.Flush()
	if *format == "json" {
		if evs == nil {
			evs = []TimelineEvent{}
		}
		if err := writeJSON(bw, evs); err != nil {
			return fail(c.stderr, "timeline", err)
		}
		return 0
	}
	fmt.Fprintf(bw, "%s: %d events\n", strings.Join(fs.Args(), " & "), len(evs))
	for _, e := range evs {
		when := e.Time
		switch e.Bound {
		case "before":
			when = "before " + e.Time
		case "reported":
			when = "by " + e.Time + " (reported)"
		case "":
			when = "undated"
		}
		src := e.Source
		if src == "" {
			// nobody the document names as a person: the writer's own
			// narration, or a claim of a source it does not name ("…,
			// according to local police")
			src = "the writer"
			if e.Evidence != "unattributed" {
				src = "a source not identified"
			}
		}
		if len(e.Via) > 0 {
			src += " via " + strings.Join(e.Via, ", ")
		}
		fmt.Fprintf(bw, "  %-22s %-12s %-12s %-40s %s\n", when, e.Kind, e.Evidence, oneLine(src, 40), oneLine(e.Outlet+" "+e.Published, 40))
		fmt.Fprintf(bw, "      %s\n", oneLine(e.Text, 160))
	}
	return 0
}

// nameMatches reports whether an entity name names the person asked for:
// equal, or one a run of whole words of the other ("Spears").
func nameMatches(entity, asked string) bool {
	e, a := strings.ToLower(entity), strings.ToLower(asked)
	return e == a || strings.Contains(" "+a+" ", " "+e+" ") && len(e) > 3 || strings.Contains(" "+e+" ", " "+a+" ")
}

// timeline returns the events of document j whose participants include
// every person asked for, with a time key comparable across documents.
func timeline(j *hearsay.JSONDocument, people []string) []TimelineEvent {
	names := map[string]string{}
	for _, e := range j.Entities {
		names[e.ID] = e.Name
	}
	// time keys: dated events by date; undated ones just before the next
	// dated event in the document's own order, else at publication
	keyOf := func(ev hearsay.JSONEvent) (float64, bool) {
		if ev.Time == "" || len(ev.Time) < 4 {
			return 0, false
		}
		y, err := strconv.Atoi(ev.Time[:4])
		if err != nil {
			return 0, false
		}
		k := float64(y)
		if len(ev.Time) >= 7 {
			if m, err := strconv.Atoi(ev.Time[5:7]); err == nil {
				k += float64(m-1) / 12
			}
		}
		switch ev.Bound {
		case "before":
			k -= 0.5
		case "reported":
			k += 0.99
		}
		return k, true
	}
	byOrder := append([]hearsay.JSONEvent(nil), j.Events...)
	sort.Slice(byOrder, func(a, b int) bool { return byOrder[a].Order < byOrder[b].Order })
	pubKey := 1e6
	if j.Published != nil && len(*j.Published) >= 4 {
		if y, err := strconv.Atoi((*j.Published)[:4]); err == nil {
			pubKey = float64(y) + 0.999
		}
	}
	keys := make([]float64, len(byOrder))
	for i := len(byOrder) - 1; i >= 0; i-- {
		if k, ok := keyOf(byOrder[i]); ok {
			keys[i] = k
			continue
		}
		next := pubKey
		if i+1 < len(byOrder) {
			next = keys[i+1]
		}
		keys[i] = next - 0.001
	}
	var out []TimelineEvent
	for i, ev := range byOrder {
		var parts []string
		for _, p := range ev.Participants {
			parts = append(parts, names[p])
		}
		all := true
		for _, person := range people {
			found := false
			for _, p := range parts {
				if nameMatches(p, person) {
					found = true
				}
			}
			all = all && found
		}
		if !all {
			continue
		}
		te := TimelineEvent{Kind: ev.Kind, Time: ev.Time, Bound: ev.Bound, Participants: parts, Evidence: ev.Evidence,
			Text: sentenceAround(j.Text, ev.Start, ev.End), Document: j.ID, Outlet: j.Outlet, key: keys[i]}
		if j.URL != "" {
			te.Document = j.URL
		}
		if j.Published != nil {
			te.Published = *j.Published
		}
		if ev.Source != nil {
			te.Source = names[*ev.Source]
		} else {
			// a claim's speaker the document does not name as a person
			// ("…, according to local police")
			for _, q := range j.Quotes {
				if sp := q.Speaker; sp != nil && q.Start <= ev.Start && ev.End <= q.End && sp.Start < sp.End && sp.End <= len(j.Text) {
					te.Source = j.Text[sp.Start:sp.End]
					break
				}
			}
		}
		for _, v := range ev.Via {
			te.Via = append(te.Via, names[v])
		}
		out = append(out, te)
	}
	return out
}

// sentenceAround returns the text around [s,e) up to sentence marks.
func sentenceAround(text string, s, e int) string {
	a := strings.LastIndexAny(text[:s], ".!?\n")
	b := strings.IndexAny(text[e:], ".!?\n")
	if b < 0 {
		b = len(text) - e
	}
	return strings.TrimSpace(text[a+1 : e+b+1])
}

// dedupe merges the same event reported by several documents (same kind,
// time and participants), keeping the best-sourced printing.
func dedupe(evs []TimelineEvent) []TimelineEvent {
	rank := map[string]int{"on_record": 3, "anonymous": 2, "reported": 1, "unattributed": 0}
	seen := map[string]int{}
	var out []TimelineEvent
	for _, e := range evs {
		k := e.Kind + "|" + e.Time + "|" + e.Bound + "|" + strings.Join(e.Participants, ",")
		if e.Time == "" {
			k += "|" + e.Document
		}
		if i, ok := seen[k]; ok {
			if rank[e.Evidence] > rank[out[i].Evidence] {
				out[i] = e
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	return out
}
