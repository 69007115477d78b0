package strtab

import (
	"bufio"
	"math/rand"
	"os"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	m := map[string]int{"the": 1, "insider": 2, "": 3, "Britney": 4, "über": 5}
	tab := MustNew(m)
	for k, v := range m {
		if got, ok := tab.Get(k); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	for _, k := range []string{"a", "britney", "insiders", "ube", "the "} {
		if got, ok := tab.Get(k); ok {
			t.Errorf("Get(%q) = %d, true; want absent", k, got)
		}
	}
	memo := tab.Memo([]string{"insider", "britney", "the"})
	for i, want := range []int{2, 0, 1, 2, 0, 1} {
		if got := memo.At(i % 3); got != want {
			t.Errorf("Memo.At(%d) = %d, want %d", i%3, got, want)
		}
	}
}

// TestLexicon checks that the lexicon's largest list, every word a key
// and every other token of its files absent, loses nothing to hashing.
func TestLexicon(t *testing.T) {
	f, err := os.Open("../../lexicon/words.txt")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	tab, err := New(m)
	if err != nil {
		t.Fatal(err)
	}
	for w := range m {
		if _, ok := tab.Get(w); !ok {
			t.Fatalf("%q lost", w)
		}
		for _, x := range []string{w + "x", "x" + w, strings.ToUpper(w)} {
			if _, ok := tab.Get(x); ok != m[x] {
				t.Fatalf("Get(%q) = %v, want %v", x, ok, m[x])
			}
		}
	}
}

func BenchmarkGet(b *testing.B) {
	m := map[string]bool{}
	for i := 0; i < 40000; i++ {
		m[strings.Repeat("w", i%7+2)+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676%26))] = true
	}
	tab := MustNew(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	rand.New(rand.NewSource(1)).Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	b.Run("strtab", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			tab.Get(keys[i%len(keys)])
		}
	})
	b.Run("map", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_ = m[keys[i%len(keys)]]
		}
	})
}
