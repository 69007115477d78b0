package postgres_test

import (
	"context"
	"os"
	"testing"
	"time"

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

func TestConformance(t *testing.T) {
	base := dsn(t)
	storetest.Run(t, "..", func(t *testing.T) hearsay.Store {
		s, err := postgres.Open(context.Background(), storetest.FreshPostgres(t, base))
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
