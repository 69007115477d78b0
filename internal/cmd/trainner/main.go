// Command trainner trains the name tagger embedded in annotate/ner from
// the openly licensed training splits in ../shared/data/train (GUM CC BY /
// CC BY-SA genres, LitBank CC BY, WNUT-17 CC BY, CrossNER MIT / CC BY-SA).
//
//	go run ./internal/cmd/trainner -data ../shared/data/train -out annotate/ner/model.bin.gz
//
// Training is reproducible: a fixed seed shuffles the sentences, and the
// averaged perceptron runs a fixed number of epochs.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"hearsay"
	"hearsay/annotate/ner"
	"hearsay/annotate/segment"
	"hearsay/internal/gold"
)

type example struct {
	s      *ner.Sentence
	labels []int
	// partial: only people are annotated (LitBank); a token labelled O
	// may be an organisation, a place or a work, so predicting one there
	// teaches nothing
	partial bool
}

func main() {
	data := flag.String("data", "../shared/data/train", "folder of training JSONL files")
	out := flag.String("out", "annotate/ner/model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 5, "passes over the data")
	runs := flag.Int("runs", 5, "training runs (sentence orders) whose averaged weights are averaged again")
	maxFeats := flag.Int("max", 32000, "keep at most this many features, the largest weights (the table stays in cache)")
	minCount := flag.Int("min", 2, "drop features seen fewer times")
	files := flag.String("files", "gum.jsonl,wnut17.jsonl,crossner.jsonl", "comma-separated training files in -data")
	partial := flag.String("partial", "", "comma-separated training files in -data that annotate only people")
	flag.Parse()
	exs, err := load(*data, strings.Split(*files, ","))
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
	if *partial != "" {
		pe, err := load(*data, strings.Split(*partial, ","))
		if err != nil {
			fmt.Fprintln(os.Stderr, "trainner:", err)
			os.Exit(1)
		}
		for i := range pe {
			pe[i].partial = true
		}
		exs = append(exs, pe...)
	}
	fmt.Fprintf(os.Stderr, "trainner: %d sentences\n", len(exs))
	w := map[uint32][]float32{}
	for r := 0; r < max(1, *runs); r++ {
		for f, ws := range train(exs, *epochs, *minCount, int64(1+r)) {
			a := w[f]
			if a == nil {
				a = make([]float32, len(ws))
				w[f] = a
			}
			for l, v := range ws {
				a[l] += v / float32(max(1, *runs))
			}
		}
	}
	w = prune(w, *maxFeats)
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
	if err := ner.Write(f, w); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
	f.Close()
	fmt.Fprintf(os.Stderr, "trainner: wrote %d features to %s\n", len(w), *out)
}

func load(dir string, files []string) ([]example, error) {
	var exs []example
	for _, name := range files {
		err := gold.Read(filepath.Join(dir, name), func(d gold.Doc) error {
			exs = append(exs, examples(d)...)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return exs, nil
}

func examples(d gold.Doc) []example {
	type span struct {
		s, e int
		t    string
	}
	var names []span
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Kind != "" && m.Kind != "name" {
				continue
			}
			names = append(names, span{m.Start, m.End, e.Type})
		}
	}
	sort.Slice(names, func(i, j int) bool { return names[i].s < names[j].s })
	paras := segment.Paragraphs(d.Text, nil)
	toks := segment.Tokenize(d.Text, nil)
	sents := segment.Sentences(d.Text, paras, toks, nil)
	label := make([]int, len(toks))
	for _, n := range names {
		base := 0
		switch n.t {
		case "PERSON":
			base = 1
		case "ORG":
			base = 3
		case "LOC", "GPE":
			base = 5
		case "WORK":
			base = 7
		default:
			continue
		}
		first := true
		for i, t := range toks {
			if t.Start >= n.s && t.End <= n.e {
				if first {
					label[i] = base
					first = false
				} else {
					label[i] = base + 1
				}
			}
		}
	}
	var out []example
	spans := make([][2]int, len(sents))
	for i, s := range sents {
		spans[i] = s.Tokens
	}
	stats := ner.NewDocStats(d.Text, toks, spans, nil)
	for _, s := range sents {
		st := &ner.Sentence{Text: d.Text, Doc: stats, Tokens: append([]hearsay.Token(nil), toks[s.Tokens[0]:s.Tokens[1]]...)}
		st.Prepare()
		out = append(out, example{s: st, labels: append([]int(nil), label[s.Tokens[0]:s.Tokens[1]]...)})
	}
	return out
}

// train runs an averaged perceptron with greedy decoding.
func train(exs []example, epochs, minCount int, seed int64) map[uint32][]float32 {
	nl := len(ner.Labels)
	w := map[uint32][]float32{}
	tot := map[uint32][]float32{}
	stamp := map[uint32][]int{}
	count := map[uint32]int{}
	c := 1
	update := func(f uint32, l int, v float32) {
		ws, ok := w[f]
		if !ok {
			ws = make([]float32, nl)
			w[f] = ws
			tot[f] = make([]float32, nl)
			stamp[f] = make([]int, nl)
		}
		tot[f][l] += float32(c-stamp[f][l]) * ws[l]
		stamp[f][l] = c
		ws[l] += v
	}
	rng := rand.New(rand.NewSource(seed))
	scores := make([]float32, nl)
	var feats []uint32
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		correct, total := 0, 0
		for _, ex := range exs {
			prev, prev2 := 0, 0
			for i := range ex.s.Tokens {
				feats = ex.s.Static(i, feats[:0])
				feats = ex.s.Dynamic(i, prev, prev2, feats)
				for l := range scores {
					scores[l] = 0
				}
				for _, f := range feats {
					if ws, ok := w[f]; ok {
						for l := range scores {
							scores[l] += ws[l]
						}
					}
					if ep == 0 {
						count[f]++
					}
				}
				best := 0
				for l := 1; l < nl; l++ {
					if ner.Allowed(prev, l) && scores[l] > scores[best] {
						best = l
					}
				}
				gold := ex.labels[i]
				if ex.partial && gold == 0 && best != 0 && ner.Types[best] != hearsay.Person {
					gold = best // unknown: not a person, maybe a place
				}
				if best != gold {
					for _, f := range feats {
						update(f, gold, 1)
						update(f, best, -1)
					}
				} else {
					correct++
				}
				total++
				c++
				prev2, prev = prev, best
			}
		}
		fmt.Fprintf(os.Stderr, "trainner: epoch %d: token accuracy %.4f\n", ep+1, float64(correct)/float64(total))
	}
	avg := map[uint32][]float32{}
	for f, ws := range w {
		if count[f] < minCount {
			continue
		}
		a := make([]float32, nl)
		keep := false
		for l := range ws {
			t := tot[f][l] + float32(c-stamp[f][l])*ws[l]
			a[l] = t / float32(c)
			if a[l] > 1e-3 || a[l] < -1e-3 {
				keep = true
			}
		}
		if keep {
			avg[f] = a
		}
	}
	return avg
}

// prune keeps the max features whose largest absolute weight is largest
// (ties broken by feature, so the result is reproducible).
func prune(w map[uint32][]float32, max int) map[uint32][]float32 {
	if len(w) <= max {
		return w
	}
	type fw struct {
		f uint32
		m float32
	}
	all := make([]fw, 0, len(w))
	for f, ws := range w {
		m := float32(0)
		for _, v := range ws {
			if v < 0 {
				v = -v
			}
			if v > m {
				m = v
			}
		}
		all = append(all, fw{f, m})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].m != all[j].m {
			return all[i].m > all[j].m
		}
		return all[i].f < all[j].f
	})
	out := make(map[uint32][]float32, max)
	for _, x := range all[:max] {
		out[x.f] = w[x.f]
	}
	return out
}
