package coref

import (
	"strings"

	"hearsay"
)

// extendDescriptors widens each person descriptor to the whole noun
// phrase it heads, as the coreference corpora mark mentions (GUM,
// LitBank and MEANTIME alike): a relative clause ("the people who eat a
// lot of food"), a participle phrase ("children born in this country",
// "people living near the coast") and a short "of" or "from" phrase
// ("officials from government"). It runs after clustering, which reads a
// descriptor's head at its end.
func (d *doc) extendDescriptors() {
	si := 0
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Kind != hearsay.Descriptor || m.Type != hearsay.Person || m.Anonymous {
			continue // (an anonymous source's phrase is its own: "an insider who reported to Closer Magazine")
		}
		for si < len(d.Sentences) && d.Sentences[si].End < m.End {
			si++
		}
		if si == len(d.Sentences) {
			break
		}
		d.extendBefore(mi)
		e := d.TokenAt(m.End)
		if e >= len(d.Tokens) || d.Tokens[e].Start < m.End {
			continue
		}
		s := d.Sentences[si]
		subject := d.TokenAt(m.Start) <= s.Tokens[0]+1
		if k := d.postModifier(e, s.Tokens[1], subject); k > e {
			m.End = d.Tokens[k-1].End
		}
	}
}

// extendBefore widens a bare plural descriptor ("learners", "women")
// over the adjectives and capitalised words before it and a determiner or
// quantifier before those: "adult learners", "pregnant women", "other
// Harrow boys", "all Australian school children" as the corpora mark
// them. A noun before it is left alone, being as often a verb's object
// ("help children").
func (d *doc) extendBefore(mi int) {
	m := &d.Mentions[mi]
	i := d.TokenAt(m.Start)
	if m.Gender != hearsay.Plural || quantifiers[d.low[i]] {
		return
	}
	if d.is(i, cDeterminer) || bareDets[d.low[i]] {
		// only a quantifier before it: "countless other travelers"
		if bareDets[d.low[i]] && i > 0 && (bareDets[d.low[i-1]] || d.low[i-1] == "all" || d.low[i-1] == "the") && (mi == 0 || d.Mentions[mi-1].End <= d.Tokens[i-1].Start) {
			m.Start = d.Tokens[i-1].Start
		}
		return
	}
	k := i
	for {
		j := d.modifiersBefore(k)
		for j > 0 && plainMods[d.low[j-1]] && d.Tokens[j-1].Kind == hearsay.Word {
			j--
		}
		// two modifiers joined: "local and national officials"
		if j > 1 && (d.low[j-1] == "and" || d.low[j-1] == "or") && (plainMods[d.low[j-2]] || adjectival(d.low[j-2])) && !d.Tokens[j-2].Cap {
			j -= 2
		}
		if j == k {
			break
		}
		k = j
	}
	// "countless other travelers", "many other fans": a quantifier
	// before the determiner
	for n := 0; n < 2 && k > 0 && (bareDets[d.low[k-1]] || d.low[k-1] == "the" || d.low[k-1] == "all" || d.low[k-1] == "both"); n++ {
		k--
		if d.low[k] == "the" {
			break
		}
	}
	if k == i || mi > 0 && d.Mentions[mi-1].End > d.Tokens[k].Start {
		return
	}
	m.Start = d.Tokens[k].Start
}

// plainMods are common modifiers of people that neither end like an
// adjective nor are verbs: "adult learners", "new digital scholars",
// "school children", "party members".
var plainMods = set("new", "old", "young", "great", "local", "regular", "ordinary", "adult", "elderly", "senior", "junior", "former", "top", "fellow", "female",
	"male", "older", "younger", "average", "poor", "rich", "wealthy", "pregnant", "gay", "black", "white",
	"school", "city", "university", "college", "graduate", "undergraduate", "industry", "information", "health", "family",
	"government", "state", "community", "police", "army", "party", "union", "news", "music", "film", "movie", "sports",
	"football", "soccer", "basketball", "baseball", "hockey", "tennis", "cricket", "rugby", "company", "airline", "bank",
	"hospital", "prison", "museum", "library", "church", "aid", "rescue", "security", "research", "science", "tech",
	"software", "oil", "farm", "factory", "shop", "store", "staff", "team", "club", "fan", "street", "world", "foreign")

// bareDets open a plural noun phrase: "other travelers", "many fans".
var bareDets = set("other", "many", "several", "countless", "numerous", "some", "most", "few", "these", "those")

// postModifier returns the end (exclusive token) of the modifier of a
// noun phrase that ends before token e, before b, or e when there is
// none. A relative clause after a sentence's subject runs into the main
// verb, so there it must close with a comma.
func (d *doc) postModifier(e, b int, subject bool) int {
	if e >= b || d.Tokens[e].Kind != hearsay.Word {
		return e
	}
	w := d.low[e]
	switch {
	case w == "who" || w == "whom" || w == "whose":
		// to the clause's end: a mark (not a quotation's), a dash
		k := e + 1
		for k < b && k < e+25 && (d.Tokens[k].Kind == hearsay.Word || d.Tokens[k].Kind == hearsay.Number ||
			d.low[k] == "'s" || d.low[k] == "’s" || d.low[k] == "-" && d.Tokens[k-1].End == d.Tokens[k].Start) {
			k++
		}
		if k > e+1 && (k < b && d.low[k] == "," || !subject && (k == b || k < b && d.Tokens[k].Kind == hearsay.Punct && !opensQuote(d.low[k]))) {
			return k
		}
		return e
	case w == "named" || w == "called":
		// "a man named John Smith"; not "called police"
		if e+1 < b {
			if k := d.nameEndAny(e + 1); k > e+1 && k <= b {
				return k
			}
		}
	case postParticiples[w]:
		if k := d.phraseEnd(e+1, b, 4); k > e+1 {
			return k
		}
	case w == "of" || w == "from":
		// "officials from government"; other prepositions ("customers in
		// the UK", "a boy at Harrow") attach as often to the verb, and the
		// corpora disagree on them
		if k := d.phraseEnd(e+1, b, 3); k > e+1 {
			return k
		}
	}
	return e
}

// phraseEnd returns the end of a short noun phrase (or a participle's
// object) from token k: a determiner, then a name or up to n words, to a
// mark, a function word, a cue or a verb; k when there is none. A time
// ("in 1846", "on Monday") is no such phrase.
func (d *doc) phraseEnd(k, b, n int) int {
	start := k
	// a participle's own preposition: "born in this country", "living near"
	if k < b && postPreps[d.low[k]] {
		k++
	}
	if k < b && (d.is(k, cDeterminer) || phraseDets[d.low[k]]) {
		k++
	}
	if k < b && d.Tokens[k].Kind == hearsay.Number || k < b && timeWords[d.low[k]] {
		return start
	}
	if k >= b {
		return start
	}
	if k > start && (d.low[k] == "it" || d.low[k] == "them") {
		return k + 1 // "the people working on it"
	}
	if e := d.nameEndAny(k); e > k {
		return e
	}
	words := 0
	for k < b && words < n {
		t := d.Tokens[k]
		w := d.low[k]
		if t.Kind != hearsay.Word || t.Cap || d.is(k, cFunction|cCue|cPronoun) || postPreps[w] ||
			strings.HasSuffix(w, "ly") || words > 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break
		}
		k++
		words++
		if k >= b {
			break
		}
		if e := d.nameEndAny(k); e > k {
			return e // "in mainland Australia"
		}
	}
	if words == 0 {
		return start
	}
	return k
}

func opensQuote(w string) bool { return w == "\"" || w == "“" || w == "‘" }

// phraseDets open a noun phrase besides the determiners: "in this field".
var phraseDets = set("this", "these", "those", "that", "our", "my", "your", "some", "many", "all", "both")

// postParticiples follow a person noun as its modifier: "children born in
// this country", "people working on it".
var postParticiples = set("born", "living", "based", "working", "aged", "involved", "affected", "injured",
	"participating", "attending", "employed", "trained", "interviewed", "surveyed", "questioned",
	"displaced", "travelling", "traveling", "visiting", "residing", "studying", "serving", "waiting")

// postPreps open a participle's prepositional phrase ("living near the
// coast") and end a noun phrase.
var postPreps = set("of", "in", "from", "with", "near", "around", "across", "without", "on", "for")

// timeWords open a time phrase, not a noun phrase of people: "in May".
var timeWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tomorrow", "time", "years", "year", "months", "month", "weeks", "week", "days", "day",
	"recent", "particular", "general", "fact", "order", "addition", "total", "turn", "person", "public")

// possessiveGender gives a subject descriptor of no gender ("the singer")
// the gender of a his or her later in its clause, with no other person
// named between: "the singer wrapped the final leg of her tour".
func (d *doc) possessiveGender() {
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Kind != hearsay.Descriptor || m.Type != hearsay.Person || m.Gender != hearsay.UnknownGender || m.Anonymous {
			continue
		}
		i := d.TokenAt(m.Start)
		si := d.SentenceAt(m.Start)
		if si < 0 || !(i == d.Sentences[si].Tokens[0] || i > 0 && (d.low[i-1] == "," || d.low[i-1] == "after" || d.low[i-1] == "as")) {
			continue // a subject: at the sentence's start or after a comma
		}
		b := d.Sentences[si].Tokens[1]
		next := mi + 1
		for next < len(d.Mentions) && d.Mentions[next].Start < m.End {
			next++
		}
		for k := d.TokenAt(m.End); k < b && k < d.TokenAt(m.End)+12; k++ {
			if next < len(d.Mentions) && d.Mentions[next].Start <= d.Tokens[k].Start {
				n := d.Mentions[next]
				if n.Kind == hearsay.Pronoun && (d.low[k] == "his" || d.low[k] == "her") && k+1 < b && d.Tokens[k+1].Kind == hearsay.Word && !function[d.low[k+1]] {
					m.Gender = n.Gender
				}
				break // the first mention after it decides
			}
			if d.low[k] == "," || d.low[k] == ";" || d.low[k] == "and" || d.low[k] == "but" || d.low[k] == "that" || d.low[k] == "who" {
				break
			}
		}
	}
}
