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
