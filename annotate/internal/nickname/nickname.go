// Package nickname reads the initial-and-syllable nicknames news gives
// people it names in full — "J.Lo" for Jennifer Lopez, "A-Rod" for Alex
// Rodriguez — for the name tagger, which finds them, and coreference,
// which links them.
package nickname

import "strings"

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
