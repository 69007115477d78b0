package sqlstore

import (
	"context"
	"database/sql"
	"fmt"

	"hearsay/lineage"
)

// bandFilter is a Bloom filter of the values in the lineage index
// (quote_bands), so that a lookup asks the database only for values that
// may be there: a new statement's values mostly are not, and each value
// looked up costs a B-tree descent. It covers every quote with an id up
// to upTo; a store whose quote ids are not handed out in commit order
// (a sequence shared by concurrent writers) does not use one.
type bandFilter struct {
	bits []uint64
	n    int   // values added
	cap  int   // values it holds at about 1% false positives
	upTo int64 // the quotes it covers: ids ≤ upTo
}

const (
	bloomK       = 7  // probes a value
	bloomBitsPer = 10 // bits a value: about 1% false positives with 7 probes
	minBloomCap  = 1 << 18
	// catchUpMax is how many quotes written by another process the
	// filter reads and hashes before it is cheaper to rebuild it.
	catchUpMax = 50000
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

// syncFilter returns the store's band filter brought up to the quotes
// committed before transaction t (ids below t.first), building it from
// the index or hashing quotes another process wrote since it last saw
// them; nil when the dialect hands out ids another way or t has no quote
// ids yet. The caller holds putMu and the transaction, so nothing is
// committed meanwhile.
func (s *Store) syncFilter(ctx context.Context, t *txq) (*bandFilter, error) {
	if s.d.QuoteIDs != "" || t.first == 0 {
		return nil, nil
	}
	committed := t.first - 1
	f := s.filter
	if f != nil && f.upTo == committed && f.n <= f.cap {
		return f, nil
	}
	if f == nil || f.upTo > committed || committed-f.upTo > catchUpMax || f.n > f.cap {
		// (re)build from the index itself
		var n int
		if err := t.tx.QueryRowContext(ctx, `SELECT count(*) FROM quote_bands`).Scan(&n); err != nil {
			return nil, fmt.Errorf("lineage filter: %w", err)
		}
		f = newBandFilter(2 * n)
		err := scanAll(ctx, t, `SELECT band FROM quote_bands`, nil, func(rows *sql.Rows) error {
			var b int64
			err := rows.Scan(&b)
			f.add(b)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("lineage filter: %w", err)
		}
	} else {
		// another process wrote quotes since: add all their values (a
		// superset of the exemplars it indexed)
		err := scanAll(ctx, t, s.q(`SELECT text FROM quotes WHERE id > ? AND id <= ?`), []any{f.upTo, committed}, func(rows *sql.Rows) error {
			var text string
			if err := rows.Scan(&text); err != nil {
				return err
			}
			if sh := lineage.Shingles(text); len(sh) > 0 {
				for _, b := range lineage.Bands(lineage.Signature(sh)) {
					f.add(b)
				}
			}
			return nil
		})
		if err != nil {
			s.filter = nil // partly updated: rebuilt next time
			return nil, fmt.Errorf("lineage filter: %w", err)
		}
	}
	f.upTo = committed
	s.filter = f
	return f, nil
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

// extendFilter adds a committed transaction's index values to the filter
// if the filter covered everything before it.
func (s *Store) extendFilter(t *txq) {
	f := s.filter
	if s.d.QuoteIDs != "" || t.first == 0 || f == nil {
		return
	}
	if f.upTo != t.first-1 {
		s.filter = nil // cannot happen while puts hold putMu; rebuilt if it does
		return
	}
	for i := 0; i+1 < len(t.bandArgs); i += 2 {
		f.add(t.bandArgs[i].(int64))
	}
	f.upTo = t.next - 1
}
