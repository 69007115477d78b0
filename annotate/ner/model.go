package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model is an averaged-perceptron tagger: a weight per feature and label,
// quantised to int16, in an open-addressing table keyed by feature hash.
type Model struct {
	keys  []uint32 // 0 = empty slot
	vals  []int16  // len(Labels) weights per slot
	mask  uint32
	scale float32
}

const magic = "HSNER1\n"

// Score adds the weights of feats to scores (len(Labels)).
func (m *Model) Score(feats []uint32, scores []float32) {
	nl := len(Labels)
	for _, f := range feats {
		i := f & m.mask
		for {
			k := m.keys[i]
			if k == 0 {
				break
			}
			if k == f {
				w := m.vals[int(i)*nl : int(i)*nl+nl]
				for l := range scores {
					scores[l] += float32(w[l])
				}
				break
			}
			i = (i + 1) & m.mask
		}
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
	m := &Model{keys: make([]uint32, size), vals: make([]int16, int(size)*len(Labels)), mask: size - 1, scale: scale}
	q := make([]int16, len(Labels))
	for j := uint32(0); j < n; j++ {
		var k uint32
		binary.Read(br, binary.LittleEndian, &k)
		if err := binary.Read(br, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("ner model: feature %d: %w", j, err)
		}
		i := k & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = k
		copy(m.vals[int(i)*len(Labels):], q)
	}
	return m, nil
}

// Tag labels the tokens of s greedily, left to right, under the BIO
// constraint; out receives one label index per token.
func (m *Model) Tag(s *Sentence, out []int) []int {
	out = out[:0]
	feats := make([]uint32, 0, 32)
	scores := make([]float32, len(Labels))
	prev, prev2 := 0, 0
	for i := range s.Tokens {
		feats = s.Static(i, feats[:0])
		feats = s.Dynamic(i, prev, prev2, feats)
		for l := range scores {
			scores[l] = 0
		}
		m.Score(feats, scores)
		best := 0
		for l := 1; l < len(scores); l++ {
			if Allowed(prev, l) && scores[l] > scores[best] {
				best = l
			}
		}
		out = append(out, best)
		prev2, prev = prev, best
	}
	return out
}
