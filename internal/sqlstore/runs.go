package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// The lineage index's merged part, where the dialect has a tail, is a few
// sorted runs of (value, quote id) pairs, stored in blocks of about 3.5 KB
// (lineage_blocks: one row a block, its pairs packed 16 bytes each), not
// one B-tree row a pair: a merge writes its pairs as a few thousand
// sequential blobs. Each process keeps every run's block directory (first
// and last value of each block) in memory, so that looking up a value
// reads one block a run, by rowid. After a merge the newest runs are
// combined while the older is at most twice the size of the newer (the
// logarithmic method): runs stay few and each pair is rewritten a few
// times over the life of the corpus.

// blockPairs is how many pairs a block takes before it is closed at the
// next value: a value's pairs never straddle two blocks, and a block
// stays within one page (maxPostings pairs more at most).
const blockPairs = 200

// maxRunPairs bounds the runs combined at once (their pairs are held in
// memory while they are rewritten).
const maxRunPairs = 1 << 22

type vpair struct{ v, id int64 }

func comparePairs(a, b vpair) int {
	if c := cmp.Compare(a.v, b.v); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// run is one sorted run: its blocks in value order.
type run struct {
	id  int64
	n   int // pairs
	dir []blockRef
}

type blockRef struct{ first, last, id int64 }

func packPairs(ps []vpair) []byte {
	b := make([]byte, 16*len(ps))
	for i, p := range ps {
		binary.LittleEndian.PutUint64(b[16*i:], uint64(p.v))
		binary.LittleEndian.PutUint64(b[16*i+8:], uint64(p.id))
	}
	return b
}

func unpackPairs(b []byte, ps []vpair) ([]vpair, error) {
	if len(b)%16 != 0 {
		return ps, fmt.Errorf("lineage block of %d bytes", len(b))
	}
	for i := 0; i < len(b); i += 16 {
		ps = append(ps, vpair{int64(binary.LittleEndian.Uint64(b[i:])), int64(binary.LittleEndian.Uint64(b[i+8:]))})
	}
	return ps, nil
}

// loadRuns reads the runs' directories into l and adds their values to
// l's filter.
func loadRuns(ctx context.Context, t *txq, l *lineageState) error {
	var buf []vpair
	return scanAll(ctx, t, `SELECT id, run, first, last, pairs FROM lineage_blocks ORDER BY run, first`, nil, func(rows *sql.Rows) error {
		var id, r, first, last int64
		var b []byte
		if err := rows.Scan(&id, &r, &first, &last, &b); err != nil {
			return err
		}
		var err error
		if buf, err = unpackPairs(b, buf[:0]); err != nil {
			return fmt.Errorf("block %d: %w", id, err)
		}
		if len(l.runs) == 0 || l.runs[len(l.runs)-1].id != r {
			l.runs = append(l.runs, run{id: r})
		}
		cur := &l.runs[len(l.runs)-1]
		cur.n += len(buf)
		cur.dir = append(cur.dir, blockRef{first, last, id})
		for _, p := range buf {
			l.filter.add(p.v)
		}
		return nil
	})
}

// lookupRuns calls fn with each pair of the runs whose value is one of vs.
func lookupRuns(ctx context.Context, t *txq, runs []run, vs []any, fn func(v, id int64)) error {
	if len(runs) == 0 || len(vs) == 0 {
		return nil
	}
	blocks := map[int64][]int64{} // block → the values to find in it
	var ids []any
	for _, x := range vs {
		v := x.(int64)
		for _, r := range runs {
			i := sort.Search(len(r.dir), func(i int) bool { return r.dir[i].first > v }) - 1
			if i < 0 || v > r.dir[i].last {
				continue
			}
			id := r.dir[i].id
			if _, ok := blocks[id]; !ok {
				ids = append(ids, id)
			}
			blocks[id] = append(blocks[id], v)
		}
	}
	return t.queryIn(ctx, `SELECT id, pairs FROM lineage_blocks WHERE id IN (%s)`, ids, func(rows *sql.Rows) error {
		var id int64
		var b sql.RawBytes
		if err := rows.Scan(&id, &b); err != nil {
			return err
		}
		if len(b)%16 != 0 {
			return fmt.Errorf("lineage block %d of %d bytes", id, len(b))
		}
		n := len(b) / 16
		at := func(i int) int64 { return int64(binary.LittleEndian.Uint64(b[16*i:])) }
		for _, v := range blocks[id] {
			for i := sort.Search(n, func(i int) bool { return at(i) >= v }); i < n && at(i) == v; i++ {
				fn(v, int64(binary.LittleEndian.Uint64(b[16*i+8:])))
			}
		}
		return nil
	})
}

// writeRun writes pairs (the tail and the batch's new ones) as a new run
// in transaction t, combined with the newest runs of l as the logarithmic
// method says, and returns the runs l has once t commits.
func writeRun(ctx context.Context, t *txq, l *lineageState, pairs []vpair) ([]run, error) {
	k := len(l.runs)
	n := len(pairs)
	for k > 0 && l.runs[k-1].n <= 2*n && l.runs[k-1].n+n <= maxRunPairs {
		k--
		n += l.runs[k].n
	}
	var old []any
	for _, r := range l.runs[k:] {
		old = append(old, r.id)
	}
	if len(old) > 0 {
		var err error
		err = t.queryIn(ctx, `SELECT pairs FROM lineage_blocks WHERE run IN (%s)`, old, func(rows *sql.Rows) error {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				return err
			}
			pairs, err = unpackPairs(b, pairs)
			return err
		})
		if err != nil {
			return nil, err
		}
		if err := t.exec(ctx, `DELETE FROM lineage_blocks WHERE run IN `+rows(1, len(old)), old...); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(pairs, comparePairs)
	pairs = slices.Compact(pairs)
	var runID, blockID int64
	if err := t.tx.QueryRowContext(ctx, `SELECT coalesce(max(run), 0) + 1, coalesce(max(id), 0) + 1 FROM lineage_blocks`).Scan(&runID, &blockID); err != nil {
		return nil, err
	}
	nr := run{id: runID, n: len(pairs)}
	var args []any
	for start := 0; start < len(pairs); {
		end := min(len(pairs), start+blockPairs)
		for end < len(pairs) && pairs[end].v == pairs[end-1].v {
			end++
		}
		blk := pairs[start:end]
		ref := blockRef{blk[0].v, blk[len(blk)-1].v, blockID}
		nr.dir = append(nr.dir, ref)
		args = append(args, ref.id, runID, ref.first, ref.last, packPairs(blk))
		blockID++
		start = end
	}
	if err := t.insertRows(ctx, `INSERT INTO lineage_blocks (id, run, first, last, pairs) VALUES %s`, args, 5, 100); err != nil {
		return nil, err
	}
	return append(slices.Clone(l.runs[:k]), nr), nil
}
