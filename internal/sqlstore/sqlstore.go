// Package sqlstore implements hearsay.Store over database/sql, for the
// engines that packages sqlite and postgres open: the same queries with
// the dialect's placeholders, schema and full-text search.
package sqlstore

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/zstd"

	"hearsay"
	"hearsay/lexicon"
	"hearsay/lineage"
)

// Dialect is what differs between engines.
type Dialect struct {
	Name string
	// Numbered placeholders ($1, $2, …) instead of ?.
	Numbered bool
	// FTS returns the condition matching quote q (alias) against a
	// full-text query bound to one placeholder.
	FTS string
	// FTSCommon, if set, replaces FTS for a query matching many quotes
	// (more than FTSCount says): a correlated check the planner can stop
	// early while walking quotes in date order.
	FTSCommon string
	// FTSCount counts matches up to a bound (one placeholder).
	FTSCount string
	// Migrations run in order, each in its own transaction, once.
	Migrations []string
	// QuoteIDs, if set, returns n new quote ids (one placeholder: n);
	// otherwise ids count on from the largest stored one.
	QuoteIDs string
	// FTSIndex, if set, adds the quotes with ids in [?, ?] to the
	// full-text index; run once a batch.
	FTSIndex string
	// Lock, if set, runs first in each migration transaction to keep
	// concurrent processes from migrating at once.
	Lock string
	// LineageTail: the newest part of the lineage index is appended to
	// quote_sigs and held in memory (see tail.go); needs quote ids handed
	// out in commit order (QuoteIDs unset) and the tables quote_sigs and
	// lineage_state.
	LineageTail bool
	// Interleave: a transaction's connection runs a statement while
	// another's rows are still being read (SQLite; not PostgreSQL's wire
	// protocol), so a batch's lineage work may overlap its entity work.
	Interleave bool
}

// Migrations reads the *.sql files of dir in fsys, in lexical order.
func Migrations(fsys fs.FS, dir string) []string {
	names, _ := fs.Glob(fsys, dir+"/*.sql")
	sort.Strings(names)
	var ms []string
	for _, n := range names {
		b, _ := fs.ReadFile(fsys, n)
		ms = append(ms, string(b))
	}
	return ms
}

// Store is a hearsay.Store on a database/sql connection.
type Store struct {
	db *sql.DB
	d  Dialect
	// Lease is how long a claim keeps other ingesters away.
	Lease time.Duration
	// Now can be replaced in tests.
	Now func() time.Time

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared once, used in every transaction
	// entCache holds committed entity ids by key (entities are never
	// deleted, so an id once committed stays right).
	entCache map[string]int64
	// TailMax, if positive, replaces tailMax (tests).
	TailMax int

	// putMu serialises PutBatch where the database does anyway (SQLite:
	// one writer), so that lin is changed by one batch at a time.
	putMu sync.Mutex
	lin   *lineageState
	// extended, if not nil, is closed when the last batch's quotes have
	// joined lin (extendLineage runs while the next batch starts); the
	// next batch's lineage work waits for it (awaitLineage)
	extended chan struct{}
	// prepared holds Prepare's work by document until PutBatch takes it
	prepared sync.Map
	// saturated holds signature values whose lineage lists are full
	// (maxPostings), bounded by maxSaturated
	saturated map[int64]bool
	// seen maps the hash of a committed quote's text to its cluster, so
	// that a verbatim reprint skips the lineage lookup (bounded: cleared
	// when full).
	seen map[[32]byte]int64
}

var _ hearsay.Store = (*Store)(nil)

// Open wraps db and runs the migrations not yet applied.
func Open(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	s := &Store{db: db, d: d, Lease: 2 * time.Minute, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// DB returns the underlying connection.
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) q(query string) string {
	if !s.d.Numbered {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// lockedTx begins a migration transaction holding the dialect's lock.
func (s *Store) lockedTx(ctx context.Context) (*sql.Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	if s.d.Lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("migrate: lock: %w", err)
		}
	}
	return tx, nil
}

func (s *Store) migrate(ctx context.Context) error {
	// under the lock too: two processes creating the same table at once
	// collide in PostgreSQL's catalogue even with IF NOT EXISTS
	tx, err := s.lockedTx(ctx)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		tx.Rollback()
		return fmt.Errorf("migrate: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for v, m := range s.d.Migrations {
		tx, err := s.lockedTx(ctx)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM schema_migrations WHERE version = ?`), v+1).Scan(&n); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate: %w", err)
		}
		if n > 0 {
			tx.Rollback()
			continue
		}
		for _, stmt := range splitSQL(m) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("migrate %d: %w\n%s", v+1, err, stmt)
			}
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version) VALUES (?)`), v+1); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %d: %w", v+1, err)
		}
		if err := tx.Commit(); err != nil {
			// another process migrated at the same time
			if n2, _ := s.version(ctx); n2 > v {
				continue
			}
			return fmt.Errorf("migrate %d: %w", v+1, err)
		}
	}
	return nil
}

func (s *Store) version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

// splitSQL splits a migration at ";" lines ending statements; statements
// holding BEGIN … END (triggers) end at "END;".
func splitSQL(m string) []string {
	var out []string
	var cur strings.Builder
	inTrigger := false
	for _, line := range strings.Split(m, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		u := strings.ToUpper(t)
		if strings.HasPrefix(u, "CREATE TRIGGER") {
			inTrigger = true
		}
		if inTrigger {
			if strings.HasPrefix(u, "END;") {
				out = append(out, cur.String())
				cur.Reset()
				inTrigger = false
			}
			continue
		}
		if strings.HasSuffix(t, ";") {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, cur.String())
	}
	return out
}

// awaitLineage waits until the last batch's quotes have joined the
// lineage state. The caller holds putMu.
func (s *Store) awaitLineage() {
	if s.extended != nil {
		<-s.extended
		s.extended = nil
	}
}

// Close closes the prepared statements and the connection.
func (s *Store) Close() error {
	s.putMu.Lock()
	s.awaitLineage()
	s.putMu.Unlock()
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

// Has implements hearsay.Store.
func (s *Store) Has(ctx context.Context, key string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM documents WHERE key = ?`), key).Scan(&n)
	return n > 0, err
}

// Claim implements hearsay.Store.
func (s *Store) Claim(ctx context.Context, key, owner string) (bool, error) {
	if ok, err := s.Has(ctx, key); err != nil || ok {
		return false, err
	}
	now := s.Now().UTC()
	var got string
	err := s.db.QueryRowContext(ctx, s.q(`INSERT INTO claims (key, owner, at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, at = excluded.at
		WHERE claims.owner = excluded.owner OR claims.at < ?
		RETURNING owner`), key, owner, now.Format(time.RFC3339Nano), now.Add(-s.Lease).Format(time.RFC3339Nano)).Scan(&got)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("claim %s: %w", key, err)
	}
	return got == owner, nil
}

// txq is a write transaction and what its batch has gathered so far:
// rows written together when the batch ends, and the quotes of the batch
// for lineage within it. While PutBatch overlaps its two halves, the
// entity side owns ents, aliases, aliasOrder and docEntArgs, and the
// lineage side (lineageAll) first, next, sigs, bandArgs, runs, synced,
// scratch, batch, batchBands and seen.
type txq struct {
	tx *sql.Tx
	s  *Store
	// first and next quote id counted out in this transaction (0: none)
	first, next int64

	ents       map[string]int64 // entity ids resolved in this transaction
	aliases    map[aliasKey]int
	aliasOrder []aliasKey
	quoteArgs  []any // quoteRowCols a row
	docEntArgs []any // (entity id, document id) pairs
	bandArgs   []any // (band, quote id) pairs, without a tail
	sigs       []sigRow
	runs       []run // the runs after a merge in this transaction, if any
	synced     bool  // the store's lineage state is up to this transaction
	scratch    clusterScratch
	claimKeys  []any
	batch      []batchQuote
	batchBands tailIndex          // band → index into batch + 1
	seen       map[[32]byte]int64 // quote text hash → cluster, this batch
}

// clusterScratch holds maps clusters clears and reuses for each document.
type clusterScratch struct {
	seen, full, need map[int64]bool
	stored           map[int64][]int64
	count            map[int64]int
}

type aliasKey struct {
	id int64
	a  string
}

// batchQuote is a quote stored in this transaction, for the lineage of
// later quotes in the same batch.
type batchQuote struct {
	id, cluster int64
	sh          map[uint64]bool
}

// stmt returns the prepared statement for q (in ? form).
func (s *Store) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, s.q(q))
	if err != nil {
		return nil, err
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[q] = st
	return st, nil
}

func (t *txq) exec(ctx context.Context, q string, args ...any) error {
	st, err := t.s.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	return err
}

func (t *txq) id(ctx context.Context, q string, args ...any) (int64, error) {
	st, err := t.s.stmt(ctx, q)
	if err != nil {
		return 0, err
	}
	var id int64
	err = t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...).Scan(&id)
	return id, err
}

// Put implements hearsay.Store.
func (s *Store) Put(ctx context.Context, d *hearsay.Document) (bool, error) {
	created, err := s.PutBatch(ctx, []*hearsay.Document{d})
	if err != nil {
		return false, err
	}
	return created[0], nil
}

// PutBatch implements hearsay.Store: one transaction for all of ds.
func (s *Store) PutBatch(ctx context.Context, ds []*hearsay.Document) ([]bool, error) {
	// everything that needs no database is done before the transaction
	// and on every core: the transaction holds the only write lock
	ps := s.prepareAll(ds)
	if s.d.QuoteIDs == "" {
		s.putMu.Lock()
		defer s.putMu.Unlock()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback()
	t := &txq{tx: tx, s: s, ents: map[string]int64{}, aliases: map[aliasKey]int{}, seen: map[[32]byte]int64{}}
	for _, p := range ps {
		if p.err != nil {
			return nil, p.err
		}
	}
	docIDs, err := s.insertDocs(ctx, t, ps)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	// The quotes' claim clusters are found on another goroutine (where
	// the dialect can interleave statements) while this one resolves the
	// documents' entities and writes their rows: the lineage work is
	// mostly Go and the entity work mostly SQLite, so the two overlap
	// (database/sql serialises their statements on the transaction). They
	// share no state: the lineage side owns the quote ids and the batch's
	// lineage index, this side the entities, aliases and claims.
	lins := make([]quoteLineage, len(ps))
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	if s.d.Interleave {
		go func() { done <- s.lineageAll(lctx, t, ps, docIDs, lins) }()
	} else {
		done <- s.lineageAll(lctx, t, ps, docIDs, lins)
	}
	ents := make([][]int64, len(ps))
	err = func() error {
		for i, p := range ps {
			if docIDs[i] == 0 {
				continue // stored before, or earlier in this batch
			}
			e, err := s.putEntities(ctx, t, p, docIDs[i])
			if err != nil {
				return err
			}
			ents[i] = e
		}
		if err := s.flushEntities(ctx, t); err != nil {
			return fmt.Errorf("put: %w", err)
		}
		return nil
	}()
	if err != nil {
		cancel() // and wait: the transaction is rolled back only after
	}
	if lerr := <-done; err == nil {
		err = lerr
	}
	if err != nil {
		return nil, err
	}
	created := make([]bool, len(ds))
	for i, p := range ps {
		if docIDs[i] == 0 {
			continue
		}
		s.quoteRows(t, p, docIDs[i], ents[i], lins[i])
		t.claimKeys = append(t.claimKeys, p.key)
		created[i] = true
	}
	if err := s.flush(ctx, t); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	if s.d.LineageTail {
		// the batch's quotes join the in-memory index on another core
		// while this batch returns and the next one writes its documents
		// and entities
		ch := make(chan struct{})
		s.extended = ch
		go func() {
			defer close(ch)
			s.extendLineage(t)
		}()
	}
	s.mu.Lock()
	if s.entCache == nil {
		s.entCache = map[string]int64{}
	}
	for k, id := range t.ents {
		s.entCache[k] = id
	}
	if s.seen == nil || len(s.seen)+len(t.seen) > maxSeen {
		s.seen = make(map[[32]byte]int64, len(t.seen))
	}
	for h, c := range t.seen {
		s.seen[h] = c
	}
	s.mu.Unlock()
	return created, nil
}

// flushEntities writes the entity rows the batch gathered: aliases and
// the documents' entities, in multi-row statements.
func (s *Store) flushEntities(ctx context.Context, t *txq) error {
	if err := t.insertRows(ctx, `INSERT INTO entity_aliases (entity_id, alias, n) VALUES %s
		ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n`, t.aliasArgs(), 3, 100); err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	// in key order (SQLite's table is keyed by entity): each page once
	sortPairs(t.docEntArgs)
	if err := t.insertRows(ctx, `INSERT INTO doc_entities (entity_id, doc_id) VALUES %s ON CONFLICT DO NOTHING`, t.docEntArgs, 2, 250); err != nil {
		return fmt.Errorf("document entities: %w", err)
	}
	return nil
}

// flush writes the quote rows the batch gathered, its lineage index and
// full-text index, and clears its claims, in multi-row statements.
func (s *Store) flush(ctx context.Context, t *txq) error {
	if err := t.insertRows(ctx, `INSERT INTO quotes (id, doc_id, idx, qstart, qend, text, kind, speaker, speaker_key, speaker_entity_id,
			anonymous, cue, evidence, via, context, published, outlet, cluster_id) VALUES %s`, t.quoteArgs, quoteRowCols, 50); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	if err := s.flushSigs(ctx, t); err != nil {
		return fmt.Errorf("lineage index: %w", err)
	}
	// the lineage index in band order: each of its pages is visited once
	sortPairs(t.bandArgs)
	if err := t.insertRows(ctx, `INSERT INTO quote_bands (band, quote_id) VALUES %s ON CONFLICT DO NOTHING`, t.bandArgs, 2, 250); err != nil {
		return fmt.Errorf("lineage index: %w", err)
	}
	// full-text index of the batch's quotes in one statement: one FTS
	// segment a batch instead of one a quote
	if s.d.FTSIndex != "" && t.first > 0 && t.next > t.first {
		if err := t.exec(ctx, s.d.FTSIndex, t.first, t.next-1); err != nil {
			return fmt.Errorf("full-text index: %w", err)
		}
	}
	for start := 0; start < len(t.claimKeys); start += 200 {
		part := t.claimKeys[start:min(len(t.claimKeys), start+200)]
		if err := t.exec(ctx, `DELETE FROM claims WHERE key IN `+rows(1, len(part)), part...); err != nil {
			return fmt.Errorf("claims: %w", err)
		}
	}
	return nil
}

// aliasArgs flattens the batch's aliases into (entity, alias, count) rows,
// in key order: each page of the table once.
func (t *txq) aliasArgs() []any {
	slices.SortFunc(t.aliasOrder, func(a, b aliasKey) int {
		if c := cmp.Compare(a.id, b.id); c != 0 {
			return c
		}
		return strings.Compare(a.a, b.a)
	})
	args := make([]any, 0, 3*len(t.aliasOrder))
	for _, k := range t.aliasOrder {
		args = append(args, k.id, k.a, t.aliases[k])
	}
	return args
}

// insertRows runs query, whose %s takes the VALUES rows, for args of cols
// values a row, per rows a statement.
func (t *txq) insertRows(ctx context.Context, query string, args []any, cols, per int) error {
	for start := 0; start < len(args); start += per * cols {
		part := args[start:min(len(args), start+per*cols)]
		if err := t.exec(ctx, fmt.Sprintf(query, rows(len(part)/cols, cols)), part...); err != nil {
			return err
		}
	}
	return nil
}

// quoteIDs returns n new quote ids: from the dialect's sequence, or
// counting on from the largest id (the transaction holds the write lock).
func (s *Store) quoteIDs(ctx context.Context, t *txq, n int) ([]int64, error) {
	ids := make([]int64, 0, n)
	if s.d.QuoteIDs != "" {
		st, err := s.stmt(ctx, s.d.QuoteIDs)
		if err != nil {
			return nil, err
		}
		rows, err := t.tx.StmtContext(ctx, st).QueryContext(ctx, n)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return nil, err
			}
			ids = append(ids, id)
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
		if len(ids) != n {
			return nil, fmt.Errorf("quote ids: got %d of %d", len(ids), n)
		}
		return ids, nil
	}
	if t.next == 0 {
		max, err := t.id(ctx, `SELECT coalesce(max(id), 0) FROM quotes`)
		if err != nil {
			return nil, err
		}
		t.next = max + 1
		t.first = t.next
	}
	for i := 0; i < n; i++ {
		ids = append(ids, t.next)
		t.next++
	}
	return ids, nil
}

var (
	zenc, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(runtime.GOMAXPROCS(0)))
	zdec, _ = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0))
)

// prepared is a document's rows as far as they can be made without the
// database.
type prepared struct {
	d        *hearsay.Document
	key      string
	body     []byte // zstd-compressed schema-1 JSON
	textHash string
	quotes   []prepQuote
	ents     []prepEntity // by entity index
	err      error
}

// prepEntity is a document entity's corpus key ("" if it is not a corpus
// entity) and its distinct non-pronoun mentions.
type prepEntity struct {
	key     string
	aliases []string
}

// prepQuote is one quote's row values and lineage keys.
type prepQuote struct {
	text                  string
	hash                  [32]byte        // of text
	sh                    map[uint64]bool // shingles; nil when text was seen before
	bands                 []int64
	speaker, cue, context string
	via                   string // JSON list of outlet names
	anon                  bool
}

// Prepare does the part of storing d that needs no database — its JSON,
// compression, hashes and lineage signatures — ahead of PutBatch, on the
// caller's goroutine: hearsay ingest calls it in its analysis workers so
// that the one writer only writes. d must not change before it is put;
// the work is kept until PutBatch takes d.
func (s *Store) Prepare(d *hearsay.Document) {
	s.prepared.Store(d, s.prepare(d))
}

// prepareAll prepares ds on all cores, taking what Prepare did.
func (s *Store) prepareAll(ds []*hearsay.Document) []prepared {
	ps := make([]prepared, len(ds))
	var todo []int
	for i, d := range ds {
		if v, ok := s.prepared.LoadAndDelete(d); ok {
			ps[i] = v.(prepared)
		} else {
			todo = append(todo, i)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := min(runtime.GOMAXPROCS(0), len(todo)); w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < len(todo); k = int(next.Add(1) - 1) {
				ps[todo[k]] = s.prepare(ds[todo[k]])
			}
		}()
	}
	wg.Wait()
	return ps
}

func (s *Store) prepare(d *hearsay.Document) prepared {
	p := prepared{d: d, key: hearsay.Key(d.Article)}
	js, err := json.Marshal(d.JSON())
	if err != nil {
		p.err = fmt.Errorf("put %s: %w", p.key, err)
		return p
	}
	p.body = zenc.EncodeAll(js, make([]byte, 0, len(js)/3))
	p.textHash = hearsay.Key(hearsay.Article{Text: d.Text})
	p.ents = make([]prepEntity, len(d.Entities))
	seen := map[string]bool{} // an entity's aliases, lower-cased
	for i, e := range d.Entities {
		if e.Anonymous || e.Name == "" || !d.Named(i) {
			continue // only named entities are corpus entities
		}
		pe := &p.ents[i]
		pe.key = entityKey(e.Type, e.Name)
		clear(seen)
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			if m.Kind == hearsay.Pronoun {
				continue
			}
			a := strings.TrimSpace(d.Slice(m.Span))
			if a == "" || len(a) > 200 {
				continue
			}
			if la := strings.ToLower(a); !seen[la] {
				seen[la] = true
				pe.aliases = append(pe.aliases, a)
			}
		}
	}
	p.quotes = make([]prepQuote, len(d.Quotes))
	known := make([]bool, len(d.Quotes))
	for qi, q := range d.Quotes {
		p.quotes[qi].text = d.Slice(q.Span)
		p.quotes[qi].hash = sha256.Sum256([]byte(p.quotes[qi].text))
	}
	s.mu.Lock()
	for qi := range p.quotes {
		_, known[qi] = s.seen[p.quotes[qi].hash]
	}
	s.mu.Unlock()
	for qi, q := range d.Quotes {
		pq := &p.quotes[qi]
		if !known[qi] {
			// a text seen before joins that quote's cluster without a
			// lineage lookup; a new one needs its shingles and bands
			pq.sh = lineage.Shingles(pq.text)
			if len(pq.sh) > 0 {
				pq.bands = lineage.Bands(lineage.Signature(pq.sh))
			}
		}
		if q.Speaker != nil {
			pq.speaker = d.Slice(q.Speaker.Span)
			pq.anon = q.Speaker.Anonymous
			if q.Speaker.Entity >= 0 {
				pq.speaker = d.Entities[q.Speaker.Entity].Name
			}
		}
		if q.Cue != nil {
			pq.cue = d.Slice(*q.Cue)
		}
		var via []string
		for _, v := range q.Via {
			via = append(via, d.Entities[v].Name)
		}
		vj, _ := json.Marshal(via)
		pq.via = string(vj)
		pq.context = contextOf(d, q)
	}
	return p
}

// insertDocs inserts the batch's document rows, many to a statement, and
// returns each one's new id: 0 for a document stored before or earlier in
// the batch.
func (s *Store) insertDocs(ctx context.Context, t *txq, ps []prepared) ([]int64, error) {
	const cols, per = 11, 40
	first := map[string]int{}
	var args []any
	now := s.Now().UTC().Format(time.RFC3339)
	for i, p := range ps {
		if _, dup := first[p.key]; dup {
			continue
		}
		first[p.key] = i
		d := p.d
		var pub any
		if d.Published != "" {
			pub = d.Published
		}
		args = append(args, p.key, d.URL, d.Outlet, pub, d.Title, d.Byline, p.textHash, len(d.Quotes), "", p.body, now)
	}
	ids := make([]int64, len(ps))
	for start := 0; start < len(args); start += per * cols {
		part := args[start:min(len(args), start+per*cols)]
		q := `INSERT INTO documents (key, url, outlet, published, title, byline, text_hash, n_quotes, json, body, ingested_at)
			VALUES ` + rows(len(part)/cols, cols) + ` ON CONFLICT (key) DO NOTHING RETURNING id, key`
		err := scanAll(ctx, t, s.q(q), part, func(rs *sql.Rows) error {
			var id int64
			var key string
			err := rs.Scan(&id, &key)
			ids[first[key]] = id
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
	}
	return ids, nil
}

// putEntities resolves the corpus entities of a document whose row is
// docID in transaction t, gathers its aliases and document-entity rows
// for flushEntities, and returns the corpus id of each of its entities
// (-1: not a corpus entity).
func (s *Store) putEntities(ctx context.Context, t *txq, p prepared, docID int64) ([]int64, error) {
	d, key := p.d, p.key
	ents := make([]int64, len(d.Entities))
	docEnts := map[int64]bool{}
	var entOrder []int64
	for i, e := range d.Entities {
		ents[i] = -1
		pe := p.ents[i]
		if pe.key == "" {
			continue // only named entities are corpus entities
		}
		id, err := s.entity(ctx, t, pe.key, e)
		if err != nil {
			return nil, fmt.Errorf("put %s: entity %q: %w", key, e.Name, err)
		}
		ents[i] = id
		if !docEnts[id] {
			docEnts[id] = true
			entOrder = append(entOrder, id)
		}
		for _, a := range pe.aliases {
			k := aliasKey{id, a}
			if t.aliases[k] == 0 {
				t.aliasOrder = append(t.aliasOrder, k)
			}
			t.aliases[k]++
		}
	}
	for _, id := range entOrder {
		t.docEntArgs = append(t.docEntArgs, id, docID)
	}
	return ents, nil
}

// quoteLineage is what lineageAll found for a document's quotes: their
// new ids and claim clusters.
type quoteLineage struct {
	ids, clusters []int64
}

// lineageAll numbers the quotes of the batch's new documents (docIDs[i]
// not 0) and finds their claim clusters, document after document, into
// out. It touches only the transaction's lineage state.
func (s *Store) lineageAll(ctx context.Context, t *txq, ps []prepared, docIDs []int64, out []quoteLineage) error {
	s.awaitLineage()
	for i, p := range ps {
		if docIDs[i] == 0 || len(p.d.Quotes) == 0 {
			continue
		}
		ids, err := s.quoteIDs(ctx, t, len(p.d.Quotes))
		if err != nil {
			return fmt.Errorf("put %s: quote ids: %w", p.key, err)
		}
		cl, err := s.clusters(ctx, t, ids, p.quotes)
		if err != nil {
			return fmt.Errorf("put %s: lineage: %w", p.key, err)
		}
		out[i] = quoteLineage{ids, cl}
	}
	return nil
}

const quoteRowCols = 18

// quoteRows gathers the quote rows of a document whose row is docID, with
// its entities' corpus ids and its quotes' ids and clusters, for flush.
func (s *Store) quoteRows(t *txq, p prepared, docID int64, ents []int64, l quoteLineage) {
	d := p.d
	var pub any
	if d.Published != "" {
		pub = d.Published
	}
	for qi, q := range d.Quotes {
		pq := &p.quotes[qi]
		spEnt := any(nil)
		if q.Speaker != nil && q.Speaker.Entity >= 0 {
			if id := ents[q.Speaker.Entity]; id >= 0 {
				spEnt = id
			}
		}
		t.quoteArgs = append(t.quoteArgs, l.ids[qi], docID, qi, q.Start, q.End, pq.text, q.Kind.String(), pq.speaker, strings.ToLower(pq.speaker), spEnt,
			pq.anon, pq.cue, q.Evidence.String(), pq.via, pq.context, pub, d.Outlet, l.clusters[qi])
	}
}

// rows returns n parenthesised groups of k placeholders: "(?, ?), (?, ?)".
func rows(n, k int) string {
	g := "(" + strings.TrimSuffix(strings.Repeat("?, ", k), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(g+", ", n), ", ")
}

// contextOf is what a quote's sentences say outside the quote — where
// the attribution and hedges stand ("reportedly", "she said") — with
// " … " for the quote; "" when there is nothing or more than 600 bytes.
// The quote's own text is stored beside it, so it is not stored twice.
func contextOf(d *hearsay.Document, q hearsay.Quote) string {
	si := d.SentenceAt(q.Start)
	if si < 0 {
		return ""
	}
	ei := max(si, d.SentenceAt(max(q.Start, q.End-1)))
	start, end := d.Sentences[si].Start, d.Sentences[ei].End
	var before, after string
	if start < q.Start {
		before = strings.TrimSpace(d.Text[start:q.Start])
	}
	if q.End < end {
		after = strings.TrimSpace(d.Text[q.End:end])
	}
	if before == "" && after == "" || len(before)+len(after) > 600 {
		return ""
	}
	return strings.TrimSpace(before + " … " + after)
}

// entityKey is the corpus identity of an entity: its type and normalised name.
func entityKey(t hearsay.EntityType, name string) string {
	n := strings.Join(strings.Fields(lexicon.Lower(name)), " ")
	n = strings.TrimPrefix(n, "the ")
	return string(t) + ":" + n
}

// entity returns the corpus id of e, creating it; a one-word person name
// joins the only stored person whose full name starts or ends with it.
func (s *Store) entity(ctx context.Context, t *txq, key string, e hearsay.Entity) (int64, error) {
	if id, ok := t.ents[key]; ok {
		return id, nil
	}
	s.mu.Lock()
	id, ok := s.entCache[key]
	s.mu.Unlock()
	if ok {
		return id, nil
	}
	id, err := s.lookupEntity(ctx, t, key, e)
	if err == nil {
		t.ents[key] = id
	}
	return id, err
}

func (s *Store) lookupEntity(ctx context.Context, t *txq, key string, e hearsay.Entity) (int64, error) {
	if id, err := t.id(ctx, `SELECT id FROM entities WHERE key = ?`, key); err == nil {
		return id, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if e.Type == hearsay.Person && !strings.Contains(strings.TrimSpace(e.Name), " ") {
		w := strings.TrimPrefix(key, "PERSON:")
		rows, err := t.tx.QueryContext(ctx, s.q(`SELECT id FROM entities WHERE type = 'PERSON' AND (key LIKE ? OR key LIKE ?) LIMIT 2`),
			"PERSON:"+w+" %", "PERSON:% "+w)
		if err != nil {
			return 0, err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		rows.Close()
		if len(ids) == 1 {
			return ids[0], nil
		}
	}
	return t.id(ctx, `INSERT INTO entities (key, name, type) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET name = entities.name RETURNING id`, key, e.Name, string(e.Type))
}

// maxSeen bounds the store's map of quote texts to clusters.
const maxSeen = 200000

// maxPostings is how many quotes one signature value indexes at most.
// Unrelated quotes share a value when they share the 3-gram that is
// smallest under that hash ("i don't know"); such a value lists more
// and more quotes as the corpus grows and says little, while the same
// statement reprinted shares many rare values. Capping the lists keeps
// a lookup's cost bounded whatever the corpus size.
const maxPostings = 32

// maxSaturated bounds the store's set of full signature values.
const maxSaturated = 1 << 20

// maxBandRows bounds the lineage index rows read for one document.
const maxBandRows = 20000

// clusters finds the claim cluster of each of a document's quotes: the
// cluster of the most similar indexed quote from another document
// (stored, or earlier in this batch), or the quote's own. Only exemplars
// are indexed — the first quote of a cluster and variants that differ
// from every indexed one — so verbatim reprints add no index rows. One
// query reads the index rows of all the document's quotes, one more the
// candidates' text.
func (s *Store) clusters(ctx context.Context, t *txq, ids []int64, qs []prepQuote) ([]int64, error) {
	out := make([]int64, len(qs))
	shs := make([]map[uint64]bool, len(qs))
	bands := make([][]int64, len(qs))
	hashes := make([][32]byte, len(qs))
	known := make([]bool, len(qs))
	var args []any
	if t.scratch.seen == nil {
		t.scratch = clusterScratch{seen: map[int64]bool{}, stored: map[int64][]int64{}, full: map[int64]bool{}, count: map[int64]int{}, need: map[int64]bool{}}
	}
	sc := &t.scratch
	seen, stored, full, need := sc.seen, sc.stored, sc.full, sc.need
	clear(seen)
	clear(stored)
	clear(full)
	clear(need)
	for i := range qs {
		q := &qs[i]
		out[i] = ids[i]
		// a text seen before (committed, or earlier in this batch) joins
		// that quote's cluster: its best match is always the identical
		// exemplar
		hashes[i] = q.hash
		if c, ok := t.seen[hashes[i]]; ok {
			out[i], known[i] = c, true
			continue
		}
		s.mu.Lock()
		c, ok := s.seen[hashes[i]]
		s.mu.Unlock()
		if ok {
			out[i], known[i] = c, true
			continue
		}
		if q.sh == nil {
			// seen when prepared, since forgotten (the map was cleared)
			q.sh = lineage.Shingles(q.text)
			if len(q.sh) > 0 {
				q.bands = lineage.Bands(lineage.Signature(q.sh))
			}
		}
		shs[i], bands[i] = q.sh, q.bands
		if len(shs[i]) == 0 {
			continue
		}
		for _, b := range bands[i] {
			if !seen[b] {
				seen[b] = true
				args = append(args, b)
			}
		}
	}
	// stored candidates: band → quote ids, from the tail in memory and
	// the database; values the filter rules out are not looked up there
	l, err := s.syncLineage(ctx, t)
	if err != nil {
		return nil, err
	}
	var f *bandFilter
	if l != nil {
		f = l.filter
		for _, b := range args {
			v := b.(int64)
			l.tail.each(v, func(id int64) { stored[v] = append(stored[v], id) })
		}
	}
	kept := args[:0]
	// full: values whose lists are full: not looked up, not extended
	s.mu.Lock()
	for _, b := range args {
		switch v := b.(int64); {
		case s.saturated[v]:
			full[v] = true
		case f == nil || f.has(v):
			kept = append(kept, b)
		}
	}
	s.mu.Unlock()
	args = kept
	if l != nil {
		err := lookupRuns(ctx, t, l.runs, args, func(v, id int64) { stored[v] = append(stored[v], id) })
		if err != nil {
			return nil, err
		}
		if !l.legacy {
			args = nil
		}
	}
	err = t.queryIn(ctx, `SELECT band, quote_id FROM quote_bands WHERE band IN (%s) LIMIT `+strconv.Itoa(maxBandRows), args,
		func(rows *sql.Rows) error {
			var b, q int64
			if err := rows.Scan(&b, &q); err != nil {
				return err
			}
			stored[b] = append(stored[b], q)
			return nil
		})
	if err != nil {
		return nil, err
	}
	// values whose lists are full are remembered and not looked up again
	// (lists only grow), nor counted as shared
	s.mu.Lock()
	for b, qs := range stored {
		if len(qs) >= maxPostings {
			if s.saturated == nil || len(s.saturated) >= maxSaturated {
				s.saturated = map[int64]bool{}
			}
			s.saturated[b] = true
			full[b] = true
			delete(stored, b)
		}
	}
	s.mu.Unlock()
	// the best few candidates of each quote by shared MinHash values (an
	// estimate of their similarity); negative ids are batch quotes
	type cand struct {
		id int64 // stored quote id, or -(index into t.batch)-1
		n  int
	}
	const best = 8
	cands := make([][]cand, len(qs))
	count := sc.count
	for i := range qs {
		clear(count)
		for _, b := range bands[i] {
			for _, q := range stored[b] {
				count[q]++
			}
			// the document's own quotes join the batch only after this
			// loop, so they are never their own candidates
			t.batchBands.each(b, func(bi int64) { count[-bi]++ })
		}
		// one shared value of sixteen is weak evidence (unrelated quotes
		// share one about half the time); two or more are needed, unless
		// the quote is so short that its signature has few values
		minShared := 2
		if len(shs[i]) < 4 {
			minShared = 1
		}
		cs := make([]cand, 0, len(count))
		for id, n := range count {
			if n >= minShared {
				cs = append(cs, cand{id, n})
			}
		}
		sort.Slice(cs, func(a, b int) bool {
			if cs[a].n != cs[b].n {
				return cs[a].n > cs[b].n
			}
			return candOrder(cs[a].id, t) < candOrder(cs[b].id, t)
		})
		if len(cs) > best {
			cs = cs[:best]
		}
		cands[i] = cs
		for _, c := range cs {
			if _, ok := l.tailQuote(c.id); c.id > 0 && !ok {
				need[c.id] = true
			}
		}
	}
	type storedQuote struct {
		sh      map[uint64]bool
		cluster int64
	}
	got := map[int64]storedQuote{}
	if len(need) > 0 {
		qa := make([]any, 0, len(need))
		for id := range need {
			qa = append(qa, id)
		}
		err := t.queryIn(ctx, `SELECT id, text, cluster_id FROM quotes WHERE id IN (%s)`, qa, func(rows *sql.Rows) error {
			var id, cl int64
			var txt string
			if err := rows.Scan(&id, &txt, &cl); err != nil {
				return err
			}
			got[id] = storedQuote{lineage.Shingles(txt), cl}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for i := range qs {
		if known[i] {
			continue
		}
		if len(shs[i]) == 0 {
			t.seen[hashes[i]] = out[i]
			continue
		}
		bestScore := 0.0
		for _, c := range cands[i] {
			var sh map[uint64]bool
			var cl int64
			if c.id < 0 {
				bq := t.batch[-c.id-1]
				sh, cl = bq.sh, bq.cluster
			} else if tq, ok := l.tailQuote(c.id); ok {
				if sc := containment(shs[i], tq.sh); sc >= lineage.Threshold && sc > bestScore {
					out[i], bestScore = tq.cluster, sc
				}
				continue
			} else if g, ok := got[c.id]; ok {
				sh, cl = g.sh, g.cluster
			} else {
				continue
			}
			if sc := lineage.Containment(shs[i], sh); sc >= lineage.Threshold && sc > bestScore {
				out[i], bestScore = cl, sc
			}
		}
		if bestScore < 0.9 {
			// an exemplar: indexed for later quotes
			bi := len(t.batch)
			t.batch = append(t.batch, batchQuote{ids[i], out[i], shs[i]})
			var vs []int64
			for _, b := range bands[i] {
				if full[b] || len(stored[b])+t.batchBands.count(b) >= maxPostings {
					// a value this many quotes share is weak evidence
					// and costly to read: its list stays as it is
					continue
				}
				if l != nil {
					vs = append(vs, b)
				} else {
					t.bandArgs = append(t.bandArgs, b, ids[i])
				}
				t.batchBands.add(b, int64(bi)+1)
			}
			if len(vs) > 0 {
				t.sigs = append(t.sigs, sigRow{ids[i], vs})
			}
		}
		t.seen[hashes[i]] = out[i]
	}
	return out, nil
}

// candOrder is the quote id a candidate stands for, to order ties as the
// store orders quotes.
func candOrder(id int64, t *txq) int64 {
	if id < 0 {
		return t.batch[-id-1].id
	}
	return id
}

// Document implements hearsay.Store.
func (s *Store) Document(ctx context.Context, key string) (*hearsay.JSONDocument, error) {
	var js string
	var body []byte
	err := s.db.QueryRowContext(ctx, s.q(`SELECT json, body FROM documents WHERE key = ?`), key).Scan(&js, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", key, hearsay.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", key, err)
	}
	raw := []byte(js)
	if len(body) > 0 {
		if raw, err = zdec.DecodeAll(body, nil); err != nil {
			return nil, fmt.Errorf("document %s: stored JSON: %w", key, err)
		}
	}
	var j hearsay.JSONDocument
	if err := json.Unmarshal(raw, &j); err != nil {
		return nil, fmt.Errorf("document %s: stored JSON: %w", key, err)
	}
	return &j, nil
}

const quoteCols = `q.id, d.key, coalesce(d.outlet, ''), coalesce(d.published, ''), coalesce(d.title, ''), coalesce(d.url, ''),
	q.text, q.kind, q.speaker, q.anonymous, q.cue, q.evidence, q.via, q.cluster_id, q.qstart, q.qend`

func scanQuotes(rows *sql.Rows) ([]hearsay.QuoteRecord, error) {
	defer rows.Close()
	var out []hearsay.QuoteRecord
	for rows.Next() {
		var r hearsay.QuoteRecord
		var via string
		var anon any
		if err := rows.Scan(&r.ID, &r.DocKey, &r.Outlet, &r.Published, &r.Title, &r.URL, &r.Text, &r.Kind, &r.Speaker,
			&anon, &r.Cue, &r.Evidence, &via, &r.Cluster, &r.Start, &r.End); err != nil {
			return nil, err
		}
		switch v := anon.(type) {
		case bool:
			r.Anonymous = v
		case int64:
			r.Anonymous = v != 0
		}
		json.Unmarshal([]byte(via), &r.Via)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Quotes implements hearsay.Store.
func (s *Store) Quotes(ctx context.Context, f hearsay.QuoteFilter) ([]hearsay.QuoteRecord, error) {
	var where []string
	var args []any
	if f.Speaker != "" {
		// a named speaker's quotes carry its name, lower-cased, as their
		// key: the speaker as given, or any entity whose name holds it
		where = append(where, `(q.speaker_key = ? OR q.speaker_key IN (SELECT lower(e.name) FROM entities e WHERE lower(e.name) LIKE ?))`)
		args = append(args, strings.ToLower(f.Speaker), "%"+strings.ToLower(f.Speaker)+"%")
	}
	if f.Entity != "" {
		// the entities first (a small table), then a correlated check, so
		// that the planner can walk quotes in date order and stop early
		ids, err := s.entityIDs(ctx, f.Entity)
		if err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if len(ids) == 0 {
			return nil, nil
		}
		ph := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
		where = append(where, `EXISTS (SELECT 1 FROM doc_entities de WHERE de.doc_id = q.doc_id AND de.entity_id IN (`+ph+`))`)
		for _, id := range ids {
			args = append(args, id)
		}
	}
	if f.Outlet != "" {
		where = append(where, `lower(q.outlet) = ?`)
		args = append(args, strings.ToLower(f.Outlet))
	}
	if f.HasEvidence {
		where = append(where, `q.evidence = ?`)
		args = append(args, f.Evidence.String())
	}
	if f.Since != "" {
		where = append(where, `q.published >= ?`)
		args = append(args, f.Since)
	}
	if f.Until != "" {
		where = append(where, `q.published <= ?`)
		args = append(args, f.Until)
	}
	if f.Text != "" {
		cond := s.d.FTS
		if s.d.FTSCommon != "" {
			var n int
			if err := s.db.QueryRowContext(ctx, s.q(s.d.FTSCount), f.Text).Scan(&n); err != nil {
				return nil, fmt.Errorf("quotes: text %q: %w", f.Text, err)
			}
			if n > 5000 {
				cond = s.d.FTSCommon
			}
		}
		where = append(where, cond)
		args = append(args, f.Text)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	query := `SELECT ` + quoteCols + ` FROM quotes q JOIN documents d ON d.id = q.doc_id`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY q.published, q.id LIMIT ` + strconv.Itoa(limit)
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	out, err := scanQuotes(rows)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}

// entityIDs returns the ids of the entities whose name contains name or
// that have name as an alias.
func (s *Store) entityIDs(ctx context.Context, name string) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT e.id FROM entities e WHERE lower(e.name) LIKE ?
		UNION SELECT a.entity_id FROM entity_aliases a WHERE lower(a.alias) = ? LIMIT 200`),
		"%"+strings.ToLower(name)+"%", strings.ToLower(name))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Quote implements hearsay.Store.
func (s *Store) Quote(ctx context.Context, id int64) (hearsay.QuoteRecord, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+quoteCols+` FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.id = ?`), id)
	if err != nil {
		return hearsay.QuoteRecord{}, fmt.Errorf("quote %d: %w", id, err)
	}
	out, err := scanQuotes(rows)
	if err != nil {
		return hearsay.QuoteRecord{}, fmt.Errorf("quote %d: %w", id, err)
	}
	if len(out) == 0 {
		return hearsay.QuoteRecord{}, fmt.Errorf("quote %d: %w", id, hearsay.ErrNotFound)
	}
	return out[0], nil
}

// Context returns what quote id's sentences say outside it (contextOf;
// quotes stored by earlier versions hold the whole sentence at the
// quote's start).
func (s *Store) Context(ctx context.Context, id int64) (string, error) {
	var c string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT context FROM quotes WHERE id = ?`), id).Scan(&c)
	return c, err
}

// Lineage implements hearsay.Store.
func (s *Store) Lineage(ctx context.Context, id int64) ([]hearsay.QuoteRecord, error) {
	q, err := s.Quote(ctx, id)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+quoteCols+` FROM quotes q JOIN documents d ON d.id = q.doc_id
		WHERE q.cluster_id = ? ORDER BY coalesce(q.published, '9999'), q.id`), q.Cluster)
	if err != nil {
		return nil, fmt.Errorf("lineage %d: %w", id, err)
	}
	return scanQuotes(rows)
}

// Entities implements hearsay.Store.
func (s *Store) Entities(ctx context.Context, name string, limit int) ([]hearsay.CorpusEntity, error) {
	if limit <= 0 {
		limit = 50
	}
	pat := "%" + strings.ToLower(name) + "%"
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT e.id, e.name, e.type, (SELECT count(*) FROM doc_entities de WHERE de.entity_id = e.id) AS n
		FROM entities e WHERE lower(e.name) LIKE ? OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) LIKE ?)
		ORDER BY n DESC, e.id LIMIT `+strconv.Itoa(limit)), pat, pat)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	var out []hearsay.CorpusEntity
	for rows.Next() {
		var e hearsay.CorpusEntity
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Documents); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, e)
	}
	rows.Close()
	for i := range out {
		ar, err := s.db.QueryContext(ctx, s.q(`SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY n DESC, alias LIMIT 20`), out[i].ID)
		if err != nil {
			return nil, err
		}
		for ar.Next() {
			var a string
			ar.Scan(&a)
			out[i].Aliases = append(out[i].Aliases, a)
		}
		ar.Close()
	}
	return out, nil
}

// DocumentKeys implements hearsay.Store.
func (s *Store) DocumentKeys(ctx context.Context, name string, limit int) ([]string, error) {
	ids, err := s.entityIDs(ctx, name)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	if limit <= 0 {
		limit = 1000
	}
	ph := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT d.key FROM documents d WHERE d.id IN
		(SELECT doc_id FROM doc_entities WHERE entity_id IN (`+ph+`)) ORDER BY coalesce(d.published, '') DESC, d.id DESC LIMIT `+strconv.Itoa(limit)), args...)
	if err != nil {
		return nil, fmt.Errorf("documents of %q: %w", name, err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, rows.Err()
}

// Outlets implements hearsay.Store.
func (s *Store) Outlets(ctx context.Context) ([]hearsay.OutletProfile, error) {
	profiles := map[string]*hearsay.OutletProfile{}
	get := func(o string) *hearsay.OutletProfile {
		p := profiles[o]
		if p == nil {
			p = &hearsay.OutletProfile{Outlet: o, Descriptors: map[string]int{}, Cites: map[string]int{}}
			profiles[o] = p
		}
		return p
	}
	rows, err := s.db.QueryContext(ctx, `SELECT coalesce(outlet, ''), count(*) FROM documents GROUP BY coalesce(outlet, '')`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	for rows.Next() {
		var o string
		var n int
		rows.Scan(&o, &n)
		get(o).Documents = n
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT coalesce(outlet, ''), evidence, anonymous, speaker, via FROM quotes`)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	for rows.Next() {
		var o, ev, sp, via string
		var anon any
		if err := rows.Scan(&o, &ev, &anon, &sp, &via); err != nil {
			rows.Close()
			return nil, err
		}
		p := get(o)
		p.Quotes++
		switch ev {
		case "on_record":
			p.OnRecord++
		case "anonymous":
			p.Anonymous++
		case "reported":
			p.Reported++
		default:
			p.Unattributed++
		}
		if a, _ := anon.(bool); a || anon == int64(1) {
			p.Descriptors[strings.ToLower(sp)]++
		}
		var vs []string
		json.Unmarshal([]byte(via), &vs)
		for _, v := range vs {
			p.Cites[v]++
		}
	}
	rows.Close()
	out := make([]hearsay.OutletProfile, 0, len(profiles))
	for _, p := range profiles {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Documents > out[j].Documents || out[i].Documents == out[j].Documents && out[i].Outlet < out[j].Outlet
	})
	return out, nil
}

// Stats implements hearsay.Store.
func (s *Store) Stats(ctx context.Context) (hearsay.Stats, error) {
	var st hearsay.Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM entities), (SELECT count(DISTINCT cluster_id) FROM quotes)`).Scan(&st.Documents, &st.Quotes, &st.Entities, &st.Clusters)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// sortPairs sorts a flat list of (int64, int64) pairs by their first value.
func sortPairs(a []any) {
	type pair struct{ k, v int64 }
	ps := make([]pair, len(a)/2)
	for i := range ps {
		ps[i] = pair{a[2*i].(int64), a[2*i+1].(int64)}
	}
	slices.SortFunc(ps, func(a, b pair) int {
		if c := cmp.Compare(a.k, b.k); c != 0 {
			return c
		}
		return cmp.Compare(a.v, b.v)
	})
	for i, p := range ps {
		a[2*i], a[2*i+1] = p.k, p.v
	}
}

// queryIn runs query, whose %s takes a list of placeholders, for args in
// chunks of 500, calling row for each row.
func (t *txq) queryIn(ctx context.Context, query string, args []any, row func(*sql.Rows) error) error {
	for start := 0; start < len(args); start += 500 {
		part := args[start:min(len(args), start+500)]
		st, err := t.s.stmt(ctx, fmt.Sprintf(query, strings.TrimSuffix(strings.Repeat("?,", len(part)), ",")))
		if err != nil {
			return err
		}
		rows, err := t.tx.StmtContext(ctx, st).QueryContext(ctx, part...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := row(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
