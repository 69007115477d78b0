// Package ner finds proper names and their types: PERSON, ORG, LOC and
// WORK, with NORP for nationalities and groups.
//
// Requires: tokens, sentences. Provides: names.
//
// A greedy averaged-perceptron BIO tagger (model.go, features.go) trained
// by internal/cmd/trainner on the openly licensed splits in
// ../shared/data/train and embedded as model.bin.gz (README.md gives its
// provenance) proposes the names; rules then fix what news needs and the
// training data lacks:
//   - a capitalised modifier of a role noun is a work or a group: "the
//     Circus singer", "The Social Network actor" (WORK), "the former NSYNC
//     member" (ORG);
//   - a title after a work noun is a work, person names inside it
//     included: "documentary, Framing Britney Spears", "the song “Cry Me a
//     River”";
//   - titles listed after a plural work noun are works ("the singles
//     Rusty Cage, Outshined and Black Hole Sun"), and so is a title after
//     a person's or a year's possessive in a sentence about works
//     ("Timberlake's Cry Me a River", "1981's Stop the Dominoes"; works.go);
//   - a one-word name that a he or she continues, or whose possessive has
//     what people have ("Sassoon's treatment"), is a person (people.go);
//   - a name's last word retypes it: an award ("Golden Globe Award"), a
//     building ("Carnegie Hall"), a firm ("Douglas Aircraft"), a band
//     named in the plural ("Foo Fighters");
//   - platforms and outlets from the gazetteer are organisations
//     (Instagram, TMZ), nationality words are NORP.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"hearsay"
	"hearsay/annotate/internal/nickname"
	"hearsay/annotate/internal/product"
	"hearsay/lexicon"
)

//go:embed model.bin.gz
var modelGz []byte

var (
	modelOnce sync.Once
	model     *Model
	modelErr  error
)

// DefaultModel returns the embedded model.
func DefaultModel() (*Model, error) {
	modelOnce.Do(func() { model, modelErr = Read(bytes.NewReader(modelGz)) })
	return model, modelErr
}

// Name is the annotator's name in a pipeline.
const Name = "ner"

// Annotator is the name annotator.
type Annotator struct{ m *Model }

// New returns a name annotator using the embedded model.
func New() *Annotator { return &Annotator{} }

// Name implements hearsay.Annotator.
func (*Annotator) Name() string { return Name }

// Requires implements hearsay.Annotator.
func (*Annotator) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerTokens, hearsay.LayerSentences}
}

// Provides implements hearsay.Annotator.
func (*Annotator) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerNames} }

// workRoles are role nouns whose capitalised modifier names a work; the
// others (member, frontman) name a group.
var workRoles = map[string]bool{"singer": true, "actor": true, "actress": true, "star": true, "rapper": true,
	"co-star": true, "co-stars": true, "costar": true, "costars": true, "stars": true,
	"songwriter": true, "director": true, "author": true, "novelist": true, "host": true, "creator": true,
	"showrunner": true, "producer": true, "hitmaker": true, "crooner": true, "diva": true, "alum": true, "icon": true}

var groupRoles = map[string]bool{"member": true, "frontman": true, "frontwoman": true, "drummer": true,
	"guitarist": true, "bassist": true, "ceo": true, "founder": true, "boss": true, "chairman": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "player": true, "coach": true, "lead": true}

// Annotate implements hearsay.Annotator.
func (a *Annotator) Annotate(d *hearsay.Document) error {
	// the embedded model unless one was given; not stored in a, which
	// several goroutines may share
	m := a.m
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return fmt.Errorf("load model: %w", err)
		}
	}
	d.Names = d.Names[:0]
	var s Sentence
	var labels []int
	lower := d.LowerTokens()
	spans := make([][2]int, len(d.Sentences))
	for i, sent := range d.Sentences {
		spans[i] = sent.Tokens
	}
	s.Doc = NewDocStats(d.Text, d.Tokens, spans, lower)
	for _, sent := range d.Sentences {
		s.Text = d.Text
		s.Tokens = d.Tokens[sent.Tokens[0]:sent.Tokens[1]]
		s.PrepareLower(lower[sent.Tokens[0]:sent.Tokens[1]])
		labels = m.Tag(&s, labels)
		rules(&s, labels)
		splitLower(&s, labels)
		orgRuns(&s, labels)
		peerage(&s, labels)
		quotedNicknames(&s, labels)
		givenThenCap(&s, labels)
		thirdName(&s, labels)
		knownRuns(&s, labels)
		placeSuffixes(&s, labels)
		givenNameRuns(&s, labels)
		yearWorks(&s, labels)
		listWorks(&s, labels)
		possessiveWorks(&s, labels)
		quotedWorks(&s, labels)
		corpSuffix(&s, labels)
		orgTitles(&s, labels)
		splitPeople(&s, labels)
		knownPeople(&s, labels)
		citedAuthors(&s, labels)
		regnal(&s, labels)
		hostShows(&s, labels)
		hostedShows(&s, labels)
		roleNames(&s, labels)
		rolePrefix(&s, labels)
		saidName(&s, labels)
		obtainedBy(&s, labels)
		givenBefore(&s, labels)
		predicatePeople(&s, labels)
		domains(&s, labels)
		initials(&s, labels)
		clauseSubjects(&s, labels)
		agedNames(&s, labels)
		roleThenUnknown(&s, labels)
		nameSaid(&s, labels)
		nameVerbed(&s, labels)
		knownAs(&s, labels)
		apposedOrgs(&s, labels)
		outletNames(&s, labels)
		for i := 0; i < len(labels); i++ {
			l := labels[i]
			if l == 0 || IsInside(l) {
				continue
			}
			j := spanEnd(labels, i)
			t := Types[l]
			if t == hearsay.Loc && lexicon.Gazetteer(s.low[i]) == "norp" && j == i+1 {
				t = hearsay.NORP
			}
			if t == hearsay.Person && j == i+1 && acronym(s.Text[s.Tokens[i].Start:s.Tokens[i].End]) && !allCaps(&s, 0, len(labels)) &&
				!titledBefore(&s, i) && !postNominals[s.low[i]] && !(j < len(labels) && saidVerbs[s.low[j]]) && !knownPerson(s.Text[s.Tokens[i].Start:s.Tokens[i].End]) {
				t = hearsay.Org // "data compiled by LSEG": a name in capitals is no person's
			}
			if t != hearsay.Person && honorifics[s.low[i]] && j-i > 1 && (s.low[i+1] != "." || j-i > 2) && !placeWords[s.low[j-1]] {
				t = hearsay.Person // "Mr Jordan", "Dr. Israel", "Sheikh Isa Qassim": not the place ("Sheikh Zayed Road" is)
			}
			if t == hearsay.Person {
				// honorifics are not part of the name: "Dr. Anthony Fauci"
				k := i
				for k < j {
					if k+1 < j && s.low[k+1] == "of" {
						break // "Duke of Sussex" is the name
					}
					if _, ok := lexicon.Title(s.low[k]); ok || s.low[k] == "." || k+2 < j && roleBeforeGiven(&s, k) ||
						titleRest[s.low[k]] && (k > i || i > 0 && titled(s.low[i-1])) {
						k++
						continue
					}
					break
				}
				if k == j {
					i = j - 1
					continue
				}
				if k == j-1 && (companyWords[s.low[k]] || isOrgHead(s.low[k])) {
					t = hearsay.Org // "Duke Energy", "King Industries": a firm's name, title and all
				} else {
					i = k
				}
			}
			e := j
			if t == hearsay.Person {
				for k := i + 1; k < e; k++ {
					if nameEndVerbs[s.low[k]] {
						e = k // "ZENDAYA AND TOM ARE ENGAGED": a name ends before its verb
						break
					}
				}
			}
			for t == hearsay.Person && e-i > 1 && (s.low[e-1] == "of" || s.low[e-1] == "and" || s.low[e-1] == "the" || s.low[e-1] == "&") {
				e-- // "Nicholas Barker of Cradle of Filth": a name ends before its connector
			}
			if e-i > 1 && s.low[e-1] == "." && len(s.low[e-2]) > 1 && !abbrevs[s.low[e-2]] {
				e-- // a sentence's full stop, not an initial's or an abbreviation's
			}
			// a name opens with a capital: "of the", "in Bavaria" are what
			// a split left of a longer one
			for i < e && s.Tokens[i].Kind == hearsay.Word && (!s.Tokens[i].Cap && (function[s.low[i]] || determiners[s.low[i]]) ||
				e-i > 1 && notInName[s.low[i]]) {
				i++ // "Neither Bieber nor Gomez": the conjunction opening the sentence is no part of it
			}
			// a pronoun alone is no name, unless in capitals ("WHO");
			// nor are a post-nominal after a person's comma ("Mark
			// Tedeschi, QC,") and a season ("Winter is low season")
			if i == e || e == i+1 && pronouns[s.low[i]] && strings.ToUpper(s.Text[s.Tokens[i].Start:s.Tokens[i].End]) != s.Text[s.Tokens[i].Start:s.Tokens[i].End] ||
				e == i+1 && t == hearsay.Person && (seasons[s.low[i]] || postNominals[s.low[i]] && i > 0 && s.low[i-1] == ",") {
				i = j - 1
				continue
			}
			d.Names = append(d.Names, hearsay.NameSpan{
				Span: hearsay.Span{Start: s.Tokens[i].Start, End: s.Tokens[e-1].End}, Type: t})
			i = j - 1
		}
		// nationalities the tagger left alone
		for i, l := range labels {
			if l == 0 && s.Tokens[i].Cap && lexicon.Gazetteer(s.low[i]) == "norp" {
				d.Names = append(d.Names, hearsay.NameSpan{Span: s.Tokens[i].Span, Type: hearsay.NORP})
			}
		}
	}
	sortNames(d.Names)
	var fullLast map[string]bool  // last words of the document's people named in full
	var fullFirst map[string]bool // and their given names
	for i, n := range d.Names {
		w := d.Text[n.Start:n.End]
		switch lexicon.KnownEntity(w) {
		case "ORG":
			d.Names[i].Type = hearsay.Org
		case "LOC":
			if n.Type != hearsay.Person {
				d.Names[i].Type = hearsay.Loc
				break
			}
			// a well-known place the tagger took for a person is the
			// place, unless it is a common given name (Jordan) or the
			// surname of someone the document names in full (Denzel
			// Washington)
			if fullLast == nil {
				fullLast = fullNameWords(d, true)
			}
			if !fullLast[w] && !titledAt(d, n.Start) {
				d.Names[i].Type = hearsay.Loc
			}
		}
		// "“Elon is a competitor now”" where the document names Elon
		// Musk: the given name, not the town, unless a preposition of
		// place comes before it
		if n.Type == hearsay.Loc && !strings.Contains(w, " ") {
			if fullFirst == nil {
				fullFirst = givenNamesInFull(d)
			}
			if fullFirst[w] {
				if k := d.TokenAt(n.Start) - 1; k < 0 || !placePreps[lexicon.Lower(d.Text[d.Tokens[k].Start:d.Tokens[k].End])] {
					d.Names[i].Type = hearsay.Person
				}
			}
		}
	}
	possessiveOrgs(d)
	splitOrgs(d)
	ofNames(d)
	bands(d)
	products(d)
	events(d)
	awards(d)
	heads(d)
	scores(d)
	acronyms(d)
	particles(d)
	lastNames(d)
	coordinated(d)
	pairedGiven(d)
	vote(d)
	pronounSubjects(d, s.Doc)
	surnames(d)
	givenOfKnown(d)
	quotedNicks(d)
	repeatedWorks(d)
	d.Names = joinPeople(d)
	nicknames(d)
	return nil
}

// nicknames tags the initial-and-syllable nicknames of people the
// document names in full: "J.Lo" (Jennifer Lopez), "A-Rod" (Alex
// Rodriguez).
func nicknames(d *hearsay.Document) {
	var add []hearsay.NameSpan
	var full map[string][]string // initial and the surname's first two letters → surnames
	cur := nameCursor{names: d.Names}
	for _, t := range d.Tokens {
		if t.Kind != hearsay.Word || !t.Cap || t.End-t.Start < 4 || d.Text[t.Start+1] != '.' && d.Text[t.Start+1] != '-' {
			continue // the cheap tests first: most tokens fail them
		}
		w := strings.TrimSuffix(d.Text[t.Start:t.End], ".")
		if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || w[2] < 'A' || w[2] > 'Z' || !cur.free(t.Start, t.Start+len(w)) {
			continue
		}
		if full == nil {
			full = fullNamesByKey(d)
		}
		if !nicknameOf(full, w) {
			continue
		}
		add = append(add, hearsay.NameSpan{Span: hearsay.Span{Start: t.Start, End: t.Start + len(w)}, Type: hearsay.Person})
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// fullNamesByKey indexes the surnames of the people d names in full by
// nickname.Key, so that a nickname looks up only its few candidates.
func fullNamesByKey(d *hearsay.Document) map[string][]string {
	m := map[string][]string{}
	for _, x := range d.Names {
		if x.Type != hearsay.Person {
			continue
		}
		f := strings.Fields(strings.ToLower(d.Text[x.Start:x.End]))
		if len(f) < 2 {
			continue
		}
		last := f[len(f)-1]
		if k := nickname.Key(f[0], last); k != "" {
			m[k] = append(m[k], last)
		}
	}
	return m
}

// nicknameOf reports whether someone named in full has a first name
// opening with nickname n's initial and a surname opening with its
// syllable ("J.Lo", "A-Rod").
func nicknameOf(full map[string][]string, n string) bool {
	ini, syl, ok := nickname.Split(n)
	if !ok {
		return false
	}
	for _, last := range full[nickname.Lookup(ini, syl)] {
		if nickname.Fits(syl, last) {
			return true
		}
	}
	return false
}

// roleBeforeGiven reports whether token k is a person noun the lexicon
// knows as no title before a common given name: "Councillor Ana Ruiz".
func roleBeforeGiven(s *Sentence, k int) bool {
	if _, ok := lexicon.Person(s.low[k]); !ok || product.GivenName(s.low[k]) {
		return false
	}
	return givenName(s.low[k+1])
}

// givenName reports whether w, in lower case, is a common given name (at
// least 1,000 births in the names list).
func givenName(w string) bool {
	g, ok := lexicon.Name(w)
	return ok && g.Births >= 1000
}

func knownPerson(name string) bool { _, ok := lexicon.KnownPerson(name); return ok }

// placePreps come before a place's name: "in Jordan", "from Washington".
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "across": true, "outside": true,
	"inside": true, "into": true, "of": true}

// apposedOrgs makes an organisation of a name the tagger took for a
// person's in apposition to a word for a business: "her lifestyle brand,
// As Ever,", "the charity, Sentebale,".
func apposedOrgs(s *Sentence, labels []int) {
	n := len(labels)
	for i := 2; i < n; i++ {
		if labels[i] != bPerson || s.low[i-1] != "," || !lexicon.BusinessNoun(s.low[i-2]) {
			continue
		}
		j := spanEnd(labels, i)
		if j < n && s.low[j] != "," && s.low[j] != "." {
			continue
		}
		set(labels, i, j, bOrg)
		i = j - 1
	}
}

// titledBefore reports whether a title comes right before token i ("Mr
// KAMARA").
func titledBefore(s *Sentence, i int) bool {
	return i > 0 && titled(strings.TrimSuffix(s.low[i-1], "."))
}

// titleRest go on a title of several words before a name: "Chief
// Executive Elon Musk", "Chief Financial Officer Vaibhav Taneja".
var titleRest = map[string]bool{"executive": true, "operating": true, "financial": true, "technology": true,
	"marketing": true, "officer": true, "information": true, "medical": true, "scientific": true, "legal": true}

func titled(w string) bool { _, ok := lexicon.Title(w); return ok }

// honorifics make the name after them a person's, whatever it looks like.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "sir": true, "dame": true,
	"sheikh": true, "sheikha": true, "emir": true, "imam": true, "ayatollah": true, "rabbi": true}

// titledAt reports whether a person's title ends just before off ("Mr
// Jordan", "Dr. Israel").
func titledAt(d *hearsay.Document, off int) bool {
	i := d.TokenAt(off)
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := d.Lower(d.Tokens[k].Span)
		if w == "." {
			continue
		}
		_, ok := lexicon.Title(w)
		return ok
	}
	return false
}

// fullNameWords returns the last words of the document's people named in
// full ("Joshua Abraham Norton" → Norton) and, with first, their first
// words when those are common given names ("Meghan Markle" → Meghan).
func fullNameWords(d *hearsay.Document, first bool) map[string]bool {
	words := map[string]bool{}
	for _, n := range d.Names {
		if n.Type != hearsay.Person {
			continue
		}
		if f := strings.Fields(d.Text[n.Start:n.End]); len(f) > 1 {
			words[strings.TrimRight(f[len(f)-1], ".,")] = true
			if g, ok := lexicon.Name(lexicon.Lower(f[0])); first && ok && g.Births >= 1000 {
				words[f[0]] = true
			}
			// a one-word nickname between the names: Sean "Diddy" Combs
			if nick := nickname.Quoted(d.Text[n.Start:n.End]); len(nick) > 1 && isAlpha(nick) {
				words[nick] = true
			}
		}
	}
	return words
}

// givenNamesInFull returns the given names (common ones, as written) of
// the people d names in full.
func givenNamesInFull(d *hearsay.Document) map[string]bool {
	words := map[string]bool{}
	for _, n := range d.Names {
		if n.Type != hearsay.Person {
			continue
		}
		if f := strings.Fields(d.Text[n.Start:n.End]); len(f) > 1 {
			if g, ok := lexicon.Name(lexicon.Lower(f[0])); ok && g.Births >= 1000 {
				words[f[0]] = true
			}
		}
	}
	return words
}

// particles extends a person's name over lower-case particles and the
// capitalised surname after them ("Erik ten Hag", not "Erik"), and tags
// that surname elsewhere, its particle capitalised or not ("Ten Hag,
// 54,").
func particles(d *hearsay.Document) {
	low := d.LowerTokens()
	// a given name the tagger left alone before particles: "Ursula von
	// der Leyen spoke"
	var given []hearsay.NameSpan
	ni := 0
	for i := 0; i+2 < len(d.Tokens); i++ {
		t := d.Tokens[i]
		for ni < len(d.Names) && d.Names[ni].End <= t.Start {
			ni++
		}
		if !t.Cap || t.Kind != hearsay.Word || !lexicon.NameParticle(low[i+1]) || d.Tokens[i+1].Cap || ni < len(d.Names) && d.Names[ni].Start < d.Tokens[i+1].End {
			continue
		}
		if g, ok := lexicon.Name(low[i]); ok && g.Births >= 1000 {
			given = append(given, hearsay.NameSpan{Span: t.Span, Type: hearsay.Person})
		}
	}
	if len(given) > 0 {
		d.Names = append(d.Names, given...)
		sortNames(d.Names)
	}
	var surnames [][]string
	for i := 0; i < len(d.Names); i++ {
		n := d.Names[i]
		if n.Type != hearsay.Person {
			continue
		}
		j := d.TokenAt(n.End)
		k := j
		for k < len(d.Tokens) && k < j+2 && !d.Tokens[k].Cap && lexicon.NameParticle(low[k]) && d.Tokens[k].Start > d.Tokens[max(k-1, 0)].End {
			k++
		}
		if k == j || k >= len(d.Tokens) || !d.Tokens[k].Cap || d.Tokens[k].Kind != hearsay.Word {
			continue
		}
		end := d.Tokens[k].End
		// a name the tagger found there is the surname: "Leyen", "der
		// Leyen"
		if i+1 < len(d.Names) && d.Names[i+1].Start < end {
			if d.Names[i+1].End < end {
				continue
			}
			end = d.Names[i+1].End
			d.Names = append(d.Names[:i+1], d.Names[i+2:]...)
		}
		d.Names[i].End = end
		sur := append([]string(nil), low[j:k]...)
		for x := k; x < len(d.Tokens) && d.Tokens[x].End <= end; x++ {
			sur = append(sur, low[x])
		}
		surnames = append(surnames, sur)
	}
	if len(surnames) == 0 {
		return
	}
	var add []hearsay.NameSpan
	ni = 0
	for i := range d.Tokens {
		for ni < len(d.Names) && d.Names[ni].End <= d.Tokens[i].Start {
			ni++
		}
		if ni < len(d.Names) && d.Names[ni].Start <= d.Tokens[i].Start || !lexicon.NameParticle(low[i]) {
			continue
		}
		for _, sur := range surnames {
			if i+len(sur) > len(d.Tokens) || low[i] != sur[0] || !d.Tokens[i+len(sur)-1].Cap {
				continue
			}
			match := true
			for x := 1; x < len(sur); x++ {
				if low[i+x] != sur[x] {
					match = false
					break
				}
			}
			e := d.Tokens[i+len(sur)-1].End
			if match && (ni >= len(d.Names) || d.Names[ni].Start >= e) {
				add = append(add, hearsay.NameSpan{Span: hearsay.Span{Start: d.Tokens[i].Start, End: e}, Type: hearsay.Person})
				break
			}
		}
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// lastNames makes a one-word name the tagger typed as a place or an
// organisation a person where the document names a person with it as last
// name ("Joshua Abraham Norton" … "Norton was born") or first name
// ("Hayato Kobayashi" … "Hayato often measures himself"), unless the word
// is a known place or organisation (Washington, Jordan).
func lastNames(d *hearsay.Document) {
	last := fullNameWords(d, true)
	for _, n := range d.Names {
		if n.Type != hearsay.Person {
			continue
		}
		// a first name the given-name list lacks ("Hayato"), but not a
		// title ("President Obama")
		if f, _, two := strings.Cut(d.Text[n.Start:n.End], " "); two && len(f) > 2 && !last[f] && isAlpha(f) {
			if _, title := lexicon.Title(lexicon.Lower(f)); !title {
				last[f] = true
			}
		}
	}
	// one-word people the document names ("Ohtani's former interpreter")
	single := map[string]bool{}
	for _, n := range d.Names {
		if w := d.Text[n.Start:n.End]; n.Type == hearsay.Person && isAlpha(w) {
			single[w] = true
		}
	}
	for i, n := range d.Names {
		w := d.Text[n.Start:n.End]
		// a place's name of two words ending with such a person's name is
		// that person in full: "Dodgers star Shohei Ohtani"
		if f := strings.Fields(w); n.Type == hearsay.Loc && len(f) == 2 && single[f[1]] && isAlpha(f[0]) && lexicon.KnownEntity(w) == "" &&
			lexicon.Gazetteer(lexicon.Lower(f[0])) == "" && !lexicon.Word(lexicon.Lower(f[0])) {
			d.Names[i].Type = hearsay.Person
			continue
		}
		if n.Type == hearsay.Person || n.Type == hearsay.Work || !last[w] || lexicon.KnownEntity(w) != "" {
			continue
		}
		if in := lexicon.Lookup(lexicon.Lower(w)); in != nil && in.Gaz != "" {
			continue
		}
		d.Names[i].Type = hearsay.Person
	}
}

// surnames makes a lone capitalised word a person where the document has
// already named a person with it as last name ("Joshua Norton" … "Norton
// said"), unless the tagger made it something else than a person.
func surnames(d *hearsay.Document) {
	last := fullNameWords(d, false)
	// and one-word names the tagger found somewhere ("Houllier … Houllier
	// officially took the reins"), unless common words ("Will", "Hope"),
	// where the tagger found them at least as often as it left them
	// (it took "Aeroflot" for a person once and left it five times)
	var single map[string]int
	for _, n := range d.Names {
		w := d.Text[n.Start:n.End]
		if n.Type != hearsay.Person || strings.ContainsAny(w, " .-'’") || last[w] && single[w] == 0 {
			continue
		}
		if low := lexicon.Lower(w); lexicon.Word(low) || lexicon.Gazetteer(low) != "" {
			continue
		}
		if single == nil {
			single = map[string]int{}
		}
		last[w] = true
		single[w]++
	}
	if len(last) == 0 {
		return
	}
	low := d.LowerTokens()
	var add []hearsay.NameSpan
	left := map[string]int{}
	ni := 0
	for i, t := range d.Tokens {
		for ni < len(d.Names) && d.Names[ni].End <= t.Start {
			ni++
		}
		if ni < len(d.Names) && d.Names[ni].Start <= t.Start {
			continue // inside a name already
		}
		w := d.Text[t.Start:t.End]
		if !t.Cap || !last[w] || lexicon.Gazetteer(low[i]) != "" {
			continue
		}
		if i > 0 && low[i-1] == "-" || i+1 < len(d.Tokens) && (low[i+1] == "-" || d.Tokens[i+1].Cap && d.Tokens[i+1].Kind == hearsay.Word) {
			continue // a part of a longer name: "Wal-Mart", "Shiite Muslim"
		}
		if i+1 < len(low) {
			if _, ok := lexicon.Person(low[i+1]); ok {
				continue // a modifier: "Shiite cleric"
			}
		}
		left[w]++
		add = append(add, hearsay.NameSpan{Span: t.Span, Type: hearsay.Person})
	}
	keep := add[:0]
	for _, n := range add {
		w := d.Text[n.Start:n.End]
		if k := single[w]; k == 0 || k >= left[w] {
			keep = append(keep, n)
		}
	}
	if len(keep) > 0 {
		d.Names = append(d.Names, keep...)
		sortNames(d.Names)
	}
}

// splitOrgs splits an organisation's name that lists two ("British
// Library and Columbia University") at an "and" whose left side ends with
// an organisation's head noun and whose right side is a capitalised name
// of its own, ending with one or known to the lexicon; "Food and Drug
// Administration" and "Department of Housing and Urban Development" stay
// whole.
func splitOrgs(d *hearsay.Document) {
	var out []hearsay.NameSpan
	for i, n := range d.Names {
		text := d.Text[n.Start:n.End]
		k := strings.Index(text, " and ")
		if n.Type == hearsay.Org && k > 0 {
			left, right := text[:k], text[k+len(" and "):]
			lf, rf := strings.Fields(left), strings.Fields(right)
			if len(lf) > 0 && len(rf) > 0 && isOrgHead(lexicon.Lower(lf[len(lf)-1])) &&
				right[0] >= 'A' && right[0] <= 'Z' &&
				(isOrgHead(lexicon.Lower(rf[len(rf)-1])) || lexicon.KnownEntity(right) != "") {
				if out == nil {
					out = append([]hearsay.NameSpan(nil), d.Names[:i]...)
				}
				out = append(out, hearsay.NameSpan{Span: hearsay.Span{Start: n.Start, End: n.Start + k}, Type: hearsay.Org},
					hearsay.NameSpan{Span: hearsay.Span{Start: n.End - len(right), End: n.End}, Type: hearsay.Org})
				continue
			}
		}
		if out != nil {
			out = append(out, n)
		}
	}
	if out != nil {
		d.Names = out
	}
}

// ofNames mends an organisation's name that ends with "of": it runs on
// through the name after it ("Alliance Party of" + "Northern Ireland"),
// or, with none there, ends before "of".
func ofNames(d *hearsay.Document) {
	out := d.Names[:0]
	for i := 0; i < len(d.Names); i++ {
		n := d.Names[i]
		if n.Type == hearsay.Org && strings.HasSuffix(d.Text[n.Start:n.End], " of") {
			if i+1 < len(d.Names) && d.Names[i+1].Start-n.End == 1 && d.Text[n.End] == ' ' && d.Names[i+1].Type != hearsay.Person {
				n.End = d.Names[i+1].End
				i++
			} else {
				n.End -= len(" of")
			}
		}
		out = append(out, n)
	}
	d.Names = out
}

// bands makes a music group's name an organisation where the text says
// it is one: after "band", "group", "duo" … ("the rock band Linkin Park",
// tagging a name the tagger left alone: "the metal band Megadeth"),
// before a member's role ("Iron Maiden's lead singer", "Westlife
// frontman"), or after "member of". A name that opens with a common
// given name is a person's ("Bruce Springsteen's guitarist").
func bands(d *hearsay.Document) {
	low := d.LowerTokens()
	var add []hearsay.NameSpan
	cur := nameCursor{names: d.Names}
	for i, t := range d.Tokens {
		if t.Cap || i+1 >= len(d.Tokens) || !d.Tokens[i+1].Cap || d.Tokens[i+1].Kind != hearsay.Word || !bandNoun(low[i]) {
			continue
		}
		start := d.Tokens[i+1].Start
		ni := cur.at(start)
		if ni < len(d.Names) && d.Names[ni].Start == start {
			if d.Names[ni].Type != hearsay.Person || !product.GivenName(low[i+1]) {
				d.Names[ni].Type = hearsay.Org
			}
			continue
		}
		if ni < len(d.Names) && d.Names[ni].Start < d.Tokens[i+1].End {
			continue // inside another name
		}
		j := i + 1
		for j < len(d.Tokens) && j < i+5 && d.Tokens[j].Cap && d.Tokens[j].Kind == hearsay.Word && (ni == len(d.Names) || d.Names[ni].Start >= d.Tokens[j].End) {
			j++
		}
		add = append(add, hearsay.NameSpan{Span: hearsay.Span{Start: start, End: d.Tokens[j-1].End}, Type: hearsay.Org})
	}
	// "Westlife frontman": a capitalised word that is no common word,
	// left alone by the tagger, before a member's role
	cur = nameCursor{names: d.Names}
	for a := 1; a < len(d.Tokens); a++ {
		if d.Tokens[a].Cap || !d.Tokens[a-1].Cap && (a < 2 || !d.Tokens[a-2].Cap) || !bandRole(low[a]) {
			continue
		}
		p := a - 1
		if p > 0 && (low[p] == "'s" || low[p] == "’s") {
			p--
		}
		if !d.Tokens[p].Cap || d.Tokens[p].Kind != hearsay.Word || lexicon.Word(low[p]) || determiners[low[p]] || product.GivenName(low[p]) ||
			!cur.free(d.Tokens[p].Start, d.Tokens[p].End) {
			continue
		}
		add = append(add, hearsay.NameSpan{Span: d.Tokens[p].Span, Type: hearsay.Org})
	}
	for k, n := range d.Names {
		if n.Type == hearsay.Org || n.Type == hearsay.Work {
			continue
		}
		first, last := d.TokenAt(n.Start), d.TokenAt(n.End-1)
		if first < 0 || last < 0 {
			continue
		}
		a := last + 1
		if a < len(d.Tokens) && (low[a] == "'s" || low[a] == "’s" || low[a] == "'" || low[a] == "’") {
			a++
		}
		lead := a < len(d.Tokens) && low[a] == "lead"
		if lead {
			a++
		}
		member := first >= 2 && (low[first-1] == "of" && (low[first-2] == "member" || low[first-2] == "members" || low[first-2] == "founder")) ||
			first >= 3 && low[first-1] == "the" && low[first-2] == "of" && (low[first-3] == "member" || low[first-3] == "members")
		role := a < len(d.Tokens) && !d.Tokens[a].Cap && (bandRole(low[a]) || lead && leadRole(low[a]))
		member = member && (last+1 == len(d.Tokens) || !d.Tokens[last+1].Cap && d.Tokens[last+1].Kind != hearsay.Word)
		if (role || member) && !product.GivenName(low[first]) && lexicon.KnownEntity(d.Text[n.Start:n.End]) == "" {
			d.Names[k].Type = hearsay.Org
		}
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// nameCursor tells, for spans asked about in text order, whether they
// overlap one of the names (sorted), walking the names once.
type nameCursor struct {
	names []hearsay.NameSpan
	i     int
}

// at returns the index of the first name ending after off.
func (c *nameCursor) at(off int) int {
	for c.i < len(c.names) && c.names[c.i].End <= off {
		c.i++
	}
	return c.i
}

// free reports whether [start, end) overlaps no name.
func (c *nameCursor) free(start, end int) bool {
	i := c.at(start)
	return i == len(c.names) || c.names[i].Start >= end
}

func bandNoun(w string) bool {
	switch w {
	case "band", "group", "duo", "trio", "quartet", "boyband", "supergroup", "outfit":
		return true
	}
	return false
}

// bandRole reports whether w is a group member's role; a singer is a
// group's only as its lead singer ("the Circus singer" sang the album
// Circus): leadRole.
func bandRole(w string) bool {
	switch w {
	case "frontman", "frontwoman", "guitarist", "drummer", "bassist", "keyboardist", "bandmate", "bandmates":
		return true
	}
	return false
}

func leadRole(w string) bool { return w == "singer" || w == "vocalist" || w == "guitarist" }

// coordinated makes a name the tagger took for a place a person where it
// is listed with people ("Morris and Goscinny", "K. Michael Stevens,
// Shannon Ramsey, and Aubin Calvert"): names joined by commas and an
// "and" or "or" are one list and most often of one kind. A comma alone
// is no list ("at Wimbledon, Simon left"), nor is one that a locative
// preposition opens ("in Thessaly, Epirus and Macedonia"); a name the
// lexicon knows, or with a word in the gazetteer, stays a place.
func coordinated(d *hearsay.Document) {
	for i := 0; i < len(d.Names); {
		j, conj := i+1, false
		for j < len(d.Names) && d.Names[j-1].End <= d.Names[j].Start {
			gap := listGap(d.Text[d.Names[j-1].End:d.Names[j].Start])
			if gap == 0 {
				break
			}
			conj = conj || gap == 2
			j++
		}
		people := 0
		for _, n := range d.Names[i:j] {
			if n.Type == hearsay.Person {
				people++
			}
		}
		if people > 0 && conj && !locativeBefore(d.Text[:d.Names[i].Start]) {
			for k := i; k < j; k++ {
				w := d.Text[d.Names[k].Start:d.Names[k].End]
				if d.Names[k].Type == hearsay.Loc && !knownPlace(w) {
					d.Names[k].Type = hearsay.Person
				}
				// "twins Max and Emme": a common given name, not the
				// streaming service
				if g, ok := lexicon.Name(lexicon.Lower(w)); d.Names[k].Type == hearsay.Org && ok && g.Births >= 10000 && !strings.Contains(w, " ") {
					d.Names[k].Type = hearsay.Person
				}
			}
		}
		i = j
	}
}

// listGap tells whether the text between two names joins them in a list:
// 2 for "and", "or" or "&" (after a comma or not), 1 for a comma alone, 0
// for anything else.
func listGap(g string) int {
	g = strings.TrimSpace(g)
	comma := strings.HasPrefix(g, ",")
	switch strings.TrimSpace(strings.TrimPrefix(g, ",")) {
	case "and", "or", "&":
		return 2
	case "":
		if comma {
			return 1
		}
	}
	return 0
}

// locativeBefore reports whether text ends with a preposition of place.
func locativeBefore(text string) bool {
	f := strings.Fields(text[max(0, len(text)-24):])
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "in", "at", "near", "around", "across", "throughout", "from", "into":
		return true
	}
	return false
}

// knownPlace reports whether the lexicon knows name, or one of its words,
// as a place or any other entity.
func knownPlace(name string) bool {
	if lexicon.KnownEntity(name) != "" {
		return true
	}
	for _, w := range strings.Fields(name) {
		if lexicon.Gazetteer(lexicon.Lower(w)) != "" {
			return true
		}
	}
	return false
}

// vote gives every occurrence of a name the type most of its occurrences
// in the document have ("Airbus" is an ORG throughout, even where one
// sentence made it look like a person).
func vote(d *hearsay.Document) {
	type count struct {
		t hearsay.EntityType
		n int
	}
	index := make(map[string]int, len(d.Names))
	var counts [][]count
	key := make([]int, len(d.Names))
	for i, n := range d.Names {
		k := d.Lower(n.Span)
		x, ok := index[k]
		if !ok {
			x = len(counts)
			index[k] = x
			counts = append(counts, nil)
		}
		key[i] = x
		c := counts[x]
		j := 0
		for j < len(c) && c[j].t != n.Type {
			j++
		}
		if j == len(c) {
			c = append(c, count{t: n.Type})
		}
		c[j].n++
		counts[x] = c
	}
	for i, n := range d.Names {
		c := counts[key[i]]
		best, most := n.Type, 0
		for _, tc := range c {
			if tc.t == best {
				most = tc.n
			}
		}
		for _, tc := range c {
			if tc.n > most || tc.n == most && tc.t < best {
				best, most = tc.t, tc.n
			}
		}
		d.Names[i].Type = best
	}
}

// sortNames orders names by start, stably (names added out of order to
// a sorted list: n log n however many).
func sortNames(ns []hearsay.NameSpan) {
	slices.SortStableFunc(ns, func(a, b hearsay.NameSpan) int { return a.Start - b.Start })
}

// spanEnd returns the end of the labelled span that begins at token i
// (labels[i] a B label): the first token after i not inside it.
func spanEnd(labels []int, i int) int {
	j := i + 1
	for j < len(labels) && labels[j] == labels[i]+1 {
		j++
	}
	return j
}

// set labels tokens [i,j) as one name of the label pair b (B-) / b+1 (I-).
func set(labels []int, i, j, b int) {
	for k := i; k < j; k++ {
		if k == i {
			labels[k] = b
		} else {
			labels[k] = b + 1
		}
	}
	// a name the tagger ran past the end must not continue
	if j < len(labels) && IsInside(labels[j]) {
		labels[j]--
	}
}

const (
	bPerson = 1
	bOrg    = 3
	bLoc    = 5
	bWork   = 7
)

// nameEndVerbs are verbs the tagger may run a name over in a line of
// capitals: "TOM ARE ENGAGED".
var nameEndVerbs = map[string]bool{"are": true, "is": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// contraction reports whether w is the contracted word a token split off
// its word: "'s", "n't", "'re".
func contraction(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "'s", "n't", "'re", "'ll", "'ve", "'m", "'d":
		return true
	}
	return false
}

// rules applies the corrections described in the package comment.
func rules(s *Sentence, labels []int) {
	n := len(s.Tokens)
	capRun := func(i int) int { // end of the run of capitalised words at i
		j := i
		for j < n {
			// a contraction inside: "Let's Get Loud", "Don't Stop"
			if j > i && j+1 < n && s.Tokens[j].Start == s.Tokens[j-1].End && s.Tokens[j+1].Cap && contraction(s.low[j]) {
				j++
				continue
			}
			if s.Tokens[j].Kind == hearsay.Punct {
				break
			}
			if s.Tokens[j].Cap || s.Tokens[j].Kind == hearsay.Number {
				j++
				continue
			}
			// connectors inside: "Only Murders in the Building"
			k := j
			for k < n && k < j+2 && connector[s.low[k]] {
				k++
			}
			if j > i && k > j && k < n && s.Tokens[k].Cap {
				j = k
				continue
			}
			break
		}
		return j
	}
	for i := 0; i < n; i++ {
		w := s.low[i]
		// "the Circus singer", "The Social Network actor", "the former NSYNC
		// member", "Gomez's Only Murders in the Building co-stars"
		// (not the contraction inside a title: "The Let's Get Loud singer")
		possessive := (w == "'s" || w == "’s") && i > 0 && s.Tokens[i-1].Cap && s.low[i-1] != "let" &&
			(labels[i] == 0 || !IsInside(labels[i]) || Types[labels[i]] == hearsay.Person)
		if (w == "the" || w == "former" || w == "ex") && !(i > 0 && labels[i] != 0 && IsInside(labels[i])) || possessive {
			k := i + 1
			if s.Tokens[i].Cap && i > 0 && w == "the" {
				k = i // "The Social Network" mid-sentence: the article is part of the title
			}
			if k < n && (s.low[k] == "former" || s.low[k] == "ex-") {
				k++
			}
			if k < n && s.Tokens[k].Cap {
				e := capRun(k)
				if e < n && e > k {
					role := s.low[e]
					if workRoles[role] {
						set(labels, k, e, bWork)
					} else if groupRoles[role] {
						set(labels, k, e, bOrg)
					}
				}
			}
		}
		// "documentary, Framing Britney Spears", "the song “Cry Me a River”"
		// (only where a name or a mark follows: most words are followed by
		// neither, and need no lookup)
		if !s.Tokens[i].Cap && i+1 < n && (s.Tokens[i+1].Cap || s.Tokens[i+1].Kind == hearsay.Punct) && lexicon.Gazetteer(w) == "work" {
			k := i + 1
			comma := false
			if k < n && s.low[k] == "," {
				k++
				comma = true
			}
			if comma && k < n && !isQuoteMark(s.Text[s.Tokens[k].Start:s.Tokens[k].End]) && roleOf(s, i) {
				continue // "the star of the show, Zendaya, arrived": an appositive person
			}
			quoted := false
			if k < n && isQuoteMark(s.Text[s.Tokens[k].Start:s.Tokens[k].End]) {
				k++
				quoted = true
			}
			if k < n && s.Tokens[k].Cap {
				e := k
				if quoted {
					for e < n && !isQuoteMark(s.Text[s.Tokens[e].Start:s.Tokens[e].End]) && e-k < 12 {
						e++
					}
					for e > k && s.Tokens[e-1].Kind == hearsay.Punct {
						e--
					}
				} else {
					e = capRun(k)
				}
				if e > k && e-k <= 10 {
					set(labels, k, e, bWork)
				}
			}
		}
		if labels[i] == 0 && s.Tokens[i].Cap && lexicon.Gazetteer(w) == "platform" && i > 0 {
			set(labels, i, i+1, bOrg)
		}
	}
}

// roleOf reports whether the work noun at i ends "<role> of the <noun>"
// ("the star of the show"), so that a name after it is the role's.
func roleOf(s *Sentence, i int) bool {
	k := i - 1
	if k >= 0 && (s.low[k] == "the" || s.low[k] == "this" || s.low[k] == "that") {
		k--
	}
	if k < 1 || s.low[k] != "of" {
		return false
	}
	_, ok := lexicon.Role(s.low[k-1])
	return ok
}

var connector = map[string]bool{"of": true, "the": true, "and": true, "a": true, "&": true, "de": true, "in": true, "on": true}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// lowerInName are lower-case words that may sit inside a name ("Bank of
// America", "Ludwig van Beethoven").
var lowerInName = map[string]bool{"of": true, "the": true, "and": true, "a": true, "&": true, "de": true, "in": true,
	"on": true, "van": true, "von": true, "der": true, "den": true, "du": true, "la": true, "le": true, "da": true,
	"di": true, "del": true, "dos": true, "das": true, "y": true, "for": true, "upon": true, "at": true, "bin": true,
	"al": true, "el": true, "'s": true, "’s": true, "st.": true}

// splitLower ends a name (other than a work's title) at a lower-case word
// that cannot be part of one: "Kansas center Clyde Lovellette" is a place
// and a person. A piece after the split that starts with a common given
// name and has two words or more is a person.
func splitLower(s *Sentence, labels []int) {
	n := len(labels)
	for k := 1; k < n; k++ {
		l := labels[k]
		if l <= 0 || !IsInside(l) || l-1 == bWork || s.Tokens[k].Cap || s.Tokens[k].Kind != hearsay.Word || lowerInName[s.low[k]] {
			continue
		}
		labels[k] = 0
		if k+1 >= n || labels[k+1] != l || !s.Tokens[k+1].Cap {
			continue // a lower-case word after it is cut off in its turn ("Laura Hayes said so")
		}
		e := k + 1
		for e < n && labels[e] == l {
			e++
		}
		b := l - 1
		if e-(k+1) >= 2 {
			if g, ok := lexicon.Name(s.low[k+1]); ok && g.Births >= 5000 && lexicon.Gazetteer(s.low[k+1]) == "" {
				b = bPerson
			}
		}
		set(labels, k+1, e, b)
		k = e - 1
	}
}

// possessiveHeads end an institution's name after a possessive:
// "Thames Magistrates' Court", "King's College", "St Mary's Hospital".
var possessiveHeads = map[string]bool{"court": true, "college": true, "hospital": true, "church": true,
	"school": true, "cathedral": true, "chapel": true, "inn": true, "hall": true, "academy": true}

// possessiveOrgs joins a name, a possessive and the institution's head
// noun after it into one organisation's name, where the tagger made two
// ("Thames Magistrates" and "Court").
func possessiveOrgs(d *hearsay.Document) {
	low := d.LowerTokens()
	// the head the tagger left alone: "King's College"
	for i, a := range d.Names {
		k := d.TokenAt(a.End)
		if a.Type == hearsay.Person || k+1 >= len(d.Tokens) || (low[k] != "'s" && low[k] != "’s") || d.Tokens[k].Start != a.End {
			continue
		}
		h := d.Tokens[k+1]
		if !h.Cap || !possessiveHeads[low[k+1]] || h.Start != d.Tokens[k].End+1 || i+1 < len(d.Names) && d.Names[i+1].Start < h.End {
			continue
		}
		d.Names[i] = hearsay.NameSpan{Span: hearsay.Span{Start: a.Start, End: h.End}, Type: hearsay.Org}
	}
	// neither tagged: "King's College", "St Mary's Hospital"
	var add []hearsay.NameSpan
	cur := nameCursor{names: d.Names}
	for k := 1; k+1 < len(d.Tokens); k++ {
		if low[k] != "'s" && low[k] != "’s" || !possessiveHeads[low[k+1]] || !d.Tokens[k+1].Cap || d.Tokens[k-1].End != d.Tokens[k].Start {
			continue
		}
		f := k - 1
		if !d.Tokens[f].Cap || d.Tokens[f].Kind != hearsay.Word {
			continue
		}
		_, title := lexicon.Title(low[f])
		if g, ok := lexicon.Name(low[f]); ok && g.Births >= 1000 && !title && !(f > 0 && (low[f-1] == "st" || low[f-1] == "st.")) {
			continue // "Harry's School" may be his
		}
		for f > 0 && f > k-3 && (d.Tokens[f-1].Cap && d.Tokens[f-1].Kind == hearsay.Word || low[f-1] == "." && f > 1 && d.Tokens[f-2].Cap) {
			f--
		}
		if cur.free(d.Tokens[f].Start, d.Tokens[k+1].End) {
			add = append(add, hearsay.NameSpan{Span: hearsay.Span{Start: d.Tokens[f].Start, End: d.Tokens[k+1].End}, Type: hearsay.Org})
		}
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
	for i := 0; i+1 < len(d.Names); i++ {
		a, b := d.Names[i], d.Names[i+1]
		if b.Start < a.End {
			continue
		}
		gap := d.Text[a.End:b.Start]
		if gap != "' " && gap != "’ " && gap != "'s " && gap != "’s " {
			continue
		}
		k := d.TokenAt(b.Start)
		if d.TokenAt(b.End-1) != k || !possessiveHeads[low[k]] || a.Type == hearsay.Person && gap[len(gap)-2] == 's' {
			continue // "Harry's Hall" may be his
		}
		d.Names[i] = hearsay.NameSpan{Span: hearsay.Span{Start: a.Start, End: b.End}, Type: hearsay.Org}
		d.Names = append(d.Names[:i+1], d.Names[i+2:]...)
	}
}

// placeWords end a place's name: "Bethnal Green", "Hyde Park", "Notting
// Hill", "Times Square".
var placeWords = map[string]bool{"green": true, "park": true, "hill": true, "heath": true, "common": true,
	"street": true, "road": true, "square": true, "bridge": true, "village": true, "wood": true, "cross": true,
	"end": true, "gate": true, "lane": true, "avenue": true, "place": true, "bay": true, "beach": true,
	"island": true, "valley": true, "harbour": true, "harbor": true, "point": true, "falls": true, "springs": true}

// placeSuffixes extends a place's name over a capitalised place word
// after it that the tagger left out: "Bethnal Green", not "Bethnal".
func placeSuffixes(s *Sentence, labels []int) {
	for i := 0; i+1 < len(labels); i++ {
		if (labels[i] == bLoc || labels[i] == bLoc+1) && labels[i+1] == 0 && s.Tokens[i+1].Cap &&
			s.Tokens[i+1].Kind == hearsay.Word && placeWords[s.low[i+1]] && s.Tokens[i+1].Start == s.Tokens[i].End+1 {
			labels[i+1] = bLoc + 1
		}
	}
}

// orgHeads are capitalised words that make a run of capitalised words an
// organisation, besides the gazetteer's "org" class.
// placeHeads end a place's name in the plural: "Palm Springs", "Eagle
// Falls".
var placeHeads = map[string]bool{"falls": true, "springs": true, "hills": true, "woods": true, "fields": true,
	"heights": true, "gardens": true, "lakes": true, "islands": true, "mountains": true, "rocks": true, "sands": true,
	"downs": true, "meadows": true, "plains": true, "flats": true, "glades": true, "keys": true, "towers": true,
	"halls": true, "houses": true, "courts": true, "parks": true, "bridges": true, "waters": true}

var orgHeads = map[string]bool{"library": true, "libraries": true, "organisation": true, "organization": true,
	"television": true, "radio": true, // "Bloomberg Television", "Times Radio"
	"congress": true, "parliament": true, "senate": true, "academy": true, "assembly": true, "bureau": true,
	"hospital": true, "orchestra": true, "administration": true, "gaming": true, "bulletin": true, "universiteit": true, "université": true, "universidad": true,
	"standards": true,
	// firms named in the plural ("Meta Platforms", "Carnival Industries")
	"platforms": true, "industries": true, "pharmaceuticals": true, "therapeutics": true, "brands": true, "enterprises": true, "ventures": true}

// givenAt reports whether token i is a common given name followed by a
// capitalised word: a person's name ("Isabel Ruiz").
func givenAt(s *Sentence, i int) bool {
	if i+1 >= len(s.Tokens) || !s.Tokens[i].Cap || !s.Tokens[i+1].Cap {
		return false
	}
	return product.GivenName(s.low[i]) && !lexicon.KnownFirstWord(s.low[i])
}

// abbrevs keep their full stop inside a name ("Apple Inc.", "Sammy Davis
// Jr.").
var abbrevs = map[string]bool{"inc": true, "jr": true, "sr": true, "co": true, "corp": true, "ltd": true, "st": true,
	"bros": true, "mr": true, "mrs": true, "dr": true, "u.s": true, "d.c": true}

// companyWords end company names without being organisation heads
// ("Apple Computer", "Boeing Commercial Airplanes").
var companyWords = map[string]bool{"computer": true, "computers": true, "commercial": true, "airplanes": true,
	"airways": true, "corps": true, "aerospace": true, "defence": true, "defense": true, "electronics": true,
	"software": true, "energy": true, "pharmaceuticals": true, "capital": true, "aviation": true}

func isOrgHead(w string) bool { return orgHeads[w] || lexicon.Gazetteer(w) == "org" }

// orgRuns makes a run of two or more capitalised words an organisation
// when it ends with an organisation head ("World Health Organisation",
// "Leiden University", "Atlantic Lottery Corporation") or opens with one
// followed by "of" ("University of Portsmouth", "Bank of America"), unless
// it is a work's title.
func orgRuns(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; {
		if !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word {
			i++
			continue
		}
		j := i + 1
		for j < n && (s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word ||
			j+1 < n && s.Tokens[j+1].Cap && (s.low[j] == "of" || s.low[j] == "for" || s.low[j] == "and" || s.low[j] == "&" || s.low[j] == "de")) {
			j++
		}
		k := i
		if k < j && s.low[k] == "the" {
			k++ // "The University of …": the article is not part of the name
		}
		if j-k >= 2 && isOrgHead(s.low[j-1]) && !(isOrgHead(s.low[k]) && s.low[k+1] == "of") {
			// head-final: people named before a connector are not part
			// of it ("Isabel Ruiz of Heaven Sent Gaming")
			for c := j - 2; c > k; c-- {
				if (s.low[c] == "of" || s.low[c] == "and" || s.low[c] == "for") && c-2 >= k && givenAt(s, c-2) {
					k = c + 1
					if IsInside(labels[c]) {
						labels[c] = 0 // the name before ends at the connector
						if c+1 < n && IsInside(labels[c+1]) {
							labels[c+1] = 0
						}
					}
					break
				}
			}
		}
		// "Medical Journal of Australia", "Food Standards Agency of …": an
		// organisation head before the run's "of"
		if j-k >= 2 && !isOrgHead(s.low[j-1]) && !(isOrgHead(s.low[k]) && s.low[k+1] == "of") {
			if a, b := orgHeadOf(s, labels, k, j); b > a {
				set(labels, a, b, bOrg)
			}
			i = j
			continue
		}
		if j-k >= 2 && (isOrgHead(s.low[j-1]) || isOrgHead(s.low[k]) && s.low[k+1] == "of") {
			work := false
			for x := k; x < j; x++ {
				if labels[x] == bWork || labels[x] == bWork+1 {
					work = true
				}
			}
			if !work {
				set(labels, k, j, bOrg)
			}
		}
		i = j
	}
}

// orgHeadOf returns the organisation's name in the run of capitalised
// words [k, j) whose head comes before an "of" ("Medical Journal of
// Australia") that the tagger left: from the word after the last
// connector before the head to the run's end, without a connector at its
// end; or an empty span when there is none or a person's name is in it.
func orgHeadOf(s *Sentence, labels []int, k, j int) (int, int) {
	for c := k + 1; c+2 < j; c++ {
		if s.low[c+1] != "of" || !isOrgHead(s.low[c]) {
			continue
		}
		a := k
		for x := c - 1; x >= k; x-- {
			if s.low[x] == "and" || s.low[x] == "&" || s.low[x] == "of" || s.low[x] == "for" {
				a = x + 1
				break
			}
		}
		if labels[c] != 0 {
			return 0, 0 // the tagger found the name: "U.S. Department of Housing and Urban Development"
		}
		b := j
		for x := c + 2; x+1 < j; x++ {
			if s.low[x] == "and" && lexicon.KnownEntity(s.Text[s.Tokens[x+1].Start:s.Tokens[j-1].End]) != "" {
				b = x // "Food Standards of Australia and New Zealand": a place of its own after "and"
				break
			}
		}
		for b > c && (s.low[b-1] == "and" || s.low[b-1] == "&" || s.low[b-1] == "of") {
			b--
		}
		if b-a < 3 {
			return 0, 0
		}
		for x := a; x < b; x++ {
			if labels[x] == bPerson || labels[x] == bPerson+1 || labels[x] == bWork || labels[x] == bWork+1 {
				return 0, 0
			}
		}
		return a, b
	}
	return 0, 0
}

// joinPeople merges two person names with only a space between them: the
// tagger's "Justin" + "Timberlake" is one name (but a name written twice
// is two).
func joinPeople(d *hearsay.Document) []hearsay.NameSpan {
	out := d.Names[:0]
	for _, n := range d.Names {
		if k := len(out) - 1; k >= 0 && n.Type == hearsay.Person && out[k].Type == hearsay.Person &&
			n.Start == out[k].End+1 && d.Text[out[k].End] == ' ' && d.Text[n.Start:n.End] != d.Text[out[k].Start:out[k].End] {
			out[k].End = n.End
			continue
		}
		out = append(out, n)
	}
	return out
}

var nobility = map[string]bool{"duke": true, "duchess": true, "earl": true, "prince": true, "princess": true,
	"king": true, "queen": true, "lord": true, "lady": true, "baron": true, "baroness": true, "count": true,
	"countess": true, "marquess": true, "viscount": true, "emperor": true, "empress": true, "sultan": true}

// peerage makes "Duke of Sussex", "Earl of Clare", "Princess of Wales" a
// person: a title, "of", a capitalised place.
func peerage(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+2 < n; i++ {
		if !s.Tokens[i].Cap || s.low[i+1] != "of" || !s.Tokens[i+2].Cap {
			continue
		}
		if !nobility[s.low[i]] {
			continue
		}
		j := i + 3
		for j < n && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
			j++
		}
		set(labels, i, j, bPerson)
		i = j - 1
	}
}

// givenThenCap extends a one-word person name that is a common given
// name over the capitalised word after it: the tagger stops at surnames
// that are also common words ("Jennie Bond", "Tim Cook", "Emma Stone").
func givenThenCap(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+1 < n; i++ {
		if labels[i] != bPerson || labels[i+1] != 0 && labels[i+1] != bPerson+1 && labels[i+1] != bPerson {
			continue
		}
		if i+1 < n && labels[i+1] == bPerson+1 {
			continue // already longer
		}
		g, ok := lexicon.Name(s.low[i])
		if !ok || g.Births < 1000 {
			continue
		}
		t := s.Tokens[i+1]
		if !t.Cap || t.Kind != hearsay.Word || t.Start != s.Tokens[i].End+1 || lowerInName[s.low[i+1]] {
			continue
		}
		if in := lexicon.Lookup(s.low[i+1]); in != nil && (in.Gaz != "" || in.Flags&lexicon.IsTitle != 0 || in.Flags&lexicon.IsCue != 0) {
			continue
		}
		if lexicon.KnownFirstWord(s.low[i+1]) {
			continue
		}
		labels[i+1] = bPerson + 1
	}
}

// thirdName extends a given name and a second name over a third
// capitalised word the lexicon does not know (plainUnknown) and that is
// no given name: "Craig Revel Horwood", "Sarah Jessica Parker".
func thirdName(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+2 < n; i++ {
		if labels[i] != bPerson || labels[i+1] != bPerson+1 || labels[i+2] != 0 {
			continue
		}
		if g, ok := lexicon.Name(s.low[i]); !ok || g.Births < 1000 {
			continue
		}
		t := s.Tokens[i+2]
		if !t.Cap || t.Kind != hearsay.Word || t.Start != s.Tokens[i+1].End+1 || !plainUnknown(s.low[i+2]) {
			continue
		}
		if _, given := lexicon.Name(s.low[i+2]); given || lexicon.KnownFirstWord(s.low[i+2]) {
			continue // "… Ben Affleck Jennifer …": another person
		}
		labels[i+2] = bPerson + 1
	}
}

// agedNames tags a capitalised word or two before ", 26," as a person:
// news gives people, not things, an age in apposition ("Finneas, 26,
// told reporters").
func agedNames(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+3 < n; i++ {
		if s.low[i+1] != "," || s.Tokens[i+2].Kind != hearsay.Number || s.low[i+3] != "," || labels[i] != 0 {
			continue
		}
		t := s.Tokens[i+2] // (its lower-cased form has its digits folded)
		if age, err := strconv.Atoi(s.Text[t.Start:t.End]); err != nil || age < 1 || age > 110 {
			continue
		}
		if !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word || !plainUnknown(s.low[i]) {
			continue
		}
		// a capitalised word before it must be unknown too ("Ten Hag, 54,"
		// is left to the particles' rule)
		if i > 0 && s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word {
			if labels[i-1] != 0 || !plainUnknown(s.low[i-1]) || s.Tokens[i].Start != s.Tokens[i-1].End+1 {
				continue
			}
			set(labels, i-1, i+1, bPerson)
			continue
		}
		set(labels, i, i+1, bPerson)
	}
}

// roleThenUnknown tags as a person the one to three capitalised words
// right after a role or title that the lexicon does not know as words
// (given names aside): "Director Yorgos Lanthimos, who has worked with
// her", "midfielder Aurélien Tchouaméni".
func roleThenUnknown(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i+1 < n; i++ {
		if labels[i] != 0 || labels[i+1] != 0 {
			continue
		}
		in := lexicon.Lookup(s.low[i])
		if in == nil || in.Flags&(lexicon.IsRole|lexicon.IsTitle) == 0 ||
			s.Tokens[i].Cap && i > 0 && in.Flags&lexicon.IsTitle == 0 { // "the late Poet Laureate"
			continue
		}
		if s.Tokens[i+1].Start != s.Tokens[i].End+1 {
			continue
		}
		j, unknown := unknownRun(s, labels, i+1, 3)
		if j-i < 2 || j-i > 3 || unknown == 0 || j < n && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
			continue
		}
		set(labels, i+1, j, bPerson)
		i = j - 1
	}
}

// unknownRun returns the end of the run of up to max adjacent
// capitalised words from i that the tagger left alone, each a word the
// lexicon does not know (plainUnknown) or, in first place, a given name,
// and how many of them are unknown.
func unknownRun(s *Sentence, labels []int, i, max int) (int, int) {
	j, unknown := i, 0
	for j < len(labels) && j < i+max && labels[j] == 0 && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word && len(s.low[j]) > 1 &&
		(j == i || s.Tokens[j].Start == s.Tokens[j-1].End+1) {
		if plainUnknown(s.low[j]) {
			unknown++
		} else if _, given := lexicon.Name(s.low[j]); !given || j > i {
			break
		}
		j++
	}
	return j, unknown
}

// plainUnknown reports whether a capitalised word (lower-cased) may be a
// name the lexicon does not know: no English word, title, role, cue, nor
// a word of the gazetteer (place, organisation, day, month).
func plainUnknown(w string) bool {
	if lexicon.Word(w) || lowerInName[w] {
		return false
	}
	if in := lexicon.Lookup(w); in != nil && (in.Gaz != "" || in.Flags&(lexicon.IsTitle|lexicon.IsCue|lexicon.IsRole|lexicon.IsPerson) != 0) {
		return false
	}
	return true
}

// postModifiers follow a common noun, not a name, at a sentence's start.
var postModifiers = map[string]bool{"familiar": true, "close": true, "with": true, "who": true, "in": true, "at": true,
	"from": true, "across": true, "around": true, "like": true, "aware": true, "involved": true, "inside": true,
	// a plural noun's verb: "People are open minded"
	"are": true, "were": true, "often": true, "tend": true}

// notInName are words that open a sentence in capitals but never a
// name.
var notInName = map[string]bool{"neither": true, "nor": true, "both": true, "either": true, "even": true,
	"meanwhile": true, "however": true, "unlike": true, "like": true, "also": true}

// nameJoiner are the tokens that may sit inside a well-known name.
var nameJoiner = map[string]bool{"!": true, "&": true, "of": true, "and": true, "the": true, "'s": true, "’s": true,
	"-": true, ".": true, "+": true}

// knownRuns labels the well-known organisations and places
// (lexicon.KnownEntity). Where the tagger found nothing, any known name
// is taken; one of two tokens or more ("E! News", "Us Weekly", "Page
// Six") also overrules the tagger, unless it sits inside a longer name
// ("New Democratic Party", "United States Senate").
// knownWithThe labels the name at token i that the known names hold with
// "The" before it, the lower-case "the" at i-1 left out, and returns its
// end; i when there is none.
func knownWithThe(s *Sentence, i int, labels []int) int {
	n := len(labels)
	run := i + 1
	for run < n && run < i+4 && s.Tokens[run].Cap && s.Tokens[run].Kind == hearsay.Word {
		run++
	}
	for k := run; k > i; k-- {
		if labels[k-1] != 0 || k < n && IsInside(labels[k]) {
			continue
		}
		if k < n && s.Tokens[k].Cap && s.Tokens[k].Kind == hearsay.Word {
			continue // inside a longer name
		}
		t := lexicon.KnownEntity(s.Text[s.Tokens[i-1].Start:s.Tokens[k-1].End])
		if t == "" || t == "LOC" && k == i+1 {
			continue
		}
		b := bOrg
		if t == "LOC" {
			b = bLoc
		}
		set(labels, i, k, b)
		return k
	}
	return i
}

func knownRuns(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		if i > 0 && s.low[i-1] == "the" && !s.Tokens[i-1].Cap && s.Tokens[i].Cap && s.Tokens[i].Kind == hearsay.Word && labels[i] == 0 {
			// "reports in the Telegraph": a name known with its article
			// ("The Telegraph"), the article in lower case
			if k := knownWithThe(s, i, labels); k > i {
				i = k - 1
				continue
			}
		}
		if !s.Tokens[i].Cap || !lexicon.KnownFirstWord(s.low[i]) {
			continue
		}
		// a known name is a run of words, numbers, marks and connectors
		run := i + 1
		for run < n && run < i+5 && (s.Tokens[run].Kind == hearsay.Word || s.Tokens[run].Kind == hearsay.Number || nameJoiner[s.low[run]]) {
			run++
		}
		for k := run; k > i; k-- {
			t := lexicon.KnownEntity(s.Text[s.Tokens[i].Start:s.Tokens[k-1].End])
			if t == "" {
				continue
			}
			free := labels[i] == 0 && labels[k-1] == 0 && (k == n || !IsInside(labels[k]))
			inLonger := k < n && (s.Tokens[k].Cap && s.Tokens[k].Kind == hearsay.Word || IsInside(labels[k]) || s.low[k] == "of" && k+1 < n && s.Tokens[k+1].Cap) ||
				i > 0 && s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word && labels[i-1] != 0 ||
				i > 1 && (s.low[i-1] == "of" || s.low[i-1] == "for") && labels[i-2] != 0
			if !free && (k-i < 2 || inLonger) {
				continue
			}
			// "People familiar with the matter", "People close to the
			// couple": the common word opening a sentence, not the magazine
			if i == 0 && k == i+1 && lexicon.Word(s.low[i]) && k < n && !s.Tokens[k].Cap && postModifiers[s.low[k]] {
				continue
			}
			b := bOrg
			if t == "LOC" {
				b = bLoc
			} else if free {
				// "Apple Computer", "AirTran Airways", "Boeing Commercial
				// Airplanes": a known name with company words after it
				e := k
				for e < n && e < k+3 && s.Tokens[e].Cap && s.Tokens[e].Kind == hearsay.Word && labels[e] == 0 &&
					(isOrgHead(s.low[e]) || companyWords[s.low[e]]) {
					e++
				}
				k = e
			}
			set(labels, i, k, b)
			i = k - 1
			break
		}
	}
}

// yearWorks makes a work of a capitalised title followed by a year in
// brackets: "Framing Britney Spears (2021)", "Black Holes and
// Revelations (2006)", "Nabokov's Lolita (1955)". People get a span of
// years or "born" ("(1899–1977)", "(born 1955)"), so one year alone marks
// a film, an album or a book. The title runs back over capitalised words
// and the small words inside titles ("The Catcher in the Rye") and stops
// at a possessive or anything else.
func yearWorks(s *Sentence, labels []int) {
	n := len(labels)
	for k := 1; k+2 < n; k++ {
		if s.low[k] != "(" || s.Tokens[k+1].Kind != hearsay.Number || s.low[k+2] != ")" || !product.Year(s.Text[s.Tokens[k+1].Start:s.Tokens[k+1].End]) {
			continue
		}
		i := titleStart(s, k)
		if i == k || k-i > 10 {
			continue
		}
		if _, ok := lexicon.Title(s.low[i]); ok {
			continue // "President Obama (2009)"
		}
		set(labels, i, k, bWork)
	}
	// "Rocks and Honey is an album", "England, England is a satirical
	// novel": a title said to be a work
	for k := 1; k+2 < n; k++ {
		if (s.low[k] != "is" && s.low[k] != "was") || !(s.low[k+1] == "a" || s.low[k+1] == "an" || s.low[k+1] == "the") {
			continue
		}
		m := k + 2
		for m < n && m < k+6 && !s.Tokens[m].Cap && s.Tokens[m].Kind == hearsay.Word && !workNoun(s.low[m]) {
			m++
		}
		if m >= n || !workNoun(s.low[m]) || m+1 < n && s.low[m+1] == "of" && workNoun(s.low[m]) && s.low[m] == "series" {
			continue
		}
		i := titleStart(s, k)
		if i < k && k-i <= 10 && (labels[i] == 0 || Types[labels[i]] != hearsay.Person || !IsInside(labels[i])) {
			if _, ok := lexicon.Title(s.low[i]); !ok && lexicon.KnownEntity(s.Text[s.Tokens[i].Start:s.Tokens[k-1].End]) == "" {
				set(labels, i, k, bWork)
			}
		}
	}
}

// workNoun reports whether w names a kind of work: the gazetteer's work
// nouns and a few more.
func workNoun(w string) bool {
	switch w {
	case "poem", "play", "opera", "musical", "painting", "sculpture", "ep", "sitcom", "anthology", "comic", "manga", "videogame":
		return true
	}
	return lexicon.Gazetteer(w) == "work"
}

// titleStart returns where the title ending before token k starts: back
// over capitalised words, numbers and the small words inside titles, from
// the first capitalised word; k when there is none. A title starting the
// sentence may take in its first word.
func titleStart(s *Sentence, k int) int {
	i := k
	for i > 0 {
		t := s.Tokens[i-1]
		if t.Cap && t.Kind == hearsay.Word || t.Kind == hearsay.Number && i < k ||
			connector[s.low[i-1]] && i < k && i > 1 && s.Tokens[i-2].Kind != hearsay.Punct ||
			s.low[i-1] == "," && i < k && i > 1 && s.Tokens[i-2].Cap && s.Tokens[i].Cap && s.Text[s.Tokens[i-2].Start:s.Tokens[i-2].End] == s.Text[s.Tokens[i].Start:s.Tokens[i].End] {
			i--
			continue
		}
		break
	}
	for i < k && !s.Tokens[i].Cap {
		i++ // small words open no title
	}
	return i
}

// splitPeople ends a person's name the tagger ran on over "of" or "and":
// "Alexander Rybak of Norway" is a person and a place, "Herman J.
// Mankiewicz and Welles" two people; "Duke of Sussex" (a title of
// nobility before "of") stays whole. What follows "of" keeps a type only
// when it is a well-known place or organisation.
func splitPeople(s *Sentence, labels []int) {
	n := len(labels)
	for k := 1; k+1 < n; k++ {
		if labels[k] != bPerson+1 || labels[k+1] != bPerson+1 || (s.low[k] != "of" && s.low[k] != "and") || !s.Tokens[k+1].Cap {
			continue
		}
		if s.low[k] == "of" && (nobility[s.low[k-1]] || peerageBefore(s, labels, k)) {
			continue
		}
		e := k + 1
		for e < n && labels[e] == bPerson+1 {
			e++
		}
		labels[k] = 0
		known := ""
		if s.low[k] == "of" {
			known = lexicon.KnownEntity(s.Text[s.Tokens[k+1].Start:s.Tokens[e-1].End])
		}
		switch {
		case s.low[k] == "and":
			set(labels, k+1, e, bPerson)
		case known == "LOC":
			set(labels, k+1, e, bLoc)
		case known == "ORG":
			set(labels, k+1, e, bOrg)
		default:
			for x := k + 1; x < e; x++ {
				labels[x] = 0
			}
		}
		k = e - 1
	}
}

// peerageBefore reports whether the person's name that "of" at k
// continues opens with a title of nobility ("Prince Harry, Duke of …"
// aside, "Grand Duke of Tuscany").
func peerageBefore(s *Sentence, labels []int, k int) bool {
	i := k - 1
	for i > 0 && labels[i] == bPerson+1 {
		i--
	}
	for ; i < k; i++ {
		if nobility[s.low[i]] {
			return true
		}
	}
	return false
}

// corpSuffix makes an organisation of a name followed by a company
// suffix after a comma ("Google, Inc.", "CCNG, LLC"), and the suffix no
// name: the organisation is named without it, as "Google" alone would
// be.
func corpSuffix(s *Sentence, labels []int) {
	n := len(labels)
	for k := 1; k+1 < n; k++ {
		if s.low[k] != "," || !corpWords[strings.TrimSuffix(s.low[k+1], ".")] || !s.Tokens[k+1].Cap || !s.Tokens[k-1].Cap {
			continue
		}
		e := k + 2
		if e < n && s.low[e] == "." && s.Tokens[e].Start == s.Tokens[e-1].End {
			e++ // "Inc ." as two tokens: the dot belongs to the name
		}
		// the name before the comma: a tagged name, or the capitalised run
		i := k - 1
		if labels[i] != 0 {
			for i > 0 && IsInside(labels[i]) {
				i--
			}
		} else {
			for i > 0 && s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word && labels[i-1] == 0 {
				i--
			}
		}
		if k-i > 6 {
			continue
		}
		// the name is the organisation; the suffix is no name of its own
		set(labels, i, k, bOrg)
		for x := k + 1; x < e; x++ {
			labels[x] = 0
		}
		k = e - 1
	}
}

var corpWords = map[string]bool{"inc": true, "llc": true, "ltd": true, "corp": true, "co": true, "plc": true, "l.p": true, "lp": true, "gmbh": true, "ag": true, "s.a": true, "pvt": true}

// events retypes as OTHER the names of events the tagger took for people
// or places: "the 2010 Winter Olympics", "the Cannes Film Festival".
// A storm's name is an event too, wherever it recurs: "Cyclone Phailin
// … Phailin's winds", "Hurricane Ian … Ian made landfall".
func events(d *hearsay.Document) {
	low := d.LowerTokens()
	var storms map[string]bool
	var add []hearsay.NameSpan
	for i := 0; i+1 < len(d.Tokens); i++ {
		// (not "the National Hurricane Center", "the Hurricane Season")
		if d.Tokens[i].Cap && stormWords[low[i]] && d.Tokens[i+1].Cap && d.Tokens[i+1].Kind == hearsay.Word &&
			!stormNotName[low[i+1]] && !isOrgHead(low[i+1]) && (i == 0 || low[i-1] != "national") {
			if storms == nil {
				storms = map[string]bool{}
			}
			storms[low[i+1]] = true
			// untagged: the storm is a name of its own
			span := hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+1].End}
			k := sort.Search(len(d.Names), func(k int) bool { return d.Names[k].End > span.Start })
			if k == len(d.Names) || d.Names[k].Start >= span.End {
				add = append(add, hearsay.NameSpan{Span: span, Type: hearsay.Other})
			}
		}
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
	elections(d, low)
	for i, n := range d.Names {
		if n.Type != hearsay.Person && n.Type != hearsay.Loc && n.Type != hearsay.Org {
			continue
		}
		first, last := d.TokenAt(n.Start), d.TokenAt(n.End-1)
		// "the 2004 Summer Olympic Games", "the Commonwealth Games" (not
		// "Epic Games", a company)
		games := low[last] == "games" && last > first && gamesBefore[low[last-1]]
		if n.Type == hearsay.Org && !games && !product.Event(low[last]) {
			continue
		}
		if product.Event(low[last]) || games || storms != nil && (first == last && storms[low[first]] || stormWords[low[first]] && storms[low[last]]) {
			d.Names[i].Type = hearsay.Other
			if first == last && first > 0 && d.Tokens[first-1].Cap && stormWords[low[first-1]] && (i == 0 || d.Names[i-1].End <= d.Tokens[first-1].Start) {
				d.Names[i].Start = d.Tokens[first-1].Start // "Hurricane Ian", whole
			}
		}
	}
}

// electionWords qualify "election" in an election's name.
var electionWords = map[string]bool{"general": true, "state": true, "mayoral": true, "presidential": true,
	"provincial": true, "federal": true, "municipal": true, "gubernatorial": true, "parliamentary": true,
	"legislative": true, "local": true, "leadership": true, "senate": true, "assembly": true, "council": true}

// elections makes a year, a place and "election" one event's name ("the
// 1995 Ontario general election", "the 2004 Queensland state election"):
// the place inside is not tagged on its own.
func elections(d *hearsay.Document, low []string) {
	for i, n := range d.Names {
		if n.Type != hearsay.Loc && n.Type != hearsay.Person && n.Type != hearsay.Org {
			continue
		}
		first, last := d.TokenAt(n.Start), d.TokenAt(n.End-1)
		if first == 0 || d.Tokens[first-1].Kind != hearsay.Number || len(low[first-1]) != 4 || low[first-1][0] != '1' && low[first-1][0] != '2' {
			continue
		}
		k := last + 1
		for k < len(low) && k < last+4 && electionWords[low[k]] {
			k++
		}
		if k == len(low) || low[k] != "election" && low[k] != "elections" && low[k] != "by-election" && low[k] != "referendum" {
			continue
		}
		if i+1 < len(d.Names) && d.Names[i+1].Start < d.Tokens[k].End {
			continue
		}
		d.Names[i] = hearsay.NameSpan{Span: hearsay.Span{Start: d.Tokens[first-1].Start, End: d.Tokens[k].End}, Type: hearsay.Other}
	}
}

// awards makes a name followed by Award, Prize, Medal or Trophy, with that
// word, the award's name ("Academy Award", "Nobel Prize", "Grammy
// Awards"): not the organisation or person it is named after. An award
// named alone ("a Grammy nomination", "the Oscars") is one too.
func awards(d *hearsay.Document) {
	low := d.LowerTokens()
	for i, n := range d.Names {
		if n.Type == hearsay.Work {
			continue
		}
		k := d.TokenAt(n.End-1) + 1
		if k > 0 && k < len(d.Tokens) && d.Tokens[k].Cap && awardWord(low[k]) && d.Tokens[k].Start-n.End <= 1 &&
			(i+1 == len(d.Names) || d.Names[i+1].Start >= d.Tokens[k].End) {
			d.Names[i].End = d.Tokens[k].End
			d.Names[i].Type = hearsay.Other
		} else if awardName(d.Lower(n.Span)) {
			d.Names[i].Type = hearsay.Other
		} else if w := d.Lower(n.Span); (w == "oscar" || w == "tony") && n.Type == hearsay.Person {
			// "an Oscar", "her first Oscar nomination": the prize, not
			// a man called Oscar
			f := d.TokenAt(n.Start)
			if f > 0 && (determiners[low[f-1]] || low[f-1] == "first" || low[f-1] == "second" || low[f-1] == "third") ||
				k < len(low) && (low[k] == "nomination" || low[k] == "nominations" || low[k] == "win" || low[k] == "winner" || low[k] == "nod") {
				d.Names[i].Type = hearsay.Other
			}
		}
	}
	// "Nobel Prize", "Pulitzer Prize": a capitalised word the tagger left
	// alone and the award after it
	var add []hearsay.NameSpan
	cur := nameCursor{names: d.Names}
	for k := 1; k < len(d.Tokens); k++ {
		p := k - 1
		if !d.Tokens[k].Cap || !d.Tokens[p].Cap || !awardWord(low[k]) {
			continue
		}
		if d.Tokens[p].Kind != hearsay.Word || d.Tokens[k].Start-d.Tokens[p].End > 1 || determiners[low[p]] ||
			!cur.free(d.Tokens[p].Start, d.Tokens[k].End) {
			continue
		}
		add = append(add, hearsay.NameSpan{Span: hearsay.Span{Start: d.Tokens[p].Start, End: d.Tokens[k].End}, Type: hearsay.Other})
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// determiners open no name: not "The" before "Award", nor before
// "frontman".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "your": true}

// scores makes an organisation — a team — of a person's or place's name
// right before or after a score: "Arsenal 2-1 Chelsea", "beat Chelsea
// 2-1".
func scores(d *hearsay.Document) {
	low := d.LowerTokens()
	for i, n := range d.Names {
		if n.Type != hearsay.Person && n.Type != hearsay.Loc {
			continue
		}
		f, l := d.TokenAt(n.Start), d.TokenAt(n.End-1)
		if f > 0 && (score(d, f-1) || f > 2 && spacedScore(d, f-3)) || l+1 < len(d.Tokens) && (score(d, l+1) || spacedScore(d, l+1)) {
			d.Names[i].Type = hearsay.Org
			continue
		}
		// "Chelsea boss Enzo Maresca": a one-word name before a role and
		// a person's name is the one they work for
		if k := l + 1; n.Type == hearsay.Person && f == l && k+1 < len(d.Tokens) && !d.Tokens[k].Cap && d.Tokens[k].Kind == hearsay.Word &&
			i+1 < len(d.Names) && d.Names[i+1].Type == hearsay.Person && d.Names[i+1].Start == d.Tokens[k+1].Start {
			if _, role := lexicon.Role(low[k]); role || teamRoles[low[k]] {
				d.Names[i].Type = hearsay.Org
			}
		}
	}
}

// obtainedBy tags as an organisation — the outlet — the capitalised words
// the tagger left alone after "obtained by", "seen by", "reviewed by"
// ("a memo obtained by The Verge"), and a one-word platform written in
// camel case after "on" ("a post on LinkedIn").
func obtainedBy(s *Sentence, labels []int) {
	n := len(labels)
	for i := 1; i+1 < n; i++ {
		switch s.low[i] {
		case "by":
			switch s.low[i-1] {
			case "obtained", "seen", "reviewed", "viewed", "published":
			default:
				continue
			}
			k := i + 1
			if s.low[k] == "the" && s.Tokens[k].Cap {
				k++
			}
			j := k
			for j < n && j < k+3 && labels[j] == 0 && s.Tokens[j].Cap && s.Tokens[j].Kind == hearsay.Word {
				j++
			}
			if j > k && (j == n || !s.Tokens[j].Cap) {
				set(labels, i+1, j, bOrg)
				i = j - 1
			}
		case "on":
			k := i + 1
			w := s.Text[s.Tokens[k].Start:s.Tokens[k].End]
			if labels[k] != 0 || s.Tokens[k].Kind != hearsay.Word || len(w) < 4 || w[0] < 'A' || w[0] > 'Z' ||
				strings.ToLower(w[1:]) == w[1:] || strings.ToUpper(w) == w {
				continue
			}
			set(labels, k, k+1, bOrg)
		}
	}
}

// teamRoles name someone by the team they play for or run.
var teamRoles = map[string]bool{"boss": true, "manager": true, "coach": true, "captain": true, "striker": true,
	"midfielder": true, "defender": true, "goalkeeper": true, "winger": true, "forward": true, "owner": true, "chairman": true}

// score reports whether token k is a match's score in one token: "2-1".
func score(d *hearsay.Document, k int) bool {
	a, b, ok := strings.Cut(d.Text[d.Tokens[k].Start:d.Tokens[k].End], "-")
	return ok && len(a) > 0 && len(a) <= 2 && len(b) > 0 && len(b) <= 2 && strings.Trim(a+b, "0123456789") == ""
}

// spacedScore reports whether tokens k to k+2 are a score split at its
// dash: "2–1".
func spacedScore(d *hearsay.Document, k int) bool {
	if k < 0 || k+2 >= len(d.Tokens) || d.Tokens[k].Kind != hearsay.Number || d.Tokens[k+2].Kind != hearsay.Number {
		return false
	}
	dash := d.Text[d.Tokens[k+1].Start:d.Tokens[k+1].End]
	return (dash == "–" || dash == "-") && d.Tokens[k+1].End-d.Tokens[k].Start <= 4 && d.Tokens[k+2].End-d.Tokens[k].Start <= 5
}

// venueHeads end the names of buildings and grounds: "Carnegie Hall",
// "Rod Laver Arena", "Sydney Opera House".
var venueHeads = map[string]bool{"hall": true, "arena": true, "stadium": true, "theatre": true, "theater": true,
	"centre": true, "center": true, "oval": true, "plaza": true, "airport": true, "cathedral": true, "church": true,
	"palace": true, "castle": true, "abbey": true, "chapel": true, "factory": true, "house": true, "ballroom": true,
	"auditorium": true, "coliseum": true, "colosseum": true, "velodrome": true, "racecourse": true, "speedway": true}

// heads retypes a person's name of two or more words by its last word:
// an award ("Cecil B. DeMille Award") is no person, and a building or
// ground ("Carnegie Hall", "Hyde Park", "Sydney Opera House") is a place,
// unless the words before it are a given name ("Jerry Hall", "Tom
// House", "Faith Hill", "Mary Ellen Hall") or end with an initial ("John
// S. Hall").
func heads(d *hearsay.Document) {
	low := d.LowerTokens()
	joined := false
	for i, n := range d.Names {
		f, l := d.TokenAt(n.Start), d.TokenAt(n.End-1)
		if n.Type == hearsay.Other && awardWord(low[l]) {
			if joinPerson(d, i, true) {
				joined = true
			} else if k := f - 1; k >= 0 && d.Tokens[k].Cap && d.Tokens[k].Kind == hearsay.Word && !determiners[low[k]] &&
				d.Tokens[f].Start-d.Tokens[k].End <= 1 && (i == 0 || d.Names[i-1].End <= d.Tokens[k].Start) && !sentenceStart(d, k) {
				d.Names[i].Start = d.Tokens[k].Start // "Golden Globe Award" whole
			}
			continue
		}
		if n.Type != hearsay.Person {
			continue
		}
		if l == f && l+1 < len(low) && (low[l+1] == "music" || low[l+1] == "musicians") && genres[low[l]] {
			d.Names[i].End = d.Names[i].Start // "Rock music": a genre, dropped below
			joined = true
			continue
		}
		if l <= f || !d.Tokens[l].Cap {
			continue
		}
		given := givenName(low[f])
		switch w := low[l]; {
		case firmHeads[w]:
			// "Douglas Aircraft", "Ford Motor", "Johnson Controls": no
			// one's surname
			d.Names[i].Type = hearsay.Org
		case !given && pluralNoun(w) && d.Tokens[l].Kind == hearsay.Word && low[l-1] != "." && len(low[f]) > 1:
			// "Foo Fighters", "The Smashing Pumpkins", "Drive-By
			// Truckers": a band or a team, named in the plural (not
			// "M. Sears", a person's initial and surname)
			d.Names[i].Type = hearsay.Org
		case awardWord(w):
			d.Names[i].Type = hearsay.Other
			joined = joinPerson(d, i, false) || joined
		case venueHeads[w] || placeWords[w] || placeHeads[w]:
			// a given name or an initial before the head: the
			// surname ("John S. Hall", "Mary Ellen Hall"), not
			// "Sydney Opera House"
			if k := l - 1; low[k] == "." || given && (k == f || !lexicon.Word(low[k])) {
				continue
			}
			d.Names[i].Type = hearsay.Loc
		}
	}
	if joined {
		d.Names = slices.DeleteFunc(d.Names, func(n hearsay.NameSpan) bool { return n.End == n.Start })
	}
}

// joinPerson makes the person's name right before award name i part of
// the award — "Golden" before "Globe Award" (one word only, with
// oneWord), "Cecil" before "B. DeMille Award" — and empties that name,
// for the caller to drop; it reports whether it did.
func joinPerson(d *hearsay.Document, i int, oneWord bool) bool {
	p := i - 1
	if p < 0 || d.Names[p].Type != hearsay.Person || d.Names[i].Start-d.Names[p].End > 1 ||
		oneWord && d.TokenAt(d.Names[p].Start) != d.TokenAt(d.Names[p].End-1) {
		return false
	}
	d.Names[i].Start = d.Names[p].Start
	d.Names[p].End = d.Names[p].Start
	return true
}

// pairedGiven tags a common given name the tagger left alone when "and"
// joins it to a person's one-word name: "twins Max and Emme", "Sasha
// and Malia".
func pairedGiven(d *hearsay.Document) {
	low := d.LowerTokens()
	var add []hearsay.NameSpan
	for i, n := range d.Names {
		f, l := d.TokenAt(n.Start), d.TokenAt(n.End-1)
		if n.Type != hearsay.Person || f != l {
			continue
		}
		for _, k := range [2]int{f - 2, l + 2} {
			and := f - 1 // the token between
			if k > l {
				and = l + 1
			}
			if k < 0 || k >= len(d.Tokens) || low[and] != "and" || !d.Tokens[k].Cap || d.Tokens[k].Kind != hearsay.Word {
				continue
			}
			if sentenceStart(d, k) {
				continue
			}
			if k < f && i > 0 && d.Names[i-1].End > d.Tokens[k].Start || k > l && i+1 < len(d.Names) && d.Names[i+1].Start < d.Tokens[k].End {
				continue // a name already
			}
			if givenName(low[k]) {
				add = append(add, hearsay.NameSpan{Span: d.Tokens[k].Span, Type: hearsay.Person})
			}
		}
	}
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// seasons name no one.
var seasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// postNominals follow a person's name after a comma: "Mark Tedeschi, QC".
var postNominals = map[string]bool{"qc": true, "kc": true, "sc": true, "mp": true, "mep": true, "msp": true, "obe": true,
	"mbe": true, "cbe": true, "kbe": true, "dbe": true, "phd": true, "md": true, "esq": true, "jr": true, "sr": true,
	"rn": true, "cpa": true, "frs": true, "mla": true, "mpp": true, "td": true}

// sentenceStart reports whether token k opens a sentence.
func sentenceStart(d *hearsay.Document, k int) bool {
	si := d.SentenceAt(d.Tokens[k].Start)
	return si >= 0 && d.Sentences[si].Tokens[0] == k
}

// genres name styles of music: "Rock music" is none of the Rocks.
var genres = map[string]bool{"rock": true, "pop": true, "jazz": true, "blues": true, "soul": true, "funk": true,
	"punk": true, "metal": true, "country": true, "folk": true, "reggae": true, "rap": true, "disco": true,
	"techno": true, "house": true, "gospel": true, "swing": true, "grunge": true, "dance": true, "garage": true}

// firmHeads end firms' names and no person's.
var firmHeads = map[string]bool{"aircraft": true, "airlines": true, "airways": true, "motor": true, "motors": true,
	"pharmaceuticals": true, "technologies": true, "systems": true, "software": true, "electronics": true,
	"aerospace": true, "computer": true, "computers": true, "foods": true, "entertainment": true, "studios": true,
	"pictures": true, "records": true, "networks": true, "communications": true, "holdings": true, "laboratories": true,
	"labs": true, "solutions": true, "logistics": true, "controls": true, "airplanes": true, "semiconductor": true,
	"biotech": true, "therapeutics": true, "petroleum": true, "chemicals": true, "steel": true, "railway": true,
	"railways": true, "railroad": true, "shipping": true, "insurance": true, "bancorp": true, "brewing": true}

// pluralNoun reports whether w is a common noun in the plural: its
// singular is a word ("fighters", "pumpkins", "truckers").
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	sing := w[:len(w)-1]
	if strings.HasSuffix(w, "ies") {
		sing = w[:len(w)-3] + "y"
	}
	if _, ok := lexicon.Name(sing); ok {
		return false // "Peters", "Rogers": a surname from a given name
	}
	return lexicon.Word(sing) && lexicon.Word(w)
}

func awardWord(w string) bool {
	switch w {
	case "award", "awards", "prize", "prizes", "medal", "trophy":
		return true
	}
	return false
}

func awardName(w string) bool {
	switch w {
	case "grammy", "grammys", "emmy", "emmys", "oscars", "golden globe", "golden globes", "bafta", "baftas", "tony awards":
		return true
	}
	return false
}

var gamesBefore = map[string]bool{"olympic": true, "paralympic": true, "commonwealth": true, "asian": true,
	"youth": true, "invictus": true, "mediterranean": true, "pan-american": true, "american": true, "african": true}

// stormNotName follow a storm word without naming a storm.
var stormNotName = map[string]bool{"center": true, "centre": true, "season": true, "warning": true, "watch": true,
	"hunters": true, "hunter": true, "relief": true, "names": true, "categories": true, "category": true}

var stormWords = map[string]bool{"hurricane": true, "cyclone": true, "typhoon": true, "storm": true}

// acronyms gives an acronym in brackets right after a name that name's
// type: "Singapore Airlines (SIA)", "the World Health Organisation (WHO)".
func acronyms(d *hearsay.Document) {
	var add []hearsay.NameSpan
	for i, n := range d.Names {
		if n.Type == hearsay.Person || n.Type == hearsay.NORP {
			continue
		}
		j := d.TokenAt(n.End-1) + 1
		if j+2 >= len(d.Tokens) || d.Text[d.Tokens[j].Start:d.Tokens[j].End] != "(" || d.Text[d.Tokens[j+2].Start:d.Tokens[j+2].End] != ")" {
			continue
		}
		a := d.Tokens[j+1]
		if !acronym(d.Text[a.Start:a.End]) {
			continue
		}
		if i+1 < len(d.Names) && d.Names[i+1].Start == a.Start {
			if d.Names[i+1].End == a.End {
				d.Names[i+1].Type = n.Type
			}
			continue
		}
		add = append(add, hearsay.NameSpan{Span: a.Span, Type: n.Type})
	}
	add = append(add, spelledOut(d)...)
	if len(add) > 0 {
		d.Names = append(d.Names, add...)
		sortNames(d.Names)
	}
}

// spelledOut finds an organisation the tagger missed from its acronym in
// brackets, when the capitalised words right before spell it: "the
// Campaign for Nuclear Disarmament (CND)", "Veterans of Foreign Wars
// (VFW)". Both become organisations' names, unless the long form is a
// known place; no name of the tagger's may overlap either.
func spelledOut(d *hearsay.Document) []hearsay.NameSpan {
	var add []hearsay.NameSpan
	low := d.LowerTokens()
	for j := 1; j+2 < len(d.Tokens); j++ {
		if low[j] != "(" || low[j+2] != ")" {
			continue
		}
		acr := d.Text[d.Tokens[j+1].Start:d.Tokens[j+1].End]
		if !acronym(acr) || len(acr) < 3 {
			continue
		}
		// the words before, back to as many capitals as the acronym has
		letters := []byte(acr)
		k, x := j, len(letters)-1
		for k > 0 && x >= 0 && j-k < 12 {
			t := d.Tokens[k-1]
			w := d.Text[t.Start:t.End]
			switch {
			case t.Cap && t.Kind == hearsay.Word && w[0] == letters[x]:
				x--
				k--
				continue
			case !t.Cap && (low[k-1] == "of" || low[k-1] == "for" || low[k-1] == "and" || low[k-1] == "the" || low[k-1] == "to" || low[k-1] == "on" || low[k-1] == "&") && k < j:
				k--
				continue
			}
			break
		}
		for k < j && !d.Tokens[k].Cap {
			k++ // small words open no name
		}
		if x >= 0 || k >= j {
			continue
		}
		if notOrgHeads[low[j-1]] {
			continue // "Software Development Kit (SDK)", "World Wide Developers Conference (WWDC)"
		}
		long := hearsay.Span{Start: d.Tokens[k].Start, End: d.Tokens[j-1].End}
		short := d.Tokens[j+1].Span
		clash := false
		for _, n := range d.Names {
			if n.Start < long.End && long.Start < n.End || n.Start < short.End && short.Start < n.End {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		t := hearsay.Org
		if lexicon.KnownEntity(d.Text[long.Start:long.End]) == "LOC" {
			t = hearsay.Loc
		}
		add = append(add, hearsay.NameSpan{Span: long, Type: t}, hearsay.NameSpan{Span: short, Type: t})
	}
	return add
}

// notOrgHeads end the names of things, events and laws, which acronyms
// have as often as organisations.
var notOrgHeads = map[string]bool{"kit": true, "conference": true, "system": true, "systems": true,
	"program": true, "programme": true, "protocol": true, "act": true, "agreement": true, "treaty": true,
	"index": true, "standard": true, "format": true, "interface": true, "language": true, "summit": true,
	"festival": true, "award": true, "awards": true, "prize": true, "championship": true, "cup": true,
	"games": true, "expo": true, "show": true, "day": true, "week": true, "convention": true, "technology": true,
	"unit": true, "device": true, "engine": true, "model": true, "method": true, "test": true, "scale": true,
	"rate": true, "product": true, "syndrome": true, "disease": true, "disorder": true, "virus": true}

// acronym reports whether w is two to six capital letters (an "&" or a
// digit allowed inside): "SIA", "WHO", "AT&T".
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&') {
			return false
		}
	}
	return true
}

// givenNameRuns makes a person of a two- or three-word name the tagger
// typed as an organisation or a place when it opens with a common given
// name and ends with no organisation or place word ("His co-star Bella
// Ramsey" is not a company). Known organisations and places keep their
// type.
func givenNameRuns(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		b := labels[i]
		if b != bOrg && b != bLoc {
			continue
		}
		j := spanEnd(labels, i)
		if j-i < 2 || j-i > 4 {
			i = j - 1
			continue
		}
		// "Liberal Lyle Vanclief": a party's or a job's word before the
		// given name is no part of the name
		a := i
		if _, ok := lexicon.Name(s.low[i]); !ok && j-i >= 3 && s.Tokens[i].Cap && (lexicon.Word(s.low[i]) || lexicon.Gazetteer(s.low[i]) == "norp") {
			a = i + 1
		}
		if j-a > 3 {
			i = j - 1
			continue
		}
		g, ok := lexicon.Name(s.low[a])
		last := s.low[j-1]
		// a surname that is also a word ("Garth Brooks") is a surname unless
		// it heads a place's name ("Jordan Park")
		person := ok && g.Births >= 5000 && lexicon.Gazetteer(s.low[a]) == "" && !lexicon.KnownFirstWord(s.low[a]) &&
			lexicon.Gazetteer(last) == "" && !isOrgHead(last) && (!lexicon.Word(last) || j-a == 2 && strings.HasSuffix(last, "s") && !placeHeads[last]) &&
			lexicon.KnownEntity(s.Text[s.Tokens[a].Start:s.Tokens[j-1].End]) == ""
		for k := a; k < j && person; k++ {
			if !s.Tokens[k].Cap || s.Tokens[k].Kind != hearsay.Word {
				person = false
			}
		}
		if person {
			if a > i {
				labels[i] = 0
			}
			set(labels, a, j, bPerson)
		}
		i = j - 1
	}
}

// isAlpha reports whether w is letters only, the first a capital.
func isAlpha(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || i == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}
