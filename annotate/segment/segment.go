// Package segment splits a Document into paragraphs, sentences and tokens.
//
// Requires: nothing. Provides: paragraphs, tokens, sentences.
//
// Paragraphs are separated by blank lines; a text with no blank line but
// several lines (one sentence or utterance a line, as in tokenised corpora
// and JSON records) has one paragraph a line. Tokens are words (with
// internal hyphens, apostrophes and abbreviation dots: "41-year-old",
// "he'd", "U.S."), numbers ("1,000", "3.5"), and punctuation; a possessive
// "'s" is its own token. Sentences end at . ! ? … followed by closing quotes
// or brackets, except after titles (Mr., Dr.), initials, month abbreviations
// before a number, and abbreviations such as "Inc." unless a typical
// sentence opener follows.
package segment

import (
	"unicode"
	"unicode/utf8"

	"hearsay"
)

// Name is the annotator's name in a pipeline.
const Name = "segment"

// Segmenter is the segmentation annotator.
type Segmenter struct{}

// New returns a Segmenter.
func New() *Segmenter { return &Segmenter{} }

// Name implements hearsay.Annotator.
func (*Segmenter) Name() string { return Name }

// Requires implements hearsay.Annotator.
func (*Segmenter) Requires() []hearsay.Layer { return nil }

// Provides implements hearsay.Annotator.
func (*Segmenter) Provides() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerParagraphs, hearsay.LayerTokens, hearsay.LayerSentences}
}

// Annotate implements hearsay.Annotator.
func (*Segmenter) Annotate(d *hearsay.Document) error {
	d.Paragraphs = Paragraphs(d.Text, d.Paragraphs[:0])
	d.Tokens = Tokenize(d.Text, d.Tokens[:0])
	d.TokensChanged()
	d.Sentences = Sentences(d.Text, d.Paragraphs, d.Tokens, d.Sentences[:0])
	return nil
}

// Paragraphs appends the paragraphs of text to dst. Each paragraph is
// trimmed of surrounding white space; empty ones are left out.
func Paragraphs(text string, dst []hearsay.Span) []hearsay.Span {
	blank := hasBlankLine(text)
	start := 0
	emit := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			dst = append(dst, hearsay.Span{Start: s, End: e})
		}
	}
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		if !blank {
			// one paragraph a line, except that a line starting with a
			// lower-case letter continues the one before ("…” \nasked he")
			if !lowerNext(text, i+1) {
				emit(start, i)
				start = i + 1
			}
			i++
			continue
		}
		// Is the next line blank?
		j := i + 1
		for j < len(text) && text[j] != '\n' && isSpaceByte(text[j]) {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			emit(start, i)
			for j < len(text) && isSpaceByte(text[j]) {
				j++
			}
			start = j
			i = j
			continue
		}
		i++
	}
	emit(start, len(text))
	return dst
}

func lowerNext(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	r, _ := runeAt(text, i)
	return unicode.IsLower(r)
}

func hasBlankLine(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && text[j] != '\n' && isSpaceByte(text[j]) {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			// a blank line between two non-blank ones
			return true
		}
	}
	return false
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

// Tokenize appends the tokens of text to dst.
func Tokenize(text string, dst []hearsay.Token) []hearsay.Token {
	if want := len(dst) + len(text)/5 + 16; cap(dst) < want {
		// news text runs about five bytes a token: one allocation
		// instead of a dozen doublings
		grown := make([]hearsay.Token, len(dst), want)
		copy(grown, dst)
		dst = grown
	}
	i := 0
	n := len(text)
	for i < n {
		r, sz := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		start := i
		switch {
		case isWordRune(r):
			end, kind := scanWord(text, i)
			dst = append(dst, hearsay.Token{Span: hearsay.Span{Start: start, End: end}, Kind: kind, Cap: unicode.IsUpper(r)})
			i = end
		case r == '.' || r == '-' || r == '…':
			// runs of dots or dashes are one token
			j := i + sz
			if r != '…' {
				for j < n && rune(text[j]) == r {
					j++
				}
			}
			dst = append(dst, hearsay.Token{Span: hearsay.Span{Start: start, End: j}, Kind: hearsay.Punct})
			i = j
		case (r == '\'' || r == '’') && i+sz < n && (text[i+sz] == 's' || text[i+sz] == 'S') && !nextIsWord(text, i+sz+1):
			// a possessive 's is one token
			dst = append(dst, hearsay.Token{Span: hearsay.Span{Start: start, End: i + sz + 1}, Kind: hearsay.Punct})
			i += sz + 1
		default:
			kind := hearsay.Symbol
			if unicode.IsPunct(r) {
				kind = hearsay.Punct
			}
			dst = append(dst, hearsay.Token{Span: hearsay.Span{Start: start, End: i + sz}, Kind: kind})
			i += sz
		}
	}
	return dst
}

func nextIsWord(s string, i int) bool {
	r, sz := runeAt(s, i)
	return sz > 0 && isWordRune(r)
}

// asciiWord marks the ASCII letters and digits (by byte; false at and
// above utf8.RuneSelf).
var asciiWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scanWord returns the end of the word starting at i and its kind.
func scanWord(s string, i int) (int, hearsay.TokenKind) {
	digitsOnly := true
	letters := 0    // letters since the last dot
	dotted := false // saw an internal abbreviation dot
	for i < len(s) {
		if c := s[i]; asciiWord[c] {
			// the common case: an ASCII letter or digit
			if c > '9' {
				digitsOnly = false
				letters++
			}
			i++
			continue
		}
		r, sz := runeAt(s, i)
		if isWordRune(r) {
			if !(r >= '0' && r <= '9') {
				digitsOnly = false
				letters++
			}
			i += sz
			continue
		}
		nr, nsz := runeAt(s, i+sz)
		if nsz == 0 || !isWordRune(nr) {
			break
		}
		switch r {
		case '-', '\'', '’', '&', '/':
			if (r == '\'' || r == '’') && (nr == 's' || nr == 'S') {
				// possessive or "it's": split unless a letter follows the s
				ar, asz := runeAt(s, i+sz+nsz)
				if asz == 0 || !isWordRune(ar) {
					goto done
				}
			}
			if r == '/' && !digitsOnly {
				goto done
			}
			digitsOnly = digitsOnly && r == '/'
			i += sz
			letters = 0
			continue
		case '.', ',', ':':
			isDigit := nr >= '0' && nr <= '9'
			if digitsOnly && isDigit {
				i += sz
				continue
			}
			if r == '.' && !digitsOnly && letters <= 2 && !isDigit {
				// U.S, e.g, a.m: single letters separated by dots
				dotted = true
				letters = 0
				i += sz
				continue
			}
		}
		break
	}
done:
	if dotted && i < len(s) && s[i] == '.' {
		i++ // U.S. keeps its final dot
	}
	if digitsOnly {
		return i, hearsay.Number
	}
	return i, hearsay.Word
}
