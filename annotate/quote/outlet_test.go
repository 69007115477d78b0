package quote

import "testing"

// TestIsOutlet: outlets by the gazetteer, their domain or their masthead;
// companies and social platforms are not.
func TestIsOutlet(t *testing.T) {
	for name, want := range map[string]bool{
		"The Wall Street Journal": true, "Closer Magazine": true, "Page Six": true, "The Sun": true, "TMZ": true,
		"Detik.com": true, "Netflix": false, "Instagram": false, "Apple": false, "Sun": false, "Boeing": false,
	} {
		if got := isOutlet(name); got != want {
			t.Errorf("isOutlet(%q) = %v, want %v", name, got, want)
		}
	}
}
