package sqlite

import (
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
)

// TestBusy: a write refused because another connection holds the write
// lock is busy (and retried at open); other errors are not.
func TestBusy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	a, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := a.Exec(`CREATE TABLE x (v INTEGER)`); err != nil {
		t.Fatal(err)
	}
	tx, err := a.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO x VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	_, err = b.Exec(`INSERT INTO x VALUES (2)`)
	if err == nil || !busy(err) {
		t.Errorf("write under another's lock: err %v, busy %v; want a busy error", err, busy(err))
	}
	if _, err := b.Exec(`SELECT * FROM nosuchtable`); err == nil || busy(err) {
		t.Errorf("missing table: err %v reported busy", err)
	}
	if busy(errors.New("database is locked")) {
		t.Error("a plain error reported busy")
	}
}
