package quote

import (
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

// find returns the quotations of d in text order.
func find(d *hearsay.Document) []raw {
	text := d.Text
	var out []raw
	var marks []mark
	// carried: an opening mark left open at the end of a paragraph whose
	// next paragraph continues the quotation
	carried := -1
	for pi := 0; pi < len(d.Paragraphs); pi++ {
		p := d.Paragraphs[pi]
		marks = doubleMarks(text, p.Start, p.End, marks[:0])
		open := -1 // index of the opening mark's end in text
		openPos := -1
		mi := 0
		if carried >= 0 && len(marks) > 0 && marks[0].pos == p.Start && marks[0].kind != mClose {
			open, openPos = marks[0].pos+marks[0].size, carried
			mi = 1
		}
		carried = -1
		for ; mi < len(marks); mi++ {
			m := marks[mi]
			if open < 0 {
				switch m.kind {
				case mOpen, mStraight:
					open, openPos = m.pos+m.size, m.pos
				}
				continue
			}
			switch m.kind {
			case mClose:
				out = appendRaw(out, text, openPos, open, m.pos, m.pos+m.size, false)
				open = -1
			case mStraight:
				// a straight mark while open closes it
				out = appendRaw(out, text, openPos, open, m.pos, m.pos+m.size, false)
				open = -1
			case mOpen:
				// an opening mark while open: the first one was stray
				open, openPos = m.pos+m.size, m.pos
			}
		}
		if open < 0 {
			out = singles(text, p, out)
			continue
		}
		// Still open at the end of the paragraph.
		if pi+1 < len(d.Paragraphs) {
			np := d.Paragraphs[pi+1]
			nm := doubleMarks(text, np.Start, np.End, nil)
			if len(nm) > 0 && nm[0].pos == np.Start && nm[0].kind != mClose {
				// multi-paragraph quotation: the next paragraph opens with
				// a mark and the quote goes on
				carried = openPos
				continue
			}
			if len(nm) > 0 && nm[0].kind != mOpen && (nm[0].kind == mClose || len(nm)%2 == 1) {
				// a quotation broken over a line: close at the next
				// paragraph's first closing mark
				out = appendRaw(out, text, openPos, open, nm[0].pos, nm[0].pos+nm[0].size, false)
				// the rest of that paragraph is scanned from after the mark
				pi++
				rest := hearsay.Span{Start: nm[0].pos + nm[0].size, End: np.End}
				out = scanRest(text, rest, out)
				continue
			}
		}
		// unbalanced: close at the end of the paragraph only when the
		// quotation is long and clearly speech (a dropped closing mark)
		if openPos >= 0 && p.End-open > 20 && text[openPos] != '"' {
			out = appendRaw(out, text, openPos, open, p.End, p.End, false)
		}
	}
	return out
}

// scanRest pairs the marks of a partial paragraph.
func scanRest(text string, p hearsay.Span, out []raw) []raw {
	ms := doubleMarks(text, p.Start, p.End, nil)
	open, openPos := -1, -1
	for _, m := range ms {
		if open < 0 {
			if m.kind != mClose {
				open, openPos = m.pos+m.size, m.pos
			}
			continue
		}
		if m.kind == mOpen {
			open, openPos = m.pos+m.size, m.pos
			continue
		}
		out = appendRaw(out, text, openPos, open, m.pos, m.pos+m.size, false)
		open = -1
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

// singles finds quotations in single marks in paragraph p, outside the
// double-quoted ones already found there.
func singles(text string, p hearsay.Span, out []raw) []raw {
	// the double-quoted spans of this paragraph, to skip
	first := len(out)
	for first > 0 && out[first-1].open >= p.Start {
		first--
	}
	inDouble := func(i int) bool {
		for _, r := range out[first:] {
			if r.open <= i && i < r.close {
				return true
			}
		}
		return false
	}
	var found []raw
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
					if (br == 's' || br == 'S') && an > 0 && unicode.IsSpace(ar) {
						if r2, _ := decode(text, j+cn+an); unicode.IsLower(r2) {
							j += cn
							continue
						}
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
		found = appendRaw(found, text, i, i+n, closeAt, closeAt+cn, true)
		i = closeAt + cn
	}
	if len(found) == 0 {
		return out
	}
	out = append(out, found...)
	// keep text order
	for k := len(out) - len(found); k < len(out); k++ {
		for m := k; m > first && out[m].open < out[m-1].open; m-- {
			out[m], out[m-1] = out[m-1], out[m]
		}
	}
	return out
}
