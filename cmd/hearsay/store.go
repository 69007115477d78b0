package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"hearsay/internal/sqlstore"
	"hearsay/postgres"
	"hearsay/sqlite"
)

// defaultDB is the embedded store used when --db is not given.
const defaultDB = "hearsay.db"

// dbFlag adds --db to fs; HEARSAY_DB overrides the default.
func dbFlag(fs *flag.FlagSet) *string {
	def := defaultDB
	if v := os.Getenv("HEARSAY_DB"); v != "" {
		def = v
	}
	return fs.String("db", def, "store: a SQLite file, or postgres://… for a shared PostgreSQL")
}

// openStore opens the store named by dsn: PostgreSQL for postgres:// and
// postgresql:// URLs, else a SQLite file.
func openStore(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return postgres.Open(ctx, dsn)
	}
	return sqlite.Open(ctx, dsn)
}
