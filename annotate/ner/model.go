package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hearsay"
	"io"
	"math"
)

// Model is an averaged-perceptron tagger: a weight per feature and label,
// quantised to int16, in an open-addressing table keyed by feature hash.
type Model struct {
	slots []slot // open addressing; key 0 = empty
	mask  uint32
	scale float32
	// label-transition scores, precomputed: prev[p][l] for the feature
	// "previous label p", prev2[p][p2][l] for "previous two labels"
	prev  [nLabels][nLabels]float32
	prev2 [nLabels][nLabels][nLabels]float32
}

const nLabels = 9

// slot holds a feature's key next to its weights, so that one lookup
// touches one cache line.
type slot struct {
	key uint32
	w   [nLabels]int16
}

const magic = "HSNER1\n"

// Score adds the weights of feats to scores.
func (m *Model) Score(feats []uint32, scores *[nLabels]float32) {
	for _, f := range feats {
		i := f & m.mask
		for {
			sl := &m.slots[i]
			if sl.key == f {
				for l := range scores {
					scores[l] += float32(sl.w[l])
				}
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & m.mask
		}
	}
}

func (m *Model) lookup(f uint32) *slot {
	i := f & m.mask
	for {
		sl := &m.slots[i]
		if sl.key == f {
			return sl
		}
		if sl.key == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// Write writes a model with the given weights (feature → per-label
// weights) in the gzip'd binary format Read reads.
func Write(w io.Writer, weights map[uint32][]float32) error {
	var maxAbs float64
	for _, ws := range weights {
		for _, x := range ws {
			maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
		}
	}
	if maxAbs == 0 {
		return errors.New("ner: empty model")
	}
	scale := maxAbs / 32000
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, float32(scale))
	binary.Write(bw, binary.LittleEndian, uint8(len(Labels)))
	binary.Write(bw, binary.LittleEndian, uint32(len(weights)))
	keys := make([]uint32, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	sortUint32(keys)
	q := make([]int16, len(Labels))
	for _, k := range keys {
		for l, x := range weights[k] {
			q[l] = int16(math.Round(float64(x) / scale))
		}
		binary.Write(bw, binary.LittleEndian, k)
		binary.Write(bw, binary.LittleEndian, q)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func sortUint32(a []uint32) {
	// insertion into a radix-free sort; sort.Slice would do, this keeps
	// the model package free of reflection in its hot path
	if len(a) < 2 {
		return
	}
	quick(a, 0, len(a)-1)
}

func quick(a []uint32, lo, hi int) {
	for lo < hi {
		p := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			quick(a, lo, j)
			lo = i
		} else {
			quick(a, i, hi)
			hi = j
		}
	}
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("ner model: bad header")
	}
	var scale float32
	var nl uint8
	var n uint32
	binary.Read(br, binary.LittleEndian, &scale)
	binary.Read(br, binary.LittleEndian, &nl)
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if int(nl) != len(Labels) || n > 1<<24 {
		return nil, fmt.Errorf("ner model: %d labels, %d features: does not match this build", nl, n)
	}
	size := uint32(1)
	for size < n*2 {
		size <<= 1
	}
	m := &Model{slots: make([]slot, size), mask: size - 1, scale: scale}
	q := make([]int16, len(Labels))
	for j := uint32(0); j < n; j++ {
		var k uint32
		binary.Read(br, binary.LittleEndian, &k)
		if err := binary.Read(br, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("ner model: feature %d: %w", j, err)
		}
		if k == 0 {
			continue
		}
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i].key = k
		copy(m.slots[i].w[:], q)
	}
	for p := range Labels {
		if sl := m.lookup(hash(fPrev, Labels[p])); sl != nil {
			for l := range Labels {
				m.prev[p][l] = float32(sl.w[l])
			}
		}
		for p2 := range Labels {
			if sl := m.lookup(hash2(fPrev2, Labels[p], Labels[p2])); sl != nil {
				for l := range Labels {
					m.prev2[p][p2][l] = float32(sl.w[l])
				}
			}
		}
	}
	return m, nil
}

// Tag labels the tokens of s greedily, left to right, under the BIO
// constraint; out receives one label index per token.
func (m *Model) Tag(s *Sentence, out []int) []int {
	out = out[:0]
	feats := make([]uint32, 0, 32)
	var scores [nLabels]float32
	prev, prev2 := 0, 0
	for i, t := range s.Tokens {
		// A name starts with a capital or a digit: outside a name, a
		// lower-case word or a mark is O without scoring (most tokens).
		if prev == 0 && !t.Cap && t.Kind != hearsay.Number {
			out = append(out, 0)
			prev2, prev = prev, 0
			continue
		}
		feats = s.Static(i, feats[:0])
		feats = append(feats, hash2(fPrevW0, Labels[prev], s.low[i]))
		scores = m.prev[prev]
		for l, v := range m.prev2[prev][prev2] {
			scores[l] += v
		}
		m.Score(feats, &scores)
		best := 0
		for l := 1; l < nLabels; l++ {
			if Allowed(prev, l) && scores[l] > scores[best] {
				best = l
			}
		}
		out = append(out, best)
		prev2, prev = prev, best
	}
	return out
}
