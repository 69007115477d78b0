package sqlstore

import (
	"context"
	"database/sql"
)

// bandFilter is a Bloom filter of the values in the lineage index
// (quote_bands), so that a lookup asks the database only for values that
// may be there: a new statement's values mostly are not, and each value
// looked up costs a B-tree descent.
type bandFilter struct {
	bits []uint64
	n    int // values added
	cap  int // values it holds at about 1% false positives
}

const (
	bloomK       = 7  // probes a value
	bloomBitsPer = 10 // bits a value: about 1% false positives with 7 probes
	minBloomCap  = 1 << 18
)

func newBandFilter(capacity int) *bandFilter {
	capacity = max(capacity, minBloomCap)
	return &bandFilter{bits: make([]uint64, (capacity*bloomBitsPer+63)/64), cap: capacity}
}

// probes derives the filter's bit positions from a band value (already a
// hash) by double hashing.
func (f *bandFilter) probe(v int64, fn func(bit uint64) bool) bool {
	h := uint64(v)
	h1 := h * 0x9e3779b97f4a7c15
	h2 := (h ^ h>>29) * 0xbf58476d1ce4e5b9
	m := uint64(len(f.bits) * 64)
	for i := uint64(0); i < bloomK; i++ {
		if !fn((h1 + i*h2) % m) {
			return false
		}
	}
	return true
}

func (f *bandFilter) add(v int64) {
	f.probe(v, func(b uint64) bool { f.bits[b/64] |= 1 << (b % 64); return true })
	f.n++
}

func (f *bandFilter) has(v int64) bool {
	return f.probe(v, func(b uint64) bool { return f.bits[b/64]&(1<<(b%64)) != 0 })
}

// scanAll runs query in transaction t and calls row for each row.
func scanAll(ctx context.Context, t *txq, query string, args []any, row func(*sql.Rows) error) error {
	rows, err := t.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
