package sqlstore

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
)

// The lineage index maps each signature value of an indexed quote to the
// quote. Its values are hashes, so a B-tree keyed by them takes every new
// row on a random page: at commit a batch of new statements rewrites
// nearly every page of the index, a cost that grows with the corpus. A
// store whose quote ids follow commit order (SQLite) therefore keeps the
// index in two parts, as a log-structured merge does:
//
//   - the tail, the newest quotes' values: appended to quote_sigs, one
//     row a quote in id order (its pages written once, at the end of the
//     table), and held in memory by every process using the store, which
//     reads the rows other processes append;
//   - the merged part, sorted runs in lineage_blocks (runs.go), which
//     receives the whole tail as a new run once it holds tailMax values,
//     the tail emptied in the same transaction. lineage_state.merges
//     counts merges, so that a process sees another's and reloads. (A
//     store written before the runs keeps its older pairs in quote_bands,
//     a B-tree keyed by value, and reads them there.)
//
// Memory stays bounded by tailMax whatever the corpus size.

// tailMax is how many values the tail holds before it is merged.
const tailMax = 1 << 20

// tailIndex is the tail in memory: value → quote ids, a multimap in one
// open-addressing table with linear probing (a value's ids lie in the run
// of slots from its hash to the next empty one). A slot holds its value
// and id side by side, so that a probe reads one cache line.
type tailIndex struct {
	slots []slot
	n     int
}

type slot struct{ v, id int64 } // id 0: empty (ids start at 1)

func (x *tailIndex) start(v int64) int {
	return int((uint64(v) * 0x9e3779b97f4a7c15) >> 32 & uint64(len(x.slots)-1))
}

func (x *tailIndex) add(v, id int64) {
	if 2*(x.n+1) > len(x.slots) {
		old := x.slots
		x.slots, x.n = make([]slot, max(1<<12, 2*len(old))), 0
		for _, s := range old {
			if s.id != 0 {
				x.add(s.v, s.id)
			}
		}
	}
	mask := len(x.slots) - 1
	i := x.start(v)
	for x.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = slot{v, id}
	x.n++
}

// each calls fn with each quote indexed under v.
func (x *tailIndex) each(v int64, fn func(id int64)) {
	if x.n == 0 {
		return
	}
	mask := len(x.slots) - 1
	for i := x.start(v); x.slots[i].id != 0; i = (i + 1) & mask {
		if x.slots[i].v == v {
			fn(x.slots[i].id)
		}
	}
}

// count is how many quotes are indexed under v.
func (x *tailIndex) count(v int64) int {
	if x.n == 0 {
		return 0
	}
	n, mask := 0, len(x.slots)-1
	for i := x.start(v); x.slots[i].id != 0; i = (i + 1) & mask {
		if x.slots[i].v == v {
			n++
		}
	}
	return n
}

// lineageState is what a store holds in memory of the lineage index: the
// tail, a Bloom filter of quote_bands, and how far they reach.
type lineageState struct {
	tail tailIndex
	// quotes holds the shingles and cluster of the tail's quotes this
	// process wrote, so that a candidate among them (a reprint's original
	// is mostly recent) is compared without reading its text back
	quotes map[int64]tailQuote
	filter *bandFilter // of quote_bands and the runs
	runs   []run       // the merged part, oldest first (runs.go)
	legacy bool        // quote_bands, the merged part before runs, has rows
	merges int64       // lineage_state.merges when loaded
	upTo   int64       // the tail holds quote_sigs rows with ids ≤ upTo
}

type tailQuote struct {
	sh      []uint64
	cluster int64
}

// containment is lineage.Containment of a set and a tail quote's
// shingles.
func containment(a map[uint64]bool, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for _, x := range b {
		if a[x] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// tailQuote returns what l holds of quote id, if anything (l may be nil).
func (l *lineageState) tailQuote(id int64) (tailQuote, bool) {
	if l == nil {
		return tailQuote{}, false
	}
	q, ok := l.quotes[id]
	return q, ok
}

// sigRow is an indexed quote's values, for quote_sigs.
type sigRow struct {
	id     int64
	values []int64
}

func packSig(vs []int64) []byte {
	b := make([]byte, 8*len(vs))
	for i, v := range vs {
		binary.LittleEndian.PutUint64(b[8*i:], uint64(v))
	}
	return b
}

func unpackSig(b []byte, fn func(v int64)) error {
	if len(b)%8 != 0 {
		return fmt.Errorf("signature of %d bytes", len(b))
	}
	for i := 0; i < len(b); i += 8 {
		fn(int64(binary.LittleEndian.Uint64(b[i:])))
	}
	return nil
}

// syncLineage returns the store's lineage state brought up to the quotes
// committed before transaction t (ids below t.first): loaded from the
// database the first time, after another process merged, or when the
// filter is full; otherwise extended with the rows other processes
// appended to quote_sigs since. nil when the dialect has no tail. The
// caller holds putMu and the transaction's write lock, so nothing is
// committed meanwhile.
func (s *Store) syncLineage(ctx context.Context, t *txq) (*lineageState, error) {
	if !s.d.LineageTail || t.first == 0 {
		return nil, nil
	}
	if t.synced {
		return s.lin, nil
	}
	committed := t.first - 1
	var merges int64
	if err := t.tx.QueryRowContext(ctx, `SELECT merges FROM lineage_state`).Scan(&merges); err != nil {
		return nil, fmt.Errorf("lineage state: %w", err)
	}
	l := s.lin
	if l == nil || l.merges != merges || l.upTo > committed || l.filter.n > l.filter.cap {
		var legacy, n int
		if err := t.tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM quote_bands), (SELECT coalesce(sum(length(pairs)), 0) / 16 FROM lineage_blocks)`).Scan(&legacy, &n); err != nil {
			return nil, fmt.Errorf("lineage filter: %w", err)
		}
		// room for twice what it holds and the next merge, so that a merge
		// seldom overfills it
		l = &lineageState{filter: newBandFilter(2 * (legacy + n + s.tailMax())), merges: merges, legacy: legacy > 0}
		err := scanAll(ctx, t, `SELECT band FROM quote_bands`, nil, func(rows *sql.Rows) error {
			var b int64
			err := rows.Scan(&b)
			l.filter.add(b)
			return err
		})
		if err == nil {
			err = loadRuns(ctx, t, l)
		}
		if err != nil {
			return nil, fmt.Errorf("lineage filter: %w", err)
		}
	}
	if l.upTo < committed {
		s.lin = nil // until the tail is whole again
		err := scanAll(ctx, t, `SELECT quote_id, bands FROM quote_sigs WHERE quote_id > ? AND quote_id <= ?`, []any{l.upTo, committed}, func(rows *sql.Rows) error {
			var id int64
			var b []byte
			if err := rows.Scan(&id, &b); err != nil {
				return err
			}
			return unpackSig(b, func(v int64) { l.tail.add(v, id) })
		})
		if err != nil {
			return nil, fmt.Errorf("lineage tail: %w", err)
		}
		l.upTo = committed
	}
	s.lin, t.synced = l, true
	return l, nil
}

// flushSigs writes the batch's indexed quotes to the tail, or, when that
// would overfill it, merges the tail and them into a new run.
func (s *Store) flushSigs(ctx context.Context, t *txq) error {
	if len(t.sigs) == 0 {
		return nil
	}
	l := s.lin
	added := 0
	for _, r := range t.sigs {
		added += len(r.values)
	}
	if l.tail.n+added <= s.tailMax() {
		args := make([]any, 0, 2*len(t.sigs))
		for _, r := range t.sigs {
			args = append(args, r.id, packSig(r.values))
		}
		return t.insertRows(ctx, `INSERT INTO quote_sigs (quote_id, bands) VALUES %s`, args, 2, 250)
	}
	pairs := make([]vpair, 0, l.tail.n+added)
	for _, sl := range l.tail.slots {
		if sl.id != 0 {
			pairs = append(pairs, vpair{sl.v, sl.id})
		}
	}
	for _, r := range t.sigs {
		for _, v := range r.values {
			pairs = append(pairs, vpair{v, r.id})
		}
	}
	runs, err := writeRun(ctx, t, l, pairs)
	if err != nil {
		return err
	}
	if err := t.exec(ctx, `DELETE FROM quote_sigs`); err != nil {
		return err
	}
	if err := t.exec(ctx, `UPDATE lineage_state SET merges = merges + 1`); err != nil {
		return err
	}
	t.runs = runs
	return nil
}

func (s *Store) tailMax() int {
	if s.TailMax > 0 {
		return s.TailMax
	}
	return tailMax
}

// extendLineage brings the lineage state past a committed transaction:
// its quotes join the tail, or, if it merged (t.runs set), the filter
// takes the tail's values and the batch's and the tail starts empty.
func (s *Store) extendLineage(t *txq) {
	l := s.lin
	if !s.d.LineageTail || t.first == 0 || l == nil {
		return
	}
	if l.upTo != t.first-1 {
		s.lin = nil // cannot happen while puts hold putMu; reloaded if it does
		return
	}
	if t.runs != nil {
		for _, sl := range l.tail.slots {
			if sl.id != 0 {
				l.filter.add(sl.v)
			}
		}
		for _, r := range t.sigs {
			for _, v := range r.values {
				l.filter.add(v)
			}
		}
		l.runs = t.runs
		l.tail = tailIndex{}
		l.quotes = nil
		l.merges++
	} else {
		indexed := make(map[int64]bool, len(t.sigs))
		for _, r := range t.sigs {
			indexed[r.id] = true
			for _, v := range r.values {
				l.tail.add(v, r.id)
			}
		}
		if l.quotes == nil {
			l.quotes = map[int64]tailQuote{}
		}
		for _, q := range t.batch {
			if indexed[q.id] {
				sh := make([]uint64, 0, len(q.sh))
				for x := range q.sh {
					sh = append(sh, x)
				}
				l.quotes[q.id] = tailQuote{sh, q.cluster}
			}
		}
	}
	l.upTo = t.next - 1
}
