package product_test

import (
	"testing"

	"hearsay"
	"hearsay/annotate"
	"hearsay/annotate/internal/product"
)

// TestProducts analyses sentences and checks the type of one name in each:
// products by their context, people left alone in look-alike contexts.
func TestProducts(t *testing.T) {
	cases := []struct {
		text, name string
		want       hearsay.EntityType // "" for no entity with that name
	}{
		{"In chatrooms, users are buzzing about Tiger, the newest version of Apple software.", "Tiger", hearsay.Product},
		{"The plane is built with four Rolls-Royce Trent 900 engines.", "Rolls-Royce Trent", hearsay.Product},
		{"Users can install Safari and other apps. The web browser Safari is free.", "Safari", hearsay.Product},
		{"Apple said Macintosh computers would use Intel chips.", "Macintosh", hearsay.Product},
		{"It runs on the Mac OS X operating system.", "Mac OS X", hearsay.Product},
		{"Kay Mann 04/26/2001 07:17 AM Will you be providing the draft?", "Kay Mann", hearsay.Person},
		{"Steve Jobs 1955-2011 was remembered by Apple on Wednesday.", "Steve Jobs", hearsay.Person},
		{"The Britney Spears documentary aired on Friday, and Spears said nothing.", "Spears", hearsay.Person},
		{"It was the first computer Steve Wozniak built, he said.", "Steve Wozniak", hearsay.Person},
		{"Adele, the singer, released a new album on Friday.", "Adele", hearsay.Person},
		{"Any news on Aunt Toni? She was ill last week, Toni's son said.", "Toni", hearsay.Person},
		{"The long awaited iPhone Software Development Kit was released on Thursday.", "Kit", ""},
		{"He competed at the 2010 Winter Olympics in Vancouver.", "Winter Olympics", ""},
		{"Apple announces Mac OS X Lion, iOS 5, and iCloud.", "Mac OS X Lion", hearsay.Product},
		// a rank's number, a firm with a title's word, a storm and the
		// centre named after storms
		{"The hurricane came ashore as a Category 3 storm on Thursday.", "Category", ""},
		{"Duke Energy said crews could need a week to restore power.", "Duke Energy", hearsay.Org},
		{"Hurricane Milo came ashore. The National Hurricane Center warned of a surge.", "Hurricane Milo", hearsay.Other},
		{"Hurricane Milo came ashore. The National Hurricane Center warned of a surge.", "Hurricane Center", ""},
	}
	for _, c := range cases {
		if got := typeOf(t, c.text, c.name); got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// typeOf analyses text and returns the type of the entity with a mention
// reading name ("" for none).
func typeOf(t *testing.T, text, name string) hearsay.EntityType {
	t.Helper()
	d, err := annotate.Default().Analyze(hearsay.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		for _, mi := range e.Mentions {
			if d.Slice(d.Mentions[mi].Span) == name {
				return e.Type
			}
		}
	}
	return ""
}

func TestModel(t *testing.T) {
	for w, want := range map[string]bool{"787": true, "737s": true, "A380": true, "A330-200": true, "A400M": true,
		"4": false, "13": false, "2007": false, "1080p": true, "1955": false, "X": false, "Dreamliner": false, "3G": false, "": false, "A": false} {
		if got := product.Model(w); got != want {
			t.Errorf("Model(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMakers checks names of makers followed by company words and model
// designations.
func TestMakers(t *testing.T) {
	cases := []struct {
		text, name string
		want       hearsay.EntityType
	}{
		{"Apple Computer today launched a 3G version of the iPhone.", "Apple Computer", hearsay.Org},
		{"AirTran Airways would like to thank the workers, he said.", "AirTran Airways", hearsay.Org},
		{"The airline ordered twenty new Airbus A320 jets on Monday.", "Airbus A320", hearsay.Product},
		{"Air China will buy 15 Boeing 787 aircraft, Boeing said.", "Boeing 787", hearsay.Product},
		{"Air China will buy 15 Boeing 787 aircraft, Boeing said.", "Boeing", hearsay.Org},
		{"Apple CEO Steve Jobs spoke on Monday.", "Apple", hearsay.Org},
	}
	for _, c := range cases {
		if got := typeOf(t, c.text, c.name); got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
