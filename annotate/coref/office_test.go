package coref

import "testing"

func TestOfficeFits(t *testing.T) {
	for _, tt := range []struct{ have, key string }{
		{"prime minister", "minister"},
		{"president", "president"},
	} {
		if !officeFits([]string{tt.have}, tt.key) {
			t.Errorf("officeFits(%q, %q) = false", tt.have, tt.key)
		}
	}
	if officeFits([]string{"vice president"}, "president") || officeFits([]string{"attorney general"}, "inspector general") {
		t.Error("a deputy's or another office fits")
	}
	for _, tt := range []struct {
		words []string
		key   string
	}{
		{[]string{"the", "attorney", "general"}, "attorney general"},
		{[]string{"the", "chief", "of", "staff"}, "chief of staff"},
		{[]string{"the", "company's", "chief", "executive"}, "ceo"},
		{[]string{"fbi", "director"}, "director"},
		{[]string{"sen"}, "senator"},
		{[]string{"the", "former", "cia", "director"}, ""},
		{[]string{"the", "singer"}, ""},
	} {
		if got := officeKey(tt.words); got != tt.key {
			t.Errorf("officeKey(%q) = %q, want %q", tt.words, got, tt.key)
		}
	}
}
