package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"unicode/utf8"

	"hearsay"
	"hearsay/internal/sqlstore"
)

type exportCmd struct{ stdout, stderr io.Writer }

const exportUsage = `Usage: hearsay export [flags]

Writes the stored quotes matching the filters as JSON-LD, one object a
line:
  --as webanno  a W3C Web Annotation per quote: the quote's text and
                position (in characters) in its article, classified by its
                evidence grade and identifying its speaker;
  --as claims   a schema.org Claim per statement, with its author, its
                firstAppearance and every appearance from the lineage.

Flags:
`

func (c *exportCmd) run(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("hearsay export", flag.ContinueOnError)
	db := dbFlag(fs)
	as := fs.String("as", "webanno", "webanno or claims")
	filter := filterFlags(fs)
	if code, ok := parse(fs, args, exportUsage, c.stderr); !ok {
		return code
	}
	f, err := filter()
	if err != nil {
		fmt.Fprintf(c.stderr, "hearsay export: %v\n", err)
		return 2
	}
	if *as != "webanno" && *as != "claims" {
		fmt.Fprintf(c.stderr, "hearsay export: unknown --as %q (webanno, claims)\n", *as)
		return 2
	}
	s, err := openStore(ctx, *db)
	if err != nil {
		return fail(c.stderr, "export", err)
	}
	defer s.Close()
	qs, err := s.Quotes(ctx, f)
	if err != nil {
		return fail(c.stderr, "export", err)
	}
	bw := bufio.NewWriter(c.stdout)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if *as == "webanno" {
		texts := map[string]string{}
		for _, q := range qs {
			t, ok := texts[q.DocKey]
			if !ok {
				j, err := s.Document(ctx, q.DocKey)
				if err != nil {
					return fail(c.stderr, "export", err)
				}
				t = j.Text
				texts[q.DocKey] = t
			}
			if err := enc.Encode(webAnnotation(q, t)); err != nil {
				return fail(c.stderr, "export", err)
			}
		}
		return 0
	}
	done := map[int64]bool{}
	for _, q := range qs {
		if done[q.Cluster] {
			continue
		}
		done[q.Cluster] = true
		cl, err := claim(ctx, s, q)
		if err != nil {
			return fail(c.stderr, "export", err)
		}
		if err := enc.Encode(cl); err != nil {
			return fail(c.stderr, "export", err)
		}
	}
	return 0
}

// chars converts a byte offset in text to a count of code points, as the
// W3C TextPositionSelector counts.
func chars(text string, off int) int { return utf8.RuneCountInString(text[:off]) }

func webAnnotation(q hearsay.QuoteRecord, text string) map[string]any {
	source := q.URL
	if source == "" {
		source = "urn:hearsay:doc:" + q.DocKey
	}
	body := []map[string]any{
		{"type": "TextualBody", "purpose": "classifying", "value": q.Evidence},
		{"type": "TextualBody", "purpose": "tagging", "value": q.Kind},
	}
	if q.Speaker != "" {
		body = append(body, map[string]any{"type": "TextualBody", "purpose": "identifying", "value": q.Speaker,
			"hearsay:anonymous": q.Anonymous})
	}
	sel := []map[string]any{{"type": "TextQuoteSelector", "exact": q.Text}}
	if q.End <= len(text) && q.Start <= q.End {
		sel = append(sel, map[string]any{"type": "TextPositionSelector", "start": chars(text, q.Start), "end": chars(text, q.End)})
	}
	return map[string]any{
		"@context":   []any{"http://www.w3.org/ns/anno.jsonld", map[string]string{"hearsay": "urn:hearsay:vocab#"}},
		"id":         fmt.Sprintf("urn:hearsay:quote:%d", q.ID),
		"type":       "Annotation",
		"motivation": "classifying",
		"created":    q.Published,
		"body":       body,
		"target":     map[string]any{"source": source, "selector": sel},
	}
}

func appearance(q hearsay.QuoteRecord) map[string]any {
	a := map[string]any{"@type": "CreativeWork", "url": q.URL, "datePublished": q.Published, "headline": q.Title}
	if q.Outlet != "" {
		a["publisher"] = map[string]any{"@type": "Organization", "name": q.Outlet}
	}
	return a
}

func claim(ctx context.Context, s *sqlstore.Store, q hearsay.QuoteRecord) (map[string]any, error) {
	lin, err := s.Lineage(ctx, q.ID)
	if err != nil {
		return nil, err
	}
	first := lin[0]
	c := map[string]any{
		"@context":        "https://schema.org",
		"@type":           "Claim",
		"@id":             fmt.Sprintf("urn:hearsay:claim:%d", first.Cluster),
		"text":            first.Text,
		"firstAppearance": appearance(first),
	}
	if first.Speaker != "" {
		kind := "Person"
		if first.Anonymous {
			kind = "Thing" // an unnamed source
		}
		c["author"] = map[string]any{"@type": kind, "name": first.Speaker}
	}
	var apps []any
	for _, l := range lin {
		apps = append(apps, appearance(l))
	}
	c["appearance"] = apps
	return c, nil
}
