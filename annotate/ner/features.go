package ner

import (
	"unicode"
	"unicode/utf8"

	"hearsay"
	"hearsay/lexicon"
)

// Labels are the BIO tags the model predicts, in model order.
var Labels = []string{"O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-WORK", "I-WORK"}

// Types maps a B- or I- label index to its entity type.
var Types = []hearsay.EntityType{"", hearsay.Person, hearsay.Person, hearsay.Org, hearsay.Org, hearsay.Loc, hearsay.Loc, hearsay.Work, hearsay.Work}

// IsInside reports whether label l is an I- label.
func IsInside(l int) bool { return l > 0 && l%2 == 0 }

// Allowed reports whether label l may follow label prev (BIO: I-X only
// after B-X or I-X).
func Allowed(prev, l int) bool {
	if !IsInside(l) {
		return true
	}
	return prev == l || prev == l-1
}

// DocStats are what the whole document says about its words: which
// appear in lower case somewhere ("bond" in "a bond market"), and which
// appear capitalised inside a sentence (a name, not a sentence opener).
type DocStats struct {
	words map[string]uint8 // lower-case form of a capitalised word → docLower|docCapMid
}

const (
	docLower  = 1 << iota // written in lower case somewhere
	docCapMid             // capitalised inside a sentence somewhere
)

// NewDocStats gathers the statistics of a document's tokens; sentences
// are [first, end) token index pairs, lower the tokens' lower-case forms
// (nil: computed). Only words the document capitalises somewhere are
// recorded: the features ask about capitalised words.
func NewDocStats(text string, tokens []hearsay.Token, sentences [][2]int, lower []string) *DocStats {
	low := func(i int) string {
		if lower != nil {
			return lower[i]
		}
		return lexicon.Lower(text[tokens[i].Start:tokens[i].End])
	}
	st := &DocStats{words: make(map[string]uint8, len(tokens)/8)}
	for _, se := range sentences {
		for i := se[0]; i < se[1]; i++ {
			t := tokens[i]
			if t.Kind != hearsay.Word || !t.Cap {
				continue
			}
			w := low(i)
			f := st.words[w]
			if i > se[0] && !(i > 0 && isQuoteMark(text[tokens[i-1].Start:tokens[i-1].End])) {
				f |= docCapMid
			}
			st.words[w] = f
		}
	}
	if len(st.words) == 0 {
		return st
	}
	for i, t := range tokens {
		if t.Kind != hearsay.Word || t.Cap {
			continue
		}
		w := low(i)
		if f, ok := st.words[w]; ok && f&docLower == 0 && text[t.Start:t.End] == w {
			st.words[w] = f | docLower
		}
	}
	return st
}

// Lowered reports whether the document writes capitalised word w (lower
// case) in lower case somewhere.
func (st *DocStats) Lowered(w string) bool { return st != nil && st.words[w]&docLower != 0 }

// Sentence is the per-sentence context features are computed from.
type Sentence struct {
	Text   string
	Doc    *DocStats       // may be nil
	Tokens []hearsay.Token // the sentence's tokens
	low    []string
	shape  []string
	info   []*lexicon.Info
	word   []int8 // lexicon.Word of low, looked up once: 0 not yet, 1 yes, -1 no
}

// isWord is lexicon.Word(s.low[i]), looked up once a token.
func (s *Sentence) isWord(i int) bool {
	if s.word[i] == 0 {
		s.word[i] = -1
		if k := s.Tokens[i].Kind; k != hearsay.Punct && k != hearsay.Symbol && lexicon.Word(s.low[i]) {
			s.word[i] = 1
		}
	}
	return s.word[i] > 0
}

// Prepare fills the lower-case forms and shapes of s's tokens.
func (s *Sentence) Prepare() { s.PrepareLower(nil) }

// PrepareLower is Prepare with the tokens' lower-case forms already known
// (nil: compute them).
func (s *Sentence) PrepareLower(lower []string) {
	n := len(s.Tokens)
	if cap(s.low) < n {
		s.low = make([]string, n)
		s.shape = make([]string, n)
		s.info = make([]*lexicon.Info, n)
		s.word = make([]int8, n)
	}
	s.low, s.shape, s.info, s.word = s.low[:n], s.shape[:n], s.info[:n], s.word[:n]
	clear(s.word)
	// shapes and lexicon facts are needed only near tokens the tagger
	// scores (capitalised words and numbers, Model.Tag): within two
	need := func(i int) bool {
		for k := max(0, i-2); k <= i+2 && k < n; k++ {
			if s.Tokens[k].Cap || s.Tokens[k].Kind == hearsay.Number {
				return true
			}
		}
		return false
	}
	for i, t := range s.Tokens {
		w := s.Text[t.Start:t.End]
		mark := t.Kind == hearsay.Punct || t.Kind == hearsay.Symbol // no digit, and in no list
		switch {
		case lower == nil:
			s.low[i] = norm(w)
		case mark:
			s.low[i] = lower[i]
		default:
			s.low[i] = normLower(lower[i])
		}
		if lower == nil || need(i) {
			s.shape[i] = shape(w)
			s.info[i] = nil
			if !mark {
				s.info[i] = lexicon.Lookup(s.low[i])
			}
		} else {
			s.shape[i], s.info[i] = "x", nil
		}
	}
}

// norm lower-cases w and replaces digits by 0.
func norm(w string) string { return normLower(lexicon.Lower(w)) }

// normLower replaces the digits of a lower-case word by 0.
func normLower(l string) string {
	k := 0
	for k < len(l) && (l[k] < '0' || l[k] > '9') {
		k++
	}
	if k == len(l) {
		return l
	}
	b := []byte(l)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// shape maps a word to its character classes with runs collapsed:
// "Britney" → "Xx", "NSYNC" → "X", "41-year-old" → "d-x-x", "U.S." → "X.X.".
func shape(w string) string {
	var buf [16]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf:
			c = asciiShape[r]
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(buf) {
			break
		}
		buf[n] = c
		n++
	}
	return shapeIntern(buf[:n])
}

// asciiShape is the shape class of each ASCII byte.
var asciiShape = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = 'X'
		case c >= 'a' && c <= 'z':
			t[c] = 'x'
		case c >= '0' && c <= '9':
			t[c] = 'd'
		default:
			t[c] = byte(c)
		}
	}
	return
}()

// shapeIntern returns the common shapes without allocating.
func shapeIntern(b []byte) string {
	switch string(b) {
	case "Xx":
		return "Xx"
	case "x":
		return "x"
	case "X":
		return "X"
	case "d":
		return "d"
	case "Xx-Xx":
		return "Xx-Xx"
	case "x-x":
		return "x-x"
	case "d-x-x":
		return "d-x-x"
	case "X.X.":
		return "X.X."
	case ".":
		return "."
	case ",":
		return ","
	case "Xx.":
		return "Xx."
	case "X.":
		return "X."
	case "d,d":
		return "d,d"
	case "d.d":
		return "d.d"
	case "'":
		return "'"
	case "\"":
		return "\""
	case "*":
		return "*"
	case "xXx":
		return "xXx"
	case "XxXx":
		return "XxXx"
	}
	return string(b)
}

// Feature templates.
const (
	fBias byte = iota + 1
	fW0
	fWm1
	fWp1
	fWm2
	fWp2
	fShape0
	fShapeM1S0
	fShapeS0P1
	fSuf3
	fPre3
	fGiven
	fTitleBefore
	fOrgWord0
	fOrgWordP1
	fInitialCap
	fPrev
	fPrev2
	fPrevW0
	fWm1Shape0
	fCueAfter
	fRoleAfter
	fGaz
	fSuf2
	fWord
	fWordP1
	fDocLower
	fDocCap
)

// hash is FNV-1a over a template byte and a string, never 0.
func hash(t byte, s string) uint32 {
	h := uint32(2166136261)
	h ^= uint32(t)
	h *= 16777619
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	if h == 0 {
		h = 1
	}
	return h
}

func hash2(t byte, a, b string) uint32 {
	h := uint32(2166136261)
	h ^= uint32(t)
	h *= 16777619
	for i := 0; i < len(a); i++ {
		h ^= uint32(a[i])
		h *= 16777619
	}
	h ^= 0xff
	h *= 16777619
	for i := 0; i < len(b); i++ {
		h ^= uint32(b[i])
		h *= 16777619
	}
	if h == 0 {
		h = 1
	}
	return h
}

// Static appends the features of token i that do not depend on the
// labels before it.
func (s *Sentence) Static(i int, dst []uint32) []uint32 {
	n := len(s.Tokens)
	w := s.low[i]
	at := func(k int) string {
		switch {
		case k < 0:
			return "<s>"
		case k >= n:
			return "</s>"
		}
		return s.low[k]
	}
	sh := func(k int) string {
		if k < 0 || k >= n {
			return "_"
		}
		return s.shape[k]
	}
	dst = append(dst, hash(fBias, ""), hash(fW0, w), hash(fWm1, at(i-1)), hash(fWp1, at(i+1)),
		hash(fWm2, at(i-2)), hash(fWp2, at(i+2)), hash(fShape0, s.shape[i]),
		hash2(fShapeM1S0, sh(i-1), s.shape[i]), hash2(fShapeS0P1, s.shape[i], sh(i+1)),
		hash2(fWm1Shape0, at(i-1), s.shape[i]))
	if len(w) > 3 {
		dst = append(dst, hash(fSuf3, w[len(w)-3:]), hash(fPre3, w[:3]), hash(fSuf2, w[len(w)-2:]))
	}
	if in := s.info[i]; in != nil && in.Flags&lexicon.IsName != 0 && in.Name.Births >= 1000 {
		g := in.Name
		c := "u"
		switch {
		case g.Male >= 90:
			c = "m"
		case g.Male <= 10:
			c = "f"
		}
		if g.Births >= 100000 {
			c += "+"
		}
		dst = append(dst, hash(fGiven, c))
	}
	if i > 0 {
		if in := s.info[i-1]; in != nil && in.Flags&lexicon.IsTitle != 0 {
			dst = append(dst, hash(fTitleBefore, ""))
		} else if i > 1 && s.low[i-1] == "." {
			if in := s.info[i-2]; in != nil && in.Flags&lexicon.IsTitle != 0 {
				dst = append(dst, hash(fTitleBefore, ""))
			}
		}
	}
	if in := s.info[i]; in != nil && in.Gaz != "" {
		dst = append(dst, hash(fGaz, in.Gaz))
	}
	// a common word: less likely a name when capitalised
	if s.isWord(i) {
		c := "l"
		if s.Tokens[i].Cap {
			c = "c"
			if i == 0 {
				c = "c0"
			}
		}
		dst = append(dst, hash(fWord, c))
	} else if s.Tokens[i].Cap {
		dst = append(dst, hash(fWord, "cn")) // capitalised, not a common word
	}
	if i+1 < n {
		if s.Tokens[i+1].Cap && s.isWord(i+1) {
			dst = append(dst, hash(fWordP1, "c"))
		}
	}
	// the document's own evidence about a capitalised word
	if s.Doc != nil && s.Tokens[i].Cap && s.Tokens[i].Kind == hearsay.Word {
		f := s.Doc.words[w]
		if f&docLower != 0 {
			dst = append(dst, hash(fDocLower, ""))
		}
		if f&docCapMid != 0 {
			c := "mid"
			if i == 0 {
				c = "first"
			}
			dst = append(dst, hash(fDocCap, c))
		}
	}
	if i+1 < n {
		if in := s.info[i+1]; in != nil {
			if in.Gaz != "" {
				dst = append(dst, hash(fOrgWordP1, in.Gaz))
			}
			if in.Flags&lexicon.IsCue != 0 {
				dst = append(dst, hash(fCueAfter, ""))
			}
			if in.Flags&lexicon.IsRole != 0 {
				dst = append(dst, hash(fRoleAfter, ""))
			}
		}
	}
	if i == 0 && s.Tokens[i].Cap {
		dst = append(dst, hash(fInitialCap, ""))
	}
	return dst
}

// Dynamic appends the features of token i that depend on the two labels
// before it.
func (s *Sentence) Dynamic(i, prev, prev2 int, dst []uint32) []uint32 {
	p, p2 := Labels[prev], Labels[prev2]
	return append(dst, hash(fPrev, p), hash2(fPrev2, p, p2), hash2(fPrevW0, p, s.low[i]))
}
