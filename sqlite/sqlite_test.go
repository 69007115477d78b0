package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"hearsay"
	"hearsay/sqlite"
	"hearsay/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, "..", func(t *testing.T) hearsay.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "hearsay.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestOpenBadPath(t *testing.T) {
	if _, err := sqlite.Open(context.Background(), "/nonexistent-dir/x/hearsay.db"); err == nil {
		t.Error("opened a database in a missing directory")
	}
}
