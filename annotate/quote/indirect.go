package quote

import (
	"sort"
	"strings"

	"hearsay"
	"hearsay/lexicon"
)

// reportVerbs introduce reported speech ("X claimed that …"); a subset of
// the cue lexicon that takes a clause.
var reportVerbs = set("said", "says", "say", "told", "tells", "tell", "claimed", "claims", "claim", "revealed", "reveals",
	"acknowledged", "acknowledges", "denied", "denies", "admitted", "admits", "insisted", "insists", "stated",
	"states", "announced", "announces", "confirmed", "confirms", "alleged", "alleges", "suggested", "suggests",
	"warned", "warns", "argued", "argues", "noted", "notes", "explained", "explains", "added", "adds",
	"reported", "reports", "disclosed", "maintained", "maintains", "conceded", "concedes", "stressed",
	"believes", "believed", "thinks", "predicted", "predicts", "promised", "vowed", "recalled", "wrote",
	"writes", "posted", "tweeted", "hinted", "speculated", "estimated", "expects", "expected", "agreed",
	"saying", "adding", "claiming", "insisting", "explaining", "noting", "admitting", "revealing",
	"arguing", "warning", "stressing", "suggesting", "acknowledging", "stating", "predicting", "writing",
	// "…, The Mirror understands": what an outlet has learnt
	"understands",
	// "Court papers obtained by TMZ show that …" (with "that" only)
	"show", "shows", "showed",
	// court: "testified that …"
	"testified", "testifies", "testifying",
	"joked", "quipped", "gushed", "raved", "teased", "slammed", "blasted", "fumed", "confessed", "confided",
	"boasted", "complained", "lamented", "hinted", "joking", "gushing", "teasing", "confessing", "telling",
	// plural subjects in the present: "Critics argue …", "Prosecutors allege …"
	// (not the forms that are as often nouns: "the report", "a note")
	"argue", "allege", "warn", "insist", "suggest", "admit", "deny", "confirm", "predict", "acknowledge", "reveal",
	"contend", "contends", "contended", "explain", "concede", "pledged", "threatened", "vows", "pledges", "threatens",
	"countered", "counters", "replied", "responded", "retorted",
	// memories, with "that" only (needThat): "She recalls that …"
	"recalls", "recall", "recalling", "remembers", "remembered", "remember",
	// with "that" only (needThat): beliefs, fears and recommendations
	// (thatCues), findings
	"believe", "think", "fear", "fears", "feared", "recommend", "recommends", "recommended",
	"found", "finds", "concluded", "concludes",
	// intentions, with "to" only (intentCues)
	"wants", "wanted", "want", "plans", "planned", "intends", "intended", "intend", "hopes", "hoped", "aims", "aimed")

// indirect finds reported speech without quote marks: "X said (that) …",
// "X told Y that …", "According to X, …", "…, X said.", "Per X, …",
// "…, as first reported by X", "…, adding that …". Cues already used
// by a direct or partial quotation are left alone.
func (a *annot) indirect() {
	used := map[int]bool{}
	for _, q := range a.quotes {
		// a partial quotation is a fragment of the reported clause: its
		// cue still introduces the indirect claim around it
		if q.Cue != nil && q.Kind == hearsay.Direct {
			used[q.Cue.Start] = true
		}
	}
	for si, s := range a.Sentences {
		for i := s.Tokens[0]; i < s.Tokens[1]; i++ {
			if a.inQ[i] || used[a.Tokens[i].Start] {
				continue
			}
			w := a.low[i]
			if w == "according" && i+1 < s.Tokens[1] && a.low[i+1] == "to" {
				if a.accordingTo(si, i) {
					// "…, according to reports in Spain, though Bayern
					// insist …": a contrasting clause after the source
					// may hold a claim of its own
					if k := a.contrastAfter(i+2, s.Tokens[1]); k > 0 {
						i = k
						continue
					}
					break
				}
				i++ // "According to a report by Page Six, a source said …": the source's claim
				continue
			}
			if w == "as" && !a.capitals(i) && a.asReportedBy(si, i) {
				break
			}
			if w == "per" && (a.perOutlet(si, i) || a.perSource(si, i)) {
				break
			}
			if w == "it" && a.impersonal(si, i) {
				break
			}
			if i == s.Tokens[0] && strings.HasPrefix(w, "we") && a.weTold(si, i) {
				break
			}
			if (w == "is" || w == "are" || w == "was" || w == "were") && a.raised(si, i) {
				break
			}
			if hedgeAdverbs[w] && a.hedged(si, i) {
				break
			}
			if complementNouns[w] && w != "story" && w != "stories" && i > s.Tokens[0] && nounAfter[a.low[i-1]] && i+3 < s.Tokens[1] && a.low[i+1] == "that" && !a.inQ[i+2] &&
				!finiteVerbs[a.low[i+2]] && !strings.HasSuffix(a.low[i+2], "ed") && a.clauseStart(i+2) { // not "the story that circulated"
				// "pushed back against reports that …", "amid claims that
				// …": the reports' claim, with nobody behind it (a noun,
				// not the verb "reports")
				e := a.clauseEnd(si, i+2)
				if i-1 == s.Tokens[0] {
					// "Amid rumors that the couple had split, Lopez posted
					// …": the fronted phrase ends at its comma
					for k := i + 2; k < e; k++ {
						if a.low[k] == "," && !a.inQ[k] {
							e = k
							break
						}
					}
				}
				if e-(i+2) >= 3 {
					a.addReported(si, a.Tokens[i].Span, i+2, e, nil)
					i = e - 1
					continue
				}
			}
			if a.class(i)&qReport == 0 || a.Tokens[i].Cap && i != s.Tokens[0] || a.possessedNoun(i) ||
				i > s.Tokens[0] && nounCues[w] && (a.afterPastVerb(i) || determinerBefore[a.low[i-1]]) || // "exchanged vows", "during the vows"
				complementNouns[w] && i > s.Tokens[0] && nounAfter[a.low[i-1]] || // "dismissed claims of a feud": a noun
				complementNouns[w] && i > s.Tokens[0] && a.low[i-1] == "," && a.objectGap(i+1, s.Tokens[1]) {
				continue
			}
			// "forecast", "projects": nouns as often, verbs only before "that"
			if forecastVerbs[w] && (i+1 >= s.Tokens[1] || a.low[i+1] != "that") {
				continue
			}
			// "papers show that …", not "her Toronto show", "the show that"
			if (w == "show" || w == "shows") && !a.showVerb(i) {
				continue
			}
			if a.compared(i, s.Tokens[0]) {
				continue
			}
			n := len(a.quotes)
			if a.reportedAfter(si, i) || a.reportedBefore(si, i) || a.reportedAround(si, i) {
				// another claim may follow in the same sentence ("…, while
				// another said …"): go on after this one
				if len(a.quotes) > n && a.quotes[len(a.quotes)-1].End > a.Tokens[i].End {
					i = a.TokenAt(a.quotes[len(a.quotes)-1].End - 1) // its last token: the loop goes on after it
					continue
				}
				break
			}
		}
	}
	a.dropNestedIntentions()
}

// dropNestedIntentions drops an intention found inside another claim:
// "Meta plans to cut 5% of its workforce, Mark Zuckerberg told employees"
// is Zuckerberg's claim, not the writer's account of Meta's plan.
func (a *annot) dropNestedIntentions() {
	keep := a.marked
	for i := a.marked; i < len(a.quotes); i++ {
		q := a.quotes[i]
		nested := false
		if q.Cue != nil && intentCues[a.Lower(*q.Cue)] {
			// claims are found sentence by sentence, and one holding q is
			// of its sentence: a few places before or after it
			for j := max(a.marked, i-8); j < min(len(a.quotes), i+9) && !nested; j++ {
				o := a.quotes[j]
				nested = j != i && o.Cue != nil && o.Start <= q.Start && q.End <= o.End && o.Cue.Start != q.Cue.Start &&
					!intentCues[a.Lower(*o.Cue)]
			}
		}
		if !nested {
			a.quotes[keep], a.para[keep] = q, a.para[i]
			keep++
		}
	}
	a.quotes, a.para = a.quotes[:keep], a.para[:keep]
}

// npThenFinite reports whether a noun phrase of at most five words
// opens at k and a finite verb follows it (before end): "the company
// would cut …", "Apple had sold …".
func (a *annot) npThenFinite(k, end int) bool {
	if !determinerBefore[a.low[k]] && !a.Tokens[k].Cap {
		return false
	}
	for x := k + 1; x < end && x <= k+5; x++ {
		if a.inQ[x] || a.Tokens[x].Kind == hearsay.Punct || prepositions[a.low[x]] && x == k+1 {
			return false
		}
		if finiteVerbs[a.low[x]] {
			return true
		}
	}
	return false
}

// contrastAfter returns the token after ", though" (", but", ", while",
// ", whereas", ", although") within twelve tokens from i and before end,
// or 0.
func (a *annot) contrastAfter(i, end int) int {
	for k := i; k+1 < end && k < i+12; k++ {
		if a.inQ[k] {
			return 0
		}
		if a.low[k] == "," && contrasts[a.low[k+1]] {
			return k + 1
		}
	}
	return 0
}

// clauseEnd is the end (exclusive token) of reported content starting at
// token j: the sentence end, without its final punctuation.
func (a *annot) clauseEnd(si, j int) int {
	e := a.Sentences[si].Tokens[1]
	// a second clause of its own: ", while another said …", "; …"
	for k := j + 1; k+1 < e; k++ {
		if a.inQ[k] {
			// “heartbroken,” the Daily Mail reported; “trial by media,”
			// according to a transcript: the quotation's comma
			if !a.inQ[k+1] && commaClosed(a.Text[a.Tokens[j].Start:a.Tokens[k+1].Start]) && (a.endsClaim(k, e) || participleCues[a.low[k+1]]) {
				e = k + 1 // (or `…,” adding that …`: a second claim)
				break
			}
			continue
		}
		// "; …", and after a comma what ends a claim, or ", adding that
		// …": a second claim of the same speaker
		if a.low[k] == ";" || a.low[k] == "," && (a.endsClaim(k, e) || participleCues[a.low[k+1]]) {
			e = k
			break
		}
		// "… and warned that …", "… but declined to comment": the
		// speaker's next act, not part of the claim
		if (a.low[k] == "and" || a.low[k] == "but") && k > j+2 && (reportVerbs[a.low[k+1]] || nextActs[a.low[k+1]] || a.low[k+1] == "that" ||
			// "… but did not mention Combs by name": the writer's word on
			// what the speaker left out
			k+2 < e && (a.low[k+1] == "did" || a.low[k+1] == "didn't") && (a.low[k+2] == "not" || a.low[k+1] == "didn't") ||
			a.low[k+1] == "asked" && k+2 < e && a.low[k+2] == "for") { // "… and asked for privacy"
			e = k
			break
		}
		// "…, and Marsh appeared to confirm as much": a named person's
		// clause of its own, the writer's narration
		if a.low[k] == "," && k+2 < e && a.low[k+1] == "and" && a.namedClause(k+2, e) {
			e = k
			break
		}
		// ", a charge the actor laughs off": the writer's comment on the claim
		if a.low[k] == "," && k+2 < e && (a.low[k+1] == "a" || a.low[k+1] == "an") && commentNouns[a.low[k+2]] {
			e = k
			break
		}
	}
	for e > j && (a.Tokens[e-1].Kind == hearsay.Punct && !a.inQ[e-1] && a.low[e-1] != "%") { // ("rose to 4.4%")
		e--
	}
	return e
}

// namedClause reports whether a named person's mention at token k is the
// subject of a verb in the past right after it: "Marsh appeared".
func (a *annot) namedClause(k, e int) bool {
	m := a.mentionAt(a.Tokens[k].Start, a.Tokens[k].End)
	if m < 0 || a.Mentions[m].Kind != hearsay.Name || a.Mentions[m].Start != a.Tokens[k].Start {
		return false
	}
	v := a.TokenAt(a.Mentions[m].End-1) + 1
	if v >= e || a.inQ[v] || a.Tokens[v].Kind != hearsay.Word || a.Tokens[v].Cap {
		return false
	}
	return strings.HasSuffix(a.low[v], "ed") || pastTense[a.low[v]]
}

// endsClaim reports whether what follows the comma at k (e the
// sentence's end) is no part of the claim before it: a clause of its own
// (", while another said …"), who passes the claim on ("…, the Daily Mail
// reported."), where it comes from (", according to a filing") or what
// the speaker did (", dismissing warnings").
func (a *annot) endsClaim(k, e int) bool {
	w := a.low[k+1]
	return w == "while" || w == "whereas" || w == "but" || speakerActs[w] || w == "according" && k+2 < e && a.low[k+2] == "to" ||
		consequences[w] || marketWords[w] && k+2 < e && marketMoves[a.low[k+2]] ||
		a.reporterAfter(k, e) >= 0 || a.personSaysAfter(k, e) || (w == "though" || w == "although") && a.cueWithin(k+2, min(e, k+9)) ||
		a.documentSaysAfter(k, e) || a.orgSaysAfter(k, e)
}

// consequences open the writer's account of what a statement set off:
// "said it would unveil a robotaxi, sending its shares up 5%".
var consequences = set("sending", "prompting", "sparking", "triggering", "fuelling", "fueling", "wiping", "knocking", "lifting", "dragging")

// marketWords and marketMoves make a headline's clause on the market:
// "Musk says Tesla will unveil robotaxi, shares jump".
var (
	marketWords = set("shares", "stocks", "stock", "markets", "prices", "bitcoin", "oil", "gold")
	marketMoves = set("jump", "jumps", "rise", "rises", "fall", "falls", "slump", "slumps", "soar", "soars", "tumble", "tumbles",
		"surge", "surges", "slide", "slides", "plunge", "plunges", "rally", "rallies", "sink", "sinks", "climb", "climbs", "drop", "drops")
)

// orgSaysAfter reports whether an organisation or place named right
// after the comma at k is the subject of a report verb right after its
// name: "Zelensky says Trump promised more air defence, Kremlin denies
// talks stalled" is two claims.
func (a *annot) orgSaysAfter(k, e int) bool {
	if k+2 >= e || !a.Tokens[k+1].Cap {
		return false
	}
	m := a.orgMentionAt(k + 1)
	if m < 0 {
		return false
	}
	c := a.TokenAt(a.Mentions[m].End-1) + 1
	return c < e && reportVerbs[a.low[c]] && !a.inQ[c]
}

// documentSaysAfter reports whether a document closes the sentence as the
// source of what comes before the comma at k: "…, the suit says", "…,
// court documents show", "…, the complaint alleges".
func (a *annot) documentSaysAfter(k, e int) bool {
	doc := false
	for c := k + 1; c < e && c <= k+5; c++ {
		if a.inQ[c] || a.Tokens[c].Kind != hearsay.Word {
			return false
		}
		if documentNouns[a.low[c]] {
			doc = true
			continue
		}
		if doc && reportVerbs[a.low[c]] {
			// the sentence ends after the verb (and a time: "said on Monday")
			x := a.skipTime(c+1, e)
			return x >= e || a.Tokens[x].Kind == hearsay.Punct && x+1 >= e
		}
	}
	return false
}

// documentNouns are the papers a claim can come from.
var documentNouns = set("suit", "lawsuit", "complaint", "filing", "filings", "documents", "papers", "indictment", "report",
	"memo", "letter", "affidavit", "records", "study", "survey", "poll", "statement", "petition", "motion", "ruling")

// cueWithin reports whether a cue verb outside quotation marks stands in
// tokens [from,to): ", though analysts at Jefferies wrote that …" is
// another's claim, not a concession of the speaker's.
func (a *annot) cueWithin(from, to int) bool {
	for x := from; x < to; x++ {
		if a.inQ[x] || a.Tokens[x].Kind == hearsay.Punct {
			return false
		}
		if x > from && lexicon.Cues().Has(a.low[x]) {
			return true
		}
	}
	return false
}

// personSaysAfter reports whether a person's mention right after the
// comma at k is the subject of a say verb right after it: "…, chief
// executive Mark Zuckerberg told employees in a memo" attributes what
// comes before.
func (a *annot) personSaysAfter(k, e int) bool {
	if k+2 >= e {
		return false
	}
	mi := a.mentionAt(a.Tokens[k+1].Start, a.Tokens[k+1].End)
	if mi < 0 || a.Mentions[mi].Kind == hearsay.Pronoun {
		return false
	}
	c := a.TokenAt(a.Mentions[mi].End-1) + 1
	// "chief executive" and "Mark Zuckerberg": the role and the name
	for n := mi + 1; n < len(a.Mentions) && c < e && a.Mentions[n].Start == a.Tokens[c].Start; n++ {
		if a.Mentions[n].Entity != a.Mentions[mi].Entity {
			return false
		}
		c = a.TokenAt(a.Mentions[n].End-1) + 1
	}
	return c < e && c <= k+7 && sayVerbs[a.low[c]] && !a.inQ[c]
}

// nextActs follow a claim as its speaker's next act: "… but declined to
// comment", "… and refused to say more".
var nextActs = set("declined", "refused", "denied", "added", "insisted", "stressed", "noted", "warned", "vowed",
	"accused", "blamed", "urged", "criticized", "criticised", "praised", "slammed", "dismissed", "thanked", "demanded", "pledged", "promised",
	"requested", "appealed")

// reporterAfter returns the organisation's mention of an inverted
// attribution that closes the sentence after the comma at k ("…, the
// Daily Mail reported."), or -1; e is the sentence's end.
func (a *annot) reporterAfter(k, e int) int {
	for c := k + 2; c < e && c <= k+6; c++ {
		if a.inQ[c] || a.Tokens[c].Kind == hearsay.Punct {
			return -1
		}
		if !reportVerbs[a.low[c]] {
			continue
		}
		for x := c + 1; x < e; x++ {
			if a.Tokens[x].Kind != hearsay.Punct || a.inQ[x] {
				return -1
			}
		}
		// "the Daily Mail", "The New York Times" (its "The" in the name)
		for j := k + 1; j <= k+2; j++ {
			if m := a.orgMentionAt(j); m >= 0 && a.TokenAt(a.Mentions[m].End-1)+1 == c {
				return m
			}
			if a.low[j] != "the" {
				break
			}
		}
		return -1
	}
	return -1
}

// commaClosed reports whether text ends with a comma and a closing
// quotation mark (“heartbroken,”), before any space.
func commaClosed(text string) bool {
	t := strings.TrimRight(text, " ")
	for _, m := range []string{"”", "\"", "’", "'"} {
		if strings.HasSuffix(t, ","+m) {
			return true
		}
	}
	return false
}

// speakerActs are participles of what the speaker did while saying it:
// "said the tariffs would stay, dismissing warnings from economists".
var speakerActs = set("dismissing", "rejecting", "citing", "pointing", "brushing", "defending", "downplaying",
	"signaling", "signalling", "accusing", "blaming", "urging", "calling", "referring", "echoing", "repeating")

// participleCues continue a report with a claim of the same speaker:
// "X argued that …, adding that …".
var participleCues = set("adding", "saying", "noting", "claiming", "insisting", "explaining", "warning", "telling",
	"arguing", "stressing", "admitting", "revealing", "suggesting", "acknowledging", "stating")

// titleEnd returns the end of a title between marks opening at token k
// — capitalised words, after a determiner and before a lower-case noun
// ("the “Call It Even” podcast") — or k.
func (a *annot) titleEnd(k, end int) int {
	if w := a.low[k]; k == 0 || w != "\"" && w != "“" && w != "‘" || !npStart[a.low[k-1]] {
		return k
	}
	for e := k + 1; e < end && e <= k+7; e++ {
		w := a.low[e]
		if w == "\"" || w == "”" || w == "’" || w == "'" {
			if e == k+1 || e+1 >= end || a.Tokens[e+1].Kind != hearsay.Word || a.Tokens[e+1].Cap {
				return k
			}
			return e + 1
		}
		if a.Tokens[e].Kind != hearsay.Word || !a.Tokens[e].Cap {
			return k
		}
	}
	return k
}

func (a *annot) addIndirect(si, c, from, to int) bool {
	if to-from < 3 {
		return false
	}
	q := hearsay.Quote{Span: hearsay.Span{Start: a.Tokens[from].Start, End: a.Tokens[to-1].End}, Kind: hearsay.Indirect}
	sent := a.Sentences[si]
	r := raw{open: q.Start, close: q.End}
	if !a.speakerFor(&q, c, sent, r) {
		return false
	}
	a.grade(&q, si)
	if intentCues[a.low[c]] && q.Evidence == hearsay.OnRecord {
		q.Evidence = hearsay.Unattributed // nobody said it: the writer's account of an intention
	}
	a.quotes = append(a.quotes, q)
	a.para = append(a.para, sent.Paragraph)
	// "said the bill was dead but that he would …": a second claim of
	// the same speaker, under the same cue
	x := to
	if x < sent.Tokens[1] && a.low[x] == "," {
		x++
	}
	if x+2 < sent.Tokens[1] && (a.low[x] == "and" || a.low[x] == "but") && a.low[x+1] == "that" && !a.inQ[x+2] {
		a.addIndirect(si, c, x+2, a.clauseEnd(si, x+2))
	}
	return true
}

// forecastVerbs report a forecast only before "that" ("The IMF forecast
// that …", not "its revenue forecast" nor "forecast growth of 3%"): report
// verbs that need "that".
var forecastVerbs = set("forecast", "forecasts", "projected", "projects")

func init() {
	for w := range forecastVerbs {
		reportVerbs[w], needThat[w] = true, true
	}
}

// needThat are cues whose object is not what was said unless "that"
// opens it: "told X that …", "posted that …", not "posted a photo".
var needThat = set("told", "tells", "tell", "posted", "wrote", "writes", "tweeted", "revealed", "reveals", "shared",
	"denied", "denies", "confirmed", "confirms", "admitted", "admits", "deny", "confirm", "admit", "acknowledge",
	// "slammed the report as …": a verdict on something, not a clause
	"slammed", "slams", "blasted", "blasts", "telling", "writing",
	// "agreed a record fee": a deal, not a clause
	"agreed", "agree", "agrees",
	// "show that …", not "show the singer"
	"show", "shows", "showed",
	// "believes in", "fears for", "recommended a book"
	"believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared",
	"recommend", "recommends", "recommended",
	// "found that …", not "found the body"
	"found", "finds", "concluded", "concludes",
	// "countered that …", not "countered the move"
	"countered", "counters", "responded", "replied",
	// "recalls that …", not "recalled the day"
	"recalled", "recalls", "recall", "recalling", "remembers", "remembered", "remember")

// reportedAfter handles "X said (that) CLAUSE" and "X told Y that CLAUSE".
func (a *annot) reportedAfter(si, c int) bool {
	s := a.Sentences[si]
	if a.deniedSpeech(si, c) {
		return false
	}
	// "The deal was announced during a forum that …": the passive's
	// subject is what was announced, and "that" opens a relative clause
	// (but "It was announced on Monday that …" reports a clause)
	if c > s.Tokens[0] && passiveAux[a.low[c-1]] {
		it := false
		for k := c - 2; k >= s.Tokens[0] && k >= c-4; k-- {
			it = it || a.low[k] == "it"
		}
		if !it {
			return false
		}
	}
	j := c + 1
	// "said on Thursday it would …", "said yesterday that …"
	j = a.skipTime(j, s.Tokens[1])
	// "reported, citing an unnamed executive, that …": the source cited
	// (the speaker, see citedSource), then the claim
	if j+2 < s.Tokens[1] && a.low[j] == "," && a.low[j+1] == "citing" {
		for k := j + 2; k+1 < s.Tokens[1] && k < j+12 && !a.inQ[k]; k++ {
			if a.low[k] == "," {
				if a.low[k+1] == "that" {
					j = k + 1
				}
				break
			}
		}
	}
	// "told reporters that", "posted on Instagram that", "said in a
	// statement that": a short phrase, then "that"
	// (a long one only when it is a prepositional phrase: "said in an
	// interview with The New York Times that")
	far := j + 6
	if j < s.Tokens[1] && preps[a.low[j]] {
		far = j + 10
	}
	// the one told, named in several words: "telling The Wall Street
	// Journal in 2021 that"
	if j < s.Tokens[1] {
		if m := a.orgMentionAt(j); m >= 0 {
			e := a.TokenAt(a.Mentions[m].End-1) + 1
			far += e - 1 - j
			// "told CNN's Jake Tapper on Sunday that": the outlet's
			// journalist
			if e+1 < s.Tokens[1] && (a.low[e] == "'s" || a.low[e] == "’s") {
				if p := a.mentionAt(a.Tokens[e+1].Start, a.Tokens[e+1].End); p >= 0 && a.Mentions[p].Start == a.Tokens[e+1].Start {
					far += a.TokenAt(a.Mentions[p].End-1) - e + 1
				}
			}
		}
	}
	for k := j; k < s.Tokens[1] && k < far; k++ {
		if a.low[k] == "that" {
			j = k
			break
		}
		// "told staff in a memo seen by Reuters that": the document's
		// outlet is part of the phrase
		if k > j && obtainedBy[a.low[k]] && k+1 < s.Tokens[1] && a.low[k+1] == "by" {
			far += 4
			if m := a.orgMentionAt(k + 2); m >= 0 {
				far += a.TokenAt(a.Mentions[m].End-1) - (k + 2)
			}
			k++
			continue
		}
		// a title between marks in the phrase: "claimed on the “Call It
		// Even” podcast that"
		if e := a.titleEnd(k, s.Tokens[1]); e > k {
			far += e - k
			k = e - 1
			continue
		}
		if k > j && (reportVerbs[a.low[k]] && !(a.low[k] == "show" || a.low[k] == "shows") || finiteVerbs[a.low[k]]) && !a.inQ[k] {
			break // "confirmed they were investigating but said that …": not this cue's "that"
		}
		if a.low[k] == "," && k+1 < s.Tokens[1] && (contrasts[a.low[k+1]] || adverbialOpeners[a.low[k+1]] || a.writersGloss(k+1, s.Tokens[1])) {
			break // "said on Thursday, as officials weigh signs that …": a clause of its own
		}
		if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct && a.low[k] != "," && !(a.low[k] == "!" && k > 0 && a.Tokens[k-1].Cap) &&
			a.low[k] != "'s" && a.low[k] != "’s" {
			break // "OK! magazine", "ITV's Lorraine" go on
		}
	}
	if needThat[a.low[c]] && (j >= s.Tokens[1] || a.low[j] != "that") {
		// "told reporters he planned to …", "told Us Weekly the couple
		// had split": the one told, then a clause of its own
		if a.low[c] == "told" || a.low[c] == "tells" || a.low[c] == "tell" || a.low[c] == "telling" {
			if k := a.objectThenClause(c+1, s.Tokens[1]); k > 0 {
				return a.addIndirect(si, c, k, a.clauseEnd(si, k))
			}
		} else if k := c + 1; k+1 < s.Tokens[1] && subjectPronouns[a.low[k]] && !a.inQ[k] && (a.Tokens[k+1].Kind == hearsay.Word || a.inQ[k+1]) {
			// "admitted she never expected …", "revealed he had …": a
			// subject pronoun opens the clause
			return a.addIndirect(si, c, k, a.clauseEnd(si, k))
		} else if k := a.skipTime(c+1, s.Tokens[1]); k < s.Tokens[1] && !a.inQ[k] && a.npThenFinite(k, s.Tokens[1]) {
			// "announced the company would cut 300 jobs": a noun
			// phrase, then its finite verb
			return a.addIndirect(si, c, k, a.clauseEnd(si, k))
		}
		return false // "told Us Weekly", "posted a photo": not what they said
	}
	// "claims to own the trademark", "vowed to appeal": what was claimed
	// or promised is the infinitive
	if (toCues[a.low[c]] || intentCues[a.low[c]]) && j == c+1 && j+1 < s.Tokens[1] && a.low[j] == "to" && a.Tokens[j+1].Kind == hearsay.Word {
		return a.addIndirect(si, c, j, a.clauseEnd(si, j))
	}
	if intentCues[a.low[c]] {
		return false // an intention is attributed only with its infinitive
	}
	// "said according to those figures, …": the basis of the claim, then
	// the claim
	if j+1 < s.Tokens[1] && a.low[j] == "according" && a.low[j+1] == "to" {
		for k := j + 2; k < s.Tokens[1] && k < j+10; k++ {
			if a.inQ[k] {
				break
			}
			if a.low[k] == "," {
				j = k
				break
			}
		}
	}
	comma := false
	for j < s.Tokens[1] && a.low[j] == "," {
		j++
		comma = true
	}
	// "…, Buckingham Palace announced on Friday, nearly three months
	// after …": after a comma, only a clause with a subject of its own
	// is what was announced
	if comma && j < s.Tokens[1] && !a.inQ[j] && a.low[j] != "that" && !subjectPronouns[a.low[j]] && !npStart[a.low[j]] && !a.Tokens[j].Cap {
		return false
	}
	if j < s.Tokens[1] && a.low[j] == "that" && j > c+1 && complementNouns[a.low[j-1]] && !a.inQ[j-1] && rebuttals[a.low[c]] {
		// "denied reports that she is engaged", "responded to rumors
		// that …": the clause is what the reports say, not what the
		// subject said — a claim passed on with nobody behind it (but
		// "confirmed reports that …" is the subject's), unless the
		// reports are someone's ("his claims that …", not attributed
		// here); "the rumors that circulated" is a relative clause, no
		// claim
		n := j - 1
		if j+1 >= s.Tokens[1] || a.inQ[j+1] || finiteVerbs[a.low[j+1]] || strings.HasSuffix(a.low[j+1], "ed") {
			return false
		}
		if p := a.low[n-1]; p == "'s" || p == "’s" || possessives[p] {
			return false
		}
		if e := a.clauseEnd(si, j+1); e-(j+1) >= 3 {
			a.addReported(si, a.Tokens[n].Span, j+1, e, nil)
		}
		return true
	}
	if j < s.Tokens[1] && a.low[j] == "that" {
		j++
	} else if j >= s.Tokens[1] || a.inQ[j] {
		return false
	} else if !a.clauseStart(j) && !a.headlineClause(si, j) {
		// "Airbus has announced 10,000 job cuts": what was announced
		// is the thing itself
		if !announceCues[a.low[c]] || !a.objectNP(j, s.Tokens[1]) || a.modifies(c) || c > 0 && passiveAux[a.low[c-1]] {
			return false // (not "a deal could be announced next week")
		}
	}
	if j < s.Tokens[1] && a.inQ[j] {
		return false // a direct quotation follows: not indirect
	}
	if c > s.Tokens[0] && a.low[c-1] == "," && !strings.HasSuffix(a.low[c], "ing") && a.nounPhraseOnly(j, s.Tokens[1]) {
		return false // "…, claims Spanish outlet Marca.": the speaker after an inverted cue
	}
	e := a.clauseEnd(si, j)
	if strings.HasSuffix(a.low[c], "ing") && !a.finiteBefore(c, s.Tokens[0]) {
		// "A tabloid story claiming that Bieber was devastated was denied
		// by his representatives": a participle in the subject; the
		// sentence's own verb, the second finite one, ends the claim
		seen := false
		for k := j; k < e; k++ {
			if a.inQ[k] || !finiteVerbs[a.low[k]] {
				continue
			}
			if seen && !clauseLinks[a.low[k-1]] {
				e = k
				break
			}
			seen = true
		}
	}
	if a.inRelative(c, s.Tokens[0]) {
		// "Clinton, who has said she would raise taxes, campaigned in
		// Ohio": the claim ends with the relative clause
		for k := j; k < e; k++ {
			if a.low[k] == "," && !a.inQ[k] {
				e = k
				break
			}
		}
	}
	return a.addIndirect(si, c, j, e)
}

// compared reports whether the cue at c ends a comparison ("far more
// than analysts had expected", "as the company predicted"; not "quoted
// her as saying"): no report of what follows.
func (a *annot) compared(c, lo int) bool {
	for k := c - 1; k >= lo && k >= c-4; k-- {
		if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct {
			return false
		}
		if a.low[k] == "than" || a.low[k] == "as" && !a.capitals(k) && !strings.HasSuffix(a.low[c], "ing") && (k == c-1 || k > lo && a.low[k-1] != "such") {
			return true
		}
	}
	return false
}

// finiteVerbs are the auxiliaries and copulas that show a clause's finite
// verb; none follows a verb of saying, so a cue word before one is a noun
// ("demand had been softer").
var finiteVerbs = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
	"might", "must", "should", "did", "does", "do")

// clauseLinks open a clause of their own before its verb: a finite verb
// right after one is that clause's.
var clauseLinks = set("and", "or", "but", "that", "who", "which", "what", "when", "where", ",", "it", "he", "she",
	"they", "we", "i", "you", "there")

// finiteBefore reports whether a finite verb comes before token c in its
// sentence (from token lo).
func (a *annot) finiteBefore(c, lo int) bool {
	for k := lo; k < c; k++ {
		if (finiteVerbs[a.low[k]] || sayVerbs[a.low[k]]) && !a.inQ[k] {
			return true // "… ,” he said, adding that …"
		}
		if w := a.low[k]; len(w) > 3 && strings.HasSuffix(w, "ed") && k > lo && !a.Tokens[k].Cap {
			return true // "The White House defended …, saying"
		}
	}
	return false
}

// sayVerbs are the finite forms of "say" and "tell".
var sayVerbs = set("said", "says", "say", "told", "tells")

// inRelative reports whether the cue at c is the verb of a relative
// clause set off by a comma: ", who has said", ", which reported".
func (a *annot) inRelative(c, lo int) bool {
	j := c - 1
	for j > lo && between[a.low[j]] {
		j--
	}
	return j > lo && (a.low[j] == "who" || a.low[j] == "which") && a.low[j-1] == ","
}

// subjectPronouns open a clause ("her" may be an object: left out).
var subjectPronouns = set("he", "she", "they", "we", "i", "it")

// toCues take what was claimed or promised as an infinitive: "claims to
// own", "vowed to appeal" (and intentCues what was intended).
var toCues = set("claims", "claimed", "claim", "claiming", "vowed", "vows", "promised", "promises", "pledged",
	"pledges", "threatened", "threatens", "alleged")

// intentCues attribute an intention ("Apple wants to bring it to the
// Mac", "the airline plans to add flights"): the writer's account of what
// someone wants, graded as the writer's own unless a statement backs it.
var intentCues = set("wants", "wanted", "want", "plans", "planned", "intends", "intended", "intend", "hopes", "hoped",
	"aims", "aimed")

// preps open the phrase between a cue and "that": "said in a statement
// that", "wrote on Instagram that".
var preps = set("in", "on", "at", "during", "to", "with", "via", "through", "after", "before")

// objectThenClause returns where a clause starts after the one told at
// token j ("reporters", "the BBC", "Us Weekly", "him"), or 0: a subject
// pronoun, or a noun phrase and its auxiliary ("the couple had split").
// "told him the truth" has no clause.
func (a *annot) objectThenClause(j, end int) int {
	k := j
	switch {
	case k < end && !a.Tokens[k].Cap && (a.low[k] == "him" || a.low[k] == "her" || a.low[k] == "them" || a.low[k] == "me" || a.low[k] == "us"):
		k++
		if a.low[k-1] == "her" && k < end && !a.Tokens[k].Cap && a.Tokens[k].Kind == hearsay.Word && !clauseOpeners[a.low[k]] {
			k++ // "told her friends she was …": her is their possessor
		}
	case k < end && a.Tokens[k].Cap && a.Tokens[k].Kind == hearsay.Word:
		for k < end && k < j+4 && (a.Tokens[k].Cap && a.Tokens[k].Kind == hearsay.Word || a.low[k] == "!" && a.Tokens[k].Start == a.Tokens[k-1].End) {
			k++ // "OK!" goes on
		}
		if k < end && outletNouns[a.low[k]] {
			k++ // "OK! magazine"
		}
	case k+1 < end && (a.low[k] == "the" || possessives[a.low[k]]) && !a.Tokens[k+1].Cap && a.Tokens[k+1].Kind == hearsay.Word:
		k += 2 // "told the court", "told his staff"
	case k+1 < end && a.low[k] == "the" && a.Tokens[k+1].Cap && a.Tokens[k+1].Kind == hearsay.Word:
		k++ // "told the BBC she had …", "told the Daily Mail"
		for k < end && k < j+5 && a.Tokens[k].Cap && a.Tokens[k].Kind == hearsay.Word {
			k++
		}
	case k < end && strings.HasSuffix(a.low[k], "s") && !a.Tokens[k].Cap: // "reporters", "investors"
		k++
	default:
		return 0
	}
	if k >= end || a.inQ[k] {
		return 0
	}
	switch a.low[k] {
	case "he", "she", "they", "it", "we", "i", "you":
		return k
	case "the", "a", "an", "his", "her", "their", "its":
		for x := k + 1; x < end && x <= k+5; x++ {
			if a.inQ[x] && x > k+1 {
				return k // "the couple “looked united.”": a quoted predicate
			}
			if a.inQ[x] || a.Tokens[x].Kind == hearsay.Punct {
				return 0
			}
			switch a.low[x] {
			case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
				"might", "should", "must", "did", "does", "do":
				return k
			}
			// "told reporters the talks failed": a verb in the past
			// after the subject's noun
			if x > k+1 && !a.Tokens[x].Cap && (len(a.low[x]) > 3 && strings.HasSuffix(a.low[x], "ed") || pastTense[a.low[x]]) {
				return k
			}
		}
	}
	return 0
}

// clauseOpeners open the clause told after "told her": "told her she
// …", "told her the plan …", "told her that …".
var clauseOpeners = set("he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their", "its",
	"that", "to", "about", "how", "what", "why", "when", "where", "not", "so", "there", "this", "these", "those")

// deniedSpeech reports whether the cue at c is negated or declined: "did
// not say which …", "declined to say whether …", "never told …".
func (a *annot) deniedSpeech(si, c int) bool {
	first := a.Sentences[si].Tokens[0]
	for k := max(first, c-3); k < c; k++ {
		switch a.low[k] {
		case "not", "n't", "never", "declined", "refused", "won't", "wouldn't", "cannot", "can't":
			return true
		}
	}
	return false
}

// timeWords open a time phrase between a cue and its clause.
var timeWords = set("on", "yesterday", "today", "tonight", "last", "this", "earlier", "later", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday")

// skipTime returns the token after a short time phrase at j ("on
// Thursday", "last week", "yesterday"), or j.
func (a *annot) skipTime(j, end int) int {
	if j >= end || !timeWords[a.low[j]] {
		return j
	}
	switch a.low[j] {
	case "on":
		if j+1 < end && timeWords[a.low[j+1]] && a.low[j+1] != "on" && a.low[j+1] != "last" && a.low[j+1] != "this" {
			return j + 2
		}
		return j
	case "last", "this":
		if j+1 < end {
			switch a.low[j+1] {
			case "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening":
				return j + 2
			}
		}
		return j
	}
	return j + 1
}

// clauseStart reports whether token j can begin a reported clause without
// "that": a pronoun, a determiner or a name, or a short noun phrase and
// the auxiliary after it ("sales had fallen", "two men were arrested",
// "more than 4 billion songs had been downloaded").
func (a *annot) clauseStart(j int) bool {
	switch a.low[j] {
	case "he", "she", "they", "it", "we", "i", "you", "the", "his", "her", "their", "there", "this", "a":
		return true
	case "to", "not":
		return false // "agreed to have …"
	case "no", "nothing":
		// "said no charges had been filed", not "announced no new
		// products": a clause only with its own verb
		for k := j + 1; k < len(a.Tokens) && k <= j+4; k++ {
			if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct || a.low[k] == "and" || a.low[k] == "or" {
				return false
			}
			if finiteVerbs[a.low[k]] {
				return true
			}
		}
		return false
	}
	if a.Tokens[j].Cap && a.Tokens[j].Kind == hearsay.Word {
		return true
	}
	if a.Tokens[j].Kind == hearsay.Punct {
		return false
	}
	// people, then a verb in the past: "officers arrested the suspect"
	if m := a.mentionAt(a.Tokens[j].Start, a.Tokens[j].End); m >= 0 && a.Mentions[m].Start == a.Tokens[j].Start {
		if k := a.TokenAt(a.Mentions[m].End); k < len(a.Tokens) && k > j && a.Tokens[k].Start >= a.Mentions[m].End &&
			a.Tokens[k].Kind == hearsay.Word && !a.Tokens[k].Cap && (strings.HasSuffix(a.low[k], "ed") || pastTense[a.low[k]]) {
			return true
		}
	}
	for k := j + 1; k < len(a.Tokens) && k <= j+5; k++ {
		if a.inQ[k] && k > j+1 && a.Tokens[j].Kind == hearsay.Word {
			return true // "said processed foods “play an important role …”": a quoted predicate
		}
		if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct {
			return false
		}
		switch a.low[k] {
		case "and", "or", "but", "to":
			return false
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
			"might", "should", "must", "did", "does", "do", "shall":
			return true
		}
	}
	return false
}

// pastTense are irregular past forms that may open a reported clause's
// predicate: "officers found the car".
var pastTense = set("found", "made", "took", "gave", "left", "met", "saw", "told", "went", "came", "broke", "stole",
	"shot", "hit", "ran", "held", "kept", "lost", "won", "paid", "sold", "bought", "brought", "caught", "fled", "fought")

// reportedAround handles an attribution set inside its claim: "The
// economy, Smith said, is improving", "The plan, officials said on
// Monday, would cost $2 billion". The claim is the whole sentence (a
// span cannot leave the attribution out).
func (a *annot) reportedAround(si, c int) bool {
	s := a.Sentences[si]
	if c < s.Tokens[0]+3 || a.deniedSpeech(si, c) || c+2 >= s.Tokens[1] {
		return false
	}
	// a comma after the cue, past a short time phrase
	m := a.skipTime(c+1, s.Tokens[1])
	if m >= s.Tokens[1] || a.low[m] != "," || m+2 >= s.Tokens[1] || a.inQ[m+1] {
		return false
	}
	// what follows goes on with the claim's predicate, not with the
	// speaker's act: "…, the people said, asking not to be identified"
	if w := a.low[m+1]; strings.HasSuffix(w, "ing") && !a.Tokens[m+1].Cap || speakerActs[w] {
		return false
	}
	// the subject, at most five words after a comma
	k := c - 1
	for k > s.Tokens[0] && c-k <= 6 && a.low[k] != "," {
		if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct {
			return false
		}
		k--
	}
	if a.low[k] != "," || k == c-1 || k < s.Tokens[0]+2 || a.inQ[k] {
		return false
	}
	for x := s.Tokens[0]; x < k; x++ {
		if a.inQ[x] || reportVerbs[a.low[x]] {
			return false
		}
	}
	return a.addIndirect(si, c, s.Tokens[0], a.clauseEnd(si, m+1))
}

// closesClause reports whether token j ends a sentence's clause: the end
// of the sentence, a punctuation mark, or a time word.
func (a *annot) closesClause(j int, s hearsay.Sentence) bool {
	if j >= s.Tokens[1] {
		return true
	}
	return a.Tokens[j].Kind == hearsay.Punct || timeWords[a.low[j]] || a.low[j] == "in" || a.low[j] == "at"
}

// npStart are words that open a noun phrase.
var npStart = set("the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "two", "three", "some",
	"new", "latest", "recent") // "…, claims new report"

// reportedBefore handles "CLAUSE, X said." (the cue near the sentence end).
func (a *annot) reportedBefore(si, c int) bool {
	s := a.Sentences[si]
	if rebuttals[a.low[c]] {
		// "Fans accused Bieber of mocking Gomez, claims the Rhode founder
		// has denied": what the founder denied is no claim of hers
		for k := c - 1; k > s.Tokens[0]; k-- {
			if complementNouns[a.low[k]] && a.low[k-1] == "," && !a.inQ[k] {
				return false
			}
		}
	}
	// "…, has not posted about it": a denial of speech is not a claim, and
	// "posted" or "told" at the end of a sentence report no clause
	// "posted", "wrote" close a claim only right after its speaker ("…,
	// one fan wrote on X."), not after an object ("…, which she posted")
	post := false
	switch a.low[c] {
	case "posted", "wrote", "writes", "tweeted", "shared":
		post = true
		if a.low[c] == "shared" || c+1 < s.Tokens[1] && a.low[c+1] != "." && a.low[c+1] != "on" && a.low[c+1] != "in" {
			return false
		}
	}
	if strings.HasSuffix(a.low[c], "ing") {
		return false // ", claiming …" introduces what follows
	}
	// "…, House leaders have told members to keep …": an instruction or
	// an intention, which reports no clause before it
	if intentCues[a.low[c]] || a.directive(c, s.Tokens[1]) {
		return false
	}
	for k := max(s.Tokens[0], c-3); k < c; k++ {
		switch a.low[k] {
		case "not", "never", "n't", "neither", "nobody", "none", "nor": // "though neither has confirmed"
			return false
		}
	}
	// the cue must close the sentence: only the subject, adverbs and a
	// time phrase after it ("In an interview, the actress admitted she
	// …" reports what follows)
	// (and a participle's phrase after a comma: "…, the company said on
	// Tuesday, sending its shares up 11%")
	// (with its subject before it, the attribution ends at the next
	// comma: "…, Buckingham Palace announced on Friday, nearly three
	// months after he was diagnosed")
	tail := s.Tokens[1]
	inverted := c > 0 && a.low[c-1] == ","
	for x := c + 1; x+1 < tail; x++ {
		// (or a relative clause on the speaker: "…, said the official,
		// who was not authorized to speak publicly")
		if a.low[x] == "," && !a.inQ[x+1] && (!inverted || strings.HasSuffix(a.low[x+1], "ing") && !participleCues[a.low[x+1]] || afterClaim[a.low[x+1]] ||
			a.low[x+1] == "who" || a.low[x+1] == "whose") {
			tail = x
			break
		}
	}
	if tail-c > 9 && !a.phrasesOnly(c+1, tail, 16) || c+1 < s.Tokens[1] && (subjectPronouns[a.low[c+1]] || a.low[c+1] == "that") {
		return false
	}
	// "…, Kremlin denies talks stalled": a clause of its own after the
	// cue, which it reports
	if c+2 < tail && !a.Tokens[c+1].Cap && !npStart[a.low[c+1]] && !preps[a.low[c+1]] {
		for x := c + 2; x < tail && x <= c+3; x++ {
			if !a.inQ[x] && (finiteVerbs[a.low[x]] || strings.HasSuffix(a.low[x], "ed") && !a.Tokens[x].Cap && !(x+1 < tail && a.low[x+1] == "by")) {
				return false
			}
		}
	}
	// a comma before the subject
	// (or a quotation's mark closing over it: `… are "planning a summer
	// wedding," a source tells Us Weekly`)
	k := c - 1
	closed := false
	for k > s.Tokens[0] && c-k <= 10 && a.low[k] != "," {
		if w := a.low[k]; (w == "\"" || w == "”") && a.inQ[k] && !a.inQ[k+1] && a.low[k-1] == "," {
			closed = true
			break
		}
		k--
	}
	if k <= s.Tokens[0]+2 || !closed && (a.low[k] != "," || a.inQ[k]) {
		return false
	}
	// "CLAUSE, said the spokesman.": the speaker follows the cue, a name
	// or a noun phrase that ends the sentence or its clause; "Its
	// manager, Dan Reyes, said goodbye" is a subject and its appositive,
	// and "…, confirmed the layoffs but declined …" a verb and its
	// object, not a claim
	if k == c-1 {
		if c+1 >= s.Tokens[1] || !a.Tokens[c+1].Cap && !npStart[a.low[c+1]] {
			return false
		}
		if sp := a.npAfter(c+1, s); sp == nil || !a.closesClause(a.TokenAt(sp.End-1)+1, s) {
			return false
		}
	}
	// "…, a move analysts warned could squeeze margins": the writer's
	// word on the news before a reduced relative clause, no subject
	if k+2 < c && (a.low[k+1] == "a" || a.low[k+1] == "an") && commentNouns[a.low[k+2]] {
		return false
	}
	// the subject is a noun phrase ("a source"), not a clause ("to which
	// he agreed"), and no quotation follows the cue (that is said after)
	switch a.low[k+1] {
	case "to", "which", "who", "where", "when", "as", "while", "because", "and", "but", "so", "if":
		return false
	}
	// nor a time clause ("…, just days after the couple announced their
	// engagement", "…, shortly before the club confirmed")
	for x := k + 2; x < c && x <= k+4; x++ {
		if a.Tokens[x].Cap {
			continue // (the outlet "AS")
		}
		switch a.low[x] {
		case "after", "before", "since", "until", "when", "once", "while", "as":
			return false
		}
	}
	if post && (k == c-1 || c-k > 4 || k-s.Tokens[0] < 4) {
		return false // a short subject right before "wrote", after a clause of its own
	}
	for x := c + 1; x < s.Tokens[1]; x++ {
		if a.inQ[x] {
			return false
		}
	}
	from := a.afterDateline(s) // "CAIRO (Reuters) — Negotiators returned …, sources told Reuters"
	if a.low[from] == "according" {
		return false // "According to a memo, …, leaders have told …": the memo's claim
	}
	// "EXCLUSIVE: Harry “furious” …, sources say": the label is no part
	// of the claim
	if from+2 < k && a.low[from+1] == ":" && strings.ToUpper(a.Text[a.Tokens[from].Start:a.Tokens[from].End]) == a.Text[a.Tokens[from].Start:a.Tokens[from].End] {
		from += 2
	}
	if closed {
		// (not a claim with an attribution of its own, which the outlet
		// after it passes on: `An insider told Closer Magazine that
		// Jennifer was "heartbroken," the Daily Mail reported`)
		for x := from; x < k; x++ {
			if !a.inQ[x] && a.isCue(x) {
				return false
			}
		}
		return a.addIndirect(si, c, from, k+1)
	}
	return a.addIndirect(si, c, from, k)
}

// announceCues report a thing as well as a clause: "announced 10,000 job
// cuts".
var announceCues = set("announced", "announces", "announce", "announcing", "unveiled", "unveils")

// modifies reports whether the participle at c qualifies a noun after a
// determiner: "the recently announced iPhone 4", "its newly unveiled
// jet".
func (a *annot) modifies(c int) bool {
	k := c - 1
	if k > 0 && strings.HasSuffix(a.low[k], "ly") {
		k--
	}
	return k >= 0 && determinerBefore[a.low[k]]
}

// objectNP reports whether a noun phrase opens at token j (before end): a
// number, a determiner, or a lower-case word that is no function word,
// pronoun or verb form.
func (a *annot) objectNP(j, end int) bool {
	t, w := a.Tokens[j], a.low[j]
	switch {
	case t.Kind == hearsay.Number, determinerBefore[w] && w != "that":
		return j+1 < end
	case t.Kind != hearsay.Word, prepositions[w], subjectPronouns[w], w == "to", w == "that", w == "it", w == "plans":
		return false
	}
	return j+1 < end && (!strings.HasSuffix(w, "ing") || ingAdjectives[w])
}

// ingAdjectives end in -ing but qualify a noun: "announces upcoming
// update".
var ingAdjectives = set("upcoming", "ongoing", "forthcoming", "outstanding", "existing", "remaining", "sweeping",
	"long-awaited", "groundbreaking", "record-breaking", "cutting-edge")

// afterClaim open the writer's own clause after "…, sources told
// Reuters, as hundreds of trucks waited".
var afterClaim = set("as", "while", "amid", "after", "before", "when", "despite", "even", "with", "though", "although")

// phrasesOnly reports whether tokens [i,j), at most max of them, hold no
// clause of their own (no finite verb, "that" or subject pronoun): the
// object and phrases of an attribution, "employees in an internal memo
// seen by Bloomberg News on Tuesday".
func (a *annot) phrasesOnly(i, j, max int) bool {
	if j-i > max {
		return false
	}
	for k := i; k < j; k++ {
		if w := a.low[k]; a.inQ[k] || finiteVerbs[w] || w == "that" || subjectPronouns[w] || reportVerbs[w] {
			return false
		}
	}
	return true
}

// notContinuing open what follows "…, according to X," when it is not
// the rest of the claim: a relative clause on the source, or a clause
// of the writer's own ("though neither has confirmed it").
var notContinuing = set("who", "which", "whom", "though", "although", "but", "while", "whereas", "as", "and",
	// a phrase of the writer's after the source: "…, according to the air force, in one of the largest attacks"
	"in", "on", "at", "with", "amid", "after", "before", "during", "marking", "making", "the", "a", "an")

// directive reports whether the verb at k takes an object and an
// infinitive ("told members to keep", "urged Thune to drop"): an
// instruction, which reports no clause.
func (a *annot) directive(k, end int) bool {
	if k+1 >= end || a.Tokens[k+1].Kind != hearsay.Word {
		return false // "said, asking not to be identified": no object
	}
	for x := k + 2; x < min(end-1, k+6); x++ {
		if a.inQ[x] || a.Tokens[x].Kind == hearsay.Punct {
			return false
		}
		if a.low[x] == "to" {
			// "told members to keep …", not "said in a note to clients":
			// a plural noun (ending in s, not ss: "to discuss") or a
			// body of people is whom it was said to
			n, w := a.Tokens[x+1], a.low[x+1]
			return n.Kind == hearsay.Word && !n.Cap && !npStart[w] &&
				!(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3) && !audiences[w]
		}
	}
	return false
}

// accordingTo handles "According to X, CLAUSE" and the sample's "According
// to an insider who reported to Closer Magazine in 2021, claimed, that …".
func (a *annot) accordingTo(si, c int) bool {
	s := a.Sentences[si]
	// a quotation attributed already, by a cue of this sentence before
	attributed := func(p *hearsay.Quote) bool {
		return p.Cue != nil && p.Cue.Start >= s.Start && p.Cue.End <= a.Tokens[c-1].Start && p.Speaker != nil
	}
	// `… dismissed the reports as "hysteria," according to TASS`: the
	// comma inside the closing mark
	if c > s.Tokens[0]+2 && (a.low[c-1] == `"` || a.low[c-1] == "”") && a.inQ[c-1] && a.low[c-2] == "," {
		if p := a.quoteBefore(a.Tokens[c].Start, s, attributed); p != nil {
			a.viaAccording(p, c, s)
			return true
		}
	}
	if c > s.Tokens[0]+1 && a.low[c-1] == "," && !a.inQ[c-2] {
		// "CLAUSE, according to X."; "X said it would …, according to
		// a filing": the claim is X's, found already, and the filing
		// where the writer saw it
		if p := a.claimBefore(a.Tokens[c].Start, s); p != nil && p.Start > s.Start {
			a.viaAccording(p, c, s)
			return true
		}
		// "“I'm confident,” Biden said Tuesday, according to a transcript":
		// where the writer found a quotation attributed already
		if p := a.quoteBefore(a.Tokens[c].Start, s, attributed); p != nil {
			a.viaAccording(p, c, s)
			return true
		}
		from, to := s.Tokens[0], c-1
		// "Smith, according to two people briefed on the plan, will
		// resign": set inside the claim, which is the whole sentence
		x := c + 2
		for x < s.Tokens[1] && a.low[x] != "," && !a.inQ[x] {
			x++
		}
		if x+2 < s.Tokens[1] && a.low[x] == "," && !a.inQ[x+1] && !notContinuing[a.low[x+1]] && !a.nameToEnd(x+1, s.Tokens[1]) {
			to = a.clauseEnd(si, x+1)
		}
		if a.hedgeWord(c) {
			a.reportsClaim(si, c, from, to)
			return true
		}
		a.addIndirect(si, c, from, to)
		return true
	}
	j := c + 2
	for j < s.Tokens[1] && a.low[j] != "," {
		j++
	}
	// skip ", claimed, that"
	for j < s.Tokens[1] && (a.low[j] == "," || a.low[j] == "that" || reportVerbs[a.low[j]]) {
		j++
	}
	if j >= s.Tokens[1] || a.inQ[j] {
		return true
	}
	// "According to a report by Page Six, a source close to the couple
	// said …": the claim is the source's, found at its own cue, with the
	// report in its chain (viaBefore)
	for k := j + 1; k < s.Tokens[1] && k <= j+10; k++ {
		if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct {
			break
		}
		if reportVerbs[a.low[k]] && !passiveAux[a.low[k-1]] && !a.directive(k, s.Tokens[1]) && a.mentionBefore(a.Tokens[k].Start, a.Tokens[j].Start) >= 0 {
			return false // not "the president is expected to sign": passive
		}
	}
	if a.hedgeWord(c) {
		// "according to reports": a hedge, not a source — a reported
		// claim with nobody behind it
		a.reportsClaim(si, c, j, a.clauseEnd(si, j))
		return true
	}
	a.addIndirect(si, c, j, a.clauseEnd(si, j))
	return true
}

// nameToEnd reports whether tokens [i,end) are capitalised words and
// punctuation only: a name in apposition that ends the sentence ("…,
// according to his lawyer, Delphine Verheyden."), not the rest of a
// claim the source was set inside.
func (a *annot) nameToEnd(i, end int) bool {
	for k := i; k < end; k++ {
		if t := a.Tokens[k]; t.Kind == hearsay.Word && !t.Cap {
			return false
		}
	}
	return true
}

// audiences are whom something is said to, without a plural's s: "said
// in an email to staff".
var audiences = set("staff", "media", "press", "parliament", "congress", "police", "management", "everyone", "anyone")

// adverbialOpeners open, after a comma, an adverbial clause or phrase
// of the writer's, not what a cue reports.
var adverbialOpeners = set("as", "after", "before", "when", "because", "since", "amid", "despite", "even", "until")

// complementNouns take a "that" clause saying what was reported:
// "reports that …", "rumors that …", "speculation that …".
var complementNouns = set("reports", "report", "rumors", "rumours", "rumor", "rumour", "speculation", "claims", "allegations",
	"suggestions", "accusations", "stories", "story")

// rebuttals answer a report without making its claim their own: "denied
// reports that …", "responded to rumors that …".
var rebuttals = set("denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected", "rejects", "refuted",
	"refutes", "responded", "responds", "responding", "addressed", "addresses", "disputed", "disputes", "slammed", "slams",
	"debunked", "downplayed", "contested", "contradicted", "rubbished", "quashed", "squashed")

// viaAccording adds to quote p, attributed already, the outlet named
// after "according to" at c: "Peskov dismissed the reports as
// “hysteria,” according to the state-run TASS news agency".
func (a *annot) viaAccording(p *hearsay.Quote, c int, s hearsay.Sentence) {
	j := c + 2
	for j < s.Tokens[1] && j < c+8 && !a.Tokens[j].Cap && a.Tokens[j].Kind == hearsay.Word {
		// "the state-run", "a report by"; not "an insider who spoke to"
		switch w := a.low[j]; {
		case w == "the" || w == "a" || w == "an" || w == "report" || w == "reports" || w == "by" || w == "in" || w == "from" ||
			strings.Contains(w, "-") || outletWords[w]:
			j++
			continue
		}
		return
	}
	if j < s.Tokens[1] && a.Tokens[j].Cap {
		if e := a.orgNamed(j, s.Tokens[1]); e >= 0 {
			p.Via = appendOnce(p.Via, e)
		}
	}
}

// commentNouns name a statement in an appositive after it: ", a claim
// his team denies".
var commentNouns = set("charge", "claim", "remark", "comment", "allegation", "statement", "suggestion", "view",
	"sentiment", "point", "accusation", "assertion", "prediction", "forecast", "projection", "estimate", "assessment",
	// ", a shift that could avert a shutdown": the writer's word on the news
	"shift", "move", "step", "reversal", "departure", "turnaround", "sign", "signal", "development", "decision",
	// ", a figure that could not be independently verified": the writer's
	// word on a number
	"figure", "number", "total", "sum", "amount", "tally", "account", "version")

// reportsClaim adds the claim in tokens [from, to) that "according to
// reports" at c passes on: reported, with nobody behind it.
func (a *annot) reportsClaim(si, c, from, to int) {
	if to-from < 3 {
		return
	}
	// "according to a report in the Daily Mail": the outlet it came through
	var via []int
	s := a.Sentences[si]
	for k := c + 2; k < min(s.Tokens[1], c+8); k++ {
		if a.low[k] == "in" || a.low[k] == "by" || a.low[k] == "from" {
			if e := a.orgNamed(k+1, s.Tokens[1]); e >= 0 {
				via = appendOnce(via, e)
			}
			break
		}
	}
	a.addReported(si, hearsay.Span{Start: a.Tokens[c].Start, End: a.Tokens[c+1].End}, from, to, via)
}

// addReported adds the claim in tokens [from, to) of sentence si, with
// cue and the chain via: someone's report that no one is named behind
// ("according to reports", "It is understood that", "is said to"),
// graded reported.
func (a *annot) addReported(si int, cue hearsay.Span, from, to int, via []int) {
	q := hearsay.Quote{Span: hearsay.Span{Start: a.Tokens[from].Start, End: a.Tokens[to-1].End}, Kind: hearsay.Indirect, Cue: &cue}
	a.grade(&q, si)
	q.Evidence = hearsay.Reported
	for _, e := range via {
		q.Via = appendOnce(q.Via, e)
	}
	a.quotes = append(a.quotes, q)
	a.para = append(a.para, a.Sentences[si].Paragraph)
}

// hedgeWord reports whether "according to" at c is "according to reports".
func (a *annot) hedgeWord(c int) bool {
	if c+2 >= len(a.low) {
		return false
	}
	w := a.low[c+2]
	if w == "multiple" || w == "several" || w == "some" || w == "a" || w == "one" || w == "the" || w == "media" || w == "press" || w == "local" || w == "recent" {
		w = a.low[min(c+3, len(a.low)-1)]
	}
	return w == "reports" || w == "report" || w == "rumours" || w == "rumors"
}

// via fills each quote's Via: the outlets and platforms a statement came
// through — "told Closer Magazine", "posted on Instagram", "in an
// interview with Vogue" — in its sentence, and those its anonymous
// speaker was introduced with ("an insider who reported to Closer
// Magazine").
func (a *annot) via() {
	entityVia := map[int][]int{}
	for _, m := range a.Mentions {
		if !m.Anonymous || m.Entity < 0 {
			continue
		}
		si := a.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		end := a.TokenAt(m.End)
		for _, e := range a.orgsAfterLinks(end, min(a.Sentences[si].Tokens[1], end+16)) {
			entityVia[m.Entity] = appendOnce(entityVia[m.Entity], e)
		}
	}
	for qi := range a.quotes {
		q := &a.quotes[qi]
		if q.Speaker != nil && q.Speaker.Entity >= 0 {
			for _, e := range entityVia[q.Speaker.Entity] {
				q.Via = appendOnce(q.Via, e)
			}
		}
		if q.Cue == nil {
			continue
		}
		si := a.SentenceAt(q.Cue.Start)
		if si < 0 {
			continue
		}
		c := a.TokenAt(q.Cue.Start)
		for _, e := range a.orgsAfterLinks(c, min(a.Sentences[si].Tokens[1], c+10)) {
			q.Via = appendOnce(q.Via, e)
		}
		for _, e := range a.viaBefore(si, c) {
			q.Via = appendOnce(q.Via, e)
		}
		// "…, the Daily Mail reported.": the outlet that passed it on
		if k := a.nextTok(q.End); k < len(a.Tokens) && k > 0 {
			if a.low[k] != "," && commaClosed(a.Text[q.Start:a.Tokens[k].Start]) {
				k-- // “heartbroken,” the Daily Mail reported: the mark stands for the comma
			}
			if m := a.reporterAfter(k, a.Sentences[si].Tokens[1]); m >= 0 && a.Mentions[m].Entity >= 0 {
				q.Via = appendOnce(q.Via, a.Mentions[m].Entity)
			}
		}
	}
}

// viaLinks are the words before an outlet or platform a statement passed
// through.
var viaLinks = set("told", "to", "on", "via", "with", "through", "tells", "tell", "telling", "by")

// orgsAfterLinks returns the entities of ORG mentions in tokens [i, lim)
// that follow a via link ("to Closer Magazine", "on Instagram").
func (a *annot) orgsAfterLinks(i, lim int) []int {
	var out []int
	for k := i; k < lim; k++ {
		if a.inQ[k] {
			continue
		}
		// "captioned an Instagram post", "in a lengthy Instagram post": a
		// platform named as the medium
		if determinerBefore[a.low[k]] {
			for p := k + 1; p < lim && p <= k+3; p++ {
				if lexicon.Gazetteer(a.low[p]) == "platform" {
					if e := a.orgNamed(p, p+1); e >= 0 {
						out = append(out, e)
					}
					break
				}
				if a.inQ[p] || a.Tokens[p].Kind != hearsay.Word || notModifiers[a.low[p]] {
					break // "that competition from YouTube": not the medium
				}
			}
			continue
		}
		if !viaLinks[a.low[k]] {
			continue
		}
		j := k + 1
		if j < lim && (a.low[j] == "an" || a.low[j] == "a") && j+2 < lim && a.low[j+1] == "interview" && a.low[j+2] == "with" {
			j += 3
		}
		if j >= len(a.Tokens) {
			break
		}
		if e := a.orgNamed(j, len(a.Tokens)); e >= 0 {
			out = append(out, e)
		} else if p := a.pastOutletNoun(j, lim); p > j {
			// "told Italian broadcaster Sky Sport Italia", "to the
			// tabloid Bild": the outlet the noun names
			if e := a.orgNamed(p, len(a.Tokens)); e >= 0 {
				out = append(out, e)
			}
		} else if a.low[j] == "the" && j+1 < len(a.Tokens) && outletNouns[a.low[j+1]] {
			// "told the paper": the outlet last named
			if e := a.outletBefore(a.Tokens[j].Start); e >= 0 {
				out = append(out, e)
			}
		}
	}
	return out
}

// pastOutletNoun returns the token after the outlet noun (and the "the"
// or the nationality before it) that opens at token j, when a
// capitalised name follows it: "Italian broadcaster Sky Sport Italia",
// "the tabloid Bild"; else j.
func (a *annot) pastOutletNoun(j, lim int) int {
	p := j
	if p < lim && (a.low[p] == "the" || a.low[p] == "a") {
		p++
	}
	if p+1 < lim && a.Tokens[p].Cap && lexicon.Gazetteer(a.low[p]) == "norp" {
		p++ // "Italian"
	}
	if p+1 < lim && outletNouns[a.low[p]] && !a.Tokens[p].Cap && a.Tokens[p+1].Cap {
		return p + 1
	}
	return j
}

// notModifiers end the words before a platform's name that make it a
// medium ("a lengthy Instagram post").
var notModifiers = set("from", "of", "by", "with", "for", "against", "than", "and", "or", "like", "as")

// outletNouns stand for an outlet already named: "told the paper".
var outletNouns = set("paper", "newspaper", "magazine", "outlet", "publication", "tabloid", "site", "website",
	"network", "channel", "station", "show", "podcast", "broadcaster", "daily", "weekly")

// outletBefore returns the entity of the last organisation mentioned
// before off that is an outlet or platform, or -1.
func (a *annot) outletBefore(off int) int {
	ms := a.Mentions
	for k := sort.Search(len(ms), func(x int) bool { return ms[x].Start >= off }) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Type != hearsay.Org || m.Entity < 0 {
			continue
		}
		name := a.Text[m.Start:m.End]
		if lexicon.KnownEntity(name) == "ORG" || lexicon.Gazetteer(lexicon.Lower(name)) == "platform" {
			return m.Entity
		}
	}
	return -1
}

// orgNamed returns the entity of the organisation named at token j, or
// after a "the" there ("The Sun", "the Daily Mail"), within tokens before
// lim; -1 if none.
func (a *annot) orgNamed(j, lim int) int {
	for k := j; k < lim && k <= j+1; k++ {
		if mi := a.orgMentionAt(k); mi >= 0 && a.Mentions[mi].Entity >= 0 {
			return a.Mentions[mi].Entity
		}
		if a.low[k] != "the" {
			break
		}
	}
	return -1
}

// viaBefore returns the outlets and platforms named before the cue c in
// its sentence: "In an interview with ITV, Harry said", "Speaking to The
// Sun, a friend revealed", "posted a photo on Instagram, writing:". Only an interview's outlet or a platform counts
// there, not any organisation after "on" or "to".
func (a *annot) viaBefore(si, c int) []int {
	var out []int
	lo := a.Sentences[si].Tokens[0]
	for k := lo; k < c; k++ {
		if a.inQ[k] {
			continue
		}
		j := -1
		switch {
		case a.low[k] == "interview" && k+1 < c && a.low[k+1] == "with":
			j = k + 2
		case a.low[k] == "asked" && k+2 < c && a.low[k+1] == "by":
			// "Asked by TMZ whether …, he said"
			j = k + 2
		case (a.low[k] == "post" || a.low[k] == "video" || a.low[k] == "story" || a.low[k] == "live") && k > lo:
			// "In a lengthy Instagram post, the singer wrote": the
			// platform named before the post
			if m := a.orgMentionEnding(a.Tokens[k-1].End, a.Tokens[lo].Start); m >= 0 && a.Mentions[m].Entity >= 0 &&
				lexicon.Gazetteer(lexicon.Lower(a.Text[a.Mentions[m].Start:a.Mentions[m].End])) == "platform" {
				out = appendOnce(out, a.Mentions[m].Entity)
			}
			continue
		case (a.low[k] == "statement" || a.low[k] == "interview") && k+1 < c && a.low[k+1] == "to":
			// "In a statement to People, a rep for Lopez said"
			j = k + 2
		case (a.low[k] == "speaking" || a.low[k] == "talking" || a.low[k] == "chatting") && k+1 < c && (a.low[k+1] == "to" || a.low[k+1] == "with"):
			// "Speaking to The Sun, a friend revealed"
			j = k + 2
		case (a.low[k] == "writing" || a.low[k] == "wrote" || a.low[k] == "writes") && k+2 < c && a.low[k+1] == "in":
			// "Writing in his Daily Mail column, Neville claimed", "wrote
			// in The Guardian that"
			j = k + 2
			switch a.low[j] {
			case "his", "her", "their", "a", "an", "its":
				j++
			}
		case a.low[k] == "up" && k > lo && (a.low[k-1] == "opened" || a.low[k-1] == "opens") && k+1 < c && a.low[k+1] == "to":
			// "Selena Gomez opened up to Vanity Fair about …, saying"
			j = k + 2
		case a.low[k] == "according" && k+1 < c && a.low[k+1] == "to":
			// "According to a report by Page Six, a source said"
			j = k + 2
			for j < c && j < k+7 && !a.Tokens[j].Cap {
				j++
			}
		case obtainedBy[a.low[k]] && k+2 < c && a.low[k+1] == "by" && k > lo && (a.low[k-1] == "was" || a.low[k-1] == "were" || a.low[k-1] == "been"):
			// "The memo, which was obtained by Politico, says"
			j = k + 2
		case a.low[k] == "citing" && k >= lo+2 && a.low[k-1] == ",":
			// "Us Weekly, citing a friend of the star, reported"
			if m := a.orgMentionEnding(a.Tokens[k-2].End, a.Tokens[lo].Start); m >= 0 && a.Mentions[m].Entity >= 0 {
				out = appendOnce(out, a.Mentions[m].Entity)
			}
			continue
		case (a.low[k] == "quoted" || a.low[k] == "cited") && k > lo && a.low[c-1] == "as":
			// "Detik.com quoted Djamal as saying": the outlet that quoted;
			// "was quoted by Reuters as saying": the outlet after "by"
			if k+2 < c && a.low[k+1] == "by" {
				if e := a.orgNamed(k+2, c); e >= 0 {
					out = appendOnce(out, e)
				}
				continue
			}
			if m := a.orgMentionEnding(a.Tokens[k-1].End, a.Tokens[lo].Start); m >= 0 && a.Mentions[m].Entity >= 0 {
				out = appendOnce(out, a.Mentions[m].Entity)
			}
			continue
		case (a.low[k] == "on" || a.low[k] == "via") && k+1 < c:
			j = k + 1
			if a.low[j] == "the" {
				j++
			}
			if j < c && lexicon.Gazetteer(a.low[j]) != "platform" && !morePlatforms[a.low[j]] {
				j = -1
			}
		}
		if j < 0 || j >= c {
			continue
		}
		if e := a.orgNamed(j, c); e >= 0 {
			out = append(out, e)
		}
	}
	return out
}

// morePlatforms are social platforms besides the gazetteer's (whose
// words the name tagger learnt from, and which therefore stays as it
// is).
var morePlatforms = set("linkedin", "bluesky", "weibo", "telegram", "whatsapp", "mastodon", "twitch", "truth", "pinterest", "tumblr")

func appendOnce(s []int, e int) []int {
	for _, x := range s {
		if x == e {
			return s
		}
	}
	return append(s, e)
}

// assertions adds the writer's own claims: sentences of narration, with no
// quotation or cue, that a booster or stance marker makes an assertion or
// an opinion ("Britney had definitely been served the shorter end of the
// stick"). They have no speaker and are graded unattributed.
func (a *annot) assertions() {
	bs := lexicon.Boosters()
	n0 := len(a.quotes)
	for si, s := range a.Sentences {
		found := false
		for i := s.Tokens[0]; i < s.Tokens[1] && !found; i++ {
			if a.inQ[i] || a.isCue(i) {
				found = false
				break
			}
			w := a.low[i]
			c := a.class(i)
			word, start := c&qBooster != 0, c&qBoosterStart != 0
			if word {
				found = true
				break
			}
			if !start {
				continue
			}
			if i+2 < s.Tokens[1] && bs.Has(w+" "+a.low[i+1]+" "+a.low[i+2]) || i+1 < s.Tokens[1] && bs.Has(w+" "+a.low[i+1]) {
				found = true
			}
		}
		if !found {
			continue
		}
		// no quotation or claim already in this sentence (the assertions
		// added here are each in a sentence of their own)
		taken := a.quoteIn(s.Span, n0)
		e := a.clauseEnd(si, s.Tokens[0])
		if taken || e-s.Tokens[0] < 4 {
			continue
		}
		q := hearsay.Quote{Span: hearsay.Span{Start: a.Tokens[s.Tokens[0]].Start, End: a.Tokens[e-1].End}, Kind: hearsay.Indirect}
		a.grade(&q, si)
		a.quotes = append(a.quotes, q)
		a.para = append(a.para, s.Paragraph)
	}
}

// asReportedBy handles "CLAUSE, as (first) reported by OUTLET" and its
// fronted form, "As first reported by The Athletic, CLAUSE": the claim is
// the outlet's report, passed on — reported, through the outlet.
func (a *annot) asReportedBy(si, i int) bool {
	s := a.Sentences[si]
	fronted := i == s.Tokens[0]
	if !fronted && (i < s.Tokens[0]+3 || a.low[i-1] != "," || a.inQ[i-1]) {
		return false
	}
	k := i + 1
	if k < s.Tokens[1] && (a.low[k] == "first" || a.low[k] == "originally" || a.low[k] == "previously" || a.low[k] == "exclusively") {
		k++
	}
	if k+1 >= s.Tokens[1] || a.low[k] != "reported" || a.low[k+1] != "by" {
		return false
	}
	org := -1
	for j := k + 2; j < min(s.Tokens[1], k+4) && org < 0; j++ {
		org = a.orgMentionAt(j)
	}
	if org < 0 {
		return false
	}
	cue := hearsay.Span{Start: a.Tokens[k].Start, End: a.Tokens[k+1].End}
	if !fronted {
		return a.passOn(si, s.Tokens[0], i-1, cue, org)
	}
	c := a.TokenAt(a.Mentions[org].End)
	if c+1 >= s.Tokens[1] || a.low[c] != "," || a.inQ[c+1] {
		return false
	}
	return a.passOn(si, c+1, a.clauseEnd(si, c+1), cue, org)
}

// passOn adds the claim in tokens [from, to) that the outlet of mention
// org passes on, with cue: another outlet's report, graded reported, the
// outlet its speaker and in its chain.
func (a *annot) passOn(si, from, to int, cue hearsay.Span, org int) bool {
	m := a.Mentions[org]
	q := hearsay.Quote{Span: hearsay.Span{Start: a.Tokens[from].Start, End: a.Tokens[to-1].End}, Kind: hearsay.Indirect, Cue: &cue,
		Speaker: &hearsay.Speaker{Span: m.Span, Mention: org, Entity: m.Entity}}
	if m.Entity >= 0 {
		q.Via = []int{m.Entity}
	}
	a.grade(&q, si)
	if q.Evidence == hearsay.OnRecord {
		q.Evidence = hearsay.Reported
	}
	a.quotes = append(a.quotes, q)
	a.para = append(a.para, a.Sentences[si].Paragraph)
	return true
}

// quoteIn reports whether one of quotes[:n] overlaps sp: by binary search
// in each run of them (the quotations between marks, then the reported
// claims, each in text order).
func (a *annot) quoteIn(sp hearsay.Span, n int) bool {
	for _, run := range [2][2]int{{0, a.marked}, {a.marked, n}} {
		lo, hi := run[0], run[1]
		k := lo + sort.Search(hi-lo, func(i int) bool { return a.quotes[lo+i].Start >= sp.End })
		// the last few that start before sp ends may reach into it
		for j := k - 1; j >= lo && j >= k-4; j-- {
			if a.quotes[j].End > sp.Start {
				return true
			}
		}
	}
	return false
}

// impersonalVerbs report a claim nobody is named behind: "It is
// understood that …", "It has been reported that …".
var impersonalVerbs = set("understood", "believed", "thought", "said", "reported", "claimed", "alleged", "rumoured",
	"rumored", "known", "expected", "feared", "suggested", "speculated", "reckoned", "estimated", "announced", "confirmed", "revealed")

// impersonal handles "It is understood that CLAUSE", "It has been
// reported that CLAUSE": a reported claim with no speaker, the whole
// phrase its cue.
func (a *annot) impersonal(si, i int) bool {
	s := a.Sentences[si]
	k := i + 1
	for k < s.Tokens[1] && k <= i+3 {
		switch a.low[k] {
		case "is", "was", "has", "had", "have", "been", "being", "widely", "now", "also", "long":
			k++
			continue
		}
		break
	}
	if k == i+1 || k+1 >= s.Tokens[1] || !impersonalVerbs[a.low[k]] || a.inQ[k] {
		return false
	}
	// past a time: "It was announced on Monday that …"
	j := a.skipTime(k+1, s.Tokens[1])
	if j >= s.Tokens[1] || a.low[j] != "that" {
		return false
	}
	from := j + 1
	to := a.clauseEnd(si, from)
	if to-from < 3 || from < s.Tokens[1] && a.inQ[from] {
		return false
	}
	a.addReported(si, hearsay.Span{Start: a.Tokens[i].Start, End: a.Tokens[k].End}, from, to, nil)
	return true
}

// weTold handles an outlet's own word for what its unnamed sources say,
// opening the sentence at i: "We're told Harry spent the visit with his
// cousins", "We have learned that …", "We understand the pair split": a
// claim nobody is named behind.
func (a *annot) weTold(si, i int) bool {
	s := a.Sentences[si]
	k := i
	switch a.low[i] {
	case "we", "we're", "we’re", "we've", "we’ve":
		k++
	default:
		return false
	}
	for k < s.Tokens[1] && k <= i+3 && (a.low[k] == "are" || a.low[k] == "have" || a.low[k] == "been" || a.low[k] == "also" || a.low[k] == "now") {
		k++
	}
	if k+1 >= s.Tokens[1] || a.inQ[k] || !weCues[a.low[k]] {
		return false
	}
	from := k + 1
	if a.low[from] == "that" {
		from++
	}
	to := a.clauseEnd(si, from)
	if to-from < 3 || from >= s.Tokens[1] || a.inQ[from] || !a.clauseStart(from) && a.low[from-1] != "that" {
		return false
	}
	a.addReported(si, hearsay.Span{Start: a.Tokens[i].Start, End: a.Tokens[k].End}, from, to, nil)
	return true
}

// headlineClause reports whether tokens from j to the end of headline
// si are a clause without its verb, as headlines write them, holding a
// quotation: "Noel Gallagher says brothers 'in a good place'".
func (a *annot) headlineClause(si, j int) bool {
	s := a.Sentences[si]
	p := a.Paragraphs[s.Paragraph]
	if p.Start != s.Start || p.End != s.End || j+2 >= s.Tokens[1] || a.inQ[j] || a.Tokens[j].Kind != hearsay.Word {
		return false
	}
	// a headline: no full stop at its end, inside a closing mark or not
	if t := strings.TrimRight(a.Text[s.Start:s.End], "'’\"” "); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return false
	}
	for k := j + 1; k < s.Tokens[1] && k <= j+4; k++ {
		if a.inQ[k] {
			return true
		}
	}
	return false
}

// writersGloss reports whether tokens from k open the writer's gloss on
// the news: "in a rare admission that …", "in a sign that …", "in a move
// that …" (not "in a statement that …", the speaker's).
func (a *annot) writersGloss(k, end int) bool {
	if a.low[k] != "in" {
		return false
	}
	for x := k + 1; x < end && x <= k+4; x++ {
		if glossNouns[a.low[x]] {
			return true
		}
		if a.Tokens[x].Kind != hearsay.Word {
			return false
		}
	}
	return false
}

// glossNouns are the writer's words for what news means.
var glossNouns = set("admission", "sign", "move", "indication", "acknowledgment", "acknowledgement", "nod", "reversal",
	"blow", "boost", "setback", "u-turn", "shift", "departure", "rebuke", "snub")

// nounPhraseOnly reports whether tokens [j, end) hold no verb to the
// sentence's end: a few words of a name or a noun phrase.
func (a *annot) nounPhraseOnly(j, end int) bool {
	if end-j > 8 || j >= end || subjectPronouns[a.low[j]] || !a.Tokens[j].Cap && !determinerBefore[a.low[j]] {
		return false
	}
	for k := j; k < end; k++ {
		w := a.low[k]
		if a.inQ[k] || finiteVerbs[w] || strings.HasSuffix(w, "ed") && !a.Tokens[k].Cap || a.class(k)&qReport != 0 || w == "that" {
			return false
		}
	}
	return true
}

// objectGap reports whether tokens [i, end) are a clause whose verb ends
// the sentence without its object: "…, claims the Rhode founder has
// repeatedly denied" (claims she has denied), a relative clause on the
// noun before it.
func (a *annot) objectGap(i, end int) bool {
	last := end - 1
	for last > i && a.Tokens[last].Kind == hearsay.Punct && !a.inQ[last] {
		last--
	}
	return last-i >= 1 && last-i <= 8 && gapVerbs[a.low[last]] && !a.inQ[last]
}

// gapVerbs end a relative clause on a claim: "claims she has denied".
var gapVerbs = set("denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes",
	"refuted", "refutes", "rebuffed", "addressed", "repeated", "made", "confirmed")

// nounAfter come before a noun, not a verb: "against reports that".
var nounAfter = set("against", "about", "amid", "despite", "over", "dismissed", "dismissing", "denying", "rejected", "rejecting",
	"refuted", "fuelled", "fueled", "sparked", "sparking", "fuelling", "fueling")

// weCues are what an outlet says it was told: "We're told …".
var weCues = set("told", "learned", "learnt", "understand", "hear", "heard", "hearing")

// raised handles "The singer is said to be devastated", "the couple are
// understood to have split": a claim about the subject nobody is named
// behind. The claim is the whole sentence (its subject is the claim's),
// the cue the verb.
func (a *annot) raised(si, i int) bool {
	s := a.Sentences[si]
	if i == s.Tokens[0] || a.inQ[i] {
		return false
	}
	k := i + 1
	if k < s.Tokens[1] && (a.low[k] == "widely" || a.low[k] == "also" || a.low[k] == "now" || a.low[k] == "still") {
		k++
	}
	if k+2 >= s.Tokens[1] || !raisedVerbs[a.low[k]] || a.low[k+1] != "to" || a.Tokens[k+2].Kind != hearsay.Word || a.inQ[k] {
		return false
	}
	// the subject: from the sentence's start, after a fronted adverb
	// ("Meanwhile, the singer is said …")
	from := s.Tokens[0]
	if from+1 < i && a.low[from+1] == "," && sentenceAdverbs[a.low[from]] {
		from += 2
	}
	if from+1 < i && (a.low[from] == "but" || a.low[from] == "and" || a.low[from] == "yet") {
		from++ // "But the King was said to be …": the conjunction is the writer's
	}
	for x := from; x < i; x++ {
		if a.inQ[x] {
			return false
		}
	}
	// the sentence names its source further on ("…, according to
	// multiple sources", "…, a friend said"): that claim, not this one
	for x := k + 2; x < s.Tokens[1]; x++ {
		if !a.inQ[x] && (a.low[x] == "according" || a.class(x)&qReport != 0 || a.low[x] == "per") {
			return false
		}
	}
	to := a.clauseEnd(si, k+2)
	if to-from < 4 {
		return false
	}
	a.addReported(si, hearsay.Span{Start: a.Tokens[i].Start, End: a.Tokens[k].End}, from, to, nil)
	return true
}

// hedgeAdverbs make the writer's sentence a claim the writer only passes
// on: "He reportedly bought the ring in November."
var hedgeAdverbs = set("reportedly", "allegedly", "supposedly", "purportedly", "apparently", "rumouredly")

// hedged handles a sentence the writer hedges with an adverb and
// attributes to nobody ("He reportedly bought the ring in November"): a
// reported claim with no speaker, the adverb its cue. A sentence with a
// quotation, a cue verb or "according to" is left to those: the claim is
// theirs.
func (a *annot) hedged(si, i int) bool {
	s := a.Sentences[si]
	// a claim found in it already (claims come in text order; a
	// quotation between marks shows in inQ below)
	for k := len(a.quotes) - 1; k >= a.marked && a.quotes[k].End > s.Start; k-- {
		if a.quotes[k].Start < s.End {
			return false
		}
	}
	for x := s.Tokens[0]; x < s.Tokens[1]; x++ {
		if a.inQ[x] || x != i && (a.class(x)&qReport != 0 || a.low[x] == "according" || a.low[x] == "per") {
			return false
		}
	}
	from := s.Tokens[0]
	if from+1 < i && a.low[from+1] == "," && sentenceAdverbs[a.low[from]] {
		from += 2
	}
	to := a.clauseEnd(si, from)
	// the hedge covers its clause, not a relative clause after it (",
	// where he lives with …" is the writer's background)
	for k := i + 1; k+1 < to; k++ {
		if a.low[k] == "," && relatives[a.low[k+1]] {
			to = k
			break
		}
	}
	if to-from < 4 || i >= to {
		return false
	}
	a.addReported(si, a.Tokens[i].Span, from, to, nil)
	return true
}

// relatives open a non-restrictive relative clause after a comma.
var relatives = set("where", "who", "which", "whose", "whom")

// raisedVerbs report a claim about their subject: "is said to", "are
// understood to".
var raisedVerbs = set("said", "reported", "believed", "understood", "thought", "rumoured", "rumored", "alleged",
	"claimed", "reputed")

// sentenceAdverbs open a sentence before its subject: "Meanwhile, …".
var sentenceAdverbs = set("meanwhile", "however", "now", "still", "currently", "reportedly", "separately", "elsewhere")

// perOutlet handles "Per TMZ, CLAUSE" and "CLAUSE, per TMZ.": another
// outlet's report passed on, the outlet its speaker. "Per" must open the
// sentence or follow a comma, an organisation's name must follow it, and
// the sentence must hold no other claim's cue.
// perSource handles "Per a statement from the league, CLAUSE": a source
// that is no outlet, opening the sentence, gives the claim after its
// comma.
func (a *annot) perSource(si, i int) bool {
	s := a.Sentences[si]
	if i != a.afterDateline(s) || i+1 >= s.Tokens[1] {
		return false
	}
	// "Per ESPN's Bobby Marks, …": an outlet's reporter (o is the
	// outlet's mention, oe the token after it)
	possessed := false
	o, oe := a.orgMentionAt(i+1), 0
	if o >= 0 {
		oe = a.TokenAt(a.Mentions[o].End-1) + 1
		possessed = oe+1 < s.Tokens[1] && (a.low[oe] == "'s" || a.low[oe] == "’s") && a.Tokens[oe+1].Cap
	}
	if !npStart[a.low[i+1]] && !possessed {
		return false
	}
	k := i + 2
	for k < s.Tokens[1] && k < i+10 && a.low[k] != "," {
		if a.inQ[k] || a.Tokens[k].Kind == hearsay.Punct && a.low[k] != "'s" && a.low[k] != "’s" || finiteVerbs[a.low[k]] {
			return false
		}
		k++
	}
	if k >= s.Tokens[1] || a.low[k] != "," {
		return false
	}
	n := len(a.quotes)
	if !a.addIndirect(si, i, k+1, a.clauseEnd(si, k+1)) {
		return false
	}
	if possessed && len(a.quotes) > n {
		// the reporter speaks, through the outlet
		q := &a.quotes[n]
		if m := a.mentionAt(a.Tokens[oe+1].Start, a.Tokens[k-1].End); m >= 0 && a.Mentions[m].Type == hearsay.Person {
			a.setSpeaker(q, m)
			a.grade(q, si)
		}
		if e := a.Mentions[o].Entity; e >= 0 {
			q.Via = appendOnce(q.Via, e)
		}
	}
	return true
}

func (a *annot) perOutlet(si, i int) bool {
	s := a.Sentences[si]
	org := -1
	k := i + 1
	if k < s.Tokens[1] && a.low[k] == "the" {
		k++
	}
	if k < s.Tokens[1] {
		org = a.orgMentionAt(k)
	}
	if org < 0 {
		return false
	}
	m := a.Mentions[org]
	oe := a.TokenAt(m.End-1) + 1 // the token after the name
	var from, to int
	switch {
	case i == s.Tokens[0] && oe < s.Tokens[1] && a.low[oe] == ",":
		from, to = oe+1, a.clauseEnd(si, oe+1)
	case i > s.Tokens[0]+3 && a.low[i-1] == "," && !a.inQ[i-2] && (oe >= s.Tokens[1] || a.Tokens[oe].Kind == hearsay.Punct):
		from, to = s.Tokens[0], i-1
	default:
		return false
	}
	for x := from; x < to; x++ {
		if a.inQ[x] || reportVerbs[a.low[x]] {
			return false // a claim of its own, which the outlet passes on
		}
	}
	if to-from < 3 {
		return false
	}
	return a.passOn(si, from, to, a.Tokens[i].Span, org)
}

// orgMentionAt returns the organisation mention starting at token j, or -1.
func (a *annot) orgMentionAt(j int) int {
	ms := a.Mentions
	mi := sort.Search(len(ms), func(x int) bool { return ms[x].Start >= a.Tokens[j].Start })
	if mi < len(ms) && ms[mi].Start == a.Tokens[j].Start && ms[mi].Type == hearsay.Org {
		return mi
	}
	return -1
}
