// Package strtab holds read-only string tables built once from a map:
// open addressing over the keys' 64-bit hashes in one flat array, so that
// a lookup touches one slot instead of a Go map's control word, key and
// key bytes. The word lists the annotators ask about every token (tens of
// thousands of words) stay in cache this way.
//
// A key is known by its hash alone: a string outside the table answers
// as a key only if its 64-bit hash equals that key's, which for the
// lexicon's sizes happens with a probability of about 1 in 10^15 a
// lookup (the seed differs from process to process, so no input can aim
// at a collision). New reports two keys with one hash.
package strtab

import (
	"fmt"
	"hash/maphash"
)

var seed = maphash.MakeSeed()

// Table maps strings to values of type V.
type Table[V any] struct {
	hashes []uint64 // 0: empty
	vals   []V
	mask   uint64
}

// New builds a table of m.
func New[V any](m map[string]V) (*Table[V], error) {
	size := uint64(16)
	for size < uint64(len(m))*3/2+1 {
		size <<= 1
	}
	t := &Table[V]{hashes: make([]uint64, size), vals: make([]V, size), mask: size - 1}
	for k, v := range m {
		h := hash(k)
		i := h & t.mask
		for t.hashes[i] != 0 {
			if t.hashes[i] == h {
				return nil, fmt.Errorf("strtab: two keys hash to %#x (one is %q)", h, k)
			}
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.vals[i] = h, v
	}
	return t, nil
}

// MustNew is New for tables built from the program's own lists.
func MustNew[V any](m map[string]V) *Table[V] {
	t, err := New(m)
	if err != nil {
		panic(err)
	}
	return t
}

// Get returns the value of s and whether s is a key.
func (t *Table[V]) Get(s string) (V, bool) {
	h := hash(s)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case h:
			return t.vals[i], true
		case 0:
			var zero V
			return zero, false
		}
	}
}

// Memo answers Get for a fixed list of keys — a document's tokens — each
// looked up at most once, however often it is asked about.
type Memo[V any] struct {
	t    *Table[V]
	keys []string
	got  []memoEntry[V]
}

type memoEntry[V any] struct {
	v    V
	done bool
}

// Memo returns a Memo of t for keys.
func (t *Table[V]) Memo(keys []string) Memo[V] {
	return Memo[V]{t: t, keys: keys, got: make([]memoEntry[V], len(keys))}
}

// At returns the value of keys[i] (the zero value for no key).
func (m *Memo[V]) At(i int) V {
	e := &m.got[i]
	if !e.done {
		e.v, _ = m.t.Get(m.keys[i])
		e.done = true
	}
	return e.v
}

// hash is s's 64-bit hash (the runtime's, with a seed made at start-up);
// never 0.
func hash(s string) uint64 {
	h := maphash.String(seed, s)
	if h == 0 {
		h = 1
	}
	return h
}
