package hearsay

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

// Store keeps a corpus of analysed documents. Implementations: package
// sqlite (embedded, the default) and package postgres (shared). Both pass
// the conformance suite in storetest.
//
// A document's identity is its Key: its URL, or lacking one a hash of its
// text. Putting a document whose key is already stored changes nothing.
// Every Put is atomic: a crash leaves a document wholly stored or absent.
type Store interface {
	// Put stores d with its quotes and entities. It reports whether the
	// document was new; an existing key is left untouched.
	Put(ctx context.Context, d *Document) (created bool, err error)
	// PutBatch stores several documents in one transaction: all or none.
	PutBatch(ctx context.Context, ds []*Document) (created []bool, err error)
	// Claim marks key as being analysed by owner, so that concurrent
	// ingesters share the work. It reports false if the key is stored,
	// or claimed by another owner less than a lease ago.
	Claim(ctx context.Context, key, owner string) (bool, error)
	// Has reports whether a document with key is stored.
	Has(ctx context.Context, key string) (bool, error)
	// Document returns the stored JSON of the document with key.
	// Returns ErrNotFound if there is none.
	Document(ctx context.Context, key string) (*JSONDocument, error)
	// Quotes returns the quotes matching f, oldest publication first.
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRecord, error)
	// Quote returns one quote by its corpus id. Returns ErrNotFound.
	Quote(ctx context.Context, id int64) (QuoteRecord, error)
	// Lineage returns the quotes of the claim cluster that quote id is in,
	// oldest first.
	Lineage(ctx context.Context, id int64) ([]QuoteRecord, error)
	// Entities returns corpus entities whose name or alias matches name
	// (case-insensitive; all if name is empty).
	Entities(ctx context.Context, name string, limit int) ([]CorpusEntity, error)
	// DocumentKeys returns the keys of the documents that mention an
	// entity whose name or alias matches name, newest first.
	DocumentKeys(ctx context.Context, name string, limit int) ([]string, error)
	// Outlets returns the sourcing profile of every outlet.
	Outlets(ctx context.Context) ([]OutletProfile, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// ErrNotFound is returned when a document or quote does not exist.
var ErrNotFound = errors.New("not found")

// Key returns the identity of a document: its URL, else "sha256:" and the
// hash of its text.
func Key(a Article) string {
	if u := strings.TrimSpace(a.URL); u != "" {
		return u
	}
	h := sha256.Sum256([]byte(a.Text))
	return "sha256:" + hex.EncodeToString(h[:])
}

// QuoteFilter selects quotes; zero fields match everything.
type QuoteFilter struct {
	Speaker     string   // the speaker's entity name or words (case-insensitive substring)
	Entity      string   // an entity mentioned in the document (name or alias)
	Outlet      string   // the document's outlet (case-insensitive)
	Evidence    Evidence // with HasEvidence
	HasEvidence bool
	Since       string // published on or after, YYYY-MM-DD
	Until       string // published on or before, YYYY-MM-DD
	Text        string // full-text search in the quote
	Limit       int    // at most this many; 0 means 100
}

// QuoteRecord is a stored quote with its document's metadata.
type QuoteRecord struct {
	ID        int64    `json:"id"`
	DocKey    string   `json:"doc"`
	Outlet    string   `json:"outlet,omitempty"`
	Published string   `json:"published,omitempty"`
	Title     string   `json:"title,omitempty"`
	URL       string   `json:"url,omitempty"`
	Text      string   `json:"text"`
	Kind      string   `json:"kind"`
	Speaker   string   `json:"speaker,omitempty"` // the entity's name, or the speaker's words
	Anonymous bool     `json:"anonymous"`
	Cue       string   `json:"cue,omitempty"`
	Evidence  string   `json:"evidence"`
	Via       []string `json:"via,omitempty"`
	Cluster   int64    `json:"cluster"` // the claim-lineage cluster (the id of its first quote)
	Start     int      `json:"start"`
	End       int      `json:"end"`
}

// CorpusEntity is an entity linked across documents.
type CorpusEntity struct {
	ID        int64    `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Documents int      `json:"documents"`
	Aliases   []string `json:"aliases"` // names and descriptors used for it, most frequent first
}

// OutletProfile is how an outlet sources its quotes.
type OutletProfile struct {
	Outlet       string         `json:"outlet"`
	Documents    int            `json:"documents"`
	Quotes       int            `json:"quotes"`
	OnRecord     int            `json:"on_record"`
	Anonymous    int            `json:"anonymous"`
	Reported     int            `json:"reported"`
	Unattributed int            `json:"unattributed"`
	Descriptors  map[string]int `json:"anonymous_descriptors,omitempty"` // "an insider": 12
	Cites        map[string]int `json:"cites,omitempty"`                 // outlets its quotes came via
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Quotes    int `json:"quotes"`
	Entities  int `json:"entities"`
	Clusters  int `json:"clusters"`
}
