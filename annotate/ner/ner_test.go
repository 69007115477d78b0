package ner_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"hearsay"
	"hearsay/annotate/ner"
	"hearsay/annotate/segment"
)

// tag segments and tags text.
func tag(t testing.TB, text string) *hearsay.Document {
	t.Helper()
	d := &hearsay.Document{Article: hearsay.Article{Text: text}}
	if err := segment.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := ner.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// names segments and tags text and returns each name's type by its text.
func names(t testing.TB, text string) map[string]hearsay.EntityType {
	t.Helper()
	d := tag(t, text)
	out := map[string]hearsay.EntityType{}
	for _, n := range d.Names {
		out[d.Slice(n.Span)] = n.Type
	}
	return out
}

func TestSampleNames(t *testing.T) {
	b, err := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := names(t, string(b))
	want := map[string]hearsay.EntityType{
		"Justin Timberlake": hearsay.Person, "Britney Spears": hearsay.Person, "Janet Jackson": hearsay.Person,
		"Closer Magazine": hearsay.Org, "NSYNC": hearsay.Org, "Instagram": hearsay.Org,
		"Framing Britney Spears": hearsay.Work, "The Social Network": hearsay.Work, "Circus": hearsay.Work,
	}
	for n, ty := range want {
		if got[n] != ty {
			t.Errorf("%q: %q, want %q", n, got[n], ty)
		}
	}
}

func TestTitlesNotInNames(t *testing.T) {
	got := names(t, `"The vaccine works," said Dr. Anthony Fauci on Monday.`)
	if got["Anthony Fauci"] != hearsay.Person {
		t.Errorf("names = %v, want Anthony Fauci without the title", got)
	}
	for n := range got {
		if strings.HasPrefix(n, "Dr") {
			t.Errorf("title kept in %q", n)
		}
	}
}

// TestHonorificMakesPerson checks that a name opened by an honorific is
// a person's, though its last word names a place (Qassim is a Saudi
// province), unless a place word ends it.
func TestHonorificMakesPerson(t *testing.T) {
	got := names(t, "Sheikh Isa Qassim said no. Officials said attacking Sheikh Isa Qassim was wrong. They drove down Sheikh Zayed Road.")
	if got["Isa Qassim"] != hearsay.Person {
		t.Errorf("names = %v, want the person Isa Qassim", got)
	}
	if got["Sheikh Zayed Road"] != hearsay.Loc {
		t.Errorf("names = %v, want the place Sheikh Zayed Road", got)
	}
}

// TestKnownWithLowerThe checks that a name known with its article ("The
// Telegraph") is found after a lower-case "the".
func TestKnownWithLowerThe(t *testing.T) {
	got := names(t, "His comments come after reports in the Telegraph claimed that the club had drawn up a shortlist.")
	if got["Telegraph"] != hearsay.Org {
		t.Errorf("names = %v, want the organisation Telegraph", got)
	}
}

// TestCapitalsNoPerson checks that a word in capitals is an
// organisation's name, not a person's, unless a speech verb or the list
// of known people makes it one.
func TestCapitalsNoPerson(t *testing.T) {
	got := names(t, "Revenue beat estimates, according to data compiled by LSEG. SZA performed at the show, and KSI said he loved it.")
	if got["LSEG"] != hearsay.Org || got["SZA"] != hearsay.Person || got["KSI"] != hearsay.Person {
		t.Errorf("names = %v, want LSEG an organisation, SZA and KSI people", got)
	}
}

// TestJudgeAndGivenName checks a judge's name after a place's title, a
// broadcaster's name, and a given name the document names in full that
// is also a town's.
func TestJudgeAndGivenName(t *testing.T) {
	got := names(t, `Elon Musk sued OpenAI. "Elon is a competitor now," Sam Altman told Bloomberg Television. `+
		`U.S. District Judge Yvonne Gonzalez Rogers has urged both sides to settle.`)
	want := map[string]hearsay.EntityType{"Elon": hearsay.Person, "Bloomberg Television": hearsay.Org, "Yvonne Gonzalez Rogers": hearsay.Person}
	for n, ty := range want {
		if got[n] != ty {
			t.Errorf("names = %v, want %s %v", got, n, ty)
		}
	}
}

func TestModelLoads(t *testing.T) {
	if _, err := ner.DefaultModel(); err != nil {
		t.Fatal(err)
	}
	if _, err := ner.Read(strings.NewReader("not a model")); err == nil {
		t.Error("read garbage as a model")
	}
}

func FuzzNER(f *testing.F) {
	f.Add("Hurricane Ian hit. Ian left. Cyclone Phailin. Phailin's winds. Storm It runs on the Mac OS X operating system. The web browser Safari.")
	f.Add("Hurricane")
	f.Add("Brintey Spears told Closer Magazine about the Circus singer in The Social Network.")
	f.Add("Tiger, the newest version of Mac OS X, runs Safari on Macintosh computers with Trent 900 engines. Tiger")
	f.Add("Kay Mann 04/26/2001 , the 9")
	f.Add("Damian Marley , son of Bob Marley , Prodigy of Mobb Deep and producers the Alchemist and Fredwreck .")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := &hearsay.Document{Article: hearsay.Article{Text: text}}
		segment.New().Annotate(d)
		if err := ner.New().Annotate(d); err != nil {
			t.Fatal(err)
		}
		last := -1
		for _, n := range d.Names {
			if n.Start < last || n.Start >= n.End || n.End > len(text) {
				t.Fatalf("bad name %v", n.Span)
			}
			last = n.Start
		}
	})
}

func BenchmarkNER(b *testing.B) {
	text, _ := os.ReadFile("../../testdata/sample/timberlake-spears.txt")
	d := &hearsay.Document{Article: hearsay.Article{Text: string(text)}}
	segment.New().Annotate(d)
	a := ner.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a.Annotate(d)
	}
}

// wantTypes checks the types of some names in text.
func wantTypes(t *testing.T, text string, want map[string]hearsay.EntityType) map[string]hearsay.EntityType {
	t.Helper()
	types := names(t, text)
	for name, w := range want {
		if types[name] != w {
			t.Errorf("%q is %q, want %q (names %v)", name, types[name], w, types)
		}
	}
	return types
}

// TestWorkTitles checks titles recognised by what follows them: a year in
// brackets, or "is a novel".
func TestWorkTitles(t *testing.T) {
	cases := []struct{ text, name string }{
		{"Black Holes and Revelations (2006) incorporated electronica.", "Black Holes and Revelations"},
		{"Nabokov's Lolita (1955) was ranked fourth.", "Lolita"},
		{"England, England is a satirical postmodern novel by Julian Barnes.", "England, England"},
		{"Rocks and Honey is an album by Bonnie Tyler.", "Rocks and Honey"},
		{"Lopez has moved on. The Let's Get Loud singer was spotted in Beverly Hills.", "Let's Get Loud"},
	}
	for _, c := range cases {
		wantTypes(t, c.text, map[string]hearsay.EntityType{c.name: hearsay.Work})
	}
	// a person with a span of years, and "is a singer", stay people
	for _, text := range []string{"Adele is a singer.", "Lord Byron (1788–1824) wrote it.", "The star of the show, Zendaya, arrived."} {
		for name, ty := range names(t, text) {
			if ty == hearsay.Work {
				t.Errorf("%q: %q is a work", text, name)
			}
		}
	}
}

// TestCorpSuffix: a company suffix after a comma makes the name before it
// an organisation and is no name itself.
func TestCorpSuffix(t *testing.T) {
	types := wantTypes(t, "In the case of Atlantic Lottery Corporation, Inc. against Douglas Babstock, the court ruled.",
		map[string]hearsay.EntityType{"Atlantic Lottery Corporation": hearsay.Org})
	for _, name := range []string{"Inc", "Inc."} {
		if ty, ok := types[name]; ok {
			t.Errorf("%q is a %s name", name, ty)
		}
	}
}

// TestAcronyms: an acronym in brackets after a name takes its type.
func TestAcronyms(t *testing.T) {
	types := wantTypes(t, "The jet was delivered to Singapore Airlines (SIA) today, and Qatar ordered two.",
		map[string]hearsay.EntityType{"SIA": hearsay.Org})
	if types["Qatar"] == hearsay.Person {
		t.Error("Qatar is a person")
	}
}

// TestOrgRunPeople: people named before "of" are not part of the
// organisation after it, and a capitalised Administration ends an
// organisation's name while "the Bush administration" keeps its person.
func TestOrgRunPeople(t *testing.T) {
	types := wantTypes(t, "Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven Sent Gaming. The Food and Drug Administration agreed, and the Bush administration named a replacement.",
		map[string]hearsay.EntityType{"Isabel Ruiz": hearsay.Person, "Heaven Sent Gaming": hearsay.Org, "Food and Drug Administration": hearsay.Org})
	// a lower-case administration is no organisation's name
	for name := range types {
		if strings.HasSuffix(name, "administration") {
			t.Errorf("%q is a name", name)
		}
	}
}

// TestSplitPeople: a person's name ends before "of" or "and" unless a
// title of nobility makes "of" part of it.
func TestSplitPeople(t *testing.T) {
	wantTypes(t, "The winner was Alexander Rybak of Norway. It was written by Herman J. Mankiewicz and Welles. The Duke of Sussex spoke.",
		map[string]hearsay.EntityType{"Alexander Rybak": hearsay.Person, "Norway": hearsay.Loc,
			"Herman J. Mankiewicz": hearsay.Person, "Welles": hearsay.Person, "Duke of Sussex": hearsay.Person})
}

// TestStorms checks that a storm's name is an event wherever it recurs,
// not a person.
func TestStorms(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Cyclone Phailin hit the coast of Odisha on Saturday. Phailin's winds will rapidly weaken as it pushes inland, said David Titley.", "Phailin"},
		{"Hurricane Ian made landfall in Florida. Officials said Ian had destroyed homes.", "Ian"},
	} {
		types := names(t, c.text)
		if types[c.name] == hearsay.Person {
			t.Errorf("%q: %q is a person (names %v)", c.text, c.name, types)
		}
		if storm := "Hurricane " + c.name; strings.HasPrefix(c.text, storm) && types[storm] != hearsay.Other {
			t.Errorf("%q: %q is %q, want OTHER", c.text, storm, types[storm])
		}
		if types["David Titley"] != "" && types["David Titley"] != hearsay.Person {
			t.Errorf("%q: David Titley is %q", c.text, types["David Titley"])
		}
	}
}

// TestEventsNotOrganisations checks that sporting events and festivals
// are not organisations, while a company named "… Games" stays one.
func TestEventsNotOrganisations(t *testing.T) {
	types := names(t, "Athens hosted the 2004 Summer Olympic Games. Epic Games makes Fortnite.")
	for name, typ := range types {
		if strings.Contains(name, "Olympic") && typ == hearsay.Org {
			t.Errorf("%q is an organisation (names %v)", name, types)
		}
	}
}

// TestCoordinated: a name listed with people is a person unless the
// lexicon knows it as a place; a comma alone makes no list, nor does a
// list a preposition of place opens.
func TestCoordinated(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]hearsay.EntityType
	}{
		{"The critics praised Daniela Sandiford, Cole, Weaver, Forster, and Healy for the revival.",
			map[string]hearsay.EntityType{"Daniela Sandiford": hearsay.Person, "Healy": hearsay.Person}},
		{"The deal was signed by Mark Ellis and Branton in March.",
			map[string]hearsay.EntityType{"Mark Ellis": hearsay.Person, "Branton": hearsay.Person}},
		{"She grew up in Thessaly, Epirus and Macedonia before the war.",
			map[string]hearsay.EntityType{"Thessaly": hearsay.Loc}},
		{"After a loss to Richard Gasquet at Wimbledon, Simon left for the United States.",
			map[string]hearsay.EntityType{"Wimbledon": hearsay.Loc}},
		{"Medals went to Mark Ellis and Germany on the last day.",
			map[string]hearsay.EntityType{"Mark Ellis": hearsay.Person, "Germany": hearsay.Loc}},
	} {
		types := names(t, c.text)
		for name, want := range c.want {
			if types[name] != want {
				t.Errorf("%q: %q is %q, want %q (names %v)", c.text, name, types[name], want, types)
			}
		}
	}
}

// TestSplitOrgs: two organisations joined by "and" are two names; an
// organisation whose name holds "and" is one.
func TestSplitOrgs(t *testing.T) {
	types := wantTypes(t, "The project is run by the British Library and Columbia University. The Food and Drug Administration approved it.",
		map[string]hearsay.EntityType{"British Library": hearsay.Org, "Columbia University": hearsay.Org,
			"Food and Drug Administration": hearsay.Org})
	if _, ok := types["British Library and Columbia University"]; ok {
		t.Error("the two organisations are one name")
	}
}

// TestAwards: an award named after an organisation or a person is the
// award, not them.
func TestAwards(t *testing.T) {
	types := wantTypes(t, "She won the Academy Award for Best Actress. The band won two Grammy Awards, and Marie Curie won the Nobel Prize twice.",
		map[string]hearsay.EntityType{"Academy Award": hearsay.Other, "Grammy Awards": hearsay.Other,
			"Nobel Prize": hearsay.Other, "Marie Curie": hearsay.Person})
	for _, name := range []string{"Academy", "Grammy", "Nobel"} {
		if ty, ok := types[name]; ok {
			t.Errorf("%q is a %s name", name, ty)
		}
	}
}

// TestOfNames: an organisation's name does not end with "of".
func TestOfNames(t *testing.T) {
	types := wantTypes(t, "The Alliance Party of Northern Ireland objected.",
		map[string]hearsay.EntityType{"The Alliance Party of Northern Ireland": hearsay.Org})
	for name := range types {
		if strings.HasSuffix(name, " of") {
			t.Errorf("%q ends with of", name)
		}
	}
	// an organisation's head before "of" the tagger left alone
	wantTypes(t, "The study was published in the Medical Journal of Australia on Monday.",
		map[string]hearsay.EntityType{"Medical Journal of Australia": hearsay.Org})
}

// TestBands: a music group is an organisation where the text says it is
// one; a solo artist's name stays a person's.
func TestBands(t *testing.T) {
	wantTypes(t, "The rock band Linkin Park released an album. She toured with the metal band Megadeth. Westlife frontman Shane Filan was thrilled. He was a member of Led Zeppelin. Bruce Springsteen's guitarist left. The Circus singer waved.",
		map[string]hearsay.EntityType{"Linkin Park": hearsay.Org, "Megadeth": hearsay.Org, "Westlife": hearsay.Org,
			"Shane Filan": hearsay.Person, "Led Zeppelin": hearsay.Org, "Bruce Springsteen": hearsay.Person, "Circus": hearsay.Work})
}

// TestKnownPeople: a well-known person news names by surname alone is a
// person wherever the tagger missed them; inside a longer name they keep
// that name's type.
func TestKnownPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]hearsay.EntityType
		not  []string // no person name
	}{
		{"Biden, speaking at a rally in Ohio, said the economy was improving.",
			map[string]hearsay.EntityType{"Biden": hearsay.Person}, nil},
		{"Putin, meanwhile, said nothing. Macron and Scholz met in Paris.",
			map[string]hearsay.EntityType{"Putin": hearsay.Person, "Macron": hearsay.Person, "Scholz": hearsay.Person}, nil},
		{"He sold the building to the Trump Organization in 2015.", nil, []string{"Trump"}},
	} {
		types := names(t, c.text)
		for name, want := range c.want {
			if types[name] != want {
				t.Errorf("%q: %q is %q, want %q (names %v)", c.text, name, types[name], want, types)
			}
		}
		for _, name := range c.not {
			if types[name] == hearsay.Person {
				t.Errorf("%q: %q is a person (names %v)", c.text, name, types)
			}
		}
	}
}

// TestCitedAuthorsAndRegnal: a surname cited with a year or "et al." is an
// author; a regnal "I" after a person's name is part of it.
func TestCitedAuthorsAndRegnal(t *testing.T) {
	types := names(t, "Librarians need training (Pemberly, 2010; Okafor, 2016), as Vandersloot et al. argued. In 1859 he proclaimed himself Norton I, Emperor of the United States.")
	for _, n := range []string{"Pemberly", "Okafor", "Vandersloot", "Norton I"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q is %q, want a person (names %v)", n, types[n], types)
		}
	}
	if types := names(t, "Her albums include Quiet Hours ( Vesper , 1973 ) and more."); types["Vesper"] == hearsay.Person {
		t.Errorf("a pre-tokenised album credit is an author (names %v)", types)
	}
}

// TestRoleNamesAndOneWordNames: a capitalised word after a person noun in
// lower case is a person ("archbishop Stepinac"), and so is every other
// occurrence of a one-word name the tagger found once and left once,
// capitalised words the sentence calls a person, and unknown names before
// a speech verb.
func TestRoleNamesAndOneWordNames(t *testing.T) {
	for _, c := range []struct {
		text string
		name string
		n    int // person names with that text
	}{
		{"Pope Pius XII wished to honour archbishop Stepinac for his loyalty. In 1953 Stepinac was made a cardinal.", "Stepinac", 2},
		{"The club appointed manager Brezovsky in May, and teammate Okonkwo scored twice.", "Brezovsky", 1},
		{"The club appointed manager Brezovsky in May, and teammate Okonkwo scored twice.", "Okonkwo", 1},
		{"When he was minister, Kallergis formed a fire brigade. Later Kallergis was dismissed by the king.", "Kallergis", 2},
		{"At his house, Vassey denies the rumors. As Vassey falls asleep, Denton begins to suffocate him.", "Vassey", 2},
		{"Radical Shiite cleric Muqtada al-Sadr said the attack was wrong.", "Muqtada", 0},
		// an appositive or a copula with a person noun; a given name
		// before a surname the tagger found
		{"The ward has returned Labour councillors since 1992. Sadiq Khan, a solicitor by profession, was a minister.", "Sadiq Khan", 1},
		{"Stumpo was a featured speaker at the 2014 MA Conference for Women.", "Stumpo", 1},
		{"She was a featured speaker at the conference.", "She", 0},
		{"Actresses Melinda Clarke and Rebecca Gayheart auditioned for the role, before Rose McGowan was cast.", "Rose McGowan", 1},
		// one unknown word opening a clause before its verb, with he or she
		// after it and no other person between, is a person in every
		// occurrence; not without a pronoun, after someone else, or a place
		{"MacDonald did however take charge of the next two games. He was praised by the fans, and MacDonald stayed on as a coach.", "MacDonald", 2},
		{"Rischer went on to win the all-around title. She retired in 1980.", "Rischer", 1},
		{"In 1757 Ruhnken was appointed lecturer in Greek. In 1761 he succeeded Oudendorp.", "Ruhnken", 1},
		{"Chenier thought all the songs sounded the same, until his father played the accordion.", "Chenier", 1},
		// no pronoun; someone else named before the pronoun; a known place
		{"Chenier thought all the songs sounded the same.", "Chenier", 0},
		{"Zorbaq formed a band with Tom Jones. He was the singer.", "Zorbaq", 0},
		{"Boston closed its schools. He said it was right.", "Boston", 0},
		// two or three unknown capitalised words before a speech verb,
		// wherever the sentence starts; not a firm's name ending in an
		// organisation word, a heading in capitals, nor a place
		{"Yasser Arafat said the talks had failed.", "Yasser Arafat", 1},
		{"The deal collapsed on Monday.\n\nTomasz Wrobel said the talks had failed.", "Tomasz Wrobel", 1},
		{"The deal collapsed. On Monday, Zbigniew Okafor told reporters it was over.", "Zbigniew Okafor", 1},
		{"Wrobelski Holdings said profits rose.", "Wrobelski Holdings", 0},
		{"BREAKING NEWS said nothing.", "BREAKING NEWS", 0},
		{"New Mexico said it would sue.", "New Mexico", 0},
	} {
		if n, names := personNames(t, c.text, c.name); n != c.n {
			t.Errorf("%q: %d person names %q, want %d (names %v)", c.text, n, c.name, c.n, names)
		}
	}
}

// personNames counts the person names with text name the tagger finds
// in text, and returns them all.
func personNames(t *testing.T, text, name string) (int, []hearsay.NameSpan) {
	t.Helper()
	d := tag(t, text)
	n := 0
	for _, x := range d.Names {
		if x.Type == hearsay.Person && d.Slice(x.Span) == name {
			n++
		}
	}
	return n, d.Names
}

// TestDomains: a website's name is an organisation, its domain included.
func TestDomains(t *testing.T) {
	types := names(t, `"We will not buy aircraft from Europe," Detik.com quoted Djamal as saying.`)
	if types["Detik.com"] != hearsay.Org {
		t.Errorf("Detik.com is %q, want an organisation (names %v)", types["Detik.com"], types)
	}
}

// TestInitialsAndConnectors: initials are part of the name after them; a
// person's name ends before "of"; a name written twice is two names.
func TestInitialsAndConnectors(t *testing.T) {
	types := names(t, "The orchestra played a symphony by J. S. Bach and a song by K. Michael Stevens.")
	for _, n := range []string{"J. S. Bach", "K. Michael Stevens"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q is %q, want a person (names %v)", n, types[n], types)
		}
	}
	types = names(t, "The drummer left the band, only to be replaced with Nicholas Barker of Cradle of Filth.")
	for n, ty := range types {
		if ty == hearsay.Person && strings.HasSuffix(n, " of") {
			t.Errorf("person %q ends with of (names %v)", n, types)
		}
	}
}

// TestClauseSubjects: an unknown capitalised word that is a clause's
// subject after a fronted clause, or after a subordinator, is a person.
func TestClauseSubjects(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"When he was minister, Kallergis formed the first fire brigade in Greece.", "Kallergis"},
		{"As Vassey falls asleep, the nurse leaves the room.", "Vassey"},
	} {
		if types := names(t, c.text); types[c.name] != hearsay.Person {
			t.Errorf("%q: %q is %q, want a person (names %v)", c.text, c.name, types[c.name], types)
		}
	}
	if types := names(t, "When the storm hit, Boston closed its schools."); types["Boston"] == hearsay.Person {
		t.Errorf("Boston is a person (names %v)", types)
	}
}

// TestOrgTitles: an organisation's name ends before the job title the
// tagger ran it over; a newspaper named after a role keeps its name.
func TestOrgTitles(t *testing.T) {
	types := names(t, "Steve Jobs, the Apple Chief Executive Officer, announced the development.")
	if types["Apple"] != hearsay.Org || types["Apple Chief Executive Officer"] != "" {
		t.Errorf("want Apple an organisation and no name with the title (names %v)", types)
	}
	types = names(t, "The Home Secretary, Priti Patel, said the plan was fair.")
	if types["Home"] != "" || types["Home Secretary"] == hearsay.Org {
		t.Errorf("a title is an organisation (names %v)", types)
	}
	types = names(t, "In a 2023 interview with The Hollywood Reporter, he said he felt lucky.")
	if types["The Hollywood Reporter"] != hearsay.Org && types["Hollywood Reporter"] != hearsay.Org {
		t.Errorf("The Hollywood Reporter lost its name (names %v)", types)
	}
}

// TestPossessorsAndSurnameWords: a one-word name the tagger took for a
// place, unknown to the lexicon, whose possessive has what only people
// have, is a person; a given name with a surname that is also a plural
// word is a person; a party's word before a given name is not part of the
// name.
func TestPossessorsAndSurnameWords(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Rivers was the psychiatrist responsible for Sassoon's treatment at the hospital.", "Sassoon"},
		{"Country music became a worldwide phenomenon thanks to Garth Brooks, and other artists followed.", "Garth Brooks"},
		{"Timbrell placed second to Liberal Lyle Vanclief, with 21.5% of the vote.", "Lyle Vanclief"},
		// a first name the given-name list lacks, alone where the
		// document names its bearer in full
		{"Hayato Kobayashi is one of Amuro Ray's neighbors on Side 7. Short and stocky, Hayato often measures himself against his friend Amuro's accomplishments.", "Hayato"},
	} {
		if types := names(t, c.text); types[c.name] != hearsay.Person {
			t.Errorf("%q: %q is %q, want a person (names %v)", c.text, c.name, types[c.name], types)
		}
	}
	for _, c := range []struct{ text, name string }{
		{"The hotel overlooks Palm Springs and its golf courses.", "Palm Springs"},
		{"Traffic in Zarqabad's streets slowed to a crawl.", "Zarqabad"},
	} {
		if types := names(t, c.text); types[c.name] == hearsay.Person {
			t.Errorf("%q: %q is a person (names %v)", c.text, c.name, types)
		}
	}
}

// TestListAndPossessiveWorks: titles listed after a plural work noun are
// works; so is a title after a person's or a year's possessive where the
// sentence speaks of works, unless it names a place or an event.
func TestListAndPossessiveWorks(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The band performed the singles Rusty Cage, Outshined and Black Hole Sun at the festival.", "Outshined"},
		{"The band performed the singles Rusty Cage, Outshined and Black Hole Sun at the festival.", "Black Hole Sun"},
		{"He used his falsetto to garner hits such as You Should Be Dancing, Night Fever and More Than a Woman.", "You Should Be Dancing"},
		{"His best-known works include Demian, Steppenwolf, Siddhartha, and The Glass Bead Game.", "The Glass Bead Game"},
		{"The band released five albums: 1981's Stop the Dominoes and 1982's Victims of the Age among them.", "Stop the Dominoes"},
		{"Justin Timberlake's Cry Me a River was released in 2002.", "Cry Me a River"},
		{"Beyoncé's Renaissance album topped the charts.", "Renaissance"},
	} {
		if types := names(t, c.text); types[c.name] != hearsay.Work {
			t.Errorf("%q: %q is %q, want a work (names %v)", c.text, c.name, types[c.name], types)
		}
	}
	// after a plural group noun the items are organisations
	for _, name := range []string{"Slipknot", "Limp Bizkit", "Papa Roach"} {
		text := "The album influenced bands such as Slipknot, Linkin Park, Limp Bizkit and Papa Roach."
		if types := names(t, text); types[name] != hearsay.Org {
			t.Errorf("%q: %q is %q, want an organisation (names %v)", text, name, types[name], types)
		}
	}
	for _, c := range []struct{ text, name string }{
		{"Michael Jackson's Neverland Ranch was sold after he recorded the album.", "Neverland Ranch"},
		{"Taylor Swift's Eras Tour grossed more than any album she released.", "Eras Tour"},
		{"Taylor Swift's Eras Tour grossed more than any album she released.", "Eras"},
	} {
		if types := names(t, c.text); types[c.name] == hearsay.Work {
			t.Errorf("%q: %q is a work (names %v)", c.text, c.name, types)
		}
	}
}

// TestSpelledOut: an acronym in brackets that the capitalised words
// before it spell names an organisation, both forms; a kit or a
// conference is none.
func TestSpelledOut(t *testing.T) {
	types := names(t, "She joined the Campaign for Nuclear Disarmament (CND) and the Muslim Association.")
	if types["Campaign for Nuclear Disarmament"] != hearsay.Org || types["CND"] != hearsay.Org {
		t.Errorf("want the campaign and CND organisations (names %v)", types)
	}
	types = names(t, "Developers got the new Software Development Kit (SDK) on Monday.")
	if types["Software Development Kit"] == hearsay.Org {
		t.Errorf("a kit is an organisation (names %v)", types)
	}
}

func TestPlacesAndGivenNames(t *testing.T) {
	types := names(t, "The leadership will not be a peace partner with Israel. He says Israel said no. Protests spread across the West Bank.")
	if types["Israel"] != hearsay.Loc || types["West Bank"] != hearsay.Loc {
		t.Errorf("want Israel and the West Bank as places (names %v)", types)
	}
	// a place's name that is also a given name stays a person where the
	// article names the person in full or with a title
	types = names(t, "Jordan Henderson captained the side in Auckland. Jordan said he was proud.")
	if types["Jordan"] != hearsay.Person {
		t.Errorf("Jordan after Jordan Henderson: %v, want PERSON (names %v)", types["Jordan"], types)
	}
	types = names(t, "The court heard from Mr Jordan, who said he was innocent.")
	if types["Jordan"] != hearsay.Person {
		t.Errorf("Mr Jordan: %v, want PERSON (names %v)", types["Jordan"], types)
	}
}

func TestElections(t *testing.T) {
	types := names(t, "She was elected in the 1995 Ontario general election and lost the 2004 Queensland state election.")
	if _, ok := types["Ontario"]; ok {
		t.Errorf("Ontario tagged inside an election's name (names %v)", types)
	}
	if types["1995 Ontario general election"] != hearsay.Other || types["2004 Queensland state election"] != hearsay.Other {
		t.Errorf("want the elections as events (names %v)", types)
	}
	types = names(t, "Polls in Ontario opened early.")
	if types["Ontario"] != hearsay.Loc {
		t.Errorf("Ontario alone: %v, want LOC (names %v)", types["Ontario"], types)
	}
}

func TestParticles(t *testing.T) {
	types := names(t, "Manchester United manager Erik ten Hag insisted he was staying. Ten Hag, 54, has come under pressure. Ursula von der Leyen spoke.")
	for _, n := range []string{"Erik ten Hag", "Ten Hag", "Ursula von der Leyen"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q: %v, want PERSON (names %v)", n, types[n], types)
		}
	}
	if _, ok := types["Erik"]; ok {
		t.Errorf("Erik tagged alone (names %v)", types)
	}
}

func TestThirdName(t *testing.T) {
	types := names(t, "Former judge Craig Revel Horwood told ITV so. Sarah Jessica Parker smiled.")
	for _, n := range []string{"Craig Revel Horwood", "Sarah Jessica Parker"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q: %v, want PERSON (names %v)", n, types[n], types)
		}
	}
}

func TestAgedNames(t *testing.T) {
	types := names(t, "Finneas, 26, told reporters it was real. Manchester United manager Erik ten Hag spoke. Ten Hag, 54, left.")
	for _, n := range []string{"Finneas", "Ten Hag"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q: %v, want PERSON (names %v)", n, types[n], types)
		}
	}
}

func TestRoleThenUnknown(t *testing.T) {
	types := names(t, "Director Yorgos Lanthimos, who has worked with Stone on four films, defended her. It honours the late Poet Laureate. Good lord I feel old.")
	if types["Yorgos Lanthimos"] != hearsay.Person {
		t.Errorf("Yorgos Lanthimos: %v, want PERSON (names %v)", types["Yorgos Lanthimos"], types)
	}
	for _, n := range []string{"Laureate", "I"} {
		if _, ok := types[n]; ok {
			t.Errorf("%q tagged (names %v)", n, types)
		}
	}
}

func TestDatesNotProducts(t *testing.T) {
	types := names(t, "On August 16, 1978, Davis appointed Tom Wells. The Airbus A380 flew on June 10.")
	for n, ty := range types {
		if strings.Contains(n, "August") || strings.Contains(n, "June") {
			t.Errorf("%q tagged %v: a date (names %v)", n, ty, types)
		}
	}
	if types["Airbus A380"] != hearsay.Product {
		t.Errorf("Airbus A380: %v, want PRODUCT (names %v)", types["Airbus A380"], types)
	}
}

func TestTitleInsideOrg(t *testing.T) {
	types := names(t, "In a statement, House Speaker Mike Johnson's office said the speaker remains committed. Apple CEO Tim Cook agreed.")
	if types["Mike Johnson"] != hearsay.Person || types["Tim Cook"] != hearsay.Person {
		t.Errorf("want Mike Johnson and Tim Cook as people (names %v)", types)
	}
	if _, ok := types["House Speaker Mike Johnson"]; ok {
		t.Errorf("a title and a person taken for one organisation (names %v)", types)
	}
}

func TestPlaceAndInstitutionNames(t *testing.T) {
	types := names(t, "Detective Chief Inspector Laura Hayes said so. Officers were called to Bethnal Green. He appeared at Thames Magistrates' Court on Monday. She studied at King's College.")
	want := map[string]hearsay.EntityType{"Laura Hayes": hearsay.Person, "Bethnal Green": hearsay.Loc,
		"Thames Magistrates' Court": hearsay.Org, "King's College": hearsay.Org}
	for n, ty := range want {
		if types[n] != ty {
			t.Errorf("%q: %v, want %v (names %v)", n, types[n], ty, types)
		}
	}
	if _, ok := types["so"]; ok {
		t.Errorf("a lower-case word after a cut name is a name (names %v)", types)
	}
	// what a split leaves of a longer name opens with no small word
	for n := range names(t, "Akeem Browder ran on the Green Party of the United States line.") {
		if n[0] >= 'a' && n[0] <= 'z' {
			t.Errorf("a name opens in lower case: %q", n)
		}
	}
}

func TestQuotedWorks(t *testing.T) {
	types := names(t, `Beyoncé opened the show with "Cowboy Carter" favourite "Texas Hold 'Em," before telling the crowd, "Houston, I'm home!" She later performed "Halo" and dedicated "Blue" to her daughter Blue Ivy.`)
	for _, w := range []string{"Cowboy Carter", "Texas Hold 'Em", "Halo", "Blue"} {
		if types[w] != hearsay.Work {
			t.Errorf("%q: %v, want WORK (names %v)", w, types[w], types)
		}
	}
	if types["Blue Ivy"] == hearsay.Work {
		t.Errorf("Blue Ivy, unquoted, taken for a work")
	}
	// a title in quotes with no performance near it is left alone
	types = names(t, `He later claimed to be "Protector of Mexico" as well.`)
	if types["Protector of Mexico"] == hearsay.Work {
		t.Errorf("a quoted title with nothing performed near it taken for a work (names %v)", types)
	}
}

// TestPeopleAndPluralFirms: "People" opening a sentence before "familiar
// with" or "close to" is people, not the magazine, which it stays before
// a verb; a firm named in the plural ("Meta Platforms") is an
// organisation.
func TestPeopleAndPluralFirms(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       hearsay.EntityType
	}{
		{"People familiar with the matter said the cuts would fall on engineers.", "People", ""},
		{"People close to the couple said they split.", "People", ""},
		{"People are open minded there since the place is small.", "People", ""},
		{"People reported the split on Monday.", "People", hearsay.Org},
		{"Meta Platforms plans to cut about 5% of its workforce.", "Meta Platforms", hearsay.Org},
	} {
		if got := names(t, c.text)[c.name]; got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestKnownAs: capitalised words after a person noun and "known as" (or
// "nicknamed", "who goes by") are a person, joined to a name the tagger
// began a word late; not after a place noun.
func TestKnownAs(t *testing.T) {
	checkNames(t, []nameCase{
		{"A rapper known as Lil Kordo was arrested early Sunday.", "Lil Kordo", hearsay.Person},
		{"The singer, better known as Zara Quill, was arrested.", "Zara Quill", hearsay.Person},
		{"The city known as Paris is big.", "Paris", hearsay.Loc},
	})
}

// nameCase is a text, a name in it and the type it should have ("" for
// no name).
type nameCase struct {
	text, name string
	want       hearsay.EntityType
}

// checkNames tags each case's text and checks its name's type.
func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		if got := names(t, c.text); got[c.name] != c.want {
			t.Errorf("%q: %q is %q, want %q (names %v)", c.text, c.name, got[c.name], c.want, got)
		}
	}
}

// TestHostShows: a host's name with the word the show adds is a work.
func TestHostShows(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Appearing on Jimmy Kimmel Live! on Thursday, she laughed.", "Jimmy Kimmel Live!"},
		{"She told The Kelly Clarkson Show that she was happy.", "The Kelly Clarkson Show"},
	} {
		if got := names(t, c.text)[c.name]; got != hearsay.Work {
			t.Errorf("%q: %q is %q, want WORK (names %v)", c.text, c.name, got, names(t, c.text))
		}
	}
}

// TestNotInName: a conjunction opening the sentence in capitals is no
// part of the name after it.
func TestNotInName(t *testing.T) {
	if got := names(t, "Neither Bieber nor Gomez has commented publicly."); got["Neither Bieber"] != "" || got["Bieber"] != hearsay.Person {
		t.Errorf("names %v, want Bieber without Neither", got)
	}
}

// A person's name ending with an award or a building is the award or the
// place, unless a given name or an initial opens it; one ending with a
// plural noun is a band or a team.
func TestHeads(t *testing.T) {
	checkNames(t, []nameCase{
		{"She performed at Carnegie Hall and the Walt Disney Concert Hall last spring.", "Carnegie Hall", hearsay.Loc},
		{"She sang at the Sydney Opera House in May.", "Sydney Opera House", hearsay.Loc},
		{"He won the Cecil B. DeMille Award in 1990.", "Cecil B. DeMille Award", hearsay.Other},
		{"The model Jerry Hall married the singer in 1990.", "Jerry Hall", hearsay.Person},
		{"The poet John S. Hall read at the festival.", "John S. Hall", hearsay.Person},
		// a band named in the plural; a given name before a surname
		// that looks plural
		{"The festival was headlined by Foo Fighters and the Arctic Monkeys.", "Foo Fighters", hearsay.Org},
		{"The headliner was Garth Brooks, who played for three hours.", "Garth Brooks", hearsay.Person},
		// a firm's head word, whoever's name opens it; an initial before
		// a surname that looks plural
		{"The plant was the original home of Douglas Aircraft in Long Beach.", "Douglas Aircraft", hearsay.Org},
		{"Boeing executive Michael M. Sears arranged a job for her.", "Michael M. Sears", hearsay.Person},
		// an award's whole name; a genre is no one
		{"She won her first Golden Globe Award in 2004.", "Golden Globe Award", hearsay.Other},
		{"His style incorporates elements of Rock music and the blues.", "Rock", ""},
	})
}

// TestOrgAppositives: capitalised words the tagger left alone are an
// organisation when an appositive after them names a firm or a union.
func TestOrgAppositives(t *testing.T) {
	checkNames(t, []nameCase{
		{"Safran, the French engine maker, said supplies would recover.", "Safran", hearsay.Org},
		{"Force Ouvrière, the largest union at the plant, said the cuts were wrong.", "Force Ouvrière", hearsay.Org},
	})
}

// TestAttributedNames: a person named after a cue that follows a
// quotation, past a role word, is the name, not the role; a pronoun is
// no organisation unless in capitals.
func TestAttributedNames(t *testing.T) {
	wantTypes(t, `"Ah, but," interjected Councillor Ray Dunn, waving a copy of the budget. "Who will pay?" said Councillor Ana Ruiz. The WHO warned.`,
		map[string]hearsay.EntityType{"Ray Dunn": hearsay.Person, "Ana Ruiz": hearsay.Person, "WHO": hearsay.Org, "Who": "", "Councillor": ""})
}

// TestPairedGivenNames: a common given name joined by "and" to a person's
// one-word name is a person too.
func TestPairedGivenNames(t *testing.T) {
	wantTypes(t, "Lopez shares twins Max and Emme with ex-husband Marc Anthony. Obama's daughters Sasha and Malia attended.",
		map[string]hearsay.EntityType{"Max": hearsay.Person, "Emme": hearsay.Person, "Sasha": hearsay.Person, "Malia": hearsay.Person})
}

// TestNotPeople: a post-nominal after a person's comma and a season are
// no one.
func TestNotPeople(t *testing.T) {
	got := names(t, `In the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria suffered." Winter is definitely low season.`)
	if got["Mark Tedeschi"] != hearsay.Person || got["QC"] != "" || got["Winter"] != "" {
		t.Errorf("names %v, want Mark Tedeschi a person, QC and Winter no names", got)
	}
}

// TestTeamsAndScorers: a name beside a score is a team; two unknown
// words opening a sentence before a verb in the past are a person.
func TestTeamsAndScorers(t *testing.T) {
	wantTypes(t, "Arsenal 2-1 Chelsea: Saka double sinks Blues\n\nBukayo Saka scored twice as Arsenal came from behind to beat Chelsea 2–1 on Sunday.",
		map[string]hearsay.EntityType{"Chelsea": hearsay.Org, "Bukayo Saka": hearsay.Person})
	if got := names(t, "My Hamster escaped from his cage."); got["My Hamster"] != "" {
		t.Errorf("My Hamster is a name: %v", got)
	}
}

// TestOutletsAndPlatforms: the capitalised words after "obtained by" are
// an outlet; a camel-case word after "on" is a platform.
func TestOutletsAndPlatforms(t *testing.T) {
	got := names(t, "She told employees in a memo obtained by The Verge. In a post on LinkedIn, he said the cuts were deep.")
	if got["The Verge"] != hearsay.Org || got["LinkedIn"] != hearsay.Org {
		t.Errorf("names %v, want The Verge and LinkedIn organisations", got)
	}
}

// TestQuotedNicknames checks that a given name, a quoted nickname and a
// surname are one person's name, that the nickname and the surname alone
// are that person's later, and that a headline's quoted word is none.
func TestQuotedNicknames(t *testing.T) {
	types := names(t, `Sean "Diddy" Combs was arrested in New York. Combs, 55, denied it. Dwayne “The Rock” Johnson posted a video. Earvin 'Magic' Johnson spoke. Magic said the team would win.`)
	for _, n := range []string{`Sean "Diddy" Combs`, "Combs", "Dwayne “The Rock” Johnson", "Earvin 'Magic' Johnson", "Magic"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q: %v, want PERSON (names %v)", n, types[n], types)
		}
	}
	types = names(t, "Britney 'Terrified' Of Justin Timberlake Memoir Backlash")
	if _, ok := types["Britney 'Terrified' Of Justin Timberlake"]; ok {
		t.Errorf("headline read as one name: %v", types)
	}
}

// TestPossessiveWorkRoleAndRepeats checks that a title between a
// possessive and a role noun is a work ("Gomez's Only Murders in the
// Building co-stars"), and so is its every later occurrence, where alone
// it would read otherwise.
func TestPossessiveWorkRoleAndRepeats(t *testing.T) {
	text := "Guests included Gomez's Only Murders in the Building co-stars Steve Martin and Martin Short. She starred in Only Murders in the Building with Steve Martin."
	d := hearsay.Document{Article: hearsay.Article{Text: text}}
	if err := segment.New().Annotate(&d); err != nil {
		t.Fatal(err)
	}
	if err := ner.New().Annotate(&d); err != nil {
		t.Fatal(err)
	}
	works := 0
	for _, n := range d.Names {
		switch w := d.Slice(n.Span); {
		case w == "Only Murders in the Building" && n.Type == hearsay.Work:
			works++
		case w == "Building":
			t.Errorf("%q tagged %v", w, n.Type)
		}
	}
	if works != 2 {
		t.Errorf("%d works, want 2 (names %v)", works, names(t, text))
	}
}

// TestGivenOfKnown checks that a one-word person's name the document
// gives twice takes the unknown given name right before it elsewhere
// ("Kylian Mbappé"), and that the given name alone is then that
// person's; a title before it is not taken.
func TestGivenOfKnown(t *testing.T) {
	types := names(t, `Mbappé 'unhappy' at Real Madrid. Kylian Mbappé is growing frustrated, AS reported. "Kylian is completely happy here," a spokesperson said. Mbappé scored. Mbappé stayed; then Justice Mbappé left.`)
	for _, n := range []string{"Kylian Mbappé", "Kylian"} {
		if types[n] != hearsay.Person {
			t.Errorf("%q: %v, want PERSON (names %v)", n, types[n], types)
		}
	}
	for _, n := range []string{"Justice Mbappé", "then Justice Mbappé"} {
		if _, ok := types[n]; ok {
			t.Errorf("%q tagged (names %v)", n, types)
		}
	}
}

// TestFirmTitleName checks that a firm, a job title and a person's name
// tagged as one person split into the firm and the person, where the
// firm's name looks like a given name ("Tesla").
func TestFirmTitleName(t *testing.T) {
	types := names(t, "Tesla CEO Elon Musk said on Friday that the carmaker would unveil it.")
	if types["Tesla"] != hearsay.Org || types["Elon Musk"] != hearsay.Person {
		t.Errorf("names %v, want Tesla ORG and Elon Musk PERSON", types)
	}
}

// TestHostedShows checks that a show's title that puts words before its
// host's name is a work, the host's name no person of the text; a
// network's name before "with" is the network's.
func TestHostedShows(t *testing.T) {
	types := names(t, "During an appearance on The Tonight Show Starring Jimmy Fallon on Monday, she said it was hard. She appeared on Late Night with Seth Meyers. He appeared on CNN with Jake Tapper.")
	for n, want := range map[string]hearsay.EntityType{"The Tonight Show Starring Jimmy Fallon": hearsay.Work, "Late Night with Seth Meyers": hearsay.Work,
		"CNN": hearsay.Org, "Jake Tapper": hearsay.Person} {
		if types[n] != want {
			t.Errorf("%q: %v, want %v (names %v)", n, types[n], want, types)
		}
	}
}
