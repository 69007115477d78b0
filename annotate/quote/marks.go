package quote

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"hearsay"
)

// raw is a span of text between quote marks.
type raw struct {
	content hearsay.Span // between the marks, trimmed of white space
	open    int          // offset of the opening mark
	close   int          // offset just after the closing mark
	single  bool         // single quote marks
}

type markKind uint8

const (
	mOpen     markKind = iota + 1 // “ „ «
	mClose                        // ” »
	mStraight                     // "
)

type mark struct {
	pos, size int
	kind      markKind
}

func decode(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func decodeLast(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if s[i-1] < utf8.RuneSelf {
		return rune(s[i-1]), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// doubleMarks returns the double quote marks in text[a:b].
func doubleMarks(text string, a, b int, dst []mark) []mark {
	for i := a; i < b; {
		c := text[i]
		if c == '"' {
			dst = append(dst, mark{i, 1, mStraight})
			i++
			continue
		}
		if c == 0xE2 && i+2 < b+1 && i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C, 0x9E: // “ „
				dst = append(dst, mark{i, 3, mOpen})
				i += 3
				continue
			case 0x9D: // ”
				dst = append(dst, mark{i, 3, mClose})
				i += 3
				continue
			}
		}
		if c == 0xC2 && i+1 < len(text) {
			switch text[i+1] {
			case 0xAB: // «
				dst = append(dst, mark{i, 2, mOpen})
				i += 2
				continue
			case 0xBB: // »
				dst = append(dst, mark{i, 2, mClose})
				i += 2
				continue
			}
		}
		i++
	}
	return dst
}

// finder appends the quote marks in text[a:b] to dst.
type finder func(text string, a, b int, dst []mark) []mark

// find returns the quotations of d in text order. Texts whose dialogue
// paragraphs open with single marks (British style) are paired on single
// marks; all others on double marks, with single-quoted spans outside them
// taken only where the marks are unambiguous.
func find(d *hearsay.Document) []raw {
	if singleStyle(d) {
		return pairAll(d, singleMarks, true)
	}
	out := pairAll(d, doubleMarks, false)
	var extra []raw
	for _, p := range d.Paragraphs {
		extra = singles(d.Text, p, out, extra)
	}
	if len(extra) > 0 {
		out = append(out, extra...)
		sort.Slice(out, func(i, j int) bool { return out[i].open < out[j].open })
	}
	return out
}

// singleStyle reports whether more paragraphs open with a single mark than
// with a double one (and at least three do).
func singleStyle(d *hearsay.Document) bool {
	singles, doubles := 0, 0
	for _, p := range d.Paragraphs {
		r, n := decode(d.Text, p.Start)
		switch r {
		case '"', '“', '„', '«':
			doubles++
		case '‘', '\'':
			if nr, _ := decode(d.Text, p.Start+n); nr == ' ' || unicode.IsLetter(nr) {
				singles++
			}
		}
	}
	return singles >= 3 && singles > doubles
}

// singleMarks finds single quote marks used as primary quotation marks,
// leaving out apostrophes inside words (don't, it’s) and possessives
// (Spears' management).
func singleMarks(text string, a, b int, dst []mark) []mark {
	for i := a; i < b; {
		r, n := decode(text, i)
		if r != '\'' && r != '‘' && r != '’' {
			i += n
			continue
		}
		pr, ps := decodeLast(text, i)
		nr, ns := decode(text, i+n)
		letterBefore := i > a && ps > 0 && (unicode.IsLetter(pr) || unicode.IsDigit(pr))
		letterAfter := ns > 0 && (unicode.IsLetter(nr) || unicode.IsDigit(nr))
		ar, an := decode(text, i+n+ns)
		switch {
		case letterBefore && letterAfter:
			// an apostrophe inside a word
		case r != '‘' && (nr == 's' || nr == 'S' || nr == 't' || nr == 'd' || nr == 'm') && (an == 0 || !unicode.IsLetter(ar)):
			// a detached 's, 't, 'd, 'm: "cousin 's beauty", "Talkin '" excluded
		case r == '‘':
			dst = append(dst, mark{i, n, mOpen})
		case letterBefore && (pr == 's' || pr == 'S') && nr == ' ' && possessiveNext(text, i+n+1):
			// a possessive
		case r == '’':
			if !(letterAfter && (i == a || !letterBefore && !unicode.IsPunct(pr))) {
				dst = append(dst, mark{i, n, mClose})
			}
		default:
			dst = append(dst, mark{i, n, mStraight})
		}
		i += n
	}
	return dst
}

// possessiveNext reports whether the word at text[i:] may follow a
// plural possessive ("Spears' management"): a lower-case word that is
// no preposition or conjunction ("'living separate lives' as marriage
// hits rough patch" closes the quotation).
func possessiveNext(text string, i int) bool {
	r, _ := decode(text, i)
	if !unicode.IsLower(r) {
		return false
	}
	e := i
	for e < len(text) && e-i < 8 && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return !notPossessed[text[i:e]]
}

// notPossessed follow a word, never a possessive's mark.
var notPossessed = set("as", "and", "but", "or", "to", "in", "on", "at", "by", "for", "from", "with", "after", "amid",
	"over", "because", "while", "than", "that", "of", "into", "despite", "since", "until", "before", "when", "is", "are",
	"was", "were", "has", "have", "had")

// pairAll pairs the marks found by fnd over the paragraphs of d.
func pairAll(d *hearsay.Document, fnd finder, single bool) []raw {
	text := d.Text
	var out []raw
	var marks []mark
	// a quotation left open at the end of a paragraph whose next paragraph
	// continues it: its opening mark and the start of its content
	cOpenPos, cStart := -1, -1
	resume := -1 // in paragraph pi, marks before this offset are taken
	for pi := 0; pi < len(d.Paragraphs); pi++ {
		p := d.Paragraphs[pi]
		from := p.Start
		if resume > from {
			from = resume
		}
		resume = -1
		marks = fnd(text, from, p.End, marks[:0])
		open, openPos := -1, -1
		mi := 0
		if cOpenPos >= 0 && len(marks) > 0 && marks[0].pos == p.Start && marks[0].kind != mClose {
			open, openPos = cStart, cOpenPos
			mi = 1
		}
		cOpenPos = -1
		for ; mi < len(marks); mi++ {
			m := marks[mi]
			if open < 0 {
				if m.kind != mClose {
					open, openPos = m.pos+m.size, m.pos
				}
				continue
			}
			if m.kind == mOpen {
				// an opening mark while open: the first one was stray
				open, openPos = m.pos+m.size, m.pos
				continue
			}
			out = appendRaw(out, text, openPos, open, m.pos, m.pos+m.size, single)
			open = -1
		}
		if open < 0 {
			continue
		}
		// Still open at the end of the paragraph.
		if pi+1 < len(d.Paragraphs) {
			np := d.Paragraphs[pi+1]
			nm := fnd(text, np.Start, np.End, nil)
			if len(nm) > 0 && nm[0].pos == np.Start && nm[0].kind != mClose {
				// a multi-paragraph quotation: the next paragraph opens
				// with a mark and the quotation goes on
				cOpenPos, cStart = openPos, open
				continue
			}
			// a quotation broken over lines: paragraphs without marks,
			// then one whose first mark closes
			closed := false
			for k := pi + 1; k < len(d.Paragraphs) && k <= pi+12; k++ {
				pk := d.Paragraphs[k]
				nm = fnd(text, pk.Start, pk.End, nm[:0])
				if len(nm) == 0 {
					continue
				}
				if nm[0].kind == mClose || nm[0].kind == mStraight && len(nm)%2 == 1 {
					out = appendRaw(out, text, openPos, open, nm[0].pos, nm[0].pos+nm[0].size, single)
					resume = nm[0].pos + nm[0].size
					pi = k - 1
					closed = true
				}
				break
			}
			if closed {
				continue
			}
		}
		// unbalanced: close at the end of the paragraph only when the
		// quotation is long and opened by a curly mark (a dropped close)
		if p.End-open > 20 && text[openPos] != '"' && text[openPos] != '\'' {
			out = appendRaw(out, text, openPos, open, p.End, p.End, single)
		}
	}
	return out
}

func appendRaw(out []raw, text string, openPos, s, e, closeEnd int, single bool) []raw {
	for s < e {
		r, n := decode(text, s)
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := decodeLast(text, e)
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	if s >= e {
		return out
	}
	return append(out, raw{content: hearsay.Span{Start: s, End: e}, open: openPos, close: closeEnd, single: single})
}

// singles appends to dst the quotations in single marks in paragraph p
// that lie outside the double-quoted ones (doubles, in text order). Only
// unambiguous marks count: an opener at a word start followed by a letter,
// a closer at a word end.
func singles(text string, p hearsay.Span, doubles []raw, dst []raw) []raw {
	k := sort.Search(len(doubles), func(i int) bool { return doubles[i].close > p.Start })
	inDouble := func(i int) bool {
		for j := k; j < len(doubles) && doubles[j].open <= i; j++ {
			if i < doubles[j].close {
				return true
			}
		}
		return false
	}
	for i := p.Start; i < p.End; {
		r, n := decode(text, i)
		if r != '‘' && r != '\'' || inDouble(i) {
			i += n
			continue
		}
		pr, ps := decodeLast(text, i)
		nr, _ := decode(text, i+n)
		if !(i == p.Start || ps == 0 || unicode.IsSpace(pr) || pr == '(' || pr == '—' || pr == '–' || pr == ':') ||
			!(unicode.IsLetter(nr) || unicode.IsDigit(nr) || nr == '.') {
			i += n
			continue
		}
		// find the closing mark
		closeAt := -1
		for j := i + n; j < p.End; {
			cr, cn := decode(text, j)
			if cr == '"' || cr == '“' || cr == '”' {
				break
			}
			if cr == '’' || cr == '\'' {
				br, _ := decodeLast(text, j)
				ar, an := decode(text, j+cn)
				if !unicode.IsSpace(br) && (an == 0 || !(unicode.IsLetter(ar) || unicode.IsDigit(ar))) {
					// "Spears' management": a possessive, not a close
					if (br == 's' || br == 'S') && an > 0 && unicode.IsSpace(ar) && possessiveNext(text, j+cn+an) {
						j += cn
						continue
					}
					closeAt = j
					break
				}
			}
			j += cn
		}
		if closeAt < 0 {
			i += n
			continue
		}
		_, cn := decode(text, closeAt)
		dst = appendRaw(dst, text, i, i+n, closeAt, closeAt+cn, true)
		i = closeAt + cn
	}
	return dst
}
