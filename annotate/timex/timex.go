// Package timex finds time expressions and normalises them against the
// publication date into TIMEX3-style values.
//
// Requires: tokens, sentences. Provides: timex.
//
// Rules over tokens, longest match first:
//   - DATE: "March 14, 2024", "14 March 2024", "March 2024", "March 14",
//     "2024-03-14", "3/14/2024", "1990s", "2021", "3000 BC", "summer of
//     2012", weekday names (resolved to the most recent such day on or
//     before publication unless "next" or a clause that looks ahead: "is
//     set to begin on Wednesday"), "today", "yesterday", "tomorrow",
//     "last/this/next week|month|year|summer|weekend", "N days ago",
//     "earlier this year", "recently" (PAST_REF); a day and month
//     without a year take the year that puts them on the side of
//     publication the clause's tense says ("made its maiden flight on
//     11 December", published in January: the December before);
//     Quarters and halves of a year where the sentence talks money ("the
//     fourth quarter", "third-quarter earnings", "the first half of
//     1997"), fiscal years ("fiscal 1998"), "a year earlier";
//   - TIME: "this morning", "Friday night", "10:30 a.m.", "noon";
//   - DURATION: "20 years", "over two months", "the past decade", "a
//     week", "a 27-year career", "a three-month review", "decades-long";
//   - SET: "annual", "every year", "weekly";
//   - AGE: "41-year-old", "aged 41" (value: the age in years).
//
// Relative expressions take their value from the publication date; with
// none, their unknown parts are written X ("XXXX-XX-XX").
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"hearsay"
)

// Name is the annotator's name in a pipeline.
const Name = "timex"

// Annotator is the time-expression annotator.
type Annotator struct{}

// New returns a time-expression annotator.
func New() *Annotator { return &Annotator{} }

// Name implements hearsay.Annotator.
func (*Annotator) Name() string { return Name }

// Requires implements hearsay.Annotator.
func (*Annotator) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerTokens, hearsay.LayerSentences}
}

// Provides implements hearsay.Annotator.
func (*Annotator) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerTimex} }

var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
	"apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

var weekdays = map[string]time.Weekday{"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "several": -1, "few": -1, "couple": 2, "dozen": 12}

var units = map[string]string{"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
	"year": "Y", "decade": "10Y", "century": "100Y", "weekend": "WE", "night": "D"}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

type doc struct {
	*hearsay.Document
	low     []string
	pub     time.Time
	has     bool    // pub is known
	timeish []bool  // per token: a number, unit, month, weekday, season or part of day
	class   []uint8 // per token: its wordClass
}

// Word classes, looked up once a token.
const (
	classTimeish = 1 << iota // timeishWords
	classStarter             // starters
	classWeak                // weakStarters
)

// wordClass holds each word's classes: one lookup a token for the three
// tables.
var wordClass = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range timeishWords {
		m[w] |= classTimeish
	}
	for w := range starters {
		m[w] |= classStarter
	}
	for w := range weakStarters {
		m[w] |= classWeak
	}
	return m
}()

// weakStarters begin a time expression only when a time word follows
// within four tokens ("the past decade", "for two years").
var weakStarters = map[string]bool{"the": true, "a": true, "an": true, "for": true, "over": true, "about": true,
	"nearly": true, "almost": true, "around": true, "roughly": true, "some": true, "more": true, "less": true,
	"at": true, "than": true, "least": true, "another": true, "first": true, "early": true, "late": true,
	"earlier": true, "later": true, "end": true, "past": true}

// timeish reports whether a token is a time word or a number, given w's
// wordClass.
func timeish(w string, number bool, class uint8) bool {
	return number || class&classTimeish != 0 || w != "" && w[0] >= '0' && w[0] <= '9'
}

// timeishWords holds every word timeishWord accepts (it accepts no
// other: each of its tables is a candidate here): one lookup a token
// instead of one a table.
var timeishWords = func() map[string]bool {
	var cands []string
	for _, m := range []map[string]int{months, numberWords} {
		for w := range m {
			cands = append(cands, w)
		}
	}
	for w := range weekdays {
		cands = append(cands, w)
	}
	for _, m := range []map[string]string{seasons, partsOfDay} {
		for w := range m {
			cands = append(cands, w)
		}
	}
	for u := range units {
		cands = append(cands, u, u+"s")
	}
	cands = append(cands, "century", "centuries", "year", "week", "month", "weekend", "few", "several", "quarter")
	out := map[string]bool{}
	for _, w := range cands {
		if timeishWord(w) {
			out[w] = true
		}
	}
	return out
}()

// timeishWord is timeish's word test, table by table (timeishWords holds
// its answers).
func timeishWord(w string) bool {
	if _, ok := months[w]; ok {
		return true
	}
	if _, ok := weekdays[w]; ok {
		return true
	}
	if _, ok := seasons[w]; ok {
		return true
	}
	if _, ok := partsOfDay[w]; ok {
		return true
	}
	if n, ok := numberWords[w]; ok && w != "a" && w != "an" && n != 0 {
		return true
	}
	if _, ok := units[strings.TrimSuffix(w, "s")]; ok {
		return true
	}
	switch w {
	case "century", "centuries", "year", "week", "month", "weekend", "few", "several", "quarter":
		return true
	}
	return false
}

// Annotate implements hearsay.Annotator.
func (*Annotator) Annotate(d *hearsay.Document) error {
	x := &doc{Document: d, low: d.LowerTokens(), timeish: make([]bool, len(d.Tokens)), class: make([]uint8, len(d.Tokens))}
	for i, t := range d.Tokens {
		w := x.low[i]
		x.class[i] = wordClass[w]
		x.timeish[i] = timeish(w, t.Kind == hearsay.Number, x.class[i])
	}
	if t, err := time.Parse("2006-01-02", d.Published); err == nil {
		x.pub, x.has = t, true
	}
	d.Timex = d.Timex[:0]
	for _, s := range d.Sentences {
		for i := s.Tokens[0]; i < s.Tokens[1]; {
			if n := x.match(i, s.Tokens[1]); n > 0 {
				// on after the expression, which may have begun before i
				// ("the late 1980s" found at its year)
				i = max(i+1, d.TokenAt(x.Timex[len(x.Timex)-1].End))
				continue
			}
			i++
		}
	}
	return nil
}

func (x *doc) add(i, j int, t hearsay.TimexType, v string) int {
	x.Timex = append(x.Timex, hearsay.Timex{Span: hearsay.Span{Start: x.Tokens[i].Start, End: x.Tokens[j-1].End}, Type: t, Value: v})
	return j - i
}

func (x *doc) num(i int) (int, bool) {
	if i < 0 || i >= len(x.low) {
		return 0, false
	}
	w := x.low[i]
	if w == "" || w[0] < '0' || w[0] > '9' {
		v, ok := numberWords[w]
		return v, ok
	}
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "st"), "nd"), "rd"), "th")
	n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	if err == nil {
		return n, true
	}
	if v, ok := numberWords[x.low[i]]; ok {
		return v, true
	}
	return 0, false
}

func (x *doc) is(i int, ws ...string) bool {
	if i < 0 || i >= len(x.low) {
		return false
	}
	for _, w := range ws {
		if x.low[i] == w {
			return true
		}
	}
	return false
}

// month returns the month at token i and the tokens it takes ("Sept.").
func (x *doc) month(i, b int) (int, int) {
	if i >= b {
		return 0, 0
	}
	m, ok := months[x.low[i]]
	if !ok {
		return 0, 0
	}
	// "may" and "march" are words too: need a capital
	if (x.low[i] == "may" || x.low[i] == "march") && !x.Tokens[i].Cap {
		return 0, 0
	}
	n := 1
	// an abbreviation's dot ("Dec. 12"), not a full name's full stop
	if w := x.low[i]; i+1 < b && x.low[i+1] == "." && x.Tokens[i+1].Start == x.Tokens[i].End && len(w) <= 4 && w != "may" && w != "june" && w != "july" {
		n = 2
	}
	return m, n
}

func year4(x *doc, i int) (int, bool) {
	if i >= len(x.Tokens) || x.Tokens[i].Kind != hearsay.Number || x.Tokens[i].Len() != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(x.low[i])
	return y, err == nil && y >= 1000 && y <= 2199
}

func day(x *doc, i int) (int, bool) {
	n, ok := x.num(i)
	if !ok || x.Tokens[i].Kind == hearsay.Word && !strings.ContainsAny(x.low[i], "0123456789") {
		return 0, false
	}
	return n, n >= 1 && n <= 31
}

func (x *doc) ymd(y, m, d int) string {
	switch {
	case d > 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case m > 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d", y)
}

// futureWords make a clause look ahead: "will", "is set to begin", "is
// scheduled for", "is due to".
var futureWords = map[string]bool{"will": true, "'ll": true, "shall": true, "scheduled": true, "due": true,
	"upcoming": true, "planned": true, "plans": true, "expected": true, "set": true, "going": true, "next": true}

// tense reports whether the clause before token i looks ahead (1) or
// back (-1), or says nothing (0): its nearest auxiliary or verb form
// within the clause decides.
func (x *doc) tense(i int) int {
	lo, hi := 0, len(x.low)
	if si := x.SentenceAt(x.Tokens[i].Start); si >= 0 {
		lo, hi = x.Sentences[si].Tokens[0], x.Sentences[si].Tokens[1]
	}
	for k := i - 1; k >= lo && k >= i-12; k-- {
		switch x.tenseAt(k) {
		case 2:
			return 0 // another clause: "said Tuesday that …"
		case 1:
			return 1
		case -1:
			return -1
		}
	}
	// nothing before it in its clause: the verb after ("Third-quarter
	// earnings will be strong")
	for k := i + 1; k < hi && k <= i+8; k++ {
		switch x.tenseAt(k) {
		case 2:
			return 0
		case 1:
			return 1
		case -1:
			return -1
		}
	}
	return 0
}

// tenseAt classifies token k for tense: 1 a word that looks ahead, -1 a
// past form, 2 a clause boundary, 0 anything else.
func (x *doc) tenseAt(k int) int {
	w := x.low[k]
	switch {
	case w == ";" || w == "that" || w == "said" || w == "says":
		return 2
	case futureWords[w] && !(w == "set" && !x.is(k+1, "to", "for")) && !(w == "due" && !x.is(k+1, "to")) &&
		!(w == "going" && !x.is(k+1, "to")) && !(w == "expected" && !x.is(k+1, "to")):
		return 1
	case w == "was" || w == "were" || w == "had" || w == "did":
		return -1
	case pastIrregular[w] || strings.HasSuffix(w, "ed") && len(w) > 4:
		if x.is(k-1, "be", "been", "being", "is", "are", "am", "to") {
			return 0 // a participle: the auxiliary before it decides ("will be held")
		}
		return -1
	}
	return 0
}

// pastIrregular are common irregular past tenses.
var pastIrregular = map[string]bool{"made": true, "rose": true, "fell": true, "grew": true, "won": true, "lost": true,
	"took": true, "gave": true, "came": true, "went": true, "left": true, "began": true, "saw": true, "got": true,
	"paid": true, "sold": true, "bought": true, "led": true, "met": true, "ran": true, "spent": true, "brought": true,
	"held": true, "kept": true, "built": true, "became": true, "wrote": true, "spoke": true, "broke": true,
	"chose": true, "drove": true, "flew": true, "knew": true, "threw": true, "fought": true, "caught": true,
	"thought": true, "found": true, "stood": true, "sent": true, "felt": true, "heard": true, "struck": true,
	"shot": true, "sank": true, "sang": true, "told": true}

// yearOf returns the year of day d of month m, written without one at
// token i: the publication year, or the year before or after when that
// puts the day on the side of publication the clause's tense says ("made
// its maiden flight on 11 December", published in January), or nearest
// to publication when the tense says nothing.
func (x *doc) yearOf(i, m, d int) int {
	py := x.pub.Year()
	t := time.Date(py, time.Month(m), max(d, 1), 0, 0, 0, 0, time.UTC)
	pub := time.Date(py, x.pub.Month(), x.pub.Day(), 0, 0, 0, 0, time.UTC)
	switch x.tense(i) {
	case -1:
		if t.After(pub) && t.Sub(pub) > 24*time.Hour {
			return py - 1
		}
	case 1:
		if t.Before(pub) && pub.Sub(t) > 24*time.Hour {
			return py + 1
		}
	default:
		if t.Sub(pub) > 183*24*time.Hour {
			return py - 1
		}
		if pub.Sub(t) > 183*24*time.Hour {
			return py + 1
		}
	}
	return py
}

// pubYear is the publication year, or -1.
func (x *doc) pubYear() int {
	if !x.has {
		return -1
	}
	return x.pub.Year()
}

func (x *doc) dateOf(t time.Time) string { return t.Format("2006-01-02") }

// match tries every rule at token i (sentence end b) and returns the
// tokens taken.
// starters are the words a time expression can begin with (numbers
// aside); every other word is passed over without trying the rules.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"the", "last", "this", "next", "past", "early", "late", "for", "over", "about", "nearly",
		"almost", "around", "roughly", "some", "more", "less", "at", "another", "first", "today", "yesterday",
		"tomorrow", "tonight", "recently", "lately", "currently", "nowadays", "every", "each", "annual", "annually",
		"yearly", "daily", "weekly", "monthly", "noon", "midday", "midnight", "aged", "world", "wwii", "end",
		"earlier", "later", "than", "least", "a", "an", "several", "few", "couple", "dozen", "fiscal", "second", "third",
		"fourth", "1st", "2nd", "3rd", "4th", "recent", "coming", "one"} {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	return m
}()

func (x *doc) match(i, b int) int {
	w := x.low[i]
	if x.Tokens[i].Kind != hearsay.Number && x.class[i]&classStarter == 0 && !strings.HasSuffix(w, "-year-old") &&
		!(len(w) == 5 && strings.HasSuffix(w, "0s")) && (w == "" || w[0] < '0' || w[0] > '9') && !hyphenUnit(w) &&
		!strings.HasSuffix(w, "-quarter") && !strings.HasSuffix(w, "-half") && !yearPrefixed(w) {
		return 0
	}
	if n := x.quarter(i, b); n > 0 {
		return n
	}
	if x.class[i]&classWeak != 0 {
		ahead := false
		for k := i + 1; k < b && k <= i+4; k++ {
			if x.timeish[k] {
				ahead = true
				break
			}
		}
		if !ahead {
			return 0
		}
	}
	// "the 19th century"
	if x.is(i, "the") && x.is(i+2, "century") {
		if n, ok := x.num(i + 1); ok && n > 0 && n <= 21 && x.Tokens[i+1].Kind != hearsay.Number {
			return x.add(i, i+3, hearsay.Date, fmt.Sprintf("%02d", n-1))
		}
	}
	if x.is(i+1, "century") {
		if n, ok := x.num(i); ok && n > 0 && n <= 21 && x.Tokens[i].Kind != hearsay.Number {
			return x.add(i, i+2, hearsay.Date, fmt.Sprintf("%02d", n-1))
		}
	}
	// weekday, optionally before a date: "Friday, May 8, 2009"
	if _, ok := weekdays[w]; ok && x.Tokens[i].Cap {
		j := i + 1
		if j < b && x.low[j] == "," {
			j++
		}
		if m, mn := x.month(j, b); m > 0 {
			if n := x.absolute(j, b, m, mn); n > 0 {
				x.Timex[len(x.Timex)-1].Start = x.Tokens[i].Start
				return j - i + n
			}
		}
	}
	if m, mn := x.month(i, b); m > 0 {
		if n := x.absolute(i, b, m, mn); n > 0 {
			return n
		}
	}
	// "14 March 2024", "the 1st of February"
	if d, ok := day(x, i); ok {
		j := i + 1
		if x.is(j, "of") {
			j++
		}
		if m, mn := x.month(j, b); m > 0 {
			j += mn
			if y, ok := year4(x, j); ok {
				return x.add(i, j+1, hearsay.Date, x.ymd(y, m, d))
			}
			if py := x.pubYear(); py > 0 {
				return x.add(i, j, hearsay.Date, x.ymd(x.yearOf(i, m, d), m, d))
			}
			return x.add(i, j, hearsay.Date, fmt.Sprintf("XXXX-%02d-%02d", m, d))
		}
	}
	// ISO and slashed dates
	if w != "" && w[0] >= '0' && w[0] <= '9' && strings.ContainsAny(w, "-/") {
		if t, err := time.Parse("2006-01-02", x.Text[x.Tokens[i].Start:x.Tokens[i].End]); err == nil {
			return x.add(i, i+1, hearsay.Date, x.dateOf(t))
		}
		if t, err := time.Parse("1/2/2006", x.Text[x.Tokens[i].Start:x.Tokens[i].End]); err == nil {
			return x.add(i, i+1, hearsay.Date, x.dateOf(t))
		}
		// "7/8/07", the American order
		if t, err := time.Parse("1/2/06", x.Text[x.Tokens[i].Start:x.Tokens[i].End]); err == nil {
			return x.add(i, i+1, hearsay.Date, x.dateOf(t))
		}
	}
	// "mid-2011", "early-2020"
	if yearPrefixed(w) {
		_, yy, _ := strings.Cut(w, "-")
		if y, err := strconv.Atoi(yy); err == nil && y >= 1000 && y <= 2999 {
			return x.add(i, i+1, hearsay.Date, fmt.Sprintf("%04d", y))
		}
	}
	if n := x.age(i, b); n > 0 {
		return n
	}
	if n := x.relative(i, b); n > 0 {
		return n
	}
	if n := x.duration(i, b); n > 0 {
		return n
	}
	if n := x.set(i, b); n > 0 {
		return n
	}
	if n := x.clock(i, b); n > 0 {
		return n
	}
	// years, decades, centuries, BC, seasons
	if s, ok := seasons[w]; ok {
		j := i + 1
		if x.is(j, "of") {
			j++
		}
		if y, ok := year4(x, j); ok {
			return x.add(i, j+1, hearsay.Date, fmt.Sprintf("%04d-%s", y, s))
		}
		if !x.is(i+1, "-") && !x.is(i-1, "the", "a", "this", "that", "last", "next") {
			return x.add(i, i+1, hearsay.Date, "XXXX-"+s)
		}
	}
	if x.Tokens[i].Kind == hearsay.Number && x.is(i+1, "bc", "bce", "b.c.", "ad", "ce", "a.d.") {
		if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 10000 {
			v := fmt.Sprintf("%04d", n)
			if x.is(i+1, "bc", "bce", "b.c.") {
				v = "-" + v
			}
			return x.add(i, i+2, hearsay.Date, v)
		}
	}
	if w == "wwii" || w == "world" && x.is(i+1, "war") && x.is(i+2, "ii", "two") {
		n := 1
		if w == "world" {
			n = 3
		}
		return x.add(i, i+n, hearsay.Date, "1939-09-01/1945-09-02")
	}
	if w == "end" && x.is(i-1, "the") && x.is(i+1, "of") && x.is(i+2, "the") && x.is(i+3, "year") && x.has {
		return x.add(i-1, i+4, hearsay.Date, fmt.Sprintf("%04d-12-31", x.pub.Year()))
	}
	if y, ok := year4(x, i); ok && !x.is(i+1, "%") && !x.is(i-1, "$", "£", "€", "#", "no", "number") {
		start := i
		v := fmt.Sprintf("%04d", y)
		if x.is(i-1, "early", "late") {
			start = i - 1
		}
		if x.is(i+1, "bc", "bce") {
			return x.add(start, i+2, hearsay.Date, fmt.Sprintf("-%04d", y))
		}
		return x.add(start, i+1, hearsay.Date, v)
	}
	if strings.HasSuffix(w, "0s") && len(w) == 5 {
		if y, err := strconv.Atoi(w[:4]); err == nil && y >= 1000 {
			start := i
			if x.is(start-1, "early", "late", "mid") {
				start-- // "the late 1980s"
			}
			if x.is(start-1, "the") {
				start--
			}
			return x.add(start, i+1, hearsay.Date, w[:3])
		}
	}
	if w == "recently" || w == "lately" {
		return x.add(i, i+1, hearsay.Date, "PAST_REF")
	}
	if w == "currently" || w == "nowadays" {
		return x.add(i, i+1, hearsay.Date, "PRESENT_REF")
	}
	return 0
}

// absolute matches a date starting with month m at token i ("March 14,
// 2024", "March 2024", "March 14", "March").
func (x *doc) absolute(i, b, m, mn int) int {
	j := i + mn
	if d, ok := day(x, j); ok && j < b {
		k := j + 1
		if x.is(k, ",") {
			k++
		}
		if y, ok := year4(x, k); ok {
			return x.add(i, k+1, hearsay.Date, x.ymd(y, m, d))
		}
		if py := x.pubYear(); py > 0 {
			return x.add(i, j+1, hearsay.Date, x.ymd(x.yearOf(i, m, d), m, d))
		}
		return x.add(i, j+1, hearsay.Date, fmt.Sprintf("XXXX-%02d-%02d", m, d))
	}
	k := j
	if x.is(k, ",") || x.is(k, "of") {
		k++
	}
	if y, ok := year4(x, k); ok {
		return x.add(i, k+1, hearsay.Date, x.ymd(y, m, 0))
	}
	// a bare month: the most recent one on or before publication; not a
	// given name before a surname ("Jan Smith", "April Ryan")
	if j < len(x.Tokens) && x.Tokens[j].Cap && x.Tokens[j].Kind == hearsay.Word && x.Tokens[j].Start == x.Tokens[j-1].End+1 {
		if _, month := months[x.low[j]]; !month {
			return 0
		}
	}
	if x.low[i] == "may" || x.low[i] == "march" {
		if !(x.is(i-1, "in", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "from", "of")) {
			return 0
		}
	}
	if py := x.pubYear(); py > 0 {
		y := py
		switch {
		case x.is(i-1, "next"):
			if m <= int(x.pub.Month()) {
				y++
			}
		case x.is(i-1, "last"):
			if m >= int(x.pub.Month()) {
				y--
			}
		case x.is(i-1, "this"):
		default:
			// the side of publication the clause's tense says ("the
			// run ends in late August"; "it was released in August"),
			// or the nearest
			y = x.yearOf(i, m, 15)
		}
		start := i
		if x.is(i-1, "last", "next", "this", "early", "late", "mid") {
			start = i - 1
		}
		return x.add(start, j, hearsay.Date, x.ymd(y, m, 0))
	}
	return x.add(i, j, hearsay.Date, fmt.Sprintf("XXXX-%02d", m))
}

// relative matches expressions resolved against the publication date.
func (x *doc) relative(i, b int) int {
	w := x.low[i]
	unknown := "XXXX-XX-XX"
	switch w {
	case "today":
		if x.has {
			return x.add(i, i+1, hearsay.Date, x.dateOf(x.pub))
		}
		return x.add(i, i+1, hearsay.Date, "PRESENT_REF")
	case "yesterday", "tomorrow":
		if !x.has {
			return x.add(i, i+1, hearsay.Date, unknown)
		}
		dd := -1
		if w == "tomorrow" {
			dd = 1
		}
		t := x.pub.AddDate(0, 0, dd)
		if p, ok := partsOfDay[x.lowAt(i+1)]; ok {
			return x.add(i, i+2, hearsay.Time, x.dateOf(t)+"T"+p)
		}
		return x.add(i, i+1, hearsay.Date, x.dateOf(t))
	case "tonight":
		if x.has {
			return x.add(i, i+1, hearsay.Time, x.dateOf(x.pub)+"TNI")
		}
	}
	// weekdays: "Friday", "last Tuesday", "next Monday", "Friday morning"
	start := i
	dir := 0
	j := i
	if w == "last" || w == "this" || w == "next" {
		switch w {
		case "last":
			dir = -1
		case "next":
			dir = 1
		}
		j = i + 1
	}
	if wd, ok := weekdays[x.lowAt(j)]; ok && j < b && x.Tokens[j].Cap {
		v := "XXXX-XX-XX"
		if x.has {
			t := x.pub
			delta := int(wd) - int(t.Weekday())
			switch {
			case w == "this":
				// "this Friday": the day of the publication's week
				// (Monday to Sunday)
				delta = (int(wd)+6)%7 - (int(t.Weekday())+6)%7
			case dir > 0:
				if delta <= 0 {
					delta += 7
				}
			case dir < 0:
				if delta >= 0 {
					delta -= 7
				}
			default:
				// news reports the past, unless the clause looks ahead
				// ("the trial is set to begin on Wednesday")
				if x.tense(start) > 0 {
					if delta < 0 {
						delta += 7
					}
				} else if delta > 0 {
					delta -= 7
				}
			}
			v = x.dateOf(t.AddDate(0, 0, delta))
		}
		if p, ok := partsOfDay[x.lowAt(j+1)]; ok && j+1 < b {
			return x.add(start, j+2, hearsay.Time, v+"T"+p)
		}
		return x.add(start, j+1, hearsay.Date, v)
	}
	// "last night": the evening before publication
	if w == "last" && x.is(i+1, "night", "evening") {
		if !x.has {
			return x.add(i, i+2, hearsay.Time, "XXXX-XX-XXT"+partsOfDay[x.lowAt(i+1)])
		}
		return x.add(i, i+2, hearsay.Time, x.dateOf(x.pub.AddDate(0, 0, -1))+"T"+partsOfDay[x.lowAt(i+1)])
	}
	// "in recent weeks", "in the coming months": the near past or future
	if (w == "recent" || w == "coming" && x.is(i-1, "the")) && x.is(i+1, "days", "weeks", "months", "years") {
		st, v := i, "PAST_REF"
		if w == "coming" {
			st, v = i-1, "FUTURE_REF"
		}
		return x.add(st, i+2, hearsay.Date, v)
	}
	// "over the weekend", "at the weekend": the one the tense says
	if w == "the" && x.is(i+1, "weekend") && x.is(i-1, "over", "at", "on") && x.has {
		// the weekend of the publication's week (Monday to Sunday) when
		// the clause looks ahead or publication falls on it; else the one
		// before
		t := x.pub
		if wd := t.Weekday(); x.tense(i) <= 0 && wd != time.Saturday && wd != time.Sunday {
			t = t.AddDate(0, 0, -7)
		}
		y, wk := t.ISOWeek()
		return x.add(i, i+2, hearsay.Date, fmt.Sprintf("%04d-W%02d-WE", y, wk))
	}
	// "this morning"
	if w == "this" {
		if p, ok := partsOfDay[x.lowAt(i+1)]; ok && x.has {
			return x.add(i, i+2, hearsay.Time, x.dateOf(x.pub)+"T"+p)
		}
	}
	// last/this/next week|month|year|season; "earlier this year"
	if w == "last" || w == "this" || w == "next" || w == "past" && x.is(i-1, "the") {
		u := x.lowAt(i + 1)
		if w == "past" && (u == "week" || u == "month" || u == "year") {
			w = "last"
		}
		st := i
		if (x.is(i-1, "earlier", "later")) && w == "this" {
			st = i - 1
		}
		if x.is(i-1, "the") && w == "past" {
			st = i - 1
		}
		if x.is(st-1, "early", "late", "mid") && w != "past" {
			st-- // "late last year"
		}
		if !x.has {
			if u == "week" || u == "month" || u == "year" {
				return x.add(st, i+2, hearsay.Date, unknown)
			}
			return 0
		}
		d := map[string]int{"last": -1, "this": 0, "next": 1}[w]
		switch u {
		case "week":
			y, wk := x.pub.AddDate(0, 0, 7*d).ISOWeek()
			return x.add(st, i+2, hearsay.Date, fmt.Sprintf("%04d-W%02d", y, wk))
		case "month":
			t := x.pub.AddDate(0, d, 0)
			return x.add(st, i+2, hearsay.Date, t.Format("2006-01"))
		case "year":
			return x.add(st, i+2, hearsay.Date, fmt.Sprintf("%04d", x.pub.Year()+d))
		case "weekend":
			y, wk := x.pub.AddDate(0, 0, 7*d).ISOWeek()
			return x.add(st, i+2, hearsay.Date, fmt.Sprintf("%04d-W%02d-WE", y, wk))
		}
		if s, ok := seasons[u]; ok {
			y := x.pub.Year() + d
			return x.add(st, i+2, hearsay.Date, fmt.Sprintf("%04d-%s", y, s))
		}
	}
	// "a decade ago"
	if (w == "a" || w == "one") && x.is(i+1, "decade") && x.is(i+2, "ago") {
		if !x.has {
			return x.add(i, i+3, hearsay.Date, unknown)
		}
		return x.add(i, i+3, hearsay.Date, fmt.Sprintf("%04d", x.pub.Year()-10))
	}
	// "three days ago", "a year ago"
	if n, ok := x.num(i); ok && n > 0 {
		u := strings.TrimSuffix(x.lowAt(i+1), "s")
		if x.is(i+2, "ago", "earlier") && units[u] != "" {
			if !x.has {
				return x.add(i, i+3, hearsay.Date, unknown)
			}
			var t time.Time
			switch u {
			case "day":
				t = x.pub.AddDate(0, 0, -n)
				return x.add(i, i+3, hearsay.Date, x.dateOf(t))
			case "week":
				t = x.pub.AddDate(0, 0, -7*n)
				yy, wk := t.ISOWeek()
				return x.add(i, i+3, hearsay.Date, fmt.Sprintf("%04d-W%02d", yy, wk))
			case "month":
				return x.add(i, i+3, hearsay.Date, x.pub.AddDate(0, -n, 0).Format("2006-01"))
			case "year":
				return x.add(i, i+3, hearsay.Date, fmt.Sprintf("%04d", x.pub.Year()-n))
			}
		}
	}
	return 0
}

func (x *doc) lowAt(i int) string {
	if i < 0 || i >= len(x.low) {
		return ""
	}
	return x.low[i]
}

// duration matches "20 years", "over two months", "the past decade".
func (x *doc) duration(i, b int) int {
	if n := x.hyphenDuration(i); n > 0 {
		return n
	}
	start := i
	j := i
	for x.is(j, "for", "over", "about", "nearly", "almost", "around", "roughly", "some", "than", "more", "less", "at", "least", "the", "past", "last", "next", "another", "first") && j < i+4 {
		j++
	}
	if x.is(j, "a", "an") && (x.is(j+1, "few", "couple")) {
		j++
	}
	n, ok := x.num(j)
	if ok && x.low[j][0] >= '0' && x.low[j][0] <= '9' && ordinal(x.low[j]) {
		return 0 // "the 21st century", "the 1st day": a date's
	}
	k := j + 1
	if !ok {
		// "the past decade", "the last year"
		if x.is(j-1, "past", "last", "next") && x.is(j-2, "the") {
			n, k = 1, j
		} else {
			return 0
		}
	}
	if x.is(k, "of") {
		k++
	}
	u := x.lowAt(k)
	u = strings.TrimSuffix(u, "s")
	if strings.HasSuffix(u, "-long") {
		u = strings.TrimSuffix(u, "-long")
	}
	code, ok := units[u]
	if !ok || k >= b || u == "night" || x.is(k+1, "ago", "old") {
		return 0
	}
	if x.Tokens[j].Kind == hearsay.Number && len(x.low[j]) == 4 && n > 1000 {
		return 0 // a year
	}
	if n < 0 {
		return x.add(start, k+1, hearsay.Duration, "PX"+strings.TrimLeft(code, "0123456789"))
	}
	if strings.HasSuffix(code, "0Y") { // decade, century
		mult, _ := strconv.Atoi(strings.TrimSuffix(code, "Y"))
		return x.add(start, k+1, hearsay.Duration, fmt.Sprintf("P%dY", n*mult))
	}
	if code == "H" || code == "S" || u == "minute" {
		return x.add(start, k+1, hearsay.Duration, fmt.Sprintf("PT%d%s", n, code))
	}
	if code == "WE" {
		return x.add(start, k+1, hearsay.Duration, fmt.Sprintf("P%dWE", n))
	}
	// keep "over"/"for" out of the span unless they are the whole cue
	for start < j && !x.is(start, "the", "past", "last", "next") {
		start++
	}
	return x.add(start, k+1, hearsay.Duration, fmt.Sprintf("P%d%s", n, code))
}

// yearPrefixed reports whether w opens with a year's part and a hyphen
// ("mid-2011", "early-2020", "late-1990s").
func yearPrefixed(w string) bool {
	return strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "early-") || strings.HasPrefix(w, "late-")
}

// quarterOrd are the ordinals of quarters and halves.
var quarterOrd = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

// quarter matches a quarter or a half of a year and a fiscal year: "the
// fourth quarter", "the third quarter of 1997", "third-quarter", "the
// first half", "fiscal 1998". A quarter without its year is the latest
// one by publication, or the next one in a clause that looks ahead.
func (x *doc) quarter(i, b int) int {
	if x.is(i, "fiscal") {
		if x.is(i+1, "year") {
			if y, ok := year4(x, i+2); ok {
				return x.add(i, i+3, hearsay.Date, fmt.Sprintf("FY%04d", y))
			}
		}
		if y, ok := year4(x, i+1); ok {
			return x.add(i, i+2, hearsay.Date, fmt.Sprintf("FY%04d", y))
		}
		return 0
	}
	j := i
	if x.is(j, "the") {
		j++
	}
	w := x.lowAt(j)
	var q int
	unit, k := "", j+1
	if o, u, ok := strings.Cut(w, "-"); ok && (u == "quarter" || u == "half") {
		q, unit = quarterOrd[o], u // "third-quarter earnings"
	} else if u := x.lowAt(j + 1); u == "quarter" || u == "half" {
		q, unit, k = quarterOrd[w], u, j+2
	}
	if q == 0 || k > b || unit == "half" && q > 2 {
		return 0
	}
	code := "Q"
	if unit == "half" {
		code = "H"
	}
	if x.is(k, "of") {
		if y, ok := year4(x, k+1); ok {
			return x.add(i, k+2, hearsay.Date, fmt.Sprintf("%04d-%s%d", y, code, q))
		}
	}
	if y, ok := year4(x, k); ok {
		return x.add(i, k+1, hearsay.Date, fmt.Sprintf("%04d-%s%d", y, code, q))
	}
	// without a year, a period of a year only where the sentence talks
	// money: "scored in the fourth quarter" is a game's
	if !x.finance(i) {
		return 0
	}
	if !x.has {
		return x.add(i, k, hearsay.Date, fmt.Sprintf("XXXX-%s%d", code, q))
	}
	per := 3
	if unit == "half" {
		per = 6
	}
	cur := (int(x.pub.Month())-1)/per + 1
	y := x.pub.Year()
	// a quarter reported in the past tense is over: not the current one
	switch t := x.tense(i); {
	case q > cur && t <= 0, q == cur && t < 0:
		y--
	case q < cur && t > 0:
		y++
	}
	return x.add(i, k, hearsay.Date, fmt.Sprintf("%04d-%s%d", y, code, q))
}

// financeWords make a sentence talk of a company's or an economy's year.
var financeWords = map[string]bool{"profit": true, "profits": true, "earnings": true, "revenue": true, "revenues": true,
	"sales": true, "results": true, "growth": true, "gdp": true, "economy": true, "percent": true, "%": true,
	"fiscal": true, "shares": true, "forecast": true, "loss": true, "losses": true, "income": true, "quarterly": true,
	"dividend": true, "output": true, "inflation": true, "unemployment": true, "deficit": true, "budget": true}

// finance reports whether the sentence of token i talks money.
func (x *doc) finance(i int) bool {
	si := x.SentenceAt(x.Tokens[i].Start)
	if si < 0 {
		return false
	}
	s := x.Sentences[si]
	for k := s.Tokens[0]; k < s.Tokens[1]; k++ {
		if financeWords[x.low[k]] || strings.HasSuffix(x.low[k], "-quarter") {
			return true
		}
	}
	return false
}

// ordinal reports whether a number is written as an ordinal ("21st").
func ordinal(w string) bool {
	return strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")
}

// hyphenUnit reports whether w may be a duration in one hyphenated word:
// a number word before the hyphen ("three-month"), or "-long" after a
// plural unit ("decades-long").
func hyphenUnit(w string) bool {
	k := strings.IndexByte(w, '-')
	if k <= 0 {
		return false
	}
	_, ok := numberWords[w[:k]]
	return ok || strings.HasSuffix(w, "s-long")
}

// pluralUnits before "-long" make a duration of unknown length:
// "decades-long".
var pluralUnits = map[string]string{"decades": "decade", "years": "year", "months": "month", "centuries": "century"}

// hyphenDuration matches a duration written as one hyphenated adjective:
// "a 27-year career", "a three-month review", "a 12-hour shift", "a
// decades-long feud" (not an age: "41-year-old").
func (x *doc) hyphenDuration(i int) int {
	w := x.low[i]
	k := strings.IndexByte(w, '-')
	if k <= 0 || strings.HasSuffix(w, "-old") || x.is(i+1, "-", "old") {
		return 0
	}
	num, unit := w[:k], strings.TrimSuffix(w[k+1:], "-long")
	if u, ok := pluralUnits[num]; ok {
		if unit != "long" {
			return 0
		}
		return x.add(i, i+1, hearsay.Duration, "PX"+strings.TrimLeft(units[u], "0123456789"))
	}
	n, ok := numberWords[num]
	if !ok {
		v, err := strconv.Atoi(num)
		if err != nil {
			return 0
		}
		n, ok = v, true
	}
	code, ok := units[unit]
	if !ok || n <= 0 || unit == "night" || unit == "weekend" {
		return 0
	}
	switch {
	case strings.HasSuffix(code, "0Y"):
		mult, _ := strconv.Atoi(strings.TrimSuffix(code, "Y"))
		return x.add(i, i+1, hearsay.Duration, fmt.Sprintf("P%dY", n*mult))
	case code == "H" || code == "S" || unit == "minute":
		return x.add(i, i+1, hearsay.Duration, fmt.Sprintf("PT%d%s", n, code))
	}
	return x.add(i, i+1, hearsay.Duration, fmt.Sprintf("P%d%s", n, code))
}

// set matches recurring times.
func (x *doc) set(i, b int) int {
	switch x.low[i] {
	case "annual", "annually", "yearly":
		return x.add(i, i+1, hearsay.Set, "P1Y")
	case "daily":
		return x.add(i, i+1, hearsay.Set, "P1D")
	case "weekly":
		return x.add(i, i+1, hearsay.Set, "P1W")
	case "monthly":
		return x.add(i, i+1, hearsay.Set, "P1M")
	case "every", "each":
		u := strings.TrimSuffix(x.lowAt(i+1), "s")
		if c, ok := units[u]; ok && i+1 < b {
			if c == "H" {
				return x.add(i, i+2, hearsay.Set, "PT1H")
			}
			return x.add(i, i+2, hearsay.Set, "P1"+c)
		}
		if _, ok := weekdays[x.lowAt(i+1)]; ok {
			return x.add(i, i+2, hearsay.Set, "XXXX-WXX-"+strconv.Itoa(int(weekdays[x.lowAt(i+1)])))
		}
	}
	return 0
}

// clock matches "10:30 a.m.", "3 p.m.", "noon", "midnight".
func (x *doc) clock(i, b int) int {
	w := x.low[i]
	date := "XXXX-XX-XX"
	if x.has {
		date = x.dateOf(x.pub)
	}
	if w == "noon" || w == "midday" {
		return x.add(i, i+1, hearsay.Time, date+"T12:00")
	}
	if w == "midnight" {
		return x.add(i, i+1, hearsay.Time, date+"T24:00")
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0
	}
	// "10am", "7:30pm", "6.45am" in one token; "3 p.m.", "10:30 a.m."
	// in two
	core, half := w, ""
	for _, suf := range []string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			core, half = strings.TrimSuffix(w, suf), suf[:1]
			break
		}
	}
	j := i + 1
	if half == "" {
		switch x.lowAt(j) {
		case "a.m.", "am", "a.m":
			half = "a"
		case "p.m.", "pm", "p.m":
			half = "p"
		}
		if half != "" {
			j++
		}
	}
	h, m := -1, 0
	hh, mm, colon := core, "0", false
	if k := strings.IndexAny(core, ":."); k > 0 {
		hh, mm, colon = core[:k], core[k+1:], core[k] == ':'
		if len(mm) != 2 || !colon && half == "" {
			return 0 // "6.45" alone is a number
		}
	}
	hv, err1 := strconv.Atoi(hh)
	mv, err2 := strconv.Atoi(mm)
	if err1 != nil || err2 != nil || mv > 59 {
		return 0
	}
	switch {
	case half != "" && hv >= 1 && hv <= 12:
		h, m = hv%12, mv
		if half == "p" {
			h += 12
		}
	case half == "" && colon && hv <= 23 && x.Tokens[i].Kind == hearsay.Number:
		h, m = hv, mv // "15:30"
	}
	if h < 0 {
		return 0
	}
	return x.add(i, j, hearsay.Time, fmt.Sprintf("%sT%02d:%02d", date, h, m))
}

// age matches "41-year-old" and "aged 41".
func (x *doc) age(i, b int) int {
	w := x.low[i]
	if strings.HasSuffix(w, "-year-old") {
		if n, err := strconv.Atoi(strings.TrimSuffix(w, "-year-old")); err == nil {
			return x.add(i, i+1, hearsay.Age, strconv.Itoa(n))
		}
		if n, ok := numberWords[strings.TrimSuffix(w, "-year-old")]; ok && n > 0 {
			return x.add(i, i+1, hearsay.Age, strconv.Itoa(n))
		}
	}
	if w == "aged" {
		if n, ok := x.num(i + 1); ok && n > 0 && n < 130 {
			return x.add(i, i+2, hearsay.Age, strconv.Itoa(n))
		}
	}
	return 0
}
