package ner

import (
	"strings"

	"hearsay"
	"hearsay/annotate/internal/product"
)

// products: the tagger, trained on texts where products are rare, takes
// an unknown capitalised name for a person; products retypes as PRODUCT
// the person names the text itself shows to be things (product.Is).
// Every occurrence of a name found so anywhere in the document becomes a
// product, and so does a one-word name that ends a multi-word product
// ("OS X Tiger" … "Tiger").
func products(d *hearsay.Document) {
	low := d.LowerTokens()
	found := product.Names(d, low)
	for i, n := range d.Names {
		j := d.TokenAt(n.End-1) + 1
		switch {
		case n.Type == hearsay.Person && product.Is(d, low, d.TokenAt(n.Start), j):
			if found == nil {
				found = map[string]bool{}
			}
			found[d.Lower(n.Span)] = true
		case n.Type == hearsay.Org && j < len(d.Tokens) && d.Tokens[j].Start > n.End && product.Model(d.Text[d.Tokens[j].Start:d.Tokens[j].End]) &&
			(i+1 == len(d.Names) || d.Names[i+1].Start >= d.Tokens[j].End):
			// "Airbus A380", "Boeing 787": the maker's name opens a
			// model's
			d.Names[i].End = d.Tokens[j].End
			d.Names[i].Type = hearsay.Product
		}
	}
	if len(found) == 0 {
		return
	}
	// the runs the tagger left untagged ("install Safari", "the Mac OS X
	// operating system") are the products' names too
	// (or tagged in pieces: "Mac" and "X" of "Mac OS X")
	var add []hearsay.NameSpan
	var drop map[int]bool
	k := 0 // d.Names[k:] end after the run's start
	product.Runs(d, func(i, j int) {
		sp := hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
		for k < len(d.Names) && d.Names[k].End <= sp.Start {
			k++
		}
		inside := k
		for inside < len(d.Names) && d.Names[inside].Start >= sp.Start && d.Names[inside].End <= sp.End {
			inside++
		}
		whole := inside == k || d.Names[k].Start != sp.Start || d.Names[k].End != sp.End
		if (inside == len(d.Names) || d.Names[inside].Start >= sp.End) && whole && found[d.Lower(sp)] {
			for x := k; x < inside; x++ {
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[x] = true
			}
			add = append(add, hearsay.NameSpan{Span: sp, Type: hearsay.Product})
		}
	})
	if len(add) > 0 {
		kept := d.Names[:0]
		for x, n := range d.Names {
			if !drop[x] {
				kept = append(kept, n)
			}
		}
		d.Names = append(kept, add...)
		sortNames(d.Names)
	}
	last := map[string]bool{}
	for p := range found {
		if k := strings.LastIndexByte(p, ' '); k > 0 {
			last[p[k+1:]] = true
		}
	}
	for i, n := range d.Names {
		if n.Type != hearsay.Person {
			continue
		}
		w := d.Lower(n.Span)
		if found[w] || last[w] && !product.GivenName(w) {
			d.Names[i].Type = hearsay.Product
		}
	}
}
