package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"

	"hearsay"
)

// writeReport prints a readable summary of d: its people with their
// mentions, then each quote with its speaker, cue and evidence grade.
func writeReport(w *bufio.Writer, d *hearsay.Document) error {
	fmt.Fprintf(w, "== %s\n", oneLine(d.ID, 100))
	if d.Title != "" {
		fmt.Fprintf(w, "title:     %s\n", oneLine(d.Title, 100))
	}
	if d.Outlet != "" || d.Byline != "" {
		fmt.Fprintf(w, "outlet:    %s   byline: %s\n", oneLine(d.Outlet, 40), oneLine(d.Byline, 40))
	}
	pub := d.Published
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(w, "published: %s   %d paragraphs, %d sentences, %d words\n", pub, len(d.Paragraphs), len(d.Sentences), words(d))

	var counts [4]int
	for _, q := range d.Quotes {
		counts[q.Evidence]++
	}
	fmt.Fprintf(w, "sourcing:  %d quotes: %d on record, %d anonymous, %d reported, %d unattributed\n",
		len(d.Quotes), counts[hearsay.OnRecord], counts[hearsay.Anonymous], counts[hearsay.Reported], counts[hearsay.Unattributed])

	if len(d.Entities) > 0 {
		fmt.Fprintln(w, "\nPeople")
		unnamed := 0
		for i, e := range d.Entities {
			if e.Type != hearsay.Person {
				continue
			}
			if !e.Anonymous && len(e.Members) == 0 && !d.Named(i) {
				unnamed++
				continue
			}
			kind := ""
			if e.Anonymous {
				kind = " (anonymous source)"
			}
			var ms []string
			seen := map[string]bool{}
			for _, mi := range e.Mentions {
				t := oneLine(d.Slice(d.Mentions[mi].Span), 40)
				if !seen[t] {
					seen[t] = true
					ms = append(ms, t)
				}
			}
			fmt.Fprintf(w, "  e%-3d %s%s, %d mentions: %s\n", i+1, oneLine(e.Name, 60), kind, len(e.Mentions), strings.Join(ms, " · "))
		}
		if unnamed > 0 {
			fmt.Fprintf(w, "  and %d more people never named (a descriptor or pronoun only; in --format json)\n", unnamed)
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintln(w, "\nQuotes")
		for i, q := range d.Quotes {
			fmt.Fprintf(w, "  q%-3d %-8s %-12s “%s”\n", i+1, q.Kind, q.Evidence, oneLine(d.Slice(q.Span), 160))
			sp := "(none found)"
			if q.Speaker != nil {
				sp = oneLine(d.Slice(q.Speaker.Span), 60)
				if q.Speaker.Entity >= 0 {
					if n := d.Entities[q.Speaker.Entity].Name; n != sp {
						sp += " → " + oneLine(n, 60)
					}
				}
				if q.Speaker.Anonymous {
					sp += " [anonymous]"
				}
			}
			cue := "-"
			if q.Cue != nil {
				cue = d.Slice(*q.Cue)
			}
			fmt.Fprintf(w, "       speaker: %s   cue: %s", sp, oneLine(cue, 30))
			if q.Hedge != nil {
				fmt.Fprintf(w, "   hedge: %s", oneLine(d.Slice(*q.Hedge), 30))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	return nil
}

func words(d *hearsay.Document) int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == hearsay.Word || t.Kind == hearsay.Number {
			n++
		}
	}
	return n
}

// oneLine shortens s to at most max runes on one line, with control
// characters (including terminal escapes from hostile input) replaced.
func oneLine(s string, max int) string {
	var b strings.Builder
	n := 0
	space := false
	for _, r := range s {
		if r == '\n' || r == '\t' || r == '\r' || r == ' ' {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				n++
			}
			space = true
			continue
		}
		space = false
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == utf8.RuneError {
			r = '�'
		}
		if n >= max {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String())
}
