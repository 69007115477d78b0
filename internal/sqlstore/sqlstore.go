// Package sqlstore implements hearsay.Store over database/sql, for the
// engines that packages sqlite and postgres open: the same queries with
// the dialect's placeholders, schema and full-text search.
package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

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
	// Lock, if set, runs first in each migration transaction to keep
	// concurrent processes from migrating at once.
	Lock string
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

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for v, m := range s.d.Migrations {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if s.d.Lock != "" {
			if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
				tx.Rollback()
				return fmt.Errorf("migrate: lock: %w", err)
			}
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

// Close closes the prepared statements and the connection.
func (s *Store) Close() error {
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

type txq struct {
	tx *sql.Tx
	s  *Store
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

func (t txq) exec(ctx context.Context, q string, args ...any) error {
	st, err := t.s.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	return err
}

func (t txq) id(ctx context.Context, q string, args ...any) (int64, error) {
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback()
	t := txq{tx, s}
	created := make([]bool, len(ds))
	for i, d := range ds {
		if created[i], err = s.put(ctx, t, d); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return created, nil
}

// put stores d in transaction t.
func (s *Store) put(ctx context.Context, t txq, d *hearsay.Document) (bool, error) {
	key := hearsay.Key(d.Article)
	js, err := json.Marshal(d.JSON())
	if err != nil {
		return false, fmt.Errorf("put %s: %w", key, err)
	}
	textHash := hearsay.Key(hearsay.Article{Text: d.Text})
	var pub any
	if d.Published != "" {
		pub = d.Published
	}
	docID, err := t.id(ctx, `INSERT INTO documents (key, url, outlet, published, title, byline, text_hash, n_quotes, json, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id`,
		key, d.URL, d.Outlet, pub, d.Title, d.Byline, textHash, len(d.Quotes), string(js), s.Now().UTC().Format(time.RFC3339))
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil // already stored
	}
	if err != nil {
		return false, fmt.Errorf("put %s: %w", key, err)
	}
	// corpus entities
	ents := make([]int64, len(d.Entities))
	type alias struct {
		id int64
		a  string
	}
	aliases := map[alias]int{}
	var aliasOrder []alias
	docEnts := map[int64]bool{}
	var entOrder []int64
	for i, e := range d.Entities {
		ents[i] = -1
		if e.Anonymous || e.Name == "" {
			continue
		}
		id, err := s.entity(ctx, t, e)
		if err != nil {
			return false, fmt.Errorf("put %s: entity %q: %w", key, e.Name, err)
		}
		ents[i] = id
		if !docEnts[id] {
			docEnts[id] = true
			entOrder = append(entOrder, id)
		}
		seen := map[string]bool{}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			if m.Kind == hearsay.Pronoun {
				continue
			}
			a := strings.TrimSpace(d.Slice(m.Span))
			if a == "" || seen[strings.ToLower(a)] || len(a) > 200 {
				continue
			}
			seen[strings.ToLower(a)] = true
			k := alias{id, a}
			if aliases[k] == 0 {
				aliasOrder = append(aliasOrder, k)
			}
			aliases[k]++
		}
	}
	// one multi-row statement each for the document's entities and
	// aliases (deduplicated: a row may be touched once per statement)
	for start := 0; start < len(entOrder); start += 100 {
		part := entOrder[start:min(len(entOrder), start+100)]
		args := make([]any, 0, 2*len(part))
		for _, id := range part {
			args = append(args, docID, id)
		}
		if err := t.exec(ctx, `INSERT INTO doc_entities (doc_id, entity_id) VALUES `+rows(len(part), 2)+` ON CONFLICT DO NOTHING`, args...); err != nil {
			return false, fmt.Errorf("put %s: %w", key, err)
		}
	}
	for start := 0; start < len(aliasOrder); start += 100 {
		part := aliasOrder[start:min(len(aliasOrder), start+100)]
		args := make([]any, 0, 3*len(part))
		for _, k := range part {
			args = append(args, k.id, k.a, aliases[k])
		}
		if err := t.exec(ctx, `INSERT INTO entity_aliases (entity_id, alias, n) VALUES `+rows(len(part), 3)+`
			ON CONFLICT (entity_id, alias) DO UPDATE SET n = entity_aliases.n + excluded.n`, args...); err != nil {
			return false, fmt.Errorf("put %s: %w", key, err)
		}
	}
	for qi, q := range d.Quotes {
		text := d.Slice(q.Span)
		speaker, anon, spEnt := "", false, any(nil)
		if q.Speaker != nil {
			speaker = d.Slice(q.Speaker.Span)
			anon = q.Speaker.Anonymous
			if q.Speaker.Entity >= 0 {
				speaker = d.Entities[q.Speaker.Entity].Name
				if id := ents[q.Speaker.Entity]; id >= 0 {
					spEnt = id
				}
			}
		}
		cue := ""
		if q.Cue != nil {
			cue = d.Slice(*q.Cue)
		}
		var via []string
		for _, v := range q.Via {
			via = append(via, d.Entities[v].Name)
		}
		vj, _ := json.Marshal(via)
		qid, err := t.id(ctx, `INSERT INTO quotes (doc_id, idx, qstart, qend, text, kind, speaker, speaker_key, speaker_entity_id,
			anonymous, cue, evidence, via, context, published, outlet, cluster_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id`,
			docID, qi, q.Start, q.End, text, q.Kind.String(), speaker, strings.ToLower(speaker), spEnt,
			anon, cue, q.Evidence.String(), string(vj), sentenceOf(d, q), pub, d.Outlet)
		if err != nil {
			return false, fmt.Errorf("put %s: quote %d: %w", key, qi, err)
		}
		cluster, err := s.cluster(ctx, t, qid, docID, text)
		if err != nil {
			return false, fmt.Errorf("put %s: lineage: %w", key, err)
		}
		if err := t.exec(ctx, `UPDATE quotes SET cluster_id = ? WHERE id = ?`, cluster, qid); err != nil {
			return false, fmt.Errorf("put %s: %w", key, err)
		}
	}
	if err := t.exec(ctx, `DELETE FROM claims WHERE key = ?`, key); err != nil {
		return false, fmt.Errorf("put %s: %w", key, err)
	}
	return true, nil
}

// rows returns n parenthesised groups of k placeholders: "(?, ?), (?, ?)".
func rows(n, k int) string {
	g := "(" + strings.TrimSuffix(strings.Repeat("?, ", k), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(g+", ", n), ", ")
}

// sentenceOf is the sentence around a quote, for hedges outside its marks.
func sentenceOf(d *hearsay.Document, q hearsay.Quote) string {
	si := d.SentenceAt(q.Start)
	if si < 0 {
		return ""
	}
	s := d.Sentences[si].Span
	if s.Len() > 600 {
		return ""
	}
	return d.Slice(s)
}

// entityKey is the corpus identity of an entity: its type and normalised name.
func entityKey(t hearsay.EntityType, name string) string {
	n := strings.Join(strings.Fields(lexicon.Lower(name)), " ")
	n = strings.TrimPrefix(n, "the ")
	return string(t) + ":" + n
}

// entity returns the corpus id of e, creating it; a one-word person name
// joins the only stored person whose full name starts or ends with it.
func (s *Store) entity(ctx context.Context, t txq, e hearsay.Entity) (int64, error) {
	key := entityKey(e.Type, e.Name)
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

// cluster finds the claim cluster of quote qid: the cluster of the most
// similar indexed quote from another document, or its own. Only exemplars
// are indexed — the first quote of a cluster and variants that differ
// from every indexed one — so verbatim reprints cost one lookup and add
// no rows.
func (s *Store) cluster(ctx context.Context, t txq, qid, docID int64, text string) (int64, error) {
	sh := lineage.Shingles(text)
	if len(sh) == 0 {
		return qid, nil
	}
	bands := lineage.Bands(lineage.Signature(sh))
	args := make([]any, 0, len(bands)+1)
	ph := make([]string, len(bands))
	for i, b := range bands {
		args = append(args, b)
		ph[i] = "?"
	}
	args = append(args, docID)
	// candidates ranked by shared MinHash values (an estimate of their
	// similarity); the best few are checked exactly
	st, err := s.stmt(ctx, `SELECT q.id, q.text, q.cluster_id FROM quotes q JOIN
		(SELECT quote_id, count(*) AS n FROM quote_bands WHERE band IN (`+strings.Join(ph, ",")+`) GROUP BY quote_id ORDER BY n DESC, quote_id LIMIT 8) c
		ON c.quote_id = q.id WHERE q.doc_id <> ? ORDER BY c.n DESC, q.id`)
	if err != nil {
		return 0, err
	}
	rows, err := t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	best, bestScore := qid, 0.0
	for rows.Next() {
		var id, cl int64
		var txt string
		if err := rows.Scan(&id, &txt, &cl); err != nil {
			rows.Close()
			return 0, err
		}
		if c := lineage.Containment(sh, lineage.Shingles(txt)); c >= lineage.Threshold && c > bestScore {
			best, bestScore = cl, c
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if bestScore < 0.9 {
		for _, b := range bands {
			if err := t.exec(ctx, `INSERT INTO quote_bands (band, quote_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, b, qid); err != nil {
				return 0, err
			}
		}
	}
	return best, nil
}

// Document implements hearsay.Store.
func (s *Store) Document(ctx context.Context, key string) (*hearsay.JSONDocument, error) {
	var js string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT json FROM documents WHERE key = ?`), key).Scan(&js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", key, hearsay.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", key, err)
	}
	var j hearsay.JSONDocument
	if err := json.Unmarshal([]byte(js), &j); err != nil {
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
		where = append(where, `(q.speaker_key = ? OR q.speaker_entity_id IN (SELECT e.id FROM entities e WHERE lower(e.name) LIKE ?))`)
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

// Context returns the sentence stored around quote id.
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
