package coref

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"hearsay"
	"hearsay/lexicon"
)

// The third-person pronoun resolver is a linear mention-ranking model:
// each entity mentioned in the last maxPronounSents sentences whose gender
// and number agree with the pronoun is scored, and so is "nobody" (a
// person of its own); the best wins. Its weights (pronouns.txt) are
// learned by `go run ./internal/cmd/traincoref` from the person chains of
// the GUM and LitBank training splits (see README.md).

const (
	maxPronounSents = 6
	nFeatures       = 1 << 13
)

//go:embed pronouns.txt
var pronounsTxt string

var (
	weightsOnce sync.Once
	weights     []float32
)

// pronounWeights parses the embedded weights on first use, not at start-up.
func pronounWeights() []float32 {
	weightsOnce.Do(func() { weights = parseWeights(pronounsTxt) })
	return weights
}

func parseWeights(txt string) []float32 {
	w := make([]float32, nFeatures)
	for _, l := range strings.Split(txt, "\n") {
		i, v, ok := strings.Cut(strings.TrimSpace(l), "\t")
		if !ok || strings.HasPrefix(l, "#") {
			continue
		}
		k, err1 := strconv.Atoi(i)
		f, err2 := strconv.ParseFloat(v, 32)
		if err1 != nil || err2 != nil || k < 0 || k >= nFeatures {
			continue
		}
		w[k] = float32(f)
	}
	return w
}

// feat hashes a template and its values into a feature index.
func feat(t int, vs ...int) int {
	h := uint32(2166136261) ^ uint32(t)
	h *= 16777619
	for _, v := range vs {
		h ^= uint32(v) + 0x9e37
		h *= 16777619
	}
	return int(h % nFeatures)
}

// pronoun types
const (
	pSubj = iota
	pObj
	pPoss
	pRefl
)

func pronounType(w string, next string) int {
	switch w {
	case "he", "she", "they":
		return pSubj
	case "him", "them":
		return pObj
	case "his", "their", "hers", "theirs":
		return pPoss
	case "himself", "herself", "themselves":
		return pRefl
	case "her":
		if next == "" || function[next] || next == "." || next == "," {
			return pObj
		}
		return pPoss
	}
	return pSubj
}

// candidate is an entity the pronoun may refer to, or nobody (ei -1).
type candidate struct {
	ei    int
	feats []int
}

// pronounCandidates lists the candidates of pronoun mi with their features.
func (c *clusterer) pronounCandidates(mi int) []candidate {
	d := c.doc
	m := d.Mentions[mi]
	si := d.SentenceAt(m.Start)
	ti := d.TokenAt(m.Start)
	next := ""
	if ti+1 < len(d.Tokens) {
		next = d.low[ti+1]
	}
	w := d.Lower(m.Span)
	pt := pronounType(w, next)
	plural := m.Gender == hearsay.Plural
	pSubject := c.isSubject(mi)
	pCue := boolInt(c.nearCue(m) == 1)
	para := d.ParagraphAt(m.Start)
	inQuote := c.quoted(m)
	// "“… She's my best friend,” he said": the speaker is not someone
	// only the quotation speaks of
	speaking := c.attributing(ti)
	cands := c.candBuf[:0]
	c.featBuf = c.featBuf[:0]
	rank := 0
	nearest := 9
	top := float32(0)
	c.recent(func(ei int) (bool, bool) {
		if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > maxPronounSents {
			return false, true
		}
		if v := c.salience(ei, si); v > top && d.Entities[ei].Type == hearsay.Person {
			top = v
		}
		return false, false
	})
	c.recent(func(ei int) (bool, bool) {
		e := d.Entities[ei]
		if c.lastSent[ei] >= 0 && si-c.lastSent[ei] > maxPronounSents {
			return false, true
		}
		if e.Type != hearsay.Person || c.kind[ei] == 'D' || c.lastSent[ei] < 0 || speaking && !c.outside[ei] {
			return false, false
		}
		if plural {
			if e.Gender != hearsay.Plural && !e.Anonymous || e.Anonymous && inQuote {
				return false, false // a source does not speak of itself as "they"
			}
		} else if e.Gender == hearsay.Plural || e.Gender != m.Gender && e.Gender != hearsay.UnknownGender || e.Anonymous && inQuote {
			return false, false // nor as "he" ("“He was laughing,” an onlooker told The Sun")
		}
		sd := si - c.lastSent[ei]
		if sd < 0 {
			return false, false
		}
		sdb := min(sd, 5)
		nearest = min(nearest, sd)
		lm := d.Mentions[c.lastMention[ei]]
		lk := int(lm.Kind)
		subj := 0
		if c.subj[ei] {
			subj = 1
		}
		named := 0
		if c.hasName(ei) {
			named = 1
		}
		gk := 0
		if e.Gender == hearsay.UnknownGender {
			gk = 1
		}
		if e.Anonymous {
			gk = 2
		}
		ps := 0
		if pSubject {
			ps = 1
		}
		poss := 0
		if c.possessor(lm) {
			poss = 1
		}
		samePara := 0
		if d.ParagraphAt(lm.Start) == para {
			samePara = 1
		}
		first := 0
		if ei == c.firstPerson {
			first = 1
		}
		chain := 0
		if g := m.Gender; g >= 0 && int(g) < len(c.lastPron) && c.lastPron[g] == ei {
			chain = 1
		}
		kind := int(c.kind[ei])
		cue, role := c.nearCue(lm), c.role(c.lastMention[ei])
		seen := min(c.seen[ei], 6)
		r := min(rank, 4)
		start := len(c.featBuf)
		c.featBuf = append(c.featBuf,
			feat(1, pt, sdb), feat(2, pt, subj), feat(3, sdb, lk), feat(4, named), feat(5, gk, pt),
			feat(6, seen), feat(8, r), feat(9, first), feat(10, poss, pt), feat(12, min(c.names[ei], 4)),
			feat(13, ps, subj, sdb), feat(14, chain), feat(15, kind), feat(16, sdb, r), feat(17, samePara),
			feat(18, pt, gk, boolInt(plural)), feat(19, lk, subj, ps), feat(20, chain, sdb), feat(21, first, sdb),
			feat(22, named, sdb), feat(23, r, subj), feat(24, boolInt(sd == 0 && subj == 1 && (pt == pObj || pt == pRefl))),
			feat(25, pt, r, sdb), feat(26, cue, sdb), feat(27, cue, ps, pCue),
			feat(28, role, pt), feat(29, role, pt, min(sdb, 2)),
			feat(30, boolInt(sd == 0 && c.sameClause(lm, m)), pt), feat(31, min(mi-c.lastMention[ei]-1, 4), pt),
		)
		sal := 0 // its salience against the most salient person's
		if top > 0 {
			sal = int(4 * c.salience(ei, si) / top)
		}
		c.featBuf = append(c.featBuf, feat(32, sal, pt), feat(33, sal, sdb), feat(34, sal, ps, subj))
		cands = append(cands, candidate{ei, c.featBuf[start:len(c.featBuf):len(c.featBuf)]})
		rank++
		return false, false
	})
	// nobody: a person of its own
	start := len(c.featBuf)
	c.featBuf = append(c.featBuf, feat(50, pt), feat(51, pt, min(len(cands), 4)), feat(52, pt, min(nearest, 7)),
		feat(53, boolInt(plural), min(nearest, 7)))
	cands = append(cands, candidate{-1, c.featBuf[start:]})
	c.candBuf = cands
	return cands
}

// attributing reports whether the pronoun at token ti attributes the
// quotation that closes right before it: a closing mark (and a comma)
// before it, a cue verb after it.
func (c *clusterer) attributing(ti int) bool {
	d := c.doc
	if ti < 1 || ti+1 >= len(d.Tokens) || !lexicon.Cues().Has(d.low[ti+1]) {
		return false
	}
	k := ti - 1
	if d.low[k] == "," && k > 0 {
		k--
	}
	return d.low[k] == "”" || d.low[k] == `"` && c.quoted(hearsay.Mention{Span: d.Tokens[k].Span})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func score(w []float32, fs []int) float32 {
	var s float32
	for _, f := range fs {
		s += w[f]
	}
	return s
}

// rankPronoun returns the entity pronoun mi refers to, or -1 for nobody.
// A he or she the model gives to nobody still goes to the best named
// person of its gender (or of unknown gender) in its sentence or the one
// before: the training texts, fiction and interviews, have many pronouns
// with no antecedent nearby; news rarely does.
func (c *clusterer) rankPronoun(mi int, w []float32) int {
	cands := c.pronounCandidates(mi)
	// "Gasazi tells him": an object pronoun is not its own clause's
	// subject
	bound := c.boundSubject(mi)
	best, bestS := -1, float32(0)
	named, namedS := -1, float32(0)
	first := true
	for _, cd := range cands {
		if cd.ei >= 0 && cd.ei == bound {
			continue
		}
		s := score(w, cd.feats)
		if first || s > bestS {
			first = false
			best, bestS = cd.ei, s
		}
		if cd.ei >= 0 && c.hasName(cd.ei) && c.doc.SentenceAt(c.doc.Mentions[mi].Start)-c.lastSent[cd.ei] <= nobodyReach && (named < 0 || s > namedS) {
			named, namedS = cd.ei, s
		}
	}
	if best < 0 && named >= 0 && c.doc.Mentions[mi].Gender != hearsay.Plural {
		return named
	}
	return best
}

// reporterOf returns the person who reports the clause that subject
// pronoun mi opens, when they told someone else: "Schumer told CNN's Jake
// Tapper that he had full confidence" is Schumer's confidence. The
// reporter is the person named right before the cue; -1 when there is
// none, or the gender does not fit.
func (c *clusterer) reporterOf(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	ti := d.TokenAt(m.Start)
	if ti < 4 || d.low[ti-1] != "that" || (d.low[ti] != "he" && d.low[ti] != "she") {
		return -1
	}
	si := d.SentenceAt(m.Start)
	lo := d.Sentences[si].Tokens[0]
	cue := -1
	for k := ti - 2; k >= lo && k > ti-10; k-- {
		if d.Tokens[k].Kind != hearsay.Word && d.low[k] != "'s" && d.low[k] != "’s" && d.low[k] != "." {
			return -1
		}
		if d.low[k] == "told" || d.low[k] == "tells" || d.low[k] == "telling" || d.low[k] == "assured" || d.low[k] == "reminded" ||
			reportVerbs[d.low[k]] && lexicon.Cues().Has(d.low[k]) { // "said in a statement that she"
			cue = k
			break
		}
	}
	if cue <= lo || cue == ti-2 {
		return -1 // someone told, between the cue and "that"
	}
	// the reporter: the person mention ending right before the cue (or
	// before a relative clause on it: "Jenny Slate, who sided with
	// Lively, said in a statement that she …")
	end := cue - 1
	if d.low[end] == "," {
		k := end - 1
		for k > lo && k > end-10 && d.low[k] != "," {
			k--
		}
		if k <= lo || d.low[k] != "," || d.low[k+1] != "who" {
			return -1 // (nobody before the comma: ", telling A that he")
		}
		end = k - 1
	}
	for pj := mi - 1; pj >= 0 && d.Mentions[pj].Start >= d.Tokens[lo].Start; pj-- {
		p := d.Mentions[pj]
		if p.End > d.Tokens[end].End || p.Type != hearsay.Person {
			continue // ("Deadpool" inside "the Deadpool star")
		}
		if d.TokenAt(p.End-1) != end || p.Entity < 0 || p.Kind == hearsay.Pronoun && c.possessor(p) {
			return -1
		}
		e := d.Entities[p.Entity]
		if e.Anonymous {
			// "A source close to the Deadpool star told People that he
			// is …": the one the source is close to
			if pj > 0 && c.sourceOf(pj) {
				if ei := d.Mentions[pj].Entity; ei >= 0 && !d.Entities[ei].Anonymous && d.Entities[ei].Gender == m.Gender {
					return ei
				}
			}
			return -1
		}
		if e.Gender != m.Gender && e.Gender != hearsay.UnknownGender {
			return -1
		}
		return p.Entity
	}
	return -1
}

// boundSubject returns the entity an object pronoun (him, them, her not
// before a noun) cannot be: the subject of its clause, the person named
// or pronoun right before its verb, with no clause boundary between; or
// -1.
func (c *clusterer) boundSubject(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	ti := d.TokenAt(m.Start)
	switch w := d.low[ti]; {
	case w == "him" || w == "them":
	case w == "her" && !c.possessor(m):
	default:
		return -1
	}
	si := d.SentenceAt(m.Start)
	if si < 0 || mi == 0 {
		return -1
	}
	// the verb right before the pronoun, and the mention right before it
	v := ti - 1
	if v < d.Sentences[si].Tokens[0] || d.Tokens[v].Kind != hearsay.Word || function[d.low[v]] {
		return -1
	}
	// "Annie Sobacz (Reanne Farley) stops her": the subject before the
	// actor's name in brackets
	end := d.Tokens[v].Start
	if k := v - 1; k > d.Sentences[si].Tokens[0] && d.low[k] == ")" {
		for k > d.Sentences[si].Tokens[0] && k > v-8 && d.low[k] != "(" {
			k--
		}
		if d.low[k] == "(" {
			end = d.Tokens[k].Start
			v = k
		}
	}
	for pj := mi - 1; pj >= 0 && d.Mentions[pj].Start >= d.Sentences[si].Start; pj-- {
		p := d.Mentions[pj]
		if p.End > end {
			continue
		}
		// only the verb (and an adverb or auxiliary) between them
		if k := d.TokenAt(p.End); v-k > 2 || p.Entity < 0 || p.Type != hearsay.Person || c.possessor(p) {
			return -1
		}
		for k := d.TokenAt(p.End); k < v; k++ {
			if d.Tokens[k].Kind != hearsay.Word {
				return -1
			}
		}
		return p.Entity
	}
	return -1
}

// nobodyReach is how many sentences back a named person overrules "nobody".
const nobodyReach = 1

// salience returns entity ei's salience at sentence si.
func (c *clusterer) salience(ei, si int) float32 {
	v := c.sal[ei]
	for k := c.salSent[ei]; k < si && v > 0.5; k++ {
		v /= 2
	}
	return v
}

// mentionWeight is what mention i adds to its entity's salience: recency,
// and more for a subject, a name, and a mention outside a prepositional
// phrase or possessor.
func (c *clusterer) mentionWeight(i int) float32 {
	w := float32(100)
	switch c.role(i) {
	case 1:
		w += 80
		w += 50
	case 0:
		w += 50 + 40
	case 2:
		w += 30
	}
	if c.doc.Mentions[i].Kind == hearsay.Name {
		w += 30
	}
	return w
}

// nearCue is 1 when a cue verb follows mention m within two words or
// comes right before it ("Jobs said", "said Jobs"): a speaker, whom a
// later "he" in news often continues.
func (c *clusterer) nearCue(m hearsay.Mention) int {
	d := c.doc
	i := d.TokenAt(m.Start)
	j := i
	for j < len(d.Tokens) && d.Tokens[j].Start < m.End {
		j++
	}
	for k := j; k < len(d.Tokens) && k < j+2; k++ {
		if lexicon.Cues().Has(d.low[k]) {
			return 1
		}
	}
	if i > 0 && lexicon.Cues().Has(d.low[i-1]) {
		return 1
	}
	return 0
}

// role guesses the grammatical role of mention mi: 1 subject, 2
// possessor, 3 after a preposition, 0 other (an object).
func (c *clusterer) role(mi int) int {
	d := c.doc
	m := d.Mentions[mi]
	switch {
	case c.possessor(m):
		return 2
	case c.isSubject(mi):
		return 1
	}
	if i := d.TokenAt(m.Start) - 1; i >= 0 {
		switch d.low[i] {
		case "of", "to", "for", "with", "by", "from", "at", "in", "on", "about", "against", "into":
			return 3
		}
	}
	return 0
}

// sameClause reports whether no comma, semicolon or conjunction stands
// between mentions a and b (a first).
func (c *clusterer) sameClause(a, b hearsay.Mention) bool {
	d := c.doc
	for i := d.TokenAt(a.End); i < len(d.Tokens) && d.Tokens[i].Start < b.Start; i++ {
		switch d.low[i] {
		case ",", ";", ":", "and", "but", "while", "when", "because", "although", "who", "which", "that":
			return false
		}
	}
	return true
}
