// Package wordnet reads the WordNet 3.0 database files (index.POS,
// data.POS) that the lexicon generators in internal/cmd use. WordNet 3.0
// is Copyright 2006 by Princeton University; its licence is in
// lexicon/LICENSE-WordNet.txt.
package wordnet

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Lemma is one line of an index file.
type Lemma struct {
	Word    string   // lower case, "_" between words
	Tagged  int      // senses seen in the sense-tagged corpus
	Offsets []string // synset offsets, most frequent sense first
}

// Index reads index.POS (noun, verb, adj, adv) in dir.
func Index(dir, pos string) ([]Lemma, error) {
	b, err := os.ReadFile(filepath.Join(dir, "index."+pos))
	if err != nil {
		return nil, err
	}
	var out []Lemma
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) < 6 || strings.HasPrefix(l, "  ") {
			continue // the licence header, or a short line
		}
		var p int
		fmt.Sscan(f[3], &p)
		rest := f[min(len(f), 4+p):]
		if len(rest) < 3 {
			continue
		}
		var tagged int
		fmt.Sscan(rest[1], &tagged)
		out = append(out, Lemma{Word: f[0], Tagged: tagged, Offsets: rest[2:]})
	}
	return out, nil
}

// Synset is one line of a data file.
type Synset struct {
	Lexfile  string   // lexicographer file number ("18": noun.person)
	Words    []string // as written, without adjective markers ("Einstein", "physicist")
	Instance bool     // an instance of its hypernym (a particular person or place)
	Gloss    string   // the definition and examples after "|"
}

// Data reads data.POS in dir, by synset offset.
func Data(dir, pos string) (map[string]Synset, error) {
	b, err := os.ReadFile(filepath.Join(dir, "data."+pos))
	if err != nil {
		return nil, err
	}
	out := map[string]Synset{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "  ") {
			continue
		}
		f := strings.Fields(l)
		if len(f) < 5 {
			continue
		}
		var n int
		fmt.Sscanf(f[3], "%x", &n)
		s := Synset{Lexfile: f[1], Instance: strings.Contains(l, " @i ")}
		if _, g, ok := strings.Cut(l, " | "); ok {
			s.Gloss = g
		}
		for i := 0; i < n && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k]
			}
			s.Words = append(s.Words, w)
		}
		out[f[0]] = s
	}
	return out, nil
}
