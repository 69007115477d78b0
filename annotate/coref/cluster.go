package coref

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"hearsay"
	"hearsay/annotate/internal/nickname"
	"hearsay/lexicon"
)

// cluster groups d.Mentions into d.Entities.
func cluster(d *doc, tr *Trainer, gold func(hearsay.Span) int) {
	ms := d.Mentions
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End < ms[j].End
	})
	c := &clusterer{doc: d, byWord: map[string][]int{}, byShort: map[string][]int{}, byKey: map[string]int{}, byFirst: map[string][]int{},
		deixis: map[byte]int{}, heads: map[string]int{}, firstPerson: -1, trainer: tr, gold: gold}
	for g := range c.lastPron {
		c.lastPron[g] = -1
	}
	// at most one entity a mention: room for all, grown once
	n := len(ms)
	c.last, c.lastSent, c.seen, c.stamp = make([]int, 0, n), make([]int, 0, n), make([]int, 0, n), make([]int, 0, n)
	c.firstAt = make([]int, 0, n)
	c.lastMention, c.names, c.descAge = make([]int, 0, n), make([]int, 0, n), make([]int, 0, n)
	c.subj, c.kind, c.words = make([]bool, 0, n), make([]byte, 0, n), make([][][]string, 0, n)
	c.sal, c.salSent = make([]float32, 0, n), make([]int, 0, n)
	if cap(d.Entities) < n {
		d.Entities = make([]hearsay.Entity, 0, n)
	}
	// Full names first, so that "Spears" before "Britney Spears" finds
	// her; then every mention in text order.
	for i := range ms {
		if ms[i].Kind == hearsay.Name && ms[i].Type == hearsay.Person && len(nameWords(nameText(d, ms[i]))) > 1 {
			c.name(i)
		}
	}
	for ei := range c.last {
		c.last[ei] = -1 // not yet mentioned, in text order
	}
	c.phase2 = true
	for i := range ms {
		if ms[i].Entity >= 0 {
			c.last[ms[i].Entity] = ms[i].Start
			c.observed(ms[i].Entity)
			c.observe(i)
			continue
		}
		c.handle(i)
		if ms[i].Entity >= 0 {
			c.observe(i)
		}
	}
	// both passes merge entities by the indexes the clusterer keeps
	// (kinds): empty entities are dropped once, after both
	c.cataphora()
	c.appositives()
	c.aliases()
	c.styles()
	d.DropEmptyEntities()
	// Entity names: the most frequent of the longest name mentions.
	for ei := range d.Entities {
		e := &d.Entities[ei]
		sort.Ints(e.Mentions)
		if e.Type != hearsay.Person || len(e.Members) > 0 {
			continue
		}
		best, bestN, count := "", 0, map[string]int{}
		styled := false // a title of nobility among the names: a personal name is preferred
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			if m.Kind == hearsay.Name && styleOf(d, m) != nil {
				styled = true
				break
			}
		}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			if m.Kind != hearsay.Name || styled && styleOf(d, m) != nil {
				continue
			}
			n := nameText(d, m)
			count[n]++
			l := len(strings.Fields(n))
			if l > bestN || l == bestN && (count[n] > count[best] || count[n] == count[best] && !givenName(best) && givenName(n)) {
				best, bestN = n, l
			}
		}
		if best != "" {
			e.Name = best
		}
	}
	// groups are named after their members
	for ei := range d.Entities {
		if m := d.Entities[ei].Members; len(m) == 2 {
			d.Entities[ei].Name = d.Entities[m[0]].Name + " and " + d.Entities[m[1]].Name
		}
	}
}

type clusterer struct {
	nicks map[string][]int // see nickname
	doc   *doc
	last  []int // per entity: Start of its latest mention
	// per entity, in text order: the sentence of its latest mention,
	// whether that mention was a subject, and how many mentions so far
	lastSent []int
	subj     []bool
	// per entity: whether it has a mention outside quotation marks
	outside []bool
	// sal is an entity's salience at sentence salSent (Lappin and
	// Leass): each mention adds weight for its recency and role, and
	// salience halves with every sentence
	sal     []float32
	salSent []int
	seen    []int
	firstAt []int // per entity: Start of its first mention in text order, once seen
	// names per entity: the lower-case words of its name mentions
	words [][][]string
	// offices per entity that its mentions give it (office.go)
	offices [][]string
	// roles per entity the text gives it outright (noteRole)
	roles [][]string
	// descHeads per entity: the heads of the role descriptors linked to
	// it, however they were resolved ("the Anti-Hero singer": singer;
	// "the Chiefs tight end": end)
	descHeads [][]string

	// obs logs, in text order, each entity mentioned in the second pass,
	// so that "the most recent entity such that …" scans back only as far
	// as it must; the indexes find name candidates without scanning every
	// entity (documents of 10,000 mentions: BenchmarkCorefScaling)
	obs     []int
	obsPos  []int // per entity: its entry in obs, or -1
	obsDead int   // blanked entries in obs
	phase2  bool
	stamp   []int // per entity: the visit that last saw it (dedupe)
	visit   int
	byWord  map[string][]int // name word → person entities
	byShort map[string][]int // 3+ letter prefix of a first name → person entities
	byKey   map[string]int   // TYPE:normalised name → entity (not people)
	byFirst map[string][]int // TYPE:first word → entities (not people)

	// partners' progress: tokens before pairTok are scanned for good,
	// pair is the last pair of partners among them
	pairTok int
	pair    []int

	kind   []byte         // per entity: 'D' the I/we/you of one voice, 'G' people named by a common noun only
	deixis map[byte]int   // '1', 'W', 'Y' → entity
	heads  map[string]int // head noun of a generic descriptor → its latest entity

	// for the pronoun model: per entity its latest mention and number of
	// name mentions; the first person named; the entity of the latest
	// pronoun of each gender
	lastMention []int
	names       []int
	descAge     []int // per entity: the age a descriptor of it gave ("the 71-year-old"), or 0
	firstPerson int
	lastPron    [8]int

	trainer *Trainer
	gold    func(hearsay.Span) int

	// buffers reused by pronounCandidates: candidates' features slice
	// featBuf, which may move as it grows (candidates keep their slices)
	featBuf []int
	candBuf []candidate
}

// recent calls f on entities from the most recently mentioned back, each
// once, until f returns true (found) or false for stop; f's second result
// says whether to stop.
func (c *clusterer) recent(f func(ei int) (found, stop bool)) int {
	c.visit++
	seen := 0
	for k := len(c.obs) - 1; k >= 0; k-- {
		ei := c.obs[k]
		if ei < 0 || c.stamp[ei] == c.visit {
			continue
		}
		if seen++; seen > maxRecent {
			break // (the last few hundred people are reach enough)
		}
		c.stamp[ei] = c.visit
		found, stop := f(ei)
		if found {
			return ei
		}
		if stop {
			break
		}
	}
	return -1
}

// maxRecent bounds the distinct entities recent visits.
const maxRecent = 300

// observed logs entity ei as the latest mentioned. Each entity keeps
// only its latest entry (the earlier one is blanked, and the log
// compacted once blanks are most of it), so that recent scans distinct
// entities, not every mention: a sentence of 10,000 mentions of a few
// people costs no more per mention than a short one.
func (c *clusterer) observed(ei int) {
	for len(c.obsPos) <= ei {
		c.obsPos = append(c.obsPos, -1)
	}
	if p := c.obsPos[ei]; p >= 0 {
		c.obs[p] = -1
		c.obsDead++
	}
	c.obsPos[ei] = len(c.obs)
	c.obs = append(c.obs, ei)
	if c.obsDead > 64 && c.obsDead > len(c.obs)/2 {
		n := 0
		for _, x := range c.obs {
			if x >= 0 {
				c.obsPos[x] = n
				c.obs[n] = x
				n++
			}
		}
		c.obs, c.obsDead = c.obs[:n], 0
	}
}

// addWords records a name of entity ei, once: an entity named a thousand
// times the same way keeps one list to match against.
func (c *clusterer) addWords(ei int, w []string) {
	for _, ew := range c.words[ei] {
		if equalWords(ew, w) {
			return
		}
	}
	c.words[ei] = append(c.words[ei], w)
}

// index records entity ei's name words for name lookups.
func (c *clusterer) index(ei int, w []string) {
	add := func(m map[string][]int, k string) {
		for _, x := range m[k] {
			if x == ei {
				return
			}
		}
		m[k] = append(m[k], ei)
	}
	for _, x := range w {
		add(c.byWord, x)
	}
	if len(w) > 1 {
		f := w[0]
		for n := 3; n < len(f)-1; n++ {
			add(c.byShort, f[:n])
		}
	}
}

// handle resolves mention i.
func (c *clusterer) handle(i int) {
	switch c.doc.Mentions[i].Kind {
	case hearsay.Name:
		c.name(i)
	case hearsay.Descriptor:
		c.descriptor(i)
	case hearsay.Pronoun:
		c.pronoun(i)
	}
}

// observe records the salience of mention i's entity after it.
func (c *clusterer) observe(i int) {
	d := c.doc
	m := d.Mentions[i]
	e := m.Entity
	c.lastSent[e] = d.SentenceAt(m.Start)
	c.subj[e] = c.isSubject(i)
	if !c.quoted(m) {
		c.outside[e] = true
	}
	c.sal[e] = c.salience(e, c.lastSent[e]) + c.mentionWeight(i)
	c.salSent[e] = c.lastSent[e]
	if c.seen[e] == 0 {
		c.firstAt[e] = m.Start
	}
	c.seen[e]++
}

// clauseOpeners start a clause whose first mention is its subject.
var clauseOpeners = map[string]bool{",": true, ";": true, "and": true, "but": true, "when": true, "while": true,
	"after": true, "before": true, "because": true, "although": true, "though": true, "as": true, "since": true,
	"where": true, "until": true, "if": true, "so": true, "then": true, ":": true, "—": true, "(": true}

// isSubject guesses whether mention i is the subject of its clause: the
// first mention of its sentence, or one right after a clause opener.
func (c *clusterer) isSubject(i int) bool {
	d := c.doc
	m := d.Mentions[i]
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return false
	}
	if i == 0 || d.Mentions[i-1].End <= d.Sentences[si].Start {
		return true
	}
	t := d.TokenAt(m.Start)
	if t > 0 && clauseOpeners[d.low[t-1]] {
		return true
	}
	return false
}

func (c *clusterer) newEntity(mi int, name string, t hearsay.EntityType, g hearsay.Gender, anon bool) {
	d := c.doc
	ei := len(d.Entities)
	d.Entities = append(d.Entities, hearsay.Entity{Name: name, Type: t, Gender: g, Anonymous: anon})
	c.last = append(c.last, 0)
	c.lastSent = append(c.lastSent, -1)
	c.subj = append(c.subj, false)
	c.outside = append(c.outside, false)
	c.seen = append(c.seen, 0)
	c.sal, c.salSent = append(c.sal, 0), append(c.salSent, 0)
	c.firstAt = append(c.firstAt, -1)
	c.stamp = append(c.stamp, 0)
	c.words = append(c.words, nil)
	c.offices = append(c.offices, nil)
	c.roles = append(c.roles, nil)
	c.descHeads = append(c.descHeads, nil)
	c.kind = append(c.kind, 0)
	c.lastMention = append(c.lastMention, mi)
	c.names = append(c.names, 0)
	c.descAge = append(c.descAge, 0)
	c.link(mi, ei)
}

func (c *clusterer) link(mi, ei int) {
	d := c.doc
	m := &d.Mentions[mi]
	m.Entity = ei
	e := &d.Entities[ei]
	e.Mentions = append(e.Mentions, mi)
	c.last[ei] = m.Start
	c.lastMention[ei] = mi
	switch m.Kind {
	case hearsay.Name:
		c.names[ei]++
		if m.Type == hearsay.Person && c.firstPerson < 0 {
			c.firstPerson = ei
		}
	case hearsay.Pronoun:
		// (the narration's chain: a quotation's "he" is the speaker's
		// word about someone, not the story's latest "he")
		if int(m.Gender) < len(c.lastPron) && !c.quoted(*m) {
			c.lastPron[m.Gender] = ei
		}
	}
	if c.phase2 {
		c.observed(ei)
	}
	if e.Gender == hearsay.UnknownGender && (m.Gender == hearsay.Male || m.Gender == hearsay.Female) {
		e.Gender = m.Gender
	}
	if m.Kind == hearsay.Descriptor && m.Type == hearsay.Person && !m.Anonymous {
		c.noteHead(ei, *m)
	}
	if m.Kind == hearsay.Descriptor && c.descAge[ei] == 0 {
		if strings.Contains(d.Text[m.Start:m.End], "-year-old") {
			c.descAge[ei] = descriptorAge(d.Lower(m.Span))
		} else {
			c.descAge[ei] = appositiveAge(d.Text[m.End:min(len(d.Text), m.End+8)]) // "Her new husband, 37,"
		}
	}
	if m.Kind == hearsay.Name || m.Kind == hearsay.Descriptor {
		if k := c.mentionOffice(*m); k != "" && !slices.Contains(c.offices[ei], k) {
			c.offices[ei] = append(c.offices[ei], k)
		}
		if m.Type == hearsay.Person {
			c.noteRole(mi)
		}
	}
}

// nameText is a name mention's text without leading honorifics
// ("Prime Minister Jacinda Ardern" → "Jacinda Ardern").
func nameText(d *doc, m hearsay.Mention) string {
	s := d.Text[m.Start:m.End]
	for {
		f, rest, ok := strings.Cut(s, " ")
		if !ok {
			return s
		}
		lf := lexicon.Lower(f)
		_, t := lexicon.Title(lf)
		if !t {
			_, t = lexicon.Title(strings.TrimSuffix(lf, "."))
		}
		if !t || strings.HasPrefix(rest, "of ") {
			return s // "Duke of Sussex" is a name, not a title
		}
		s = strings.TrimSpace(rest)
	}
}

func nameWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ".,")
		f = strings.Trim(f, nickname.Marks) // Sean "Diddy" Combs
		if len(f) <= 1 {
			continue // initials
		}
		out = append(out, lexicon.Lower(f))
	}
	return out
}

// normName is a name's key for grouping organisations, places and works:
// lower case, without a leading "the" or a trailing possessive.
func normName(s string) string {
	s = lexicon.Lower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return s
}

// other groups a name that is not a person's with earlier names of the
// same type: the same words, or one a prefix of the other ("Closer" and
// "Closer Magazine").
func (c *clusterer) other(mi int) {
	d := c.doc
	m := d.Mentions[mi]
	k := normName(d.Text[m.Start:m.End])
	t := string(m.Type) + ":"
	found := -1
	if ei, ok := c.byKey[t+k]; ok {
		found = ei
	} else {
		// one a prefix of the other at a word boundary
		first, _, _ := strings.Cut(k, " ")
		for _, ei := range c.byFirst[t+first] {
			ek := normName(d.Entities[ei].Name)
			if strings.HasPrefix(ek, k+" ") || strings.HasPrefix(k, ek+" ") {
				found = ei
				break
			}
		}
	}
	if found >= 0 {
		c.link(mi, found)
		if ek := normName(d.Entities[found].Name); len(k) > len(ek) {
			d.Entities[found].Name = d.Text[m.Start:m.End]
			c.byKey[t+k] = found
		}
		return
	}
	c.newEntity(mi, d.Text[m.Start:m.End], m.Type, hearsay.Neuter, false)
	ei := len(d.Entities) - 1
	c.byKey[t+k] = ei
	first, _, _ := strings.Cut(k, " ")
	c.byFirst[t+first] = append(c.byFirst[t+first], ei)
}

func (c *clusterer) name(mi int) {
	d := c.doc
	m := d.Mentions[mi]
	if m.Type != hearsay.Person {
		c.other(mi)
		return
	}
	w := nameWords(nameText(d, m))
	if len(w) == 0 {
		w = []string{lexicon.Lower(nameText(d, m))}
	}
	// "Kanye West, who now goes by Ye": another name of the person
	if ei := c.aliasOf(mi); ei >= 0 {
		c.addWords(ei, w)
		c.index(ei, w)
		c.link(mi, ei)
		return
	}
	// candidates: entities sharing a word with the name, or whose first
	// name it shortens ("Brit"); typos share the surname
	var cands []int
	for _, x := range w {
		cands = append(cands, c.byWord[x]...)
	}
	if len(w) == 1 {
		cands = append(cands, c.byShort[w[0]]...)
		for _, f := range diminutives[w[0]] {
			cands = append(cands, c.byWord[f]...) // "Kate" for Catherine
		}
		for _, f := range fullNames()[w[0]] {
			cands = append(cands, c.byWord[f]...) // "Catherine" after "Kate"
		}
	}
	best, bestLast := -1, -2
	shared := false // a surname two people named in full share
	for _, ei := range cands {
		e := d.Entities[ei]
		if e.Type != hearsay.Person || e.Anonymous || !c.hasName(ei) {
			continue
		}
		if !c.matches(ei, w, m.Gender) {
			continue
		}
		if len(w) == 1 && best >= 0 && best != ei {
			shared = true
		}
		if c.last[ei] > bestLast || c.last[ei] == bestLast && ei < best {
			best, bestLast = ei, c.last[ei]
		}
	}
	if shared {
		// "Taylor Swift … her father, Scott Swift … Representatives for
		// Swift": a surname alone is the person the text names most, as
		// news style calls relatives by their first names
		best = c.mostNamed(cands, w, m.Gender)
	}
	if best < 0 && len(w) == 1 {
		best = c.nickname(w[0])
	}
	if best < 0 {
		c.newEntity(mi, nameText(d, m), hearsay.Person, m.Gender, false)
		best = len(d.Entities) - 1
	} else {
		c.link(mi, best)
	}
	c.addWords(best, w)
	c.index(best, w)
	if nick := nameWords(nickname.Quoted(nameText(d, m))); len(nick) > 0 {
		c.addWords(best, nick) // "Diddy" alone is Sean "Diddy" Combs
		c.index(best, nick)
	}
}

// diminutives are the usual short forms of given names that are no
// prefix of them (a prefix, "Jen" for "Jennifer", needs no list): the
// full names each may stand for.
var diminutives = map[string][]string{
	"kate": {"catherine", "katherine", "kathryn"}, "katie": {"catherine", "katherine", "kathryn"}, "cathy": {"catherine"},
	"kathy": {"katherine", "kathryn"}, "bill": {"william"}, "billy": {"william"}, "bob": {"robert"}, "bobby": {"robert"},
	"liz": {"elizabeth"}, "lizzie": {"elizabeth"}, "beth": {"elizabeth", "bethany"}, "betty": {"elizabeth"},
	"jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"}, "mike": {"michael"}, "dick": {"richard"}, "rick": {"richard"},
	"rich": {"richard"}, "peggy": {"margaret"}, "maggie": {"margaret"}, "meg": {"margaret"},
	"ted": {"edward"}, "ned": {"edward"}, "eddie": {"edward"}, "chuck": {"charles"}, "charlie": {"charles"}, "tony": {"anthony"}, "joe": {"joseph"}, "joey": {"joseph"}, "steve": {"stephen", "steven"}, "larry": {"lawrence"},
	"sally": {"sarah"}, "polly": {"mary"}, "molly": {"mary"}, "jenny": {"jennifer"}, "nick": {"nicholas"}, "andy": {"andrew"},
	"greg": {"gregory"}, "becky": {"rebecca"}, "abby": {"abigail"}, "gabby": {"gabrielle"}, "zach": {"zachary"}, "tom": {"thomas"},
	"tommy": {"thomas"}, "danny": {"daniel"}, "matt": {"matthew"}, "sam": {"samuel", "samantha"}, "alex": {"alexander", "alexandra"},
}

// fullNames maps a full given name to its diminutives (diminutives
// turned round), built on first use.
var fullNames = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for d, fs := range diminutives {
		for _, f := range fs {
			m[f] = append(m[f], d)
		}
	}
	for _, ds := range m {
		slices.Sort(ds)
	}
	return m
})

// mostNamed returns the candidate person matching name words w whom the
// text has mentioned most so far (the story's subject); of equals, the
// one named first.
func (c *clusterer) mostNamed(cands []int, w []string, g hearsay.Gender) int {
	d := c.doc
	best := -1
	for _, ei := range cands {
		e := d.Entities[ei]
		if e.Type != hearsay.Person || e.Anonymous || !c.hasName(ei) || !c.matches(ei, w, g) {
			continue
		}
		if best >= 0 && c.firstAt[ei] < 0 {
			continue // not named yet at this point of the text
		}
		if best < 0 || c.firstAt[best] < 0 || c.seen[ei] > c.seen[best] || c.seen[ei] == c.seen[best] && c.firstAt[ei] < c.firstAt[best] {
			best = ei
		}
	}
	return best
}

// nickname returns the latest person named in full whose first name opens
// with the initial and whose surname with the syllable of nickname w
// ("j.lo": Jennifer Lopez, "a-rod": Alex Rodriguez), or -1.
func (c *clusterer) nickname(w string) int {
	ini, syl, ok := nickname.Split(w)
	if !ok {
		return -1
	}
	// the people named in full so far, indexed once by nickname.Key
	if c.nicks == nil {
		c.nicks = map[string][]int{}
		for ei, words := range c.words {
			if e := c.doc.Entities[ei]; e.Type != hearsay.Person || e.Anonymous {
				continue
			}
			for _, f := range words {
				if len(f) < 2 {
					continue
				}
				if k := nickname.Key(f[0], f[len(f)-1]); k != "" {
					c.nicks[k] = append(c.nicks[k], ei)
				}
			}
		}
	}
	best := -1
	for _, ei := range c.nicks[nickname.Lookup(ini, syl)] {
		for _, f := range c.words[ei] {
			if len(f) >= 2 && strings.HasPrefix(f[0], ini) && nickname.Fits(syl, f[len(f)-1]) && ei > best {
				best = ei
			}
		}
	}
	return best
}

// aliasOf returns the entity of the person named right before an alias
// cue that introduces name mention mi ("Kanye West, who now goes by Ye",
// "Stefani Germanotta, better known as Lady Gaga", "Lady Gaga, born
// Stefani Germanotta"), or -1.
func (c *clusterer) aliasOf(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	si := d.SentenceAt(m.Start)
	ti := d.TokenAt(m.Start)
	first := 0
	if si >= 0 {
		first = d.Sentences[si].Tokens[0]
	}
	for ti > first && d.Tokens[ti-1].Cap { // "Lady Gaga": the title is not in the mention
		if _, ok := lexicon.Title(d.low[ti-1]); !ok {
			break
		}
		ti--
	}
	if si < 0 || ti < 2 {
		return -1
	}
	cue := -1
	switch {
	case d.low[ti-1] == "as" && d.low[ti-2] == "known":
		cue = ti - 2
	case d.low[ti-1] == "by" && (d.low[ti-2] == "goes" || d.low[ti-2] == "go" || d.low[ti-2] == "went" || d.low[ti-2] == "going"):
		cue = ti - 2
	case d.low[ti-1] == "aka" || d.low[ti-1] == "a.k.a." || d.low[ti-1] == "nicknamed" || d.low[ti-1] == "née" ||
		d.low[ti-1] == "born" && d.low[ti-2] == ",":
		cue = ti - 1
	case ti >= 4 && (d.low[ti-1] == "is" || d.low[ti-1] == "was") && d.low[ti-2] == "name" && realName[d.low[ti-3]] && d.low[ti-4] == "whose":
		cue = ti - 4 // "Blanco, whose real name is Benjamin Levin,"
	case d.low[ti-1] == "name" && realName[d.low[ti-2]]:
		cue = ti - 2 // "Blanco (real name Benjamin Levin)"
	}
	if cue <= first {
		return -1
	}
	// the name before it: skip "also", "better", "who now", a comma
	k := cue - 1
	for k > first && k > cue-4 && !d.Tokens[k].Cap {
		switch d.low[k] {
		case ",", "(", "also", "better", "now", "professionally", "formerly", "who", "popularly", "widely", "simply", "whose":
			k--
			continue
		}
		return -1
	}
	for mj := mi - 1; mj >= 0 && d.Mentions[mj].Start >= d.Sentences[si].Start; mj-- {
		o := d.Mentions[mj]
		if o.End > d.Tokens[k].End || o.End < d.Tokens[k].Start {
			continue
		}
		if o.Kind == hearsay.Name && o.Type == hearsay.Person && o.Entity >= 0 {
			return o.Entity
		}
		if o.Kind == hearsay.Name && o.Type == hearsay.Person {
			// a surname not yet resolved (full names go first): the one
			// person it names so far ("Benny Blanco" … "Blanco, whose …")
			if w := nameWords(nameText(d, o)); len(w) == 1 {
				found := -1
				for _, ei := range c.byWord[w[0]] {
					if d.Entities[ei].Type == hearsay.Person && !d.Entities[ei].Anonymous && c.matches(ei, w, o.Gender) {
						if found >= 0 && found != ei {
							return -1
						}
						found = ei
					}
				}
				return found
			}
		}
		return -1
	}
	return -1
}

// realName qualify "name" in an alias cue: "whose real name is".
var realName = map[string]bool{"real": true, "birth": true, "legal": true, "given": true, "full": true}

func (c *clusterer) hasName(ei int) bool { return len(c.words[ei]) > 0 }

// matches reports whether a name with words w can name entity ei.
func (c *clusterer) matches(ei int, w []string, g hearsay.Gender) bool {
	eg := c.doc.Entities[ei].Gender
	if (g == hearsay.Male && eg == hearsay.Female) || (g == hearsay.Female && eg == hearsay.Male) {
		// a given name's gender is a statistic: "Blake" is Blake Lively's
		// whatever most Blakes are (the same name, or its first word)
		for _, ew := range c.words[ei] {
			if len(ew) > 1 && (equalWords(ew, w) || len(w) == 1 && w[0] == ew[0]) {
				return true
			}
		}
		return false
	}
	for _, ew := range c.words[ei] {
		switch {
		case equalWords(ew, w):
			return true
		case len(w) == 1 && (w[0] == ew[0] || w[0] == ew[len(ew)-1]):
			return true // "Spears", "Britney"
		case len(w) == 1 && len(ew) > 1 && len(w[0]) >= 3 && len(ew[0]) > len(w[0])+1 && strings.HasPrefix(ew[0], w[0]):
			return true // "Brit" for "Britney"
		case len(w) == 1 && slices.Contains(diminutives[w[0]], ew[0]):
			return true // "Kate" for "Catherine"
		case len(w) == 1 && len(ew) == 1 && slices.Contains(diminutives[ew[0]], w[0]):
			return true // "Catherine" for the "Kate" seen before
		case len(ew) == 1 && (ew[0] == w[0] || ew[0] == w[len(w)-1]):
			return true // "Justin" seen before "Justin Timberlake"
		case len(w) > 1 && len(ew) > 1 && w[len(w)-1] == ew[len(ew)-1] && typo(w[0], ew[0]):
			return true // "Brintey Spears" ~ "Britney Spears"
		case len(w) > 1 && len(ew) > len(w) && lexicon.NameParticle(w[0]) && equalWords(ew[len(ew)-len(w):], w):
			return true // "Ten Hag" for "Erik ten Hag"
		case len(ew) > 1 && len(w) > len(ew) && lexicon.NameParticle(ew[0]) && equalWords(w[len(w)-len(ew):], ew):
			return true // "Erik ten Hag" after a headline's "Ten Hag"
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// typo reports whether a and b are one edit (or one transposition) apart,
// long enough to be sure, and not both real given names ("Jessie" and
// "Jessica" are two people).
func typo(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	_, ka := lexicon.Name(a)
	_, kb := lexicon.Name(b)
	if ka && kb {
		return false
	}
	return damerau(a, b) <= 1
}

// damerau is the optimal-string-alignment distance between a and b, in bytes.
func damerau(a, b string) int {
	if d := len(a) - len(b); d > 1 || d < -1 {
		return 2
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func (c *clusterer) descriptor(mi int) {
	d := c.doc
	m := d.Mentions[mi]
	if c.citedAgain(mi) {
		return
	}
	// (a royal title is a role: "the duke" is the duke the text named)
	if head, ok := d.generic[m.Start]; ok && royalFits[head] == nil {
		c.genericDesc(mi, head)
		return
	}
	text := d.Lower(m.Span)
	det, _, _ := strings.Cut(text, " ")
	definite := det == "the" || det == "this" || det == "that"
	possessive := possessiveDets[det]
	// "the Prince of Wales" where the text names Prince William: the one
	// person named with a given name of the style's holders
	if definite {
		if ei := c.styledPerson(m); ei >= 0 {
			c.link(mi, ei)
			return
		}
		// nobody named so far held it: someone of its own, whom styles
		// joins to a holder the text names later ("the Princess of Wales
		// … Kate, 43,"), not whoever was named last
		if styleOf(d, m) != nil {
			c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
			c.kind[len(d.Entities)-1] = 'G'
			return
		}
	}
	if m.Gender == hearsay.Plural && !m.Anonymous {
		// "His lawyers", "the government's lawyers": people someone
		// retains, of their own, not the pair just named ("her
		// daughters" may well be that pair)
		if hiredRole(text) && (possessive || strings.Contains(text, "'s ") || strings.Contains(text, "’s ")) {
			c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, hearsay.Plural, false)
			return
		}
		c.group(mi)
		return
	}
	if m.Anonymous {
		// "John Smith, a spokesman for the ministry,": in apposition after
		// a name, a source is that named person
		if c.apposedAfter(mi) {
			return
		}
		if definite {
			// "the ministry spokesman" is who the text has called a
			// spokesman by name
			if ei := c.calledBefore(mi, d.low[c.headToken(m)], c.namedPerson(m.Gender)); ei >= 0 {
				c.link(mi, ei)
				return
			}
			// "the source" is the latest anonymous source
			best := c.recent(func(ei int) (bool, bool) { return d.Entities[ei].Anonymous, false })
			if best >= 0 {
				c.link(mi, best)
				return
			}
		}
		c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, true)
		return
	}
	// In apposition to a name, it is that person: "Her lawyer, Robert
	// Shapiro," "his ex-wife Jennifer Garner", "Robert Shapiro, her lawyer,"
	if c.apposed(mi) {
		return
	}
	// "the teenage boy who comes home from school": a restrictive
	// relative clause picks out someone new, not someone named before
	if definite && !possessive {
		if k := d.TokenAt(m.End); k < len(d.Tokens) && d.Tokens[k].Start >= m.End && (d.low[k] == "who" || d.low[k] == "whom") {
			c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
			return
		}
	}
	// A role descriptor: the most recent compatible named person, but not
	// the possessor of "his former girlfriend", nor the subject of the
	// sentence ("Justin's silence didn't help the Circus singer" — the
	// first person mentioned, unless as a possessor).
	si := d.SentenceAt(m.Start)
	exclude := map[int]bool{}
	// the subject of a clause of its own ("days after the singer wrapped
	// her tour") may be the main clause's subject
	ti := d.TokenAt(m.Start)
	subordinate := ti > 0 && subordinators[d.low[ti-1]]
	// (but ", while the Chiefs tight end opted for …" sets someone else
	// against the main clause's subject)
	if subordinate && ti > 1 && (d.low[ti-1] == "while" || d.low[ti-1] == "whereas") && d.low[ti-2] == "," {
		subordinate = false
	}
	// "Gomez and Blanco are engaged, the actress announced": the speaker
	// after what they said may be its subject
	if te := d.TokenAt(m.End); ti > 0 && d.low[ti-1] == "," && te < len(d.low) && lexicon.Cues().Has(d.low[te]) {
		subordinate = true
	}
	// "Beyoncé became the most-awarded artist": a definite predicate is
	// its subject
	if definite && ti > 1 && copulas[d.low[ti-1]] && mi > 0 {
		if p := d.Mentions[mi-1]; p.Kind == hearsay.Name && p.Type == hearsay.Person && p.Entity >= 0 && d.TokenAt(p.End-1) == ti-2 &&
			compatible(m.Gender, d.Entities[p.Entity].Gender) && d.Entities[p.Entity].Gender != hearsay.Plural {
			c.link(mi, p.Entity)
			return
		}
	}
	// "Swift did not comment, though a source close to the singer said":
	// the one a source is close to is the sentence's subject, if it fits
	head := text[strings.LastIndexByte(text, ' ')+1:]
	if src := c.sourceOf(mi); src && si >= 0 && !possessive {
		fits := func(ei int) bool {
			return ei >= 0 && d.Entities[ei].Type == hearsay.Person && !d.Entities[ei].Anonymous && c.hasName(ei) &&
				compatible(m.Gender, d.Entities[ei].Gender) && d.Entities[ei].Gender != hearsay.Plural && !c.roleConflict(ei, head) &&
				!c.headConflict(ei, head)
		}
		if ei := c.subjectOf(si); fits(ei) {
			c.link(mi, ei)
			return
		}
		// "Her husband, Ryan Reynolds, … A source close to the Deadpool
		// star told People": the source opens its sentence; the one it is
		// close to is the previous sentence's subject
		if si > 0 && c.sourceOpens(mi, si) {
			if ei := c.subjectOf(si - 1); fits(ei) {
				c.link(mi, ei)
				return
			}
		}
	}
	// (scanned forward from the sentence's start to its first two such
	// mentions: a sentence of thousands of mentions costs no more)
	skip := func(o hearsay.Mention) bool {
		return o.Entity < 0 || o.Type != hearsay.Person || o.Kind == hearsay.Pronoun && c.quoted(o) && !c.quoted(m) // (a quotation's "he" says nothing of who speaks it)
	}
	if si >= 0 && !subordinate && possessive {
		for mj := mi - 1; mj >= 0 && d.Mentions[mj].Start >= m.Start; mj-- {
			if o := d.Mentions[mj]; !skip(o) && o.Start == m.Start {
				exclude[o.Entity] = true
			}
		}
	} else if si >= 0 && !subordinate {
		first, next := -1, -1
		for mj := sort.Search(mi, func(x int) bool { return d.Mentions[x].Start >= d.Sentences[si].Start }); mj < mi; mj++ {
			o := d.Mentions[mj]
			if skip(o) {
				continue
			}
			// "Her lawyer": the possessive opens a person's descriptor,
			// which is the subject, not the possessor
			ownsPerson := mj+1 < mi && d.Mentions[mj+1].Start == o.Start && d.Mentions[mj+1].Type == hearsay.Person
			if !c.possessor(o) || c.opensSentence(o, si) && !ownsPerson {
				if first < 0 {
					first = mj
					continue
				}
				next = mj
				break
			}
		}
		if first >= 0 {
			// the earliest non-possessive mention, with the name in
			// apposition to it ("Her lawyer, Robert Shapiro,")
			o := d.Mentions[first]
			exclude = map[int]bool{o.Entity: true}
			if next >= 0 && strings.TrimSpace(d.Text[o.End:max(o.End, d.Mentions[next].Start)]) == "," {
				exclude[d.Mentions[next].Entity] = true
			}
			// "Photographer Ben McDonald told …": the role and the name
			// after it are one subject, joined only at the end
			if n := first + 1; n < mi && d.Mentions[n].Kind == hearsay.Name && d.Mentions[n].Entity >= 0 &&
				d.Mentions[n].Start >= o.End && strings.TrimSpace(d.Text[o.End:d.Mentions[n].Start]) == "" {
				exclude[d.Mentions[n].Entity] = true
			}
		}
	}
	// "the Canadian rapper accuses Lamar of …": not the person its verb
	// acts on
	for _, ei := range c.objectOfVerb(mi) {
		exclude[ei] = true
	}
	// "The singer, who is on the final leg of her tour": the relative
	// clause's pronoun gives the gender the noun does not
	if m.Gender == hearsay.UnknownGender {
		g := c.relativeGender(mi)
		if g == hearsay.UnknownGender {
			g = c.clauseGender(mi)
		}
		if g != hearsay.UnknownGender {
			d.Mentions[mi].Gender, m.Gender = g, g
		}
	}
	// "his daughter": not the man "his" most likely is, the latest named
	// person who fits it (who may be known so far only by a role in
	// apposition: "Her father, Dukagjin Lipa, … his daughter")
	if det == "his" || det == "her" {
		pg := hearsay.Male
		if det == "her" {
			pg = hearsay.Female
		}
		named := c.namedPerson(pg)
		if ei := c.recent(func(ei int) (bool, bool) {
			if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 2 {
				return false, true
			}
			return named(ei), false
		}); ei >= 0 {
			exclude[ei] = true
		}
	}
	age := descriptorAge(text)
	if age == 0 {
		age = appositiveAge(d.Text[m.End:min(len(d.Text), m.End+8)]) // "The Grammy winner, 29,"
	}
	office := c.mentionOffice(m)
	ok := func(ei int) bool {
		e := d.Entities[ei]
		return e.Type == hearsay.Person && !e.Anonymous && !exclude[ei] && compatible(m.Gender, e.Gender) && c.hasName(ei) && len(e.Members) == 0 &&
			c.ageFits(ei, age) && officeFits(c.offices[ei], office)
	}
	// "President Joe Biden" … "Former President Donald Trump" … "the
	// president": the office's holder, not the latest who once held it
	if !possessive && definite && office != "" {
		if ei := c.recent(func(ei int) (bool, bool) {
			return ok(ei) && slices.Contains(c.offices[ei], office), false
		}); ei >= 0 {
			c.link(mi, ei)
			return
		}
	}
	// "singer Olivia Rodrigo" … "a spokesperson for the singer": the
	// person the text has already called by this role
	opening := !possessive && si > 0 && (c.opensSentence(m, si) || c.afterQuote(m, si) || c.afterFronted(m, si) || definite && c.reportedSubject(m, si))
	voice := -1 // the previous sentence's subject, when m opens its own
	if opening {
		voice = c.voiceOf(si - 1)
	}
	if !possessive && definite {
		if ei := c.calledBefore(mi, head, ok); ei >= 0 {
			// (but "She dedicated the win to Linda Martell, a country
			// singer. Backstage, the singer told reporters …" goes on with
			// the subject, when the one called so was only its object)
			if !opening || voice < 0 || voice == ei || !ok(voice) || c.lastSent[ei] != si-1 {
				c.link(mi, ei)
				return
			}
		}
	}
	// "The 31-year-old singer told …" opening a sentence continues the
	// previous sentence's subject, when that is a named person who fits;
	// so does the subject of what a source reports ("Bieber has not
	// commented. An insider claimed that the singer …")
	if voice >= 0 && ok(voice) {
		c.link(mi, voice)
		return
	}
	hired := hiredRole(text)
	// "the monarch", "the duke": the person the text titled so ("King
	// Charles", "Prince Harry"), however recent the others
	if fits := royalFits[head]; fits != nil && !possessive {
		titled := func(want func(string) bool) int {
			return c.recent(func(ei int) (bool, bool) {
				if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 8 {
					return false, true
				}
				return ok(ei) && want(c.royalTitle(ei)), false
			})
		}
		ei := -1
		if fits["king"] && fits["queen"] {
			// "the monarch" beside King Charles and Queen Camilla is the
			// King: a queen is the monarch only where no king reigns
			ei = titled(func(t string) bool { return t == "king" })
		}
		if ei < 0 {
			ei = titled(func(t string) bool { return fits[t] })
		}
		if ei >= 0 {
			c.link(mi, ei)
			return
		}
		// "The King" where no one is titled king is the monarch, whom
		// the text has not named: not the journalist named last
		if (fits["king"] || fits["queen"]) && strings.ContainsAny(d.Text[m.Start+1:m.End], "KQMS") {
			c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
			return
		}
		// nor is "the duke" a prince the text titled so: someone of that
		// title it has not named, unless someone untitled fits
		prev := ok
		ok = func(ei int) bool {
			t := c.royalTitle(ei)
			return prev(ei) && (t == "" || fits[t])
		}
	}
	// "The singer has rarely spoken …" opening a sentence: the most
	// salient person who fits (the one the passage is about, mentioned
	// as a subject, often and lately), not merely the latest ("… his
	// split from Taylor Russell")
	if definite && !possessive && si > 0 && (c.opensSentence(m, si) || c.afterFronted(m, si)) {
		top, topSal := -1, float32(0)
		c.recent(func(ei int) (bool, bool) {
			if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 3 {
				return false, true
			}
			if ok(ei) {
				if v := c.salience(ei, si); v > topSal {
					top, topSal = ei, v
				}
			}
			return false, false
		})
		if top >= 0 {
			c.link(mi, top)
			return
		}
	}
	best := c.recent(func(ei int) (bool, bool) {
		// "His lawyer" in a new paragraph, two sentences or more after
		// anyone else, is someone new; "his wife" may be someone the
		// story has followed all along
		if possessive && hired && c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 1 &&
			d.Sentences[c.lastSent[ei]].Paragraph != d.Sentences[si].Paragraph {
			return false, false
		}
		return ok(ei), false
	})
	// "The Anti-Hero singer … the Chiefs tight end … Neither Swift nor
	// Kelce … a rep for the singer": one whom a descriptor called
	// something else is passed over for a recent one a descriptor called
	// this
	if best >= 0 && c.headConflict(best, head) {
		if alt := c.recent(func(ei int) (bool, bool) {
			if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 6 {
				return false, true
			}
			return ei != best && ok(ei) && slices.Contains(c.descHeads[ei], head), false
		}); alt >= 0 {
			best = alt
		}
	}
	// "actress Zoe Kravitz" … "a representative for the singer": a person
	// the text called something else outright is passed over for a
	// recent one it did not ("Harry Styles", "the One Direction star")
	if _, isRole := lexicon.Role(head); best >= 0 && isRole && c.roleConflict(best, head) {
		// the one this role was used for before ("the Bayern Munich
		// striker said" … "a pal of the striker"), else a recent one
		alt := c.roleUsedFor(mi, head, func(ei int) bool { return ei != best && ok(ei) && !c.roleConflict(ei, head) })
		if alt < 0 {
			alt = c.recent(func(ei int) (bool, bool) {
				if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 3 {
					return false, false
				}
				return ei != best && ok(ei) && !c.roleConflict(ei, head), false
			})
		}
		if alt >= 0 {
			best = alt
		}
	}
	if best >= 0 {
		c.link(mi, best)
		return
	}
	c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
}

// citedAgain links "the people", "the sources", "the officials" to the
// unnamed sources cited in the last three sentences ("…, citing people
// familiar with the matter. A deal could come next week, the people
// said"), and reports whether it did.
func (c *clusterer) citedAgain(mi int) bool {
	d := c.doc
	m := d.Mentions[mi]
	if i := d.TokenAt(m.Start); d.low[i] != "the" || i+2 != d.TokenAt(m.End-1)+1 {
		return false // the cheap test first: "the" and one word
	}
	det, head, ok := strings.Cut(d.Lower(m.Span), " ")
	if !ok || det != "the" || strings.Contains(head, " ") || !bareSources[head] || !strings.HasSuffix(head, "s") && head != "people" {
		return false
	}
	si := d.SentenceAt(m.Start)
	ei := c.recent(func(ei int) (bool, bool) {
		if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > 3 {
			return false, true
		}
		e := d.Entities[ei]
		return e.Anonymous && e.Gender == hearsay.Plural, false
	})
	if ei < 0 {
		return false
	}
	c.link(mi, ei)
	return true
}

// possessiveDets open a descriptor owned by someone: "his lawyer".
var possessiveDets = set("his", "her", "their", "its", "my", "our", "your")

// relativeGender returns the gender of the he, she or possessive his or
// her in a relative clause right after mention mi (", who … her tour,";
// not "who married her"), or UnknownGender.
func (c *clusterer) relativeGender(mi int) hearsay.Gender {
	d := c.doc
	k := d.TokenAt(d.Mentions[mi].End)
	if k+1 >= len(d.low) || d.low[k] != "," || d.low[k+1] != "who" {
		return hearsay.UnknownGender
	}
	for j := k + 2; j < len(d.low) && j < k+20; j++ {
		switch d.low[j] {
		case ",", ".", ";", "“", "\"":
			return hearsay.UnknownGender
		case "he", "his", "himself":
			return hearsay.Male
		case "she", "herself":
			return hearsay.Female
		case "her": // "her tour", not "who married her"
			if j+1 < len(d.low) && d.Tokens[j+1].Kind == hearsay.Word && !function[d.low[j+1]] {
				return hearsay.Female
			}
		}
	}
	return hearsay.UnknownGender
}

// reportedSubject reports whether mention o opens the "that" clause of a
// cue verb in sentence si: "an insider claimed to Us Weekly that the
// singer …".
func (c *clusterer) reportedSubject(o hearsay.Mention, si int) bool {
	d := c.doc
	ti := d.TokenAt(o.Start)
	if ti < 2 || d.low[ti-1] != "that" {
		return false
	}
	for k := ti - 2; k >= d.Sentences[si].Tokens[0] && k > ti-10; k-- {
		if lexicon.Cues().Has(d.low[k]) {
			return true
		}
	}
	return false
}

// clauseGender is the gender a possessive or reflexive pronoun gives
// subject mention mi later in its clause, before anyone else is named
// ("the singer has been flying to Kansas City on her private jet"), or
// UnknownGender.
func (c *clusterer) clauseGender(mi int) hearsay.Gender {
	d := c.doc
	m := d.Mentions[mi]
	k := d.TokenAt(m.End-1) + 1
	if k <= 0 || k >= len(d.low) || d.Tokens[k].Kind != hearsay.Word || function[d.low[k]] && !auxiliaries[d.low[k]] ||
		d.Tokens[k].Cap || d.SentenceAt(d.Tokens[k].Start) != d.SentenceAt(m.Start) {
		return hearsay.UnknownGender // a verb must follow: "the singer has", "the actor thanked"
	}
	// the next person mentioned after it, who may be the one meant
	next := len(d.Text)
	for mj := mi + 1; mj < len(d.Mentions); mj++ {
		if o := d.Mentions[mj]; o.Start >= m.End && o.Type == hearsay.Person && o.Kind != hearsay.Pronoun {
			next = o.Start
			break
		}
	}
	for j := k; j < len(d.low) && j < k+15 && d.Tokens[j].Start < next; j++ {
		// a few words quoted inside the clause: `has been "distant" since
		// returning to his tour`
		if d.low[j] == "“" || d.low[j] == "\"" {
			e := j + 1
			for e < len(d.low) && e < j+6 && d.low[e] != "”" && d.low[e] != "\"" {
				e++
			}
			if e < len(d.low) && e < j+6 {
				j = e
				continue
			}
		}
		switch d.low[j] {
		case ",", ".", ";", ":", "“", "”", "\"", "(", "and", "but", "who", "that", "which", "while", "after", "before", "when":
			return hearsay.UnknownGender
		case "himself":
			return hearsay.Male
		case "herself":
			return hearsay.Female
		case "his":
			if j+1 < len(d.low) && d.Tokens[j+1].Kind == hearsay.Word && !function[d.low[j+1]] {
				return hearsay.Male
			}
		case "her":
			// "her private jet", not "wishes her well"
			if j+1 < len(d.low) && d.Tokens[j+1].Kind == hearsay.Word && !function[d.low[j+1]] && !adverbLike(d.low[j+1]) {
				return hearsay.Female
			}
			return hearsay.UnknownGender
		case "he", "she", "him", "they", "them", "their":
			return hearsay.UnknownGender
		}
	}
	return hearsay.UnknownGender
}

// adverbLike reports whether w is an adverb or particle, which an object
// "her" may precede ("wishes her well", "took her home") but a
// possessive one does not.
func adverbLike(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4 || adverbs[w]
}

var adverbs = set("well", "again", "back", "up", "out", "off", "down", "away", "in", "on", "over", "around", "now", "then",
	"here", "there", "home", "today", "tonight", "yesterday", "tomorrow", "too", "so", "very", "more", "most", "best",
	"better", "alone", "together", "anyway", "once", "twice", "before", "after", "since", "ago", "first", "last")

// copulas join a subject to a predicate that names it.
var copulas = set("is", "was", "became", "becomes", "remains", "remained")

// sourceOf reports whether descriptor mention mi ends an anonymous
// source's phrase: "a source close to the singer", "a friend of the
// actress".
func (c *clusterer) sourceOf(mi int) bool {
	d := c.doc
	m := d.Mentions[mi]
	for pj := mi - 1; pj >= 0 && pj >= mi-3; pj-- {
		if p := d.Mentions[pj]; p.Anonymous && p.Start < m.Start && p.End == m.End {
			return true
		}
	}
	return false
}

// subjectBeforePronoun reports whether entity subj, the subject of
// sentence si, is mentioned in it before mention mi.
func (c *clusterer) subjectBeforePronoun(subj, si, mi int) bool {
	d := c.doc
	// (a few dozen mentions back at most: a sentence of thousands must
	// not make this quadratic)
	for x := mi - 1; x >= 0 && x >= mi-64 && d.Mentions[x].Start >= d.Sentences[si].Start; x-- {
		if d.Mentions[x].Entity == subj {
			return true
		}
	}
	return false
}

// voiceOf is subjectOf, but a sentence all quotation goes on in its
// speaker's voice: "“Jen is family,” she said. “I don't know what I'd do
// without her.”" has Cox for subject.
func (c *clusterer) voiceOf(si int) int {
	d := c.doc
	if ei := c.subjectOf(si); ei >= 0 {
		return ei
	}
	if si > 0 && c.allQuoted(si) && d.Sentences[si-1].Paragraph == d.Sentences[si].Paragraph && !c.allQuoted(si-1) {
		return c.subjectOf(si - 1)
	}
	return -1
}

// allQuoted reports whether sentence si is a quotation and nothing else.
func (c *clusterer) allQuoted(si int) bool {
	d := c.doc
	s := d.Sentences[si]
	c.quoted(hearsay.Mention{Span: d.Tokens[s.Tokens[0]].Span}) // fills d.inQuote
	for i := s.Tokens[0]; i < s.Tokens[1]; i++ {
		if d.Tokens[i].Kind == hearsay.Word && (i >= len(d.inQuote) || !d.inQuote[i]) {
			return false
		}
	}
	return true
}

// objectOfVerb returns the entities the person's name right after
// descriptor mi's verb may be ("the Canadian rapper accuses Lamar":
// Kendrick Lamar): one or two lower-case words between, a verb and an
// adverb, and a name no one else in the text shares.
func (c *clusterer) objectOfVerb(mi int) []int {
	d := c.doc
	m := d.Mentions[mi]
	k := d.TokenAt(m.End-1) + 1
	if k >= len(d.Tokens) || d.Tokens[k].Kind != hearsay.Word || d.Tokens[k].Cap || function[d.low[k]] && !auxiliaries[d.low[k]] {
		return nil
	}
	for n := mi + 1; n < len(d.Mentions) && n < mi+4; n++ {
		o := d.Mentions[n]
		if o.Start < m.End {
			continue
		}
		j := d.TokenAt(o.Start)
		if o.Kind != hearsay.Name || o.Type != hearsay.Person || j-k > 2 || j <= k {
			return nil
		}
		for x := k; x < j; x++ {
			if d.Tokens[x].Kind != hearsay.Word || d.Tokens[x].Cap {
				return nil
			}
		}
		var out []int
		for _, w := range nameWords(nameText(d, o)) {
			for _, ei := range c.byWord[w] {
				if !slices.Contains(out, ei) {
					out = append(out, ei)
				}
			}
		}
		return out
	}
	return nil
}

// orgSays reports whether the cue right before pronoun mi has an
// organisation for subject: "New South Wales Police said they were
// investigating" — they are the police, no source named before.
func (c *clusterer) orgSays(mi int) bool {
	d := c.doc
	ti := d.TokenAt(d.Mentions[mi].Start)
	k := ti - 1
	if k > 0 && d.low[k] == "that" {
		k--
	}
	if k < 1 || !lexicon.Cues().Has(d.low[k]) {
		return false
	}
	for pj := mi - 1; pj >= 0 && pj >= mi-4; pj-- {
		if p := d.Mentions[pj]; p.End <= d.Tokens[k].Start {
			return p.Type == hearsay.Org && d.TokenAt(p.End-1) == k-1
		}
	}
	return false
}

// sourceOpens reports whether the anonymous source's phrase that mention
// mi ends ("A source close to the Deadpool star") opens sentence si.
func (c *clusterer) sourceOpens(mi, si int) bool {
	d := c.doc
	m := d.Mentions[mi]
	for pj := mi - 1; pj >= 0 && pj >= mi-3; pj-- {
		if p := d.Mentions[pj]; p.Anonymous && p.Start < m.Start && p.End == m.End {
			return c.opensSentence(p, si)
		}
	}
	return false
}

// noteHead records the head of descriptor m, if a role, as one entity ei
// has been called by (descHeads).
func (c *clusterer) noteHead(ei int, m hearsay.Mention) {
	text := c.doc.Lower(m.Span)
	k := strings.LastIndexByte(text, ' ')
	head := text[k+1:]
	_, role := lexicon.Role(head)
	if !role && k > 0 {
		prev := text[strings.LastIndexByte(text[:k], ' ')+1 : k]
		_, role = lexicon.Role2(prev, head) // "tight end"
	}
	if role && !slices.Contains(c.descHeads[ei], head) {
		c.descHeads[ei] = append(c.descHeads[ei], head)
	}
}

// headConflict reports whether role descriptors called entity ei by
// other roles and never by head, itself a role.
func (c *clusterer) headConflict(ei int, head string) bool {
	if _, isRole := lexicon.Role(head); !isRole || relations[head] {
		return false
	}
	roles := 0
	for _, h := range c.descHeads[ei] {
		if h == head {
			return false
		}
		if !relations[h] {
			roles++
		}
	}
	return roles > 0
}

// roleConflict reports whether the text called entity ei by a role
// outright, before or in apposition to a name, and never by head.
func (c *clusterer) roleConflict(ei int, head string) bool {
	rs := c.roles[ei]
	return len(rs) > 0 && !slices.Contains(rs, head)
}

// noteRole records the role a descriptor gives outright to the name
// right after it ("actress Zoe Kravitz"), as mention mi, the descriptor
// or the name, is linked.
func (c *clusterer) noteRole(mi int) {
	d := c.doc
	desc := mi
	if d.Mentions[mi].Kind == hearsay.Name {
		desc = mi - 1
	}
	if desc < 0 || d.Mentions[desc].Kind != hearsay.Descriptor || d.Mentions[desc].Anonymous {
		return
	}
	n := c.nameRightAfter(desc)
	if n < 0 || desc != mi && n != mi {
		return
	}
	ei := d.Mentions[n].Entity
	text := d.Lower(d.Mentions[desc].Span)
	head := text[strings.LastIndexByte(text, ' ')+1:]
	if _, ok := lexicon.Role(head); ok && !relations[head] && !slices.Contains(c.roles[ei], head) {
		c.roles[ei] = append(c.roles[ei], head)
	}
}

// royalFits are, for a royal descriptor's head, the titles before a name
// that its person may have been given: a monarch is a king or a queen; a
// duke is often a prince.
var royalFits = map[string]map[string]bool{
	"monarch": set("king", "queen"), "king": set("king"), "queen": set("queen"), "sovereign": set("king", "queen"),
	"duke": set("duke", "prince"), "duchess": set("duchess", "princess"),
	"prince": set("prince", "duke"), "princess": set("princess", "duchess"),
}

// royalTitle returns the royal title the text put before a name of
// entity ei ("King Charles", "Prince Harry", "the Duke of Sussex"), or "".
func (c *clusterer) royalTitle(ei int) string {
	d := c.doc
	for k, mi := range d.Entities[ei].Mentions {
		if k == 20 {
			break
		}
		m := d.Mentions[mi]
		if m.Kind != hearsay.Name {
			continue
		}
		i := d.TokenAt(m.Start)
		for _, j := range []int{i - 1, i} {
			if j >= 0 && j < len(d.low) && d.Tokens[j].Cap {
				switch w := d.low[j]; w {
				case "king", "queen", "prince", "princess", "duke", "duchess":
					return w
				}
			}
		}
	}
	return ""
}

// relations are the nouns of a relation to someone ("Her husband Travis
// Barker"): what a person is to another, not a role that rules out
// another ("the Blink-182 drummer").
var relations = set("husband", "wife", "ex-husband", "ex-wife", "boyfriend", "girlfriend", "ex-boyfriend", "ex-girlfriend",
	"fiancé", "fiancée", "fiance", "fiancee", "partner", "spouse", "son", "daughter", "mother", "father", "mom", "dad",
	"mum", "brother", "sister", "sibling", "cousin", "aunt", "uncle", "niece", "nephew", "grandmother", "grandfather",
	"grandson", "granddaughter", "stepson", "stepdaughter", "stepmother", "stepfather", "friend", "pal", "ex",
	"widow", "widower", "twin", "child", "parent", "stepbrother", "stepsister", "half-brother", "half-sister")

// nameRightAfter returns the mention of a person's name that follows
// descriptor mention mj with only space between ("singer Olivia
// Rodrigo"), resolved already, or -1.
func (c *clusterer) nameRightAfter(mj int) int {
	d := c.doc
	o := d.Mentions[mj]
	n := mj + 1
	for n < len(d.Mentions) && d.Mentions[n].Start < o.End {
		n++ // inside it: "Liverpool" of "Liverpool manager Arne Slot"
	}
	if n < len(d.Mentions) && d.Mentions[n].Kind == hearsay.Name && d.Mentions[n].Type == hearsay.Person &&
		d.Mentions[n].Entity >= 0 && d.Mentions[n].Start >= o.End && strings.TrimSpace(d.Text[o.End:d.Mentions[n].Start]) == "" {
		return n
	}
	return -1
}

// hiredRoles are people someone employs or retains: "his lawyer", "her
// spokesperson" is rarely a person the story named before.
var hiredRoles = set("lawyer", "attorney", "counsel", "spokesman", "spokeswoman",
	"spokesperson", "representative", "rep", "agent", "manager", "publicist", "doctor", "physician",
	"aide", "adviser", "advisor", "bodyguard", "driver", "assistant", "accountant", "therapist")

// hiredRole reports whether descriptor text (lower case) ends with a
// hired role, singular or plural ("his lawyers").
func hiredRole(text string) bool {
	head := text[strings.LastIndexByte(text, ' ')+1:]
	return hiredRoles[head] || hiredRoles[strings.TrimSuffix(head, "s")]
}

func compatible(a, b hearsay.Gender) bool {
	if a == hearsay.Plural || b == hearsay.Plural {
		return a == b
	}
	return a == hearsay.UnknownGender || b == hearsay.UnknownGender || a == b
}

// genericDesc resolves a descriptor made of a common noun ("the
// director", "a stranger", "his wife"): a definite one is the latest
// entity of the same head noun, any other a new entity.
func (c *clusterer) genericDesc(mi int, head string) {
	d := c.doc
	m := d.Mentions[mi]
	if c.apposed(mi) {
		return
	}
	det := d.Lower(m.Span)
	det, _, _ = strings.Cut(det, " ")
	if det == "the" || det == "this" || det == "that" || det == "these" || det == "those" {
		if ei, ok := c.heads[head]; ok && compatible(m.Gender, d.Entities[ei].Gender) {
			c.link(mi, ei)
			return
		}
		if ei := c.calledBefore(mi, head, c.namedPerson(m.Gender)); ei >= 0 {
			c.link(mi, ei)
			return
		}
	}
	// "Wayne Rooney's wife": the person named with his surname (not the
	// document's couple: "Justin's wife" is not his former girlfriend)
	if partnerNouns[head] {
		if ei := c.partnerOf(mi); ei >= 0 {
			c.link(mi, ei)
			return
		}
	}
	c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
	ei := len(d.Entities) - 1
	c.kind[ei] = 'G'
	c.heads[head] = ei
}

// partnerOf returns the partner of the named person whose possessive
// opens descriptor mi ("Wayne Rooney's wife"): the one other named person
// of a compatible gender who shares his surname, or -1.
func (c *clusterer) partnerOf(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	owner := -1
	for mj := mi - 1; mj >= 0 && d.Mentions[mj].Start == m.Start; mj-- {
		if o := d.Mentions[mj]; o.Kind == hearsay.Name && o.Type == hearsay.Person && o.Entity >= 0 {
			owner = o.Entity
		}
	}
	if owner < 0 {
		return -1
	}
	last := map[string]bool{}
	for _, w := range c.words[owner] {
		if len(w) > 1 {
			last[w[len(w)-1]] = true
		}
	}
	// the people named with one of those surnames, found by the name
	// index rather than a scan of every entity
	found := -1
	for l := range last {
		for _, ei := range c.byWord[l] {
			e := d.Entities[ei]
			if ei == owner || ei == found || e.Type != hearsay.Person || e.Anonymous || len(e.Members) > 0 || !compatible(m.Gender, e.Gender) {
				continue
			}
			same := false
			for _, w := range c.words[ei] {
				if len(w) > 1 && last[w[len(w)-1]] {
					same = true
				}
			}
			if same {
				if found >= 0 {
					return -1 // two candidates: say nothing
				}
				found = ei
			}
		}
	}
	return found
}

// deictic links I/me/my, we/us/our and you/your each to one entity for
// the document's own voice; the quote annotator moves those inside a
// quotation to its speaker.
func (c *clusterer) deictic(mi int, p byte) {
	d := c.doc
	if ei, ok := c.deixis[p]; ok {
		c.link(mi, ei)
		return
	}
	m := d.Mentions[mi]
	c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
	ei := len(d.Entities) - 1
	c.kind[ei] = 'D'
	c.deixis[p] = ei
}

func (c *clusterer) pronoun(mi int) {
	d := c.doc
	m := d.Mentions[mi]
	if p, ok := d.deixis[m.Start]; ok {
		c.deictic(mi, p)
		return
	}
	if c.trainer != nil {
		c.trainPronoun(mi)
		return
	}
	if m.Gender == hearsay.Plural {
		// news convention: "they said" after an anonymous source is that
		// source (singular they), which the training texts never teach
		if c.orgSays(mi) {
			return // the organisation's "they", no person's
		}
		if c.nearCue(m) == 1 && !c.quoted(m) {
			si := d.SentenceAt(m.Start)
			lim := d.sentencesBack(si, 2)
			if best := c.recent(func(ei int) (bool, bool) {
				if c.last[ei] < lim {
					return false, true
				}
				return d.Entities[ei].Anonymous, false
			}); best >= 0 {
				c.link(mi, best)
				return
			}
		}
		// "Jennifer Lopez and Ben Affleck … their": the pair named together
		if members := c.pairBefore(mi); members != nil {
			c.linkGroup(mi, members)
			return
		}
	}
	// the news conventions of who a he or she attributing speech is,
	// before the learned weights
	for _, rule := range [...]func(int) int{c.reporter, c.reporterOf, c.quoteVoice, c.speakerGoesOn} {
		if ei := rule(mi); ei >= 0 {
			c.link(mi, ei)
			return
		}
	}
	if best := c.rankPronoun(mi, pronounWeights()); best >= 0 {
		best = c.clauseSubject(mi, best)
		c.link(mi, c.topic(mi, best))
		return
	}
	// nobody fits: a person of its own; an unresolved "they" is as often
	// a company or a thing, so it stays no one's
	if m.Gender == hearsay.Plural {
		return
	}
	c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
	c.kind[len(d.Entities)-1] = 'G'
}

// quoteVoice returns who attributes a quotation with a he or she when
// the quotation opens its sentence and the sentence before, in the same
// paragraph, has a named person of that gender for subject: "Williams
// laughed. “That's up to her,” she said." is Williams, as news writes
// it, whoever else either sentence names. It is -1 otherwise, and where
// that sentence asks someone a question ("Oprah asked Meghan …"), whose
// answer is the other's.
func (c *clusterer) quoteVoice(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	if m.Gender != hearsay.Male && m.Gender != hearsay.Female || c.quoted(m) || !c.attributing(d.TokenAt(m.Start)) {
		return -1
	}
	si := d.SentenceAt(m.Start)
	if si < 1 || d.Sentences[si-1].Paragraph != d.Sentences[si].Paragraph || c.allQuoted(si-1) {
		return -1
	}
	if open := d.low[d.Sentences[si].Tokens[0]]; open != "“" && open != "\"" {
		return -1
	}
	prev := d.Sentences[si-1]
	for k := prev.Tokens[0] + 1; k < prev.Tokens[1]; k++ {
		if questionVerbs[d.low[k]] {
			return -1
		}
	}
	ei := c.subjectOf(si - 1)
	if ei < 0 {
		return -1
	}
	e := d.Entities[ei]
	if e.Type != hearsay.Person || e.Anonymous || !c.hasName(ei) || e.Gender != m.Gender && e.Gender != hearsay.UnknownGender {
		return -1
	}
	return ei
}

// speakerGoesOn returns who a he or she opening a sentence with a cue
// verb is, when the sentence before, in the same paragraph, quotes
// someone and names one person of that gender outside the quotation:
// "“This is not a serious exercise,” said Rep. Bennie Thompson, the top
// Democrat on the committee. He argued that …" is Thompson, however
// salient the story's subject. It is -1 otherwise.
func (c *clusterer) speakerGoesOn(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	if m.Gender != hearsay.Male && m.Gender != hearsay.Female || c.quoted(m) {
		return -1
	}
	si := d.SentenceAt(m.Start)
	ti := d.TokenAt(m.Start)
	if si < 1 || ti != d.firstWord(si) || ti+1 >= len(d.Tokens) || !lexicon.Cues().Has(d.low[ti+1]) ||
		d.Sentences[si-1].Paragraph != d.Sentences[si].Paragraph {
		return -1
	}
	prev := d.Sentences[si-1]
	quoted := false
	for k := prev.Tokens[0]; k < prev.Tokens[1] && !quoted; k++ {
		quoted = k < len(d.inQuote) && d.inQuote[k] && d.Tokens[k].Kind == hearsay.Word
	}
	if !quoted {
		return -1
	}
	found := -1
	for mj := sort.Search(len(d.Mentions), func(x int) bool { return d.Mentions[x].Start >= prev.Start }); mj < len(d.Mentions) && d.Mentions[mj].Start < prev.End; mj++ {
		o := d.Mentions[mj]
		if o.Type != hearsay.Person || o.Entity < 0 || c.quoted(o) || o.Kind == hearsay.Pronoun {
			continue
		}
		e := d.Entities[o.Entity]
		if e.Anonymous || !c.hasName(o.Entity) || e.Gender != m.Gender && e.Gender != hearsay.UnknownGender {
			continue
		}
		if found >= 0 && found != o.Entity {
			return -1 // two people it may be
		}
		found = o.Entity
	}
	return found
}

// questionVerbs put a question to someone, whose answer follows.
var questionVerbs = set("asked", "asks", "questioned", "pressed", "quizzed", "interviewed")

// reporter is the person who reports about themself in "Deepika Padukone
// said she was thrilled" or "the actor has insisted that he …": a he or
// she opening the clause that a cue verb right after a named person's
// mention introduces is that person, when the gender allows (a name of
// unknown gender, common for names the given-names list lacks, takes the
// pronoun's). It is -1 otherwise, and for a cue with an object ("told
// reporters she"), where the speaker is as often speaking of another.
func (c *clusterer) reporter(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	if m.Gender != hearsay.Male && m.Gender != hearsay.Female {
		return -1
	}
	ti := d.TokenAt(m.Start)
	if w := d.low[ti]; w != "he" && w != "she" {
		return -1
	}
	k := ti - 1
	if k >= 0 && d.low[k] == "that" {
		k--
	}
	if k < 0 || !lexicon.Cues().Has(d.low[k]) || !reportVerbs[d.low[k]] {
		return -1
	}
	// up to two auxiliaries or adverbs between the person and the cue
	// ("has also said", "later insisted")
	j := k - 1
	for n := 0; n < 2 && j >= 0 && d.Tokens[j].Kind == hearsay.Word && (auxiliaries[d.low[j]] || betweenWords[d.low[j]] || strings.HasSuffix(d.low[j], "ly")); n++ {
		j--
	}
	// "Rep. Pramila Jayapal, a Washington Democrat, said she …": past an
	// appositive
	if j > 0 && d.low[j] == "," {
		k := j - 1
		for k > j-9 && k > 0 && d.low[k] != "," && d.Tokens[k].Kind == hearsay.Word {
			k--
		}
		if d.low[k] != "," {
			return -1
		}
		j = k - 1
	}
	if j < 0 {
		return -1
	}
	pi := mi - 1
	for pi >= 0 && d.Mentions[pi].End > d.Tokens[j].End {
		pi--
	}
	if pi < 0 {
		return -1
	}
	p := d.Mentions[pi]
	if p.End != d.Tokens[j].End || p.Type != hearsay.Person || p.Entity < 0 || p.Kind == hearsay.Pronoun {
		return -1
	}
	e := d.Entities[p.Entity]
	if e.Anonymous || e.Gender != m.Gender && e.Gender != hearsay.UnknownGender {
		return -1
	}
	return p.Entity
}

// reportVerbs are the cue verbs after which a subject pronoun is most
// often the speaker speaking of themself.
var reportVerbs = set("said", "says", "added", "adds", "insisted", "insists", "claimed", "claims", "admitted",
	"admits", "revealed", "reveals", "explained", "explains", "stressed", "noted", "confirmed", "announced", "wrote",
	"writes", "believes", "believed", "thinks", "thought", "felt", "feels", "hoped", "hopes", "knew", "knows", "argued",
	"argues", "maintained", "maintains", "denied", "acknowledged", "recalled", "recalls", "joked", "warned", "promised",
	"vowed", "replied", "responded", "conceded", "suggested", "stated", "states")

// betweenWords are the adverbs that may stand between a subject and its
// verb, besides auxiliaries: "has also said", "later insisted".
var betweenWords = set("also", "later", "then", "previously", "once", "not", "never", "always", "since", "already",
	"again")

// clauseSubject gives a possessive his or her to the subject of its
// clause instead of best, an object between them: "Davis appointed Wells
// as his minister", "Wright engaged Mueller to build several of his
// buildings". The subject opens the sentence, is a named person the
// pronoun fits, and no clause boundary stands between it and the pronoun.
func (c *clusterer) clauseSubject(mi, best int) int {
	d := c.doc
	m := d.Mentions[mi]
	ti := d.TokenAt(m.Start)
	// also a he or she opening a subordinate clause: "Beyoncé became the
	// most-awarded artist when she won best country album"
	subord := (d.low[ti] == "he" || d.low[ti] == "she") && ti > 0 && subordinators[d.low[ti-1]]
	if w := d.low[ti]; w != "his" && !(w == "her" && c.possessor(m)) && !subord {
		return best
	}
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return best
	}
	subj := c.subjectOf(si)
	if subj < 0 {
		subj = c.subjectAfterFronted(si)
	}
	if subj < 0 || subj == best || !c.hasName(subj) || !compatible(m.Gender, d.Entities[subj].Gender) || d.Entities[subj].Gender == hearsay.Plural {
		return best
	}
	// best's latest mention lies between the subject and the pronoun
	lm := d.Mentions[c.lastMention[best]]
	if d.SentenceAt(lm.Start) != si {
		if subord && best >= 0 && d.SentenceAt(lm.Start) < si && c.subjectBeforePronoun(subj, si, mi) {
			// "Her husband, Ryan Reynolds, has stayed out of it, though he
			// was spotted …": the subject of the clause it depends on, not
			// someone from sentences before
			return subj
		}
		return best
	}
	// the subject's first mention in the sentence (not a scan of all of
	// its mentions: an entity may have thousands)
	first := sort.Search(len(d.Mentions), func(x int) bool { return d.Mentions[x].Start >= d.Sentences[si].Start })
	for first < mi && d.Mentions[first].Entity != subj {
		first++
	}
	if first >= mi || d.Mentions[first].End > lm.Start {
		return best
	}
	for k := d.TokenAt(d.Mentions[first].End); k < ti; k++ {
		if subord && k == ti-1 {
			break // the subordinator itself
		}
		switch d.low[k] {
		case ",", ";", ":", "and", "but", "who", "whom", "which", "that", "when", "while", "because", "after", "before",
			"although", "though", "if", "until", "since", "where", "“", "”", "\"":
			return best
		}
	}
	return subj
}

// subjectAfterFronted returns the entity of the person's name right after
// a fronted phrase's comma ("On August 16, 1978, Davis appointed …",
// "In May 2007, Governor Martin O'Malley …"), or -1.
func (c *clusterer) subjectAfterFronted(si int) int {
	d := c.doc
	s := d.Sentences[si]
	a := d.firstWord(si)
	if !fronters[d.low[a]] {
		return -1
	}
	k := a + 1
	for k < s.Tokens[1] && k < a+10 && d.low[k] != "," {
		k++
	}
	if k+1 >= s.Tokens[1] || d.low[k] != "," {
		return -1
	}
	start := d.Tokens[k+1].Start
	mj := sort.Search(len(d.Mentions), func(x int) bool { return d.Mentions[x].Start >= start })
	for ; mj < len(d.Mentions) && d.Mentions[mj].Start < d.Tokens[min(k+3, s.Tokens[1]-1)].End; mj++ {
		if o := d.Mentions[mj]; o.Type == hearsay.Person && o.Kind == hearsay.Name && o.Entity >= 0 {
			return o.Entity
		}
	}
	return -1
}

// previousSubject returns the subject of the sentence before si when it
// is a named person a pronoun of gender g may be, or -1.
func (c *clusterer) previousSubject(si int, g hearsay.Gender) int {
	ei := c.subjectOf(si - 1)
	if ei < 0 || !c.hasName(ei) || !compatible(g, c.doc.Entities[ei].Gender) || c.doc.Entities[ei].Gender == hearsay.Plural {
		return -1
	}
	return ei
}

// askedParticiples open a phrase about the one who then speaks: "Asked
// about …, he said", "Pressed on …, she added".
var askedParticiples = set("asked", "pressed", "questioned", "quizzed", "speaking", "interviewed", "challenged",
	"reached", "approached", "responding", "reacting", "addressing", "talking", "writing")

// topic gives a he or she opening a sentence to the person introduced
// first among the named people of its gender mentioned in that sentence
// or the one before, instead of best: a new sentence's subject pronoun
// continues the passage's topic ("Larson was born in Minneapolis, the
// daughter of an engineer, Mary Smith's husband John Jones. She has
// three sisters.").
func (c *clusterer) topic(mi, best int) int {
	d := c.doc
	m := d.Mentions[mi]
	if m.Gender == hearsay.Plural {
		// "Researchers followed 20,000 adults. They found …": the
		// previous sentence's subject, a group
		if si := d.SentenceAt(m.Start); si > 0 && d.firstWord(si) == d.TokenAt(m.Start) && d.low[d.TokenAt(m.Start)] == "they" {
			if ei := c.subjectOf(si - 1); ei >= 0 && d.Entities[ei].Gender == hearsay.Plural && !d.Entities[ei].Anonymous {
				return ei
			}
		}
		return best
	}
	if m.Gender != hearsay.Male && m.Gender != hearsay.Female {
		return best
	}
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return best
	}
	a := d.firstWord(si)
	ti := d.TokenAt(m.Start)
	if si > 0 && ti > a && (d.low[ti] == "he" || d.low[ti] == "she") && c.attributes(ti) {
		// "Bieber has always denied it. “I never said a word about
		// her,” she told Vanity Fair": the speaker of a quote opening a
		// sentence is the previous sentence's subject
		if ei := c.previousSubject(si, m.Gender); ei >= 0 {
			return ei
		}
		return best
	}
	// "Asked about the penalty claim for a challenge on Saka, he said":
	// the one asked, after a participle's phrase, is the previous
	// sentence's subject, not a name inside the phrase
	if si > 0 && ti > a+2 && (d.low[ti] == "he" || d.low[ti] == "she") && askedParticiples[d.low[a]] && d.low[ti-1] == "," &&
		ti+1 < len(d.low) && lexicon.Cues().Has(d.low[ti+1]) {
		for k := a + 1; k < ti-1; k++ {
			if d.low[k] == "," {
				return best // the first comma's phrase only
			}
		}
		if ei := c.previousSubject(si, m.Gender); ei >= 0 {
			return ei
		}
		return best
	}
	if a != ti || d.low[a] != "he" && d.low[a] != "she" && d.low[a] != "his" && d.low[a] != "her" {
		return best
	}
	// the previous sentence's subject, a named person of its gender
	// ("Witherspoon, 48, returned the compliment. She shared a photo")
	if si > 0 {
		if ei := c.previousSubject(si, m.Gender); ei >= 0 {
			return ei
		}
	}
	top := best
	for _, cd := range c.candBuf {
		ei := cd.ei
		if ei < 0 || ei == top || !c.hasName(ei) || c.seen[ei] == 0 || si-c.lastSent[ei] > 1 {
			continue
		}
		if c.firstAt[ei] < c.firstAt[top] {
			top = ei
		}
	}
	return top
}

// attributes reports whether the pronoun at token ti attributes a quote
// that opens its sentence: a closing mark (and comma) right before it, a
// cue verb right after, and an opening mark at the sentence's start.
func (c *clusterer) attributes(ti int) bool {
	d := c.doc
	if ti+1 >= len(d.Tokens) || !lexicon.Cues().Has(d.low[ti+1]) {
		return false
	}
	k := ti - 1
	for n := 0; n < 2 && k >= 0 && d.low[k] == ","; n++ {
		k-- // up to two commas before the pronoun
	}
	if k < 0 || d.low[k] != "”" && d.low[k] != `"` {
		return false
	}
	s := d.Sentences[d.SentenceAt(d.Tokens[ti].Start)]
	first := d.low[s.Tokens[0]]
	return first == "“" || first == `"`
}

// givenName reports whether a name starts with a known given name (a
// real spelling rather than a typo).
func givenName(n string) bool {
	f, _, _ := strings.Cut(n, " ")
	_, ok := lexicon.Name(lexicon.Lower(f))
	return ok
}

// possessor reports whether mention o is followed by a possessive ('s or
// '), or is a possessive pronoun before a noun ("her lawyer").
func (c *clusterer) possessor(o hearsay.Mention) bool {
	t := c.doc.Text
	if o.Kind == hearsay.Pronoun {
		switch lexicon.Lower(t[o.Start:o.End]) {
		case "his", "their", "its", "my", "our", "your":
			return true
		case "her":
			i := c.doc.TokenAt(o.Start) + 1
			return i < len(c.doc.Tokens) && c.doc.Tokens[i].Kind == hearsay.Word && !function[c.doc.low[i]]
		}
		return false
	}
	rest := t[o.End:min(len(t), o.End+3)]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ")
}

// opensSentence reports whether o starts sentence si, after at most a
// conjunction ("And Justin's silence …").
func (c *clusterer) opensSentence(o hearsay.Mention, si int) bool {
	d := c.doc
	s := d.Sentences[si]
	i := s.Tokens[0]
	// a label in capitals: "EXCLUSIVE: Kourtney Kardashian …"
	if i+1 < s.Tokens[1] && d.low[i+1] == ":" && d.Tokens[i].Kind == hearsay.Word && d.Tokens[i].End-d.Tokens[i].Start > 2 &&
		strings.ToUpper(d.Text[d.Tokens[i].Start:d.Tokens[i].End]) == d.Text[d.Tokens[i].Start:d.Tokens[i].End] {
		i += 2
	}
	for ; i < s.Tokens[1]; i++ {
		if d.Tokens[i].Start >= o.Start {
			return true
		}
		switch d.low[i] {
		case "and", "but", "so", "yet", "or", ",":
			continue
		}
		// a title the name's mention leaves out: "Prince Harry", "Dr. Fauci"
		if _, title := lexicon.Title(strings.TrimSuffix(d.low[i], ".")); title && d.Tokens[i].Cap || d.low[i] == "." && i > s.Tokens[0] {
			continue
		}
		return false
	}
	return false
}

// afterFronted reports whether mention o opens the main clause of
// sentence si after a fronted phrase that names no person: "Appearing on
// Jimmy Kimmel Live! on Thursday, the Friends star laughed off …".
func (c *clusterer) afterFronted(o hearsay.Mention, si int) bool {
	d := c.doc
	s := d.Sentences[si]
	a := d.firstWord(si)
	if a >= s.Tokens[1] || !fronters[d.low[a]] && !strings.HasSuffix(d.low[a], "ing") && d.low[a] != "asked" {
		return false
	}
	k := d.TokenAt(o.Start) - 1
	if k <= a || d.low[k] != "," || k-a > 15 {
		return false
	}
	if d.low[a] == "asked" {
		// "Asked whether he had spoken to Sir Jim Ratcliffe, the United
		// boss replied": the one asked is the subject, whoever the
		// question names
		return true
	}
	mj := sort.Search(len(d.Mentions), func(x int) bool { return d.Mentions[x].Start >= d.Tokens[a].Start })
	for ; mj < len(d.Mentions) && d.Mentions[mj].Start < o.Start; mj++ {
		// (a group may be named: "In a letter read by prosecutors, the
		// two-time MVP said")
		if p := d.Mentions[mj]; p.Type == hearsay.Person && !(p.Kind == hearsay.Descriptor && p.Gender == hearsay.Plural) {
			return false
		}
	}
	return true
}

// frontedAsked returns where the subject of sentence si may start when
// the sentence opens with a question put to it ("Asked whether Olympia
// would follow in her mother's footsteps, Williams laughed"): after the
// clause's comma, within 15 words. It is the sentence's start otherwise.
func (c *clusterer) frontedAsked(si int) int {
	d := c.doc
	s := d.Sentences[si]
	a := d.firstWord(si)
	if a >= s.Tokens[1] || d.low[a] != "asked" {
		return s.Start
	}
	for k := a + 1; k < s.Tokens[1] && k <= a+15; k++ {
		if d.low[k] == "," {
			return d.Tokens[k].End
		}
	}
	return s.Start
}

// afterQuote reports whether mention o comes right after a quotation
// that opens sentence si: "“My baby girl is growing up so fast,” the
// 27-year-old captioned the post".
func (c *clusterer) afterQuote(o hearsay.Mention, si int) bool {
	d := c.doc
	s := d.Sentences[si]
	c.quoted(o) // fills d.inQuote
	// back from the mention: marks, then the quotation, then nothing but
	// marks and quotation to the sentence's start (a check that stops at
	// the first word outside, not a scan of the whole sentence)
	i := d.TokenAt(o.Start)
	if d.inQuote[i] {
		return false // inside the quotation, not after it
	}
	i--
	for i >= s.Tokens[0] && !d.inQuote[i] && (d.Tokens[i].Kind == hearsay.Punct || d.Tokens[i].Kind == hearsay.Symbol) {
		i--
	}
	if i < s.Tokens[0] || !d.inQuote[i] {
		return false
	}
	for ; i >= s.Tokens[0]; i-- {
		if !d.inQuote[i] && d.Tokens[i].Kind != hearsay.Punct && d.Tokens[i].Kind != hearsay.Symbol {
			return false
		}
	}
	return true
}

// group resolves "the two", "the couple": the group of the two most
// recently mentioned named people, one entity for the whole document.
func (c *clusterer) group(mi int) {
	d := c.doc
	var members []int
	text := d.Lower(d.Mentions[mi].Span)
	couple := strings.HasSuffix(text, "couple") || strings.HasSuffix(text, "exes")
	if couple {
		if members = c.partners(mi); members == nil {
			members = c.couple()
		}
	}
	if len(members) < 2 && (!pairNoun(text) || couple) {
		// "his players", "the supporters": people of their own, not the
		// last two named; nor "the couple's organisation" when no man and
		// woman the text has named could be the couple (not the last two
		// women)
		c.newEntity(mi, d.Text[d.Mentions[mi].Start:d.Mentions[mi].End], hearsay.Person, hearsay.Plural, false)
		return
	}
	if len(members) < 2 {
		// a group spoken of just before ("the couple … the pair")
		si := d.SentenceAt(d.Mentions[mi].Start)
		lim := d.sentencesBack(si, 3)
		if g := c.recent(func(ei int) (bool, bool) {
			if c.last[ei] < lim {
				return false, true
			}
			return len(d.Entities[ei].Members) == 2, false
		}); g >= 0 {
			c.link(mi, g)
			return
		}
		// or earlier, while one of the two is still spoken of ("the
		// couple" … "a representative for Swift" … "the pair")
		lim3 := d.sentencesBack(si, 12)
		if g := c.recent(func(ei int) (bool, bool) {
			if c.last[ei] < lim3 {
				return false, true
			}
			ms := d.Entities[ei].Members
			return len(ms) == 2 && (c.last[ms[0]] >= lim || c.last[ms[1]] >= lim), false
		}); g >= 0 {
			c.link(mi, g)
			return
		}
		// else the last two people named, within the last dozen
		// sentences (so that a long text's every "the two" does not
		// scan all of it)
		members = members[:0]
		inQuote := c.quoted(d.Mentions[mi])
		lim2 := d.sentencesBack(si, 12)
		c.recent(func(ei int) (bool, bool) {
			if c.last[ei] < lim2 {
				return false, true
			}
			// (not someone only a quotation names: "“I know Michelle
			// more than I know him”")
			e := d.Entities[ei]
			if e.Type == hearsay.Person && !e.Anonymous && c.hasName(ei) && len(e.Members) == 0 && (c.outside[ei] || inQuote) {
				members = append(members, ei)
			}
			return len(members) == 2, false
		})
	}
	if len(members) < 2 {
		c.newEntity(mi, d.Text[d.Mentions[mi].Start:d.Mentions[mi].End], hearsay.Person, hearsay.Plural, false)
		return
	}
	c.linkGroup(mi, members)
}

// pairNoun reports whether a plural descriptor names two people the text
// has named: "the two", "the two stars", "the pair", "the couple", "both
// women".
func pairNoun(text string) bool {
	for _, w := range strings.Fields(text) {
		switch w {
		case "two", "pair", "duo", "couple", "exes", "both", "lovebirds", "newlyweds", "twosome", "spouses", "twins":
			return true
		}
	}
	// "the Spider-Man co-stars", "the sisters": a relation between them
	if strings.HasPrefix(text, "the ") {
		switch text[strings.LastIndexByte(text, ' ')+1:] {
		case "co-stars", "costars", "bandmates", "siblings", "sisters", "brothers", "rivals", "partners", "lovers",
			"collaborators", "friends":
			return true
		}
	}
	return false
}

// linkGroup links mention mi to the group entity of the two members,
// making it if the document has none yet.
func (c *clusterer) linkGroup(mi int, members []int) {
	d := c.doc
	sort.Ints(members)
	for ei, e := range d.Entities {
		if len(e.Members) == 2 && e.Members[0] == members[0] && e.Members[1] == members[1] {
			c.link(mi, ei)
			return
		}
	}
	name := d.Entities[members[0]].Name + " and " + d.Entities[members[1]].Name
	c.newEntity(mi, name, hearsay.Person, hearsay.Plural, false)
	d.Entities[len(d.Entities)-1].Members = members
}

// cataphora gives a pronoun that found no antecedent to the person named
// as the subject later in its sentence: "Over the course of his career,
// Wade served …". The pronoun's entity (pronouns only) joins the person's.
func (c *clusterer) cataphora() {
	d := c.doc
	for ei := range d.Entities {
		e := &d.Entities[ei]
		if c.kind[ei] != 'G' || len(e.Mentions) == 0 || e.Gender == hearsay.Plural {
			continue
		}
		first := e.Mentions[0]
		if d.Mentions[first].Kind != hearsay.Pronoun {
			continue
		}
		m := d.Mentions[first]
		si := d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		to := -1
		for mj := first + 1; mj < len(d.Mentions) && d.Mentions[mj].Start < d.Sentences[si].End; mj++ {
			o := d.Mentions[mj]
			if o.Kind != hearsay.Name || o.Type != hearsay.Person || o.Entity < 0 || o.Entity == ei {
				continue
			}
			oe := d.Entities[o.Entity]
			if compatible(m.Gender, oe.Gender) && oe.Gender != hearsay.Plural && c.isSubject(mj) {
				to = o.Entity
			}
			break
		}
		if to < 0 {
			continue
		}
		c.merge(ei, to)
	}
	c.frontedCataphora()
	c.openingChain()
}

// openingChain gives the he or she a passage opens with, before anyone
// is named ("She began work on fashion spreads … Washingtonian profiled
// Stiles …"), to the one person of a compatible gender named in the next
// two sentences: the pronouns' entity (pronouns only) joins that
// person's. With two such people, or none, the pronouns stay on their own.
func (c *clusterer) openingChain() {
	d := c.doc
	// the start of the first name of a person of each gender (or of
	// none, who fits either): a pronoun chain starting later is no
	// opening. Found once: merges here move pronouns, never names.
	genders := []hearsay.Gender{hearsay.Male, hearsay.Female, hearsay.UnknownGender}
	firstNamed := map[hearsay.Gender]int{}
	for _, o := range d.Mentions {
		if o.Kind != hearsay.Name || o.Type != hearsay.Person || o.Entity < 0 || d.Entities[o.Entity].Gender == hearsay.Plural {
			continue
		}
		for _, g := range genders {
			if _, ok := firstNamed[g]; !ok && compatible(g, d.Entities[o.Entity].Gender) {
				firstNamed[g] = o.Start
			}
		}
		if len(firstNamed) == len(genders) {
			break
		}
	}
	for ei := range d.Entities {
		e := &d.Entities[ei]
		if c.kind[ei] != 'G' || len(e.Mentions) == 0 || e.Gender != hearsay.Male && e.Gender != hearsay.Female {
			continue
		}
		onlyPronouns := true
		fi := e.Mentions[0]
		for _, mi := range e.Mentions {
			if d.Mentions[mi].Kind != hearsay.Pronoun {
				onlyPronouns = false
				break
			}
			fi = min(fi, mi)
		}
		first := d.Mentions[fi]
		si := d.SentenceAt(first.Start)
		if !onlyPronouns || si < 0 {
			continue
		}
		if at, ok := firstNamed[first.Gender]; ok && at < first.Start {
			continue // someone of its gender was named before: not an opening
		}
		end := d.Sentences[min(si+2, len(d.Sentences)-1)].End
		// the first sentence naming such a person names one as its
		// subject, and no other as a subject ("From their escape …, Lori
		// becomes …", "Novak led a trio at … Mr. Kelly's"), or only one
		// is named in the three
		to, named := -1, 0
		firstTo, firstSent, inFirst, firstSubj := -1, -1, 0, false
		from := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].Start >= first.Start })
		for mj := from; mj < len(d.Mentions) && d.Mentions[mj].Start < end; mj++ {
			o := d.Mentions[mj]
			if o.Kind != hearsay.Name || o.Type != hearsay.Person || o.Entity < 0 || o.Entity == ei {
				continue
			}
			oe := d.Entities[o.Entity]
			if oe.Gender == hearsay.Plural || !compatible(first.Gender, oe.Gender) {
				continue
			}
			if osi := d.SentenceAt(o.Start); firstSent < 0 {
				firstTo, firstSent, inFirst, firstSubj = o.Entity, osi, 1, c.isSubject(mj)
			} else if osi == firstSent && o.Entity != firstTo && c.isSubject(mj) {
				inFirst++ // another subject there: "Novak and Kelly led"
			}
			if o.Entity == to {
				continue
			}
			to = o.Entity
			named++
		}
		if named == 1 {
			c.merge(ei, to)
		} else if inFirst == 1 && firstSubj && firstSent > si {
			c.merge(ei, firstTo)
		}
	}
}

// fronters open a sentence-initial adverbial: "In his review for
// AllMusic, William Ruhlmann wrote …", "After her split from Timberlake,
// Spears …", "When she won gold, Lofgren knew …".
var fronters = set("in", "after", "before", "when", "while", "although", "though", "despite", "during", "upon",
	"as", "since", "because", "once", "following", "throughout", "at", "on", "by", "until", "whilst", "through",
	"with", "without", "like", "unlike", "for", "from", "among", "shortly", "soon", "having",
	"over", "within", "across", "under", "amid", "amidst", "against", "beyond", "besides", "along", "toward",
	"towards", "outside", "inside", "if", "unless", "whether", "to", "being", "born", "early", "later", "prior",
	"backstage", "onstage", "meanwhile", "separately", "elsewhere", "afterwards", "afterward", "earlier", "previously")

// frontedCataphora gives a he or she (his, her, him) inside a
// sentence-initial adverbial to the person named right after the
// adverbial's comma — the main clause's subject — whatever it was first
// resolved to: the pronoun looks ahead to that subject.
func (c *clusterer) frontedCataphora() {
	d := c.doc
	for mi := range d.Mentions {
		m := d.Mentions[mi]
		if m.Kind != hearsay.Pronoun || (m.Gender != hearsay.Male && m.Gender != hearsay.Female) {
			continue
		}
		si := d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		s := d.Sentences[si]
		a := d.firstWord(si)
		ti := d.TokenAt(m.Start)
		if a >= ti || !fronters[d.low[a]] {
			continue
		}
		// no comma, and no person of the pronoun's gender, before it
		ok := true
		for k := a; k < ti && ok; k++ {
			ok = d.low[k] != "," && d.low[k] != ";"
		}
		for mj := mi - 1; ok && mj >= 0 && d.Mentions[mj].Start >= d.Tokens[a].Start; mj-- {
			if o := d.Mentions[mj]; o.Type == hearsay.Person && o.Entity >= 0 && compatible(m.Gender, d.Entities[o.Entity].Gender) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		// the first comma after it, then a person's name
		k := ti + 1
		for k < s.Tokens[1] && d.low[k] != "," && d.low[k] != ";" && d.low[k] != ":" {
			k++
		}
		if k+1 >= s.Tokens[1] || d.low[k] != "," {
			continue
		}
		start := d.Tokens[k+1].Start
		mj := sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].Start >= start })
		if mj >= len(d.Mentions) || d.Mentions[mj].Start != start {
			continue
		}
		o := d.Mentions[mj]
		if o.Kind != hearsay.Name || o.Type != hearsay.Person || o.Entity < 0 || o.Entity == m.Entity {
			continue
		}
		if g := d.Entities[o.Entity].Gender; g == hearsay.Plural || !compatible(m.Gender, g) {
			continue
		}
		d.MoveMention(mi, o.Entity)
	}
}

// namedPerson returns a test of an entity: a named person, no group,
// of a gender compatible with g.
func (c *clusterer) namedPerson(g hearsay.Gender) func(int) bool {
	return func(ei int) bool {
		e := c.doc.Entities[ei]
		return e.Type == hearsay.Person && !e.Anonymous && c.hasName(ei) && len(e.Members) == 0 && compatible(g, e.Gender)
	}
}

// headToken returns the token of descriptor m's head noun: its last word
// before a preposition that follows its first word ("a spokesman for the
// ministry", "the star of the show"), else its last word.
func (c *clusterer) headToken(m hearsay.Mention) int {
	d := c.doc
	first, last := d.TokenAt(m.Start), d.TokenAt(m.End-1)
	for k := first + 1; k < last; k++ {
		if headPreps[d.low[k]] {
			return k - 1
		}
	}
	return last
}

var headPreps = set("for", "of", "at", "to", "with", "from", "in")

// roleUsedFor returns the entity of the latest descriptor before mention
// mi, within a dozen sentences, whose head is head and whose entity ok
// accepts, however it was resolved; or -1.
func (c *clusterer) roleUsedFor(mi int, head string, ok func(int) bool) int {
	d := c.doc
	m := d.Mentions[mi]
	lim := d.sentencesBack(d.SentenceAt(m.Start), 12)
	for mj := mi - 1; mj >= 0 && mj >= mi-300; mj-- {
		o := d.Mentions[mj]
		if o.Start < lim {
			break
		}
		if o.Kind != hearsay.Descriptor || o.End > m.Start || o.Entity < 0 || d.low[c.headToken(o)] != head {
			continue
		}
		if ok(o.Entity) {
			return o.Entity
		}
	}
	return -1
}

// calledBefore returns the entity, accepted by ok, of the latest
// descriptor before mention mi whose last word is head: the person the
// text has already called by that role ("singer Olivia Rodrigo" … "the
// singer"), or -1. It looks back at most 300 mentions.
func (c *clusterer) calledBefore(mi int, head string, ok func(int) bool) int {
	d := c.doc
	m := d.Mentions[mi]
	for mj := mi - 1; mj >= 0 && mj >= mi-300; mj-- {
		o := d.Mentions[mj]
		if o.Kind != hearsay.Descriptor || o.End > m.Start {
			continue
		}
		if d.low[c.headToken(o)] != head {
			continue
		}
		// a role before a name ("singer Olivia Rodrigo") joins the name
		// only at the end: the name's entity
		// only a role the text gives a name outright: before it, or in
		// apposition after it ("Olivia Rodrigo, the singer,"); a
		// descriptor resolved by recency may be wrong ("Selena Gomez and
		// Benny Blanco are engaged, the singer announced")
		ei := -1
		if n := c.nameRightAfter(mj); n >= 0 {
			ei = d.Mentions[n].Entity
		} else if p := mj - 1; p >= 0 && d.Mentions[p].Kind == hearsay.Name && d.Mentions[p].Type == hearsay.Person &&
			d.Mentions[p].Entity >= 0 && d.Mentions[p].Entity == o.Entity && d.Mentions[p].End <= o.Start &&
			strings.TrimSpace(d.Text[d.Mentions[p].End:o.Start]) == "," {
			ei = o.Entity
		}
		if ei >= 0 && ok(ei) {
			return ei
		}
	}
	return -1
}

// subordinators open a clause whose subject follows them.
var subordinators = set("after", "before", "when", "while", "as", "because", "since", "although", "though",
	"until", "once", "whereas", "if", "unless")

// merge moves every mention of entity from to entity to; from is left
// empty (cluster drops it).
func (c *clusterer) merge(from, to int) {
	d := c.doc
	for _, mi := range append([]int(nil), d.Entities[from].Mentions...) {
		d.MoveMention(mi, to)
	}
}

// subjectOf returns the entity of the first person mention of sentence
// si when it opens the sentence (its subject), or -1.
func (c *clusterer) subjectOf(si int) int {
	d := c.doc
	s := d.Sentences[si]
	k := sort.Search(len(d.Mentions), func(k int) bool { return d.Mentions[k].Start >= s.Start })
	fronted := c.frontedAsked(si) // "Asked whether Olympia …, Williams laughed"
	for ; k < len(d.Mentions) && d.Mentions[k].Start < s.End; k++ {
		m := d.Mentions[k]
		if m.Type != hearsay.Person || m.Start < fronted {
			continue
		}
		if c.quoted(m) {
			if open := d.low[d.TokenAt(s.Start)]; open != "“" && open != "\"" {
				return -1
			}
			continue // "“Elon is a competitor,” he told …": the one who speaks it
		}
		if m.Entity < 0 || !c.opensSentence(m, si) && !c.afterFronted(m, si) && !c.afterQuote(m, si) {
			return -1
		}
		// "West's ex-wife Kim Kardashian": the possessed, not the possessor
		if rest := d.Text[m.End:min(len(d.Text), m.End+3)]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") ||
			m.Kind == hearsay.Pronoun && c.possessor(m) {
			// ("Her husband, Ryan Reynolds, …": the husband)
			for k2 := k + 1; k2 < len(d.Mentions) && d.Mentions[k2].Start <= m.End+4; k2++ {
				if o := d.Mentions[k2]; o.Type == hearsay.Person && o.End > m.End+3 && o.Entity >= 0 && o.Start <= m.Start {
					k, m = k2, o
					break
				}
			}
		}
		// "Liverpool manager Arne Slot": the name the role opens (joined
		// to it only at the end)
		if m.Kind == hearsay.Descriptor {
			if n := c.nameRightAfter(k); n >= 0 && d.Mentions[n].Entity >= 0 {
				return d.Mentions[n].Entity
			}
			// "Her husband, Ryan Reynolds, has …": the name in apposition
			if n := k + 1; n < len(d.Mentions) {
				for n < len(d.Mentions) && d.Mentions[n].Start < m.End {
					n++
				}
				if n < len(d.Mentions) && d.Mentions[n].Kind == hearsay.Name && d.Mentions[n].Type == hearsay.Person && d.Mentions[n].Entity >= 0 &&
					strings.TrimSpace(d.Text[m.End:d.Mentions[n].Start]) == "," && strings.HasPrefix(d.Text[d.Mentions[n].End:], ",") {
					return d.Mentions[n].Entity
				}
			}
		}
		return m.Entity
	}
	return -1
}

// descriptorAge is the age in a descriptor ("the 31-year-old singer"), or 0.
func descriptorAge(text string) int {
	k := strings.Index(text, "-year-old")
	if k <= 0 {
		return 0
	}
	j := k
	for j > 0 && text[j-1] >= '0' && text[j-1] <= '9' {
		j--
	}
	n, err := strconv.Atoi(text[j:k])
	if err != nil {
		return 0
	}
	return n
}

// appositiveAge is the age set off after a mention, which rest starts
// right after: ", 29," or ", 29 " gives 29; else 0.
func appositiveAge(rest string) int {
	if !strings.HasPrefix(rest, ", ") {
		return 0
	}
	j := 2
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 2 || j > 5 || j < len(rest) && rest[j] != ',' && rest[j] != ' ' && rest[j] != '.' {
		return 0
	}
	n, _ := strconv.Atoi(rest[2:j])
	return n
}

// ageFits reports whether entity ei may be age years old: the document
// gives no other age for any of its names ("Bieber, 29,").
func (c *clusterer) ageFits(ei, age int) bool {
	if age == 0 {
		return true
	}
	// "the 71-year-old" is not "the 34-year-old singer"
	if a := c.descAge[ei]; a > 0 && (a-age > 1 || age-a > 1) {
		return false
	}
	if len(c.doc.ages) == 0 {
		return true
	}
	for _, mi := range c.doc.Entities[ei].Mentions {
		m := c.doc.Mentions[mi]
		if m.Kind != hearsay.Name {
			continue
		}
		w := nameWords(nameText(c.doc, m))
		if len(w) == 0 {
			continue
		}
		a, ok := c.doc.ages[strings.Join(w, " ")]
		if !ok && !c.doc.sharedSurname[w[len(w)-1]] {
			a, ok = c.doc.ages[w[len(w)-1]] // "Gomez, 32," for Selena Gomez
		}
		if ok && (a-age > 1 || age-a > 1) {
			return false
		}
	}
	return true
}

// appositives joins a descriptor of its own and the name set off next to
// it by a comma: "Gomez's mother, Mandy Teefey," and "Mandy Teefey, a
// former actress,".
func (c *clusterer) appositives() {
	d := c.doc
	comma := func(a, b int) bool { // only ", " (or a space, a descriptor first) between byte offsets a and b
		return b > a && strings.TrimSpace(d.Text[a:b]) == ","
	}
	space := func(a, b int) bool { // a space, or "named"/"called": "this guy named Mario"
		if b <= a {
			return false
		}
		g := strings.TrimSpace(d.Text[a:b])
		return g != "," && appositionGap(g, true)
	}
	for i := 1; i < len(d.Mentions); i++ {
		p, m := d.Mentions[i-1], d.Mentions[i]
		// before a name, the outermost mention ending at the comma ("A
		// spokesperson for the couple, Ashley Hansen", not "the couple";
		// "Mrs Firrell's daughter, Beryl", not "Firrell")
		if m.Kind == hearsay.Name {
			for k := i - 2; k >= 0 && k >= i-6; k-- {
				if o := d.Mentions[k]; o.End <= m.Start && (o.End > p.End || o.End == p.End && o.Start < p.Start) &&
					d.SentenceAt(o.Start) == d.SentenceAt(m.Start) {
					p = o
				}
			}
		}
		if p.Type != hearsay.Person || m.Type != hearsay.Person || p.Entity < 0 || m.Entity < 0 || p.Entity == m.Entity ||
			!comma(p.End, m.Start) && !(space(p.End, m.Start) && p.Kind == hearsay.Descriptor && m.Kind == hearsay.Name) {
			continue
		}
		var name, desc hearsay.Mention
		switch {
		case p.Kind == hearsay.Descriptor && m.Kind == hearsay.Name:
			desc, name = p, m
		case p.Kind == hearsay.Name && m.Kind == hearsay.Descriptor:
			name, desc = p, m
		default:
			continue
		}
		// the appositive ends at a comma, a full stop or a verb: not a list
		// ("the mother, Mandy Teefey and a friend")
		end := m.End
		rest := strings.TrimLeft(d.Text[end:min(len(d.Text), end+6)], " ")
		if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
			continue
		}
		// (nor a headline's source alone before its cue: "King Charles,
		// friend claims")
		if m.Kind == hearsay.Descriptor && m.Anonymous && d.aloneBeforeCue(m) {
			continue
		}
		de := desc.Entity
		// a descriptor of its own, or a source who turns out to have a
		// name ("A spokesperson for the couple, Ashley Hansen,")
		if c.kind[de] != 'G' && !d.Entities[de].Anonymous || !c.onlyLaterPronouns(de, desc) ||
			!compatible(desc.Gender, d.Entities[name.Entity].Gender) || d.Entities[name.Entity].Anonymous {
			continue
		}
		c.merge(de, name.Entity)
	}
}

// sentencesBack returns the start of the sentence n before sentence si,
// or 0 when the text has fewer: how far back a search of recent mentions
// reaches.
func (d *doc) sentencesBack(si, n int) int {
	if si >= n {
		return d.Sentences[si-n].Start
	}
	return 0
}

// styleOf returns the given names of the holders of the title of
// nobility mention m is ("the Duke of Sussex" → Harry), or nil.
func styleOf(d *doc, m hearsay.Mention) []string {
	if m.End-m.Start > 40 || m.End-m.Start < 8 {
		return nil
	}
	t := d.Text[m.Start:m.End]
	if !strings.Contains(t, " of ") && !strings.HasSuffix(t, "oyal") && !strings.HasSuffix(t, "onsort") {
		return nil // the cheap test first: most names are no title
	}
	return lexicon.Style(strings.TrimPrefix(strings.ToLower(t), "the "))
}

// styles joins a person named by a title of nobility ("the Duke of
// Sussex") to the one person the document names with a given name of the
// title's holders ("Prince Harry"); none where two could be meant.
func (c *clusterer) styles() {
	d := c.doc
	type styled struct {
		ei    int
		given []string
	}
	var todo []styled
	seen := map[int]bool{}
	for i := range d.Mentions {
		m := d.Mentions[i]
		if m.Kind == hearsay.Pronoun || m.Type != hearsay.Person || m.Entity < 0 || seen[m.Entity] {
			continue
		}
		if given := styleOf(d, m); given != nil {
			seen[m.Entity] = true
			todo = append(todo, styled{m.Entity, given})
		}
	}
	if len(todo) == 0 {
		return
	}
	// the people named with each word, once: given name → entities
	byWord := map[string][]int{}
	for i := range d.Mentions {
		o := d.Mentions[i]
		if o.Kind != hearsay.Name || o.Type != hearsay.Person || o.Entity < 0 || styleOf(d, o) != nil {
			continue
		}
		for _, w := range strings.Fields(d.Text[o.Start:o.End]) {
			w = strings.TrimRight(w, "'’s.")
			if es := byWord[w]; !slices.Contains(es, o.Entity) && len(es) < 8 {
				byWord[w] = append(es, o.Entity)
			}
		}
	}
	for _, st := range todo {
		from := st.ei
		if len(d.Entities[from].Mentions) == 0 {
			continue // merged into another already
		}
		to := -1
		for _, g := range st.given {
			for _, ej := range byWord[g] {
				e := d.Entities[ej]
				if ej == from || e.Anonymous || len(e.Members) > 0 || len(e.Mentions) == 0 || !compatible(e.Gender, d.Entities[from].Gender) {
					continue
				}
				if to >= 0 && to != ej {
					to = -2 // two people it could be
				} else if to == -1 {
					to = ej
				}
			}
		}
		if to >= 0 {
			c.merge(from, to)
		}
	}
}

// styledPerson returns the one person named so far with a given name of
// the holders of the style descriptor m names ("the Prince of Wales":
// William or Charles), or -1.
func (c *clusterer) styledPerson(m hearsay.Mention) int {
	given := styleOf(c.doc, m)
	if given == nil {
		return -1
	}
	found := -1
	for _, g := range given {
		for _, ei := range c.byWord[lexicon.Lower(g)] {
			e := c.doc.Entities[ei]
			if e.Type != hearsay.Person || e.Anonymous || len(e.Members) > 0 || c.last[ei] < 0 {
				continue
			}
			if found >= 0 && found != ei {
				return -1 // two people it could be
			}
			found = ei
		}
	}
	return found
}

// aliases joins a stage name and a real name that the text gives as one
// person's: "Kordo, whose real name is Darnell Okoye", "Darnell Okoye,
// better known as Lil Kordo".
func (c *clusterer) aliases() {
	d := c.doc
	for i := range d.Mentions {
		p := d.Mentions[i]
		// (or the role the text calls them by: "The rapper, who now goes
		// by Ye")
		if p.Kind != hearsay.Name && !(p.Kind == hearsay.Descriptor && strings.HasPrefix(lexicon.Lower(d.Text[p.Start:p.End]), "the ")) ||
			p.Type != hearsay.Person || p.Entity < 0 || p.Anonymous || !c.hasName(p.Entity) {
			continue
		}
		j := i + 1
		for j < len(d.Mentions) && d.Mentions[j].Start < p.End {
			j++ // inside it
		}
		if j == len(d.Mentions) {
			break
		}
		m := d.Mentions[j]
		if m.Kind != hearsay.Name || m.Type != hearsay.Person || m.Entity < 0 || m.Entity == p.Entity ||
			!compatible(d.Entities[m.Entity].Gender, d.Entities[p.Entity].Gender) {
			continue
		}
		if m.Start-p.End <= maxAliasGap && aliasGaps[strings.ToLower(strings.Join(strings.Fields(d.Text[p.End:m.Start]), " "))] {
			c.merge(m.Entity, p.Entity)
		}
	}
}

// maxAliasGap bounds the text between two names that aliasGaps may
// join, so that other pairs are not normalised for nothing.
const maxAliasGap = 64

// aliasGaps set a second name of the same person after a first.
var aliasGaps = set(", whose real name is", ", real name", "( real name", "(real name", ", born", "(born", "( born",
	", better known as", "better known as", ", also known as", "also known as", ", aka", "aka", ", known as", "known as",
	", who goes by", "who goes by", ", who now goes by", "who now goes by", ", who performs as", "who performs as", ", formerly known as", "formerly known as")

// apposed handles a descriptor in apposition to a person's name: right
// before the name, with or without a comma ("his ex-wife Jennifer
// Garner", "Her lawyer, Robert Shapiro,"), it becomes a person of its own
// that appositives joins to the name; right after "Name, " it joins the
// name's entity now.
func (c *clusterer) apposed(mi int) bool {
	return c.apposedBefore(mi) || c.apposedAfter(mi)
}

// apposedBefore handles descriptor mi right before a person's name: it
// becomes a person of its own that appositives joins to the name.
func (c *clusterer) apposedBefore(mi int) bool {
	d := c.doc
	m := d.Mentions[mi]
	gap := func(a, b int) string { return strings.TrimSpace(d.Text[a:b]) }
	ni := mi + 1
	for ni < len(d.Mentions) && d.Mentions[ni].Start < m.End {
		ni++ // inside it: "the Prime Minister of Singapore, Mr. Lee Hsien Loong"
	}
	if ni < len(d.Mentions) {
		n := d.Mentions[ni]
		if n.Kind == hearsay.Name && n.Type == hearsay.Person && n.Start >= m.End && appositionGap(gap(m.End, n.Start), n.Start > m.End) {
			c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
			c.kind[len(d.Entities)-1] = 'G'
			if n.Entity >= 0 {
				c.noteHead(n.Entity, m) // what the name is called, before appositives joins them
			}
			return true
		}
	}
	return false
}

// apposedAfter handles descriptor mi right after "Name, ": it joins the
// name's entity.
func (c *clusterer) apposedAfter(mi int) bool {
	d := c.doc
	m := d.Mentions[mi]
	gap := func(a, b int) string { return strings.TrimSpace(d.Text[a:b]) }
	// the mention before it, past those inside it ("King Charles,
	// Harry's father,": Harry is inside)
	pi := mi - 1
	for pi >= 0 && d.Mentions[pi].Start >= m.Start {
		pi--
	}
	if pi >= 0 {
		p := d.Mentions[pi]
		if p.Kind == hearsay.Name && p.Type == hearsay.Person && p.Entity >= 0 && p.End <= m.Start && gap(p.End, m.Start) == "," &&
			compatible(m.Gender, d.Entities[p.Entity].Gender) {
			rest := strings.TrimSpace(d.Text[m.End:min(len(d.Text), m.End+2)])
			// a bare role ends at its clause's verb: "Scott Carson,
			// president and CEO of Boeing Commercial Airplanes said"
			bare := !d.is(d.TokenAt(m.Start), cDeterminer)
			if k := d.TokenAt(m.End); bare && k < len(d.Tokens) && d.Tokens[k].Start >= m.End && (d.is(k, cCue) || auxiliaries[d.low[k]]) {
				if d.aloneBeforeCue(m) {
					return false // a headline's source alone: "King Charles, friend claims"
				}
				rest = ""
			}
			if rest == "" || rest[0] == ',' || rest[0] == '.' || rest[0] == ')' {
				c.link(mi, p.Entity)
				return true
			}
		}
	}
	return false
}

// onlyLaterPronouns reports whether entity ei holds, besides descriptor
// mention desc, only pronouns after it ("The businessman, Mark Evans, 52,
// … His spokeswoman": "His" went to the descriptor, the most recent
// person when it was resolved).
func (c *clusterer) onlyLaterPronouns(ei int, desc hearsay.Mention) bool {
	d := c.doc
	for _, mi := range d.Entities[ei].Mentions {
		m := d.Mentions[mi]
		if m.Span == desc.Span {
			continue
		}
		if m.Kind != hearsay.Pronoun || m.Start < desc.End {
			return false
		}
	}
	return true
}

// appositionGap reports whether g, the text between a descriptor and the
// name after it, sets them in apposition: a comma, a space ("his ex-wife
// Jennifer Garner") or "named" ("this guy named Mario").
func appositionGap(g string, spaced bool) bool {
	// an honorific the name's span leaves out: "the Prime Minister of
	// Singapore, Mr. Lee Hsien Loong"
	if f := strings.Fields(g); len(f) == 2 && f[0] == "," {
		if _, ok := lexicon.Title(strings.TrimSuffix(lexicon.Lower(f[1]), ".")); ok {
			g = ","
		}
	}
	switch strings.TrimSpace(strings.TrimPrefix(g, ",")) {
	case "identified as", "later identified as", "named as", "known as", "since identified as":
		return true // "the suspect, identified as Marcus Reed,"
	}
	return g == "," || g == "" && spaced || g == "named" || g == "called"
}

// auxiliaries may follow a subject's appositive: "Smith, minister of
// transport, has recommended".
var auxiliaries = map[string]bool{"has": true, "had": true, "have": true, "is": true, "was": true, "will": true,
	"would": true, "could": true, "can": true, "did": true, "does": true}

// pairBefore returns the two people named together ("A and B") in the
// sentence of mention mi or the two before, before mi, or nil.
func (c *clusterer) pairBefore(mi int) []int {
	d := c.doc
	m := d.Mentions[mi]
	si := d.SentenceAt(m.Start)
	if si < 0 {
		return nil
	}
	lo := d.Sentences[max(0, si-2)].Start
	for k := mi - 1; k >= 1; k-- {
		b := d.Mentions[k]
		if b.Start < lo {
			break
		}
		a := d.Mentions[k-1]
		if a.Kind != hearsay.Name || b.Kind != hearsay.Name || a.Type != hearsay.Person || b.Type != hearsay.Person ||
			a.Entity < 0 || b.Entity < 0 || a.Entity == b.Entity || a.Start < lo || a.End > b.Start ||
			lexicon.Lower(strings.TrimSpace(d.Text[a.End:b.Start])) != "and" {
			continue
		}
		return []int{a.Entity, b.Entity}
	}
	return nil
}

// quoted guesses whether mention m is inside quotation marks: an odd
// number of them opens its paragraph before it.
func (c *clusterer) quoted(m hearsay.Mention) bool {
	d := c.doc
	if d.inQuote == nil {
		d.inQuote = make([]bool, len(d.Tokens))
		open, para := false, -1
		for i, t := range d.Tokens {
			if p := d.ParagraphAt(t.Start); p != para {
				para, open = p, false
			}
			switch d.Text[t.Start:t.End] {
			case `"`:
				open = !open
			case "“":
				open = true
			case "”":
				open = false
			}
			d.inQuote[i] = open
		}
	}
	i := d.TokenAt(m.Start)
	return i > 0 && i <= len(d.inQuote) && d.inQuote[i-1]
}

// partners returns the last pair of people the text before mention mi
// calls partners: "Kourtney Kardashian's husband, Blink-182 drummer
// Travis Barker", "his wife Jane" — a person's mention, "'s" or a
// possessive pronoun, a partner noun, and a named person within a few
// words after it. Mentions come in text order, so the tokens are scanned
// once for the whole document: those whose six words are all before mi
// for good, the last few again at the next call.
func (c *clusterer) partners(mi int) []int {
	d := c.doc
	m := d.Mentions[mi]
	end := sort.Search(len(d.Tokens), func(k int) bool { return d.Tokens[k].Start >= m.Start })
	pair := c.pair
	for k := max(1, c.pairTok); k < end; k++ {
		if !partnerNouns[d.low[k]] {
			continue
		}
		if p := c.pairAt(k, mi); p != nil {
			pair = p
			if k+6 < end {
				c.pair = p
			}
		}
	}
	c.pairTok = max(c.pairTok, end-6)
	return pair
}

// pairAt returns the owner of partner noun k and the person named after
// it, from the mentions before mi; nil if either is missing.
func (c *clusterer) pairAt(k, mi int) []int {
	d := c.doc
	// the owner: a name or pronoun right before ("X's", "his")
	ownerEnd := d.Tokens[k-1].End
	if d.low[k-1] == "'s" || d.low[k-1] == "’s" {
		ownerEnd = d.Tokens[k-1].Start
	}
	at := sort.Search(mi, func(j int) bool { return d.Mentions[j].Start >= d.Tokens[k].Start })
	owner := -1
	for mj := at - 1; mj >= 0 && d.Mentions[mj].End >= ownerEnd-64; mj-- {
		o := d.Mentions[mj]
		if o.End == ownerEnd && o.Kind != hearsay.Descriptor && o.Entity >= 0 &&
			d.Entities[o.Entity].Type == hearsay.Person && len(d.Entities[o.Entity].Members) == 0 {
			owner = o.Entity
			break
		}
	}
	if owner < 0 {
		return nil
	}
	// the partner: a name within six words after the noun
	lim := d.Tokens[min(len(d.Tokens)-1, k+6)].Start
	for mj := sort.Search(mi, func(j int) bool { return d.Mentions[j].Start >= d.Tokens[k].End }); mj < mi && d.Mentions[mj].Start <= lim; mj++ {
		o := d.Mentions[mj]
		if o.Kind == hearsay.Name && o.Entity >= 0 && o.Entity != owner && d.Entities[o.Entity].Type == hearsay.Person {
			return []int{owner, o.Entity}
		}
	}
	return nil
}

var partnerNouns = map[string]bool{"husband": true, "wife": true, "boyfriend": true, "girlfriend": true, "fiancé": true,
	"fiancée": true, "fiance": true, "fiancee": true, "partner": true, "spouse": true}

// couple returns the man and the woman most mentioned so far, if the
// document names both: "the couple" in celebrity news is its two main
// people, who need not be the last two named ("… his brother Jason Kelce
// joked that the couple's …").
func (c *clusterer) couple() []int {
	d := c.doc
	best := map[hearsay.Gender]int{hearsay.Male: -1, hearsay.Female: -1}
	for ei, e := range d.Entities {
		if e.Type != hearsay.Person || e.Anonymous || len(e.Members) > 0 || !c.hasName(ei) || c.seen[ei] == 0 {
			continue
		}
		if b, ok := best[e.Gender]; ok && (b < 0 || c.seen[ei] > c.seen[b]) {
			best[e.Gender] = ei
		}
	}
	if best[hearsay.Male] < 0 || best[hearsay.Female] < 0 {
		return nil
	}
	return []int{best[hearsay.Male], best[hearsay.Female]}
}
