// Package lexicon holds hearsay's embedded word lists: cue verbs, anonymous
// source nouns, hedges, honorifics, role nouns and given names with their
// gender statistics. Each file names its source and licence in its header;
// README.md lists them.
//
// Lookups are case-insensitive: keys are stored in lower case and callers
// pass lower-cased words (Lower does that without allocating for ASCII).
package lexicon

import (
	"bufio"
	"bytes"
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"hearsay/internal/strtab"
)

//go:embed cues.txt
var cuesTxt string

//go:embed speechcues.txt
var speechCuesTxt string

//go:embed anonymous.txt
var anonymousTxt string

//go:embed hedges.txt
var hedgesTxt string

//go:embed boosters.txt
var boostersTxt string

//go:embed titles.txt
var titlesTxt string

//go:embed roles.txt
var rolesTxt string

//go:embed titles-rules.txt
var titlesRulesTxt string

//go:embed roles-rules.txt
var rolesRulesTxt string

//go:embed people.txt
var peopleTxt string

//go:embed words.txt
var wordsTxt string

//go:embed names.tsv
var namesTsv string

//go:embed gazetteer.txt
var gazetteerTxt string

//go:embed orgs.txt
var orgsTxt string

//go:embed places.txt
var placesTxt string

//go:embed persons.txt
var personsTxt string

//go:embed outlets.txt
var outletsTxt string

//go:embed styles.txt
var stylesTxt string

// Gender of a word or a name: 'M', 'F' or 0 for none.
type Gender byte

// Set is a set of lower-case words or phrases.
type Set map[string]bool

// Has reports whether w (lower case) is in s.
func (s Set) Has(w string) bool { return s[w] }

// GivenName is what the names list says about a given name.
type GivenName struct {
	Male   int // percent of births recorded male
	Births int // total births 1880-2020
}

var (
	once        sync.Once
	cues        Set
	anonymous   Set
	outlets     Set
	hedges      Set
	boosters    Set
	roleLast    map[string]bool // last words of the several-word roles
	personNouns map[string]bool
	// the lists asked about every token, as flat tables (the maps they
	// are built from are load's alone): what the lists say of a word,
	// common words, and the lists with values of their own
	infoTab                      *strtab.Table[*Info]
	wordTab                      *strtab.Table[bool]
	titleTab, roleTab, peopleTab *strtab.Table[Gender]
	nameTab                      *strtab.Table[GivenName]
	gazTab                       *strtab.Table[string]
	known                        map[string]string   // lower-case full name → ORG or LOC
	capsOnly                     map[string]bool     // known names written in capitals ("WHO")
	knownW                       map[string]int      // lower-case first words of known names → the longest such name's length in bytes
	persons                      map[string]Gender   // well-known people's names and surnames, as written
	styles                       map[string][]string // title of nobility → given names of its holders
	personW                      map[string]int      // first words of those names → the most words such a name has
)

// Flag marks the lists a word is in.
type Flag uint8

// Flags of Info.
const (
	IsCue Flag = 1 << iota
	IsAnonymous
	IsHedge
	IsTitle
	IsRole
	IsName
	IsPerson // a noun naming people (people.txt)
)

// Info is everything the lists say about one lower-case word, found with
// one lookup.
type Info struct {
	Flags   Flag
	Gaz     string    // gazetteer class, or ""
	TitleG  Gender    // for IsTitle
	RoleG   Gender    // for IsRole
	PersonG Gender    // for IsPerson
	Name    GivenName // for IsName
}

// Lookup returns what the lists say about w (lower case), or nil.
func Lookup(w string) *Info {
	once.Do(load)
	in, ok := infoTab.Get(w)
	if !ok {
		if stem, ex := ExStem(w); ex {
			if in, _ = infoTab.Get(stem); in != nil && in.Flags&(IsPerson|IsRole) == 0 {
				return nil
			}
		}
	}
	return in
}

// ExStem returns the noun a former holder's word (lower case) is made
// from: "ex-wife" → "wife", "ex-employees" → "employees"; false when w
// has no "ex-".
func ExStem(w string) (string, bool) {
	if len(w) > 4 && w[:3] == "ex-" {
		return w[3:], true
	}
	return "", false
}

// buildInfos builds what the lists say about each word, and the set of
// person nouns.
func buildInfos(titles, roles, people map[string]Gender, gazetteer map[string]string, names map[string]GivenName) map[string]*Info {
	infos := map[string]*Info{}
	get := func(w string) *Info {
		in := infos[w]
		if in == nil {
			in = &Info{}
			infos[w] = in
		}
		return in
	}
	for w := range cues {
		get(w).Flags |= IsCue
	}
	for w := range anonymous {
		get(w).Flags |= IsAnonymous
	}
	for w := range hedges {
		get(w).Flags |= IsHedge
	}
	for w, g := range titles {
		in := get(w)
		in.Flags |= IsTitle
		in.TitleG = g
	}
	for w, g := range roles {
		in := get(w)
		in.Flags |= IsRole
		in.RoleG = g
	}
	for w, c := range gazetteer {
		get(w).Gaz = c
	}
	for w, n := range names {
		in := get(w)
		in.Flags |= IsName
		in.Name = n
	}
	personNouns = make(map[string]bool, len(people)+len(roles)+len(anonymous))
	for w, g := range people {
		in := get(w)
		in.Flags |= IsPerson
		in.PersonG = g
		personNouns[w] = true
	}
	for w := range roles {
		personNouns[w] = true
	}
	for w := range anonymous {
		personNouns[w] = true
	}
	return infos
}

func load() {
	cues = parseSet(cuesTxt)
	anonymous = parseSet(anonymousTxt)
	outlets = parseSet(outletsTxt)
	hedges = parseSet(hedgesTxt)
	boosters = parseSet(boostersTxt)
	titles := parseGendered(titlesTxt)
	roles := parseGendered(rolesTxt)
	roleLast = map[string]bool{}
	for r := range roles {
		if k := strings.LastIndexByte(r, ' '); k > 0 {
			roleLast[r[k+1:]] = true
		}
	}
	people := map[string]Gender{}
	lines(peopleTxt, func(l string) {
		k, g, _ := strings.Cut(l, "\t")
		var gg Gender
		if g == "M" || g == "F" || g == "P" {
			gg = Gender(g[0])
		}
		people[k] = gg
	})
	gazetteer := map[string]string{}
	lines(gazetteerTxt, func(l string) {
		k, c, _ := strings.Cut(l, "\t")
		if _, dup := gazetteer[k]; !dup {
			gazetteer[k] = c
		}
	})
	names := make(map[string]GivenName, 12000)
	sc := bufio.NewScanner(strings.NewReader(namesTsv))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		m, _ := strconv.Atoi(f[1])
		b, _ := strconv.Atoi(f[2])
		names[strings.ToLower(f[0])] = GivenName{Male: m, Births: b}
	}
	known, capsOnly = map[string]string{}, map[string]bool{}
	knownW = map[string]int{}
	lines(orgsTxt, func(l string) {
		known[strings.ToLower(l)] = "ORG"
		if len(l) > 1 && strings.ToUpper(l) == l && strings.ToLower(l) != l {
			capsOnly[strings.ToLower(l)] = true
		}
	})
	lines(placesTxt, func(l string) {
		if _, dup := known[strings.ToLower(l)]; !dup {
			known[strings.ToLower(l)] = "LOC"
		}
	})
	for k := range known {
		f, _, _ := strings.Cut(k, " ")
		for _, w := range []string{f, strings.TrimRight(f, "!.")} { // "OK!" is tokenised "OK" "!"
			knownW[w] = max(knownW[w], len(k))
		}
	}
	styles = map[string][]string{}
	lines(stylesTxt, func(l string) {
		k, v, _ := strings.Cut(l, "\t")
		styles[k] = strings.Split(v, "|")
	})
	persons, personW = map[string]Gender{}, map[string]int{}
	lines(personsTxt, func(l string) {
		k, g, _ := strings.Cut(l, "\t")
		var gg Gender
		if g == "M" || g == "F" {
			gg = Gender(g[0])
		}
		persons[k] = gg
		f := strings.Fields(k)
		personW[f[0]] = max(personW[f[0]], len(f))
	})
	// common words in a table of their own: among the infos they would
	// make every other lookup slower (ten times as many words)
	words := make(map[string]bool, 40000)
	lines(wordsTxt, func(l string) { words[l] = true })
	infoTab, wordTab = strtab.MustNew(buildInfos(titles, roles, people, gazetteer, names)), strtab.MustNew(words)
	// titles and roles of the rules only, after the infos: no flag the
	// name tagger's features read (titles-rules.txt, roles-rules.txt)
	for w, g := range parseGendered(titlesRulesTxt) {
		titles[w] = g
	}
	for w, g := range parseGendered(rolesRulesTxt) {
		roles[w] = g
	}
	titleTab, roleTab, peopleTab = strtab.MustNew(titles), strtab.MustNew(roles), strtab.MustNew(people)
	nameTab, gazTab = strtab.MustNew(names), strtab.MustNew(gazetteer)
	// cues of the quotation layer only, after the infos: no IsCue flag,
	// which the name tagger's features read (speechcues.txt)
	lines(speechCuesTxt, func(l string) { cues[l] = true })
}

// KnownPerson reports whether name, as written, is a well-known person's
// name or the surname news names them by alone ("Joe Biden", "Biden"), and
// their gender ('M', 'F' or 0); see persons.txt.
func KnownPerson(name string) (Gender, bool) {
	once.Do(load)
	g, ok := persons[name]
	return g, ok
}

// Style returns the given names of those who have held the title of
// nobility or royal style title (lower case, without "the": "duke of
// sussex" → Harry), if it is one; see styles.txt.
func Style(title string) []string { once.Do(load); return styles[title] }

// KnownPersonWords returns the most words a well-known person's name that
// starts with word w (as written) has, 0 if none does.
func KnownPersonWords(w string) int { once.Do(load); return personW[w] }

// nameParticles join a surname to a given name in lower case: "Erik ten
// Hag", "Ursula von der Leyen", "Luis de la Fuente".
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "du": true, "del": true, "della": true, "ten": true, "ter": true, "le": true, "la": true, "dos": true,
	"das": true, "bin": true, "al": true, "el": true, "zu": true, "af": true}

// NameParticle reports whether w (lower case) is a particle that opens a
// surname of several words ("ten" in "Erik ten Hag").
func NameParticle(w string) bool { return nameParticles[w] }

// businessNouns name a business or an organisation.
var businessNouns = map[string]bool{"brand": true, "label": true, "company": true, "firm": true, "startup": true,
	"venture": true, "charity": true, "foundation": true, "organisation": true, "organization": true, "business": true}

// BusinessNoun reports whether w (lower case) names a business or an
// organisation ("brand", "label", "firm"): the capitalised words in
// apposition to it are its name, no person's ("her lifestyle brand, As
// Ever,").
func BusinessNoun(w string) bool { return businessNouns[w] }

// KnownEntity returns "ORG" or "LOC" for a well-known organisation or
// place name (any case), or "".
func KnownEntity(name string) string {
	once.Do(load)
	// lower-cased on the stack when it is short ASCII; most names are not
	// known, and their first word rules them out: no known name starts
	// so, or none is this long
	var buf [64]byte
	low, ok := lowerASCII(buf[:0], name)
	if !ok {
		return known[Lower(name)]
	}
	first := low
	if k := bytes.IndexByte(low, ' '); k >= 0 {
		first = low[:k]
	}
	if len(low) > max(knownW[string(first)], knownW[string(bytes.TrimRight(first, "!."))]) {
		return ""
	}
	// "WHO" is the organisation, "Who" and "who" the pronoun
	if capsOnly[string(low)] && strings.ToUpper(name) != name && Word(string(low)) {
		return ""
	}
	return known[string(low)]
}

// lowerASCII appends s lower-cased to dst when s is ASCII and fits in
// dst's capacity; ok is false otherwise.
func lowerASCII(dst []byte, s string) ([]byte, bool) {
	if len(s) > cap(dst)-len(dst) {
		return dst, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return dst, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// KnownFirstWord reports whether a lower-case word begins some well-known
// organisation or place name (a cheap test before KnownEntity).
func KnownFirstWord(w string) bool { once.Do(load); return knownW[w] > 0 }

func lines(txt string, f func(string)) {
	for _, l := range strings.Split(txt, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		f(l)
	}
}

func parseSet(txt string) Set {
	s := Set{}
	lines(txt, func(l string) { s[strings.ToLower(l)] = true })
	return s
}

func parseGendered(txt string) map[string]Gender {
	m := map[string]Gender{}
	lines(txt, func(l string) {
		k, g, _ := strings.Cut(l, "\t")
		var gg Gender
		if g == "M" || g == "F" {
			gg = Gender(g[0])
		}
		m[strings.ToLower(strings.TrimSpace(k))] = gg
	})
	return m
}

// Cues is the set of cue verbs (said, told, revealed, posted, ...).
func Cues() Set { once.Do(load); return cues }

// AnonymousNouns is the set of nouns naming an unnamed source.
func AnonymousNouns() Set { once.Do(load); return anonymous }

// Outlet reports whether name (lower case, without a leading "the") is a
// news outlet whose name ends as no masthead does ("athletic", "sky
// sports", "vogue").
func Outlet(name string) bool { once.Do(load); return outlets[name] }

// Hedges is the set of hedge words and phrases (reportedly, is said to, ...).
func Hedges() Set { once.Do(load); return hedges }

// Boosters is the set of boosters and stance markers (definitely,
// clearly, nothing short of, ...) that make a sentence the writer's claim.
func Boosters() Set { once.Do(load); return boosters }

// Title returns the gender implied by an honorific (mr, mrs., dr) and
// whether w is one.
func Title(w string) (Gender, bool) { once.Do(load); return titleTab.Get(w) }

// Role returns the gender implied by a role noun (actor, singer) and
// whether w is one.
func Role(w string) (Gender, bool) { once.Do(load); return getEx(roleTab, w) }

// getEx looks w up in tab, else the noun after its "ex-" ("ex-wife").
func getEx(tab *strtab.Table[Gender], w string) (Gender, bool) {
	g, ok := tab.Get(w)
	if !ok {
		if stem, ex := ExStem(w); ex {
			return tab.Get(stem)
		}
	}
	return g, ok
}

// Role2 is Role for a two-word role ("tight end", "prime minister"); it
// builds the phrase only when w ends one.
func Role2(prev, w string) (Gender, bool) {
	once.Do(load)
	if !roleLast[w] {
		return 0, false
	}
	return roleTab.Get(prev + " " + w)
}

// PersonNouns returns the nouns naming people, roles and unnamed sources
// (people.txt, roles.txt, anonymous.txt) as one set; the caller must not
// change the map.
func PersonNouns() map[string]bool { once.Do(load); return personNouns }

// Word reports whether w (lower case) is a common English word
// (words.txt, from WordNet).
func Word(w string) bool {
	once.Do(load)
	ok, _ := wordTab.Get(w)
	return ok
}

// Person returns the gender of a noun that heads a mention of a person
// ("director", "wife", "people"): 'M', 'F', 'P' (plural) or 0; see
// people.txt.
func Person(w string) (Gender, bool) { once.Do(load); return getEx(peopleTab, w) }

// Name returns the statistics of a given name (lower case).
func Name(w string) (GivenName, bool) { once.Do(load); return nameTab.Get(w) }

// Lower returns s in lower case, without allocating when s is already
// lower-case ASCII.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Gazetteer returns the class of a lower-case word (org, loc, platform,
// month, day, norp, work), or "".
func Gazetteer(w string) string { once.Do(load); c, _ := gazTab.Get(w); return c }
