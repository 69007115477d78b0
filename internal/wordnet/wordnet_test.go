package wordnet

import (
	"os"
	"path/filepath"
	"testing"
)

const indexNoun = `  1 This software and database is being provided to you
doctor n 2 1 @ 2 1 10020890 10020533
broken n
lion n 1 1 @ 1 0 02129165
`

const dataNoun = `  1 licence header line
10020890 18 n 02 doctor 0 doc 0 001 @ 10020533 n 0000 | a licensed medical practitioner
02129165 05 n 01 lion 0 001 @ 02127808 n 0000 | large gregarious predatory feline
11001001 18 n 01 Einstein 0 001 @i 10020533 n 0000 | physicist
bad
`

func write(t testing.TB, dir, name, text string) {
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIndexAndData(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "index.noun", indexNoun)
	write(t, dir, "data.noun", dataNoun)
	idx, err := Index(dir, "noun")
	if err != nil {
		t.Fatal(err)
	}
	if len(idx) != 2 || idx[0].Word != "doctor" || idx[0].Tagged != 1 || idx[0].Offsets[0] != "10020890" || idx[1].Tagged != 0 {
		t.Errorf("index = %+v (the header and the short line are skipped)", idx)
	}
	data, err := Data(dir, "noun")
	if err != nil {
		t.Fatal(err)
	}
	if s := data["10020890"]; s.Lexfile != "18" || len(s.Words) != 2 || s.Words[1] != "doc" || s.Instance {
		t.Errorf("doctor synset = %+v", s)
	}
	if s := data["11001001"]; !s.Instance || s.Words[0] != "Einstein" {
		t.Errorf("Einstein synset = %+v", s)
	}
	if g := data["02129165"].Gloss; g != "large gregarious predatory feline" {
		t.Errorf("lion gloss = %q", g)
	}
	if _, err := Index(filepath.Join(dir, "missing"), "noun"); err == nil {
		t.Error("a missing directory gave no error")
	}
}

func FuzzData(f *testing.F) {
	f.Add(dataNoun, indexNoun)
	f.Add("0 18 n ff x", "a n 999 1")
	f.Fuzz(func(t *testing.T, data, index string) {
		dir := t.TempDir()
		write(t, dir, "data.noun", data)
		write(t, dir, "index.noun", index)
		if _, err := Data(dir, "noun"); err != nil {
			t.Fatal(err)
		}
		if _, err := Index(dir, "noun"); err != nil {
			t.Fatal(err)
		}
	})
}
