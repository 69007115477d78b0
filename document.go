package hearsay

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a Document's Text.
type Span struct {
	Start int // offset of the first byte
	End   int // offset of the first byte after the span
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Article is what a reader hands to the pipeline: the text and its metadata.
type Article struct {
	ID        string // stable identifier: the JSONL id, the URL, or the input name
	Text      string // the body as UTF-8 text, boilerplate removed
	Published string // publication date YYYY-MM-DD, or "" if unknown
	Title     string // headline, if known
	Byline    string // author line, if known
	URL       string // canonical URL, if known
	Outlet    string // publication name or site, if known
	Input     string // where it was read, e.g. "feed.jsonl:12"; used in error messages
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with digits, hyphens, internal apostrophes or periods
	Number                  // digits, possibly with internal separators (1,000 3.5 10:30)
	Punct                   // a single punctuation mark or a run of dots
	Symbol                  // anything else that is not space
)

// Token is one token of the text.
type Token struct {
	Span
	Kind TokenKind
	Cap  bool // the first letter is upper case
}

// Sentence is one sentence; Tokens indexes Document.Tokens.
type Sentence struct {
	Span
	Paragraph int // index into Document.Paragraphs
	Tokens    [2]int
}

// MentionKind says how a mention refers to its entity.
type MentionKind uint8

// Mention kinds, as in JSON schema 1.
const (
	Name       MentionKind = iota // a proper name: "Britney Spears", "Spears"
	Descriptor                    // a noun phrase: "the Circus singer", "an insider"
	Pronoun                       // he, she, they, ...
)

var mentionKindNames = [...]string{"name", "descriptor", "pronoun"}

func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return fmt.Sprintf("MentionKind(%d)", k)
}

// EntityType is the type of an entity, as in JSON schema 1.
type EntityType string

// Entity types.
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	GPE    EntityType = "GPE"
	Loc    EntityType = "LOC"
	Work   EntityType = "WORK"
	NORP   EntityType = "NORP"
	// Product: a make or model of a thing (Mac OS X, Trent 900).
	Product EntityType = "PRODUCT"
	Other   EntityType = "OTHER"
)

// Gender is the grammatical gender an entity is referred to with.
type Gender uint8

// Genders.
const (
	UnknownGender Gender = iota
	Male
	Female
	Neuter // it
	Plural // they, a group
)

// Mention is one reference to an entity.
type Mention struct {
	Span
	Kind      MentionKind
	Type      EntityType
	Gender    Gender
	Anonymous bool // an unnamed source: "an insider", "people close to the couple"
	Entity    int  // index into Document.Entities, or -1
}

// NameSpan is a proper name found in the text, with its type, before any
// decision about which entity it names.
type NameSpan struct {
	Span
	Type EntityType
}

// Entity is a cluster of mentions of one referent within a document.
type Entity struct {
	Name      string // the longest name mention, or the first descriptor
	Type      EntityType
	Gender    Gender
	Anonymous bool
	Mentions  []int  // indexes into Document.Mentions, in text order
	Born      string // birth-year range from an age and the publication date ("1981/1982"), set by the event annotator
	Members   []int  // for a group ("the two", "the couple"): the entities it is made of
}

// QuoteKind classifies a quotation.
type QuoteKind uint8

// Quote kinds, as in JSON schema 1.
const (
	Direct   QuoteKind = iota // a whole utterance in quote marks
	Partial                   // a fragment in quote marks inside the writer's sentence
	Indirect                  // reported speech without quote marks
)

var quoteKindNames = [...]string{"direct", "partial", "indirect"}

func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) {
		return quoteKindNames[k]
	}
	return fmt.Sprintf("QuoteKind(%d)", k)
}

// Evidence grades how well a quote or claim is sourced.
type Evidence uint8

// Evidence grades, as in JSON schema 1.
const (
	Unattributed Evidence = iota // the writer's own assertion, or nobody found to have said it
	OnRecord                     // a named speaker, first-hand
	Anonymous                    // an unnamed source: insider, friend, people close to ...
	Reported                     // hedged: reportedly, allegedly, is said to, according to reports
)

var evidenceNames = [...]string{"unattributed", "on_record", "anonymous", "reported"}

func (e Evidence) String() string {
	if int(e) < len(evidenceNames) {
		return evidenceNames[e]
	}
	return fmt.Sprintf("Evidence(%d)", e)
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Span          // the words naming the speaker in this sentence ("he", "an insider")
	Mention   int // index into Document.Mentions, or -1
	Entity    int // index into Document.Entities, or -1
	Anonymous bool
}

// Quote is a quotation or reported statement.
type Quote struct {
	Span     // the quoted content, without the quote marks
	Kind     QuoteKind
	Speaker  *Speaker // nil when nobody is found
	Cue      *Span    // the cue: "said", "according to", "posted"; nil if none
	Via      []int    // entities the statement came through (an outlet, a platform)
	Evidence Evidence
	Hedge    *Span // the hedge that made it Reported, if any
}

// TimexType is the type of a time expression.
type TimexType string

// Time expression types, as in JSON schema 1.
const (
	Date     TimexType = "DATE"
	Time     TimexType = "TIME"
	Duration TimexType = "DURATION"
	Set      TimexType = "SET"
	Age      TimexType = "AGE"
)

// Timex is a time expression with its normalised value.
type Timex struct {
	Span
	Type  TimexType
	Value string // TIMEX3-style value: 2021, 2021-03-04, P20Y, ...
}

// EventKind classifies an event.
type EventKind string

// Event kinds.
const (
	Breakup      EventKind = "breakup"
	Relationship EventKind = "relationship" // dating, engagement, marriage
	Release      EventKind = "release"      // of a work
	Backlash     EventKind = "backlash"
	Apology      EventKind = "apology"
	Contact      EventKind = "contact" // reaching out, calls, meetings
	Statement    EventKind = "statement"
	Legal        EventKind = "legal"  // accusations, arrests, charges, lawsuits, verdicts
	Health       EventKind = "health" // hospital stays, diagnoses, rehab
	Birth        EventKind = "birth"  // a birth, a baby welcomed
	Death        EventKind = "death"
	Award        EventKind = "award" // nominations and wins of a named prize
)

// Event is something that happened to the people of a document, with when
// and on whose word.
type Event struct {
	Span         // the trigger ("broke up", "apologized")
	Kind         EventKind
	Participants []int    // entities
	Time         string   // TIMEX3-style value, "" if unknown
	Bound        string   // "on" (at Time), "before" (by Time), "reported" (reported at Time), "" (undated)
	After        int      // index of an event this one follows, or -1
	Evidence     Evidence // how the event is sourced
	Source       int      // entity whose word it is (speaker), or -1
	Via          []int    // outlets it came through
	Order        float64  // position in time order among the document's events
}

// Layer names one kind of annotation on a Document. Annotators declare the
// layers they require and provide, and the pipeline checks the order.
type Layer string

// The layers of a Document.
const (
	LayerParagraphs Layer = "paragraphs"
	LayerSentences  Layer = "sentences"
	LayerTokens     Layer = "tokens"
	LayerNames      Layer = "names"
	LayerMentions   Layer = "mentions"
	LayerEntities   Layer = "entities"
	LayerQuotes     Layer = "quotes"
	LayerTimex      Layer = "timex"
	LayerEvents     Layer = "events"
)

// Document is an article's text and every annotation made on it. Spans in
// all layers are byte offsets into Text; each layer is sorted by Start.
type Document struct {
	Article

	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token
	Names      []NameSpan
	Mentions   []Mention
	Entities   []Entity
	Quotes     []Quote
	Timex      []Timex
	Events     []Event

	lower   []string // lower-cased token texts, computed once (LowerTokens)
	lowText string   // Text with ASCII letters lower-cased (Lower), made on first use
	lowerOK bool
	// tokAt[off] is TokenAt(off) for 0 <= off <= len(Text), built on
	// first use for the tokens counted in tokAtN (texts up to maxTokAt)
	tokAt  []int32
	tokAtN int
}

// maxTokAt bounds the text a TokenAt table is built for (4 bytes a byte
// of text); longer texts are searched.
const maxTokAt = 4 << 20

// TokensChanged tells the document that its Tokens layer was rewritten, so
// that cached views of it (LowerTokens) are recomputed.
func (d *Document) TokensChanged() { d.lowerOK, d.lowText, d.tokAt = false, "", d.tokAt[:0] }

// LowerTokens returns the lower-cased text of every token, computed once
// per tokenisation and shared by the annotators. Callers must not modify
// it.
func (d *Document) LowerTokens() []string {
	if d.lowerOK && len(d.lower) == len(d.Tokens) {
		return d.lower
	}
	d.lowerOK = true
	if cap(d.lower) < len(d.Tokens) {
		d.lower = make([]string, len(d.Tokens))
	}
	d.lower = d.lower[:len(d.Tokens)]
	for i, t := range d.Tokens {
		d.lower[i] = d.Lower(t.Span)
	}
	return d.lower
}

// Lower returns the lower-cased text of span s. ASCII text is a slice of
// a lower-cased copy of the whole text, made once: no allocation a span.
func (d *Document) Lower(s Span) string {
	t := d.Text[s.Start:s.End]
	upper := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 0x80 {
			return strings.ToLower(t)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return t
	}
	if len(d.lowText) != len(d.Text) {
		b := []byte(d.Text)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		d.lowText = string(b)
	}
	return d.lowText[s.Start:s.End]
}

// NewDocument returns a Document for a, with no annotations. It reports an
// error if the text is not valid UTF-8.
func NewDocument(a Article) (*Document, error) {
	if !utf8.ValidString(a.Text) {
		return nil, fmt.Errorf("document %s: text is not valid UTF-8", a.ID)
	}
	return &Document{Article: a}, nil
}

// Slice returns the text of s.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (d *Document) SentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// TokenAt returns the index of the first token ending after off, or
// len(d.Tokens).
//
// The annotators ask this of almost every offset they look at, so the
// answer for every offset is tabulated once per tokenisation (one pass
// over the text) and read in constant time.
func (d *Document) TokenAt(off int) int {
	if off >= 0 && off <= len(d.Text) && len(d.Text) <= maxTokAt {
		if len(d.tokAt) != len(d.Text)+1 || d.tokAtN != len(d.Tokens) {
			d.buildTokAt()
		}
		return int(d.tokAt[off])
	}
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
}

// buildTokAt tabulates TokenAt for every offset of the text.
func (d *Document) buildTokAt() {
	if cap(d.tokAt) < len(d.Text)+1 {
		d.tokAt = make([]int32, len(d.Text)+1)
	}
	d.tokAt = d.tokAt[:len(d.Text)+1]
	d.tokAtN = len(d.Tokens)
	i := 0
	for off := range d.tokAt {
		for i < len(d.Tokens) && d.Tokens[i].End <= off {
			i++
		}
		d.tokAt[off] = int32(i)
	}
}

// ParagraphAt returns the index of the paragraph containing off, or -1.
func (d *Document) ParagraphAt(off int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].End > off })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Start <= off {
		return i
	}
	return -1
}

// Named reports whether entity ei has a name mention (not only
// descriptors and pronouns: "a stranger", "I").
func (d *Document) Named(ei int) bool {
	for _, mi := range d.Entities[ei].Mentions {
		if d.Mentions[mi].Kind == Name {
			return true
		}
	}
	return false
}

// MoveMention makes mention mi a mention of entity ei (or of a new entity
// like its old one, if ei is -1), keeping both entities' mention lists in
// text order. It returns the entity it went to.
func (d *Document) MoveMention(mi, ei int) int {
	m := &d.Mentions[mi]
	if old := m.Entity; old >= 0 {
		ms := d.Entities[old].Mentions
		for k, x := range ms {
			if x == mi {
				d.Entities[old].Mentions = append(ms[:k:k], ms[k+1:]...)
				break
			}
		}
		if ei < 0 {
			e := d.Entities[old]
			d.Entities = append(d.Entities, Entity{Name: e.Name, Type: e.Type, Gender: e.Gender, Anonymous: e.Anonymous})
			ei = len(d.Entities) - 1
		}
	}
	if ei < 0 {
		return -1
	}
	m.Entity = ei
	e := &d.Entities[ei]
	k := sort.SearchInts(e.Mentions, mi)
	e.Mentions = append(e.Mentions, 0)
	copy(e.Mentions[k+1:], e.Mentions[k:])
	e.Mentions[k] = mi
	return ei
}

// DropEmptyEntities removes entities left without mentions and renumbers
// every reference to the others (mentions, quote speakers and via, group
// members, event participants, sources and via).
func (d *Document) DropEmptyEntities() {
	remap := make([]int, len(d.Entities))
	n := 0
	for i, e := range d.Entities {
		if len(e.Mentions) == 0 {
			remap[i] = -1
			continue
		}
		remap[i] = n
		d.Entities[n] = e
		n++
	}
	if n == len(d.Entities) {
		return
	}
	d.Entities = d.Entities[:n]
	re := func(i int) int {
		if i < 0 || i >= len(remap) {
			return -1
		}
		return remap[i]
	}
	list := func(xs []int) []int {
		if len(xs) == 0 {
			return xs
		}
		out := make([]int, 0, len(xs)) // new: lists may share their arrays
		for _, x := range xs {
			if y := re(x); y >= 0 {
				out = append(out, y)
			}
		}
		return out
	}
	for i := range d.Mentions {
		d.Mentions[i].Entity = re(d.Mentions[i].Entity)
	}
	for i := range d.Entities {
		d.Entities[i].Members = list(d.Entities[i].Members)
	}
	// quotes may share a speaker (a partial quotation and the claim
	// around it) and a via list: each is renumbered once, into new lists
	seen := map[*Speaker]bool{}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker != nil && q.Speaker.Entity >= 0 && !seen[q.Speaker] {
			seen[q.Speaker] = true
			q.Speaker.Entity = re(q.Speaker.Entity)
		}
		q.Via = list(q.Via)
	}
	for i := range d.Events {
		ev := &d.Events[i]
		ev.Participants = list(ev.Participants)
		ev.Source = re(ev.Source)
		ev.Via = list(ev.Via)
	}
}
