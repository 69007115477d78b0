package sqlstore

import (
	"math/rand"
	"slices"
	"testing"
)

// TestTailIndex fills the tail past several growths with values shared
// by up to five quotes and checks each value's quotes against a map.
func TestTailIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var x tailIndex
	want := map[int64][]int64{}
	values := make([]int64, 20000)
	for i := range values {
		values[i] = rng.Int63() - rng.Int63()
	}
	values = append(values, 0, -1) // any int64 is a value
	for id := int64(1); id <= 50000; id++ {
		v := values[rng.Intn(len(values))]
		if len(want[v]) >= 5 {
			continue
		}
		x.add(v, id)
		want[v] = append(want[v], id)
	}
	n := 0
	for v, ids := range want {
		var got []int64
		x.each(v, func(id int64) { got = append(got, id) })
		slices.Sort(got)
		if !slices.Equal(got, ids) || x.count(v) != len(ids) {
			t.Fatalf("value %d: quotes %v (count %d), want %v", v, got, x.count(v), ids)
		}
		n += len(ids)
	}
	if x.n != n {
		t.Errorf("n = %d, want %d", x.n, n)
	}
	x.each(12345, func(id int64) { t.Errorf("absent value lists quote %d", id) })
	sig := []int64{0, -1, 1 << 62, -5}
	var back []int64
	if err := unpackSig(packSig(sig), func(v int64) { back = append(back, v) }); err != nil || !slices.Equal(back, sig) {
		t.Errorf("unpackSig(packSig(%v)) = %v, %v", sig, back, err)
	}
	if err := unpackSig([]byte{1, 2, 3}, func(int64) {}); err == nil {
		t.Error("a 3-byte signature unpacked without error")
	}
}
