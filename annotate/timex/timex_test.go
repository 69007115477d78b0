package timex_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"hearsay"
	"hearsay/annotate/segment"
	"hearsay/annotate/timex"
)

func find(t testing.TB, text, published string) []string {
	d := &hearsay.Document{Article: hearsay.Article{Text: text, Published: published}}
	segment.New().Annotate(d)
	if err := timex.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, x := range d.Timex {
		out = append(out, fmt.Sprintf("%s|%s|%s", d.Slice(x.Span), x.Type, x.Value))
	}
	return out
}

func TestTimex(t *testing.T) {
	const pub = "2023-04-25" // a Tuesday
	tests := []struct{ text, want string }{
		{"It happened in 2021.", "2021|DATE|2021"},
		{"He left on March 14, 2019.", "March 14, 2019|DATE|2019-03-14"},
		{"She called on Friday, May 8, 2009.", "Friday, May 8, 2009|DATE|2009-05-08"},
		{"It opened 14 March 2024.", "14 March 2024|DATE|2024-03-14"},
		{"It was released in July 2003.", "July 2003|DATE|2003-07"},
		{"The show returns on June 2.", "June 2|DATE|2023-06-02"},
		// a month's name that is a given name before a surname is no date
		{"Jan Smith and April Ryan spoke.", ""},
		{"They met last Tuesday.", "last Tuesday|DATE|2023-04-18"},
		{"They met on Monday.", "Monday|DATE|2023-04-24"},
		{"They will meet next Monday.", "next Monday|DATE|2023-05-01"},
		{"He said so yesterday.", "yesterday|DATE|2023-04-24"},
		{"It sold out today.", "today|DATE|2023-04-25"},
		{"Sales fell last month.", "last month|DATE|2023-03"},
		{"It grew this year.", "this year|DATE|2023"},
		{"It began three days ago.", "three days ago|DATE|2023-04-22"},
		{"Even after over 20 years, they remain close.", "20 years|DURATION|P20Y"},
		{"The tour lasted two months.", "two months|DURATION|P2M"},
		{"It was an annual event.", "annual|SET|P1Y"},
		{"the now 41-year-old singer", "41-year-old|AGE|41"},
		{"The band split in the 1990s.", "the 1990s|DATE|199"},
		{"It fell in the late 1980s and in 1992.", "the late 1980s|DATE|198;1992|DATE|1992"},
		{"Athens was founded around 3000 BC.", "3000 BC|DATE|-3000"},
		{"Art of the 19th century.", "the 19th century|DATE|18"},
		{"The summer of 2012 was hot.", "summer of 2012|DATE|2012-SU"},
		{"We spoke at 10:30 a.m. on the phone.", "10:30 a.m.|TIME|2023-04-25T10:30"},
		{"It has recently changed.", "recently|DATE|PAST_REF"},
		// clock times in one token or two, 12- and 24-hour
		{"Tickets go on sale at 10am.", "10am|TIME|2023-04-25T10:00"},
		{"Doors open at 7:30pm.", "7:30pm|TIME|2023-04-25T19:30"},
		{"He landed at 6.45am.", "6.45am|TIME|2023-04-25T06:45"},
		{"The show starts at 8 p.m.", "8 p.m.|TIME|2023-04-25T20:00"},
		{"It ended at 12am.", "12am|TIME|2023-04-25T00:00"},
		{"The rate rose 6.45 points.", ""},
		// "this Friday" is in the week of publication (Tuesday 25 April
		// 2023); a bare month is on the side its clause's tense says,
		// with its modifier
		{"Tickets go on sale this Friday.", "this Friday|DATE|2023-04-28"},
		{"The tour ends in late August.", "late August|DATE|2023-08"},
		{"The album came out in August.", "August|DATE|2022-08"},
		// news's relative expressions (publication Tuesday 25 April 2023)
		{"He left last night.", "last night|TIME|2023-04-24TNI"},
		{"It fell late last year.", "late last year|DATE|2022"},
		{"She spoke over the weekend.", "the weekend|DATE|2023-W16-WE"},
		{"Tension grew in recent weeks.", "recent weeks|DATE|PAST_REF"},
		{"More will follow in the coming months.", "the coming months|DATE|FUTURE_REF"},
		{"It closed a decade ago.", "a decade ago|DATE|2013"},
		{"It will ship in mid-2011.", "mid-2011|DATE|2011"},
		{"The ad aired on 7/8/07.", "7/8/07|DATE|2007-07-08"},
		// a date without its year falls on the side of publication its
		// clause's tense says; a weekday the clause looks ahead to is the
		// coming one
		{"The plane made its maiden flight on 11 December.", "11 December|DATE|2022-12-11"},
		{"The vote will be held on 3 January.", "3 January|DATE|2024-01-03"},
		{"The trial is set to begin on Wednesday.", "Wednesday|DATE|2023-04-26"},
		{"It flew on Dec. 12.", "Dec. 12|DATE|2022-12-12"},
		{"Protests grew this weekend.", "this weekend|DATE|2023-W17-WE"},
		// one hyphenated word: a duration, not an age; an ordinal counts
		// nothing
		{"His 27-year career ended.", "27-year|DURATION|P27Y"},
		{"A three-month review began.", "three-month|DURATION|P3M"},
		{"The decades-long feud ended.", "decades-long|DURATION|PXY"},
		{"It will matter for the 21st century.", "the 21st century|DATE|20"},
		// quarters and halves of a year where the sentence talks money;
		// a quarter reported in the past is over
		{"Profit rose in the third quarter.", "the third quarter|DATE|2022-Q3"},
		{"Profit rose in the first quarter.", "the first quarter|DATE|2023-Q1"},
		{"Profit rose in the second quarter.", "the second quarter|DATE|2022-Q2"},
		{"Third-quarter earnings will be strong.", "Third-quarter|DATE|2023-Q3"},
		{"Results for the third quarter of 1997 were weak.", "the third quarter of 1997|DATE|1997-Q3"},
		{"Sales rose in fiscal 1998.", "fiscal 1998|DATE|FY1998"},
		{"Brady threw a touchdown in the fourth quarter.", ""},
		{"Sales were flat, compared with a year earlier.", "a year earlier|DATE|2022"},
		{"You may go. March on!", ""},
		{"He paid $2015 for it.", ""},
	}
	for _, tt := range tests {
		got := strings.Join(find(t, tt.text, pub), ";")
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	// without a publication date, relative values keep their unknowns
	if got := strings.Join(find(t, "He said so yesterday.", ""), ";"); got != "yesterday|DATE|XXXX-XX-XX" {
		t.Errorf("no date: %q", got)
	}
}

func FuzzTimex(f *testing.F) {
	f.Add("In 2021, on March 14, 2019, last Tuesday, 3 days ago, 10:30 a.m.", "2023-04-25")
	f.Add("the 21st century 594 BC every Monday", "")
	f.Fuzz(func(t *testing.T, text, pub string) {
		if !utf8.ValidString(text) {
			return
		}
		d := &hearsay.Document{Article: hearsay.Article{Text: text, Published: pub}}
		segment.New().Annotate(d)
		if err := timex.New().Annotate(d); err != nil {
			t.Fatal(err)
		}
		for _, x := range d.Timex {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End || x.Value == "" {
				t.Fatalf("bad timex %+v", x)
			}
		}
	})
}

func BenchmarkTimex(b *testing.B) {
	text, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := &hearsay.Document{Article: hearsay.Article{Text: string(text), Published: "2023-04-25"}}
	segment.New().Annotate(d)
	a := timex.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a.Annotate(d)
	}
}
