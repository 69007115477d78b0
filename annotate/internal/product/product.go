// Package product tells product names (Mac OS X, Trent 900) from the
// people a name tagger or a name finder would otherwise take them for, by
// what the text says around them.
package product

import (
	"strings"

	"hearsay"
	"hearsay/lexicon"
)

// Is reports whether the capitalised name in tokens [i,j) of d is a
// product by what the text says around it:
//   - a model number right after the name: "Trent 900", "Boeing 747";
//   - a thing noun right after it: "Mac OS X operating system",
//     "Macintosh computers", "OS X users";
//   - a thing noun right before it: "web browser Safari", "the kernel
//     Darwin" (not a common given name: "the computer Steve built");
//   - an appositive naming a thing: "Lion, the new version of Mac OS X";
//   - a few product lines everyone knows (knownProducts).
//
// low is d.LowerTokens().
func Is(d *hearsay.Document, low []string, i, j int) bool {
	if i < 0 || j <= i || j > len(d.Tokens) {
		return false
	}
	if knownFirst[low[i]] {
		// a known product line, or one followed by a version ("Mac OS X
		// Lion", "Mac OSX", "MacBook Air")
		for k := j; k > i; k-- {
			if knownProducts[d.Lower(hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[k-1].End})] {
				return true
			}
		}
	}
	if j < len(d.Tokens) {
		t := d.Tokens[j]
		switch {
		case t.Kind == hearsay.Number && modelNumber(low[j]) && (j+1 == len(d.Tokens) || d.Tokens[j+1].Kind != hearsay.Number) &&
			!(j+2 < len(d.Tokens) && (low[j+1] == "–" || low[j+1] == "-") && d.Tokens[j+2].Kind == hearsay.Number) && // "Chelsea 2–1": a score
			!(j == i+1 && (quantifiers[low[i]] || ranks[low[i]])) && lexicon.Gazetteer(low[j-1]) != "month":
			return true // (not "Some 400 guests", "About 500 people", "On August 16", "a Category 3 storm")
		case !t.Cap && thingAfter[low[j]]:
			return true
		case low[j] == "," && appositiveThing(d, low, j+1):
			return true
		}
	}
	if i > 0 && !d.Tokens[i-1].Cap && thingBefore[low[i-1]] {
		return !GivenName(low[i])
	}
	return false
}

// appositiveThing reports whether the tokens from k are an appositive
// whose head names a thing: "the new version of", "the code name for".
func appositiveThing(d *hearsay.Document, low []string, k int) bool {
	if k >= len(low) || low[k] != "the" && low[k] != "a" && low[k] != "an" {
		return false
	}
	for m := k + 1; m < len(low) && m <= k+4; m++ {
		if d.Tokens[m].Kind == hearsay.Punct || d.Tokens[m].Cap {
			return false
		}
		if appositiveHeads[low[m]] || low[m] == "name" && low[m-1] == "code" {
			return true
		}
		if low[m] == "of" || low[m] == "for" || low[m] == "who" || low[m] == "that" {
			return false
		}
	}
	return false
}

// Model reports whether w, the word after a maker's name, is a model
// designation: three digits or more ("787", "737s") or a capital letter
// and digits ("A380", "A330-200", "A400M"). One or two digits are left
// out ("Channel 4", "Fox 5" are broadcasters), and so are years.
func Model(w string) bool {
	digits, lead := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z' && i == 0:
			lead = 1
		case digits > 0 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-'):
			// a suffix: "737s", "A400M", "A330-200"
		default:
			return false
		}
	}
	if Year(w) {
		return false // "Apple 2007"
	}
	return digits >= 3 || lead == 1 && digits >= 2
}

// Year reports whether w is a year from 1000 to 2099.
func Year(w string) bool {
	if len(w) != 4 || !(w[0] == '1' || w[0] == '2' && w[1] == '0') {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// modelNumber reports whether w, a number, can be a model number: digits
// only (not a date, a time or an amount: "Kay Mann 04/26/2001") and not a
// year ("Steve Jobs 1955").
func modelNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return !Year(w)
}

// GivenName reports whether w is a given name at least 5,000 US babies
// were given since 1880 (lexicon.Name).
func GivenName(w string) bool {
	n, ok := lexicon.Name(w)
	return ok && n.Births >= 5000
}

// Hand-written lists (this project's own): nouns for made things, never
// for people or works, so that "the Britney Spears documentary" or "the
// Obama administration" keep their person.
var (
	thingAfter = wordSet("computer", "computers", "engine", "engines", "software", "browser", "app", "apps",
		"phone", "phones", "smartphone", "smartphones", "tablet", "tablets", "laptop", "laptops", "device", "devices",
		"console", "consoles", "processor", "processors", "chip", "chips", "operating", "users", "jets", "airliner", "airliners")
	thingBefore = wordSet("browser", "kernel", "software", "app", "application", "client", "engine", "phone", "smartphone",
		"console", "processor", "chip", "airliner", "system", "tablet", "laptop", "device")
	appositiveHeads = wordSet("version", "release", "update", "edition", "software", "browser", "app", "application",
		"system", "device", "phone", "smartphone", "tablet", "computer", "laptop", "console", "engine", "aircraft",
		"airliner", "processor", "chip")
	// product lines known well enough to be recognised alone
	knownProducts = wordSet("mac", "macintosh", "macbook", "imac", "iphone", "ipad", "ipod", "mac os", "mac os x", "os x",
		"macos", "ios", "windows", "android", "linux", "xbox", "playstation", "kindle", "chromebook", "thinkpad")
)

// knownFirst holds the first words of knownProducts, so that only a run
// opening with one is lower-cased and looked up whole.
var knownFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range knownProducts {
		f, _, _ := strings.Cut(p, " ")
		m[f] = true
	}
	return m
}()

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Event reports whether w (lower case) ends the name of an event, not a
// person's or a place's: "Winter Olympics", "Cannes Film Festival".
func Event(w string) bool { return eventHeads[w] }

var eventHeads = wordSet("olympics", "olympiad", "paralympics", "festival", "championship", "championships",
	"awards", "tournament", "marathon", "prix", "expo", "eurovision")

// Names returns the lower-case names the text of d shows to be products
// (Is) anywhere: each run of capitalised words (Runs) is tested, so that
// a later "the web browser Safari" tells what an earlier "Safari" is. low
// is d.LowerTokens(). The result is nil when there are none.
func Names(d *hearsay.Document, low []string) map[string]bool {
	var out map[string]bool // most texts name no product: no map then
	Runs(d, func(i, j int) {
		if Is(d, low, i, j) {
			if out == nil {
				out = map[string]bool{}
			}
			out[d.Lower(hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End})] = true
		}
	})
	return out
}

// Runs calls f with each run [i,j) of up to four capitalised words of d,
// in text order: the candidates a product name is looked for in.
func Runs(d *hearsay.Document, f func(i, j int)) {
	for i := 0; i < len(d.Tokens); {
		if !d.Tokens[i].Cap || d.Tokens[i].Kind != hearsay.Word {
			i++
			continue
		}
		j := i + 1
		for j < len(d.Tokens) && j < i+4 && d.Tokens[j].Cap && d.Tokens[j].Kind == hearsay.Word {
			j++
		}
		f(i, j)
		i = j
	}
}

// quantifiers open a sentence before a number: "Some 400 guests".
// ranks number a class or a place, not a model: "a Category 3 storm",
// "Level 4 restrictions", "Gate 12".
var ranks = map[string]bool{"category": true, "level": true, "phase": true, "stage": true, "grade": true, "class": true,
	"tier": true, "section": true, "article": true, "chapter": true, "room": true, "gate": true, "terminal": true,
	"platform": true, "route": true, "highway": true, "interstate": true, "page": true, "number": true, "no": true,
	"week": true, "day": true, "game": true, "round": true, "year": true, "season": true, "episode": true, "part": true,
	"volume": true, "district": true, "precinct": true, "unit": true, "block": true, "floor": true}

var quantifiers = map[string]bool{"some": true, "about": true, "nearly": true, "almost": true, "over": true,
	"around": true, "only": true, "roughly": true, "approximately": true, "another": true, "all": true, "just": true,
	"more": true, "fewer": true, "less": true, "at": true, "up": true, "the": true, "these": true, "those": true}
