package segment

import (
	"strings"

	"hearsay"
	"hearsay/lexicon"
)

// Abbreviations after which a period never ends a sentence (titles, and
// words that are always followed by something).
var noBreakAbbrev = set("mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col",
	"capt", "sgt", "maj", "cmdr", "adm", "rev", "fr", "hon", "pres", "supt", "insp", "det", "messrs",
	"mme", "mlle", "vs", "v", "no", "nos", "vol", "fig", "approx", "ca", "cf", "dept", "est", "mt", "ft", "pp")

// Month abbreviations: no break when a number follows ("Jan. 5").
var monthAbbrev = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// US states' abbreviations in datelines (AP style).
var stateAbbrev = set("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
	"la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
	"va", "vt", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "r.i", "s.c", "s.d", "w.va", "d.c")

// Abbreviations that may end a sentence: break only before a typical
// sentence opener.
var endAbbrev = set("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "etc", "bros", "al")

// Typical sentence openers, lower case.
var openers = set("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
	"its", "this", "that", "these", "those", "but", "and", "in", "on", "at", "after", "before", "when",
	"while", "meanwhile", "however", "there", "some", "many", "according", "as", "if", "for", "one", "last",
	"earlier", "later", "now", "then", "so", "yet", "still", "reportedly", "what", "why", "how")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Sentences appends the sentences of the paragraphs to dst. tokens must be
// the tokens of text.
func Sentences(text string, paras []hearsay.Span, tokens []hearsay.Token, dst []hearsay.Sentence) []hearsay.Sentence {
	ti := 0
	for pi, p := range paras {
		for ti < len(tokens) && tokens[ti].Start < p.Start {
			ti++
		}
		first := ti
		for ti < len(tokens) && tokens[ti].End <= p.End {
			ti++
		}
		dst = splitParagraph(text, pi, tokens, first, ti, dst)
	}
	return dst
}

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "…", "?!", "!?":
		return true
	}
	return strings.HasPrefix(s, "..")
}

func isCloser(s string) bool {
	switch s {
	case "”", "’", ")", "]", "»", "\"", "'":
		return true
	}
	return false
}

func splitParagraph(text string, pi int, toks []hearsay.Token, a, b int, dst []hearsay.Sentence) []hearsay.Sentence {
	if a >= b {
		return dst
	}
	start := a
	straightOpen := false // an odd number of straight double quotes so far
	emit := func(end int) {
		if end <= start {
			return
		}
		dst = append(dst, hearsay.Sentence{
			Span:      hearsay.Span{Start: toks[start].Start, End: toks[end-1].End},
			Paragraph: pi,
			Tokens:    [2]int{start, end},
		})
		start = end
	}
	for i := a; i < b; i++ {
		s := text[toks[i].Start:toks[i].End]
		if s == "\"" {
			straightOpen = !straightOpen
			continue
		}
		if !isTerminal(s) && !(toks[i].Kind == hearsay.Word && strings.HasSuffix(s, ".")) {
			continue
		}
		j := i + 1
		for j < b {
			c := text[toks[j].Start:toks[j].End]
			if !isCloser(c) {
				break
			}
			if c == "\"" {
				if !straightOpen {
					break
				}
				straightOpen = false
			}
			if (c == "'" || c == "’") && toks[j].Start > toks[j-1].End {
				break // a spaced apostrophe is an opener
			}
			j++
		}
		if j >= b {
			break
		}
		if breakAfter(text, toks, i, j) {
			emit(j)
		}
		i = j - 1
	}
	emit(b)
	return dst
}

// breakAfter decides whether the terminal token i (followed by closers up
// to j) ends a sentence, given the next token j.
func breakAfter(text string, toks []hearsay.Token, i, j int) bool {
	next := toks[j]
	ns := text[next.Start:next.End]
	nr, _ := runeAt(ns, 0)
	// the next sentence must start with a capital, a digit, or an opener mark
	if !(next.Cap || next.Kind == hearsay.Number || strings.ContainsRune("\"“‘'([¿¡-—–", nr)) {
		return false
	}
	t := text[toks[i].Start:toks[i].End]
	if t == "!" && j == i+1 && i > 0 && toks[i-1].End == toks[i].Start && next.Start == toks[i].End+1 {
		// "E! News", "OK! magazine", "Yahoo! Finance": a name with a mark
		if lexicon.KnownEntity(text[toks[i-1].Start:next.End]) != "" || lexicon.KnownEntity(text[toks[i-1].Start:toks[i].End]) != "" {
			return false
		}
	}
	if t != "." && !strings.HasSuffix(t, ".") || strings.HasPrefix(t, "..") {
		return true // ! ? …
	}
	// the word the period belongs to
	var w string
	if t == "." {
		if i == 0 || toks[i-1].End != toks[i].Start || toks[i-1].Kind != hearsay.Word {
			return true
		}
		w = text[toks[i-1].Start:toks[i-1].End]
	} else {
		w = strings.TrimSuffix(t, ".") // U.S.
		return openers[lexicon.Lower(ns)]
	}
	lw := lexicon.Lower(w)
	switch {
	case noBreakAbbrev[lw]:
		return false
	case stateAbbrev[lw] && (ns == "—" || ns == "–" || ns == "-" || ns == "--"):
		return false // a dateline: "TAMPA, Fla. — Hurricane Milo …"
	}
	switch {
	case monthAbbrev[lw] && next.Kind == hearsay.Number:
		return false
	case endAbbrev[lw]:
		return openers[lexicon.Lower(ns)]
	case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		// an initial: "J. K. Rowling"; but "Plan B. The" is rare enough,
		// and "posted on X. “Proud dad moment,” he wrote" is the platform
		if w == "X" && i >= 3 {
			if p := lexicon.Lower(text[toks[i-2].Start:toks[i-2].End]); p == "on" || p == "via" {
				return true
			}
		}
		return false
	}
	return true
}
