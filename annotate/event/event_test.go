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

func events(t testing.TB, text, pub string) []hearsay.Event {
	d, err := annotate.Default().Analyze(hearsay.Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return d.Events
}

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
