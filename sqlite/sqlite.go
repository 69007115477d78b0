// Package sqlite is hearsay's embedded store: hearsay.Store on SQLite
// through the pure-Go modernc.org/sqlite driver, so the binary needs no C
// library and no server.
//
// The database runs in WAL mode (readers never block the writer, and a
// crash loses at most the transaction in flight), with foreign keys on and
// a busy timeout so that several processes can share one file. Quotes are
// searchable with FTS5 (porter stemming). Migrations are embedded.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strings"
	"time"

	_ "modernc.org/sqlite"

	"hearsay/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Dialect is SQLite's part of the shared SQL store.
func Dialect() sqlstore.Dialect {
	ms := sqlstore.Migrations(migrations, "migrations")
	return sqlstore.Dialect{
		Name:        "sqlite",
		FTS:         `q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)`,
		FTSCommon:   `EXISTS (SELECT 1 FROM quotes_fts f WHERE f.rowid = q.id AND quotes_fts MATCH ?)`,
		FTSCount:    `SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 5001)`,
		FTSIndex:    `INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id BETWEEN ? AND ?`,
		Migrations:  ms,
		LineageTail: true,
		Interleave:  true,
	}
}

// Open opens (creating if needed) the database file at path. Processes
// opening one new file at once contend for it while the first sets up WAL
// and runs the migrations; a busy database at open, which SQLite may
// report without waiting out its busy timeout, is retried for up to 30
// seconds.
func Open(ctx context.Context, path string) (*sqlstore.Store, error) {
	path = strings.TrimPrefix(path, "sqlite://")
	deadline := time.Now().Add(30 * time.Second)
	for wait := 20 * time.Millisecond; ; wait = min(2*wait, 500*time.Millisecond) {
		s, err := open(ctx, path)
		if err == nil || !busy(err) || time.Now().After(deadline) {
			return s, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("open %s: %w", path, ctx.Err())
		case <-time.After(wait):
		}
	}
}

// busy reports whether err is SQLite's SQLITE_BUSY (or an extended code of it).
func busy(err error) bool {
	var e interface{ Code() int }
	return errors.As(err, &e) && e.Code()&0xff == 5
}

func open(ctx context.Context, path string) (*sqlstore.Store, error) {
	// busy_timeout first, so that even switching to WAL waits for another
	// process opening the same new file instead of failing; WAL:
	// concurrent readers and crash safety; foreign_keys: the
	// schema's references are enforced; synchronous NORMAL is durable in
	// WAL mode up to the last checkpointed transaction.
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-65536)&_pragma=wal_autocheckpoint(8192)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s, err := sqlstore.Open(ctx, db, Dialect())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}
