package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every list names its source and licence in its header.
func TestProvenance(t *testing.T) {
	files, _ := filepath.Glob("*.txt")
	files = append(files, "names.tsv")
	readme, _ := os.ReadFile("README.md")
	for _, f := range files {
		if strings.HasPrefix(f, "LICENSE") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "#") {
			t.Errorf("%s: no provenance header", f)
		}
		if !strings.Contains(string(readme), "`"+f+"`") {
			t.Errorf("%s is not listed in README.md", f)
		}
	}
}

func TestLookups(t *testing.T) {
	if !Cues().Has("said") || !Cues().Has("revealed") || !Cues().Has("posted") || Cues().Has("table") {
		t.Error("cues")
	}
	if !AnonymousNouns().Has("insider") || !Hedges().Has("reportedly") || !Hedges().Has("is said to") {
		t.Error("anonymous / hedges")
	}
	if g, ok := Role("actress"); !ok || g != 'F' {
		t.Error("role actress")
	}
	if g, ok := Title("mr"); !ok || g != 'M' {
		t.Error("title mr")
	}
	if n, ok := Name("britney"); !ok || n.Male > 10 {
		t.Errorf("name britney: %+v", n)
	}
	if n, ok := Name("justin"); !ok || n.Male < 90 {
		t.Errorf("name justin: %+v", n)
	}
	if Lower("Hello") != "hello" || Lower("ÉCOLE") != "école" {
		t.Error("Lower")
	}
	if !Outlet("athletic") || !Outlet("sky sports") || Outlet("the") || !NameParticle("ten") || NameParticle("of") {
		t.Error("outlets / name particles")
	}
	if _, ok := Role2("tight", "end"); !ok {
		t.Error("Role2 tight end")
	}
	if _, ok := Role2("the", "end"); ok {
		t.Error("Role2 the end")
	}
	// people named by common nouns, with the gender only the word gives
	if g, ok := Person("mother"); !ok || g != 'F' {
		t.Errorf("person mother: %c %v", g, ok)
	}
	if g, ok := Person("residents"); !ok || g != 'P' {
		t.Errorf("person residents: %c %v", g, ok)
	}
	if g, ok := Person("director"); !ok || g != 0 {
		t.Errorf("person director: %c %v (a role's gender is not in the word)", g, ok)
	}
	if _, ok := Person("table"); ok {
		t.Error("person table")
	}
	if !PersonNouns()["insider"] || !PersonNouns()["actress"] || !PersonNouns()["stranger"] || PersonNouns()["table"] {
		t.Error("PersonNouns")
	}
	// common words, inflected; names are not
	for _, w := range []string{"bond", "walked", "tigers", "said"} {
		if !Word(w) {
			t.Errorf("Word(%q) = false", w)
		}
	}
	for _, w := range []string{"einstein", "britney"} {
		if Word(w) {
			t.Errorf("Word(%q) = true", w)
		}
	}
}
