package event_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"hearsay"
	"hearsay/annotate"
	"hearsay/annotate/event"
)

func analyze(t testing.TB, text, pub string) *hearsay.Document {
	d, err := annotate.Default().Analyze(hearsay.Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func events(t testing.TB, text, pub string) []hearsay.Event { return analyze(t, text, pub).Events }

func TestEvents(t *testing.T) {
	evs := events(t, "Tom Hanks and Rita Wilson married in 1988. In 2020, the couple split, a source told People. Hanks later apologized to Wilson.", "2023-04-25")
	var got []string
	for _, e := range evs {
		got = append(got, string(e.Kind)+"@"+e.Time+"/"+e.Evidence.String())
	}
	want := "relationship@1988/unattributed breakup@2020/anonymous apology@/unattributed"
	if strings.Join(got, " ") != want {
		t.Errorf("events = %v, want %s", got, want)
	}
	// intentions are not events
	if evs := events(t, "Tom Hanks wanted to apologize to Rita Wilson.", "2023-04-25"); len(evs) != 0 {
		t.Errorf("intention taken as an event: %+v", evs)
	}
}

// TestMoreKinds: accusations, arrests and lawsuits; hospital stays;
// births, deaths and nominations, each with its people and time.
func TestMoreKinds(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Scott Swift was accused of assaulting a photographer in 2024, police said.", "legal@2024[Scott Swift]"},
		{"Rapper Tory Lanez was arrested in 2020.", "legal@2020[Tory Lanez]"},
		{"Kanye West sued his former lawyers last year.", "legal@2022[Kanye West]"},
		{"Celine Dion was hospitalized in 2022.", "health@2022[Celine Dion]"},
		{"Rihanna gave birth to her second son in 2023.", "birth@2023[Rihanna]"},
		{"Matthew Perry died in 2023 at his home.", "death@2023[Matthew Perry]"},
		// one dies: not the role of a relative clause, nor who announced it
		{"Shannen Doherty, who rose to fame as Brenda Walsh, died in 2024, Leslie Sloane said.", "death@2024[Shannen Doherty]"},
		{"Billie Eilish was nominated for an Oscar in 2024.", "award@2024[Billie Eilish]"},
		{"Selena Gomez and Benny Blanco are engaged after Blanco proposed in 2024.", "relationship@2024[Selena Gomez Benny Blanco]"},
	}
	for _, tt := range tests {
		d := analyze(t, tt.text, "2023-04-25")
		var got []string
		for _, e := range d.Events {
			var ps []string
			for _, p := range e.Participants {
				ps = append(ps, d.Entities[p].Name)
			}
			got = append(got, string(e.Kind)+"@"+e.Time+"["+strings.Join(ps, " ")+"]")
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: events %v, want %s", tt.text, got, tt.want)
		}
	}
}

func FuzzEvents(f *testing.F) {
	f.Add("Even after over 20 years, since the two broke up, Justin Timberlake apologized to Britney Spears in 2021.")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, e := range events(t, text, "2023-04-25") {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}

func BenchmarkEvents(b *testing.B) {
	text, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		b.Fatal(err)
	}
	d, err := annotate.Default().Analyze(hearsay.Article{ID: "s", Text: string(text), Published: "2023-04-25"})
	if err != nil {
		b.Fatal(err)
	}
	a := event.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a.Annotate(d)
	}
}
