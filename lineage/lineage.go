// Package lineage finds the same statement across articles, even reworded
// or truncated, and describes how its wording changed.
//
// A quote is reduced to the set of its word 3-grams (shingles; single
// words for quotes under three words). MinHash signatures of NumHashes
// values index the quotes: two quotes that share any signature value are
// candidates (each value is one LSH band of one row, so even a fragment
// that keeps a third of the shingles is found), and a candidate is the
// same statement when the shingles of the shorter one are mostly
// (Threshold) contained in the longer one. This is MemeTracker's and news
// de-duplication's approach, sized for quotes.
package lineage

import (
	"hash/fnv"
	"strings"
	"unicode"

	"hearsay/lexicon"
)

// NumHashes is the length of a signature.
const NumHashes = 16

// Threshold is the containment above which two quotes are one statement.
const Threshold = 0.6

// Words splits text into lower-case words without punctuation.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}

// Shingles returns the word 3-grams of text as hashes.
func Shingles(text string) map[uint64]bool {
	w := Words(text)
	out := map[uint64]bool{}
	k := 3
	if len(w) < k {
		k = 1
	}
	for i := 0; i+k <= len(w); i++ {
		h := fnv.New64a()
		for _, x := range w[i : i+k] {
			h.Write([]byte(x))
			h.Write([]byte{0})
		}
		out[h.Sum64()] = true
	}
	return out
}

// mix is a 64-bit finaliser (splitmix64) used to derive the hash family.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Signature returns the MinHash signature of a shingle set.
func Signature(sh map[uint64]bool) [NumHashes]uint64 {
	var sig [NumHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for s := range sh {
		for i := range sig {
			if v := mix(s ^ uint64(i)*0x2545f4914f6cdd1d); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// Bands returns the LSH keys of a signature: one per value, the band
// number in the top bits so that equal values in different positions do
// not collide. Keys fit in an int64 for SQL.
func Bands(sig [NumHashes]uint64) []int64 {
	out := make([]int64, 0, NumHashes)
	for i, v := range sig {
		if v == ^uint64(0) {
			continue
		}
		out = append(out, int64((uint64(i)<<58)|(v>>6)))
	}
	return out
}

// Containment is |A∩B| / min(|A|,|B|).
func Containment(a, b map[uint64]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// Op is one step of a word diff.
type Op struct {
	Kind string `json:"op"` // "=", "+" (only in the variant), "-" (only in the original)
	Text string `json:"text"`
}

// Diff returns the word-level difference from original to variant
// (longest common subsequence, words compared case-insensitively).
func Diff(original, variant string) []Op {
	a, b := strings.Fields(original), strings.Fields(variant)
	if len(a) > 400 {
		a = a[:400]
	}
	if len(b) > 400 {
		b = b[:400]
	}
	key := func(s string) string {
		return strings.ToLower(strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) }))
	}
	n, m := len(a), len(b)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if key(a[i]) == key(b[j]) {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var ops []Op
	add := func(k, w string) {
		if len(ops) > 0 && ops[len(ops)-1].Kind == k {
			ops[len(ops)-1].Text += " " + w
			return
		}
		ops = append(ops, Op{k, w})
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case key(a[i]) == key(b[j]):
			add("=", b[j])
			i++
			j++
		case l[i+1][j] >= l[i][j+1]:
			add("-", a[i])
			i++
		default:
			add("+", b[j])
			j++
		}
	}
	for ; i < n; i++ {
		add("-", a[i])
	}
	for ; j < m; j++ {
		add("+", b[j])
	}
	return ops
}

// Variant is what a fact-checker needs to know about one printing of a
// statement compared with the earliest.
type Variant struct {
	Diff  []Op     `json:"diff"`
	Flags []string `json:"flags"` // hedge-dropped, hedge-added, speaker-changed, grade-changed, anonymous-to-named, named-to-anonymous, truncated, extended, verbatim
}

// Printing is the part of a stored quote that Compare reads.
type Printing struct {
	Text      string
	Speaker   string
	Anonymous bool
	Evidence  string
	Context   string // what the quote's sentences say outside it, for hedges there
}

// Compare describes variant against original.
func Compare(original, variant Printing) Variant {
	v := Variant{Diff: Diff(original.Text, variant.Text)}
	add, del := false, false
	for _, op := range v.Diff {
		switch op.Kind {
		case "+":
			add = true
		case "-":
			del = true
		}
	}
	switch {
	case !add && !del:
		v.Flags = append(v.Flags, "verbatim")
	case del && !add:
		v.Flags = append(v.Flags, "truncated")
	case add && !del:
		v.Flags = append(v.Flags, "extended")
	default:
		v.Flags = append(v.Flags, "reworded")
	}
	ho, hv := hedged(original), hedged(variant)
	switch {
	case ho && !hv:
		v.Flags = append(v.Flags, "hedge-dropped")
	case hv && !ho:
		v.Flags = append(v.Flags, "hedge-added")
	}
	if original.Evidence != variant.Evidence {
		v.Flags = append(v.Flags, "grade-changed")
	}
	switch {
	case original.Anonymous && !variant.Anonymous && variant.Speaker != "":
		v.Flags = append(v.Flags, "anonymous-to-named")
	case !original.Anonymous && original.Speaker != "" && variant.Anonymous:
		v.Flags = append(v.Flags, "named-to-anonymous")
	case original.Anonymous && variant.Anonymous:
		// "an insider" and "a source": both unnamed, nothing a reader can check
	case !strings.EqualFold(original.Speaker, variant.Speaker):
		v.Flags = append(v.Flags, "speaker-changed")
	}
	return v
}

func hedged(p Printing) bool {
	if p.Evidence == "reported" {
		return true
	}
	for _, w := range Words(p.Text + " " + p.Context) {
		if lexicon.Hedges().Has(w) {
			return true
		}
	}
	return false
}
