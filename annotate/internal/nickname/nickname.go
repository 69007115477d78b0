// Package nickname reads the nicknames news gives people it names in
// full — initial and syllable, "J.Lo" for Jennifer Lopez, "A-Rod" for
// Alex Rodriguez; or quoted inside the name, Sean "Diddy" Combs — for the
// name tagger, which finds them, and coreference, which links them.
package nickname

import (
	"strings"
	"unicode/utf8"
)

// Close maps a quotation mark that may open a nickname inside a name to
// the mark that closes it.
var Close = map[string]string{"\"": "\"", "“": "”", "‘": "’", "'": "'"}

// Marks are the quotation marks around a nickname.
const Marks = "\"“”‘’'"

// Quoted returns the nickname that name quotes between its given name
// and its surname ("Diddy" of Sean "Diddy" Combs, "The Rock" of Dwayne
// “The Rock” Johnson), or "".
func Quoted(name string) string {
	i := strings.IndexAny(name, Marks)
	if i <= 0 || name[i-1] != ' ' {
		return ""
	}
	_, n := utf8.DecodeRuneInString(name[i:])
	j := strings.IndexAny(name[i+n:], Marks)
	if j <= 0 || !strings.Contains(name[i+n+j:], " ") {
		return "" // no closing mark, or no surname after it
	}
	return name[i+n : i+n+j]
}

// Split returns the lower-case initial and syllable of nickname w ("J.Lo":
// "j", "lo"): an ASCII letter, a full stop or hyphen, then at least two
// more bytes. ok is false for anything else. Callers that want more of
// the syllable (the name tagger asks for a capital) test it themselves.
func Split(w string) (initial, syllable string, ok bool) {
	if len(w) < 4 || w[1] != '.' && w[1] != '-' || !letter(w[0]) {
		return "", "", false
	}
	return strings.ToLower(w[:1]), strings.ToLower(w[2:]), true
}

func letter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// Key returns the key an index of full names files a name under: the
// first name's initial and the surname's first two letters, both lower
// case ("jennifer", "lopez": "jlo"); "" when either is too short.
func Key(first, last string) string {
	if first == "" || len(last) < 2 {
		return ""
	}
	return first[:1] + last[:2]
}

// Lookup returns the key under which the full names a nickname may stand
// for are filed (see Key).
func Lookup(initial, syllable string) string { return initial + syllable[:min(2, len(syllable))] }

// Fits reports whether a full name filed under the nickname's key fits
// it: its surname (lower case) opens with the syllable.
func Fits(syllable, last string) bool { return strings.HasPrefix(last, syllable) }
