package ner

import (
	"hearsay"
	"hearsay/lexicon"
)

// knownPeople makes a person of a well-known person's name the tagger
// left alone or typed as a place or an organisation: "Biden, speaking in
// Ohio, said", "Putin, meanwhile", "Macron and Scholz met" (lexicon
// persons.txt, matched as written). A name inside a longer one keeps the
// longer one's type ("the Trump Organization", "Obama Presidential
// Center").
func knownPeople(s *Sentence, labels []int) {
	n := len(labels)
	for i := 0; i < n; i++ {
		t := s.Tokens[i]
		if !t.Cap || t.Kind != hearsay.Word {
			continue
		}
		most := lexicon.KnownPersonWords(s.Text[t.Start:t.End])
		if most == 0 {
			continue
		}
		// the longest known name starting here; its words may be joined
		// by marks ("Jay-Z", "J.D. Vance")
		end := -1
		for j := min(n, i+3*most); j > i; j-- {
			if _, ok := lexicon.KnownPerson(s.Text[t.Start:s.Tokens[j-1].End]); ok {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if labels[i] == bPerson && (end == n || labels[end] != bPerson+1) {
			i = end - 1
			continue // tagged so already
		}
		// part of a longer name: a capitalised word, or a name the tagger
		// runs on, right before or after
		longer := i > 0 && (IsInside(labels[i]) || s.Tokens[i-1].Cap && s.Tokens[i-1].Kind == hearsay.Word && !titleAt(s, i-1)) ||
			end < n && (IsInside(labels[end]) && labels[end] != bPerson+1 || s.Tokens[end].Cap && s.Tokens[end].Kind == hearsay.Word)
		if longer {
			i = end - 1
			continue
		}
		set(labels, i, end, bPerson)
		i = end - 1
	}
}

// titleAt reports whether token k is an honorific or title ("President",
// "Sen.", "Pope").
func titleAt(s *Sentence, k int) bool {
	if s.low[k] == "." && k > 0 {
		k--
	}
	_, ok := lexicon.Title(s.low[k])
	return ok
}
