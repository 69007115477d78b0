package sqlstore

import (
	"math/rand"
	"testing"
)

func TestBandFilter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	f := newBandFilter(100000)
	in := make([]int64, 100000)
	for i := range in {
		in[i] = rng.Int63() - rng.Int63()
		f.add(in[i])
	}
	for _, v := range in {
		if !f.has(v) {
			t.Fatalf("%d added but not found", v)
		}
	}
	fp := 0
	for i := 0; i < 100000; i++ {
		if f.has(rng.Int63()) {
			fp++
		}
	}
	// 10 bits and 7 probes a value: about 1% false positives at capacity
	if rate := float64(fp) / 100000; rate > 0.02 {
		t.Errorf("false-positive rate %.3f at capacity, want about 0.01", rate)
	}
}
