package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"hearsay"
	"hearsay/annotate/internal/nickname"
	"hearsay/annotate/internal/product"
	"hearsay/lexicon"
)

// knownPeople makes a person of a well-known person's name the tagger
// left alone or typed as a place or an organisation: "Biden, speaking in
// Ohio, said", "Putin, meanwhile", "Macron and Scholz met" (lexicon
// persons.txt, matched as written). A name inside a longer one keeps the
// longer one's type ("the Trump Organization", "Obama Presidential
// Center").
func knownPeople(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		t := s.Tokens[i]
		if !t.Cap || t.Kind != hearsay.Word {
			continue
		}
		most := lexicon.KnownPersonWords(s.Text[t.Start:t.End])
		if most == 0 {
			continue
		}
		// the longest known name starting here; its words may be joined
		// by marks ("Jay-Z", "J.D. Vance")
		end := -1
		for j := min(n, i+3*most); j > i; j-- {
			if _, ok := lexicon.KnownPerson(s.Text[t.Start:s.Tokens[j-1].End]); ok {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if labels[i] == bPerson && (end == n || labels[end] != bPerson+1) {
			i = end - 1
			continue // tagged so already
		}
		// part of a longer name: a capitalised word, or a name the tagger
		// runs on, right before or after
		longer := i > 0 && (IsInside(labels[i]) || s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word && !titleAt(s, i-1)) ||
			end < n && (IsInside(labels[end]) && labels[end] != bPerson+1 || s.Tokens[end].Cap && s.Tokens[end].Kind == hearsay.Word)
		if longer {
			i = end - 1
			continue
		}
		set(labels, i, end, bPerson)
		i = end - 1
	}
}

// titleAt reports whether token k is an honorific or title ("President",
// "Sen.", "Pope").
func titleAt(s *Sentence, k int) bool {
	if s.low[k] == "." && k > 0 {
		k--
	}
	_, ok := lexicon.Title(s.low[k])
	return ok
}

// citedAuthors makes a person of a surname cited as an author: "(Williams,
// 2010)", "; Mulligan, 2016;", "Hartsell-Gundy et al., 2015" — a capitalised
// word the tagger left alone or took for a place, before a year and after
// an opening bracket or a semicolon, or before "et al.".
func citedAuthors(s *Sentence, labels []int) {
	n := len(labels)
	for i := 1; i < n; i++ {
		t := s.Tokens[i]
		// a word the tagger left alone or typed a one-word place, not
		// right after a name's first word
		if !t.Cap || t.Kind != hearsay.Word || labels[i] != 0 && labels[i] != bLoc || i+1 < n && labels[i+1] == bLoc+1 {
			continue
		}
		if labels[i] == 0 && labels[i-1]%2 == 1 {
			continue
		}
		etAl := i+2 < n && s.low[i+1] == "et" && (s.low[i+2] == "al" || s.low[i+2] == "al.")
		// written as citations are: the comma right after the name, the
		// bracket right before it ("(Williams, 2010)", not a pre-tokenised
		// "( Aerosmith , 1973 )", an album and its year)
		year := i+2 < n && s.low[i+1] == "," && s.Tokens[i+1].Start == t.End && s.Tokens[i+2].Kind == hearsay.Number &&
			isYear(s.Text[s.Tokens[i+2].Start:s.Tokens[i+2].End]) &&
			(s.low[i-1] == "(" && s.Tokens[i-1].End == t.Start || s.low[i-1] == ";")
		if !etAl && !year || knownPlace(s.Text[t.Start:t.End]) {
			continue
		}
		set(labels, i, i+1, bPerson)
	}
}

// isYear reports whether w is a year from 1500 to 2099.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w >= "1500" && w <= "2099"
}

// regnal extends a person's name over a regnal number the tagger left
// out because it reads as the pronoun "I": "Norton I, Emperor of the
// United States".
func regnal(s *Sentence, labels []int) {
	n := len(labels)
	for i := 1; i+1 < n; i++ {
		if s.Text[s.Tokens[i].Start:s.Tokens[i].End] != "I" || labels[i] != 0 {
			continue
		}
		if labels[i-1] != bPerson && labels[i-1] != bPerson+1 || s.Tokens[i-1].End+1 != s.Tokens[i].Start {
			continue
		}
		switch s.low[i+1] {
		case ",", ".", ")", "\"", "”", ";":
			labels[i] = bPerson + 1
		}
	}
}

// roleNames makes a person of a capitalised word the tagger left alone or
// took for a one-word place right after a person noun in lower case:
// "archbishop Stepinac", "teammate Rosenberg", "manager Hecker". Words the
// lexicon knows as places, organisations, nationalities or common English
// words ("fans Monday") are left alone, unless the word is a common given
// name, and so are firms ("engine maker Europrop") and plurals.
func roleNames(s *Sentence, labels []int) {
	n := len(labels)
	for i := 1; i < n; i++ {
		t, p := s.Tokens[i], s.Tokens[i-1]
		if !t.Cap || t.Kind != hearsay.Word || p.Cap || p.Kind != hearsay.Word || labels[i-1] != 0 {
			continue
		}
		if labels[i] != 0 && !(labels[i] == bLoc && (i+1 == n || labels[i+1] != bLoc+1)) {
			continue
		}
		if _, ok := lexicon.Person(s.low[i-1]); !ok {
			if _, ok := lexicon.Role(s.low[i-1]); !ok {
				continue
			}
		}
		if strings.HasSuffix(s.low[i-1], "s") && !strings.HasSuffix(s.low[i-1], "ss") || firmNouns[s.low[i-1]] {
			continue // a plural ("fans Tuesday"), a firm ("engine maker Europrop")
		}
		// the capitalised words after it, as one name
		j := i + 1
		for j < n && j < i+3 && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word && labels[j] == 0 {
			j++
		}
		if j < n && (labels[j] != 0 || particle(s.low[j])) || s.low[i] == "i" {
			continue // a name the tagger began after it, "Muqtada al-Sadr", the pronoun
		}
		name := s.Text[t.Start:s.Tokens[j-1].End]
		if knownPlace(name) {
			continue
		}
		common := false
		for k := i; k < j; k++ {
			common = common || plainWord(s.low[k])
		}
		if common {
			continue
		}
		set(labels, i, j, bPerson)
		i = j - 1
	}
}

// nameVerbed tags as a person two capitalised words the tagger left alone
// that open a sentence as the subject of a verb in the past, when neither
// is a word the lexicon knows (the first may be a given name): "Bukayo
// Saka scored twice".
func nameVerbed(s *Sentence, labels []int) {
	if len(labels) < 3 || labels[0] != 0 || !s.Tokens[0].Cap || s.Tokens[0].Kind != hearsay.Word || pronouns[s.low[0]] || determiners[s.low[0]] {
		return // (not "My Hamster escaped")
	}
	v := s.low[2]
	if s.Tokens[2].Cap || s.Tokens[2].Kind != hearsay.Word || !strings.HasSuffix(v, "ed") && !subjectPasts[v] {
		return
	}
	j, unknown := unknownRun(s, labels, 0, 2)
	if j != 2 || unknown == 0 || !plainUnknown(s.low[1]) || allCaps(s, 0, 2) {
		return
	}
	set(labels, 0, 2, bPerson)
}

// subjectPasts are the irregular pasts nameVerbed takes after a new
// name: verbs of deeds in news ("scored", "won", "struck"), fewer than
// verbLike's pastIrregular, whose thinking and feeling verbs ("thought",
// "felt") follow a common noun as often.
var subjectPasts = map[string]bool{"won": true, "beat": true, "hit": true, "struck": true, "led": true, "became": true,
	"left": true, "made": true, "took": true, "ran": true, "wrote": true, "sang": true, "spoke": true, "met": true,
	"told": true, "gave": true, "went": true, "came": true, "shot": true, "broke": true, "threw": true, "caught": true}

// plainWord reports whether w, in lower case, cannot be a name on its
// own: a common English word that is no common given name, or a word
// with digits ("L2").
func plainWord(w string) bool {
	return lexicon.Word(w) && !product.GivenName(w) || strings.ContainsAny(w, "0123456789")
}

// firmNouns name people and firms alike: "engine maker Europrop", "retailer
// Wal-Mart", "its owner Disney".
var firmNouns = map[string]bool{"maker": true, "retailer": true, "manufacturer": true, "carrier": true, "supplier": true,
	"distributor": true, "operator": true, "provider": true, "giant": true, "rival": true, "owner": true, "buyer": true,
	"seller": true, "lender": true, "insurer": true, "broadcaster": true, "publisher": true, "developer": true,
	"builder": true, "contractor": true, "vendor": true, "sponsor": true, "investor": true, "shareholder": true,
	"client": true, "customer": true, "competitor": true, "partner": true, "parent": true, "backer": true,
	"creditor": true, "bidder": true, "acquirer": true, "exporter": true, "importer": true, "producer": true}

// orgNouns head a phrase naming an organisation: "Force Ouvrière, the
// largest union at the plant,".
var orgNouns = map[string]bool{"company": true, "firm": true, "union": true, "bank": true, "airline": true,
	"group": true, "startup": true, "start-up": true, "agency": true, "conglomerate": true, "chain": true,
	"brand": true, "label": true, "charity": true, "organisation": true, "organization": true, "corporation": true,
	"carmaker": true, "automaker": true, "planemaker": true, "chipmaker": true, "drugmaker": true, "miner": true,
	"utility": true, "watchdog": true, "regulator": true, "newspaper": true, "magazine": true, "tabloid": true,
	"outlet": true, "network": true, "broadcaster": true, "studio": true, "club": true, "party": true, "band": true,
	"platform": true, "website": true, "exchange": true, "fund": true, "consultancy": true,
	"ministry": true, "department": true, "university": true, "school": true, "hospital": true, "museum": true}

// particle reports whether w, in lower case, goes on a name: "al-Sadr",
// "van Gogh", "bin Salman".
func particle(w string) bool {
	switch w {
	case "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "la", "le", "dos", "das", "y":
		return true
	}
	return strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "bin-")
}

// givenBefore extends a person's name the tagger began one word late over
// the common given name right before it, which it left because the word
// is also a common noun: "before Rose McGowan was cast", "Grace Kelly".
func givenBefore(s *Sentence, labels []int) {
	for i := 1; i < len(labels); i++ {
		if labels[i] != bPerson || labels[i-1] != 0 {
			continue
		}
		p := s.Tokens[i-1]
		if !p.Cap || p.Kind != hearsay.Word || p.End+1 != s.Tokens[i].Start || titleAt(s, i-1) {
			continue
		}
		if g, ok := lexicon.Name(s.low[i-1]); !ok || g.Births < 1000 {
			continue
		}
		if _, ok := lexicon.Person(s.low[i-1]); ok {
			continue // "Aide Roy Glenn"
		}
		if i-1 > 0 && s.Tokens[i-2].Cap && s.Tokens[i-2].Kind == hearsay.Word {
			continue // a longer run of capitals: "Cape Rose McGowan"
		}
		labels[i-1], labels[i] = bPerson, bPerson+1
	}
}

// predicatePeople makes a person of capitalised words the tagger left
// alone where the sentence says they are one: an appositive ("Sadiq Khan,
// a solicitor by profession,") or a copula ("Stumpo was a featured
// speaker") with a person noun as head.
func predicatePeople(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		if labels[i] != 0 || !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word || i > 0 && s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word {
			continue
		}
		j := i
		for j < n && j < i+3 && labels[j] == 0 && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
			j++
		}
		if j == n || s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
			i = j
			continue // a longer run of capitals
		}
		// the cheap tests first: what follows the words
		k := j
		switch s.low[k] {
		case ",", "is", "was", "became", "remains", "remained":
		default:
			i = j - 1
			continue
		}
		k++
		if k < n && (s.low[k] == "a" || s.low[k] == "an" || s.low[k] == "the") {
			k++
		} else {
			i = j - 1
			continue
		}
		if pronouns[s.low[i]] {
			i = j - 1
			continue
		}
		name := s.Text[s.Tokens[i].Start:s.Tokens[j-1].End]
		rare := false
		for x := i; x < j; x++ {
			if g, ok := lexicon.Name(s.low[x]); ok && g.Births >= 1000 || !lexicon.Word(s.low[x]) && lexicon.Lookup(s.low[x]) == nil {
				rare = true
			}
		}
		if !rare || knownPlace(name) || titleAt(s, i) {
			i = j - 1
			continue
		}
		// up to three modifiers, then the head: the first noun that names
		// people, followed by the phrase's end; or one that names a firm
		// ("Safran, the French engine maker,")
		found := 0
		for e := k; e < n && e < k+5; e++ {
			w := s.low[e]
			if (w == "'s" || w == "’s") && e > k {
				continue // "the deal's most vocal critic"
			}
			if s.Tokens[e].Kind != hearsay.Word {
				break
			}
			end := e+1 == n || s.Tokens[e+1].Kind != hearsay.Word || function[s.low[e+1]]
			if firmNouns[w] || orgNouns[w] {
				if end {
					found = bOrg
				}
				break
			}
			_, person := lexicon.Person(w)
			_, role := lexicon.Role(w)
			if (person || role) && !strings.HasSuffix(w, "s") {
				if end {
					found = bPerson
				}
				break
			}
		}
		if found > 0 {
			set(labels, i, j, found)
		}
		i = j - 1
	}
}

// function are words that may follow the head of a noun phrase.
var function = map[string]bool{"of": true, "and": true, "who": true, "for": true, "at": true, "in": true, "with": true,
	"from": true, "by": true, "on": true, "to": true, "whose": true, "that": true, "or": true, "but": true}

var pronouns = map[string]bool{"i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "this": true,
	"that": true, "these": true, "those": true, "there": true, "here": true, "who": true, "what": true, "one": true}

// domains makes an organisation of a website's name the tagger left alone:
// "Detik.com quoted Djamal as saying", "according to Politico.eu".
func domains(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+2 < n; i++ {
		t := s.Tokens[i]
		if !t.Cap || t.Kind != hearsay.Word || labels[i] != 0 && labels[i] != bOrg || labels[i+1] != 0 || labels[i+2] != 0 {
			continue // (an outlet the tagger found takes its domain: "TMZ.com")
		}
		if s.low[i+1] != "." || t.End != s.Tokens[i+1].Start || s.Tokens[i+1].End != s.Tokens[i+2].Start {
			continue
		}
		switch s.low[i+2] {
		case "com", "net", "org", "tv", "io", "fm", "eu", "news":
			set(labels, i, i+3, bOrg)
			i += 2
		}
	}
}

// initials takes a person's initials into the name after them ("J. S.
// Bach", "L. Neil Smith"): single capitals with their full stops, right
// before a name the tagger found or a capitalised word it left alone or
// took for a one-word place.
func initials(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+2 < n; i++ {
		if !isInitial(s, i) || i > 1 && isInitial(s, i-2) {
			continue
		}
		k := i
		for k+2 < n && isInitial(s, k) && s.low[k+1] == "." && s.Tokens[k].End == s.Tokens[k+1].Start {
			k += 2
		}
		if k == i || !s.Tokens[k].Cap || s.Tokens[k].Kind != hearsay.Word || len(s.low[k]) < 2 {
			continue
		}
		// the name after them: the tagger's person, or the capitalised
		// words it left (or typed a one-word place)
		e := k + 1
		switch {
		case labels[k] == bPerson || labels[k] == bPerson+1:
			for e < n && labels[e] == bPerson+1 {
				e++
			}
		case labels[k] == 0 || labels[k] == bLoc && (k+1 == n || labels[k+1] != bLoc+1) ||
			labels[k] == bLoc+1 && labels[k-1] == bLoc && (k+1 == n || labels[k+1] != bLoc+1):
			// (the tagger may have begun a place at the full stop: ". Bach")
			for e < n && e < k+3 && labels[e] == 0 && s.Tokens[e].Cap && s.Tokens[e].Kind == hearsay.Word {
				e++
			}
			if knownPlace(s.Text[s.Tokens[k].Start:s.Tokens[e-1].End]) {
				continue
			}
		default:
			continue
		}
		set(labels, i, e, bPerson)
		i = e - 1
	}
}

// isInitial reports whether token i is a single capital letter followed
// by its full stop.
func isInitial(s *Sentence, i int) bool {
	if i < 0 || i+1 >= len(s.Tokens) {
		return false
	}
	w := s.Text[s.Tokens[i].Start:s.Tokens[i].End]
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && s.low[i+1] == "." && s.Tokens[i].End == s.Tokens[i+1].Start
}

// clauseSubjects makes a person of a capitalised word the tagger left
// alone that is the subject of a main clause after a fronted clause ("When
// he was minister, Kallergis formed …", "By 1892 Coudert had moved …") or
// of a clause a subordinator opens ("As Vassey falls asleep"), when a
// verb follows it and the word is no common word, place or organisation.
func clauseSubjects(s *Sentence, labels []int) {
	n := len(labels)
	if n < 4 || !fronted[s.low[0]] {
		return
	}
	for i := 1; i+1 < n; i++ {
		if s.low[i-1] != "," && !(i == 1 && subordinating[s.low[0]]) {
			continue
		}
		t := s.Tokens[i]
		if !t.Cap || t.Kind != hearsay.Word || labels[i] != 0 && !(labels[i] == bLoc && labels[i+1] != bLoc+1) || pronouns[s.low[i]] {
			continue
		}
		v := s.low[i+1]
		if s.Tokens[i+1].Cap || s.Tokens[i+1].Kind != hearsay.Word ||
			!(strings.HasSuffix(v, "ed") || clauseVerbs[v] || i == 1 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")) {
			continue
		}
		if plainWord(s.low[i]) || knownPlace(s.Text[t.Start:t.End]) {
			continue
		}
		set(labels, i, i+1, bPerson)
		break
	}
}

// fronted open a sentence with a clause or phrase before its subject.
var fronted = map[string]bool{"when": true, "while": true, "after": true, "before": true, "although": true, "though": true,
	"as": true, "by": true, "in": true, "despite": true, "upon": true, "since": true, "once": true, "following": true,
	"during": true, "until": true, "because": true, "if": true, "having": true, "unlike": true, "like": true}

// subordinating open a clause whose subject follows right after: "As
// Vassey falls asleep".
var subordinating = map[string]bool{"when": true, "while": true, "after": true, "before": true, "although": true,
	"though": true, "as": true, "since": true, "once": true, "because": true, "if": true, "until": true}

// clauseVerbs follow a subject: auxiliaries and irregular pasts.
var clauseVerbs = map[string]bool{"had": true, "has": true, "was": true, "is": true, "never": true, "would": true,
	"could": true, "did": true, "also": true, "then": true, "became": true, "won": true, "took": true, "made": true,
	"went": true, "left": true, "began": true, "wrote": true, "met": true, "got": true, "gave": true}

// pronounSubjects makes a person of a one-word name the tagger took for a
// place or an organisation, or left alone, where the text treats it as
// one: it opens a clause, a verb follows it ("Kallergis formed …",
// "MacDonald did however take charge …"), and a he or she (his, her …)
// comes after it in its sentence or the next before any other person is
// named. The word must be unknown to the lexicon (no place, organisation
// or common English word), and every occurrence of it changes type.
func pronounSubjects(d *hearsay.Document, st *DocStats) {
	low := d.LowerTokens()
	var to map[string]bool
	ni := 0
	for si, sent := range d.Sentences {
		a, b := sent.Tokens[0], sent.Tokens[1]
		end := b // the next sentence's end
		if si+1 < len(d.Sentences) {
			end = d.Sentences[si+1].Tokens[1]
		}
		for i := a; i < b; i++ {
			t := d.Tokens[i]
			for ni < len(d.Names) && d.Names[ni].End <= t.Start {
				ni++
			}
			named := ni < len(d.Names) && d.Names[ni].Start <= t.Start
			if !t.Cap || t.Kind != hearsay.Word || i+2 >= b || named && (d.Names[ni].Type == hearsay.Person || d.Names[ni].Span != t.Span) {
				continue
			}
			// "In 1757 Ruhnken was appointed": a year ends a fronted phrase
			if i > a && !clauseStart[low[i-1]] && !(isYear(low[i-1]) && i-1 > a) || !plainName(low[i]) || to[d.Text[t.Start:t.End]] {
				continue
			}
			// words the document writes in lower case somewhere are no names
			if st.Lowered(low[i]) {
				continue
			}
			v := i + 1
			if strings.HasSuffix(low[v], "ly") && v+1 < b {
				v++ // "MacDonald did however", "Houllier officially took"
			}
			if !verbLike(low[v]) {
				continue
			}
			// a pronoun before anyone else is named
			k, mi := v+1, ni
			for ; k < end; k++ {
				for mi < len(d.Names) && d.Names[mi].End <= d.Tokens[k].Start {
					mi++
				}
				if mi < len(d.Names) && d.Names[mi].Start <= d.Tokens[k].Start && d.Names[mi].Type == hearsay.Person {
					k = end
					break
				}
				if personal[low[k]] {
					break
				}
			}
			if k >= end {
				continue
			}
			if to == nil {
				to = map[string]bool{}
			}
			to[d.Text[t.Start:t.End]] = true
		}
	}
	possessors(d, low, &to)
	makePeople(d, to)
}

// possessors adds to *to the one-word names the tagger took for places
// that the lexicon does not know and the text gives a possessive ("of
// Pound 's writings", "Sassoon's treatment"): unknown places are rarely
// possessors; people often are.
func possessors(d *hearsay.Document, low []string, to *map[string]bool) {
	for _, n := range d.Names {
		if n.Type != hearsay.Loc {
			continue
		}
		i := d.TokenAt(n.Start)
		if i < 0 || i+1 >= len(d.Tokens) || d.Tokens[i].End != n.End || low[i+1] != "'s" && low[i+1] != "’s" || !plainName(low[i]) {
			continue
		}
		// what the possessive has: something only a person has ("Pynchon's
		// personal life", "Seton's 1922 book"), up to two words on
		has := false
		for k := i + 2; k < len(d.Tokens) && k < i+5 && !has; k++ {
			has = personal[low[k]] || ownedByPeople[low[k]]
			if d.Tokens[k].Kind != hearsay.Word && d.Tokens[k].Kind != hearsay.Number {
				break
			}
		}
		if !has {
			continue
		}
		if *to == nil {
			*to = map[string]bool{}
		}
		(*to)[d.Text[n.Start:n.End]] = true
	}
}

// ownedByPeople are nouns a person's possessive has, a place's or a
// company's seldom.
var ownedByPeople = map[string]bool{"life": true, "wife": true, "husband": true, "father": true, "mother": true,
	"son": true, "daughter": true, "brother": true, "sister": true, "parents": true, "career": true, "death": true,
	"birth": true, "childhood": true, "writings": true, "poems": true, "poem": true, "novel": true, "novels": true,
	"book": true, "books": true, "album": true, "albums": true, "song": true, "songs": true, "lyrics": true,
	"biography": true, "funeral": true, "girlfriend": true, "boyfriend": true, "friend": true, "friends": true,
	"lawyer": true, "treatment": true, "memoir": true, "memoirs": true, "debut": true, "voice": true,
	"performance": true, "play": true, "plays": true, "films": true, "film": true, "paintings": true, "novella": true,
	"stories": true, "story": true, "revival": true, "opera": true, "operas": true, "symphony": true,
	"character": true, "role": true, "widow": true, "children": true, "family": true, "grave": true, "illness": true,
	"retirement": true, "resignation": true, "arrest": true, "trial": true, "campaign": true, "presidency": true,
	"reign": true, "youth": true, "marriage": true, "divorce": true, "affair": true, "relationship": true}

// makePeople makes every name whose text is in to a person, and adds the
// occurrences the tagger left alone.
func makePeople(d *hearsay.Document, to map[string]bool) {
	if len(to) == 0 {
		return
	}
	for i, n := range d.Names {
		if to[d.Text[n.Start:n.End]] {
			d.Names[i].Type = hearsay.Person
		}
	}
	// the ones the tagger left alone
	var add []hearsay.NameSpan
	cur := nameCursor{names: d.Names}
	for _, t := range d.Tokens {
		if !cur.free(t.Start, t.End) {
			continue
		}
		if t.Cap && to[d.Text[t.Start:t.End]] {
			add = append(add, hearsay.NameSpan{Span: t.Span, Type: hearsay.Person})
		}
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// clauseStart are the words after which a clause's subject comes.
var clauseStart = map[string]bool{",": true, ";": true, "and": true, "but": true, "when": true, "while": true,
	"after": true, "before": true, "because": true, "although": true, "though": true, "as": true, "since": true,
	"until": true, "once": true, "then": true, "that": true, "where": true}

// closedClass are words that open sentences and are no names.
var closedClass = map[string]bool{"she": true, "he": true, "his": true, "her": true, "they": true, "them": true,
	"these": true, "those": true, "this": true, "that": true, "nor": true, "yet": true, "so": true, "then": true,
	"when": true, "while": true, "where": true, "why": true, "how": true, "what": true, "which": true, "whom": true,
	"if": true, "as": true, "not": true, "no": true, "all": true, "some": true, "any": true, "each": true,
	"every": true, "both": true, "such": true, "there": true, "here": true, "now": true, "thus": true, "hence": true}

// personal are the pronouns that refer to one man or one woman.
var personal = map[string]bool{"he": true, "she": true, "his": true, "her": true, "him": true, "himself": true,
	"herself": true, "hers": true}

// plainName reports whether w, in lower case, can only be a name: the
// lexicon knows it as no word, place, organisation or given name's
// homograph, and it is letters only.
func plainName(w string) bool {
	if len(w) < 3 || pronouns[w] || function[w] || closedClass[w] || lexicon.Word(w) || lexicon.Gazetteer(w) != "" || lexicon.KnownEntity(w) != "" {
		return false
	}
	if in := lexicon.Lookup(w); in != nil && in.Flags&^lexicon.IsName != 0 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// verbLike reports whether w, in lower case, reads as the verb of a
// clause: an auxiliary, a past tense, or a verb of saying.
func verbLike(w string) bool {
	switch w {
	case "was", "is", "has", "had", "would", "did", "does", "will", "could", "can", "should", "may", "might", "must":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastIrregular[w] || lexicon.Cues().Has(w)
}

// pastIrregular are irregular past tenses.
var pastIrregular = map[string]bool{"went": true, "took": true, "made": true, "became": true, "began": true, "came": true,
	"left": true, "gave": true, "won": true, "lost": true, "met": true, "wrote": true, "told": true, "thought": true,
	"found": true, "held": true, "led": true, "ran": true, "saw": true, "knew": true, "felt": true, "spent": true,
	"fought": true, "brought": true, "sang": true, "spoke": true, "kept": true, "got": true, "sat": true, "stood": true}

// orgTitles ends an organisation's name before the job title the tagger
// ran it over: "the Apple Chief Executive Officer" is Apple's chief
// executive, "Boston Police Commissioner" the police's commissioner. A
// run of title words alone is no name.
func orgTitles(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		if labels[i] == bLoc {
			// "U.S. District Judge Yvonne Gonzalez Rogers": a person after
			// a title the place opens
			j := spanEnd(labels, i)
			if k := titleThenName(s, i, j); k > 0 {
				for x := i; x < j; x++ {
					labels[x] = 0
				}
				set(labels, k, j, bPerson)
				i = j - 1
			}
			continue
		}
		if labels[i] == bPerson {
			// "Tesla CEO Elon Musk" tagged as one person: the firm (whose
			// name a given name may look like), its title, the person
			j := spanEnd(labels, i)
			if k := titleThenName(s, i, j); k > 0 {
				t := k - 1
				for t > i && jobWords[s.low[t-1]] {
					t--
				}
				if t > i && lexicon.KnownEntity(s.Text[s.Tokens[i].Start:s.Tokens[t-1].End]) == "ORG" {
					for x := i; x < j; x++ {
						labels[x] = 0
					}
					set(labels, i, t, bOrg)
					set(labels, k, j, bPerson)
				}
			}
			i = j - 1
			continue
		}
		if labels[i] != bOrg {
			continue
		}
		j := spanEnd(labels, i)
		// "House Speaker Mike Johnson": a title inside, a person's given
		// name after it
		if k := titleThenName(s, i, j); k > 0 {
			for x := i; x < j; x++ {
				labels[x] = 0
			}
			if k > i+1 || lexicon.KnownEntity(s.Text[s.Tokens[i].Start:s.Tokens[i].End]) == "ORG" || !lexicon.Word(s.low[i]) {
				set(labels, i, k-1, bOrg)
			}
			set(labels, k, j, bPerson)
			i = j - 1
			continue
		}
		e := j
		role := false
		for e > i && s.Tokens[e-1].Cap && s.Tokens[e-1].Kind == hearsay.Word {
			w := s.low[e-1]
			if titleHeads[w] {
				role = true
			} else if !jobWords[w] {
				break
			}
			e--
		}
		// what is left must name something: "Lord High Chancellor" is a
		// title as a whole
		if _, title := lexicon.Title(s.low[i]); title && e > i {
			role = false
		}
		if role && e < j {
			if e == i+1 && lexicon.Word(s.low[i]) && lexicon.KnownEntity(s.Text[s.Tokens[i].Start:s.Tokens[i].End]) == "" {
				e = i // "Home Secretary", "Foreign Minister": a title, no name
			}
			for k := e; k < j; k++ {
				labels[k] = 0
			}
			if e > i {
				set(labels, i, e, bOrg)
			}
		}
		i = j - 1
	}
}

// rolePrefix moves a person's name the tagger gave to a capitalised
// role word to the name after it: "said Councillor Ray Dunn" is Ray
// Dunn, not a person called Councillor.
func rolePrefix(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+2 < n; i++ {
		if labels[i] != bPerson || labels[i+1] != 0 || !s.Tokens[i].Cap || !s.Tokens[i+1].Cap || s.Tokens[i+1].Kind != hearsay.Word ||
			!roleBeforeGiven(s, i) {
			continue
		}
		j := i + 1
		for j < n && j < i+4 && labels[j] == 0 && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
			j++
		}
		if j-i < 3 {
			continue // a given name alone: "Councillor Ray" may be a surname's
		}
		labels[i] = 0
		set(labels, i+1, j, bPerson)
		i = j - 1
	}
}

// saidName tags as a person the capitalised words the tagger left alone
// after a cue that follows a quotation ("…,” interjected Councillor Ray
// Dunn"), past a title or role word, when the first is a common given
// name.
func saidName(s *Sentence, labels []int) {
	n := len(labels)
	for c := 1; c+2 < n; c++ {
		p := s.low[c-1]
		if p != "”" && p != "\"" && p != "’" && p != "," || s.Tokens[c].Cap {
			continue
		}
		if p == "," && (c < 2 || s.low[c-2] != "”" && s.low[c-2] != "\"") || !lexicon.Cues().Has(s.low[c]) {
			continue
		}
		i := c + 1
		if _, ok := lexicon.Title(s.low[i]); ok && s.Tokens[i].Cap {
			i++
		} else if _, ok := lexicon.Person(s.low[i]); ok && s.Tokens[i].Cap && !product.GivenName(s.low[i]) {
			i++
		}
		if i >= n || labels[i] != 0 || !s.Tokens[i].Cap {
			continue
		}
		if !givenName(s.low[i]) {
			continue
		}
		j := i + 1
		for j < n && j < i+3 && labels[j] == 0 && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
			j++
		}
		if j == i+1 {
			continue
		}
		set(labels, i, j, bPerson)
		c = j
	}
}

// titleThenName returns the first token of a person's name after a job
// title inside tokens [i, j) of an organisation's name ("House Speaker
// Mike Johnson", "Apple CEO Tim Cook"), or 0: a title word, then a
// common given name and at least a surname.
func titleThenName(s *Sentence, i, j int) int {
	for k := i + 1; k+2 < j+1 && k+1 < j; k++ {
		if !(titleHeads[s.low[k]] || s.low[k] == "speaker" || s.low[k] == "leader" || s.low[k] == "senator" || s.low[k] == "judge" ||
			s.low[k] == "justice" || s.low[k] == "prosecutor" || s.low[k] == "attorney") {
			continue
		}
		g, ok := lexicon.Name(s.low[k+1])
		if ok && g.Births >= 1000 && k+2 < j+1 && j-(k+1) >= 2 && j-(k+1) <= 3 {
			return k + 1
		}
	}
	return 0
}

// titleHeads end a job title, and name no newspaper ("The Hollywood
// Reporter", "The Guardian" keep their names).
var titleHeads = map[string]bool{"officer": true, "ceo": true, "president": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "director": true, "minister": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "commissioner": true, "governor": true, "mayor": true, "manager": true, "founder": true,
	"co-founder": true, "analyst": true, "coach": true, "treasurer": true, "executive": true, "cfo": true, "coo": true,
	"cto": true, "chancellor": true, "superintendent": true, "administrator": true}

// jobWords qualify a job title: "Chief Executive Officer", "Senior Vice
// President".
var jobWords = map[string]bool{"chief": true, "executive": true, "senior": true, "vice": true, "deputy": true,
	"operating": true, "financial": true, "technology": true, "general": true, "managing": true, "assistant": true,
	"associate": true, "acting": true, "interim": true, "marketing": true, "information": true, "co": true}

// nameSaid tags as a person two or three capitalised words the tagger
// left alone that are the subject of a speech verb right after them,
// when each is a given name or a word the lexicon does not know: "Yasser
// Arafat said …", "Tomasz Wrobel told reporters …". News quotes people
// far more often than firms by names of unknown words, and the tagger,
// which leans on a capital letter, learns little from one that opens a
// sentence.
func nameSaid(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+2 < n; i++ {
		if labels[i] != 0 || !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word {
			continue
		}
		if i > 0 && (s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word || determiners[s.low[i-1]] || s.low[i-1] == "'s" || s.low[i-1] == "’s") {
			continue // inside a longer run, or a determiner's noun
		}
		// a speech verb two or three words on, before any lexicon lookup
		if !saidVerbs[s.low[i+2]] && !(i+3 < n && saidVerbs[s.low[i+3]]) {
			continue
		}
		j, unknown := unknownRun(s, labels, i, 3)
		if j-i < 2 || unknown == 0 || j >= n || !saidVerbs[s.low[j]] || isOrgHead(s.low[j-1]) ||
			knownPlace(s.Text[s.Tokens[i].Start:s.Tokens[j-1].End]) || allCaps(s, i, j) {
			continue
		}
		set(labels, i, j, bPerson)
		i = j - 1
	}
}

// allCaps reports whether the words [i,j) are all upper case (a heading,
// an acronym).
func allCaps(s *Sentence, i, j int) bool {
	for k := i; k < j; k++ {
		w := s.Text[s.Tokens[k].Start:s.Tokens[k].End]
		if strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// saidVerbs are the speech verbs whose subject in news is nearly always a
// person.
var saidVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "wrote": true,
	"writes": true, "tweeted": true, "insisted": true, "explained": true, "recalled": true, "admitted": true,
	"joked": true, "replied": true, "laughed": true, "revealed": true, "confessed": true, "shared": true, "gushed": true}

// knownAs tags as a person one to three capitalised words the tagger
// left alone after a person noun and "known as" / "nicknamed" / "who
// goes by": "A rapper known as Lil Kordo", "the singer, better known as
// Zara Quill".
func knownAs(s *Sentence, labels []int) {
	n := len(labels)
	for i := 2; i < n; i++ {
		if labels[i] != 0 || !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word {
			continue
		}
		var k int // the word before the phrase
		switch {
		case s.low[i-1] == "as" && s.low[i-2] == "known":
			k = i - 3
			if k >= 0 && (s.low[k] == "better" || s.low[k] == "also" || s.low[k] == "widely") {
				k--
			}
		case s.low[i-1] == "nicknamed":
			k = i - 2
		case i >= 3 && s.low[i-1] == "by" && s.low[i-2] == "goes" && s.low[i-3] == "who":
			k = i - 4
		default:
			continue
		}
		if k >= 0 && s.low[k] == "," {
			k--
		}
		if k < 0 {
			continue
		}
		_, person := lexicon.Person(s.low[k])
		_, role := lexicon.Role(s.low[k])
		if !person && !role && labels[k] != bPerson && labels[k] != bPerson+1 {
			continue
		}
		// (over a person's name the tagger began a word late: "Lil Kordo")
		j := i
		for j < n && j < i+3 && (labels[j] == 0 || labels[j] == bPerson || labels[j] == bPerson+1) && s.Tokens[j].Cap &&
			s.Tokens[j].Kind == hearsay.Word && (j == i || s.Tokens[j].Start == s.Tokens[j-1].End+1) {
			j++
		}
		if knownPlace(s.Text[s.Tokens[i].Start:s.Tokens[j-1].End]) {
			continue
		}
		set(labels, i, j, bPerson)
		i = j - 1
	}
}

// afterNickname are words that, capitalised after a quoted word in a
// headline, go on with the sentence rather than the name: "Britney
// 'Terrified' Of Justin".
var afterNickname = map[string]bool{"over": true, "after": true, "as": true, "amid": true, "about": true, "into": true,
	"than": true, "is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "not": true, "the": true,
	"a": true, "an": true, "his": true, "her": true, "their": true, "says": true, "said": true}

// quotedNicknames makes one person's name of a given name, a quoted
// nickname and a surname: Sean "Diddy" Combs, Dwayne “The Rock”
// Johnson, Earvin 'Magic' Johnson. The tagger splits such a name at its
// quotation marks and, where the surname is a common word ("Combs"),
// misses the rest. The given name is one the names list knows or one the
// tagger took for a person's; the nickname is one to four capitalised
// words; the surname, capitalised, is no word that goes on with a
// sentence. In a title-case headline, where any word may be capitalised
// ("Justin 'Regrets' Breakup"), the surname must be a word the lexicon
// does not know or one the tagger took for a person's.
func quotedNicknames(s *Sentence, labels []int) {
	n := len(labels)
	var title, titleKnown bool
	for i := 0; i+4 < n; i++ {
		t := s.Tokens[i]
		closeMark, ok := nickname.Close[s.low[i+1]]
		if !ok || !t.Cap || t.Kind != hearsay.Word || s.Tokens[i+1].Start != t.End+1 {
			continue
		}
		person := labels[i] == bPerson || labels[i] == bPerson+1
		if g, ok := lexicon.Name(s.low[i]); !person && (!ok || g.Births < 1000) {
			continue
		}
		// the nickname: capitalised words up to the closing mark
		k := i + 2
		for k < n && k < i+6 && s.low[k] != closeMark && s.Tokens[k].Kind == hearsay.Word && s.Tokens[k].Cap {
			k++
		}
		if k == i+2 || k+1 >= n || s.low[k] != closeMark || s.Tokens[k].Start != s.Tokens[k-1].End {
			continue
		}
		j := k + 1 // the surname
		sn := s.Tokens[j]
		if !sn.Cap || sn.Kind != hearsay.Word || sn.Start != s.Tokens[k].End+1 || function[s.low[j]] || afterNickname[s.low[j]] {
			continue
		}
		if _, ok := lexicon.Title(s.low[j]); ok {
			continue
		}
		if !titleKnown {
			title, titleKnown = titleCase(s), true
		}
		if title && !plainUnknown(s.low[j]) && labels[j] != bPerson && labels[j] != bPerson+1 {
			continue
		}
		e := j + 1
		for e < n && labels[e] == bPerson+1 {
			e++ // "Jr", a second surname the tagger joined to it
		}
		start := i
		for start > 0 && labels[start] == bPerson+1 {
			start-- // the whole given name: "Marshall Bruce “Slim Shady” Mathers"
		}
		set(labels, start, e, bPerson)
		i = e - 1
	}
}

// titleCase reports whether the sentence reads as a title-case headline:
// at least three words of four letters or more, none of them in lower
// case.
func titleCase(s *Sentence) bool {
	words := 0
	for k, t := range s.Tokens {
		if t.Kind != hearsay.Word || len(s.low[k]) < 4 {
			continue
		}
		if !t.Cap {
			return false
		}
		words++
	}
	return words >= 3
}

// quotedNicks tags, as the person's, the later mentions of a nickname of
// several words that a name quotes ("The Rock" after Dwayne “The Rock”
// Johnson); surnames tags those of one word.
func quotedNicks(d *hearsay.Document) {
	var nicks []string
	for _, n := range d.Names {
		if n.Type != hearsay.Person {
			continue
		}
		if nick := nickname.Quoted(d.Text[n.Start:n.End]); strings.Contains(nick, " ") && !slices.Contains(nicks, nick) {
			nicks = append(nicks, nick)
		}
	}
	if len(nicks) == 0 {
		return
	}
	occurrences(d, nicks, hearsay.Person)
}

// occurrences makes a name of type t of every occurrence, as whole words,
// of each of texts that no name crosses; the names inside one give way to
// it ("Rock" inside "The Rock").
func occurrences(d *hearsay.Document, texts []string, t hearsay.EntityType) {
	var add []hearsay.NameSpan
	// each text is a scan of the whole document: a bounded number of them
	// keeps a text of thousands of titles linear
	if len(texts) > maxOccurrenceTexts {
		texts = texts[:maxOccurrenceTexts]
	}
	for _, x := range texts {
		for at := 0; ; {
			k := strings.Index(d.Text[at:], x)
			if k < 0 {
				break
			}
			s, e := at+k, at+k+len(x)
			at = e
			if s > 0 && isWordByte(d.Text[s-1]) || e < len(d.Text) && isWordByte(d.Text[e]) {
				continue
			}
			// (the names are sorted by start and do not overlap: those
			// starting before e, back to the first ending by s)
			free := true
			for k := sort.Search(len(d.Names), func(x int) bool { return d.Names[x].Start >= e }) - 1; k >= 0 && d.Names[k].End > s; k-- {
				if n := d.Names[k]; n.Start < s || n.End > e || n.Start == s && n.End == e {
					free = false // crossed, or this name already
					break
				}
			}
			if free {
				add = append(add, hearsay.NameSpan{Span: hearsay.Span{Start: s, End: e}, Type: t})
			}
		}
	}
	if len(add) == 0 {
		return
	}
	sortNames(add)
	d.Names = slices.DeleteFunc(d.Names, func(n hearsay.NameSpan) bool {
		// the last occurrence starting by n's start: does it hold n?
		k := sort.Search(len(add), func(x int) bool { return add[x].Start > n.Start }) - 1
		return k >= 0 && n.End <= add[k].End
	})
	d.Names = append(d.Names, add...)
	sortNames(d.Names)
}

// maxOccurrenceTexts bounds the texts occurrences looks for.
const maxOccurrenceTexts = 32

// repeatedWorks makes a work of every occurrence of the title of a work
// the document names, of two words or more: "starred in Only Murders in
// the Building" after "Gomez's Only Murders in the Building co-stars",
// where alone it reads as a place.
func repeatedWorks(d *hearsay.Document) {
	var titles []string
	for _, n := range d.Names {
		if w := d.Text[n.Start:n.End]; n.Type == hearsay.Work && strings.Contains(w, " ") && !slices.Contains(titles, w) {
			titles = append(titles, w)
		}
	}
	occurrences(d, titles, hearsay.Work)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// givenOfKnown extends a one-word person's name over the capitalised word
// right before it that the tagger left alone, where the document names
// that person with the one word elsewhere too: "Kylian Mbappé is growing
// frustrated" after a headline's "Mbappé" (the tagger knows neither word,
// nor does the given-name list know "Kylian"). The word before is no
// common word, place, title or role, and no capitalised word precedes it.
func givenOfKnown(d *hearsay.Document) {
	count := map[string]int{}
	for _, n := range d.Names {
		if w := d.Text[n.Start:n.End]; n.Type == hearsay.Person && !strings.ContainsAny(w, " .-") {
			count[w]++
		}
	}
	if len(count) == 0 {
		return
	}
	low := d.LowerTokens()
	changed := false
	for i, n := range d.Names {
		if n.Type != hearsay.Person || count[d.Text[n.Start:n.End]] < 2 {
			continue
		}
		k := d.TokenAt(n.Start) - 1
		if k < 0 || d.Tokens[k+1].Start != n.Start || d.Tokens[k].End+1 != n.Start || d.Text[d.Tokens[k].End] != ' ' {
			continue
		}
		t, w := d.Tokens[k], low[k]
		if !isAlpha(d.Text[t.Start:t.End]) || !plainUnknown(w) && !isGiven(w) || allCapsWord(d.Text[t.Start:t.End]) ||
			function[w] || determiners[w] || pronouns[w] || notInName[w] || fronted[w] || connectives[w] || len(w) < 3 || lexicon.Gazetteer(w) != "" {
			continue // (not "If Abbas", "Justice Scalia")
		}
		if _, title := lexicon.Title(w); title || honorifics[w] || titleRest[w] ||
			strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") {
			continue // nor "Islamic Jihad", "Lebanese Shiite"
		}
		if k > 0 && d.Tokens[k-1].Cap && d.Tokens[k-1].Kind == hearsay.Word && d.Tokens[k-1].End+1 == t.Start {
			continue // a longer run of capitals
		}
		if i > 0 && d.Names[i-1].End > t.Start {
			continue // a name of its own
		}
		d.Names[i].Start = t.Start
		changed = true
	}
	if changed {
		firstNamesAlone(d)
	}
}

// connectives open a sentence before its subject: "Whereas Nietzsche had".
var connectives = map[string]bool{"whereas": true, "meanwhile": true, "however": true, "moreover": true, "furthermore": true,
	"nevertheless": true, "nonetheless": true, "instead": true, "thus": true, "hence": true, "therefore": true,
	"otherwise": true, "indeed": true, "besides": true, "likewise": true, "similarly": true, "overall": true,
	"finally": true, "eventually": true, "later": true, "earlier": true, "today": true, "yesterday": true,
	"tonight": true, "then": true, "now": true, "still": true, "yet": true, "also": true, "perhaps": true, "unless": true}

func isGiven(w string) bool { _, ok := lexicon.Name(w); return ok }

func allCapsWord(w string) bool { return len(w) > 1 && !strings.ContainsFunc(w, unicode.IsLower) }

// firstNamesAlone, run once givenOfKnown has named someone in full, tags
// as a person's the lone given names of the people named in two words
// whose given name is no word the lexicon knows: "“Kylian is completely
// happy here,” a spokesperson said".
func firstNamesAlone(d *hearsay.Document) {
	first := map[string]bool{}
	for _, n := range d.Names {
		f := strings.Fields(d.Text[n.Start:n.End])
		if n.Type == hearsay.Person && len(f) == 2 && plainUnknown(lexicon.Lower(f[0])) {
			first[f[0]] = true
		}
	}
	var add []hearsay.NameSpan
	cur := nameCursor{names: d.Names}
	for i, t := range d.Tokens {
		if !cur.free(t.Start, t.End) {
			continue // inside a name already
		}
		if !t.Cap || !first[d.Text[t.Start:t.End]] || i+1 < len(d.Tokens) && d.Tokens[i+1].Cap && d.Tokens[i+1].Kind == hearsay.Word {
			continue
		}
		add = append(add, hearsay.NameSpan{Span: t.Span, Type: hearsay.Person})
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// outletNouns, in lower case right before a name, say the name is a news
// outlet's: "Spanish newspaper AS", "Italian broadcaster Sky Sport
// Italia", "the tabloid Bild".
var outletNouns = map[string]bool{"newspaper": true, "daily": true, "tabloid": true, "magazine": true, "broadcaster": true,
	"weekly": true, "paper": true, "outlet": true, "website": true, "channel": true, "network": true, "station": true,
	"agency": true, "podcast": true, "radio": true}

// outletNames makes an organisation of the capitalised words after an
// outlet noun, where the tagger found no name or only part of one
// (whatever it took them for): "Spanish newspaper AS reported", "told
// Italian broadcaster Sky Sport Italia". Not after a capitalised noun
// ("The Daily Telegraph" is a name of its own), nor a given name that
// opens a person's name ("radio host Howard Stern" has no outlet noun
// right before it).
func outletNames(s *Sentence, labels []int) {
	n := len(labels)
	for i := 1; i < n; i++ {
		if !outletNouns[s.low[i-1]] || s.Tokens[i-1].Cap || !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word {
			continue
		}
		if labels[i] != 0 && IsInside(labels[i]) {
			continue // inside a longer name
		}
		j := i
		for j < n && j < i+5 && (s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word || s.Tokens[j].Kind == hearsay.Number && j > i) {
			j++
		}
		if end := spanEnd(labels, i); labels[i] != 0 && end > j {
			j = end
		}
		if labels[i] == bPerson && j == spanEnd(labels, i) && j-i > 1 {
			continue // "network anchor"-like: a person named in full
		}
		if j < n && IsInside(labels[j]) {
			continue // a name running on
		}
		set(labels, i, j, bOrg)
		i = j - 1
	}
}
