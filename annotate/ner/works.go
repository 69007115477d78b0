package ner

import (
	"hearsay"
	"hearsay/lexicon"
)

// pluralWorks name the works a list after them holds: "the singles
// Brick House, Fancy Dancer and Lady", "his works include Demian,
// Steppenwolf and Siddhartha".
var pluralWorks = map[string]bool{"albums": true, "songs": true, "singles": true, "novels": true, "books": true,
	"films": true, "movies": true, "recordings": true, "hits": true, "tracks": true, "plays": true, "poems": true,
	"operas": true, "records": true, "musicals": true, "documentaries": true, "shows": true, "series": true,
	"memoirs": true, "stories": true, "collections": true, "eps": true, "mixtapes": true, "ballads": true,
	"anthems": true, "symphonies": true, "concertos": true, "sonatas": true, "paintings": true, "sitcoms": true,
	"dramas": true, "comedies": true, "titles": true, "works": true}

// pluralGroups name the organisations a list after them holds.
var pluralGroups = map[string]bool{"bands": true, "groups": true, "parties": true, "charities": true,
	"organisations": true, "organizations": true, "labels": true, "companies": true, "firms": true, "clubs": true,
	"teams": true, "newspapers": true, "magazines": true, "broadcasters": true, "unions": true, "duos": true,
	"trios": true, "outlets": true, "publications": true, "networks": true, "studios": true, "publishers": true}

// listWorks makes works of a list of capitalised titles that follows a
// plural work noun, after "include", "including", "such as", "like" or a
// colon ("his late 1960s recordings, In a Silent Way and Bitches Brew"):
// each item a run of capitalised words and the small words inside titles,
// the items joined by commas and a last "and" or "or". A person's name
// the tagger found, or a name the lexicon knows, keeps its type. After a
// plural group noun ("bands such as …", "parties including …") the items
// are organisations.
func listWorks(s *Sentence, labels []int) {
	n := len(labels)
	for k := 0; k+2 < n; k++ {
		b := bWork
		if pluralGroups[s.low[k]] {
			b = bOrg // "bands such as Slipknot, Linkin Park, Limp Bizkit"
		} else if !pluralWorks[s.low[k]] {
			continue
		}
		if s.Tokens[k].Cap {
			continue
		}
		i := k + 1
		switch s.low[i] {
		case "include", "included", "includes", "including", "like", ":", ",", "-", "–", "—":
			i++
		case "such":
			if i+1 < n && s.low[i+1] == "as" {
				i += 2
			}
		}
		if i < n && (s.low[i] == "include" || s.low[i] == "included" || s.low[i] == "including") {
			i++
		}
		var items [][2]int
		for i < n && len(items) < 12 {
			e := titleEnd(s, i)
			if e == i || e-i > 8 {
				break
			}
			items = append(items, [2]int{i, e})
			if e >= n {
				break
			}
			switch {
			case s.low[e] == "," && e+1 < n && (s.low[e+1] == "and" || s.low[e+1] == "or"):
				i = e + 2
			case s.low[e] == "," || s.low[e] == "and" || s.low[e] == "or" || s.low[e] == ";":
				i = e + 1
			default:
				i = n
			}
		}
		if len(items) < 2 {
			continue // one title after a plural noun may be anything
		}
		for _, it := range items {
			a, e := it[0], it[1]
			// a person's name the tagger found keeps its type, unless it
			// is only part of the item ("You Should" in "You Should Be
			// Dancing")
			person := labels[a] == bPerson && (e == len(labels) || labels[e] != bPerson+1)
			for x := a + 1; x < e && person; x++ {
				person = labels[x] == bPerson+1
			}
			if b == bOrg {
				person = false // a band's name may look like a person's ("Alex Lloyd" is listed with people, not bands)
			}
			if person || lexicon.KnownEntity(s.Text[s.Tokens[a].Start:s.Tokens[e-1].End]) != "" || inside(labels, a, e) {
				continue
			}
			set(labels, a, e, b)
		}
		k = items[len(items)-1][1] - 1
	}
}

// possessiveWorks makes a work of the capitalised title after a person's
// possessive where the sentence speaks of works ("Michael Jackson's
// Billie Jean", "Elvis Costello's Clubland and New Lace Sleeves"): a name
// the lexicon knows, a place in the gazetteer, or a title that opens with
// a common given name and is followed by no work noun stays what it was.
func possessiveWorks(s *Sentence, labels []int) {
	n := len(labels)
	works := false
	for k := 0; k < n && !works; k++ {
		works = workNoun(s.low[k]) || pluralWorks[s.low[k]] || workVerbs[s.low[k]]
	}
	if !works {
		return
	}
	for k := 1; k+1 < n; k++ {
		if s.low[k] != "'s" && s.low[k] != "’s" || IsInside(labels[k+1]) {
			continue
		}
		// a person's possessive, or a year's: "1981's Stop the Dominoes"
		year := s.Tokens[k-1].Kind == hearsay.Number && isYear(s.Text[s.Tokens[k-1].Start:s.Tokens[k-1].End])
		if !year && (labels[k-1] == 0 || Types[labels[k-1]] != hearsay.Person) {
			continue
		}
		a := k + 1
		e := titleEnd(s, a)
		if e == a || e-a > 6 || inside(labels, a, e) {
			continue
		}
		name := s.Text[s.Tokens[a].Start:s.Tokens[e-1].End]
		if lexicon.KnownEntity(name) != "" || lexicon.Gazetteer(s.low[a]) != "" {
			continue
		}
		if last := s.low[e-1]; isOrgHead(last) || notWorkHeads[last] {
			continue // "Jackson's Neverland Ranch", "Swift's Eras Tour"
		}
		if g, ok := lexicon.Name(s.low[a]); ok && g.Births >= 5000 && labels[a] != 0 && Types[labels[a]] == hearsay.Person {
			continue // "Trump's Ivanka": a person
		}
		set(labels, a, e, bWork)
	}
}

// notWorkHeads end the names of places, buildings, events and firms.
var notWorkHeads = map[string]bool{"ranch": true, "estate": true, "mansion": true, "house": true, "hotel": true,
	"studio": true, "studios": true, "arena": true, "stadium": true, "club": true, "restaurant": true, "bar": true,
	"farm": true, "island": true, "park": true, "tour": true, "festival": true, "foundation": true, "records": true,
	"label": true, "center": true, "centre": true, "hall": true, "theatre": true, "theater": true, "street": true,
	"road": true, "avenue": true, "beach": true, "castle": true, "palace": true, "church": true, "award": true,
	"awards": true, "prize": true, "trial": true, "case": true, "act": true, "bill": true, "law": true}

// workVerbs tell a sentence speaks of works.
var workVerbs = map[string]bool{"recorded": true, "released": true, "covered": true, "sang": true, "wrote": true,
	"directed": true, "starred": true, "starring": true, "chart": true, "charts": true, "charted": true,
	"published": true, "performed": true, "hit": true, "single": true, "remix": true}

// titleEnd returns the end of a title starting at token i: capitalised
// words, numbers, and the small words inside titles between them; i when
// token i opens no title.
func titleEnd(s *Sentence, i int) int {
	n := len(s.Tokens)
	if i >= n || !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word {
		return i
	}
	if i+1 < n && !s.Tokens[i+1].Cap && (pronouns[s.low[i]] || closedClass[s.low[i]]) {
		return i // "Their seventh album": no title
	}
	e := i
	for e < n {
		t := s.Tokens[e]
		if t.Cap && (t.Kind == hearsay.Word || t.Kind == hearsay.Number) || t.Kind == hearsay.Number && e > i {
			e++
			continue
		}
		if e > i && titleSmall[s.low[e]] {
			// "Tales from the Punchbowl": small words, then a capital
			k := e + 1
			for k < n && k < e+3 && titleSmall[s.low[k]] && !s.Tokens[k].Cap {
				k++
			}
			if k < n && s.Tokens[k].Cap && s.Tokens[k].Kind == hearsay.Word {
				e = k
				continue
			}
		}
		if e > i && (s.low[e] == "'" || s.low[e] == "’" || s.low[e] == "-") && e+1 < n && s.Tokens[e+1].Start == t.End && s.Tokens[e+1].Cap {
			e++
			continue
		}
		// "Charlotte's Web", "Mr. Tambourine Man"
		if e > i && (s.low[e] == "'s" || s.low[e] == "’s" || s.low[e] == "." && titleAbbrevs[s.low[e-1]]) && e+1 < n && s.Tokens[e+1].Cap && s.Tokens[e+1].Kind == hearsay.Word {
			e++
			continue
		}
		break
	}
	return e
}

// titleSmall are the small words inside titles; "and", "or" and "by"
// are not, as they join or end a list's items ("Folsom Prison Blues by
// Johnny Cash, Blue Suede Shoes by Perkins").
var titleSmall = map[string]bool{"of": true, "the": true, "a": true, "an": true, "in": true, "on": true,
	"to": true, "for": true, "with": true, "at": true, "from": true, "my": true, "me": true, "you": true,
	"your": true, "is": true, "it": true, "de": true, "la": true, "le": true}

// titleAbbrevs end with a full stop inside a title.
var titleAbbrevs = map[string]bool{"mr": true, "mrs": true, "dr": true, "st": true, "no": true, "vol": true, "ms": true}

// inside reports whether a name starts inside [a, e) and runs past e, or
// one runs into a from before.
func inside(labels []int, a, e int) bool {
	if a < len(labels) && IsInside(labels[a]) {
		return true
	}
	return e < len(labels) && IsInside(labels[e])
}

// performVerbs and workNouns around a quoted title make it a work's:
// "performed “Halo”", "dedicated “Blue” to her daughter", "“Cowboy
// Carter” favourite", "singing along to “Crazy in Love.”"
var performVerbs = map[string]bool{"performed": true, "perform": true, "performing": true, "sang": true,
	"sing": true, "singing": true, "sung": true, "played": true, "playing": true, "dedicated": true,
	"released": true, "releasing": true, "covered": true, "debuted": true, "premiered": true, "recorded": true,
	"song": true, "songs": true, "single": true, "album": true, "track": true,
	"hit": true, "ballad": true, "anthem": true, "film": true, "movie": true, "series": true, "show": true,
	"book": true, "novel": true, "record": true, "ep": true, "favourite": true, "favorite": true, "titled": true,
	"entitled": true, "called": true}

// quotedWorks makes a title-case run between quotation marks a work's
// title where a verb of performing or a work's noun stands next to it
// ("opened the show with “Cowboy Carter” favourite “Texas Hold 'Em”",
// "later performed “Halo”"): not a person called Halo, nor speech.
func quotedWorks(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		if !isOpenMark(s.low[i]) {
			continue
		}
		j := i + 1
		for j < n && j < i+9 && !isCloseMark(s.low[j]) {
			j++
		}
		if j >= n || j == i+1 || !isCloseMark(s.low[j]) {
			continue
		}
		e := j // content [i+1, e), without a trailing comma or full stop
		for e > i+1 && (s.low[e-1] == "," || s.low[e-1] == ".") {
			e--
		}
		if e == i+1 || !s.Tokens[i+1].Cap || !s.Tokens[e-1].Cap && s.low[e-1] != "'em" {
			continue
		}
		title := true
		for k := i + 1; k < e && title; k++ {
			t := s.Tokens[k]
			switch {
			case t.Kind == hearsay.Word && (t.Cap || titleSmall[s.low[k]]), t.Kind == hearsay.Number,
				s.low[k] == "'" || s.low[k] == "'em" || s.low[k] == "’" || s.low[k] == "-" || s.low[k] == "&":
			default:
				title = false
			}
			if s.low[k] == "i" {
				title = false // "I'm home!": speech
			}
		}
		if !title {
			continue
		}
		near := i > 0 && performVerbs[s.low[i-1]] || i > 1 && performVerbs[s.low[i-2]] && !isCloseMark(s.low[i-1]) ||
			j+1 < n && performVerbs[s.low[j+1]]
		// "opened the show with “…”", "singing along to “…”"
		if !near && i > 0 && (s.low[i-1] == "with" || s.low[i-1] == "to") {
			for k := i - 2; k >= 0 && k >= i-5; k-- {
				if performVerbs[s.low[k]] || stageVerbs[s.low[k]] {
					near = true
					break
				}
			}
		}
		if !near {
			continue
		}
		set(labels, i+1, e, bWork)
		i = j
	}
}

// stageVerbs before "with" or "to" and a quoted title: a set's songs.
var stageVerbs = map[string]bool{"opened": true, "closed": true, "danced": true, "along": true, "kicked": true,
	"ended": true, "finished": true, "started": true}

func isOpenMark(w string) bool  { return w == "\"" || w == "“" }
func isCloseMark(w string) bool { return w == "\"" || w == "”" }

// hostShows makes a work of a person's name with the word a talk show
// adds to its host's name: "Jimmy Kimmel Live!", "The Kelly Clarkson
// Show" (a title that puts words before the name, "Real Time with Bill
// Maher", is left to the tagger).
func hostShows(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		if labels[i] != bPerson {
			continue
		}
		j := spanEnd(labels, i)
		last := j - 1 // the show's word, inside the name ("Kelly Clarkson Show") or after it
		if j-i < 2 || !showWords[s.low[last]] {
			if j >= n || !s.Tokens[j].Cap || !showWords[s.low[j]] || s.Tokens[j].Start != s.Tokens[j-1].End+1 {
				i = j - 1
				continue
			}
			last = j
		}
		e := last + 1
		if e < n && s.low[e] == "!" && s.Tokens[e].Start == s.Tokens[last].End {
			e++ // "Live!"
		}
		start := i
		if i > 0 && s.low[i-1] == "the" && s.Tokens[i-1].Cap {
			start = i - 1 // "The Kelly Clarkson Show"
		}
		set(labels, start, e, bWork)
		i = e - 1
	}
}

// showWords follow a host's name in a show's title.
var showWords = map[string]bool{"live": true, "show": true, "tonight": true, "podcast": true, "hour": true}

// hostedShows makes a work of a show's title that puts words before its
// host's name, after "on" (the show one appears on): "on The Tonight
// Show Starring Jimmy Fallon", "on Late Night with Seth Meyers", "on
// Last Week Tonight with John Oliver". The words before are two or more
// capitalised words (or a known work), then "Starring" or "with", then
// the name the tagger found.
func hostedShows(s *Sentence, labels []int) {
	n := len(labels)
	for i := 1; i+3 < n; i++ {
		if s.low[i-1] != "on" || !s.Tokens[i].Cap || s.Tokens[i].Kind != hearsay.Word || labels[i] != 0 && labels[i] != bWork {
			continue
		}
		k := i // the words before the host's name
		for k < n && k < i+6 && s.Tokens[k].Cap && s.Tokens[k].Kind == hearsay.Word && s.low[k] != "starring" {
			k++
		}
		if k-i < 2 || k+1 >= n || !(s.low[k] == "starring" || s.low[k] == "with" && !s.Tokens[k].Cap) ||
			labels[k+1] != bPerson && labels[k+1] != bWork+1 || !s.Tokens[k+1].Cap {
			continue
		}
		if lexicon.KnownEntity(s.Text[s.Tokens[i].Start:s.Tokens[k-1].End]) == "ORG" {
			continue // "on CNN with Jake Tapper" is the network's
		}
		e := k + 2 // the host's name: its capitalised words
		for e < n && e < k+5 && s.Tokens[e].Cap && s.Tokens[e].Kind == hearsay.Word {
			e++
		}
		// (a name the tagger ran on past the host's: "… Jimmy Fallon on
		// Monday")
		for x := e; x < n && labels[x] != 0 && IsInside(labels[x]); x++ {
			labels[x] = 0
		}
		set(labels, i, e, bWork)
		i = e - 1
	}
}
