package lineage

import (
	"reflect"
	"strings"
	"testing"
)

func TestContainmentFindsTruncatedAndReworded(t *testing.T) {
	full := Shingles("Justin wanted to speak to Britney after the documentary release and was thrilled when her management team agreed")
	tests := []struct {
		text string
		same bool
	}{
		{"Justin wanted to speak to Britney after the documentary release", true},                  // truncated
		{"Justin wanted to speak to Britney after the documentary release and was thrilled", true}, // truncated
		{"justin WANTED to speak to britney, after the documentary release!", true},                // case, punctuation
		{"Britney wanted nothing to do with the documentary, her lawyer said on Monday", false},    // shares words, not the statement
		{"The mayor said the bridge will reopen in May", false},
	}
	for _, tt := range tests {
		c := Containment(Shingles(tt.text), full)
		if (c >= Threshold) != tt.same {
			t.Errorf("%q: containment %.2f, same statement = %v", tt.text, c, tt.same)
		}
	}
}

func TestSignatureBandsFindCandidates(t *testing.T) {
	a := Bands(Signature(Shingles("They had a long emotional phone call where he explained his behavior")))
	b := Bands(Signature(Shingles("They had a long emotional phone call")))
	shared := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				shared++
			}
		}
	}
	if shared == 0 {
		t.Error("a truncated quote shares no band with its original")
	}
	c := Bands(Signature(Shingles("The council approved the budget on Tuesday night")))
	for _, x := range a {
		for _, y := range c {
			if x == y {
				t.Error("unrelated quotes share a band")
			}
		}
	}
}

func TestDiff(t *testing.T) {
	got := Diff("Justin reportedly wanted to speak to Britney", "Justin wanted to speak to Britney Spears")
	want := []Op{{"=", "Justin"}, {"-", "reportedly"}, {"=", "wanted to speak to Britney"}, {"+", "Spears"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Diff = %v, want %v", got, want)
	}
}

func TestCompareFlags(t *testing.T) {
	orig := Printing{Text: "They had a long emotional phone call", Speaker: "an insider", Anonymous: true, Evidence: "anonymous",
		Context: "The insider reportedly said they had a long emotional phone call."}
	tests := []struct {
		v    Printing
		want string
	}{
		{Printing{Text: orig.Text, Speaker: "a source", Anonymous: true, Evidence: "anonymous"}, "verbatim,hedge-dropped"},
		{Printing{Text: "They had a long phone call", Speaker: "Mark Ellis", Evidence: "on_record"}, "truncated,hedge-dropped,grade-changed,anonymous-to-named"},
		{Printing{Text: orig.Text + " last week", Speaker: "an insider", Anonymous: true, Evidence: "anonymous", Context: "reportedly"}, "extended"},
	}
	for _, tt := range tests {
		if got := strings.Join(Compare(orig, tt.v).Flags, ","); got != tt.want {
			t.Errorf("Compare(%q) flags = %s, want %s", tt.v.Text, got, tt.want)
		}
	}
}

func FuzzDiff(f *testing.F) {
	f.Add("a b c", "a c d")
	f.Fuzz(func(t *testing.T, a, b string) {
		ops := Diff(a, b)
		var orig, variant []string
		for _, op := range ops {
			if op.Kind != "+" {
				orig = append(orig, op.Text)
			}
			if op.Kind != "-" {
				variant = append(variant, op.Text)
			}
		}
		// the diff replays both sides (up to the 400-word cap)
		if len(strings.Fields(a)) <= 400 && len(strings.Fields(b)) <= 400 {
			if strings.Join(strings.Fields(strings.Join(variant, " ")), " ") != strings.Join(strings.Fields(b), " ") {
				t.Fatalf("variant side of %q → %q does not replay", a, b)
			}
		}
	})
}
