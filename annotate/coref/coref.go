// Package coref finds every mention of a person (and of organisations,
// places and works) and groups the mentions into entities.
//
// Requires: tokens, sentences, names. Provides: mentions, entities.
//
// Mentions are
//   - names from the names layer (annotate/ner), a person's name extended
//     over a leading honorific ("Mr. Denham", "Prime Minister Jacinda
//     Ardern"); runs of capitalised words led by a known given name that
//     the tagger missed are added as people;
//   - anonymous sources: a determiner and a source noun ("an insider", "the
//     source", "people close to the couple", "friends of the Duke of
//     Sussex", "pals claim"), with the person they are close to;
//   - role descriptors: "the" + modifiers + a role noun or an age ("the
//     former NSYNC member", "The Social Network actor", "the now
//     41-year-old"), possessive ones ("his former girlfriend");
//   - people named by a common noun (lexicon/people.txt: "a stranger", "the
//     director", "Gomez's mother", "local residents");
//   - personal pronouns: he, she, they and their forms; I, we, you.
//
// Entities group name variants (full name, first name, surname, a
// one-letter typo of a first name such as "Brintey"); link definite
// anonymous descriptors to the latest anonymous source; a descriptor in
// apposition to a name to that person ("Her lawyer, Robert Shapiro"); role
// descriptors to the most recent compatible person not already the
// subject of the sentence (a sentence-opening one continues the previous
// sentence's subject; an age rules out a person of another age, and an
// office a person the story gave another: "the chief of staff" is not
// "Press secretary Jen Psaki", office.go); a
// definite common-noun descriptor to the latest one of the same noun;
// third-person pronouns by a learned ranking model (pronoun.go, weights
// from internal/cmd/traincoref), plus "they" for two people named
// together, a source's "they said", and a pronoun before its name in the
// sentence (cataphora), or before anyone is named in a passage that
// opens with it (to the one person of its gender named next); I/we/you
// to the document's own voice (the quote annotator gives those inside a
// quotation to its speaker). Groups ("the two", "the couple") are
// entities of their members. Organisations, places and works are grouped
// by their normalised names.
package coref

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"hearsay"
	"hearsay/annotate/internal/product"
	"hearsay/internal/strtab"
	"hearsay/lexicon"
)

// Name is the annotator's name in a pipeline.
const Name = "coref"

// Annotator is the coreference annotator.
type Annotator struct{}

// New returns a coreference annotator.
func New() *Annotator { return &Annotator{} }

// Name implements hearsay.Annotator.
func (*Annotator) Name() string { return Name }

// Requires implements hearsay.Annotator.
func (*Annotator) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerTokens, hearsay.LayerSentences, hearsay.LayerNames}
}

// Provides implements hearsay.Annotator.
func (*Annotator) Provides() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerMentions, hearsay.LayerEntities}
}

// function words: never part of a name, and allowed right after the head
// noun of a descriptor.
var function = set("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
	"from", "as", "that", "who", "whom", "whose", "which", "this", "these", "those", "it", "is", "was", "are",
	"were", "be", "been", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
	"must", "do", "did", "does", "not", "also", "then", "now", "close", "familiar", "near", "about", "says",
	"said", "told", "reportedly", "allegedly", "later", "still", "even", "just", "only", "so", "too",
	"when", "while", "after", "before", "since", "if", "because", "than", "into", "over", "under", "here",
	"there", "once", "again", "all", "both", "each", "himself", "herself", "themselves", "s", "'s", "’s")

// sourcePreps open a sentence before the outlet it credits: "Per TMZ, …".
var sourcePreps = set("per", "via")

// Capitalised words that are given names in the list but are far more often
// ordinary words, places or months in news text.
var notNames = set("will", "may", "even", "hope", "grace", "faith", "joy", "summer", "june", "april", "august",
	"king", "rich", "hunter", "page", "major", "sky", "rose", "lily", "ruby", "iris", "ivy", "art", "bill", "pat",
	"sunny", "honey", "guy", "ray", "earl", "dean", "price", "young", "long", "london", "paris", "jordan",
	"georgia", "virginia", "dakota", "israel", "chelsea", "sydney", "austin", "houston", "dallas", "phoenix",
	"memphis", "madison", "florence", "china", "india", "asia", "america", "brooklyn", "orlando", "denver",
	"savannah", "kent", "devon", "trinity", "christian", "christmas", "easter", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "july",
	"majesty", "highness", "excellency", "holiness", "september", "october", "november", "december", "the", "an", "but", "and", "so", "in", "on", "after",
	"god", "lord", "justice", "liberty", "miracle", "star", "royal", "an", "my", "our", "mister", "baby",
	"love", "sincere", "precious", "angel", "chance", "destiny", "journey", "legend", "story", "no", "yes",
	"general", "colonel", "princess", "prince", "queen", "duke", "president", "senator", "governor",
	"mayor", "judge", "doctor", "sir", "lady", "madam", "miss", "master", "saint", "st", "mr", "mrs", "ms",
	"dr", "states", "united", "new", "north", "south", "east", "west", "washington", "lincoln", "jackson",
	"camden", "reading", "cleveland", "nevada", "carolina", "india", "tennessee", "wyoming", "arizona",
	"france", "germany", "italy", "spain", "holland", "ireland", "scotland", "wales", "england", "kenya",
	"africa", "europe", "canada", "mexico", "cuba", "peru", "chile", "unknown", "infant", "boy", "girl",
	"le", "la", "les", "el", "los", "las", "des", "du", "der", "die", "das", "il", "lo", "al")

// Words that mark a capitalised run as an organisation or a work, not a person.
var orgWords = set("magazine", "news", "times", "post", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd",
	"llc", "company", "group", "records", "studios", "pictures", "network", "university", "college",
	"school", "institute", "association", "council", "committee", "party", "church", "bank", "fund",
	"foundation", "agency", "department", "ministry", "court", "police", "army", "navy", "club", "fc",
	"united", "city", "street", "avenue", "road", "park", "river", "mountain", "island", "hotel", "hall",
	"house", "tower", "airport", "station", "center", "centre", "museum", "theatre", "theater", "festival",
	"awards", "award", "prize", "league", "cup", "show", "tv", "radio", "journal", "daily", "weekly",
	"herald", "tribune", "gazette", "telegraph", "guardian", "mail", "express", "sun", "mirror", "press",
	"media", "entertainment", "music", "films", "productions", "games", "airlines", "motors", "systems",
	"technologies", "bros", "brothers", "county", "state", "republic", "kingdom", "empire", "union")

var pronouns = map[string]hearsay.Gender{
	"he": hearsay.Male, "him": hearsay.Male, "his": hearsay.Male, "himself": hearsay.Male,
	"she": hearsay.Female, "her": hearsay.Female, "hers": hearsay.Female, "herself": hearsay.Female,
	"they": hearsay.Plural, "them": hearsay.Plural, "their": hearsay.Plural, "theirs": hearsay.Plural,
	"themselves": hearsay.Plural,
}

// deictic pronouns: first person singular ('1'), plural ('W'), second
// person ('Y').
var deictic = map[string]byte{
	"i": '1', "me": '1', "my": '1', "myself": '1',
	"we": 'W', "us": 'W', "our": 'W', "ours": 'W', "ourselves": 'W',
	"you": 'Y', "your": 'Y', "yours": 'Y', "yourself": 'Y', "yourselves": 'Y',
}

// genericDets may open a noun phrase naming people ("a stranger", "the
// researchers", "my father", "some residents").
var genericDets = set("a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "his", "her",
	"their", "its", "some", "many", "several", "few", "all", "every", "each", "any", "no", "other",
	"another", "both", "one", "two", "three", "four", "five", "such", "most", "other", "fellow")

// quantifiers come before a count: "some 400 guests".
var quantifiers = set("some", "about", "around", "nearly", "almost", "over", "roughly", "approximately", "the", "all")

// bareHeads name people without a determiner.
var bareHeads = set("anybody", "anyone", "nobody", "somebody", "someone", "everybody", "everyone", "sir",
	"madam", "papa", "mama", "mamma", "mum", "mankind")

// genericAt recognises a noun phrase headed by a noun naming people at
// token i ("the director", "his wife", "local residents", "a
// 42-year-old"), adds its mention (and that of a possessive pronoun
// opening it) and returns its length in tokens. names[ni:] are the name
// spans from token i on.
func (d *doc) genericAt(i, b int, names []hearsay.NameSpan, ni int) int {
	w := d.low[i]
	j := i
	det := d.is(i, cGenericDet) && !d.noLonger(i)
	start := d.Tokens[i].Start
	possessor := false
	if (w == "'s" || w == "’s") && i > 0 && d.Tokens[i-1].Cap && d.Tokens[i-1].End == d.Tokens[i].Start {
		// "Gomez's mother": the possessor's name opens the phrase
		det, possessor = true, true
		k := i - 1
		for k > 0 && d.Tokens[k-1].Cap && d.Tokens[k-1].Kind == hearsay.Word {
			k--
		}
		start = d.Tokens[k].Start
	}
	if det {
		j++
	} else if i > 0 && subjectWords[d.low[i-1]] {
		return 0 // "He misses his family": a verb after its subject, no "misses"
	}

	inner := -1 // a name inside the phrase
	// up to three modifiers before the head
	for n := 0; j < b && n <= 3; n++ {
		t := d.Tokens[j]
		lw := d.low[j]
		if t.Kind != hearsay.Word {
			return 0
		}
		if ni < len(names) && names[ni].Start <= t.Start && t.Start < names[ni].End {
			// a name: its own mention, unless a one-word organisation's
			// qualifies the noun after "the" ("the Crown prosecutor")
			if j != i+1 || w != "the" || names[ni].Type == hearsay.Person || names[ni].Span != t.Span || j+1 >= b || !d.is(j+1, cPersonRole) {
				return 0
			}
			inner = ni
		}
		var g lexicon.Gender
		ok := false
		if !d.is(j, cPersonRole) {
			// no person or role noun: no lookup
		} else if in := lexicon.Lookup(lw); in != nil {
			switch {
			case in.Flags&lexicon.IsPerson != 0:
				g, ok = in.PersonG, true
			case in.Flags&lexicon.IsRole != 0:
				g, ok = in.RoleG, true
			}
		}
		if ok && w == "its" {
			_, ok = lexicon.Role(lw) // "its founder", not "its maiden flight"
		}
		if ok && j > i && (lw == "player" || lw == "players") && deviceModifiers[d.low[j-1]] {
			ok = false
		}
		if ok && d.adjectiveBeforeNoun(j, b) {
			ok = false // "a romantic dinner", "the national team"
		}
		if ok && j+1 < b && n < 3 && !d.Tokens[j+1].Cap && d.is(j+1, cPersonRole) {
			// "a senior fellow", "a patient advocate": the person noun
			// after it is the head
			if in := lexicon.Lookup(d.low[j+1]); in != nil && in.Flags&(lexicon.IsPerson|lexicon.IsRole) != 0 {
				j++
				continue
			}
		}
		if ok && d.productModel(j, det && j > i+1 || !det && j > i) {
			ok = false // "their most recent iPhone model"
		}
		// "researchers and students": a person noun joined to another
		// is a head too
		// (but "the singer and actress" is one person, a role's)
		joined := j+2 < b && (d.low[j+1] == "and" || d.low[j+1] == "or") && d.is(j+2, cPersonRole) &&
			!(det && g != 'P' && d.low[j+1] == "and" && oneWithTwoRoles(d, j, b))
		// "citizens of San Francisco", "members of the band": a plural
		// person noun heads its "of" phrase
		pluralOf := ok && g == 'P' && j+1 < b && d.low[j+1] == "of" && !d.is(j, cAnonymous)
		// "the Emperor of the United States", "the editor of the San
		// Francisco Bulletin": a person noun and the name it is of
		ofNamed := ok && det && !pluralOf && j+1 < b && d.low[j+1] == "of" && d.ofName(j+1, b) > j+1
		// "Architects and scuba divers": a plural before "and" heads its phrase
		pluralAnd := ok && g == 'P' && j+1 < b && (d.low[j+1] == "and" || d.low[j+1] == "or")
		if ok && (d.headOK(j+1, b) || joined || pluralOf || ofNamed || pluralAnd) && !(j+1 < b && d.Tokens[j+1].Cap && d.Tokens[j+1].Kind == hearsay.Word) {
			if !det && g != 'P' && !bareHeads[lw] {
				return 0
			}
			possessed := j+1 < b && (d.low[j+1] == "'s" || d.low[j+1] == "’s") && j+2 < b && d.Tokens[j+2].Kind == hearsay.Word && !function[d.low[j+2]]
			if possessed && !det {
				return 0
			}
			// "the director's assistant": the possessor is a mention of
			// its own, the phrase it opens is not (its head is another)
			gender := genderOf(g)
			if det && j > i {
				switch w {
				case "his", "her", "their", "my", "your", "our":
					d.pronoun(i)
				}
			}
			if possessor && j > i+2 {
				return 0 // only "Gomez's mother", not "Gomez's new album producer"
			}
			if !det && !possessor {
				// "iPhone owners", "500 Apple engineers", "temporary
				// workers": the words qualifying a bare plural are part
				// of the phrase, and so is a count ("3,800 attendees",
				// "some 400 guests")
				k := d.modifiersBefore(i)
				if k > 0 && d.Tokens[k-1].Kind == hearsay.Number && d.Tokens[k-1].End < d.Tokens[k].Start {
					k--
					if k > 0 && quantifiers[d.low[k-1]] {
						k--
					}
				}
				if k < i {
					if _, ok := d.generic[d.Tokens[k].Start]; !ok {
						start = d.Tokens[k].Start
					}
				}
			}
			if (w == "that" || w == "this") && g == 'P' && j > i {
				// "assume that pregnant women …": a conjunction, not a
				// determiner (it does not agree with a plural)
				start = d.Tokens[i+1].Start
			}
			d.generic[start] = lw
			end, n := t.End, j-i+1
			if ofNamed {
				end = d.Tokens[d.ofName(j+1, b)-1].End // its name is a mention of its own: not consumed
			}
			if pluralOf {
				// the "of" phrase is part of the mention: up to four words
				// or names, to a mark, a conjunction or a verb
				k := j + 2
				if k < b && (d.low[k] == "the" || d.low[k] == "a" || d.low[k] == "an") {
					k++
				}
				e := k
				for e < b && e < k+4 && (d.Tokens[e].Kind == hearsay.Word || d.Tokens[e].Kind == hearsay.Number) &&
					!d.is(e, cFunction|cCue|cPronoun) && !(e > k && !d.Tokens[e].Cap && strings.HasSuffix(d.low[e], "ed")) {
					e++
				}
				if e > k {
					end = d.Tokens[e-1].End // its names are mentions of their own: not consumed
				}
			}
			d.add(hearsay.Mention{Span: hearsay.Span{Start: start, End: end}, Kind: hearsay.Descriptor,
				Type: hearsay.Person, Gender: gender})
			if inner >= 0 {
				d.add(hearsay.Mention{Span: names[inner].Span, Kind: hearsay.Name, Type: names[inner].Type})
			}
			return n
		}
		// a capitalised word the tagger left alone may qualify the head
		// right after the determiner: "the Crown prosecutor", "the
		// Democratic senator"
		capOK := j == i+1 && w == "the" && !product.GivenName(lw)
		if !det || t.Cap && j > i && !capOK || d.is(j, cFunction|cGenericDet|cPronoun|cDeictic|cCue) && !closeBefore(d, j, b) {
			return 0
		}
		if verbInS(d, i, j) || verbInEd(d, i, j) {
			return 0
		}
		j++
	}
	return 0
}

// oneWithTwoRoles reports whether singular role noun j, "and", and the
// role noun after it are one person's ("singer and actress", "actor and
// director"): neither is a relation ("the mother and daughter" are two),
// the second is singular, in lower case, and heads its phrase.
func oneWithTwoRoles(d *doc, j, b int) bool {
	k := j + 2
	if k >= b || d.Tokens[k].Cap || relations[d.low[j]] || relations[d.low[k]] {
		return false
	}
	if _, ok := lexicon.Role(d.low[k]); !ok || !d.isRoleWord(k) {
		return false
	}
	return k+1 >= b || !isNoun(d, k+1)
}

// shouting reports whether the words of tokens [i, b) from i on are in
// capitals, three or more of them.
func (d *doc) shouting(i, b int) bool {
	n := 0
	for k := i; k < b; k++ {
		if d.Tokens[k].Kind != hearsay.Word {
			continue
		}
		if !upperWord(d.Text[d.Tokens[k].Start:d.Tokens[k].End]) {
			return false
		}
		n++
	}
	return n >= 3
}

// openers are words that open a sentence before its subject's name:
// "Neither Obama nor his representatives have commented".
var openers = set("neither", "either", "nor", "whether", "though", "although", "yet", "meanwhile", "however", "unlike", "like")

// upperWord reports whether w has no lower-case letter, without the
// allocation of comparing it with strings.ToUpper(w).
func upperWord(w string) bool { return !strings.ContainsFunc(w, unicode.IsLower) }

// bareSource adds the mention of a headline's unnamed source with no
// determiner, after a comma and before its cue ("…, friend claims",
// "…, insiders say"), and returns its length; 0 for anything else. It is
// an anonymous source, not an appositive of the name before the comma.
func (d *doc) bareSource(i, b int) int {
	w := d.low[i]
	if i == 0 || d.low[i-1] != "," || i+1 >= b || d.Tokens[i].Cap || !d.is(i, cAnonymous) || !lexicon.Cues().Has(d.low[i+1]) {
		return 0
	}
	g := hearsay.UnknownGender
	if strings.HasSuffix(w, "s") || w == "people" {
		g = hearsay.Plural
	}
	d.add(hearsay.Mention{Span: d.Tokens[i].Span, Kind: hearsay.Descriptor, Type: hearsay.Person, Gender: g, Anonymous: true})
	return 1
}

// aloneBeforeCue reports whether mention m is one word right before a
// cue: a headline's bare source ("King Charles, friend claims"), which
// bareSource finds and which is nobody's appositive.
func (d *doc) aloneBeforeCue(m hearsay.Mention) bool {
	k := d.TokenAt(m.Start)
	return k+1 < len(d.Tokens) && d.Tokens[k].Start == m.Start && d.Tokens[k].End == m.End && d.is(k+1, cCue)
}

// subjectWords are subject pronouns: a bare word right after one is its
// verb.
var subjectWords = set("he", "she", "it", "they", "we", "i", "you")

// closeBefore reports whether token j is "close" qualifying the person
// noun after it ("a close friend of the duke", "a close aide"), not
// opening "close to" after the head ("a source close to the couple").
func closeBefore(d *doc, j, b int) bool {
	return d.low[j] == "close" && j+1 < b && !d.Tokens[j+1].Cap && d.is(j+1, cPersonRole)
}

// adjectiveBeforeNoun reports whether person noun j, shaped like an
// adjective ("romantic", "national", "conservative"), qualifies the
// lower-case noun after it: no function word, cue, pronoun or verb form
// follows it ("the romantic walked off" is a person).
func (d *doc) adjectiveBeforeNoun(j, b int) bool {
	w := d.low[j]
	if j+1 >= b || !adjectival(w) || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "s") {
		return false
	}
	t, n := d.Tokens[j+1], d.low[j+1]
	if t.Kind != hearsay.Word || t.Cap || d.is(j+1, cFunction|cCue|cPronoun|cDeterminer) || pastVerbs[n] {
		return false
	}
	for _, suf := range []string{"ed", "s", "ly", "ing"} {
		if strings.HasSuffix(n, suf) {
			return false
		}
	}
	return true
}

// verbInEd reports whether token j, a modifier of a noun phrase opened at
// i, is a lower-case word in -ed after a noun: a verb ("the study
// measured children"), not a modifier ("the newly elected officials",
// "the injured passengers").
func verbInEd(d *doc, i, j int) bool {
	lw, prev := d.low[j], d.low[j-1]
	return j > i+1 && !d.Tokens[j].Cap && strings.HasSuffix(lw, "ed") && !d.Tokens[j-1].Cap &&
		!strings.HasSuffix(prev, "ly") && !adjectival(prev) && !strings.HasSuffix(prev, "ed")
}

// verbInS reports whether token j, a modifier of a noun phrase opened at
// i, is a lower-case word in -s after another modifier: a verb ("the
// program helps researchers"), not a modifier.
func verbInS(d *doc, i, j int) bool {
	lw := d.low[j]
	return j > i+1 && !d.Tokens[j].Cap && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") &&
		!strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is")
}

// modifiersBefore returns the first of up to three words right before
// token i, in its sentence, that can qualify a bare plural noun: names
// and capitalised words ("iPhone", "Apple"), adjectives by their ending
// ("temporary", "political") and hyphenated words ("third-party"); i when
// there are none.
func (d *doc) modifiersBefore(i int) int {
	si := d.SentenceAt(d.Tokens[i].Start)
	if si < 0 {
		return i
	}
	first := d.Sentences[si].Tokens[0]
	k := i
	for k-1 >= first && i-(k-1) <= 3 {
		t, w := d.Tokens[k-1], d.low[k-1]
		if t.Kind != hearsay.Word || d.is(k-1, cFunction|cDeterminer|cPronoun|cDeictic|cCue) || quantifiers[w] {
			break
		}
		if !t.Cap && !adjectival(w) && d.Text[t.Start:t.End] == w { // "iPhone" has a capital too
			break
		}
		k--
	}
	return k
}

// adjectival reports whether a lower-case word looks like an adjective by
// its ending or is hyphenated.
func adjectival(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"al", "ic", "ive", "ous", "ary", "ese", "ish", "ian", "ful", "less", "able", "ible"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var determiners = set("a", "an", "the", "one", "another", "two", "three", "several", "some", "many",
	"multiple", "numerous", "other", "his", "her", "their", "its")

var connectors = set("de", "van", "von", "da", "di", "del", "der", "den", "la", "le", "du", "bin", "al", "dos", "das", "st.", "y")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// doc is the working state of one annotation run.
type doc struct {
	*hearsay.Document
	low []string            // lower-cased token texts
	cls strtab.Memo[uint16] // per token: its word classes, looked up once (class)
	// generic maps the start of a descriptor found by generic to its head
	// noun; deixis the start of a first- or second-person pronoun to its
	// person ('1' I, 'W' we, 'Y' you)
	generic map[int]string
	deixis  map[int]byte
	// products: lower-case names the text shows to be products
	products map[string]bool
	// bySurname lists the people named in full by their last word, built
	// on first use (knownGender)
	bySurname map[string][]string
	// ages given after names anywhere in the text ("Bieber, 29,"), by
	// the name's last word (lower case)
	ages map[string]int
	// surnames two people named in full share
	sharedSurname map[string]bool
	// inQuote[i]: token i is inside quotation marks (after an odd number of
	// them in its paragraph), built on first use
	inQuote []bool
}

// Annotate implements hearsay.Annotator.
func (*Annotator) Annotate(hd *hearsay.Document) error {
	annotate(hd, nil, nil)
	return nil
}

func annotate(hd *hearsay.Document, tr *Trainer, gold func(hearsay.Span) int) {
	classesOnce.Do(loadClasses)
	low := hd.LowerTokens()
	d := &doc{Document: hd, low: low, cls: classes.Memo(low), generic: map[int]string{}, deixis: map[int]byte{}}
	hd.Mentions = hd.Mentions[:0]
	if n := len(hd.Tokens)/5 + 8; cap(hd.Mentions) < n {
		hd.Mentions = make([]hearsay.Mention, 0, n) // about one mention in five tokens
	}
	hd.Entities = hd.Entities[:0]
	// the fallback rule learns the words of full names the tagger found
	// and that start with a given name ("Steve Jobs" → "Jobs")
	known := map[string]bool{}
	for _, n := range hd.Names {
		f := strings.Fields(hd.Text[n.Start:n.End])
		if n.Type != hearsay.Person || len(f) < 2 {
			continue
		}
		if g, ok := lexicon.Name(lexicon.Lower(f[0])); !ok || g.Births < 1000 {
			continue
		}
		for _, w := range f {
			known[lexicon.Lower(strings.TrimRight(w, ".,'’"))] = true
		}
	}
	d.findProducts()
	ni := 0
	for si := range hd.Sentences {
		ni = d.sentence(si, ni, known)
	}
	d.findAges()
	d.roleBeforeNames()
	d.possessiveGender()
	d.rolesGiveGender()
	cluster(d, tr, gold)
	d.extendDescriptors()
}

// findProducts records the names the text shows to be products anywhere
// in it (product.Is), so that "Safari" is a product where it is first
// named too, before "the web browser Safari".
func (d *doc) findProducts() {
	d.products = product.Names(d.Document, d.low)
	for _, n := range d.Names {
		if n.Type == hearsay.Product {
			if d.products == nil {
				d.products = map[string]bool{}
			}
			d.products[d.Lower(n.Span)] = true
		}
	}
}

// findAges records "Name, 29," and "Name (29)" anywhere in the text.
func (d *doc) findAges() {
	for _, m := range d.Mentions {
		if m.Kind != hearsay.Name || m.Type != hearsay.Person {
			continue
		}
		i := d.TokenAt(m.End)
		if i+2 >= len(d.Tokens) || d.Tokens[i].Start != m.End || (d.low[i] != "," && d.low[i] != "(") {
			continue
		}
		n, err := strconv.Atoi(d.low[i+1])
		if err != nil || n <= 0 || n > 120 || (d.low[i+2] != "," && d.low[i+2] != ")" && d.low[i+2] != ".") {
			continue
		}
		f := strings.Fields(d.Lower(m.Span))
		if d.ages == nil {
			d.ages = map[string]int{}
		}
		for k := range f {
			f[k] = strings.TrimRight(f[k], ".,'’s")
		}
		// by the name as written ("Swift, 34"), which a full name's
		// surname finds unless two people share it (Taylor and Scott
		// Swift)
		d.ages[strings.Join(f, " ")] = n
	}
	if d.ages == nil {
		return
	}
	// a surname two people named in full share ("Taylor Swift's father,
	// Scott Swift"): an age given with it alone ("Swift, 34,") is
	// neither's for sure
	full := map[string]string{} // surname → its one full name, or "" for several
	for _, m := range d.Mentions {
		if m.Kind != hearsay.Name || m.Type != hearsay.Person {
			continue
		}
		if f := strings.Fields(d.Lower(m.Span)); len(f) > 1 {
			for k := range f {
				f[k] = strings.TrimRight(f[k], ".,'’s")
			}
			last, name := f[len(f)-1], strings.Join(f, " ")
			if prev, ok := full[last]; !ok {
				full[last] = name
			} else if prev != name {
				full[last] = ""
			}
		}
	}
	for last, name := range full {
		if name == "" {
			if d.sharedSurname == nil {
				d.sharedSurname = map[string]bool{}
			}
			d.sharedSurname[last] = true
		}
	}
}

// sentence finds the mentions in sentence si; ni indexes the first name
// not yet taken. It returns the next ni.
func (d *doc) sentence(si, ni int, known map[string]bool) int {
	s := d.Sentences[si]
	a, b := s.Tokens[0], s.Tokens[1]
	names := d.Names
	for i := a; i < b; {
		for ni < len(names) && names[ni].Start < d.Tokens[i].Start {
			ni++
		}
		// most tokens start no mention: skip them after one lookup
		if !d.Tokens[i].Cap && !d.mayStart(i) {
			i++
			continue
		}
		if n := d.nationalPerson(i, b, names, ni); n > 0 {
			i += n
			continue
		}
		if n := d.bareSource(i, b); n > 0 {
			i += n
			continue
		}
		if n := d.descriptor(i, b); n > 0 {
			// "a source close to the Circus singer": the person the source
			// is close to is a mention too
			if m := d.Mentions[len(d.Mentions)-1]; m.Anonymous && n > 3 {
				for k := i + 1; k < i+n-1; k++ {
					if d.low[k] == "to" || d.low[k] == "for" || d.low[k] == "of" || d.low[k] == "with" {
						if d.descriptor(k+1, i+n) == 0 {
							d.genericAt(k+1, i+n, names, ni)
						}
						break
					}
				}
			}
			// "his former girlfriend": the possessive is a mention too
			if n > 1 && (d.low[i] == "his" || d.low[i] == "her" || d.low[i] == "their") {
				d.pronoun(i)
			}
			// names inside a descriptor ("the Circus singer") are
			// mentions of their own
			end := d.Tokens[i+n-1].End
			for ni < len(names) && names[ni].End <= end {
				if names[ni].Type != hearsay.Person {
					d.add(hearsay.Mention{Span: names[ni].Span, Kind: hearsay.Name, Type: names[ni].Type})
				}
				ni++
			}
			i += n
			continue
		}
		if ni < len(names) && names[ni].Start == d.Tokens[i].Start {
			n := names[ni]
			j := i
			for j < b && d.Tokens[j].End <= n.End {
				j++
			}
			d.addName(n, i)
			ni++
			i = j
			continue
		}
		if n := d.genericAt(i, b, names, ni); n > 0 {
			i += n
			continue
		}
		if n := d.nationals(i); n > 0 {
			i += n
			continue
		}
		if n := d.pronoun(i); n > 0 {
			i += n
			continue
		}
		// a person the tagger missed; the run of capitalised words stops
		// at the next name the tagger typed otherwise ("The World Health
		// Organisation": the organisation is not swallowed)
		lim := b
		if ni < len(names) {
			k := d.TokenAt(names[ni].Start)
			multi := d.TokenAt(names[ni].End-1) > k
			if k > i && k < lim && (multi || names[ni].Type != hearsay.Person && (d.onlyFunction(i, k) || k == i+1 && sourcePreps[d.low[i]])) {
				// a name of two words or more ("The Duke of Sussex"), or
				// an organisation or place after "The" or "Per": not a lone word
				// the tagger typed inside a longer name ("Air Canada",
				// "Mac OS X") or a surname whose first name the tagger
				// missed
				lim = k
			}
		}
		// (not in a line of capitals, where case tells no name: "omg
		// ZENDAYA AND TOM ARE ENGAGED")
		if w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]; len(w) > 1 && upperWord(w) && d.shouting(i, b) {
			i++
			continue
		}
		before := len(d.Mentions)
		if n := d.name(i, a, lim, known); n > 0 {
			// a run the fallback found no person in after a capitalised
			// function word ("As Vassey falls asleep") still holds the
			// person the tagger found after that word
			if len(d.Mentions) == before && ni < len(names) && names[ni].Type == hearsay.Person &&
				(function[d.low[i]] || openers[d.low[i]]) && n > 1 && names[ni].Start == d.Tokens[i+1].Start {
				i++
				continue
			}
			i += n
			continue
		}
		i++
	}
	return ni
}

// addName adds the mention of name n, which starts at token i; a person's
// name takes in a leading honorific and its gender.
func (d *doc) addName(n hearsay.NameSpan, i int) {
	if n.Type == hearsay.NORP && d.TokenAt(n.End-1) == i && d.nationals(i) > 0 {
		return
	}
	m := hearsay.Mention{Span: n.Span, Kind: hearsay.Name, Type: n.Type}
	if n.Type == hearsay.Person {
		// "Mr. Denham", "Prime Minister Jacinda Ardern"
		k := i - 1
		if k > 0 && d.low[k] == "." {
			k--
		}
		for k >= 0 && d.Tokens[k].Cap {
			g, ok := lexicon.Title(d.low[k])
			if !ok {
				break
			}
			if m.Gender == hearsay.UnknownGender {
				switch g {
				case 'M':
					m.Gender = hearsay.Male
				case 'F':
					m.Gender = hearsay.Female
				}
			}
			k--
		}
		if m.Gender == hearsay.UnknownGender {
			m.Gender = d.knownGender(d.Text[n.Start:n.End])
		}
		// a given name's gender, unless the one word is the surname of
		// someone named in full ("Olivia Rodrigo" … "Rodrigo, 21,")
		if f := strings.Fields(d.Text[n.Start:n.End]); m.Gender == hearsay.UnknownGender && !(len(f) == 1 && len(d.surnames()[f[0]]) > 0) {
			first := lexicon.Lower(f[0])
			// a rare given name alone is more often a surname ("Larson")
			if g, ok := lexicon.Name(first); ok && !notNames[first] && (len(f) > 1 || g.Births >= 5000) {
				switch {
				case g.Male >= 90:
					m.Gender = hearsay.Male
				case g.Male <= 10:
					m.Gender = hearsay.Female
				}
			}
		}
	}
	d.add(m)
}

// knownGender is the gender of a well-known person's name (lexicon
// persons.txt): "Biden" is a man. A surname alone has none when the
// document names another person with it in full ("Hailey Bieber" …
// "Bieber"): a family shares it.
// surnames returns the document's people named in full, by last word:
// built once, not for every surname mentioned.
func (d *doc) surnames() map[string][]string {
	if d.bySurname == nil {
		d.bySurname = map[string][]string{}
		for _, n := range d.Names {
			full := d.Text[n.Start:n.End]
			if k := strings.LastIndexByte(full, ' '); n.Type == hearsay.Person && k > 0 {
				d.bySurname[full[k+1:]] = append(d.bySurname[full[k+1:]], full)
			}
		}
	}
	return d.bySurname
}

func (d *doc) knownGender(name string) hearsay.Gender {
	g, ok := lexicon.KnownPerson(name)
	if !ok || g == 0 {
		return hearsay.UnknownGender
	}
	if !strings.Contains(name, " ") {
		for _, full := range d.surnames()[name] {
			if fg, ok := lexicon.KnownPerson(full); !ok || fg != g {
				return hearsay.UnknownGender
			}
		}
	}
	return genderOf(g)
}

func (d *doc) add(m hearsay.Mention) { m.Entity = -1; d.Mentions = append(d.Mentions, m) }

// rolesGiveGender gives a name the gender of a kin or gendered role set
// right before it, which the text states, over the statistics of its
// given name: "Her husband, Reddit co-founder Alexis Ohanian" is a man
// though most Alexises are women.
func (d *doc) rolesGiveGender() {
	for mi := 1; mi < len(d.Mentions); mi++ {
		m := &d.Mentions[mi]
		if m.Kind != hearsay.Name || m.Type != hearsay.Person {
			continue
		}
		// the gendered descriptor right before, past one more role
		// ("Her husband, Reddit co-founder Alexis Ohanian")
		for pj, n := mi-1, 0; pj >= 0 && n < 5; pj, n = pj-1, n+1 {
			p := d.Mentions[pj]
			if p.End > m.Start || m.Start-p.End > 40 {
				break
			}
			if p.Type != hearsay.Person || p.Kind != hearsay.Descriptor {
				continue // ("Reddit" inside "Reddit co-founder"; the "Her" of "Her husband")
			}
			if gap := strings.TrimSpace(d.Text[p.End:m.Start]); gap != "" && gap != "," && !d.onlyRoleWords(gap) {
				break
			}
			if p.Gender == hearsay.Male || p.Gender == hearsay.Female {
				if !titled(d.low[d.TokenAt(m.Start)]) {
					m.Gender = p.Gender
				}
				break
			}
		}
	}
}

// onlyRoleWords reports whether gap, between a descriptor and a name, is
// a comma and capitalised words or a role ("," "Reddit co-founder").
func (d *doc) onlyRoleWords(gap string) bool {
	gap = strings.TrimPrefix(gap, ",")
	f := strings.Fields(gap)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	last := lexicon.Lower(f[len(f)-1])
	if k := strings.LastIndexByte(last, '-'); k > 0 {
		last = last[k+1:] // "co-founder"
	}
	_, role := lexicon.Role(last)
	return role
}

// roleBeforeNames adds the role phrase right before a person's name as a
// descriptor of its own ("Apple CEO Steve Jobs", "UBS analyst David
// Strauss", "Boeing spokesman William Barksdale"): what the article says
// the person is. Clustering joins it to the name (appositives). An
// honorific alone ("Senator John McCain", "Mr. Smith") is no descriptor.
func (d *doc) roleBeforeNames() {
	n := len(d.Mentions)
	for mi := 0; mi < n; mi++ {
		m := d.Mentions[mi]
		if m.Kind != hearsay.Name || m.Type != hearsay.Person {
			continue
		}
		k := d.TokenAt(m.Start)
		si := d.SentenceAt(m.Start)
		if k <= 0 || si < 0 || d.Tokens[k].Start != m.Start {
			continue
		}
		first := d.Sentences[si].Tokens[0]
		j := k - 1
		// "Ryanair CEO, Michael O'Leary, justified …": the role and the
		// name in apposition
		if j-1 >= first && d.low[j] == "," && d.isRoleWord(j-1) && d.Tokens[j-1].Cap {
			if e := d.TokenAt(m.End - 1); e+1 < len(d.Tokens) && d.low[e+1] == "," {
				j--
			}
		}
		if j < first || !d.isRoleWord(j) && !(j > first && isRole2(d.low[j-1], d.low[j])) {
			continue
		}
		if !d.Tokens[j].Cap && strings.HasSuffix(d.low[j], "ed") && (j == first || !d.is(j-1, cDeterminer)) {
			continue // "Fans had accused Bieber": a verb, not "the accused"
		}
		// the role words, then what qualifies them: a company's name,
		// "company", a possessive
		s := j
		for s-1 >= first && (d.isRoleWord(s-1) || d.Tokens[s-1].Kind == hearsay.Word && isRole2(d.low[s-1], d.low[s])) {
			s-- // "press secretary Karine Jean-Pierre", "tight end Travis Kelce"
		}
		roles := j - s + 1
		lower := false // one lower-case word between a name and the role: "JSA Research defence analyst"
		for s-1 >= first {
			t, w := d.Tokens[s-1], d.low[s-1]
			if s-1 == first && t.Cap && openingWord(w) {
				break // "Yesterday President Joe Biden", "Attacking Sheikh Isa Qassim"
			}
			if t.Cap && t.Kind == hearsay.Word && !function[w] || w == "company" || w == "'s" || w == "’s" || w == "&" ||
				w == "." && s-2 >= first && d.Tokens[s-2].End == t.Start && d.Tokens[s-2].Cap {
				s--
				continue
			}
			if !lower && s == j-roles+1 && t.Kind == hearsay.Word && !t.Cap && s-2 >= first && d.Tokens[s-2].Cap &&
				d.Tokens[s-2].Kind == hearsay.Word && !function[d.low[s-2]] && !d.is(s-1, cFunction|cCue|cPronoun|cDeterminer) &&
				!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") {
				lower = true
				s--
				continue
			}
			break
		}
		if lower && !d.Tokens[s].Cap {
			s++ // the lower-case word needs a name before it
		}
		for s <= j && d.low[s] == "." {
			s++
		}
		if roles == 1 && s == j && d.Tokens[j].Cap && honorific(d.low[j]) {
			continue // "Senator John McCain"
		}
		span := hearsay.Span{Start: d.Tokens[s].Start, End: d.Tokens[j].End}
		// nothing else there already
		clash := false
		for o := mi - 1; o >= 0 && d.Mentions[o].End > span.Start-200; o-- {
			if d.Mentions[o].Start < span.End && span.Start < d.Mentions[o].End && d.Mentions[o].Kind != hearsay.Name {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		d.add(hearsay.Mention{Span: span, Kind: hearsay.Descriptor, Type: hearsay.Person, Gender: d.roleGender(j)})
	}
}

// noLonger reports whether the "no" at token i is an adverb's ("no
// longer harboring terrorists", "no more than"), not a determiner.
func (d *doc) noLonger(i int) bool {
	if d.low[i] != "no" || i+1 >= len(d.low) {
		return false
	}
	switch d.low[i+1] {
	case "longer", "more", "less", "matter", "doubt":
		return true
	}
	return false
}

func isRole2(prev, w string) bool { _, ok := lexicon.Role2(prev, w); return ok }

// openingWord reports whether w, capitalised at the start of a sentence,
// is a common word opening it rather than a company's name qualifying a
// role: a gerund, an adverb, a day ("Attacking", "Meanwhile",
// "Yesterday").
func openingWord(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ing"); ok && len(stem) > 2 && (lexicon.Word(stem) || lexicon.Word(stem+"e")) {
		return true // not "Boeing", "Sterling"
	}
	return adverbLike(w) || timeWords[w] || w == "meanwhile" || w == "however"
}

// bareAppositive adds the role phrase without a determiner at token i
// right after "Name," and returns its length, or 0.
func (d *doc) bareAppositive(i, b int) int {
	if i < 2 || d.low[i-1] != "," || len(d.Mentions) == 0 || !d.isRoleWord(i) || d.Tokens[i].Kind != hearsay.Word {
		return 0
	}
	last := d.Mentions[len(d.Mentions)-1]
	if last.Kind != hearsay.Name || last.Type != hearsay.Person || last.End != d.Tokens[i-2].End {
		return 0
	}
	e := i + 1
	for e < b {
		if titleWords[d.low[e]] && d.Tokens[e].Kind == hearsay.Word {
			e++ // "Chief Operating Officer"
			continue
		}
		if e+1 < b && d.low[e] == "and" && d.isRoleWord(e+1) {
			e += 2 // "president and CEO"
			continue
		}
		break
	}
	if of := d.ofName(e, b); of > e {
		e = of
		// "Director of the National Iodine Nutrition study,": the name's
		// lower-case head, to the comma
		for k := e; k < b && k < e+3; k++ {
			if d.low[k] == "," {
				e = k
				break
			}
			if d.Tokens[k].Kind != hearsay.Word || d.Tokens[k].Cap || d.is(k, cFunction|cCue|cPronoun|cDeterminer) ||
				strings.HasSuffix(d.low[k], "ed") || strings.HasSuffix(d.low[k], "ly") {
				break
			}
		}
	}
	// "minister of transport for Indonesia,": a prepositional phrase of
	// lower-case words and names, to the comma that closes the apposition
	if e < b && (d.low[e] == "of" || d.low[e] == "for" || d.low[e] == "at") {
		for k := e + 1; k < b && k < e+8; k++ {
			if d.low[k] == "," {
				e = k
				break
			}
			if d.Tokens[k].Kind != hearsay.Word && d.Tokens[k].Kind != hearsay.Number || d.is(k, cCue|cPronoun) {
				break
			}
		}
	}
	// the phrase ends the apposition: a comma, a full stop or a verb
	if e < b && d.Tokens[e].Kind == hearsay.Word && !d.is(e, cCue) && e == i+1 {
		return 0 // "Jobs, chairman Tim Cook and …": no apposition
	}
	d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[e-1].End}, Kind: hearsay.Descriptor,
		Type: hearsay.Person, Gender: d.roleGender(e - 1)})
	return e - i
}

// ofName returns the end of "of" and a capitalised name at token k ("of
// Apple Inc.", "of the United States"), or k when there is none.
func (d *doc) ofName(k, b int) int {
	if k+1 >= b || d.low[k] != "of" {
		return k
	}
	m := k + 1
	if d.low[m] == "the" {
		m++
	}
	e := m
	for e < b && e-m < 6 {
		t := d.Tokens[e]
		switch {
		case t.Kind == hearsay.Word && t.Cap:
		case e > m && (d.low[e] == "&" || d.low[e] == "." && d.Tokens[e-1].End == t.Start):
		default:
			goto done
		}
		e++
	}
done:
	for e > m && d.low[e-1] == "&" {
		e--
	}
	if e == m {
		return k
	}
	return e
}

// nationals adds the people a plural nationality names at token i
// ("Americans", "43 million Americans", "all Britons") and returns 1, or
// returns 0.
func (d *doc) nationals(i int) int {
	w := d.low[i]
	if !d.Tokens[i].Cap || len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		lexicon.Gazetteer(w[:len(w)-1]) != "norp" && lexicon.Gazetteer(w) != "norp" {
		return 0
	}
	k := i
	if k > 0 && (d.low[k-1] == "million" || d.low[k-1] == "billion" || d.low[k-1] == "thousand") {
		k--
	}
	if k > 0 && d.Tokens[k-1].Kind == hearsay.Number {
		k--
	}
	if k > 1 && d.low[k-1] == "of" && (d.low[k-2] == "millions" || d.low[k-2] == "thousands" || d.low[k-2] == "hundreds") {
		k -= 2
	}
	if k > 0 && quantifiers[d.low[k-1]] {
		k--
	}
	for k < i && len(d.Mentions) > 0 && d.Mentions[len(d.Mentions)-1].End > d.Tokens[k].Start {
		k++ // not over a mention already found
	}
	d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[k].Start, End: d.Tokens[i].End}, Kind: hearsay.Descriptor,
		Type: hearsay.Person, Gender: hearsay.Plural})
	return 1
}

// nationalPerson adds the mention of a person a nationality names after
// "the" as the subject of a cue or a finite verb ("The Italian said …",
// "the Frenchman was"), and returns its length in tokens, or 0.
func (d *doc) nationalPerson(i, b int, names []hearsay.NameSpan, ni int) int {
	if d.low[i] != "the" || i+1 >= b || ni >= len(names) || names[ni].Type != hearsay.NORP || names[ni].Start != d.Tokens[i+1].Start ||
		names[ni].End != d.Tokens[i+1].End || strings.HasSuffix(d.low[i+1], "s") {
		return 0
	}
	// as a subject: "The Italian said", "the Frenchman was" (not "the
	// Italian side", "for the American")
	if k := i + 2; k >= b || !lexicon.Cues().Has(d.low[k]) && !finiteAfter[d.low[k]] {
		return 0
	}
	d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+1].End}, Kind: hearsay.Descriptor,
		Type: hearsay.Person})
	return 2
}

// finiteAfter are verbs that follow a subject: "The Italian was …".
var finiteAfter = set("is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does")

// isRoleWord reports whether token i names an occupation or office (a role
// or person noun: "CEO", "spokesman", "analyst", "co-founder").
func (d *doc) isRoleWord(i int) bool {
	if d.Tokens[i].Kind != hearsay.Word {
		return false
	}
	in := lexicon.Lookup(d.low[i])
	return in != nil && in.Flags&(lexicon.IsRole|lexicon.IsPerson) != 0 && in.PersonG != 'P'
}

// roleGender is the gender role token i carries ("spokeswoman"), if it
// is a role word.
func (d *doc) roleGender(i int) hearsay.Gender {
	if in := lexicon.Lookup(d.low[i]); in != nil && in.Flags&lexicon.IsRole != 0 {
		return genderOf(in.RoleG)
	}
	return hearsay.UnknownGender
}

// firstWord returns the first token of sentence si that is not a mark (an
// opening quote mark or bracket).
func (d *doc) firstWord(si int) int {
	s := d.Sentences[si]
	a := s.Tokens[0]
	for a < s.Tokens[1] && d.Tokens[a].Kind == hearsay.Punct {
		a++
	}
	return a
}

// honorific reports whether w is a courtesy or office title written before
// a name as part of it ("Mr.", "Dr.", "Senator", "President").
func honorific(w string) bool {
	_, title := lexicon.Title(strings.TrimSuffix(w, "."))
	return title && w != "ceo" && w != "cfo" && w != "coo" && w != "cto"
}

// contractions are the endings a pronoun takes in one token ("We'll",
// "I'm", "she's"): the mention is the pronoun before the apostrophe.
var contractions = []string{"'ll", "'m", "'re", "'ve", "'d", "'s", "’ll", "’m", "’re", "’ve", "’d", "’s"}

func (d *doc) pronoun(i int) int {
	if d.Tokens[i].Kind != hearsay.Word || !d.is(i, cPronoun|cDeictic) {
		return 0
	}
	w, span := d.low[i], d.Tokens[i].Span
	if k := strings.IndexAny(w, "'’"); k > 0 {
		w, span.End = w[:k], span.Start+k
	}
	if p, ok := deictic[w]; ok {
		// "US" is the country
		if t := d.Text[span.Start:span.End]; t == "US" || t == "ME" {
			return 0
		}
		g := hearsay.UnknownGender
		if p == 'W' {
			g = hearsay.Plural
		}
		d.deixis[span.Start] = p
		d.add(hearsay.Mention{Span: span, Kind: hearsay.Pronoun, Type: hearsay.Person, Gender: g})
		return 1
	}
	g, ok := pronouns[w]
	if !ok {
		return 0
	}
	d.add(hearsay.Mention{Span: span, Kind: hearsay.Pronoun, Type: hearsay.Person, Gender: g})
	return 1
}

// headOK reports whether the token after a descriptor's head (index j)
// lets the head end the noun phrase.
func (d *doc) headOK(j, b int) bool {
	if j >= b {
		return true
	}
	t := d.Tokens[j]
	if (d.low[j] == "'s" || d.low[j] == "’s") && j+1 < b && possessiveCompounds[d.low[j+1]] {
		return false // "a driver's license", "her bachelor's degree": no person
	}
	if t.Kind != hearsay.Word {
		return d.low[j] != "-"
	}
	if t.Cap {
		// "Chief Operating Officer", "Chief Executive": the title goes on
		return !titleWords[d.low[j]]
	}
	return !compounds[d.low[j]] && !titleWords[d.low[j]] // "the chief executive officer"
}

// compounds are nouns that follow "source", "official", "friend" when
// those words are modifiers, not people: "source code", "official
// statement", "friend request".
var compounds = set("code", "codes", "material", "materials", "file", "files", "data", "statement", "statements",
	"report", "reports", "document", "documents", "request", "requests", "page", "pages", "account", "accounts",
	"list", "lists", "group", "groups", "zone", "zones", "list", "language", "languages", "text", "texts",
	"information", "website", "site", "sites", "channel", "channels", "visit", "visits", "business", "duties",
	"position", "title", "titles", "photo", "photos", "record", "records", "figures", "data", "results",
	"numbers", "policy", "policies", "version", "rules", "language", "event", "events", "residence", "trip",
	"status", "car", "cars", "app", "apps", "ship", "list", "circle", "circles", "zone", "of", "and",
	"company", "companies", "firm", "firms", "brand", "brands", "model", "models", "product", "products",
	"flight", "flights", "voyage", "device", "devices", "version", "versions", "program", "programme")

// possessiveCompounds make one noun with a person noun's possessive
// before them: "driver's license", "master's degree".
var possessiveCompounds = set("license", "licence", "licenses", "licences", "permit", "seat", "degree", "degrees",
	"program", "programme", "thesis")

// titleWords continue a capitalised job title.
var titleWords = set("operating", "executive", "financial", "technology", "marketing", "information",
	"officer", "operations", "strategy", "creative", "content", "product", "design", "communications")

// deviceModifiers before "player" make a machine, not a person: "a media
// player", "portable music players".
var deviceModifiers = set("media", "music", "mp3", "video", "dvd", "cd", "record", "cassette", "portable", "audio",
	"digital", "flash", "blu-ray", "streaming")

// extendSource returns the end (exclusive token index) of an anonymous
// source mention whose head is token j: "a source close to the couple",
// "people familiar with the matter", "a spokesperson for the singer".
func (d *doc) extendSource(j, b int) int {
	k := j + 1
	if k+1 < b && (d.low[k] == "close" || d.low[k] == "familiar" || d.low[k] == "near") && (d.low[k+1] == "to" || d.low[k+1] == "with") {
		k += 2
	} else if k < b && d.low[k] == "for" && spokes[d.low[j]] {
		k++
	} else if k < b && d.low[k] == "of" && kin[d.low[j]] {
		k++ // "friends of the Duke of Sussex"
	} else if k+2 < b && d.low[k] == "with" && d.low[k+1] == "knowledge" && d.low[k+2] == "of" {
		k += 3
	} else if k+1 < b && informed[d.low[k]] && (d.low[k+1] == "on" || d.low[k+1] == "in" || d.low[k+1] == "about" || d.low[k+1] == "of") {
		k += 2 // "a person briefed on the negotiations"
	} else {
		return j + 1
	}
	// the noun phrase: a determiner, then up to three words
	start := k
	if k < b && determiners[d.low[k]] {
		k++
	}
	for n := 0; k < b && n < 3; n++ {
		if e := d.nameEndAny(k); e > k {
			k = e // a whole name: "friends of the Duke of Sussex"
			continue
		}
		t := d.Tokens[k]
		w := d.low[k]
		if t.Kind != hearsay.Word || function[w] || lexicon.Cues().Has(w) {
			break
		}
		// a name ends the phrase: "a rep for Lopez declined" (but "the
		// Circus singer" goes on to its role noun)
		_, role := lexicon.Role(w)
		_, person := lexicon.Person(w)
		if k > start && d.Tokens[k-1].Cap && !t.Cap && !role && !person {
			break
		}
		// so does a verb, or an adverb before one: "a representative for
		// the singer declined", "a source close to the couple exclusively
		// told"
		if !t.Cap && !role && !person && (strings.HasSuffix(w, "ed") || pastVerbs[w] || k > start+1 && strings.HasSuffix(w, "ly")) {
			break
		}
		k++
		if role || person {
			break // the head noun ends it
		}
	}
	if k < b && (d.low[k] == "'s" || d.low[k] == "’s") && k+1 < b && !function[d.low[k+1]] && !lexicon.Cues().Has(d.low[k+1]) {
		k += 2 // "close to the singer's family"
	}
	if k == start || k == start+1 && determiners[d.low[start]] {
		return j + 1
	}
	return k
}

// informed qualify a source by what they know: "people briefed on the
// talks", "a person involved in the deal".
var informed = set("briefed", "involved", "knowledgeable", "aware")

// kin name a source by who they are close to: "friends of the couple".
var kin = set("friends", "friend", "pals", "pal", "aides", "aide", "allies", "ally", "associates", "confidants")

var spokes = set("spokesperson", "spokesman", "spokeswoman", "representative", "rep", "publicist", "aide", "lawyer", "attorney")

// bareSources may name an anonymous source without a determiner.
var bareSources = set("people", "someone", "those", "friends", "pals", "sources", "insiders", "officials", "aides",
	"rep", "reps", "spokesperson", "spokesman", "spokeswoman", "insider", "source")

// descriptor recognises an anonymous source or a role descriptor at i.
// groupNouns follow "the" in a mention of a group of people already
// named: "the two", "the duo", "the couple", "the pair".
// pastVerbs are irregular verbs that can follow "the two" as its verb:
// "the two broke up".
var pastVerbs = set("broke", "split", "met", "got", "went", "began", "became", "left", "made", "took", "came",
	"fell", "kept", "spent", "sat", "stood", "ran", "saw", "knew", "thought", "felt", "wrote", "spoke", "sang",
	"grew", "gave", "won", "lost", "found", "held", "hit", "led", "brought", "bought", "built", "drove", "flew")

var groupNouns = set("two", "duo", "couple", "pair", "trio", "three", "exes", "former couple")

// prizeRoles head a person's descriptor after an award's name ("the
// 14-time Grammy winner", "the Oscar nominee"). They are not in the
// lexicon's roles, which the name tagger's features read: adding them
// there retrains the tagger.
var prizeRoles = set("winner", "nominee", "laureate", "medalist", "medallist", "hitmaker")

// productModel reports whether token j is "model" or "models" naming a
// product: after a modifier (modified) that is none of modelModifiers.
func (d *doc) productModel(j int, modified bool) bool {
	lw := d.low[j]
	return (lw == "model" || lw == "models") && modified && !modelModifiers[d.low[j-1]] && !strings.HasSuffix(d.low[j-1], "-year-old")
}

// modelModifiers make "model" a person: "the former model", "the fashion
// model" (and "the 25-year-old model"); other modifiers make it a
// product's ("the new model", "the iPhone model").
var modelModifiers = set("former", "top", "fashion", "catwalk", "runway", "lingerie", "plus-size", "british",
	"american", "french", "italian", "brazilian", "russian", "german", "swedish", "australian", "canadian", "famous",
	"glamour", "beautiful", "stunning", "gorgeous", "aspiring", "teenage", "male", "female", "transgender", "role")

// roleAt reports whether a role noun, or a two-word one, starts at token
// j (before b): "tight end", "quarterback".
func (d *doc) roleAt(j, b int) bool {
	if j >= b || d.Tokens[j].Kind != hearsay.Word {
		return false
	}
	if _, ok := lexicon.Role(d.low[j]); ok {
		return true
	}
	if j+1 >= b {
		return false
	}
	_, ok := lexicon.Role2(d.low[j], d.low[j+1])
	return ok
}

func (d *doc) descriptor(i, b int) int {
	w := d.low[i]
	// "Steve Jobs, founder of Apple,", "Scott Carson, president and CEO of
	// Boeing": a bare role in apposition to the name just before
	if n := d.bareAppositive(i, b); n > 0 {
		return n
	}
	// "the two", "the couple", "the former couple"
	if w == "the" && i+1 < b {
		j := i + 1
		if d.low[j] == "former" && j+1 < b {
			j++
		}
		// "the two stars", "the two women": a group named by a plural noun
		if d.low[j] == "two" && j+1 < b && strings.HasSuffix(d.low[j+1], "s") {
			sing := strings.TrimSuffix(d.low[j+1], "s")
			_, role := lexicon.Role(sing)
			if _, person := lexicon.Person(d.low[j+1]); role || person {
				d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[j+1].End}, Kind: hearsay.Descriptor,
					Type: hearsay.Person, Gender: hearsay.Plural})
				return j - i + 2
			}
		}
		if groupNouns[d.low[j]] && !(j+1 < b && d.Tokens[j+1].Kind == hearsay.Word && !function[d.low[j+1]] && !lexicon.Cues().Has(d.low[j+1]) && d.low[j] == "two" && !strings.HasSuffix(d.low[j+1], "ed") && !pastVerbs[d.low[j+1]]) {
			d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[j].End}, Kind: hearsay.Descriptor,
				Type: hearsay.Person, Gender: hearsay.Plural})
			return j - i + 1
		}
	}
	// bare sources: "sources say", "people close to the couple"
	if d.is(i, cBareSource) && (i == 0 || !d.is(i-1, cDeterminer)) {
		e := d.extendSource(i, b)
		// "pals claim", "friends say": a plural source right before a cue
		beforeCue := i+1 < b && lexicon.Cues().Has(d.low[i+1]) || i+2 < b && (d.low[i+1] == "have" || d.low[i+1] == "had") && lexicon.Cues().Has(d.low[i+2])
		if e > i+1 || (w == "sources" || w == "insiders" || beforeCue && w != "people" && w != "those") && d.headOK(i+1, b) {
			// "royal sources", "senior White House officials": the words
			// qualifying them are part of the phrase
			start := d.Tokens[i].Start
			if k := d.modifiersBefore(i); k < i && w != "people" && w != "those" {
				if _, taken := d.generic[d.Tokens[k].Start]; !taken && !d.inOtherName(k) {
					start = d.Tokens[k].Start
				}
			}
			d.add(hearsay.Mention{Span: hearsay.Span{Start: start, End: d.Tokens[e-1].End}, Kind: hearsay.Descriptor,
				Type: hearsay.Person, Gender: hearsay.Plural, Anonymous: true})
			return e - i
		}
	}
	if !d.is(i, cDeterminer) || d.noLonger(i) {
		return 0
	}
	possessive := w == "his" || w == "her" || w == "their" || w == "its"
	// up to four modifiers, then a head noun; a work's or a group's name
	// counts as one ("the Only Murders in the Building actress")
	lim := i + 5
	for j := i + 1; j < b && j <= lim; j++ {
		// (a one-word title too, before a lower-case word: "the Friends
		// star" is no group of friends)
		if e := d.nameEnd(j); e > j+1 || e == j+1 && d.Tokens[j].Cap && j+1 < b && d.Tokens[j+1].Kind == hearsay.Word && !d.Tokens[j+1].Cap {
			lim += e - j - 1
			j = e - 1
			continue
		}
		if e := d.titleBeforeRole(j, b); e > j+1 {
			// "the 32-year-old Only Murders in the Building star": a
			// show's title the tagger did not find, before a role
			lim += e - j - 1
			j = e - 1
			continue
		}
		t := d.Tokens[j]
		lw := d.low[j]
		if (lw == "'s" || lw == "’s") && j > i+1 && !possessive && j+1 < b && d.Tokens[j+1].Kind == hearsay.Word && !d.Tokens[j+1].Cap {
			lim++ // "the company's chief executive": the possessor is a modifier
			continue
		}
		if t.Kind == hearsay.Punct || t.Kind == hearsay.Symbol {
			return 0
		}
		kinOf := kin[lw] && j+1 < b && d.low[j+1] == "of" // "a friend of the Friends star"
		if !possessive && d.is(j, cAnonymous) && (d.headOK(j+1, b) || kinOf) && !(lw == "source" && j+1 < b && d.low[j+1] == "of") {
			if (strings.HasSuffix(lw, "people") || lw == "person" || lw == "persons") && !(j+1 < b && (d.low[j+1] == "close" || d.low[j+1] == "familiar" || d.low[j+1] == "with" || informed[d.low[j+1]])) {
				break // "some people", "the first person she called" are not sources
			}
			g := hearsay.UnknownGender
			if strings.HasSuffix(lw, "s") || lw == "people" {
				g = hearsay.Plural
			}
			e := d.extendSource(j, b)
			d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[e-1].End}, Kind: hearsay.Descriptor,
				Type: hearsay.Person, Gender: g, Anonymous: true})
			return e - i
		}
		// a role of several words: "the attorney general", "the chief of
		// staff" (not "the attorney" before a stray "general")
		var rgm lexicon.Gender
		multi := false
		if j+2 < b && d.low[j+1] == "of" {
			if g, ok := lexicon.Role(lw + " of " + d.low[j+2]); ok {
				rgm, multi = g, true
				j += 2
			}
		}
		if !multi && j+1 < b && d.Tokens[j+1].Kind == hearsay.Word {
			if g, ok := lexicon.Role2(lw, d.low[j+1]); ok {
				rgm, multi = g, true
				j++
			}
		}
		if multi {
			lw, t = d.low[j], d.Tokens[j]
		}
		rg, isRole := lexicon.Role(lw)
		if multi {
			rg, isRole = rgm, true
		}
		if !isRole {
			if k := strings.LastIndexByte(lw, '-'); k > 0 {
				rg, isRole = lexicon.Role(lw[k+1:])
			}
		}
		if !isRole && prizeRoles[lw] {
			isRole = true // "the 14-time Grammy winner"
		}
		if isRole && d.inOtherName(j) {
			isRole = false // "The Hollywood Reporter" is a magazine
		}
		if isRole && d.productModel(j, j > i+1) {
			isRole = false // "their most recent iPhone model", "the first model"
		}
		plural := false
		if !isRole && strings.HasSuffix(lw, "s") && !(t.Cap && d.roleAt(j+1, b)) {
			// "the Spider-Man co-stars": a plural role names a group;
			// "the Chiefs tight end" is a team's player
			if _, ok := lexicon.Role(strings.TrimSuffix(lw, "s")); ok && !d.inOtherName(j) {
				isRole, plural = true, true
			}
		}
		if !isRole && j > i+1 {
			rg, isRole = lexicon.Role2(d.low[j-1], lw) // "tight end", "prime minister"
		}
		isAge := strings.HasSuffix(lw, "-year-old") && j+1 < b && !isNoun(d, j+1) && d.titleBeforeRole(j+1, b) < 0
		if (isRole || isAge) && (w == "the" || possessive) && (d.headOK(j+1, b) || isRole && d.ofName(j+1, b) > j+1 ||
			isRole && !plural && j+1 < b && d.low[j+1] == "and" && oneWithTwoRoles(d, j, b)) {
			g := genderOf(rg)
			if plural {
				g = hearsay.Plural
			}
			e := d.ofName(j+1, b) // "the chief executive of Apple Inc."
			if e == j+1 && e < b && !plural && d.low[e] == "and" && oneWithTwoRoles(d, j, b) {
				// "the 33-year-old singer and actress": one person's two
				// roles (but "the mother and daughter" are two people)
				if g == hearsay.UnknownGender {
					g = d.roleGender(j + 2)
				}
				e = j + 3
			}
			d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[e-1].End}, Kind: hearsay.Descriptor,
				Type: hearsay.Person, Gender: g})
			return e - i
		}
		if d.is(j, cFunction) && lw != "now" && lw != "then" && !closeBefore(d, j, b) || d.is(j, cDeterminer|cPronoun) || verbInS(d, i, j) {
			return 0
		}
	}
	return 0
}

// titleBeforeRole returns the end of a run of capitalised words at token
// j, with the small words of titles between them ("Only Murders in the
// Building"), that a lower-case role noun follows; -1 when there is none.
// A run of one word only when it is not a person's name.
func (d *doc) titleBeforeRole(j, b int) int {
	if j >= b || !d.Tokens[j].Cap || d.Tokens[j].Kind != hearsay.Word || function[d.low[j]] && d.low[j] != "only" {
		return -1
	}
	e := j
	for e < b && e < j+8 {
		if d.Tokens[e].Cap && d.Tokens[e].Kind == hearsay.Word {
			e++
			continue
		}
		// small words, then a capitalised one
		k := e
		for k < b && k < e+3 && titleSmall[d.low[k]] && !d.Tokens[k].Cap {
			k++
		}
		if k > e && k < b && d.Tokens[k].Cap && d.Tokens[k].Kind == hearsay.Word {
			e = k
			continue
		}
		break
	}
	if e >= b || e-j < 2 || d.Tokens[e].Cap || d.Tokens[e].Kind != hearsay.Word {
		return -1
	}
	if _, role := lexicon.Role(d.low[e]); !role {
		return -1
	}
	return e
}

// titleSmall are the small words inside a title: "Only Murders in the
// Building", "Lord of the Rings".
var titleSmall = set("in", "the", "of", "and", "on", "at", "for", "a", "to", "with", "from")

func isNoun(d *doc, j int) bool {
	if d.Tokens[j].Kind != hearsay.Word || d.Tokens[j].Cap {
		return false
	}
	_, r := lexicon.Role(d.low[j])
	return r || lexicon.AnonymousNouns().Has(d.low[j])
}

// name recognises a person's name starting at token i of a sentence
// [a,b), returning the number of tokens consumed (0 if none).
func (d *doc) name(i, a, b int, known map[string]bool) int {
	t := d.Tokens[i]
	if t.Kind != hearsay.Word {
		return 0
	}
	title := false
	var tg hearsay.Gender
	start := i
	if g, ok := lexicon.Title(d.low[i]); ok && t.Cap {
		j := i + 1
		if j < b && d.low[j] == "." && d.Tokens[j].Start == t.End {
			j++
		}
		// a title of several words: "Prime Minister", "Vice President"
		for j < b && d.Tokens[j].Cap && d.Tokens[j].Kind == hearsay.Word && j+1 < b && d.Tokens[j+1].Cap {
			g2, ok := lexicon.Title(d.low[j])
			if !ok && !titleWords[d.low[j]] {
				break // "Chief Executive Elon Musk" goes on
			}
			if g == 0 {
				g = g2
			}
			j++
		}
		if j < b && d.Tokens[j].Cap && d.Tokens[j].Kind == hearsay.Word {
			title, tg = true, genderOf(g)
			i = j
		}
		// "Chief Financial Officer" before the name the tagger found:
		// a title of several words, no name
		k := i
		for k < b && d.Tokens[k].Cap && d.Tokens[k].Kind == hearsay.Word && (titled(d.low[k]) || titleWords[d.low[k]]) {
			k++
		}
		if k > start+1 && k == b && b < len(d.Tokens) && d.Tokens[b].Cap {
			return k - start
		}
	}
	// the run of capitalised words
	j := i
	var words []int
	for j < b {
		tj := d.Tokens[j]
		if tj.Kind == hearsay.Word && tj.Cap && !orgWords[d.low[j]] {
			if d.low[j] == "i" && (len(words) == 0 || function[d.low[words[len(words)-1]]]) {
				break // "And I think": the pronoun, not "Henry I"
			}
			words = append(words, j)
			j++
			continue
		}
		// an initial: "J." in "J. K. Rowling"
		if len(words) > 0 && d.low[j] == "." && j+1 < b && d.Tokens[j+1].Cap && d.Tokens[j-1].End == tj.Start &&
			d.Tokens[j-1].End-d.Tokens[j-1].Start == 1 {
			j++
			continue
		}
		if len(words) > 0 && connectors[d.low[j]] && j+1 < b && d.Tokens[j+1].Cap {
			j++
			continue
		}
		break
	}
	if len(words) == 0 {
		return 0
	}
	// "her lifestyle brand, As Ever,": a business's name in apposition
	if s := words[0]; s-2 >= a && d.low[s-1] == "," && lexicon.BusinessNoun(d.low[s-2]) || start-2 >= a && d.low[start-1] == "," && lexicon.BusinessNoun(d.low[start-2]) {
		return j - start
	}
	if len(words) == 1 && j < b && d.Tokens[j].Kind == hearsay.Number && lexicon.Gazetteer(d.low[words[0]]) == "month" {
		return j - start // "Jan 3": a date, not Jan
	}
	if j < b && orgWords[d.low[j]] && d.Tokens[j].Cap {
		// "Closer Magazine", "Apple Inc.": the whole run is an organisation
		for j < b && d.Tokens[j].Cap {
			j++
		}
		return j - start
	}
	// Drop a sentence-initial ordinary word: "But Justin" → "Justin".
	for len(words) > 0 && !title && words[0] == a && !d.isNameWord(words[0], known) &&
		!(len(words) > 1 && known[d.low[words[1]]] && d.typoOfKnown(words[0], known)) {
		words = words[1:]
	}
	// Find the first word that can begin a name; a title inside the run
	// begins one after it ("So Secretary Cardona said").
	k := 0
	for k < len(words) && !title && !d.canLead(words[k], known) &&
		!(k+1 < len(words) && d.typoOfKnown(words[k], known) && known[d.low[words[k+1]]]) {
		if g, ok := lexicon.Title(d.low[words[k]]); ok && k+1 == len(words)-1 {
			if _, t2 := lexicon.Title(d.low[words[k+1]]); !t2 {
				title, tg = true, genderOf(g)
				k++
				break
			}
		}
		k++
	}
	if k == len(words) {
		// no person here; maybe "Obiora Okafor said": two unknown
		// capitalised words followed by a cue
		if len(words) == 2 && words[0] != a && j < b && lexicon.Cues().Has(d.low[j]) {
			k = 0
		} else {
			return j - start
		}
	}
	if k > 0 {
		// "Framing Britney Spears": the leading words are not part of it
		words = words[k:]
		if len(words) == 1 && !known[d.low[words[0]]] && !beforeName[d.low[words[0]-1]] && !function[d.low[words[0]-1]] &&
			!d.titleOrRole(words[0]-1) {
			// "Software Development Kit": one given-name-like word
			// ending a run of capitalised words is not a person (but
			// "In Byron's memoirs" is)
			return j - start
		}
	}
	if len(words) == 1 && !title && !known[d.low[words[0]]] && (words[0] == a || d.low[words[0]-1] == "“" || d.low[words[0]-1] == `"`) &&
		lexicon.Word(d.low[words[0]]) && rareName(d.low[words[0]]) && !(j < b && lexicon.Cues().Has(d.low[j])) {
		// "“Sunshine and simple joys”", "Winter is low season": a common
		// word opening the sentence, rarely a given name, that the tagger
		// took for no name, and nothing else makes a person's ("Harry got
		// shot" is a person)
		return j - start
	}
	if len(words) > 4 || product.Event(d.low[words[len(words)-1]]) {
		return j - start // "the 2010 Winter Olympics" is no person
	}
	if len(words) == 1 && words[0] > 0 && (j >= b || d.low[j] != "of") {
		// "the Chancellor", "the Lord Chancellor": a title after an
		// article or another title names an office, not a person
		if g, ok := lexicon.Title(d.low[words[0]]); ok {
			prev := d.low[words[0]-1]
			if _, t := lexicon.Title(prev); t || prev == "the" || prev == "every" || prev == "last" || prev == "former" {
				// but the office's holder is a person: "the Secretary's
				// plan", "the Lord Chancellor ruled"
				k := words[0] - 1
				for k > a && d.Tokens[k].Cap && d.Tokens[k].Kind == hearsay.Word {
					if _, t := lexicon.Title(d.low[k]); !t {
						break
					}
					k--
				}
				if d.low[k] == "the" && d.Tokens[k+1].Cap {
					if _, t := lexicon.Title(d.low[k+1]); t {
						d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[k].Start, End: d.Tokens[words[0]].End},
							Kind: hearsay.Descriptor, Type: hearsay.Person, Gender: genderOf(g)})
					}
				}
				return j - start
			}
		}
	}
	if product.Is(d.Document, d.low, words[0], words[len(words)-1]+1) ||
		d.products != nil && d.products[d.Lower(hearsay.Span{Start: d.Tokens[words[0]].Start, End: d.Tokens[words[len(words)-1]].End})] {
		// "Mac OS X operating system": a thing, not a person
		d.add(hearsay.Mention{Span: hearsay.Span{Start: d.Tokens[words[0]].Start, End: d.Tokens[words[len(words)-1]].End},
			Kind: hearsay.Name, Type: hearsay.Product})
		return j - start
	}
	s := d.Tokens[words[0]].Start // the honorific is not part of the name
	e := d.Tokens[words[len(words)-1]].End
	g := tg
	if g == hearsay.UnknownGender && (len(words) > 1 || !known[d.low[words[0]]]) {
		if n, ok := lexicon.Name(d.low[words[0]]); ok && !notNames[d.low[words[0]]] {
			switch {
			case n.Male >= 90:
				g = hearsay.Male
			case n.Male <= 10:
				g = hearsay.Female
			}
		}
	}
	if g == hearsay.UnknownGender {
		g = d.knownGender(d.Text[s:e])
	}
	d.add(hearsay.Mention{Span: hearsay.Span{Start: s, End: e}, Kind: hearsay.Name, Type: hearsay.Person, Gender: g})
	for _, w := range words {
		known[d.low[w]] = true
	}
	return j - start
}

func titled(w string) bool { _, ok := lexicon.Title(w); return ok }

// rareName reports whether w is a given name of fewer than 15,000 births
// in the names list, or none.
func rareName(w string) bool {
	n, ok := lexicon.Name(w)
	return !ok || n.Births < 15000
}

// beforeName holds capitalised words that come before a lone given name
// without being part of it: kin ("Aunt Toni") and greetings ("Good
// Morning Debra").
var beforeName = map[string]bool{"aunt": true, "uncle": true, "cousin": true, "grandma": true, "grandpa": true,
	"granny": true, "nana": true, "auntie": true, "morning": true, "afternoon": true, "evening": true, "hi": true,
	"hello": true, "hey": true, "dear": true, "saint": true, "st": true, "thanks": true, "congratulations": true, "congrats": true}

// titleOrRole reports whether token i is a title or a role word
// ("Secretary Cardona", "Senator Warren").
func (d *doc) titleOrRole(i int) bool {
	in := lexicon.Lookup(d.low[i])
	return in != nil && in.Flags&(lexicon.IsTitle|lexicon.IsRole) != 0
}

// onlyFunction reports whether tokens [i,k) are all function words.
func (d *doc) onlyFunction(i, k int) bool {
	for ; i < k; i++ {
		if !function[d.low[i]] {
			return false
		}
	}
	return true
}

// isNameWord reports whether token i is a plausible part of a name even at
// the start of a sentence.
func (d *doc) isNameWord(i int, known map[string]bool) bool {
	w := d.low[i]
	if function[w] || notNames[w] {
		return false
	}
	if known[w] {
		return true
	}
	n, ok := lexicon.Name(w)
	return ok && n.Births >= 1000
}

// canLead reports whether token i can begin a person's name.
func (d *doc) canLead(i int, known map[string]bool) bool {
	w := d.low[i]
	if notNames[w] || function[w] {
		return false
	}
	if known[w] || d.shortFor(w, known) {
		return true
	}
	n, ok := lexicon.Name(w)
	return ok && n.Births >= 1000 && len(w) > 1
}

// typoOfKnown reports whether token i is one edit away from a name word
// already known in this document ("Brintey" for "Britney").
func (d *doc) typoOfKnown(i int, known map[string]bool) bool {
	w := d.low[i]
	if len(w) < 4 || function[w] || notNames[w] {
		return false
	}
	for k := range known {
		if typo(w, k) {
			return true
		}
	}
	return false
}

// shortFor reports whether w is a short form of a known name word: its
// first three letters or more ("Brit" for "Britney").
func (d *doc) shortFor(w string, known map[string]bool) bool {
	if len(w) < 3 {
		return false
	}
	for k := range known {
		if len(k) > len(w)+1 && strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// nameEnd returns the index of the token after a non-person name that
// starts at token j, or -1.
func (d *doc) nameEnd(j int) int { return d.nameEndOf(j, false) }

// nameEndAny is nameEnd for a name of any type.
func (d *doc) nameEndAny(j int) int { return d.nameEndOf(j, true) }

func (d *doc) nameEndOf(j int, people bool) int {
	start := d.Tokens[j].Start
	k := sort.Search(len(d.Names), func(k int) bool { return d.Names[k].Start >= start })
	if k == len(d.Names) || d.Names[k].Start != start || !people && d.Names[k].Type == hearsay.Person {
		return -1
	}
	e := j
	for e < len(d.Tokens) && d.Tokens[e].End <= d.Names[k].End {
		e++
	}
	return e
}

// genderOf maps a lexicon gender ('M', 'F', 'P') to a mention's.
func genderOf(g lexicon.Gender) hearsay.Gender {
	switch g {
	case 'M':
		return hearsay.Male
	case 'F':
		return hearsay.Female
	case 'P':
		return hearsay.Plural
	}
	return hearsay.UnknownGender
}

// Word classes: what the coref tables say about a lower-case word, looked
// up once a token (doc.class).
const (
	cStarter    uint16 = 1 << iota // may start a mention (mayStart)
	cDeterminer                    // determiners
	cFunction                      // function
	cPronoun                       // pronouns
	cDeictic                       // deictic
	cGenericDet                    // genericDets
	cBareSource                    // bareSources
	cCue                           // a cue verb (lexicon.Cues)
	cAnonymous                     // an anonymous-source noun (lexicon.AnonymousNouns)
	cPersonRole                    // a person or role noun (lexicon.Lookup: IsPerson or IsRole)
)

var (
	classesOnce sync.Once
	classes     *strtab.Table[uint16]
)

// loadClasses builds classes on first use (not at start-up: it reads
// the lexicon).
func loadClasses() {
	m := map[string]uint16{}
	add := func(set map[string]bool, c uint16) {
		for w := range set {
			m[w] |= c
		}
	}
	// starters are the lower-case words a mention can start with:
	// determiners, pronouns, bare heads, person, role and source nouns
	for _, set := range []map[string]bool{determiners, genericDets, bareSources, bareHeads, function} {
		add(set, cStarter)
	}
	for w := range pronouns {
		m[w] |= cStarter | cPronoun
		for _, c := range contractions {
			m[w+c] |= cStarter | cPronoun
		}
	}
	for w := range deictic {
		m[w] |= cStarter | cDeictic
		for _, c := range contractions {
			m[w+c] |= cStarter | cDeictic
		}
	}
	m["'s"] |= cStarter
	m["’s"] |= cStarter
	add(lexicon.PersonNouns(), cStarter)
	add(determiners, cDeterminer)
	add(function, cFunction)
	add(genericDets, cGenericDet)
	add(bareSources, cBareSource)
	add(lexicon.Cues(), cCue)
	add(lexicon.AnonymousNouns(), cAnonymous)
	for w := range lexicon.PersonNouns() {
		if in := lexicon.Lookup(w); in != nil && in.Flags&(lexicon.IsPerson|lexicon.IsRole) != 0 {
			m[w] |= cPersonRole
		}
	}
	classes = strtab.MustNew(m)
}

// class returns token i's word classes, looked up once.
func (d *doc) class(i int) uint16 {
	if k := d.Tokens[i].Kind; (k == hearsay.Punct || k == hearsay.Symbol) && d.low[i] != "'s" && d.low[i] != "’s" {
		return 0 // no other mark is in a class
	}
	c := d.cls.At(i)
	if c == 0 {
		if stem, ex := lexicon.ExStem(d.low[i]); ex {
			// "ex-employees", "ex-wife": the noun's person or role
			c, _ = classes.Get(stem)
			c &= cPersonRole | cStarter | cAnonymous
		}
	}
	return c
}

// is reports whether token i is in any of the classes c.
func (d *doc) is(i int, c uint16) bool { return d.class(i)&c != 0 }

// mayStart reports whether a lower-case token i can start a mention.
func (d *doc) mayStart(i int) bool {
	w := d.low[i]
	if d.Tokens[i].Kind != hearsay.Word {
		return w == "'s" || w == "’s" // no other mark or number starts one
	}
	return d.is(i, cStarter) || strings.HasSuffix(w, "-year-old")
}

// inOtherName reports whether token j lies inside a name that is not a
// person's (an outlet, a work).
func (d *doc) inOtherName(j int) bool {
	t := d.Tokens[j]
	k := sort.Search(len(d.Names), func(k int) bool { return d.Names[k].End > t.Start })
	return k < len(d.Names) && d.Names[k].Start <= t.Start && d.Names[k].Type != hearsay.Person
}
