// Package quote finds direct and partial quotations and attributes them to
// a speaker through a cue.
//
// Requires: paragraphs, sentences, tokens, mentions, entities. Provides:
// quotes.
//
// Quotations are text between double marks (straight, curly, guillemets),
// or between single marks outside double ones; a paragraph that opens a
// quotation and does not close it continues into the next paragraph when
// that one opens with a mark. Titles after "film", "song", "album",
// "documentary" and the like, words after "so-called" or "dubbed", and
// single quoted words that no cue governs are not speech and are dropped.
//
// A quotation is direct when it starts a sentence or follows the comma or
// colon of an attribution ("she said, “…”"), partial when the writer's
// sentence runs into it ("wanted to “personally apologize”"). Its cue is a
// cue verb (lexicon.Cues) or "according to" next to it: before it in the
// same sentence ("X said, “…”"), or after it ("“…,” X said", "“…,” said
// X"). The speaker is the subject of the cue: the nearest person mention,
// or the noun phrase there. A quotation with no cue of its own takes the
// speaker of the quotation before it in the paragraph, of a paragraph
// ending with "said:", or of the alternating turns of a dialogue; a partial
// quotation with no cue takes the nearest person before it in its sentence,
// and one inside a reported claim the claim's speaker. An interview printed
// as a transcript ("Q: …" paragraphs) quotes its answers without marks:
// a paragraph opening "Dua Lipa:" or "DL:" is that person's.
//
// Evidence: anonymous when the speaker is an unnamed source; reported when
// the sentence is hedged (reportedly, allegedly, is said to) or no cue
// introduces the speaker; on_record for a named speaker with a cue;
// unattributed when nobody is found.
package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"hearsay"
	"hearsay/internal/strtab"
	"hearsay/lexicon"
)

// Name is the annotator's name in a pipeline.
const Name = "quote"

// Annotator is the quotation annotator.
type Annotator struct{}

// New returns a quotation annotator.
func New() *Annotator { return &Annotator{} }

// Name implements hearsay.Annotator.
func (*Annotator) Name() string { return Name }

// Requires implements hearsay.Annotator.
func (*Annotator) Requires() []hearsay.Layer {
	return []hearsay.Layer{hearsay.LayerParagraphs, hearsay.LayerSentences, hearsay.LayerTokens,
		hearsay.LayerMentions, hearsay.LayerEntities}
}

// Provides implements hearsay.Annotator.
func (*Annotator) Provides() []hearsay.Layer { return []hearsay.Layer{hearsay.LayerQuotes} }

// Words before a quotation that make it a title or a name, not speech.
var titleNouns = set("film", "movie", "song", "single", "album", "documentary", "docuseries", "book", "novel", "diss", "mixtape",
	"memoir", "show", "series", "sitcom", "podcast", "track", "play", "musical", "episode", "poem", "record",
	"ep", "tour", "titled", "entitled", "called", "dubbed", "named", "nicknamed", "so-called", "hit", "ballad",
	"anthem", "film's", "video", "programme", "program", "magazine", "newspaper", "column", "article", "essay",
	"story", "headline", "hashtag", "slogan", "phrase", "term", "word", "words", "label", "brand", "sequel",
	"franchise", "game", "opera", "painting", "exhibition", "biopic", "special")

// Words that may stand between a title noun and the quotation: "the hit
// song", "his 2004 album", "her new single".
var titleFillers = set("a", "an", "his", "her", "their", "its", "new", "latest", "hit", "debut",
	"upcoming", "recent", "famous", "classic", "first", "second", "third", "final", "last", "2000s", "'s", "’s",
	"own")

// workNouns name works whose titles, in quotation marks, are never what
// someone said.
var workNouns = set("film", "movie", "song", "single", "album", "documentary", "docuseries", "book", "novel", "diss", "mixtape",
	"memoir", "show", "series", "sitcom", "podcast", "track", "musical", "episode", "poem", "ballad", "anthem",
	"sequel", "biopic", "opera", "painting", "exhibition", "special", "game", "ep")

// creativeVerbs make works; a capitalised title in quotation marks right
// after one is the work, not something said.
var creativeVerbs = set("directed", "produced", "released", "recorded", "filmed", "co-wrote", "penned",
	"covered", "remixed", "starring", "directing", "releasing", "dropped", "premiered", "debuted")

// Adverbs and auxiliaries between a subject and its cue: "he later said",
// "she has repeatedly told".
var between = set("also", "later", "then", "has", "had", "have", "would", "will", "was", "is", "once",
	"previously", "recently", "further", "simply", "just", "once", "had", "first", "again", "finally",
	"reportedly", "allegedly", "publicly", "privately", "famously", "tearfully", "angrily", "quickly",
	"proudly", "happily", "candidly", "openly", "exclusively", "now", "even", "too", "soon", "went", "on", "to", "can", "could", "may")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

type annot struct {
	*hearsay.Document
	pairs  map[[2]int]int // groups of two people by their members, built once (jointSpeakers)
	low    []string
	raws   []raw
	inQ    []bool             // per token: inside any quotation's marks
	cls    strtab.Memo[uint8] // per token: its word classes, looked up once (class)
	quotes []hearsay.Quote
	para   []int // per quote: paragraph index
	// quotes[:marked] are the quotations between marks, found first;
	// each run of quotes is in text order
	marked int
}

// Annotate implements hearsay.Annotator.
func (*Annotator) Annotate(d *hearsay.Document) error {
	qClassesOnce.Do(loadQClasses)
	low := d.LowerTokens()
	a := &annot{Document: d, low: low, inQ: make([]bool, len(d.Tokens)), cls: qClasses.Memo(low)}
	a.raws = find(d)
	for _, r := range a.raws {
		for i := d.TokenAt(r.open); i < len(d.Tokens) && d.Tokens[i].Start < r.close; i++ {
			a.inQ[i] = true
		}
	}
	d.Quotes = d.Quotes[:0]
	for ri := range a.raws {
		a.classify(ri)
	}
	n := len(a.quotes)
	a.transcript()
	a.embeddedPosts()
	if len(a.quotes) > n {
		// quotations without marks join those between marks in text
		// order: claimBefore and quoteBefore search the run by its ends
		idx := make([]int, len(a.quotes))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(x, y int) bool { return a.quotes[idx[x]].Start < a.quotes[idx[y]].Start })
		qs, ps := make([]hearsay.Quote, len(idx)), make([]int, len(idx))
		for i, k := range idx {
			qs[i], ps[i] = a.quotes[k], a.para[k]
		}
		a.quotes, a.para = qs, ps
	}
	a.marked = len(a.quotes)
	a.indirect()
	a.fragmentsOfClaims()
	a.fragments()
	a.assertions()
	a.via()
	d.Quotes = a.quotes
	sort.SliceStable(d.Quotes, func(i, j int) bool { return d.Quotes[i].Start < d.Quotes[j].Start })
	a.continuedSpeakers()
	a.voices()
	return nil
}

// transcript finds the answers of an interview printed as a transcript:
// paragraphs that open with a person's name or initials and a colon
// ("Dua Lipa: I think …", "DL: Never."), in a document that has
// questions ("Q: …"). Each answer is a direct quotation of that person.
func (a *annot) transcript() {
	d := a.Document
	label := func(p hearsay.Span) (int, int) { // first token, colon
		i := d.TokenAt(p.Start)
		for k := i; k < len(d.Tokens) && k < i+5 && d.Tokens[k].Start < p.End; k++ {
			if a.low[k] == ":" {
				return i, k
			}
			if d.Tokens[k].Kind != hearsay.Word && d.Tokens[k].Kind != hearsay.Punct || !d.Tokens[k].Cap && d.Tokens[k].Kind == hearsay.Word {
				return i, -1
			}
		}
		return i, -1
	}
	questions := 0
	for _, p := range d.Paragraphs {
		if i, k := label(p); k == i+1 && (a.low[i] == "q" || a.low[i] == "question") {
			questions++
		}
	}
	if questions == 0 {
		return
	}
	last := -1                    // the entity of the last answer, for "A:"
	var initials map[string][]int // the named people by their initials, made once
	for _, p := range d.Paragraphs {
		i, k := label(p)
		if k <= i || k+1 >= len(d.Tokens) || d.Tokens[k+1].Start >= p.End {
			continue
		}
		var sp *hearsay.Speaker
		lab := hearsay.Span{Start: d.Tokens[i].Start, End: d.Tokens[k-1].End}
		switch w := a.low[i]; {
		case k == i+1 && (w == "q" || w == "question"):
			continue
		case k == i+1 && (w == "a" || w == "answer"):
			// the interviewee: the last to answer, or the person the
			// introduction names most
			e := last
			if e < 0 {
				e = a.mostNamed()
			}
			if e >= 0 {
				sp = &hearsay.Speaker{Span: lab, Mention: -1, Entity: e}
			}
		default:
			if mi := a.mentionAt(lab.Start, lab.End); mi >= 0 && a.Mentions[mi].Start == lab.Start && a.Mentions[mi].End == lab.End &&
				a.Mentions[mi].Type == hearsay.Person && a.Mentions[mi].Entity >= 0 {
				sp = &hearsay.Speaker{Span: lab, Mention: mi, Entity: a.Mentions[mi].Entity}
			} else if k == i+1 {
				if e := a.initialsOf(d.Text[lab.Start:lab.End], last, &initials); e >= 0 {
					sp = &hearsay.Speaker{Span: lab, Mention: -1, Entity: e}
				}
			}
		}
		if sp == nil {
			continue
		}
		start, end := d.Tokens[k+1].Start, p.End
		for end > start && (d.Text[end-1] == ' ' || d.Text[end-1] == '\n') {
			end--
		}
		if a.addUnmarked(hearsay.Span{Start: start, End: end}, sp, hearsay.Span{Start: d.Tokens[k].Start, End: d.Tokens[k].End}) {
			last = sp.Entity
		}
	}
}

// mostNamed returns the named person with the most mentions, if one has
// more than any other, or -1.
func (a *annot) mostNamed() int {
	var people []int
	for ei, e := range a.Entities {
		if e.Type == hearsay.Person && !e.Anonymous && len(e.Members) == 0 && a.Named(ei) {
			people = append(people, ei)
		}
	}
	return a.mostMentioned(people)
}

// mostMentioned returns the entity among es with the most mentions, if
// one has more than any other, or -1.
func (a *annot) mostMentioned(es []int) int {
	best, n, tie := -1, 0, false
	for _, ei := range es {
		if k := len(a.Entities[ei].Mentions); k > n {
			best, n, tie = ei, k, false
		} else if k == n {
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// addUnmarked adds a direct quotation printed without quotation marks
// (an interview's answer, an embedded post) with its speaker and cue,
// unless marks inside it were found already; it reports whether it did.
func (a *annot) addUnmarked(span hearsay.Span, sp *hearsay.Speaker, cue hearsay.Span) bool {
	d := a.Document
	first := d.TokenAt(span.Start)
	for x := first; x < len(d.Tokens) && d.Tokens[x].Start < span.End; x++ {
		if a.inQ[x] {
			return false // quotation marks of its own
		}
	}
	si := d.SentenceAt(span.Start)
	if si < 0 {
		return false
	}
	for x := first; x < len(d.Tokens) && d.Tokens[x].Start < span.End; x++ {
		a.inQ[x] = true
	}
	q := hearsay.Quote{Span: span, Kind: hearsay.Direct, Speaker: sp, Cue: &cue}
	a.grade(&q, si)
	a.quotes = append(a.quotes, q)
	a.para = append(a.para, a.Sentences[si].Paragraph)
	return true
}

// embeddedPosts finds a post embedded in the page as its text and a
// signature paragraph after it, as Twitter's and Threads' embeds print
// ("So proud of this team. What a night!" then "— Taylor Swift
// (@taylorswift13) February 12, 2024"): the post is a direct quotation of
// the account's owner.
func (a *annot) embeddedPosts() {
	d := a.Document
	for k := 1; k < len(d.Paragraphs); k++ {
		p := d.Paragraphs[k]
		text := d.Text[p.Start:p.End]
		rest := strings.TrimLeft(text, " ")
		dash := ""
		for _, m := range []string{"—", "–", "-"} {
			if strings.HasPrefix(rest, m) {
				dash = m
			}
		}
		at := strings.Index(text, "(@")
		if dash == "" || at < 0 || at > 80 || !strings.Contains(text[at:], ")") {
			continue
		}
		// a signature ends with the post's date, or with nothing: not "—
		// Jane Doe (@janedoe) is a columnist."
		after := strings.TrimSpace(text[at+strings.Index(text[at:], ")")+1:])
		if after != "" && !postDate(after) {
			continue
		}
		nameStart := p.Start + (len(text) - len(rest)) + len(dash)
		nameEnd := p.Start + at
		for nameStart < nameEnd && d.Text[nameStart] == ' ' {
			nameStart++
		}
		for nameEnd > nameStart && d.Text[nameEnd-1] == ' ' {
			nameEnd--
		}
		if nameEnd <= nameStart {
			continue
		}
		post := d.Paragraphs[k-1]
		start, end := post.Start, post.End
		// without the picture's link at its end
		if i := strings.LastIndex(d.Text[start:end], "pic.twitter.com/"); i > 0 {
			end = start + i
		}
		if i := strings.LastIndex(d.Text[start:end], "https://t.co/"); i > 0 {
			end = start + i
		}
		for end > start && (d.Text[end-1] == ' ' || d.Text[end-1] == '\n') {
			end--
		}
		if end <= start {
			continue
		}
		var sp *hearsay.Speaker
		if mi := a.mentionAt(nameStart, nameEnd); mi >= 0 && a.Mentions[mi].Entity >= 0 && a.Mentions[mi].End <= nameEnd {
			sp = &hearsay.Speaker{Span: hearsay.Span{Start: nameStart, End: nameEnd}, Mention: mi, Entity: a.Mentions[mi].Entity}
		} else {
			sp = &hearsay.Speaker{Span: hearsay.Span{Start: nameStart, End: nameEnd}, Mention: -1, Entity: -1}
		}
		cue := hearsay.Span{Start: p.Start + (len(text) - len(rest)), End: nameStart}
		for cue.End > cue.Start && d.Text[cue.End-1] == ' ' {
			cue.End--
		}
		a.addUnmarked(hearsay.Span{Start: start, End: end}, sp, cue)
	}
}

// postDate reports whether s opens with a date, as an embed's signature
// ends: "February 12, 2024", "12 February 2024", "2024-02-12".
func postDate(s string) bool {
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	f, _, _ := strings.Cut(s, " ")
	return lexicon.Gazetteer(lexicon.Lower(strings.TrimRight(f, ".,"))) == "month"
}

// initialsOf returns the named person whose initials are s ("DL" for Dua
// Lipa): the only one, or among several the last answer's speaker, or
// the one mentioned most; -1 if none stands out. *byInitials indexes the
// named people by their initials, made on the first call: a transcript
// of many answers reads the entities once.
func (a *annot) initialsOf(s string, last int, byInitials *map[string][]int) int {
	if len(s) < 2 || len(s) > 4 || strings.ToUpper(s) != s {
		return -1
	}
	if *byInitials == nil {
		*byInitials = map[string][]int{}
		for ei, e := range a.Entities {
			if e.Type != hearsay.Person || e.Anonymous || !a.Named(ei) {
				continue
			}
			var b strings.Builder
			for _, w := range strings.Fields(e.Name) {
				b.WriteByte(w[0])
			}
			(*byInitials)[b.String()] = append((*byInitials)[b.String()], ei)
		}
	}
	found := (*byInitials)[s]
	switch {
	case len(found) == 0:
		return -1
	case len(found) == 1 || slices.Contains(found, last):
		if len(found) > 1 {
			return last
		}
		return found[0]
	}
	return a.mostMentioned(found)
}

// fragmentsOfClaims gives a partial quotation inside a reported claim the
// claim's speaker and cue: it is a fragment of what was reported ("Cook
// told analysts on a conference call that demand had been “softer than
// we expected.”"), unless its own cue is inside the claim ("… the report
// called it “a disaster”").
func (a *annot) fragmentsOfClaims() {
	// the claims in text order, to find those around a fragment by
	// binary search: a claim holding it starts at most a sentence or two
	// before it
	claims := make([]int, 0, len(a.quotes)-a.marked)
	for ci := a.marked; ci < len(a.quotes); ci++ {
		if a.quotes[ci].Kind == hearsay.Indirect && a.quotes[ci].Speaker != nil {
			claims = append(claims, ci)
		}
	}
	sort.SliceStable(claims, func(x, y int) bool { return a.quotes[claims[x]].Start < a.quotes[claims[y]].Start })
	for pi := 0; pi < a.marked; pi++ {
		p := &a.quotes[pi]
		if p.Kind != hearsay.Partial {
			continue
		}
		hi := sort.Search(len(claims), func(x int) bool { return a.quotes[claims[x]].Start > p.Start })
		for x := hi - 1; x >= 0 && x >= hi-8; x-- {
			c := a.quotes[claims[x]]
			if p.End > c.End {
				continue
			}
			if p.Cue != nil && p.Cue.Start >= c.Start && p.Cue.End <= c.End && a.ownCue(*p.Cue) {
				break // its own cue, inside the claim
			}
			sp := *c.Speaker
			p.Speaker = &sp
			if c.Cue != nil {
				cue := *c.Cue
				p.Cue = &cue
			}
			p.Evidence, p.Hedge = c.Evidence, c.Hedge
			break
		}
	}
}

// ownCue reports whether cue (a fragment's, inside a claim) speaks for
// itself ("the report called it “a disaster”"), unlike an intention or
// an agreement the claim reports ("the singer had agreed to play after
// “a lot of persuading”").
func (a *annot) ownCue(cue hearsay.Span) bool {
	w := a.Lower(cue)
	return !intentCues[w] && !strings.HasPrefix(w, "agree")
}

// continuedSpeakers gives a quotation attributed to "she" or "he" the
// speaker of the claim just before it, when nobody else of that gender is
// named between them: "A neighbour told the BBC she had heard shouting.
// “It went on for about an hour,” she said." News attributes a second
// quotation to the same voice by a pronoun; coref, blind to speech, may
// have given the pronoun to the story's most salient person.
func (a *annot) continuedSpeakers() {
	d := a.Document
	moved := false
	for i := 1; i < len(d.Quotes); i++ {
		q := &d.Quotes[i]
		sp := q.Speaker
		if q.Kind != hearsay.Direct || sp == nil || sp.Mention < 0 || d.Mentions[sp.Mention].Kind != hearsay.Pronoun {
			continue
		}
		pm := d.Mentions[sp.Mention]
		if g := pm.Gender; g != hearsay.Male && g != hearsay.Female {
			continue
		}
		var p *hearsay.Quote
		for j := i - 1; j >= 0; j-- {
			if d.Quotes[j].End <= q.Start && d.Quotes[j].Speaker != nil && d.Quotes[j].Speaker.Entity >= 0 {
				p = &d.Quotes[j]
				break
			}
		}
		if p == nil || p.Speaker.Entity == sp.Entity || p.Speaker.Entity >= len(d.Entities) {
			continue
		}
		pe := d.Entities[p.Speaker.Entity]
		// a named person or a source, not someone a descriptor alone
		// introduced ("a citizen of San Francisco")
		if pe.Type != hearsay.Person || pe.Gender != pm.Gender && pe.Gender != hearsay.UnknownGender || len(pe.Members) > 0 ||
			!pe.Anonymous && !d.Named(p.Speaker.Entity) {
			continue
		}
		// the claim just before: this paragraph or the one before, and
		// no one else of the pronoun's gender named since
		ps, qs := a.SentenceAt(p.Start), a.SentenceAt(q.Start)
		if ps < 0 || qs < 0 || qs-ps > 1 || a.Sentences[qs].Paragraph-a.Sentences[ps].Paragraph > 1 {
			continue
		}
		other := false
		from := sort.Search(len(d.Mentions), func(x int) bool { return d.Mentions[x].Start >= p.End })
		for _, m := range d.Mentions[from:] {
			if m.Start >= pm.Start {
				break
			}
			if m.End <= pm.Start && m.Kind != hearsay.Pronoun && m.Type == hearsay.Person && m.Entity >= 0 &&
				m.Entity != p.Speaker.Entity && (d.Entities[m.Entity].Gender == pm.Gender || d.Entities[m.Entity].Gender == hearsay.UnknownGender) &&
				!a.inQuote(m.Span) {
				other = true
				break
			}
		}
		if other {
			continue
		}
		d.MoveMention(sp.Mention, p.Speaker.Entity)
		sp.Entity = p.Speaker.Entity
		sp.Anonymous = pe.Anonymous
		a.grade(q, qs)
		moved = true
	}
	if moved {
		d.DropEmptyEntities()
	}
}

// voices gives "I", "me", "my" inside a quotation to its speaker: coref
// links every first-person pronoun to the document's own voice, which
// inside quote marks is the speaker's. In a quotation without a known
// speaker they become a person of their own, not the writer.
func (a *annot) voices() {
	d := a.Document
	moved := false
	mi := 0
	for _, q := range d.Quotes {
		if q.Kind == hearsay.Indirect {
			continue
		}
		for mi < len(d.Mentions) && d.Mentions[mi].Start < q.Start {
			mi++
		}
		to := -1
		if q.Speaker != nil && q.Speaker.Entity >= 0 && d.Entities[q.Speaker.Entity].Type == hearsay.Person {
			to = q.Speaker.Entity
		}
		for k := mi; k < len(d.Mentions) && d.Mentions[k].End <= q.End; k++ {
			m := d.Mentions[k]
			if m.Kind != hearsay.Pronoun || m.Entity < 0 {
				continue
			}
			switch d.Lower(m.Span) {
			case "i", "me", "my", "myself":
				if m.Entity == to {
					continue
				}
			case "he", "she", "him", "her", "his", "hers", "himself", "herself":
				// "“She's my sister,” Aniston told ET": the speaker's "she"
				// is someone else, the latest other person who fits
				if to >= 0 && m.Entity == to && q.Cue != nil && a.SentenceAt(q.Cue.Start) == a.SentenceAt(q.Start) {
					if o := a.otherPerson(mi, q, to, m.Gender); o >= 0 {
						d.MoveMention(k, o)
						moved = true
					}
				}
				continue
			default:
				continue
			}
			if to < 0 {
				to = d.MoveMention(k, -1)
			} else {
				d.MoveMention(k, to)
			}
			moved = true
		}
	}
	if moved {
		d.DropEmptyEntities()
	}
}

// otherPerson returns the entity of the latest person mentioned before
// quotation q (mention index mi is q's first) who is not its speaker and
// whose gender fits g, within the three sentences before; or -1.
func (a *annot) otherPerson(mi int, q hearsay.Quote, speaker int, g hearsay.Gender) int {
	d := a.Document
	si := d.SentenceAt(q.Start)
	lo := 0
	if si >= 3 {
		lo = d.Sentences[si-3].Start
	}
	for k := mi - 1; k >= 0 && k >= mi-200 && d.Mentions[k].Start >= lo; k-- { // (bounded: a hostile text's sentences may hold thousands)
		m := d.Mentions[k]
		if m.Type != hearsay.Person || m.Entity < 0 || m.Entity == speaker {
			continue
		}
		e := d.Entities[m.Entity]
		if e.Anonymous || len(e.Members) > 0 || e.Gender == hearsay.Plural || e.Gender != g && e.Gender != hearsay.UnknownGender {
			continue
		}
		return m.Entity
	}
	return -1
}

// wordCount counts word tokens in s.
func (a *annot) words(s hearsay.Span) (n, caps int) {
	for i := a.TokenAt(s.Start); i < len(a.Tokens) && a.Tokens[i].End <= s.End; i++ {
		if a.Tokens[i].Kind == hearsay.Word || a.Tokens[i].Kind == hearsay.Number {
			n++
			if a.Tokens[i].Cap || a.Tokens[i].Kind == hearsay.Number {
				caps++
			}
		}
	}
	return n, caps
}

// workTitle reports whether a work's name mention is all of span s but
// its closing comma or full stop.
func (a *annot) workTitle(s hearsay.Span) bool {
	end := s.End
	for end > s.Start && (a.Text[end-1] == ',' || a.Text[end-1] == '.' || a.Text[end-1] == ' ') {
		end--
	}
	mi := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Start >= s.Start })
	for ; mi < len(a.Mentions) && a.Mentions[mi].Start == s.Start; mi++ {
		if m := a.Mentions[mi]; m.Type == hearsay.Work && m.End == end {
			return true
		}
	}
	return false
}

// titleCase reports whether the words of s are capitalised but for the
// small words inside titles, its first and last capitalised: "Queen of
// Pop", "King of the Jungle".
func (a *annot) titleCase(s hearsay.Span) bool {
	var first, last = -1, -1
	for i := a.TokenAt(s.Start); i < len(a.Tokens) && a.Tokens[i].End <= s.End; i++ {
		t := a.Tokens[i]
		if t.Kind != hearsay.Word && t.Kind != hearsay.Number {
			continue
		}
		if !t.Cap && t.Kind != hearsay.Number {
			switch a.low[i] {
			case "of", "the", "and", "in", "on", "a", "an", "to", "for", "at":
			default:
				return false
			}
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	return first >= 0 && (a.Tokens[first].Cap || a.Tokens[first].Kind == hearsay.Number) && a.Tokens[last].Cap // ("60 Minutes")
}

// prevTok returns the index of the last token ending at or before off, or -1.
func (a *annot) prevTok(off int) int { return a.TokenAt(off) - 1 }

// nextTok returns the index of the first token starting at or after off.
func (a *annot) nextTok(off int) int {
	i := a.TokenAt(off)
	for i < len(a.Tokens) && a.Tokens[i].Start < off {
		i++
	}
	return i
}

func (a *annot) classify(ri int) {
	r := a.raws[ri]
	n, caps := a.words(r.content)
	if n == 0 {
		return
	}
	si := a.SentenceAt(r.open)
	if si < 0 {
		return
	}
	if a.workTitle(r.content) {
		return // a work's title the name tagger found: “Halo”, “Crazy in Love.”
	}
	sent := a.Sentences[si]
	pi := sent.Paragraph
	// the token before the opening mark, in the same paragraph
	pt := a.prevTok(r.open)
	if pt >= 0 && a.Tokens[pt].Start < a.Paragraphs[pi].Start {
		pt = -1
	}
	prev := ""
	if pt >= 0 {
		prev = a.low[pt]
	}
	// the token after the closing mark
	nt := a.nextTok(r.close)
	next := ""
	if nt < len(a.Tokens) && a.ParagraphAt(a.Tokens[nt].Start) == pi {
		next = a.low[nt]
	}
	contentText := a.Text[r.content.Start:r.content.End]
	last := contentText[len(contentText)-1]
	endsSentence := last == '.' || last == '!' || last == '?' || last == ','
	// titles and names in quotes
	if !endsSentence && n <= 12 && (caps*2 >= n || n <= 3) {
		j := pt
		for j >= 0 && j > pt-4 && titleFillers[a.low[j]] {
			j--
		}
		// "branded the show “lazy”": a verdict on the show, in lower case
		verdict := caps == 0 && j >= 2 && (a.low[j-1] == "the" || a.low[j-1] == "his" || a.low[j-1] == "her" || a.low[j-1] == "their") &&
			(verdictCues[a.low[j-2]] || a.low[j-2] == "described")
		if j >= 0 && titleNouns[a.low[j]] && !verdict {
			return
		}
		if caps == n && titleNouns[next] {
			return // “Framing Britney Spears” documentary
		}
	}
	// a work's title may hold the sentence's full stop or comma inside its
	// marks: the song “I Can't Get Enough.”
	if endsSentence && (last == '.' || last == ',') && n <= 12 && (caps*2 >= n || n <= 3) {
		j := pt
		for j >= 0 && j > pt-4 && titleFillers[a.low[j]] {
			j--
		}
		if j >= 0 && workNouns[a.low[j]] {
			return
		}
		// "Lamar's own diss, “Euphoria.”": a title in apposition
		if pt >= 1 && a.low[pt] == "," && workNouns[a.low[pt-1]] && a.titleCase(r.content) {
			return
		}
	}
	// a work after the verb that made it: “Cooper, who directed “Maestro,”
	// …”, “she starred in “Barbie.””
	if n <= 8 && (caps*2 >= n || n <= 2) && (creativeVerbs[prev] || prev == "in" && pt > 0 && a.low[pt-1] == "starred") {
		return
	}
	if prev == "so-called" || prev == "dubbed" || prev == "nicknamed" || prev == "titled" || prev == "entitled" {
		return
	}
	// "song of the year for “What Was I Made For?”": a title in title
	// case after "for" (what a prize or a nomination is for)
	if prev == "for" && n >= 2 && n <= 10 && a.titleCase(r.content) {
		return
	}
	// "CBS's “60 Minutes,”", "an appearance on “The View”", "an interview
	// with “Good Morning America”": a show's title
	if (prev == "'s" || prev == "’s" || prev == "on" || prev == "with") && n <= 6 && a.titleCase(r.content) && last != '.' && last != '!' && last != '?' {
		return
	}
	// "Future and Metro Boomin's “Like That.”": a work after a possessive,
	// the sentence's full stop inside its marks
	if (prev == "'s" || prev == "’s") && n >= 2 && n <= 6 && last == '.' && a.titleCase(r.content) {
		return
	}
	q := hearsay.Quote{Span: r.content, Kind: hearsay.Partial}
	atStart := pt < 0 || pt < sent.Tokens[0] || a.inQ[pt] && a.Tokens[pt].End <= r.open ||
		prev == "(" || prev == "—" || prev == "–" || prev == "--" || prev == "-" || prev == ":"
	framePunct := prev == "," || prev == ":" || prev == ";"
	first, _ := decode(contentText, 0)
	upper := first >= 'A' && first <= 'Z' || first > 127 && strings.ToUpper(string(first)) == string(first) && strings.ToLower(string(first)) != string(first) ||
		first >= '0' && first <= '9' || first == '.' || first == '…' || first == '\'' || first == '‘'
	if atStart || framePunct && (upper || a.cueBefore(pt, si) >= 0) {
		q.Kind = hearsay.Direct
	}
	a.attribute(&q, r, si, pt, nt)
	if (prev == "caption" || prev == "captioned" || q.Cue != nil && strings.HasPrefix(a.Lower(*q.Cue), "caption")) && upper && q.Kind == hearsay.Partial {
		// a post's caption, whole: "with the caption “Missing you,
		// mate.”", "captioning the post simply “9.27.25.”"
		q.Kind = hearsay.Direct
	}
	// one word: a scare quote or a nickname, unless a cue frames it as a
	// verdict ("described the performance as “embarrassing”", "branded
	// it “shameful”")
	verdict := q.Cue != nil && (prev == "as" || verdictCues[a.Lower(*q.Cue)] && pt >= 0 && a.objectOnly(a.TokenAt(q.Cue.Start)+1, pt+1, 3) && !a.qualifiesNoun(nt, next) ||
		copulas[prev] && a.SentenceAt(q.Cue.Start) == si || // "said the singer was “relieved”", "… are “struggling” …, sources tell"
		next == "by" && strings.HasSuffix(contentText, "ed") && a.SentenceAt(q.Cue.Start) == si) // a headline's passive: "Harry 'snubbed' by King Charles, insiders claim"
	if q.Kind == hearsay.Partial && n == 1 && !endsSentence && !verdict {
		return
	}
	if q.Kind == hearsay.Partial && n <= 4 && a.titleCase(r.content) && (q.Cue == nil || a.SentenceAt(q.Cue.Start) != si || q.Cue.Start >= r.close) && !endsSentence {
		return // a capitalised name in quotes ("Queen of Pop"), whatever the sentence before said
	}
	a.grade(&q, si)
	a.quotes = append(a.quotes, q)
	a.para = append(a.para, pi)
}

// copulas before a one-word quotation make it the quoted predicate of a
// reported clause: "said the singer was “relieved”".
var copulas = set("was", "is", "were", "are", "be", "been", "felt", "feels", "feel", "seemed", "seems", "looked",
	"looks", "remains", "remained", "became", "sounded", "appeared")

// objectOnly reports whether tokens [i,j) are at most max words, no
// mark among them: "called [the fundraising claims] “desperate”".
func (a *annot) objectOnly(i, j, max int) bool {
	if j-i > max {
		return false
	}
	for k := i; k < j; k++ {
		if a.Tokens[k].Kind != hearsay.Word || a.inQ[k] {
			return false
		}
	}
	return true
}

// qualifiesNoun reports whether the word after a one-word quotation (nt,
// next in lower case) is the noun it qualifies ("a “friendly” chat"):
// a lower-case word that is no conjunction or preposition.
func (a *annot) qualifiesNoun(nt int, next string) bool {
	return next != "" && a.Tokens[nt].Kind == hearsay.Word && !a.Tokens[nt].Cap && !prepositions[next] && !clauseJoins[next] && next != "or"
}

// verdictCues call something by a word: "called it “shameful”".
var verdictCues = set("called", "calls", "calling", "branded", "brands", "labelled", "labeled", "deemed", "termed")

// cueBefore returns the token index of a cue in sentence si before token
// pt with no other quotation between, or -1.
func (a *annot) cueBefore(pt, si int) int {
	s := a.Sentences[si]
	for i := pt; i >= s.Tokens[0] && i > pt-12; i-- {
		if a.inQ[i] {
			return -1
		}
		if a.isCue(i) && !a.negated(i) {
			return i
		}
	}
	return -1
}

// jointSpeakers makes two people named together the speaker when
// mention m is the second ("Ben Affleck and Jennifer Garner said in a
// joint statement"): the pair's entity, when the text refers to them as
// one, and reports whether it did.
func (a *annot) jointSpeakers(q *hearsay.Quote, m, lo int) bool {
	mm := a.Mentions[m]
	if mm.Kind != hearsay.Name || mm.Type != hearsay.Person || mm.Entity < 0 {
		return false
	}
	k := a.prevTok(mm.Start)
	if k < 1 || a.low[k] != "and" || a.Tokens[k].Start < lo {
		return false
	}
	p := a.mentionEndingAt(a.Tokens[k-1].End)
	if p < 0 || a.Mentions[p].Kind != hearsay.Name || a.Mentions[p].Type != hearsay.Person || a.Mentions[p].Entity < 0 ||
		a.Mentions[p].Entity == mm.Entity || a.Mentions[p].Start < lo {
		return false
	}
	// the pair opens its clause: nothing but a mark before it
	if b := a.prevTok(a.Mentions[p].Start); b >= 0 && a.Tokens[b].Start >= lo && a.Tokens[b].Kind == hearsay.Word {
		return false
	}
	sp := &hearsay.Speaker{Span: hearsay.Span{Start: a.titleStart(a.Mentions[p].Start), End: mm.End}, Mention: -1, Entity: -1}
	if a.pairs == nil {
		a.pairs = map[[2]int]int{}
		for ei, e := range a.Entities {
			if len(e.Members) == 2 {
				x, y := e.Members[0], e.Members[1]
				if _, dup := a.pairs[[2]int{min(x, y), max(x, y)}]; !dup {
					a.pairs[[2]int{min(x, y), max(x, y)}] = ei // the first such group
				}
			}
		}
	}
	x, y := a.Mentions[p].Entity, mm.Entity
	if ei, ok := a.pairs[[2]int{min(x, y), max(x, y)}]; ok {
		sp.Entity = ei
	}
	q.Speaker = sp
	return true
}

// negated reports whether the cue at i is denied: "has not commented",
// "never said", "has yet to comment".
func (a *annot) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch a.low[k] {
		case "not", "n't", "never", "yet":
			return true
		}
		if a.Tokens[k].Kind != hearsay.Word {
			return false
		}
	}
	return false
}

// thatCues attribute a belief, a fear or a recommendation when "that"
// follows: "Smith believes that …", "the minister has recommended that
// …" (the reporting verbs of Krestel et al. 2008 that the cue lexicon
// leaves out; kept here, not in lexicon/cues.txt, whose words are a
// feature of the name tagger).
var thatCues = set("believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared",
	"hope", "hopes", "hoped", "worry", "worries", "worried", "recommend", "recommends", "recommended",
	"estimate", "estimates", "estimated", "predict", "predicts", "predicted", "warn", "warns", "warned",
	"argue", "argues", "argued")

// extraCues are verbs of saying the cue lexicon leaves out (kept here, not
// in lexicon/cues.txt, whose words are a feature of the name tagger).
var extraCues = set("cautioned", "cautions", "cautioning", "reiterated", "reiterates", "emphasised", "emphasized",
	"emphasises", "emphasizes", "underlined", "underlines", "recounted", "recounts", "reaffirmed", "reaffirms",
	"conceding", "stressing", "captioning", "captioned", "testified", "testifies", "testifying", "signaled", "signalled",
	"signaling", "signalling", "signals")

// verdictVerbs are cues of a quoted word or phrase, with no clause after
// them: "calling the ruling “an outrage”", "dismissed it as
// “provocative”".
var verdictVerbs = set("calling", "branding", "labelling", "labeling", "dismissed", "dismissing", "hailed",
	"hailing", "praised", "praising", "condemned", "condemning", "criticised", "criticized", "derided", "mocked")

// isCue reports whether token i is a cue verb (or "according" in
// "according to").
func (a *annot) isCue(i int) bool {
	w := a.low[i]
	if w == "according" {
		return i+1 < len(a.low) && a.low[i+1] == "to"
	}
	if w == "put" && i+2 < len(a.low) && a.low[i+1] == "it" && (a.low[i+2] == ":" || a.low[i+2] == "," || a.low[i+2] == ".") {
		return true // "as one insider put it: “…”"
	}
	if p, ok := particleCues[w]; ok && i+1 < len(a.low) && a.low[i+1] == p && i > 0 && a.Tokens[i-1].Kind == hearsay.Punct {
		return true // "“…,” I put in", "“…,” broke in a thin, elderly gentleman", "’ went on Sir Henry"
	}
	if a.class(i)&qCue == 0 {
		return false
	}
	// "would continue “until Brussels listens”": continue is a cue only
	// as "he continued, “…”", not right before a quotation's mark
	if strings.HasPrefix(w, "continu") && i+1 < len(a.low) && a.inQ[i+1] && !a.inQ[i] {
		return false
	}
	if thatCues[w] && !lexicon.Cues().Has(w) && !(i+1 < len(a.low) && a.low[i+1] == "that") {
		return false // "hopes to win", "believes in"
	}
	if (w == "show" || w == "shows") && !a.showVerb(i) {
		return false // "her Toronto show"
	}
	if i > 0 && nounCues[w] && (determinerBefore[a.low[i-1]] || a.Tokens[i-1].Cap || a.afterPastVerb(i)) {
		return false // "an Instagram post", "the statement", "exchanged vows": a noun, not the verb
	}
	if a.possessedNoun(i) || i > 0 && nounCues[w] && nounAfter[a.low[i-1]] {
		return false // "Apple has plans to …", "dismissed claims of a feud": a noun
	}
	if i+1 < len(a.low) && (finiteVerbs[a.low[i+1]] || a.low[i+1] == "remained" || a.low[i+1] == "remains") {
		return false // "demand had been softer", "demand remained strong": a noun, the subject of its own verb
	}
	if i > 0 && passiveAux[a.low[i-1]] && (w == "said" || w == "reported" || w == "believed" || w == "thought" || w == "understood" || w == "rumoured" || w == "rumored") {
		return false // "is said to be “furious”": a hedge, nobody's cue
	}
	return a.Tokens[i].Kind == hearsay.Word && !a.Tokens[i].Cap ||
		a.Tokens[i].Cap && i > 0 && a.Tokens[i-1].Kind == hearsay.Punct
}

// Word classes, looked up once a token (annot.class).
const (
	qCue          uint8 = 1 << iota // a cue verb (lexicon.Cues)
	qHedge                          // a one-word hedge
	qHedgeStart                     // the first word of a several-word hedge
	qBooster                        // a one-word booster
	qBoosterStart                   // the first word of a several-word booster
	qReport                         // a reporting verb (reportVerbs)
)

var (
	qClassesOnce sync.Once
	qClasses     *strtab.Table[uint8]
)

func loadQClasses() {
	m := map[string]uint8{}
	for w := range lexicon.Cues() {
		m[w] |= qCue
	}
	for w := range thatCues {
		m[w] |= qCue
	}
	for w := range extraCues {
		m[w] |= qCue | qReport
	}
	for w := range verdictVerbs {
		m[w] |= qCue
	}
	for _, set := range []struct {
		words       lexicon.Set
		word, start uint8
	}{{lexicon.Hedges(), qHedge, qHedgeStart}, {lexicon.Boosters(), qBooster, qBoosterStart}} {
		for w := range set.words {
			if f, _, phrase := strings.Cut(w, " "); phrase {
				m[f] |= set.start
			} else {
				m[w] |= set.word
			}
		}
	}
	for w := range reportVerbs {
		m[w] |= qReport
	}
	qClasses = strtab.MustNew(m)
}

// class returns token i's word classes, looked up once.
func (a *annot) class(i int) uint8 { return a.cls.At(i) }

// orgNouns stand for the organisation the text last named.
var orgNouns = set("the company", "the firm", "the group", "the retailer", "the carmaker", "the bank", "the airline",
	"the studio", "the label", "the network", "the club", "the team", "the company's", "the tech giant", "the startup",
	"the agency", "the ministry", "the department", "the council", "the party", "the organisation", "the organization",
	"the corporation", "the broadcaster", "the publisher", "the union", "the league", "the federation",
	"the planemaker", "the automaker", "the chipmaker", "the drugmaker", "the lender", "the insurer", "the streamer",
	"the manufacturer", "the conglomerate", "the regulator", "the operator", "the supplier", "the developer")

// outletOrgNouns stand for an organisation that may be a news outlet:
// "the corporation" after "the BBC".
var outletOrgNouns = set("the corporation", "the broadcaster", "the network", "the publisher")

// recentOrg returns the entity of the last organisation named before off,
// within the three sentences up to si, or -1.
func (a *annot) recentOrg(off, si int, outlets bool) int {
	lo := a.Sentences[max(0, si-3)].Start
	for mi := sort.Search(len(a.Mentions), func(i int) bool { return a.Mentions[i].Start >= off }) - 1; mi >= 0; mi-- {
		m := a.Mentions[mi]
		if m.End <= lo {
			break
		}
		if m.Type == hearsay.Org && m.Kind == hearsay.Name && m.Entity >= 0 && (outlets || !isOutlet(a.Text[m.Start:m.End])) {
			return m.Entity
		}
	}
	return -1
}

// lastOrgSpeaker returns the organisation that speaks the latest quote
// before off, when its cue is in sentence si or the two before; else -1.
func (a *annot) lastOrgSpeaker(off, si int) int {
	lo := a.Sentences[max(0, si-2)].Start
	for k := len(a.quotes) - 1; k >= 0; k-- {
		p := a.quotes[k]
		if p.Cue == nil || p.Cue.Start >= off {
			continue
		}
		if p.Cue.Start < lo {
			break
		}
		if sp := p.Speaker; sp != nil && sp.Entity >= 0 && sp.Entity < len(a.Entities) && a.Entities[sp.Entity].Type == hearsay.Org {
			return sp.Entity
		}
	}
	return -1
}

// accuseVerbs put a charge or a label on their object in the subject's
// words: "accuses Baldoni of ‘smear campaign’".
var accuseVerbs = set("accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming",
	"brand", "brands", "branded", "branding", "slam", "slams", "slammed", "slamming", "blast", "blasts", "blasted")

// nounCues are cue verbs that are nouns as often: after a determiner or a
// name they are the noun.
var nounCues = set("post", "posts", "tweet", "tweets", "statement", "comment", "comments", "message", "caption",
	"note", "reply", "video", "story", "update", "claim", "claims", "report", "reports", "call", "remark", "remarks",
	"statements", "messages", "replies", "notes", "captions", "vows", "vow", "pledges", "promises", "warnings")

var determinerBefore = set("a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that", "latest", "new", "recent")

func (a *annot) cueSpan(i int) *hearsay.Span {
	s := a.Tokens[i].Span
	if p, ok := particleCues[a.low[i]]; i+1 < len(a.Tokens) && (a.low[i] == "according" || ok && a.low[i+1] == p) {
		s.End = a.Tokens[i+1].End // "according to", "put in", "went on"
	}
	return &s
}

// pastAside returns the token after an adverb phrase set off by commas
// at token i ("…, more softly, a young wife"), or i.
func (a *annot) pastAside(i, end int) int {
	if i >= end || a.low[i] != "," {
		return i
	}
	for k := i + 1; k < end && k <= i+4; k++ {
		w := a.low[k]
		if w == "," {
			if k > i+1 {
				return k + 1
			}
			return i
		}
		if a.Tokens[k].Kind != hearsay.Word || !strings.HasSuffix(w, "ly") && w != "more" && w != "less" && w != "very" && w != "so" && w != "rather" {
			return i
		}
	}
	return i
}

// possessedNoun reports whether the cue word at i is a noun that is had:
// "Apple has plans to …", "no hopes of".
func (a *annot) possessedNoun(i int) bool {
	switch a.low[i] {
	case "plans", "hopes", "claims", "fears":
		if i > 0 {
			switch a.low[i-1] {
			case "has", "have", "had", "no":
				return true
			}
		}
	}
	return false
}

// headline reports whether sentence sent is a paragraph of its own with
// no full stop: a headline.
func (a *annot) headline(sent hearsay.Sentence) bool {
	p := a.Paragraphs[sent.Paragraph]
	last := a.low[sent.Tokens[1]-1]
	return p.Start == sent.Start && p.End == sent.End && last != "." && last != "!" && last != "?" && !a.inQ[sent.Tokens[1]-1]
}

// sameCue gives q the speaker of the quotation before it that the cue at
// token c attributed: a quotation the attribution sits between ("“Ah,
// but,” interposed a young wife, holding a child by the hand, “let her
// cover the mark”") goes on in the same voice. It reports whether it
// did.
func (a *annot) sameCue(q *hearsay.Quote, c int) bool {
	k := len(a.quotes) - 1
	if k < 0 {
		return false
	}
	p := a.quotes[k]
	if p.Cue == nil || p.Speaker == nil || p.Cue.Start != a.Tokens[c].Start || p.End > q.Start {
		return false
	}
	sp := *p.Speaker
	q.Speaker, q.Cue = &sp, p.Cue
	return true
}

// particleCues are cues with a particle after them: "“…,” I put in",
// "broke in a thin, elderly gentleman", "‘…,’ went on Sir Henry".
var particleCues = map[string]string{"put": "in", "broke": "in", "chimed": "in", "cut": "in", "went": "on"}

// attribute finds the cue and the speaker of q.
func (a *annot) attribute(q *hearsay.Quote, r raw, si, pt, nt int) {
	sent := a.Sentences[si]
	// 1. a cue right before the opening mark: "X said, “", "posted on Instagram, “"
	if pt >= 0 {
		if c := a.cueBefore(pt, si); c >= 0 && (a.low[pt] == "," || a.low[pt] == ":" || q.Kind == hearsay.Partial || c == pt) {
			if a.sameCue(q, c) || a.speakerFor(q, c, sent, r) {
				return
			}
		}
	}
	// 2. a cue right after the closing mark: "…,” she said", "…,” said Smith"
	end := sent.Tokens[1]
	reach, nextSentence := 10, false
	if es := a.SentenceAt(r.close - 1); es >= 0 {
		end = a.Sentences[es].Tokens[1]
		if nt >= end && es+1 < len(a.Sentences) && a.Sentences[es+1].Paragraph == sent.Paragraph && q.Kind == hearsay.Direct {
			// the sentence split after the closing mark: “Go.” she said
			// (its attribution opens the next sentence: not "… .” The
			// new iPhone was praised by Jobs")
			end = a.Sentences[es+1].Tokens[1]
			reach, nextSentence = 4, true
		}
	}
	// (a name counts as one word: "…,” lead author Dr. Mingyang Song of
	// the Harvard T.H. Chan School of Public Health said")
	for i, steps := nt, 0; i < end && steps < reach; i, steps = i+1, steps+1 {
		if a.inQ[i] {
			break
		}
		if mi := a.mentionStarting(i); mi >= 0 && !nextSentence {
			if last := a.TokenAt(a.Mentions[mi].End - 1); last > i && last < end {
				i = last
			}
		}
		// "“deeply hurt” that his father has not responded": a cue
		// denied says nothing
		if w := a.low[i]; w == "not" || w == "n't" || w == "never" || w == "that" && i == nt || i == nt && subordinators[w] {
			break // (nor a clause of its own: "“ruin her career” if she complained")
		}
		if a.isCue(i) {
			// "… this year.” Another insider added that …": a next
			// sentence's cue with a clause of its own reports that
			if nextSentence && i+1 < end && (a.low[i+1] == "that" || subjectPronouns[a.low[i+1]]) {
				break
			}
			cs := sent
			if k := a.SentenceAt(a.Tokens[i].Start); k >= 0 {
				cs = a.Sentences[k]
			}
			if a.speakerFor(q, i, cs, r) {
				return
			}
			break
		}
	}
	// 2b. a quotation that ends its paragraph, and a short next paragraph
	// that is its attribution: "“…?”\nI asked again."
	// (not when an earlier quotation of this paragraph has its speaker:
	// `“…,” Lopez said. “We believe …”` goes on in her voice, whatever
	// the next paragraph opens with)
	earlier := len(a.quotes) > 0 && a.para[len(a.quotes)-1] == sent.Paragraph && a.quotes[len(a.quotes)-1].Speaker != nil
	if pi := sent.Paragraph; !earlier && pi+1 < len(a.Paragraphs) && a.prevTok(a.Paragraphs[pi].End) >= 0 &&
		a.Tokens[a.prevTok(a.Paragraphs[pi].End)].End <= r.close {
		np := a.Paragraphs[pi+1]
		if ns := a.SentenceAt(np.Start); ns >= 0 {
			s2 := a.Sentences[ns]
			// (or one that opens with the attribution of another
			// quotation: "‘Ah!’ / I said, ‘I thought you would …’")
			short := s2.Tokens[1]-s2.Tokens[0] <= 12
			for i := s2.Tokens[0]; i < s2.Tokens[1] && i < s2.Tokens[0]+4; i++ {
				if a.inQ[i] {
					break
				}
				if a.isCue(i) && !a.negated(i) && (short || i+2 < s2.Tokens[1] && a.low[i+1] == "," && a.inQ[i+2] && a.Tokens[i+2].Kind == hearsay.Punct) {
					if a.speakerFor(q, i, s2, raw{open: r.open, close: np.Start}) {
						return
					}
					break
				}
			}
		}
	}
	// 3. a partial quote: a cue earlier in the sentence, else the nearest
	// person before it
	if q.Kind == hearsay.Partial {
		for i := pt; i >= sent.Tokens[0]; i-- {
			if !a.inQ[i] && a.isCue(i) && !a.negated(i) {
				if a.sameCue(q, i) || a.speakerFor(q, i, sent, r) {
					return
				}
				break
			}
		}
		m := a.mentionBefore(r.open, sent.Start)
		if m >= 0 && a.Mentions[m].Kind == hearsay.Pronoun && objectPronouns[lexicon.Lower(a.Text[a.Mentions[m].Start:a.Mentions[m].End])] {
			// "filed a lawsuit accusing him of creating a “hostile”
			// workplace": not the one accused, the sentence's subject
			if s := a.subjectAt(sent); s >= 0 && a.Mentions[s].End <= r.open && a.Mentions[s].Type == hearsay.Person {
				m = s
			}
		}
		// "Blake Lively's lawyers accuse Justin Baldoni of ‘smear
		// campaign’": not the one accused, the accuser, by that verb
		if m >= 0 {
			if v := a.prevTok(a.Mentions[m].Start); v >= 0 && accuseVerbs[a.low[v]] && !a.inQ[v] {
				if s := a.subjectAt(sent); s >= 0 && s != m && a.Mentions[s].End <= a.Tokens[v].Start {
					a.setSpeaker(q, s)
					q.Cue = &a.Tokens[v].Span
					return
				}
			}
		}
		if m >= 0 {
			a.setSpeaker(q, m)
			// "In her speech, she dedicated the award to “…”": the speech
			// is the cue
			for i := sent.Tokens[0]; i+2 < pt; i++ {
				if a.low[i] != "in" || a.inQ[i] {
					continue
				}
				k := i + 1
				if determinerBefore[a.low[k]] {
					k++
				}
				if speechNouns[a.low[k]] {
					q.Cue = &a.Tokens[k].Span
					break
				}
			}
			return
		}
	}
	// 3b. a quotation at the start of its sentence: the sentence before it
	// in the paragraph has a cue ("Smith told the hearing the deal was
	// dead. “There is nothing left.”"), or ends with a colon
	if q.Kind == hearsay.Direct && si > 0 && a.Sentences[si-1].Paragraph == sent.Paragraph && pt >= 0 && pt < sent.Tokens[0] {
		ps := a.Sentences[si-1]
		for i := ps.Tokens[1] - 1; i >= ps.Tokens[0]; i-- {
			if a.inQ[i] {
				break
			}
			if a.isCue(i) {
				if a.sameCue(q, i) || a.speakerFor(q, i, ps, raw{open: r.open, close: r.close}) {
					return
				}
				break
			}
		}
	}
	// 3c. "Prince Harry: ‘…’": the colon is the cue and the subject of its
	// sentence the speaker
	if pt >= 0 && a.low[pt] == ":" && !a.inQ[pt] && a.colonSpeaker(q, pt) {
		return
	}
	// 4. the speaker of an earlier quotation in this paragraph, or of a
	// paragraph that ends with "said:"
	pi := sent.Paragraph
	if k := len(a.quotes) - 1; k >= 0 && a.para[k] == pi && a.quotes[k].Speaker != nil {
		sp := *a.quotes[k].Speaker
		q.Speaker = &sp
		q.Cue = a.quotes[k].Cue
		return
	}
	if pi > 0 && a.atParagraphStart(r, pi) {
		pp := a.Paragraphs[pi-1]
		if lt := a.prevTok(pp.End); lt >= 0 && a.low[lt] == ":" {
			ps := a.SentenceAt(a.Tokens[lt].Start)
			for i := lt; i >= a.Sentences[ps].Tokens[0]; i-- {
				if !a.inQ[i] && a.isCue(i) {
					if a.speakerFor(q, i, a.Sentences[ps], r) {
						return
					}
					break
				}
			}
			if a.colonSpeaker(q, lt) {
				return
			}
		}
		// 5. dialogue: the one the quotation before addressed answers
		// ("“… the Spanish Armada, Katharine?” her mother demanded. /
		// “Trafalgar, mother.”"), else turns alternate between two
		// speakers
		// (a quotation may run over lines that are paragraphs of their
		// own: its last line counts)
		if k := len(a.quotes) - 1; k >= 0 && a.reaches(k, pi-1) {
			if m := a.addressee(a.quotes[k]); m >= 0 && (a.quotes[k].Speaker == nil || a.quotes[k].Speaker.Entity != a.Mentions[m].Entity) {
				a.setSpeaker(q, m)
				return
			}
		}
		if k := len(a.quotes) - 1; k >= 0 && a.reaches(k, pi-1) && a.onlyQuotes(pi) {
			// the last quotation of the paragraph before that
			k2 := k - 1
			for k2 >= 0 && a.para[k2] == pi-1 {
				k2--
			}
			// (a turn of dialogue is a quotation with at most its
			// attribution: a paragraph that tells more is narration, whose
			// speaker the next paragraph of quotation goes on with)
			if k2 >= 0 && a.para[k2] == pi-2 && a.wordsOutside(pi-1) <= 8 {
				s1, s2 := a.quotes[k].Speaker, a.quotes[k2].Speaker
				if s1 != nil && s2 != nil && !a.sameSpeaker(s1, s2) {
					sp := *s2
					q.Speaker = &sp
				}
			} else if s1 := a.quotes[k].Speaker; s1 != nil && a.quotes[k].Kind == hearsay.Direct {
				// no dialogue before it: a news story's next paragraph of
				// quotation goes on in the same voice ("“I am not going
				// anywhere,” Jane Doe said. / “This is my home.”")
				sp := *s1
				q.Speaker, q.Cue = &sp, a.quotes[k].Cue
			}
		}
	}
	// 6. a quotation with no cue in a paragraph that names who acts in
	// it: the person its sentence, or the one before it in the paragraph,
	// opens with ("Mrs. Hall turned. “Your lunch is served, sir.”")
	if q.Speaker == nil && q.Kind == hearsay.Direct {
		// (or, for a paragraph of quotation only, the last sentence of a
		// paragraph of narration before it: "Mrs. Hilbery turned to her
		// daughter. / “Would it be Trafalgar, Katharine?”")
		narrated := si > 0 && a.Sentences[si-1].Paragraph == sent.Paragraph-1 && a.onlyQuotes(sent.Paragraph) &&
			(len(a.quotes) == 0 || a.para[len(a.quotes)-1] < sent.Paragraph-1)
		for _, k := range []int{si, si - 1} {
			if k < 0 || a.Sentences[k].Paragraph != sent.Paragraph && !(k == si-1 && narrated) {
				continue
			}
			if m := a.subjectAt(a.Sentences[k]); m >= 0 && a.Mentions[m].Type == hearsay.Person && a.Mentions[m].Entity >= 0 &&
				(a.Mentions[m].End <= r.open || a.Mentions[m].Start >= r.close) {
				a.setSpeaker(q, m)
				return
			}
		}
	}
}

// addressee returns the mention of the person quotation q addresses by
// name ("…, Katharine?", "Mr. Denham, are you …"): a name set off by a
// comma before it and a comma or an end mark after it, the last one; or
// -1.
func (a *annot) addressee(q hearsay.Quote) int {
	ms := a.Mentions
	best := -1
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= q.Start }); k < len(ms) && ms[k].End <= q.End; k++ {
		m := ms[k]
		if m.Kind != hearsay.Name || m.Type != hearsay.Person || m.Entity < 0 {
			continue
		}
		b, e := a.prevTok(a.titleStart(m.Start)), a.TokenAt(m.End-1)+1
		before := b < 0 || a.Tokens[b].End <= q.Start || a.low[b] == ","
		after := e >= len(a.Tokens) || a.Tokens[e].Start >= q.End || a.low[e] == "," || a.low[e] == "?" || a.low[e] == "!" || a.low[e] == "."
		if before && after {
			best = k
		}
	}
	return best
}

func (a *annot) sameSpeaker(x, y *hearsay.Speaker) bool {
	if x.Entity >= 0 || y.Entity >= 0 {
		return x.Entity == y.Entity
	}
	return strings.EqualFold(a.Text[x.Start:x.End], a.Text[y.Start:y.End])
}

// colonSpeaker attributes q to the subject of the sentence ending in the
// colon at token c ("Senator Lopez released a statement:"), the colon
// being the cue. The subject must open the sentence.
func (a *annot) colonSpeaker(q *hearsay.Quote, c int) bool {
	cs := a.SentenceAt(a.Tokens[c].Start)
	if cs < 0 {
		return false
	}
	s := a.Sentences[cs]
	m := a.mentionAt(s.Start, s.End)
	if m >= 0 && a.Mentions[m].Kind != hearsay.Name && a.Mentions[m].Start != s.Start {
		m = -1
	}
	if m < 0 || a.titleStart(a.Mentions[m].Start) != s.Start || a.Mentions[m].End > a.Tokens[c].Start {
		return false
	}
	cue := a.Tokens[c].Span
	q.Cue = &cue
	a.setSpeaker(q, m)
	return true
}

// atParagraphStart reports whether r opens paragraph pi.
func (a *annot) atParagraphStart(r raw, pi int) bool { return r.open == a.Paragraphs[pi].Start }

// onlyQuotes reports whether paragraph pi is all quotation, no narration.
func (a *annot) onlyQuotes(pi int) bool { return a.wordsOutside(pi) == 0 }

// reaches reports whether quotation k starts or ends in paragraph pi.
func (a *annot) reaches(k, pi int) bool {
	return a.para[k] == pi || a.ParagraphAt(a.quotes[k].End-1) == pi
}

// wordsOutside counts the words of paragraph pi outside quotation marks.
func (a *annot) wordsOutside(pi int) int {
	p := a.Paragraphs[pi]
	n := 0
	for i := a.TokenAt(p.Start); i < len(a.Tokens) && a.Tokens[i].End <= p.End; i++ {
		if !a.inQ[i] && a.Tokens[i].Kind == hearsay.Word {
			n++
		}
	}
	return n
}

// speakerFor sets q's cue to token c and its speaker to the cue's subject,
// reporting whether a speaker was found.
func (a *annot) speakerFor(q *hearsay.Quote, c int, sent hearsay.Sentence, r raw) bool {
	if !a.speakerAt(q, c, sent, r) {
		return false
	}
	a.citedSource(q, c, sent)
	return true
}

// citedSource makes the source an outlet cites right after its cue the
// speaker, the outlet passing the claim on: "…, Bloomberg News reported
// on Tuesday, citing people familiar with the matter" is the people's
// claim, via Bloomberg News.
func (a *annot) citedSource(q *hearsay.Quote, c int, sent hearsay.Sentence) {
	sp := q.Speaker
	if sp == nil {
		return
	}
	org := sp.Entity
	if org < 0 {
		// "Bloomberg News earlier reported": a phrase around the outlet's name
		if m := a.orgMentionAt(a.TokenAt(sp.Start)); m >= 0 {
			org = a.Mentions[m].Entity
		}
	}
	if org < 0 || a.Entities[org].Type != hearsay.Org {
		return
	}
	end := sent.Tokens[1]
	k := a.skipTime(c+1, end)
	if k+2 >= end || a.low[k] != "," || a.low[k+1] != "citing" {
		return
	}
	m := a.mentionAt(a.Tokens[k+2].Start, a.Tokens[min(k+3, end-1)].End)
	if m < 0 || a.Mentions[m].Type != hearsay.Person {
		return
	}
	a.setSpeaker(q, m)
	q.Via = append([]int{org}, slices.DeleteFunc(q.Via, func(e int) bool { return e == org })...)
}

// speakerAt finds the speaker of q for the cue at token c.
func (a *annot) speakerAt(q *hearsay.Quote, c int, sent hearsay.Sentence, r raw) bool {
	cue := a.cueSpan(c)
	if a.low[c] == "according" || a.low[c] == "per" {
		// "according to X", "per a statement from the league"
		np := c + 2
		if a.low[c] == "per" {
			np = c + 1
		}
		if np >= sent.Tokens[1] {
			return false
		}
		if m := a.mentionAt(a.Tokens[np].Start, sent.End); m >= 0 {
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
		// "according to Glendale Police Department spokesperson Sgt.
		// Marisa Lopez": the organisation and role before the name
		if m := a.namedAfterRole(np, sent); m >= 0 {
			q.Cue = cue
			a.setSpeaker(q, m)
			q.Speaker.Start = a.Tokens[np].Start
			return true
		}
		if sp := a.npAfter(np, sent); sp != nil {
			q.Cue, q.Speaker = cue, sp
			return true
		}
		return false
	}
	// "Court papers obtained by TMZ show that …": the papers, which TMZ
	// passes on
	if j := a.beforeBetween(c, sent.Start); c > 3 && j > 0 {
		// (past an auxiliary: "Economists polled by Reuters had expected")
		if m := a.mentionEndingAt(a.Tokens[j].End); m >= 0 && a.Mentions[m].Type == hearsay.Org && a.Mentions[m].Entity >= 0 {
			if k := a.TokenAt(a.Mentions[m].Start) - 1; k >= 2 && a.low[k] == "by" && obtainedBy[a.low[k-1]] {
				if sp := a.npBefore(k-1, sent.Start); sp != nil {
					q.Cue, q.Speaker = cue, sp
					q.Via = appendOnce(q.Via, a.Mentions[m].Entity)
					return true
				}
			}
		}
	}
	// "The new iPhone was praised by Jobs as “…”": the passive's agent
	if c > 0 && passiveAux[a.low[c-1]] && c+2 < sent.Tokens[1] && a.low[c+1] == "by" && a.low[c] != "quoted" {
		if m := a.mentionAt(a.Tokens[c+2].Start, a.Tokens[min(c+4, sent.Tokens[1]-1)].End); m >= 0 &&
			(a.Mentions[m].Type == hearsay.Person || a.Mentions[m].Type == hearsay.Org) {
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
	}
	// "Detik.com quoted Djamal as saying", "The Sun quoted a source as
	// saying that …": the one quoted is the speaker (the outlet joins the
	// chain, see via)
	if a.low[c] == "saying" && c >= 3 && a.low[c-1] == "as" {
		if m := a.mentionEndingAt(a.Tokens[c-2].End); m >= 0 && a.Mentions[m].Type == hearsay.Person {
			if k := a.TokenAt(a.titleStart(a.Mentions[m].Start)) - 1; k >= 0 && (a.low[k] == "quoted" || a.low[k] == "cited") {
				q.Cue = cue
				a.setSpeaker(q, m)
				return true
			}
		}
		// a name the tagger missed: the words between "quoted" and "as"
		for k := c - 2; k >= 0 && k >= c-5 && a.Tokens[k].Kind == hearsay.Word && !a.inQ[k]; k-- {
			if (a.low[k] == "quoted" || a.low[k] == "cited") && k > 0 && passiveAux[a.low[k-1]] {
				// "The minister was quoted by Reuters as saying": the
				// subject (the outlet joins the chain)
				if m := a.subjectBefore(a.Tokens[k-1].Start, sent.Start); m >= 0 {
					q.Cue = cue
					a.setSpeaker(q, m)
					return true
				}
				if sp := a.npBefore(k-1, sent.Start); sp != nil {
					q.Cue, q.Speaker = cue, sp
					return true
				}
				break
			}
			if a.low[k] == "quoted" || a.low[k] == "cited" {
				if k < c-2 {
					q.Cue = cue
					q.Speaker = &hearsay.Speaker{Span: hearsay.Span{Start: a.Tokens[k+1].Start, End: a.Tokens[c-2].End}, Mention: -1, Entity: -1}
					return true
				}
				break
			}
		}
	}
	// inverted order right after the quotation: "…,” said Smith" (not a
	// participle: "“cruel,” insisting the tour …")
	if a.Tokens[c].Start >= r.close && !strings.HasSuffix(a.low[c], "ing") {
		gap := a.Text[r.close:a.Tokens[c].Start]
		if strings.Trim(gap, " ,—–-\n\t") == "" {
			// (past an adverb set off by commas: "interposed, more
			// softly, a young wife")
			after := a.pastAside(a.TokenAt(cue.End-1)+1, sent.Tokens[1])
			from := cue.End
			if after < len(a.Tokens) {
				from = max(from, a.Tokens[after].Start-1)
			}
			if m := a.mentionAt(from, sent.End); m >= 0 && a.titleStart(a.Mentions[m].Start)-from <= 1 {
				q.Cue = cue
				a.setSpeaker(q, m)
				return true
			}
			// "…,” said lead author Dr. Peter Kistler": a role in lower
			// case, then the titled name
			if k := a.roleWordsAt(after, sent.Tokens[1]); k > after {
				if m := a.mentionAt(a.Tokens[k].Start, sent.End); m >= 0 && a.titleStart(a.Mentions[m].Start) == a.Tokens[k].Start {
					q.Cue = cue
					a.setSpeaker(q, m)
					q.Speaker.Start = a.Tokens[after].Start
					return true
				}
			}
			if sp := a.npAfter(after, sent); sp != nil {
				q.Cue, q.Speaker = cue, sp
				return true
			}
		}
	}
	// ", adding that …" right after a claim, or "… and warned that …":
	// that claim's speaker
	if a.Tokens[c].Start < r.open && (participleCues[a.low[c]] || c > 0 && (a.low[c-1] == "and" || a.low[c-1] == "but")) {
		if p := a.claimBefore(a.Tokens[c].Start, sent); p != nil && p.Speaker != nil {
			sp := *p.Speaker
			q.Cue, q.Speaker = cue, &sp
			return true
		}
	}
	// "the singer thanked her parents and joked that …": a second verb of
	// the sentence's subject, not of the object before it
	if c > 1 && (a.low[c-1] == "and" || a.low[c-1] == "but") && !a.inQ[c-1] {
		subj := a.subjectAt(sent)
		if m := subj; m >= 0 && a.Mentions[m].End <= a.Tokens[c-1].Start && (a.Mentions[m].Type == hearsay.Person || a.Mentions[m].Type == hearsay.Org) {
			// the outermost mention there: "Biden campaign spokesman"
			// (Michael Tyler's), not "Biden"
			for k := m + 1; k < len(a.Mentions) && a.Mentions[k].Start == a.Mentions[m].Start; k++ {
				if a.Mentions[k].End > a.Mentions[m].End && a.Mentions[k].End <= a.Tokens[c-1].Start && a.Mentions[k].Type == hearsay.Person {
					m = k
				}
			}
			// its name, when a role opens it ("A White House spokeswoman,
			// Karoline Leavitt,")
			for k := m + 1; k < len(a.Mentions) && a.Mentions[k].End <= a.Tokens[c-1].Start && a.Mentions[k].Start < a.Mentions[m].End+40; k++ {
				if a.Mentions[k].Kind == hearsay.Name && a.Mentions[k].Entity >= 0 && a.Mentions[k].Entity == a.Mentions[m].Entity {
					m = k
					break
				}
			}
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
		// "A club statement thanked Postecoglou … and said …": a subject
		// no mention covers, before the first verb
		if subj < 0 || a.Mentions[subj].Start > a.Tokens[a.afterDateline(sent)].Start {
			if sp := a.subjectNP(sent, c-1); sp != nil {
				q.Cue, q.Speaker = cue, sp
				return true
			}
		}
	}
	// the subject: the nearest mention before the cue, after the
	// quotation when the cue follows it
	lo := sent.Start
	if a.Tokens[c].Start >= r.close {
		lo = r.close
	} else if k := a.prevQuoteEnd(a.Tokens[c].Start); k > lo {
		lo = k
	}
	// a clause of its own after ", and" / ", but": its subject is there
	// ("Djamal believes in open skies, and the airline hopes to …")
	for k := c - 2; k > 0 && a.Tokens[k].Start > lo; k-- {
		if a.inQ[k] {
			break
		}
		if clauseJoins[a.low[k]] && a.low[k-1] == "," {
			lo = a.Tokens[k].End
			break
		}
	}
	// "Clinton's campaign said", "The Trump administration argued": the
	// group a name qualifies, not the name
	if sp := a.groupOf(c, lo); sp != nil {
		q.Cue, q.Speaker = cue, sp
		return true
	}
	// "with one writing:", "with many fans adding": the one in the
	// absolute phrase
	if strings.HasSuffix(a.low[c], "ing") && c > 1 && a.Tokens[c-1].Kind == hearsay.Word && !a.inQ[c-1] {
		for w := c - 2; w >= c-4 && w > 0; w-- {
			if a.inQ[w] || a.Tokens[w].Kind != hearsay.Word {
				break
			}
			if a.low[w] == "with" {
				if m := a.mentionAt(a.Tokens[w+1].Start, a.Tokens[c-1].End); m >= 0 && a.Mentions[m].End == a.Tokens[c-1].End {
					q.Cue = cue
					a.setSpeaker(q, m)
				} else {
					q.Cue, q.Speaker = cue, &hearsay.Speaker{Span: hearsay.Span{Start: a.Tokens[w+1].Start, End: a.Tokens[c-1].End}, Mention: -1, Entity: -1}
				}
				return true
			}
		}
	}
	// ", claiming the evaluation was skewed": a participle after a comma
	// reports for the sentence's subject ("Boeing challenged the award
	// …, claiming …"), not for a name in the clause before it ("The
	// White House defended the president's plan, saying …")
	if c > 0 && (a.low[c-1] == "," || a.low[c-1] == "before" || a.low[c-1] == "after" || a.low[c-1] == "while") && strings.HasSuffix(a.low[c], "ing") {
		// (the subject of the clause it closes: "Fans speculated …, and
		// Marsh appeared to confirm as much …, saying")
		if lo > sent.Start {
			if m := a.mentionAt(lo, a.Tokens[c].Start); m >= 0 && a.Mentions[m].Start-lo <= 1 {
				q.Cue = cue
				a.setSpeaker(q, m)
				return true
			}
		}
		if m := a.subjectAt(sent); m >= 0 && a.Mentions[m].End <= a.Tokens[c].Start {
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
		if sp := a.subjectNP(sent, c); sp != nil {
			q.Cue, q.Speaker = cue, sp // "Her team described …, insisting"
			return true
		}
		// "“We will fight this,” the governor said …, calling the ruling
		// “an outrage.”": the speaker of the quotation before it
		if p := a.quoteBefore(a.Tokens[c].Start, sent, func(p *hearsay.Quote) bool { return p.Speaker != nil }); p != nil {
			sp := *p.Speaker
			q.Cue, q.Speaker = cue, &sp
			return true
		}
		return false
	}
	// a headline's second verb after a comma: "Apple releases iPhone SDK,
	// announces upcoming update"
	// (not "…, claims Spanish outlet Marca": the subject after the cue)
	if c > sent.Tokens[0]+2 && a.low[c-1] == "," && a.headline(sent) && c+1 < sent.Tokens[1] && !a.Tokens[c+1].Cap && !npStart[a.low[c+1]] {
		m := a.mentionAt(sent.Start, a.Tokens[sent.Tokens[0]].End)
		if m < 0 {
			m = a.orgMentionAt(sent.Tokens[0])
		}
		if m >= 0 {
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
	}
	// "sued by a former assistant who claims she was …": the relative
	// pronoun's antecedent, right before it
	// (lo is a byte offset)
	if w := c - 1; w-1 >= sent.Tokens[0] && a.Tokens[w].Start > lo && (a.low[w] == "who" || strings.HasSuffix(a.low[w], "ly") && a.low[w-1] == "who") {
		if a.low[w] != "who" {
			w--
		}
		if w-1 >= sent.Tokens[0] && a.low[w-1] != "," && !a.inQ[w-1] {
			if m := a.mentionEndingAt(a.Tokens[w-1].End); m >= 0 && a.Mentions[m].Type == hearsay.Person {
				q.Cue = cue
				a.setSpeaker(q, m)
				return true
			}
			// a noun phrase the person layer does not know: back to its
			// determiner, or to the preposition or verb before it
			k := w - 1
			for k-1 >= sent.Tokens[0] && a.Tokens[k-1].Start >= lo && k > w-5 && a.Tokens[k-1].Kind == hearsay.Word && !a.inQ[k-1] &&
				!prepositions[a.low[k-1]] && !finiteVerbs[a.low[k-1]] && !strings.HasSuffix(a.low[k-1], "ed") && !determinerBefore[a.low[k]] {
				k--
			}
			if _, person := lexicon.Person(a.low[w-1]); person {
				indef := indefinite[a.low[k]]
				q.Cue = cue
				q.Speaker = &hearsay.Speaker{Span: hearsay.Span{Start: a.Tokens[k].Start, End: a.Tokens[w-1].End}, Mention: -1, Entity: -1,
					Anonymous: indef || !determinerBefore[a.low[k]]} // "a former assistant" is no one named
				return true
			}
		}
	}
	// "a report in the French magazine Public, which claimed that …": the
	// organisation the relative clause is on
	if w := c - 1; w-2 >= sent.Tokens[0] && a.Tokens[w-2].Start >= lo && a.low[w] == "which" && a.low[w-1] == "," && !a.inQ[w-2] {
		if m := a.mentionEndingAt(a.Tokens[w-2].End); m >= 0 && a.Mentions[m].Type == hearsay.Org {
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
	}
	off, nc := a.Tokens[c].Start, c
	if k := a.asideBefore(c, sent); k >= 0 && a.Tokens[k].Start > lo {
		off, nc = a.Tokens[k].Start, k // "Supporters, including several mayors, argue …"
	}
	if m := a.subjectBefore(off, lo); m >= 0 {
		q.Cue = cue
		if !a.jointSpeakers(q, m, lo) {
			a.setSpeaker(q, m)
		}
		return true
	}
	// an organisation right before the cue: "In Touch Weekly first
	// reported that …" (before an aside: "The French government, which
	// owns 11 percent of Airbus, said" is not Airbus)
	j := a.beforeBetween(nc, lo)
	if j >= 0 && a.Tokens[j].Start >= lo {
		m := a.orgMentionEnding(a.Tokens[j].End, lo)
		if m < 0 && a.low[j] == "," && j > 0 {
			// "Irish low-cost airline, Ryanair, announced today that …"
			m = a.orgMentionEnding(a.Tokens[j-1].End, lo)
			if m < 0 {
				m = a.orgBeforeAside(j, lo)
			}
		}
		if m >= 0 {
			q.Cue = cue
			a.setSpeaker(q, m)
			return true
		}
	}
	if sp := a.npBefore(nc, lo); sp != nil {
		q.Cue, q.Speaker = cue, sp
		return true
	}
	return false
}

// orgBeforeAside returns the organisation named before the appositive
// that ends with the comma at token j — "Airbus, Europe's biggest
// aircraft manufacturer, has announced", "Boeing, the planemaker, said"
// — or -1: the aside is a short phrase with no verb, mark or quotation.
func (a *annot) orgBeforeAside(j, lo int) int {
	for k := j - 1; k > 0 && k >= j-8 && a.Tokens[k].Start >= lo; k-- {
		// (a cue's word after a determiner is a noun: "the state's")
		cue := lexicon.Cues().Has(a.low[k]) && !(k > 0 && (npStart[a.low[k-1]] || a.low[k-1] == "'s" || a.low[k-1] == "’s"))
		if a.inQ[k] || finiteVerbs[a.low[k]] || cue || a.low[k] == "who" || a.low[k] == "which" {
			return -1
		}
		if a.Tokens[k].Kind == hearsay.Punct && a.low[k] != "," && a.low[k] != "'s" && a.low[k] != "’s" {
			return -1
		}
		if a.low[k] == "," {
			if k == j-1 {
				return -1
			}
			return a.orgMentionEnding(a.Tokens[k-1].End, lo)
		}
	}
	return -1
}

// beforeBetween returns the token before cue c, past the auxiliaries and
// adverbs that may stand between a subject and its cue ("has also
// said"), stopping at offset lo; it may return a token before lo, or -1.
func (a *annot) beforeBetween(c, lo int) int {
	j := c - 1
	for j >= 0 && a.Tokens[j].Start >= lo && between[a.low[j]] && !a.capitals(j) {
		j--
	}
	return j
}

// groupOf returns the subject of the cue at c when it is a group a name
// qualifies, as a possessor or a modifier ("Clinton's campaign", "the
// Trump administration", "the singer's management"), or nil.
func (a *annot) groupOf(c, lo int) *hearsay.Speaker {
	j := a.beforeBetween(c, lo)
	if j < 1 || a.Tokens[j].Start < lo || a.inQ[j] || a.Tokens[j].Cap || !groupNouns[a.low[j]] {
		return nil
	}
	k := j - 1
	// "Donald Trump's presidential campaign", "her legal team": up to
	// two words that qualify the group after the possessive
	for x := k; x > 0 && x >= j-2 && a.Tokens[x].Kind == hearsay.Word && !a.Tokens[x].Cap && !a.inQ[x]; x-- {
		if a.low[x-1] == "'s" || a.low[x-1] == "’s" {
			k = x - 1
			break
		}
	}
	if a.low[k] == "'s" || a.low[k] == "’s" {
		k--
	}
	if k < 0 || a.Tokens[k].Start < lo {
		return nil
	}
	m := a.mentionEndingAt(a.Tokens[k].End)
	if m < 0 || a.Mentions[m].Kind == hearsay.Pronoun {
		return nil
	}
	start := a.titleStart(a.Mentions[m].Start)
	if i := a.TokenAt(start); i > 0 && a.low[i-1] == "the" && a.Tokens[i-1].Start >= lo {
		start = a.Tokens[i-1].Start // "The Clinton campaign"
	}
	// "A spokesperson for the singer's team claimed": the group is the
	// object of a larger subject, whose head speaks
	if i := a.TokenAt(start); i > 0 && (a.low[i-1] == "for" || a.low[i-1] == "of") && a.Tokens[i-1].Start >= lo {
		return nil
	}
	return &hearsay.Speaker{Span: hearsay.Span{Start: start, End: a.Tokens[j].End}, Mention: -1, Entity: -1}
}

// groupNouns name a group or body that speaks for someone.
var groupNouns = set("campaign", "camp", "team", "administration", "government", "office", "family", "staff",
	"committee", "party", "management", "label", "estate", "foundation", "company")

// passiveAux make "quoted" passive: "was quoted by Reuters as saying".
var passiveAux = set("was", "is", "were", "are", "been", "be")

// clauseJoins join two main clauses after a comma.
var clauseJoins = set("and", "but", "while", "whereas", "yet", "although", "though")

// opensSentence reports whether token j is the first of its sentence.
func (a *annot) opensSentence(j int) bool {
	si := a.SentenceAt(a.Tokens[j].Start)
	return si >= 0 && a.Sentences[si].Tokens[0] == j
}

// subjectAt returns the person's or organisation's mention that opens
// sentence sent (after at most two words: "The company", "Irish airline
// Ryanair"), outside quotation marks, or -1.
func (a *annot) subjectAt(sent hearsay.Sentence) int {
	ms := a.Mentions
	first := a.afterDateline(sent)
	// "Last month, Barker posted …", "Earlier this year, Gomez told …":
	// a short time phrase and its comma
	if timeOpener(a.low[first]) {
		for k := first + 1; k < sent.Tokens[1] && k <= first+4; k++ {
			if a.low[k] == "," {
				if k+1 < sent.Tokens[1] {
					first = k + 1
				}
				break
			}
		}
	}
	for n := 0; n < 3 && (fronted[a.low[first]] || n == 0 && frontedParticiple(a.low[first]) && !a.inQ[first]); n++ {
		// "After the Air Force awarded the contract …, Boeing challenged
		// …": the main clause begins after the adverbial's comma (and
		// another's: "While introducing iPhone 4, at the annual
		// conference, Jobs started")
		k := first + 1
		for k < sent.Tokens[1] && (a.low[k] != "," || a.inQ[k]) {
			k++
		}
		if k+1 >= sent.Tokens[1] {
			return -1
		}
		first = k + 1
	}
	if first+1 < sent.Tokens[1] && (a.low[first] == "but" || a.low[first] == "and" || a.low[first] == "yet") {
		first++ // "But Rep. Lloyd Doggett became …"
	}
	lim := a.Tokens[min(first+2, sent.Tokens[1]-1)].End
	if first+2 < sent.Tokens[1] && a.low[first+1] == "." {
		lim = a.Tokens[min(first+3, sent.Tokens[1]-1)].End // past a title's dot: "Rep. Lloyd Doggett"
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a.Tokens[first].Start })
	for ; i < len(ms) && ms[i].Start < lim; i++ {
		if (ms[i].Type == hearsay.Person || ms[i].Type == hearsay.Org) && !a.inQuote(ms[i].Span) {
			// "Kardashian's sister Khloe", "Her former co-star Jason
			// Priestley": the one the possessor has
			rest := a.Text[ms[i].End:min(len(a.Text), ms[i].End+3)]
			possPronoun := ms[i].Kind == hearsay.Pronoun && possessives[lexicon.Lower(a.Text[ms[i].Start:ms[i].End])]
			if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || possPronoun {
				for k := i + 1; k < len(ms) && ms[k].Start < ms[i].End+40; k++ {
					if ms[k].Type == hearsay.Person && ms[k].End > ms[i].End+2 && !a.inQuote(ms[k].Span) {
						return k
					}
				}
			}
			return i
		}
	}
	return -1
}

// frontedParticiple reports whether w may open a sentence's participle
// phrase: "Accepting the prize, the singer …", "Asked about it, she …".
func frontedParticiple(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || w == "asked" // "Asked by TMZ whether …, he laughed and said"
}

// afterPastVerb reports whether token i (> 0) follows a verb's past form
// in lower case, no auxiliary and no compound: a cue noun there is the
// verb's object ("exchanged vows"), not a cue.
func (a *annot) afterPastVerb(i int) bool {
	p := a.low[i-1]
	return strings.HasSuffix(p, "ed") && !a.Tokens[i-1].Cap && !auxLike[p] && !strings.Contains(p, "-")
}

// showVerb reports whether "show" or "shows" at i is the verb of
// documents and figures before "that" ("court papers show that",
// "records obtained by TMZ show that"), not a show ("her Toronto show
// that night").
func (a *annot) showVerb(i int) bool {
	if i == 0 || i+1 >= len(a.low) {
		return false
	}
	if a.low[i+1] != "that" {
		// "Court documents show the guard was hit twice": records, then
		// a clause of its own
		si := a.SentenceAt(a.Tokens[i].Start)
		return si >= 0 && docNouns[a.low[i-1]] && !a.inQ[i+1] && a.npThenFinite(i+1, a.Sentences[si].Tokens[1])
	}
	p := a.low[i-1]
	if len(p) > 3 && strings.HasSuffix(p, "s") && !a.Tokens[i-1].Cap {
		return true // "papers", "documents", "figures", "records"
	}
	if m := a.mentionEndingAt(a.Tokens[i-1].End); m >= 0 {
		b := a.TokenAt(a.Mentions[m].Start) - 1
		return b >= 1 && a.low[b] == "by" && obtainedBy[a.low[b-1]]
	}
	return p == "data" || p == "evidence" || p == "research"
}

// docNouns are records that show what they hold.
var docNouns = set("documents", "records", "papers", "filings", "data", "figures", "emails", "messages", "texts",
	"polls", "studies", "surveys", "statistics", "photos", "images", "logs", "transcripts", "results", "estimates")

// speechNouns are what someone says something in: "in her speech".
var speechNouns = set("speech", "statement", "interview", "letter", "post", "tweet", "memoir", "podcast", "address",
	"remarks", "eulogy", "toast", "essay", "op-ed", "caption", "video", "message", "testimony", "sermon")

// obtainedBy are the participles between a document and the outlet
// that has it: "court papers obtained by TMZ", "emails seen by the BBC".
var obtainedBy = set("obtained", "seen", "reviewed", "viewed", "published", "released", "leaked", "filed", "polled", "surveyed")

// timeOpens reports whether token x opens a time phrase after a subject
// ("Senate Republicans on Tuesday signaled", "the company yesterday
// said"), with tokens before end to read.
func (a *annot) timeOpens(x, end int) bool {
	switch a.low[x] {
	case "yesterday", "today", "earlier", "last":
		return true
	case "on":
		return x+1 < end && (a.Tokens[x+1].Cap || a.Tokens[x+1].Kind == hearsay.Number)
	}
	return false
}

// possessives are the pronouns that possess the noun after them.
var possessives = set("his", "her", "their", "its", "my", "our", "your")

// subjectNP returns the noun phrase that opens sentence sent as its
// subject, up to four words before its verb, when no mention is there
// ("Her team described …", "Critics branded …"), or nil; the verb comes
// before token c.
func (a *annot) subjectNP(sent hearsay.Sentence, c int) *hearsay.Speaker {
	i := a.afterDateline(sent)
	if fronted[a.low[i]] || a.inQ[i] {
		return nil
	}
	cut := -1 // "Senate Republicans on Tuesday signaled": the time is no part of them
	for j := i; j < c && j < i+5; j++ {
		t := a.Tokens[j]
		w := a.low[j]
		if j > i && !t.Cap && (strings.HasSuffix(w, "ed") || finiteVerbs[w] || pastTense[w] || a.isCue(j)) {
			if cut < 0 {
				cut = j
			}
			return &hearsay.Speaker{Span: hearsay.Span{Start: a.Tokens[i].Start, End: a.Tokens[cut-1].End}, Mention: -1, Entity: -1}
		}
		if j > i && cut < 0 && a.timeOpens(j, c) {
			cut = j
		}
		if t.Kind != hearsay.Word || a.inQ[j] {
			return nil
		}
	}
	return nil
}

// afterDateline returns the first token of sentence sent after a
// dateline that opens it ("WASHINGTON —", "LONDON (Reuters) -", "PARIS,
// March 3 (AP) —"), or its first token.
func (a *annot) afterDateline(sent hearsay.Sentence) int {
	first, end := sent.Tokens[0], sent.Tokens[1]
	caps := false
	for k := first; k < end && k < first+12; k++ {
		t := a.Tokens[k]
		switch {
		case t.Kind == hearsay.Word && strings.ToUpper(a.Text[t.Start:t.End]) == a.Text[t.Start:t.End] && len(a.low[k]) > 1:
			caps = true
		case a.low[k] == "—" || a.low[k] == "–" || a.low[k] == "-" || a.low[k] == "--":
			if caps && k+1 < end {
				return k + 1
			}
			return first
		case k > first && (a.low[k] == "," || a.low[k] == "(" || a.low[k] == ")" || a.low[k] == "." ||
			t.Kind == hearsay.Number || t.Kind == hearsay.Word && t.Cap):
			// ", March 3", "(Reuters)", "D.C."
		default:
			return first
		}
	}
	return first
}

// timeOpener reports whether w opens a short time phrase at the start of
// a sentence ("Last month,", "Earlier this year,"): a time word of a
// cue's phrase (timeWords) but "on", which opens an adverbial (fronted),
// or a word placing the sentence in time.
func timeOpener(w string) bool {
	return w != "on" && timeWords[w] || w == "next" || w == "meanwhile" || w == "previously" || w == "recently"
}

// fronted open a sentence-initial adverbial clause.
var fronted = set("after", "before", "when", "while", "as", "since", "although", "though", "because", "once",
	"following", "despite", "if", "until", "in", "on", "during", "with", "at")

// namesFrom reports whether the capitalised words ending at token j
// (at most three, with the dots of abbreviations) run back to the start
// of the sentence, or to lo.
func (a *annot) namesFrom(j, lo int) bool {
	k := j
	for k >= 0 && j-k < 5 && a.Tokens[k].Start >= lo && (a.Tokens[k].Cap || a.low[k] == ".") {
		k--
	}
	return k < 0 || a.Tokens[k].Start < lo || a.opensSentence(k+1) || a.low[k] == ","
}

// capitals reports whether token j is a word of two letters or more in
// capitals ("AS", "THE"), a name rather than the function word.
func (a *annot) capitals(j int) bool {
	t := a.Tokens[j]
	w := a.Text[t.Start:t.End]
	return t.Kind == hearsay.Word && len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// mentionStarting returns the outermost mention (of a person or an
// organisation) that starts at token i, or -1.
func (a *annot) mentionStarting(i int) int {
	ms := a.Mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= a.Tokens[i].Start })
	best := -1
	for ; k < len(ms) && ms[k].Start == a.Tokens[i].Start; k++ {
		if (ms[k].Type == hearsay.Person || ms[k].Type == hearsay.Org) && (best < 0 || ms[k].End > ms[best].End) {
			best = k
		}
	}
	return best
}

// mentionEndingAt returns the outermost mention that ends at off, or -1.
func (a *annot) mentionEndingAt(off int) int {
	ms := a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	best := -1
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if ms[j].End == off && (best < 0 || ms[j].Start < ms[best].Start) {
			best = j
		}
	}
	return best
}

// orgMentionEnding returns an organisation's mention that ends at off and
// starts at or after lo, or -1.
func (a *annot) orgMentionEnding(off, lo int) int {
	ms := a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	for j := i - 1; j >= 0 && ms[j].Start >= lo && j >= i-8; j-- {
		// "Apple Inc. said": the abbreviation's stop may end the token
		if (ms[j].End == off || ms[j].End == off-1 && a.Text[off-1] == '.') && ms[j].Type == hearsay.Org {
			return j
		}
	}
	return -1
}

// asides open a parenthetical that lists members of the subject, not
// the subject: "Supporters, including several mayors, argue …".
var asides = set("including", "such", "along", "among", "like", "especially", "alongside", "notably", "unlike")

// asideBefore returns the comma opening such a parenthetical, or a
// relative or participial clause, when one closes right before the cue at
// token c ("…, including X, argue"), or -1.
func (a *annot) asideBefore(c int, sent hearsay.Sentence) int {
	if c < 1 || a.low[c-1] != "," {
		return -1
	}
	for k := c - 2; k > sent.Tokens[0] && c-k <= 24; k-- {
		if a.low[k] == "," {
			// "…, including X, argue", "The report, released Tuesday by
			// the inspector general, found", "The study, which …, found"
			// (and "Ohtani, speaking through his interpreter, said"; not
			// "Us Weekly, citing a friend of the star, reported": the
			// friend's claim)
			if w := a.low[k+1]; asides[w] || w == "which" || w == "who" || w == "whose" || (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && w != "citing" && w != "quoting") && !a.Tokens[k+1].Cap {
				return k
			}
			// "A spokesperson for Archewell, the couple's organisation,
			// said": an appositive on the name before it
			if w := a.low[k+1]; (w == "the" || w == "a" || w == "an") && c-k <= 9 && k > sent.Tokens[0] && a.Tokens[k-1].Cap && a.Tokens[k-1].Kind == hearsay.Word {
				return k
			}
			return -1
		}
	}
	return -1
}

// quoteBefore returns the latest quote found so far, in sentence sent,
// that ends by off and satisfies ok — a reported claim before a
// quotation between marks — or nil. Each run of quotes is in text order:
// a binary search finds where to start, and the scan stops at the
// sentence's start.
func (a *annot) quoteBefore(off int, sent hearsay.Sentence, ok func(*hearsay.Quote) bool) *hearsay.Quote {
	for _, run := range [2][2]int{{a.marked, len(a.quotes)}, {0, a.marked}} {
		lo, hi := run[0], run[1]
		k := lo + sort.Search(hi-lo, func(i int) bool { return a.quotes[lo+i].End > off }) - 1
		for ; k >= lo && a.quotes[k].End >= sent.Start; k-- {
			if p := &a.quotes[k]; p.End > sent.Start && ok(p) { // a quotation the sentence closes counts
				return p
			}
		}
	}
	return nil
}

// claimBefore returns the quote found so far that ends, in sentence sent,
// right before the comma or the "and" before off (", adding that …", "…
// and warned that …"), or nil.
func (a *annot) claimBefore(off int, sent hearsay.Sentence) *hearsay.Quote {
	// the nearest claim ending by off in each run (quotations between
	// marks, then reported ones), each in text order: a binary search, so
	// that a document of many claims costs no more than a few
	best := -1
	for _, run := range [2][2]int{{0, a.marked}, {a.marked, len(a.quotes)}} {
		lo, hi := run[0], run[1]
		k := lo + sort.Search(hi-lo, func(i int) bool { return a.quotes[lo+i].End > off }) - 1
		if k >= lo && (best < 0 || a.quotes[k].End > a.quotes[best].End) {
			best = k
		}
	}
	if best < 0 {
		return nil
	}
	q := &a.quotes[best]
	if q.End < sent.Start {
		return nil
	}
	gap := strings.TrimRight(a.Text[q.End:off], " ")
	gap = strings.TrimSuffix(strings.TrimSuffix(gap, "and"), "but") // "… and warned that", "… but said"
	if strings.Trim(gap, " ,.”\"'’") == "" && (strings.Contains(gap, ",") || len(gap) < len(a.Text[q.End:off])) {
		return q
	}
	return nil
}

// prevQuoteEnd returns the end of the last quotation closing before off.
func (a *annot) prevQuoteEnd(off int) int {
	i := sort.Search(len(a.raws), func(i int) bool { return a.raws[i].open >= off })
	e := -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if r := a.raws[k]; r.close <= off && r.close > e {
			e = r.close
		}
	}
	return e
}

func (a *annot) inQuote(s hearsay.Span) bool {
	// raws are in text order and do not nest: the one opening last
	// before s is the only one that can hold it
	i := sort.Search(len(a.raws), func(i int) bool { return a.raws[i].open > s.Start })
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if r := a.raws[k]; r.open <= s.Start && s.End <= r.close {
			return true
		}
	}
	return false
}

// mentionBefore returns the person mention ending nearest before off and
// starting at or after lo, outside quotations, or -1. Of nested mentions
// the outermost is taken.
func (a *annot) mentionBefore(off, lo int) int {
	ms := a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	best := -1
	for j := i - 1; j >= 0 && ms[j].Start >= lo-200; j-- {
		m := ms[j]
		if m.End > off || m.Start < lo || m.Type != hearsay.Person || a.inQuote(m.Span) {
			continue
		}
		if best < 0 || m.End > ms[best].End || m.End == ms[best].End && m.Start < ms[best].Start {
			best = j
		}
		if best >= 0 && ms[best].Start > m.End {
			break
		}
	}
	return best
}

// subordinators open a clause of its own after a quotation.
var subordinators = set("if", "when", "because", "unless", "until", "before", "after", "while", "although", "though", "since", "once")

// objectPronouns cannot be the subject of a cue.
var objectPronouns = set("him", "her", "them", "his", "their", "its", "himself", "herself", "themselves", "hers", "theirs")

// subjectBefore is mentionBefore for the subject of a cue at off: object
// pronouns ("shook hands with him, asked") are passed over.
func (a *annot) subjectBefore(off, lo int) int {
	for off > lo {
		m := a.mentionBefore(off, lo)
		if m < 0 {
			return -1
		}
		mm := a.Mentions[m]
		if (mm.Kind != hearsay.Pronoun || !objectPronouns[strings.ToLower(a.Text[mm.Start:mm.End])]) && !a.afterPreposition(mm) {
			return m
		}
		off = mm.Start
	}
	return -1
}

// mentionAt returns the person mention starting first at or after off
// (within lim), or -1.
func (a *annot) mentionAt(off, lim int) int {
	ms := a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	for ; i < len(ms) && ms[i].Start < lim; i++ {
		if ms[i].Type == hearsay.Person && !a.inQuote(ms[i].Span) {
			if a.titleStart(ms[i].Start)-off > 2 {
				return -1
			}
			// the outermost mention starting there
			j := i
			for j+1 < len(ms) && ms[j+1].Start == ms[i].Start {
				j++
			}
			return j
		}
	}
	return -1
}

func (a *annot) setSpeaker(q *hearsay.Quote, mi int) {
	m := a.Mentions[mi]
	// "John Smith, a spokesman for the ministry, said": the appositive
	// stands for the name before it, who is named, not an unnamed source
	if m.Kind == hearsay.Descriptor && m.Entity >= 0 {
		if k := a.prevTok(m.Start); k > 0 && a.low[k] == "," {
			if n := a.mentionEndingAt(a.Tokens[k].Start); n >= 0 && a.Mentions[n].Entity == m.Entity && a.Mentions[n].Kind == hearsay.Name {
				mi, m = n, a.Mentions[n]
			}
		}
	}
	// "Councillor Ray Dunn": a role word before the name is its title
	start := -1
	if m.Kind == hearsay.Descriptor && m.Entity >= 0 && mi+1 < len(a.Mentions) {
		if n := a.Mentions[mi+1]; n.Kind == hearsay.Name && n.Entity == m.Entity && n.Start > m.End && n.Start-m.End <= 1 {
			start, mi, m = m.Start, mi+1, n
		}
	}
	// a source the text names ("John Smith, a spokesman for the
	// ministry, … The ministry spokesman added") is on the record
	sp := &hearsay.Speaker{Span: m.Span, Mention: mi, Entity: m.Entity, Anonymous: m.Anonymous && !(m.Entity >= 0 && a.Named(m.Entity))}
	if m.Kind == hearsay.Name {
		sp.Start = a.titleStart(m.Start)
		// "JPMorgan Chase CEO Jamie Dimon", "Treasury Secretary Janet
		// Yellen": the organisation or department before the title
		if sp.Start < m.Start && start < 0 {
			if k := a.prevTok(sp.Start); k >= 0 && a.Tokens[k].End+1 == sp.Start {
				if o := a.orgMentionEnding(a.Tokens[k].End, a.Tokens[max(k-5, 0)].Start); o >= 0 {
					start = a.Mentions[o].Start
				} else if departments[a.low[k]] && a.Tokens[k].Cap {
					start = a.Tokens[k].Start
				}
			}
		}
		// "Morgan Stanley analyst Katy Huberty": a role in lower case
		// before the name, and the organisation before the role
		if start < 0 {
			if k := a.prevTok(sp.Start); k > 0 && !a.Tokens[k].Cap && a.Tokens[k].Kind == hearsay.Word && a.Tokens[k].End+1 == sp.Start {
				_, role := lexicon.Role(a.low[k])
				// "Lakers general manager Rob Pelinka": a role of two words
				if _, two := lexicon.Role2(a.low[k-1], a.low[k]); two && k > 1 && !a.Tokens[k-1].Cap && a.Tokens[k-1].End+1 == a.Tokens[k].Start {
					k--
					role = true
				}
				if g, person := lexicon.Person(a.low[k]); role || person && g != 'P' {
					if o := a.orgMentionEnding(a.Tokens[k].Start-1, a.Tokens[max(k-5, 0)].Start); o >= 0 && a.Mentions[o].End == a.Tokens[k].Start-1 {
						start = a.Mentions[o].Start
					}
				}
			}
		}
	}
	if start >= 0 {
		sp.Start = start
	}
	if m.Entity >= 0 && a.Entities[m.Entity].Anonymous {
		sp.Anonymous = true
	}
	// someone never named and not identifiable ("one fan", "a police
	// officer") is an unnamed source too; "the mayor" is identifiable
	// (and so is "he" or "the manager" for "One portfolio manager" met
	// before: the entity's first descriptor says so)
	if m.Entity >= 0 && m.Type == hearsay.Person && len(a.Entities[m.Entity].Members) == 0 && !a.Named(m.Entity) {
		d := m
		if m.Kind != hearsay.Descriptor {
			d = hearsay.Mention{}
		}
		for _, o := range a.Entities[m.Entity].Mentions {
			if om := a.Mentions[o]; om.Kind == hearsay.Descriptor && (d.End == 0 || om.Start < d.Start) {
				d = om
			}
		}
		if d.End > 0 {
			first, _, _ := strings.Cut(lexicon.Lower(a.Text[d.Start:d.End]), " ")
			if indefinite[first] {
				sp.Anonymous = true
			}
		}
	}
	q.Speaker = sp
}

// asksAnonymity reports whether sentence si, outside quotation marks,
// says its source asked not to be named ("who asked not to be named",
// "speaking on condition of anonymity", "requested anonymity").
func (a *annot) asksAnonymity(si int) bool {
	s := a.Sentences[si]
	for k := s.Tokens[0]; k+1 < s.Tokens[1]; k++ {
		if a.inQ[k] {
			continue
		}
		switch a.low[k] {
		case "anonymity", "anonymously":
			return true
		case "named", "identified":
			if k >= 3 && a.low[k-1] == "be" && a.low[k-2] == "to" && a.low[k-3] == "not" {
				return true // "asked not to be named"
			}
		}
	}
	return false
}

// oneOf widens speaker sp to "One of the accusers": one of them, not
// named.
func (a *annot) oneOf(sp *hearsay.Speaker) {
	if sp.Start < 7 || !strings.EqualFold(a.Text[sp.Start-7:sp.Start], "one of ") {
		return
	}
	if r, _ := utf8.DecodeLastRuneInString(a.Text[:sp.Start-7]); sp.Start > 7 && unicode.IsLetter(r) {
		return // "Someone of …"
	}
	sp.Start -= 7
	if sp.Entity < 0 || !a.Named(sp.Entity) {
		sp.Anonymous = true
	}
}

var indefinite = set("a", "an", "one", "another", "some", "several", "many", "two", "three", "other", "others")

// unnamedSpeakers are speakers nobody is named as: "another said".
var unnamedSpeakers = set("another", "someone", "somebody", "one", "others", "many", "some", "one fan", "another fan")

// departments name a ministry before its minister's title: "Treasury
// Secretary", "Foreign Minister".
var departments = set("treasury", "defense", "defence", "state", "commerce", "labor", "labour", "interior", "energy",
	"health", "education", "transportation", "transport", "agriculture", "justice", "home", "foreign", "finance",
	"trade", "environment", "culture", "housing", "immigration", "veterans")

// titleStart extends a name starting at off over the honorifics before
// it: "Dr. Anthony Fauci", "Prime Minister Jacinda Ardern".
func (a *annot) titleStart(off int) int {
	k := a.prevTok(off)
	// "Secretary of State Antony Blinken", "Minister of Defence …": a
	// title of its department
	if k >= 2 && a.Tokens[k].Cap && a.low[k-1] == "of" && a.Tokens[k-2].Cap {
		if _, ok := lexicon.Title(a.low[k-2]); ok {
			off = a.Tokens[k-2].Start
			k -= 3
		}
	}
	for k >= 0 {
		if a.low[k] == "." && k > 0 && a.Tokens[k-1].End == a.Tokens[k].Start {
			k--
		}
		if _, ok := lexicon.Title(a.low[k]); !ok && !(titleMiddles[a.low[k]] && k > 0 && a.Tokens[k-1].Cap) || !a.Tokens[k].Cap {
			break
		}
		off = a.Tokens[k].Start
		k--
	}
	return off
}

// namedAfterRole returns the person's name mention that a few
// capitalised words and a role before it lead up to from token np
// ("Glendale Police Department spokesperson Sgt. Marisa Lopez"), or -1.
func (a *annot) namedAfterRole(np int, sent hearsay.Sentence) int {
	role := false
	for k := np; k < sent.Tokens[1] && k < np+8; k++ {
		if a.inQ[k] || a.Tokens[k].Kind != hearsay.Word {
			return -1
		}
		if m := a.mentionStarting(k); m >= 0 && a.Mentions[m].Type == hearsay.Person && a.Mentions[m].Kind == hearsay.Name {
			if role && a.titleStart(a.Mentions[m].Start) >= a.Tokens[np].Start {
				return m
			}
			return -1
		}
		_, r := lexicon.Role(a.low[k])
		_, p := lexicon.Person(a.low[k])
		if r || p {
			role = true
		} else if !a.Tokens[k].Cap {
			return -1
		}
		if k+1 < sent.Tokens[1] && a.low[k+1] == "." && a.Tokens[k+1].Start == a.Tokens[k].End {
			k++ // "Sgt."
		}
	}
	return -1
}

// roleWordsAt returns the end of the lower-case role words at token i
// ("lead author", "senior analyst"), up to three; i when there are none.
func (a *annot) roleWordsAt(i, end int) int {
	k := i
	for k < end && k < i+3 && a.Tokens[k].Kind == hearsay.Word && !a.Tokens[k].Cap && !a.inQ[k] {
		_, role := lexicon.Role(a.low[k])
		_, person := lexicon.Person(a.low[k])
		if !role && !person && !roleModifiers[a.low[k]] {
			break
		}
		k++
	}
	if k > i {
		if _, role := lexicon.Role(a.low[k-1]); !role {
			if _, person := lexicon.Person(a.low[k-1]); !person {
				return i // it must end with the role itself
			}
		}
	}
	return k
}

// roleModifiers qualify a role: "lead author", "senior analyst".
var roleModifiers = set("lead", "senior", "chief", "co", "former", "deputy", "principal", "study", "managing", "general")

// auxLike end in -ed but take a verb after them, not an object.
var auxLike = set("used", "supposed")

// titleMiddles go inside a title of several words: "Chief Financial
// Officer", "Chief Operating Officer".
var titleMiddles = set("financial", "executive", "operating", "technology", "marketing", "information", "medical", "legal")

// npBefore returns the noun phrase ending just before cue token c (after
// offset lo), for subjects the person layer does not know: "the company
// said", "Obiora Okafor told".
func (a *annot) npBefore(c, lo int) *hearsay.Speaker {
	j := a.beforeBetween(c, lo)
	end := j
	for j >= 0 && a.Tokens[j].Start >= lo && end-j < 7 {
		t := a.Tokens[j]
		if (a.low[j] == "'s" || a.low[j] == "’s") && j > 0 && j < end && a.Tokens[j-1].Cap && !a.inQ[j] {
			j-- // "Japan's defense ministry": the possessor's name opens it
			continue
		}
		if t.Kind != hearsay.Word && t.Kind != hearsay.Number || a.inQ[j] {
			break
		}
		w := a.low[j]
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" {
			j--
			break
		}
		// "Nippon Steel and U.S. Steel said": two names opening the
		// sentence are one subject
		if w == "and" && j > 0 && a.Tokens[j-1].Cap && a.namesFrom(j-1, lo) && end-j <= 4 {
			j--
			continue
		}
		// a cue word is no subject ("Reports claim …" opening a sentence
		// is, and so is "The report" in "The report, released …, found");
		// a function word in capitals is a name ("Spanish daily AS
		// reported")
		if lexicon.Cues().Has(w) && !(t.Cap && a.opensSentence(j)) && !(j > 0 && determinerBefore[a.low[j-1]]) ||
			(w == "that" || w == "and" || w == "but" || w == "as" || w == "which" || w == "who" || w == "while" || w == "whereas" || w == "when" || w == "although" || w == "because" || w == ",") && !a.capitals(j) {
			break
		}
		j--
	}
	// "Senate Republicans on Tuesday signaled": the time is no part of
	// the subject
	for x := j + 2; x <= end; x++ {
		if a.timeOpens(x, end+1) {
			end = x - 1
			break
		}
	}
	if j >= end {
		return nil
	}
	// "called rather than said": words that name no one
	named := false
	for x := j + 1; x <= end && !named; x++ {
		named = !notSubjects[a.low[x]]
	}
	if !named {
		return nil
	}
	s := hearsay.Span{Start: a.Tokens[j+1].Start, End: a.Tokens[end].End}
	return &hearsay.Speaker{Span: s, Mention: -1, Entity: -1}
}

// notSubjects are words that make no subject on their own.
var notSubjects = set("rather", "than", "more", "less", "so", "too", "then", "also", "just", "only", "even", "not",
	"never", "once", "again", "later", "earlier", "instead")

// npAfter returns the noun phrase starting at token i: "said the company".
func (a *annot) npAfter(i int, sent hearsay.Sentence) *hearsay.Speaker {
	j := i
	for j < sent.Tokens[1] && j-i < 6 {
		t := a.Tokens[j]
		if (a.low[j] == "'s" || a.low[j] == "’s") && j > i && a.Tokens[j-1].Cap && j+1 < sent.Tokens[1] && a.Tokens[j+1].Kind == hearsay.Word && !a.inQ[j] {
			j++ // "the Pinellas County Sheriff's Office", "Ukraine's air force"
			continue
		}
		if t.Kind != hearsay.Word && t.Kind != hearsay.Number || a.inQ[j] {
			break
		}
		w := a.low[j]
		if j > i && (w == "that" || w == "and" || w == "in" || w == "on" || w == "to" || w == "who" || w == "of" || w == "at" || w == "as") {
			break
		}
		if j > i+1 && !t.Cap && strings.HasSuffix(w, "ed") && !(j+1 < sent.Tokens[1] && a.low[j+1] == "by") {
			break // "an estimate released in September" (but "documents obtained by TMZ")
		}
		j++
	}
	// a name the window cut: "a memo obtained by The Washington Post"
	for n := 0; n < 4 && j > i && j < sent.Tokens[1] && !a.inQ[j] && a.Tokens[j].Cap && a.Tokens[j].Kind == hearsay.Word && a.Tokens[j-1].Cap; n++ {
		j++
	}
	if j == i || j-i == 1 && (a.low[i] == "the" || a.low[i] == "a") {
		return nil
	}
	return &hearsay.Speaker{Span: hearsay.Span{Start: a.Tokens[i].Start, End: a.Tokens[j-1].End}, Mention: -1, Entity: -1}
}

// grade sets q's evidence.
func (a *annot) grade(q *hearsay.Quote, si int) {
	if q.Speaker != nil {
		a.oneOf(q.Speaker)
	}
	if h := a.hedge(si, a.contrastBefore(q, si), a.hedgeEnd(q, si)); h != nil {
		q.Hedge = h
	}
	if sp := q.Speaker; sp != nil && (sp.Entity < 0 || sp.Entity < len(a.Entities) && !a.Named(sp.Entity)) {
		// "another", "one fan"; a source's noun alone ("according to pals",
		// "according to onlookers")
		if t := lexicon.Lower(a.Text[sp.Start:sp.End]); unnamedSpeakers[t] || !strings.Contains(t, " ") && lexicon.AnonymousNouns().Has(t) {
			sp.Anonymous = true
		}
		// "Lopez's friends say", "her friends say": a source's noun after
		// its possessor
		if t := lexicon.Lower(a.Text[sp.Start:sp.End]); !sp.Anonymous {
			// (not "her publicist", "Harry's spokesperson": whoever speaks
			// for someone, on the record)
			if k := strings.LastIndexByte(t, ' '); k > 0 && lexicon.AnonymousNouns().Has(t[k+1:]) && !representatives[t[k+1:]] {
				p := t[:k]
				if strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") || p == "his" || p == "her" || p == "their" {
					sp.Anonymous = true
				}
			}
		}
		// "South Korean officials, who asked not to be named, said": a
		// source who asks for anonymity has it
		if !sp.Anonymous && a.asksAnonymity(si) {
			sp.Anonymous = true
		}
	}
	// "the company said": the organisation the text last named
	if sp := q.Speaker; sp != nil && sp.Entity < 0 && orgNouns[lexicon.Lower(a.Text[sp.Start:sp.End])] {
		if e := a.recentOrg(sp.Start, si, outletOrgNouns[lexicon.Lower(a.Text[sp.Start:sp.End])]); e >= 0 {
			sp.Entity = e
		}
	}
	// "PSG said it would appeal. “…,” it said in a statement": the
	// organisation that spoke last, else the one the text last named
	if sp := q.Speaker; sp != nil && sp.Entity < 0 && lexicon.Lower(a.Text[sp.Start:sp.End]) == "it" {
		if e := a.lastOrgSpeaker(sp.Start, si); e >= 0 {
			sp.Entity = e
		} else if e := a.recentOrg(sp.Start, si, false); e >= 0 {
			sp.Entity = e
		}
	}
	// an organisation speaking ("Netflix said in a statement"): its entity
	if sp := q.Speaker; sp != nil && sp.Entity < 0 {
		if i := a.TokenAt(sp.Start); i < len(a.Tokens) && a.Tokens[i].Start == sp.Start {
			if a.low[i] == "the" && i+1 < len(a.Tokens) && a.orgMentionAt(i) < 0 {
				i++ // "the Telegraph", the name without its article
			}
			if mi := a.orgMentionAt(i); mi >= 0 && a.Mentions[mi].End == sp.End && a.Mentions[mi].Entity >= 0 {
				sp.Mention, sp.Entity = mi, a.Mentions[mi].Entity
			}
		}
	}
	switch {
	case q.Speaker != nil && q.Speaker.Anonymous:
		q.Evidence = hearsay.Anonymous
	case q.Hedge != nil:
		q.Evidence = hearsay.Reported
	case q.Speaker != nil && q.Cue == nil && q.Kind == hearsay.Partial:
		// a quoted phrase no one is said to have said ("Kylie Jenner
		// “taking a break” from social media"): the writer passes it on
		q.Evidence = hearsay.Reported
	case q.Speaker != nil && q.Speaker.Entity < 0 && reportNoun(lexicon.Lower(a.Text[q.Speaker.Start:q.Speaker.End])):
		q.Evidence = hearsay.Reported // "A tabloid story claiming that …": a report, no one behind it
	case q.Speaker != nil:
		q.Evidence = hearsay.OnRecord
	default:
		q.Evidence = hearsay.Unattributed
	}
	// "In Touch Weekly first reported that …": an outlet's report, passed
	// on, with the outlet in the chain
	if sp := q.Speaker; q.Evidence == hearsay.OnRecord && q.Cue != nil && sp.Mention >= 0 && sp.Entity >= 0 &&
		a.Mentions[sp.Mention].Type == hearsay.Org && (outletCues[lexicon.Lower(a.Text[q.Cue.Start:q.Cue.End])] ||
		isOutlet(a.withArticle(a.Mentions[sp.Mention].Span))) {
		q.Evidence = hearsay.Reported
		if !slices.Contains(q.Via, sp.Entity) {
			q.Via = append(q.Via, sp.Entity)
		}
	}
	// "according to Spanish outlet Marca": an outlet the words before its
	// name call one
	if sp := q.Speaker; q.Evidence == hearsay.OnRecord && sp.Mention < 0 {
		words := strings.Fields(lexicon.Lower(a.Text[sp.Start:sp.End]))
		for i, w := range words {
			if i < len(words)-1 && outletWords[w] {
				q.Evidence = hearsay.Reported
				if mi := a.mentionEndingAt(sp.End); mi >= 0 && a.Mentions[mi].Type == hearsay.Org && a.Mentions[mi].Entity >= 0 &&
					!slices.Contains(q.Via, a.Mentions[mi].Entity) {
					q.Via = append(q.Via, a.Mentions[mi].Entity)
				}
				break
			}
		}
	}
}

// hedgeEnd returns the token after which a hedge in sentence si no
// longer qualifies claim q: the claim's end when its cue comes before it
// ("She added that fans should expect …, but refused to be drawn on
// rumours"), else the sentence's end.
func (a *annot) hedgeEnd(q *hearsay.Quote, si int) int {
	if q.Kind == hearsay.Indirect && q.Cue != nil && q.Cue.Start < q.Start {
		return a.TokenAt(q.End-1) + 1
	}
	return a.Sentences[si].Tokens[1]
}

// contrastBefore returns the token of the last ", though" (", but",
// ", while", ", whereas", ", although") of sentence si before indirect
// claim q, or the sentence's first token: a hedge before it qualifies
// another claim ("…, according to reports in Spain, though Bayern insist
// …").
func (a *annot) contrastBefore(q *hearsay.Quote, si int) int {
	s := a.Sentences[si]
	if q.Kind != hearsay.Indirect {
		return s.Tokens[0]
	}
	for k := a.TokenAt(q.Start) - 1; k > s.Tokens[0]; k-- {
		if contrasts[a.low[k]] && a.low[k-1] == "," && !a.inQ[k] {
			return k
		}
	}
	return s.Tokens[0]
}

// contrasts open, after a comma, a clause set against the one before:
// ", though …", ", but …".
var contrasts = set("though", "but", "while", "whereas", "although")

// outletWords before a name call it a news outlet: "Spanish outlet
// Marca", "Spanish daily AS", "local station WPLG".
var outletWords = set("outlet", "newspaper", "tabloid", "broadcaster", "magazine", "website", "daily", "paper",
	"station", "channel", "network", "agency", "site", "blog", "podcast", "weekly")

// reportNouns name a report that speaks for no one named: always (a
// story, a rumour), or when indefinite ("a report", "reports"; "the
// report" of the inspector general is a document on the record).
var reportNouns = map[string]bool{"story": true, "stories": true, "rumour": true, "rumours": true, "rumor": true,
	"rumors": true, "tabloid": true, "tabloids": true, "headline": true, "headlines": true,
	// "Israeli media reported", "state television said": the press, no
	// one named
	"media": true, "press": true, "television": true, "tv": true, "newspapers": true, "outlets": true,
	"report": false, "reports": false, "article": false, "articles": false}

// reportNoun reports whether a speaker's phrase (lower case) is a report
// ("a tabloid story", "reports", "a report").
func reportNoun(sp string) bool {
	always, ok := reportNouns[sp[strings.LastIndexByte(sp, ' ')+1:]]
	if !ok {
		return false
	}
	det, _, _ := strings.Cut(sp, " ")
	return always || det == "a" || det == "an" || !strings.Contains(sp, " ") || det == "some" || det == "several" || det == "media" ||
		det == "new" || det == "latest" || det == "recent" // "…, claims new report"
}

// isOutlet reports whether an organisation's name is a news outlet's or a
// platform's: one the gazetteer knows ("TMZ", "Variety"), a website
// ("Detik.com"), or a name ending as mastheads do ("The Wall Street
// Journal", "Closer Magazine", "Page Six", "The Sun").
func isOutlet(name string) bool {
	low := lexicon.Lower(strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the "))
	if lexicon.Gazetteer(low) == "platform" && !services[low] {
		return true
	}
	f := strings.Fields(low)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if i := strings.LastIndexByte(last, '.'); i > 0 && mastheads["."+last[i+1:]] {
		return true
	}
	if lexicon.Outlet(low) {
		return true
	}
	// "The Sun", "The Guardian": one word after "The" is a masthead too
	return (len(f) > 1 || strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ")) && mastheads[last]
}

// withArticle returns the text of span sp with the "the" right before it
// ("the Telegraph"), if any.
func (a *annot) withArticle(sp hearsay.Span) string {
	if k := a.prevTok(sp.Start); k >= 0 && a.low[k] == "the" && a.Tokens[k].End+1 == sp.Start {
		return a.Text[a.Tokens[k].Start:sp.End]
	}
	return a.Text[sp.Start:sp.End]
}

// services are the gazetteer's platforms that speak for themselves as
// companies do ("Netflix said in a statement"), not outlets passing on a
// report.
var services = set("instagram", "twitter", "x", "tiktok", "facebook", "youtube", "snapchat", "threads", "reddit", "telegram",
	"bluesky", "linkedin", "weibo", "twitch",
	"netflix", "hulu", "spotify", "disney+", "hbo")

// mastheads end an outlet's name, or are its domain.
var mastheads = set("magazine", "times", "post", "news", "journal", "weekly", "daily", "herald", "tribune",
	"gazette", "telegraph", "guardian", "mail", "sun", "mirror", "express", "independent", "observer", "chronicle",
	"reporter", "six", "insider", "today", "online", "digest", "bulletin", "standard", "star", "examiner", "wire",
	".com", ".net", ".org", ".co.uk", ".tv", ".news")

// outletCues are what an outlet does with a claim it passes on.
var outletCues = set("reported", "reports", "reporting")

// representatives speak for someone, on the record though unnamed.
var representatives = set("spokesperson", "spokespeople", "spokesman", "spokesmen", "spokeswoman", "spokeswomen",
	"publicist", "publicists", "rep", "reps", "representative", "representatives", "lawyer", "lawyers", "attorney",
	"attorneys", "agent", "agents", "manager", "managers", "team", "camp", "office", "aide", "aides")

// rumourNouns hedge a claim ("Rumours say …", "amid rumors that …") unless
// they are what is talked about (topicBefore: "asked about the rumors",
// "denied the rumours").
var rumourNouns = set("rumours", "rumors", "rumour", "rumor")

var topicBefore = set("the", "these", "those", "this", "about", "addressed", "denied", "dismissed", "shut",
	"address", "addresses", "addressing", "deny", "denies", "denying", "dismiss", "dismisses", "dismissing",
	"discuss", "discussed", "discussing", "fuelled", "fueled", "fuelling", "fueling", "sparked", "sparking")

// rumourTopic reports whether the rumour noun at token i is what is
// talked about: a topic word before it, past up to two modifiers
// ("declining to address specific rumors", "denied the latest rumours").
func (a *annot) rumourTopic(i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if topicBefore[a.low[k]] {
			return true
		}
		if a.Tokens[k].Kind != hearsay.Word || a.inQ[k] || clauseJoins[a.low[k]] {
			return false
		}
	}
	return false
}

// hedge returns a hedge in sentence si outside quotations, among its
// tokens [from, to), or nil.
func (a *annot) hedge(si, from, to int) *hearsay.Span {
	s := a.Sentences[si]
	hs := lexicon.Hedges()
	var b strings.Builder
	for i := max(from, s.Tokens[0]); i < min(to, s.Tokens[1]); i++ {
		if a.inQ[i] || a.Tokens[i].Kind != hearsay.Word {
			continue
		}
		c := a.class(i)
		word, start := c&qHedge != 0, c&qHedgeStart != 0
		if word && rumourNouns[a.low[i]] && i > s.Tokens[0] && a.rumourTopic(i, s.Tokens[0]) {
			continue // "asked about the rumors": the topic, not a hedge
		}
		if word {
			sp := a.Tokens[i].Span
			return &sp
		}
		if !start {
			continue
		}
		b.Reset()
		b.WriteString(a.low[i])
		for k := i + 1; k < s.Tokens[1] && k < i+4; k++ {
			b.WriteByte(' ')
			b.WriteString(a.low[k])
			if hs.Has(b.String()) {
				sp := hearsay.Span{Start: a.Tokens[i].Start, End: a.Tokens[k].End}
				return &sp
			}
		}
	}
	return nil
}

// prepositions open a phrase whose noun is not a cue's subject ("a letter
// to the board of directors stating").
var prepositions = set("of", "to", "for", "with", "by", "from", "at", "in", "on", "into", "about", "among", "against")

// afterPreposition reports whether a descriptor mention sits in a
// prepositional phrase: "of directors", "to the board".
func (a *annot) afterPreposition(m hearsay.Mention) bool {
	if m.Kind == hearsay.Name {
		// "A former aide to Senator Bob Menendez testified": the name
		// qualifies the person before its preposition, who speaks
		i := a.TokenAt(a.titleStart(m.Start)) - 1
		if i < 1 || !prepositions[a.low[i]] {
			return false
		}
		p := a.mentionEndingAt(a.Tokens[i-1].End)
		return p >= 0 && a.Mentions[p].Type == hearsay.Person && a.Mentions[p].Kind == hearsay.Descriptor
	}
	if m.Kind != hearsay.Descriptor {
		return false
	}
	i := a.TokenAt(m.Start) - 1
	if i >= 0 && prepositions[a.low[i]] {
		return true
	}
	// "The union representing 33,000 striking machinists said": the
	// object of a participle after a noun is no subject either
	for k := i; k > 0 && k >= i-2; k-- {
		t := a.Tokens[k]
		if a.inQ[k] || t.Kind != hearsay.Word && t.Kind != hearsay.Number {
			return false
		}
		if t.Kind == hearsay.Word && !t.Cap && strings.HasSuffix(a.low[k], "ing") && a.Tokens[k-1].Kind == hearsay.Word &&
			!a.inQ[k-1] && !prepositions[a.low[k-1]] && a.low[k-1] != "and" && a.low[k-1] != "the" {
			return true
		}
	}
	return false
}

// fragments gives a partial quotation with no cue of its own the speaker
// and cue of the indirect claim around it: in "X was left "deeply hurt",
// friends have claimed", "deeply hurt" is the friends' word.
func (a *annot) fragments() {
	// the reported claims (after the marked quotations) are in text
	// order: the few that start last before a partial are the ones that
	// may hold it
	claims := a.quotes[a.marked:]
	for i := range a.quotes[:a.marked] {
		p := &a.quotes[i]
		if p.Kind != hearsay.Partial {
			continue
		}
		k := sort.Search(len(claims), func(j int) bool { return claims[j].Start > p.Start })
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			q := claims[j]
			// no cue of its own, or the same cue as the claim around it
			if p.Cue != nil && (q.Cue == nil || q.Cue.Start != p.Cue.Start) {
				continue
			}
			if q.Kind == hearsay.Indirect && q.Cue != nil && q.Start <= p.Start && p.End <= q.End {
				p.Via = q.Via
				p.Speaker, p.Cue, p.Hedge, p.Evidence = q.Speaker, q.Cue, q.Hedge, q.Evidence
				break
			}
		}
	}
}
