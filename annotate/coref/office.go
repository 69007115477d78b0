package coref

import (
	"strings"

	"hearsay"
	"hearsay/lexicon"
)

// Offices. One person holds one office at a time, so a descriptor naming
// an office ("the attorney general", "the chief of staff") is not the
// person the story has already given another ("FBI Director James
// Comey", "Press secretary Jen Psaki"), however recent. Roles that are
// not offices ("the singer", "the candidate") carry no such constraint,
// nor does a former office ("the former CIA director").

// offices are the head words of offices, normalised by officeWord.
var offices = set("president", "senator", "representative", "governor", "mayor", "director", "chair", "secretary",
	"minister", "general", "leader", "speaker", "ceo", "commissioner", "chancellor", "ambassador", "judge",
	"prosecutor", "sheriff", "spokesperson", "treasurer", "counsel", "coach", "premier", "chief", "attorney",
	"superintendent", "dean", "principal", "president-elect")

// officeWord normalises the spellings of one office: "Sen." and
// "senator", "chairwoman" and "chair", "spokesman" and "spokesperson".
func officeWord(w string) string {
	w = strings.TrimSuffix(w, ".")
	switch w {
	case "sen":
		return "senator"
	case "rep", "congressman", "congresswoman":
		return "representative"
	case "gov":
		return "governor"
	case "chairman", "chairwoman":
		return "chair"
	case "spokesman", "spokeswoman":
		return "spokesperson"
	case "gen":
		return "general"
	}
	return w
}

// officeKey returns the office the lower-case words name, or "": its head
// with the word that makes it another office ("vice president",
// "attorney general", "secretary of state", "chief of staff").
func officeKey(words []string) string {
	for h := range words {
		if words[h] == "former" || words[h] == "ex" || strings.HasPrefix(words[h], "ex-") || words[h] == "then" {
			return "" // a former office says nothing of the present one
		}
	}
	for h := range words {
		w := officeWord(words[h])
		if !offices[w] {
			continue
		}
		if (w == "chief" || w == "secretary" || w == "minister" || w == "director") && h+2 < len(words) && words[h+1] == "of" {
			return w + " of " + words[h+2] // "chief of staff", "secretary of state"
		}
		if w == "chief" && h+1 < len(words) {
			if n := officeWord(words[h+1]); n == "executive" || n == "ceo" {
				return "ceo"
			}
			if offices[officeWord(words[h+1])] {
				continue // "chief justice" is named by its second word
			}
		}
		if h+1 < len(words) {
			if _, ok := lexicon.Role2(words[h], words[h+1]); ok {
				return w + " " + words[h+1] // "attorney general", "secretary general"
			}
		}
		if h > 0 {
			p := words[h-1]
			if p == "vice" || p == "deputy" || p == "assistant" || p == "prime" || p == "press" || p == "foreign" || p == "inspector" ||
				p == "attorney" || p == "solicitor" || p == "surgeon" || p == "majority" || p == "minority" || p == "head" {
				return p + " " + w
			}
			if _, ok := lexicon.Role2(p, words[h]); ok {
				return p + " " + w
			}
		}
		return w
	}
	return ""
}

// officeFits reports whether an entity whose offices are have may hold
// office key: one of them is key, or one is the other's general form
// ("minister" for "prime minister"), but never a deputy's for the
// principal's ("vice president", "president").
func officeFits(have []string, key string) bool {
	if key == "" || len(have) == 0 {
		return true
	}
	for _, h := range have {
		if h == key {
			return true
		}
		long, short := h, key
		if len(short) > len(long) {
			long, short = short, long
		}
		if !strings.Contains(short, " ") && strings.HasSuffix(long, " "+short) {
			p := strings.TrimSuffix(long, " "+short)
			if p != "vice" && p != "deputy" && p != "assistant" {
				return true
			}
		}
	}
	return false
}

// mentionOffice returns the office a person's mention gives them: a
// descriptor's ("the attorney general"), or the titles before and at the
// start of a name ("FBI Director James Comey", "Sen. Ted Cruz").
func (c *clusterer) mentionOffice(m hearsay.Mention) string {
	d := c.doc
	if m.Type != hearsay.Person || m.Anonymous || m.Gender == hearsay.Plural {
		return ""
	}
	first, last := d.TokenAt(m.Start), d.TokenAt(m.End-1)
	switch m.Kind {
	case hearsay.Descriptor:
		if last-first > 12 {
			return ""
		}
		return officeKey(d.low[first : last+1])
	case hearsay.Name:
		// the title words at the start of the name, then up to three
		// capitalised or role words right before it
		k := first
		for k <= last && k-first < 3 {
			if _, ok := lexicon.Title(d.low[k]); !ok && d.low[k] != "." {
				break
			}
			k++
		}
		b := first
		for b > 0 && first-b < 3 {
			w := d.low[b-1]
			if w == "." {
				b--
				continue
			}
			if d.Tokens[b-1].Kind != hearsay.Word || !offices[officeWord(w)] && !d.Tokens[b-1].Cap && w != "press" && w != "vice" {
				break
			}
			b--
		}
		if b == k {
			return ""
		}
		words := make([]string, 0, k-b)
		for i := b; i < k; i++ {
			if d.low[i] != "." {
				words = append(words, d.low[i])
			}
		}
		return officeKey(words)
	}
	return ""
}
