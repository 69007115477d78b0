package hearsay

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// SchemaVersion is the version of the JSON contract written by JSON.
const SchemaVersion = 1

// JSONDocument is the JSON form of a Document, schema 1 (docs/schema.md).
// Fields may be added in later versions; existing ones keep their meaning.
type JSONDocument struct {
	Schema    int           `json:"schema"`
	ID        string        `json:"id"`
	Text      string        `json:"text"`
	Published *string       `json:"published"`
	Title     string        `json:"title,omitempty"`
	Byline    string        `json:"byline,omitempty"`
	URL       string        `json:"url,omitempty"`
	Outlet    string        `json:"outlet,omitempty"`
	Entities  []JSONEntity  `json:"entities"`
	Quotes    []JSONQuote   `json:"quotes"`
	Timex     []JSONTimex   `json:"timex"`
	Sourcing  *JSONSourcing `json:"sourcing,omitempty"`
	Events    []JSONEvent   `json:"events,omitempty"`
}

// JSONEvent is an event in time order (added to schema 1: readers that do
// not know it ignore it).
type JSONEvent struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"` // entity ids
	Time         string   `json:"time,omitempty"`
	Bound        string   `json:"bound,omitempty"`
	After        *int     `json:"after,omitempty"` // index in events
	Evidence     string   `json:"evidence"`
	Source       *string  `json:"source,omitempty"` // entity id
	Via          []string `json:"via,omitempty"`
	Order        int      `json:"order"` // rank in the document's time order
}

// JSONEntity is an entity with its mentions.
type JSONEntity struct {
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	Type      EntityType    `json:"type"`
	Anonymous bool          `json:"anonymous,omitempty"`
	Born      string        `json:"born,omitempty"`    // birth-year range, "1981/1982"
	Members   []string      `json:"members,omitempty"` // a group's member entities
	Mentions  []JSONMention `json:"mentions"`
}

// JSONMention is one mention of an entity.
type JSONMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

// JSONQuote is a quote with its attribution.
type JSONQuote struct {
	ID       string       `json:"id"`
	Start    int          `json:"start"`
	End      int          `json:"end"`
	Kind     string       `json:"kind"`
	Speaker  *JSONSpeaker `json:"speaker"`
	Cue      *JSONSpan    `json:"cue"`
	Via      []string     `json:"via"`
	Evidence string       `json:"evidence"`
}

// JSONSpeaker is the speaker of a quote.
type JSONSpeaker struct {
	Entity    *string `json:"entity"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Anonymous bool    `json:"anonymous"`
}

// JSONSpan is a bare span.
type JSONSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// JSONTimex is a time expression.
type JSONTimex struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Type  TimexType `json:"type"`
	Value string    `json:"value"`
}

// JSONSourcing counts the quotes of a document by evidence grade.
type JSONSourcing struct {
	OnRecord     int `json:"on_record"`
	Anonymous    int `json:"anonymous"`
	Reported     int `json:"reported"`
	Unattributed int `json:"unattributed"`
}

func entityID(i int) string { return "e" + strconv.Itoa(i+1) }

// JSON returns the schema-1 form of d.
func (d *Document) JSON() *JSONDocument {
	j := &JSONDocument{
		Schema:   SchemaVersion,
		ID:       d.ID,
		Text:     d.Text,
		Title:    d.Title,
		Byline:   d.Byline,
		URL:      d.URL,
		Outlet:   d.Outlet,
		Entities: make([]JSONEntity, 0, len(d.Entities)),
		Quotes:   make([]JSONQuote, 0, len(d.Quotes)),
		Timex:    make([]JSONTimex, 0, len(d.Timex)),
	}
	if d.Published != "" {
		p := d.Published
		j.Published = &p
	}
	for i, e := range d.Entities {
		je := JSONEntity{ID: entityID(i), Name: e.Name, Type: e.Type, Anonymous: e.Anonymous, Born: e.Born,
			Mentions: make([]JSONMention, 0, len(e.Mentions))}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			je.Mentions = append(je.Mentions, JSONMention{Start: m.Start, End: m.End, Kind: m.Kind.String()})
		}
		for _, x := range e.Members {
			je.Members = append(je.Members, entityID(x))
		}
		j.Entities = append(j.Entities, je)
	}
	for i, q := range d.Quotes {
		jq := JSONQuote{ID: "q" + strconv.Itoa(i+1), Start: q.Start, End: q.End, Kind: q.Kind.String(),
			Via: make([]string, 0, len(q.Via)), Evidence: q.Evidence.String()}
		if q.Speaker != nil {
			js := &JSONSpeaker{Start: q.Speaker.Start, End: q.Speaker.End, Anonymous: q.Speaker.Anonymous}
			if q.Speaker.Entity >= 0 {
				id := entityID(q.Speaker.Entity)
				js.Entity = &id
			}
			jq.Speaker = js
		}
		if q.Cue != nil {
			jq.Cue = &JSONSpan{Start: q.Cue.Start, End: q.Cue.End}
		}
		for _, v := range q.Via {
			jq.Via = append(jq.Via, entityID(v))
		}
		j.Quotes = append(j.Quotes, jq)
	}
	var src JSONSourcing
	for _, q := range d.Quotes {
		switch q.Evidence {
		case OnRecord:
			src.OnRecord++
		case Anonymous:
			src.Anonymous++
		case Reported:
			src.Reported++
		default:
			src.Unattributed++
		}
	}
	j.Sourcing = &src
	for _, t := range d.Timex {
		j.Timex = append(j.Timex, JSONTimex{Start: t.Start, End: t.End, Type: t.Type, Value: t.Value})
	}
	for _, e := range d.Events {
		je := JSONEvent{Start: e.Start, End: e.End, Kind: string(e.Kind), Participants: []string{}, Time: e.Time,
			Bound: e.Bound, Evidence: e.Evidence.String(), Order: int(e.Order)}
		for _, p := range e.Participants {
			je.Participants = append(je.Participants, entityID(p))
		}
		if e.After >= 0 {
			a := e.After
			je.After = &a
		}
		if e.Source >= 0 {
			id := entityID(e.Source)
			je.Source = &id
		}
		for _, v := range e.Via {
			je.Via = append(je.Via, entityID(v))
		}
		j.Events = append(j.Events, je)
	}
	return j
}

// MarshalJSON encodes d in schema 1.
func (d *Document) MarshalJSON() ([]byte, error) { return json.Marshal(d.JSON()) }

// Validate checks that every span of j lies on UTF-8 boundaries inside its
// text and that references name existing entities. It is what a consumer of
// hearsay's JSON can rely on.
func (j *JSONDocument) Validate() error {
	n := len(j.Text)
	ok := func(s, e int) bool {
		return 0 <= s && s <= e && e <= n && boundary(j.Text, s) && boundary(j.Text, e)
	}
	ids := make(map[string]bool, len(j.Entities))
	for _, e := range j.Entities {
		ids[e.ID] = true
		for _, m := range e.Mentions {
			if !ok(m.Start, m.End) {
				return fmt.Errorf("document %s: entity %s: mention [%d,%d) out of range", j.ID, e.ID, m.Start, m.End)
			}
		}
	}
	for _, q := range j.Quotes {
		if !ok(q.Start, q.End) {
			return fmt.Errorf("document %s: quote %s: span [%d,%d) out of range", j.ID, q.ID, q.Start, q.End)
		}
		if q.Speaker != nil {
			if !ok(q.Speaker.Start, q.Speaker.End) {
				return fmt.Errorf("document %s: quote %s: speaker span out of range", j.ID, q.ID)
			}
			if q.Speaker.Entity != nil && !ids[*q.Speaker.Entity] {
				return fmt.Errorf("document %s: quote %s: unknown speaker entity %s", j.ID, q.ID, *q.Speaker.Entity)
			}
		}
		if q.Cue != nil && !ok(q.Cue.Start, q.Cue.End) {
			return fmt.Errorf("document %s: quote %s: cue span out of range", j.ID, q.ID)
		}
		for _, v := range q.Via {
			if !ids[v] {
				return fmt.Errorf("document %s: quote %s: unknown via entity %s", j.ID, q.ID, v)
			}
		}
	}
	for _, t := range j.Timex {
		if !ok(t.Start, t.End) {
			return fmt.Errorf("document %s: timex [%d,%d) out of range", j.ID, t.Start, t.End)
		}
	}
	return nil
}

func boundary(s string, i int) bool {
	return i == len(s) || i == 0 || s[i]&0xC0 != 0x80
}
