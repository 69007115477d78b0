package hearsay_test

import (
	"encoding/json"
	"strings"
	"testing"

	"hearsay"
)

func TestJSONShape(t *testing.T) {
	d, err := hearsay.NewDocument(hearsay.Article{ID: "d1", Text: `"Hi," Ann said.`})
	if err != nil {
		t.Fatal(err)
	}
	d.Mentions = []hearsay.Mention{{Span: hearsay.Span{Start: 6, End: 9}, Kind: hearsay.Name, Type: hearsay.Person, Entity: 0}}
	d.Entities = []hearsay.Entity{{Name: "Ann", Type: hearsay.Person, Mentions: []int{0}}}
	d.Quotes = []hearsay.Quote{{Span: hearsay.Span{Start: 1, End: 4}, Kind: hearsay.Direct, Evidence: hearsay.OnRecord,
		Speaker: &hearsay.Speaker{Span: hearsay.Span{Start: 6, End: 9}, Mention: 0, Entity: 0}, Cue: &hearsay.Span{Start: 10, End: 14}}}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema":1,"id":"d1","text":"\"Hi,\" Ann said.","published":null,` +
		`"entities":[{"id":"e1","name":"Ann","type":"PERSON","mentions":[{"start":6,"end":9,"kind":"name"}]}],` +
		`"quotes":[{"id":"q1","start":1,"end":4,"kind":"direct","speaker":{"entity":"e1","start":6,"end":9,"anonymous":false},` +
		`"cue":{"start":10,"end":14},"via":[],"evidence":"on_record"}],"timex":[],` +
		`"sourcing":{"on_record":1,"anonymous":0,"reported":0,"unattributed":0}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var j hearsay.JSONDocument
	if err := json.Unmarshal(b, &j); err != nil || j.Validate() != nil {
		t.Errorf("round trip: %v %v", err, j.Validate())
	}
}

func TestValidate(t *testing.T) {
	e1 := "e1"
	tests := []struct {
		name string
		j    hearsay.JSONDocument
		msg  string
	}{
		{"range", hearsay.JSONDocument{ID: "x", Text: "abc", Quotes: []hearsay.JSONQuote{{ID: "q1", Start: 2, End: 9}}}, "out of range"},
		{"boundary", hearsay.JSONDocument{ID: "x", Text: "é", Timex: []hearsay.JSONTimex{{Start: 1, End: 2}}}, "out of range"},
		{"entity", hearsay.JSONDocument{ID: "x", Text: "abc", Quotes: []hearsay.JSONQuote{{ID: "q1", Start: 0, End: 1,
			Speaker: &hearsay.JSONSpeaker{Entity: &e1, Start: 0, End: 1}}}}, "unknown speaker entity"},
	}
	for _, tt := range tests {
		if err := tt.j.Validate(); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.msg)
		}
	}
}

func TestSpan(t *testing.T) {
	a, b := hearsay.Span{Start: 0, End: 5}, hearsay.Span{Start: 4, End: 8}
	if !a.Overlaps(b) || a.Contains(b) || !a.Contains(hearsay.Span{Start: 1, End: 5}) || a.Len() != 5 {
		t.Error("span arithmetic")
	}
	if (hearsay.Span{Start: 0, End: 4}).Overlaps(hearsay.Span{Start: 4, End: 6}) {
		t.Error("half-open spans that touch must not overlap")
	}
}
