// Package postgres is hearsay's shared store: hearsay.Store on PostgreSQL
// through pgx, for several ingesters and servers on one corpus. Quotes are
// searchable through a generated tsvector column (websearch syntax).
// Migrations are embedded and guarded by a transaction-scoped advisory
// lock, so concurrent processes migrate once.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"

	_ "github.com/jackc/pgx/v5/stdlib"

	"hearsay/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Dialect is PostgreSQL's part of the shared SQL store.
func Dialect() sqlstore.Dialect {
	ms := sqlstore.Migrations(migrations, "migrations")
	return sqlstore.Dialect{
		Name:       "postgres",
		Numbered:   true,
		FTS:        `q.tsv @@ websearch_to_tsquery('english', ?)`,
		QuoteIDs:   `SELECT nextval(pg_get_serial_sequence('quotes', 'id')) FROM generate_series(1, CAST(? AS integer))`,
		Migrations: ms,
		Lock:       `SELECT pg_advisory_xact_lock(7356311)`,
	}
}

// Open connects to the database at dsn (postgres://…).
func Open(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	s, err := sqlstore.Open(ctx, db, Dialect())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return s, nil
}
