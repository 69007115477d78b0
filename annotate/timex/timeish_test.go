package timex

import (
	"os"
	"strings"
	"testing"
)

// TestTimeishWords checks the one-table word test against the table-by-
// table one on the words of the sample article and the tables' own words
// with and without a plural s.
func TestTimeishWords(t *testing.T) {
	b, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(strings.ToLower(string(b)))
	for w := range timeishWords {
		words = append(words, w, w+"s", strings.TrimSuffix(w, "s"))
	}
	words = append(words, "a", "an", "s", "", "days", "mass")
	for _, w := range words {
		want := timeishWord(w) || w != "" && w[0] >= '0' && w[0] <= '9'
		if got := timeish(w, false, wordClass[w]); got != want {
			t.Errorf("timeish(%q) = %v, want %v", w, got, want)
		}
	}
	if !timeish("days", false, wordClass["days"]) || timeish("singer", false, wordClass["singer"]) {
		t.Error("days not time-ish or singer time-ish")
	}
}
