package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"hearsay"
	"hearsay/postgres"
	"hearsay/storetest"
)

// The suite runs against the server named by HEARSAY_TEST_POSTGRES
// (postgres://…); .ci/run starts one and sets it. Each test gets its own
// database.
func dsn(t *testing.T) string {
	base := os.Getenv("HEARSAY_TEST_POSTGRES")
	if base == "" {
		t.Skip("HEARSAY_TEST_POSTGRES not set")
	}
	return base
}

func fresh(t *testing.T, base string) string {
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("hearsay_t%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", base)
		if err == nil {
			a.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			a.Close()
		}
	})
	// replace the database name in the DSN
	i := strings.LastIndex(base, "/")
	rest := ""
	if q := strings.Index(base[i:], "?"); q >= 0 {
		rest = base[i+q:]
	}
	return base[:i+1] + name + rest
}

func TestConformance(t *testing.T) {
	base := dsn(t)
	storetest.Run(t, "..", func(t *testing.T) hearsay.Store {
		s, err := postgres.Open(context.Background(), fresh(t, base))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestOpenUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := postgres.Open(ctx, "postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"); err == nil {
		t.Error("opened an unreachable server")
	}
}
