package coref

import (
	"strings"
	"testing"
)

// TestParseWeights: comments, malformed lines and indexes out of range
// are skipped; the result always has room for every feature.
func TestParseWeights(t *testing.T) {
	w := parseWeights("# header\n12\t0.5\nbad line\n-3\t1\n99999999\t2\n7\tx\n13\t-1.25\n")
	if len(w) != nFeatures {
		t.Fatalf("len = %d, want %d", len(w), nFeatures)
	}
	if w[12] != 0.5 || w[13] != -1.25 || w[7] != 0 {
		t.Errorf("weights 12, 13, 7 = %v %v %v", w[12], w[13], w[7])
	}
	if len(parseWeights("")) != nFeatures {
		t.Error("empty weights have no room")
	}
	if embedded := pronounWeights(); len(embedded) != nFeatures || strings.Count(pronounsTxt, "\n") < 100 {
		t.Error("embedded pronoun weights missing")
	}
}

func FuzzParseWeights(f *testing.F) {
	f.Add("1\t0.5\n")
	f.Add("\t\t\n#\n8191\t1e38\n")
	f.Fuzz(func(t *testing.T, txt string) {
		if w := parseWeights(txt); len(w) != nFeatures {
			t.Fatalf("len = %d", len(w))
		}
	})
}
