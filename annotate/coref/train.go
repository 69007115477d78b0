package coref

import (
	"hearsay"
)

// Trainer learns the pronoun model's weights with an averaged
// perceptron: at each third-person pronoun whose gold chain is known, the
// best-scoring candidate is compared with the best candidate that is
// right (an entity with a mention of the pronoun's chain, or nobody when
// none has one), and the weights move towards the right one. The pronoun
// is then linked to the right candidate, so that later decisions see
// correct entities.
type Trainer struct {
	w, u       []float32
	c          float32
	antecedent func(hearsay.Span) bool
	Seen       int // pronouns with a gold chain
	Errors     int // of which the model got wrong
}

// NewTrainer returns a trainer starting from zero weights.
func NewTrainer() *Trainer {
	return &Trainer{w: make([]float32, nFeatures), u: make([]float32, nFeatures), c: 1}
}

// Train runs mention detection and clustering on d, which must be
// segmented and tagged (tokens, sentences, names), learning from gold:
// the gold chain of a mention's span, or -1 if it has none; and from
// antecedent, which tells whether a pronoun's gold chain is mentioned
// before it. A pronoun whose chain was mentioned before, but in no entity
// the annotator found, teaches nothing: "nobody" would be right only
// because a mention was missed.
func (t *Trainer) Train(d *hearsay.Document, gold func(hearsay.Span) int, antecedent func(hearsay.Span) bool) {
	t.antecedent = antecedent
	annotate(d, t, gold)
}

// Weights returns the averaged weights.
func (t *Trainer) Weights() []float32 {
	out := make([]float32, nFeatures)
	for i := range out {
		out[i] = t.w[i] - t.u[i]/t.c
	}
	return out
}

func (c *clusterer) trainPronoun(mi int) {
	t := c.trainer
	d := c.doc
	m := d.Mentions[mi]
	cands := c.pronounCandidates(mi)
	g := c.gold(m.Span)
	pred, predS := -1, float32(0)
	for i, cd := range cands {
		if s := score(t.w, cd.feats); i == 0 || s > predS {
			pred, predS = i, s
		}
	}
	choice := cands[pred].ei
	good := make([]bool, len(cands))
	if g >= 0 {
		any := false
		for i, cd := range cands {
			if cd.ei < 0 {
				continue
			}
			for _, mj := range d.Entities[cd.ei].Mentions {
				if c.gold(d.Mentions[mj].Span) == g {
					good[i], any = true, true
					break
				}
			}
		}
		if !any {
			if t.antecedent(m.Span) {
				g = -1 // missed mention: learn nothing
			} else {
				good[len(cands)-1] = true // nobody
			}
		}
	}
	if g >= 0 {
		best, bestS := -1, float32(0)
		for i, cd := range cands {
			if !good[i] {
				continue
			}
			if s := score(t.w, cd.feats); best < 0 || s > bestS {
				best, bestS = i, s
			}
		}
		t.Seen++
		if !good[pred] {
			t.Errors++
			for _, f := range cands[best].feats {
				t.w[f]++
				t.u[f] += t.c
			}
			for _, f := range cands[pred].feats {
				t.w[f]--
				t.u[f] -= t.c
			}
		}
		choice = cands[best].ei
		t.c++
	}
	if choice >= 0 {
		c.link(mi, choice)
		return
	}
	c.newEntity(mi, d.Text[m.Start:m.End], hearsay.Person, m.Gender, false)
	c.kind[len(d.Entities)-1] = 'G'
}
