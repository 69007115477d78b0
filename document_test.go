package hearsay

import (
	"strings"
	"testing"
)

// TestMoveMentionAndDropEmpty moves a mention between entities, then drops
// the entity it left empty and checks every reference is renumbered.
func TestMoveMentionAndDropEmpty(t *testing.T) {
	d := &Document{
		Mentions: []Mention{{Entity: 0}, {Entity: 1}, {Entity: 2}, {Entity: 2}},
		Entities: []Entity{{Name: "A", Mentions: []int{0}}, {Name: "I", Mentions: []int{1}}, {Name: "B", Mentions: []int{2, 3}, Members: []int{0}}},
		Quotes:   []Quote{{Speaker: &Speaker{Entity: 2, Mention: 2}, Via: []int{1, 2}}},
		Events:   []Event{{Participants: []int{0, 1, 2}, Source: 2, Via: []int{1}}},
	}
	if got := d.MoveMention(1, 0); got != 0 {
		t.Fatalf("MoveMention to 0 returned %d", got)
	}
	if m := d.Entities[0].Mentions; len(m) != 2 || m[0] != 0 || m[1] != 1 {
		t.Fatalf("entity A mentions = %v, want [0 1] in order", m)
	}
	if len(d.Entities[1].Mentions) != 0 || d.Mentions[1].Entity != 0 {
		t.Fatalf("mention 1 not moved: %+v", d)
	}
	d.DropEmptyEntities()
	if len(d.Entities) != 2 || d.Entities[1].Name != "B" {
		t.Fatalf("entities = %+v, want A and B", d.Entities)
	}
	if d.Mentions[2].Entity != 1 || d.Mentions[3].Entity != 1 {
		t.Errorf("mentions of B not renumbered: %+v", d.Mentions)
	}
	if q := d.Quotes[0]; q.Speaker.Entity != 1 || len(q.Via) != 1 || q.Via[0] != 1 {
		t.Errorf("quote references = %+v %v, want speaker 1, via [1]", q.Speaker, q.Via)
	}
	if ev := d.Events[0]; len(ev.Participants) != 2 || ev.Participants[1] != 1 || ev.Source != 1 || len(ev.Via) != 0 {
		t.Errorf("event references = %+v", ev)
	}
	// a move to -1 makes a new entity like the old one
	if got := d.MoveMention(3, -1); got != 2 || d.Entities[2].Name != "B" || d.Mentions[3].Entity != 2 {
		t.Errorf("MoveMention to a new entity: got %d, %+v", got, d.Entities)
	}
}

func TestLower(t *testing.T) {
	d := &Document{Article: Article{Text: "Britney SPEARS met Ünal in İzmir and said hi."}}
	for _, c := range []struct {
		s    Span
		want string
	}{
		{Span{0, 7}, "britney"},
		{Span{0, 14}, "britney spears"},
		{Span{15, 18}, "met"},
		{Span{19, 24}, "ünal"},
		{Span{28, 34}, strings.ToLower("İzmir")},
		{Span{0, 0}, ""},
	} {
		if got := d.Lower(c.s); got != c.want {
			t.Errorf("Lower(%v) = %q, want %q", c.s, got, c.want)
		}
	}
	d.Tokens = []Token{{Span: Span{0, 7}}, {Span: Span{19, 24}}}
	if got := d.LowerTokens(); got[0] != "britney" || got[1] != "ünal" {
		t.Errorf("LowerTokens = %q", got)
	}
}

// TestDropEmptySharedSpeaker: a partial quotation shares its speaker and
// via list with the claim around it; each is renumbered once.
func TestDropEmptySharedSpeaker(t *testing.T) {
	sp := &Speaker{Entity: 2, Mention: 1}
	via := []int{2}
	d := &Document{
		Mentions: []Mention{{Entity: 0}, {Entity: 2}},
		Entities: []Entity{{Name: "A", Mentions: []int{0}}, {Name: "gone"}, {Name: "B", Mentions: []int{1}}},
		Quotes:   []Quote{{Speaker: sp, Via: via}, {Speaker: sp, Via: via}},
	}
	d.DropEmptyEntities()
	if sp.Entity != 1 {
		t.Errorf("shared speaker renumbered to %d, want 1", sp.Entity)
	}
	for i, q := range d.Quotes {
		if len(q.Via) != 1 || q.Via[0] != 1 {
			t.Errorf("quote %d via %v, want [1]", i, q.Via)
		}
	}
}

// TestTokenAt checks the tabulated TokenAt against a search of the
// tokens at every offset, before and after the tokens change, and outside
// the text.
func TestTokenAt(t *testing.T) {
	d := &Document{Article: Article{Text: "Spears,  aged 41, said: “no.”"}}
	toks := func(spans ...[2]int) {
		d.Tokens = d.Tokens[:0]
		for _, s := range spans {
			d.Tokens = append(d.Tokens, Token{Span: Span{s[0], s[1]}})
		}
	}
	check := func(stage string) {
		for off := -2; off <= len(d.Text)+2; off++ {
			want := len(d.Tokens)
			for i, tk := range d.Tokens {
				if tk.End > off {
					want = i
					break
				}
			}
			if got := d.TokenAt(off); got != want {
				t.Errorf("%s: TokenAt(%d) = %d, want %d", stage, off, got, want)
			}
		}
	}
	toks([2]int{0, 6}, [2]int{6, 7}, [2]int{9, 13}, [2]int{14, 16}, [2]int{16, 17}, [2]int{18, 22}, [2]int{22, 23})
	check("first")
	toks([2]int{0, 6}, [2]int{9, 13})
	d.TokensChanged()
	check("retokenised")
	toks([2]int{0, 6}, [2]int{9, 13}, [2]int{14, 16})
	check("a token appended") // without TokensChanged: the count differs
	d.Tokens = nil
	check("no tokens")
}
