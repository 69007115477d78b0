// Package event finds events and relationships — break-ups, releases,
// backlash, apologies, calls and meetings, accusations, arrests and
// lawsuits, hospital stays, births, deaths, award nominations — with
// their participants, their time, how they are sourced, and puts them in
// time order.
//
// Requires: sentences, tokens, mentions, entities, quotes, timex.
// Provides: events.
//
// An event is triggered by a word or phrase (lexicon below) in the
// narration or inside a quotation. Its participants are the people of its
// sentence ("the two", "the couple" stand for the document's two most
// mentioned people). Its time comes from a time expression in its
// sentence: a date ("In 2021, … posted"), a duration since it ("over 20
// years since the two broke up": before publication minus 20 years), or
// the date a source reported it ("an insider who reported to Closer
// Magazine in 2021": by then). "After X" ties it to an earlier event. Its
// evidence is that of the quotation or claim it is in, or the sentence's
// hedge; the writer's own narration is unattributed. Events of one kind
// with the same participants within two paragraphs are one event.
//
// Time order: dated events by date (an event known only from a report
// after those dated within the same period), undated ones just before the
// next dated event in the text, and every event after the one it follows.
package event

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"hearsay"
	"hearsay/lexicon"
)

// Name is the annotator's name in a pipeline.
const Name = "event"

// Annotator is the event annotator.
type Annotator struct{}

// New returns an event annotator.
func New() *Annotator { return &Annotator{} }

// Name implements hearsay.Annotator.
func (*Annotator) Name() string { return Name }

// Requires implements hearsay.Annotator.
func (*Annotator) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerSentences, hearsay.LayerTokens, hearsay.LayerMentions, hearsay.LayerEntities,
		hearsay.LayerQuotes, hearsay.LayerTimex}
}

// Provides implements hearsay.Annotator. It also fills Entity.Born: an
// age said of a person ("the now 41-year-old") and the publication date
// give a birth-year range.
func (*Annotator) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerEvents} }

// triggers maps a lower-case word, or two words joined by a space, to
// its event kind.
var triggers = map[string]hearsay.EventKind{
	"broke up": hearsay.Breakup, "breakup": hearsay.Breakup, "break-up": hearsay.Breakup, "split": hearsay.Breakup,
	"separation": hearsay.Breakup, "divorce": hearsay.Breakup, "divorced": hearsay.Breakup, "divorcing": hearsay.Breakup,
	"dated": hearsay.Relationship, "dating": hearsay.Relationship, "married": hearsay.Relationship,
	"wedding": hearsay.Relationship, "engaged": hearsay.Relationship, "engagement": hearsay.Relationship,
	"release": hearsay.Release, "released": hearsay.Release, "premiered": hearsay.Release, "premiere": hearsay.Release,
	"aired": hearsay.Release, "backlash": hearsay.Backlash, "uproar": hearsay.Backlash, "outrage": hearsay.Backlash,
	"apologized": hearsay.Apology, "apologised": hearsay.Apology, "apology": hearsay.Apology, "apologize": hearsay.Apology,
	"apologise": hearsay.Apology, "sorry": hearsay.Apology, "reached out": hearsay.Contact, "reach out": hearsay.Contact,
	"phone call": hearsay.Contact, "call": hearsay.Contact, "met": hearsay.Contact, "meeting": hearsay.Contact,
	"proposed": hearsay.Relationship, "wed": hearsay.Relationship, "romance": hearsay.Relationship,
	"parted ways": hearsay.Breakup, "called it": hearsay.Breakup, "separated": hearsay.Breakup,
	"accused": hearsay.Legal, "arrested": hearsay.Legal, "arrest": hearsay.Legal, "sued": hearsay.Legal,
	"sues": hearsay.Legal, "lawsuit": hearsay.Legal, "indicted": hearsay.Legal, "convicted": hearsay.Legal,
	"sentenced": hearsay.Legal, "assaulted": hearsay.Legal, "assaulting": hearsay.Legal, "charged with": hearsay.Legal,
	"pleaded guilty": hearsay.Legal, "pleaded not": hearsay.Legal, "acquitted": hearsay.Legal,
	"hospitalized": hearsay.Health, "hospitalised": hearsay.Health, "diagnosed": hearsay.Health, "rehab": hearsay.Health,
	"gave birth": hearsay.Birth, "welcomed their": hearsay.Birth, "welcomed a": hearsay.Birth, "was born": hearsay.Birth,
	"died": hearsay.Death, "passed away": hearsay.Death, "death": hearsay.Death,
	"nominated": hearsay.Award, "nomination": hearsay.Award, "nominations": hearsay.Award,
}

type doc struct {
	*hearsay.Document
	low []string
}

// Annotate implements hearsay.Annotator.
func (*Annotator) Annotate(d *hearsay.Document) error {
	x := &doc{Document: d, low: d.LowerTokens()}
	d.Events = d.Events[:0]
	pair := x.pair()
	for si, s := range d.Sentences {
		for i := s.Tokens[0]; i < s.Tokens[1]; i++ {
			k, n := x.trigger(i, s.Tokens[1])
			if n == 0 {
				continue
			}
			e := hearsay.Event{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+n-1].End}, Kind: k, After: -1, Source: -1}
			x.participants(&e, si, pair)
			if len(e.Participants) == 0 {
				i += n - 1
				continue
			}
			x.time(&e, si)
			x.sourcing(&e, si)
			x.merge(e)
			i += n - 1
		}
	}
	x.relate()
	x.order()
	x.born()
	return nil
}

// born sets the birth-year range of each person an age is said of: an
// AGE time expression inside one of the person's mentions, or right
// after the name ("Spears, 41,").
func (x *doc) born() {
	if len(x.Published) < 4 {
		return
	}
	py, err := strconv.Atoi(x.Published[:4])
	if err != nil {
		return
	}
	for _, t := range x.Timex {
		if t.Type != hearsay.Age {
			continue
		}
		age, err := strconv.Atoi(t.Value)
		if err != nil {
			continue
		}
		for _, m := range x.Mentions {
			if m.Entity < 0 || m.Type != hearsay.Person || x.Entities[m.Entity].Anonymous {
				continue
			}
			inside := m.Start <= t.Start && t.End <= m.End
			after := m.Kind == hearsay.Name && t.Start > m.End && t.Start-m.End <= 3 && strings.TrimSpace(x.Text[m.End:t.Start]) == ","
			if inside || after {
				x.Entities[m.Entity].Born = fmt.Sprintf("%d/%d", py-age-1, py-age)
			}
		}
	}
}

// triggerWords holds, for each one-word trigger and each first word of a
// two-word one, its kind and whether it starts a two-word trigger: one
// lookup a token.
var triggerWords = func() map[string]triggerWord {
	m := map[string]triggerWord{}
	for w, k := range triggers {
		if first, _, two := strings.Cut(w, " "); two {
			t := m[first]
			t.two = true
			m[first] = t
		} else {
			t := m[w]
			t.kind, t.one = k, true
			m[w] = t
		}
	}
	return m
}()

type triggerWord struct {
	kind     hearsay.EventKind
	one, two bool // a trigger itself; the first word of a two-word one
}

// trigger returns the event kind at token i and the tokens it takes.
func (x *doc) trigger(i, b int) (hearsay.EventKind, int) {
	tw, ok := triggerWords[x.low[i]]
	if !ok {
		return "", 0
	}
	if i+1 < b && tw.two {
		if k, ok := triggers[x.low[i]+" "+x.low[i+1]]; ok {
			if x.infinitive(i) {
				return "", 0
			}
			return k, 2
		}
	}
	if !tw.one {
		return "", 0
	}
	k := tw.kind
	// "wanted to apologize", "to be able to reach out": an intention,
	// not an event
	if k != hearsay.Release && x.infinitive(i) {
		return "", 0
	}
	// "call" and "split" and "release" are events only as nouns or past
	// verbs in narration; "sorry" only inside a quotation
	switch x.low[i] {
	case "sorry":
		if !x.inQuote(x.Tokens[i].Start) {
			return "", 0
		}
	case "call":
		if i == 0 || !(x.low[i-1] == "a" || x.low[i-1] == "the" || x.low[i-1] == "emotional" || x.low[i-1] == "an") {
			return "", 0
		}
	case "release":
		if i == 0 || x.low[i-1] != "the" {
			return "", 0
		}
	}
	return k, 1
}

// infinitive reports whether the verb at i follows "to", across adverbs
// and quote marks ("wanted to “personally apologize").
func (x *doc) infinitive(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := x.low[k]
		if w == "to" {
			return true
		}
		if strings.HasSuffix(w, "ly") || w == "\"" || w == "“" || w == "'" || w == "‘" {
			continue
		}
		return false
	}
	return false
}

func (x *doc) inQuote(off int) bool {
	for _, q := range x.Quotes {
		if q.Kind != hearsay.Indirect && q.Start <= off && off < q.End {
			return true
		}
	}
	return false
}

// pair returns the document's two most mentioned named people.
func (x *doc) pair() []int {
	type c struct{ e, n int }
	var cs []c
	for ei, e := range x.Entities {
		if e.Type == hearsay.Person && !e.Anonymous && e.Name != "" && len(e.Mentions) > 1 && len(e.Members) == 0 {
			cs = append(cs, c{ei, len(e.Mentions)})
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].n > cs[j].n || cs[i].n == cs[j].n && cs[i].e < cs[j].e })
	var out []int
	for i := 0; i < len(cs) && i < 2; i++ {
		out = append(out, cs[i].e)
	}
	return out
}

// participants fills e with the named people of sentence si (mentions
// outside direct quotes, and the speaker of a quotation holding the
// trigger), or the pair for "the two", "the couple".
func (x *doc) participants(e *hearsay.Event, si int, pair []int) {
	s := x.Sentences[si]
	add := func(ent int) {
		for _, p := range e.Participants {
			if p == ent {
				return
			}
		}
		e.Participants = append(e.Participants, ent)
	}
	for i := s.Tokens[0]; i+1 < s.Tokens[1]; i++ {
		if (x.low[i] == "the" || x.low[i] == "both") && (x.low[i+1] == "two" || x.low[i+1] == "duo" || x.low[i+1] == "couple" || x.low[i+1] == "pair") {
			for _, p := range pair {
				add(p)
			}
		}
	}
	for _, qi := range x.quotesHolding(e.Span) {
		if q := x.Quotes[qi]; q.Speaker != nil && q.Speaker.Entity >= 0 && !x.Entities[q.Speaker.Entity].Anonymous {
			add(q.Speaker.Entity)
		}
	}
	// the sentence's mentions (in order of start): found by binary search,
	// so that a long document's events cost no more than a short one's
	first := sort.Search(len(x.Mentions), func(i int) bool { return x.Mentions[i].Start >= s.Start })
	for _, m := range x.Mentions[first:] {
		if m.Start >= s.End {
			break
		}
		if m.End > s.End || m.Entity < 0 || m.Type != hearsay.Person || x.Entities[m.Entity].Anonymous {
			continue
		}
		if m.Kind == hearsay.Pronoun && (strings.EqualFold(x.Text[m.Start:m.End], "i") || x.inQuote(m.Start) && !x.inQuote(e.Start)) {
			continue
		}
		if ms := x.Entities[m.Entity].Members; len(ms) > 0 {
			for _, p := range ms {
				add(p) // "the two": its members
			}
			continue
		}
		if !x.Named(m.Entity) {
			continue // "kids", "a stranger": not on anyone's timeline
		}
		add(m.Entity)
	}
	sort.Ints(e.Participants)
	// one dies or falls ill: the subject before the trigger, not the
	// role in a relative clause ("Shannen Doherty, who rose to fame as
	// Brenda Walsh, has died"), nor the publicist who announced it
	if (e.Kind == hearsay.Death || e.Kind == hearsay.Health) && len(e.Participants) > 1 {
		for _, m := range x.Mentions[first:] {
			if m.Start >= e.Start {
				break
			}
			if m.Type == hearsay.Person && m.Entity >= 0 && !x.Entities[m.Entity].Anonymous && x.Named(m.Entity) &&
				len(x.Entities[m.Entity].Members) == 0 && !x.inQuote(m.Start) {
				e.Participants = append(e.Participants[:0], m.Entity)
				break
			}
		}
	}
}

// quotesHolding returns the indexes of the quotes that hold span sp. The
// quotes are in order of start and nest at most a few deep (a partial
// quotation inside a reported claim), so only the few that start last
// before sp are looked at.
func (x *doc) quotesHolding(sp hearsay.Span) []int {
	k := sort.Search(len(x.Quotes), func(i int) bool { return x.Quotes[i].Start > sp.Start })
	var out []int
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		if q := x.Quotes[i]; sp.End <= q.End {
			out = append(out, i)
		}
	}
	return out
}

// time sets e's time from the time expressions of sentence si.
func (x *doc) time(e *hearsay.Event, si int) {
	s := x.Sentences[si]
	reported := false
	for i := s.Tokens[0]; i < s.Tokens[1]; i++ {
		if x.low[i] == "reported" || x.low[i] == "according" || x.low[i] == "told" {
			reported = true
		}
	}
	for _, t := range x.Timex {
		if t.Start < s.Start || t.End > s.End {
			continue
		}
		switch t.Type {
		case hearsay.Date, hearsay.Time:
			if strings.HasSuffix(t.Value, "_REF") {
				continue
			}
			e.Time = t.Value
			e.Bound = "on"
			if reported && !x.inQuote(t.Start) {
				e.Bound = "reported"
			}
			return
		case hearsay.Duration:
			// "over 20 years since the two broke up"
			y, ok := years(t.Value)
			if ok && x.Published != "" && strings.Contains(x.Text[s.Start:s.End], "since") {
				py, _ := strconv.Atoi(x.Published[:4])
				e.Time = strconv.Itoa(py - y)
				e.Bound = "before"
				return
			}
		}
	}
}

func years(v string) (int, bool) {
	if !strings.HasPrefix(v, "P") || !strings.HasSuffix(v, "Y") {
		return 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	return n, err == nil
}

// sourcing sets e's evidence and source from the quotation or claim that
// holds its trigger, else from its sentence.
func (x *doc) sourcing(e *hearsay.Event, si int) {
	best := -1
	for _, qi := range x.quotesHolding(e.Span) {
		if best < 0 || x.Quotes[qi].Len() < x.Quotes[best].Len() {
			best = qi
		}
	}
	if best >= 0 {
		q := x.Quotes[best]
		e.Evidence = q.Evidence
		if q.Speaker != nil {
			e.Source = q.Speaker.Entity
		}
		e.Via = append(e.Via, q.Via...)
		return
	}
	// a sentence with a cue and an on-record quote from a participant,
	// as "He continued, …": the narration is the writer's
	e.Evidence = hearsay.Unattributed
	s := x.Sentences[si]
	for i := s.Tokens[0]; i < s.Tokens[1]; i++ {
		if lexicon.Hedges().Has(x.low[i]) {
			e.Evidence = hearsay.Reported
		}
	}
}

// merge adds e, or folds it into an earlier event of the same kind and
// participants within two paragraphs (a headline and its story).
func (x *doc) merge(e hearsay.Event) {
	pe := x.ParagraphAt(e.Start)
	for i := range x.Events {
		o := &x.Events[i]
		if o.Kind != e.Kind || !overlap(o.Participants, e.Participants) {
			continue
		}
		if po := x.ParagraphAt(o.Start); pe-po > 2 {
			continue
		}
		// keep the better-dated, better-sourced description
		if o.Time == "" && e.Time != "" || o.Bound == "reported" && e.Bound == "on" {
			// the event is told where it is dated: "In 2021, … posted"
			o.Time, o.Bound, o.Span = e.Time, e.Bound, e.Span
		}
		if o.Evidence == hearsay.Unattributed && e.Evidence != hearsay.Unattributed {
			o.Evidence, o.Source, o.Via = e.Evidence, e.Source, e.Via
		}
		for _, p := range e.Participants {
			if !overlap([]int{p}, o.Participants) {
				o.Participants = append(o.Participants, p)
			}
		}
		sort.Ints(o.Participants)
		return
	}
	x.Events = append(x.Events, e)
}

// overlap reports whether one participant list contains the other.
func overlap(a, b []int) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// relate ties events to earlier ones: "after the release of …", "after the
// documentary release".
func (x *doc) relate() {
	for i := range x.Events {
		e := &x.Events[i]
		si := x.SentenceAt(e.Start)
		if si < 0 {
			continue
		}
		s := x.Sentences[si]
		txt := lexicon.Lower(x.Text[s.Start:s.End])
		for j := range x.Events {
			if j == i {
				continue
			}
			o := x.Events[j]
			if o.Kind == e.Kind {
				continue
			}
			trig := lexicon.Lower(x.Text[o.Start:o.End])
			// "after the release", "after the documentary release"
			if k := strings.Index(txt, "after the"); k >= 0 {
				rest := txt[k:min(len(txt), k+60)]
				if strings.Contains(rest, trig) && (o.Start < e.Start || x.SentenceAt(o.Start) == si) && o.Start != e.Start {
					if x.SentenceAt(o.Start) == si && o.Start > e.Start {
						continue
					}
					e.After = j
					break
				}
				// the trigger named after "after the" is this kind's event
				// mentioned elsewhere: "after the documentary release"
				if strings.Contains(rest, "release") && o.Kind == hearsay.Release {
					e.After = j
					break
				}
			}
		}
	}
}

// order gives each event its place in time.
func (x *doc) order() {
	n := len(x.Events)
	key := make([]float64, n)
	dated := make([]bool, n)
	for i, e := range x.Events {
		if e.Time == "" {
			continue
		}
		y, err := strconv.Atoi(strings.TrimLeft(e.Time[:min(4, len(e.Time))], "X"))
		if err != nil {
			continue
		}
		k := float64(y)
		if len(e.Time) >= 7 {
			if m, err := strconv.Atoi(e.Time[5:7]); err == nil {
				k += float64(m-1) / 12
			}
		}
		switch e.Bound {
		case "before":
			k -= 0.5
		case "reported":
			k += 0.99 // known only to have happened by the report
		}
		key[i], dated[i] = k, true
	}
	// undated: just before the next dated event in the text
	for i := range x.Events {
		if dated[i] {
			continue
		}
		// the first dated event told after it in the text
		next, at := 1e6, -1
		for j := 0; j < n; j++ {
			if dated[j] && x.Events[j].Start > x.Events[i].Start && (at < 0 || x.Events[j].Start < at) {
				next, at = key[j], x.Events[j].Start
			}
		}
		key[i] = next - 0.01*float64(n-i)
	}
	// after-relations: keep each event after the one it follows
	for pass := 0; pass < n; pass++ {
		changed := false
		for i, e := range x.Events {
			if e.After >= 0 && key[i] <= key[e.After] {
				key[i] = key[e.After] + 0.001
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
	for rank, i := range idx {
		x.Events[i].Order = float64(rank)
	}
}
