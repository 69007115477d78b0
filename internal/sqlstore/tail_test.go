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

// FuzzUnpack feeds the lineage index's two stored encodings arbitrary
// bytes, as a damaged database would: a length that is no whole number of
// entries is an error, anything else decodes and packs back to the same
// bytes.
func FuzzUnpack(f *testing.F) {
	f.Add([]byte{})
	f.Add(packPairs([]vpair{{v: -5, id: 7}, {v: 1 << 40, id: 9}}))
	f.Add(packSig([]int64{3, -3}))
	f.Add([]byte("not a block"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := unpackPairs(b, nil)
		if (err != nil) != (len(b)%16 != 0) {
			t.Fatalf("unpackPairs(%d bytes): %v", len(b), err)
		}
		if err == nil && !slices.Equal(packPairs(ps), b) {
			t.Fatalf("pairs of %d bytes do not pack back", len(b))
		}
		var vs []int64
		err = unpackSig(b, func(v int64) { vs = append(vs, v) })
		if (err != nil) != (len(b)%8 != 0) {
			t.Fatalf("unpackSig(%d bytes): %v", len(b), err)
		}
		if err == nil && !slices.Equal(packSig(vs), b) {
			t.Fatalf("signature of %d bytes does not pack back", len(b))
		}
	})
}
