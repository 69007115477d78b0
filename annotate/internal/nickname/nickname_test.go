package nickname

import (
	"strings"
	"testing"
)

func TestNickname(t *testing.T) {
	for _, c := range []struct {
		nick, first, last string
		want              bool
	}{
		{"J.Lo", "jennifer", "lopez", true},
		{"A-Rod", "alex", "rodriguez", true},
		{"j.lo", "jennifer", "lopez", true},
		{"A-Rod", "alex", "roberts", false},
		{"J.Lo", "james", "lord", true},
		{"J.Lo", "anna", "lopez", false},
		{"U.S", "", "", false},
		{"4-Ro", "", "", false},
	} {
		i, s, ok := Split(c.nick)
		got := ok && Lookup(i, s) == Key(c.first, c.last) && Fits(s, c.last)
		if got != c.want {
			t.Errorf("%q for %s %s: %v, want %v", c.nick, c.first, c.last, got, c.want)
		}
	}
}

// FuzzSplit checks that no word makes Split panic and that what it
// returns is a lookup key's making.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"J.Lo", "A-Rod", "", "a.", "é.Lo", "J.\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if i, s, ok := Split(w); ok && (len(i) != 1 || len(s) < 2 || len(Lookup(i, s)) < 3) {
			t.Errorf("Split(%q) = %q, %q", w, i, s)
		}
	})
}

func TestQuoted(t *testing.T) {
	for name, want := range map[string]string{
		`Sean "Diddy" Combs`:              "Diddy",
		"Dwayne “The Rock” Johnson":       "The Rock",
		"Earvin 'Magic' Johnson":          "Magic",
		`Sean "Diddy"`:                    "", // no surname after it
		`"Diddy" Combs`:                   "", // no given name before it
		"Sean Combs":                      "",
		`Sean "Diddy Combs`:               "",
		"Shaquille O'Neal":                "",
		"Marshall Bruce ‘Eminem’ Mathers": "Eminem",
	} {
		if got := Quoted(name); got != want {
			t.Errorf("Quoted(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzQuoted checks that Quoted returns a part of the name between its
// marks, with no mark in it, and never panics on broken UTF-8.
func FuzzQuoted(f *testing.F) {
	for _, s := range []string{`Sean "Diddy" Combs`, "Dwayne “The Rock” Johnson", `Sean "`, "a “\xff” b", "‘’ x", ` "" x`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		q := Quoted(name)
		if q == "" {
			return
		}
		if !strings.Contains(name, q) || strings.ContainsAny(q, Marks) {
			t.Errorf("Quoted(%q) = %q", name, q)
		}
	})
}
