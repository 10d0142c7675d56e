package timex

// What the parse says about an expression: the clause it belongs to (the
// verb it attaches to, that verb's auxiliaries and the verbs above it),
// and whether a number stands where a year can.

import (
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
)

// Sentence is one sentence for the tagger: its tokens of the syntax layer,
// whose spans point into Text and whose heads are indexes of the layer
// (First is the layer index of Tokens[0]). Tokens without a parse (no
// relation on any token, as package syntax/tokenize alone gives them) are
// read without one: the tense then comes from the words near the
// expression (tenseAround), the fallback for callers without a syntax
// stage.
type Sentence struct {
	Text   string
	Tokens []doc.Token
	First  int
}

// parse is the parse of one sentence as timex reads it.
type parse struct {
	syn    []doc.Token
	first  int
	parsed bool
}

func newParse(s Sentence) parse {
	p := parse{syn: s.Tokens, first: s.First}
	for _, t := range s.Tokens {
		if t.Rel != "" {
			p.parsed = true
			break
		}
	}
	return p
}

// head is the sentence index of token i's head, -1 for the root (or a head
// outside the sentence).
func (p *parse) head(i int) int {
	h := int(p.syn[i].Head)
	if h < 0 {
		return -1
	}
	h -= p.first
	if h < 0 || h >= len(p.syn) || h == i {
		return -1
	}
	return h
}

func (p *parse) rel(i int) string {
	r, _, _ := strings.Cut(p.syn[i].Rel, ":")
	return r
}

func (p *parse) lemma(i int) string { return lowerASCII(p.syn[i].Lemma) }

// spanHead is the token of layer tokens [lo, hi] whose head lies outside
// them: the expression's own head.
func (p *parse) spanHead(lo, hi int) int {
	for i := lo; i <= hi; i++ {
		if h := p.head(i); h < lo || h > hi {
			return i
		}
	}
	return lo
}

// auxes are the auxiliaries and copula of token v, left to right.
func (p *parse) auxes(v int, buf []int) []int {
	for j := range p.syn {
		if p.head(j) == v {
			switch p.syn[j].Rel {
			case "aux", "aux:pass", "cop":
				buf = append(buf, j)
			}
		}
	}
	return buf
}

// clauseHead climbs from token i to the predicate of its clause: the first
// verb, or a word with an auxiliary or copula ("the vote is on Monday"),
// or the root.
func (p *parse) clauseHead(i int) int {
	var buf [4]int
	for steps := 0; steps <= len(p.syn); steps++ {
		if p.syn[i].UPOS == "VERB" || len(p.auxes(i, buf[:0])) > 0 {
			return i
		}
		h := p.head(i)
		if h < 0 {
			return i
		}
		i = h
	}
	return i
}

// clauseTense is the tense of the clause whose predicate is v, from its
// auxiliaries, its verb form and the verbs above it:
//
//	future  a modal of the future-modal class ("will vote", "would
//	        resume", "could meet"), a clause under a present intention
//	        ("plans to vote", "is due to meet", "is going to"), an
//	        intention itself ("plans a vote", "has been scheduled for"),
//	        the present progressive of an arrangement ("is meeting on
//	        Monday"), an infinitive alone (a headline's "markets to remain
//	        closed") or a passive one after a noun ("an event to be held")
//	past    a past form ("rejected", "was held", "did not"), a perfect
//	        ("has approved", "had met"), a participle heading its clause
//	        ("the plan announced on Monday")
//	unknown the simple present, an imperative, another modal ("should",
//	        "must": a mood, no tense), a clause without a verb, a clause
//	        under a past intention ("was expected to last")
//
// A clause with no tense of its own (an infinitive, a participle, a verb
// sharing its auxiliaries with the one it is coordinated with) takes that
// of the clause above it.
func (p *parse) clauseTense(v int) int {
	for steps := 0; v >= 0 && steps < 8; steps++ {
		t, own := p.ownTense(v)
		if own {
			return t
		}
		h := p.head(v)
		if h < 0 {
			return t
		}
		switch p.rel(v) {
		case "xcomp", "advcl", "conj", "acl", "ccomp":
			if intents.Has(p.lemma(h)) {
				if p.pastMarked(h) {
					return unknown // "was expected to last until...": ahead of a past intention, before or after now
				}
				return future // "plans to vote", "is set to meet"
			}
			if p.rel(v) == "ccomp" {
				return t // reported content keeps its own (present) tense
			}
		default:
			return t
		}
		v = p.clauseHead(h)
	}
	return unknown
}

// pastMarked reports whether verb v is in a past form or has a past
// auxiliary ("planned", "had planned", "was set").
func (p *parse) pastMarked(v int) bool {
	t, own := p.ownTense(v)
	return own && t == past
}

// ownTense reads the tense verb v's own form and auxiliaries mark; own is
// false when they mark none (an infinitive, a participle alone, a verb
// sharing the auxiliaries of the one it is coordinated with).
func (p *parse) ownTense(v int) (tense int, own bool) {
	var buf [4]int
	aux := p.auxes(v, buf[:0])
	for _, a := range aux {
		if futureModals.Has(lowerASCII(p.syn[a].Form)) {
			return future, true
		}
	}
	for _, a := range aux {
		if p.syn[a].XPOS == "MD" {
			return unknown, true // "should", "must": a mood, no tense
		}
	}
	if p.infinitive(v) {
		if p.rel(v) == "root" || p.rel(v) == "acl" && p.passive(aux) {
			return future, true // "schools to stay shut until Monday", "a summit to be held on May 3"
		}
		return unknown, false // "ordered them to leave in March": the verb above says, or its intention
	}
	if intents.Has(p.lemma(v)) && p.syn[v].XPOS != "VBD" && (len(aux) == 0 || p.syn[aux[0]].XPOS != "VBD") {
		return future, true // "plans a vote", "has been scheduled for June 3"
	}
	for _, a := range aux {
		switch p.syn[a].XPOS {
		case "VBD":
			return past, true
		case "VBZ", "VBP":
			if perfectLemma.Has(p.lemma(a)) {
				return past, true // "has approved"
			}
		}
	}
	x := p.syn[v].XPOS
	switch {
	case len(aux) > 0 && x == "VBG":
		return future, true // "is meeting on Monday"
	case len(aux) > 0:
		if p.syn[aux[0]].XPOS == "VB" {
			return unknown, false // "to be held": the clause above says
		}
		return unknown, true
	case x == "VBD":
		return past, true
	case x == "VBN":
		switch p.rel(v) {
		case "root", "acl", "advcl", "parataxis":
			return past, true // "Plan rejected on Monday", "the plan announced on Monday"
		}
		return unknown, false // "kept closed until Friday": the verb above says
	case x == "VBZ" || x == "VBP":
		return unknown, true
	case x == "VB" || x == "VBG":
		if p.rel(v) == "root" {
			return unknown, true
		}
		return unknown, false
	}
	return unknown, p.syn[v].UPOS != "VERB" && p.head(v) < 0
}

// stillTrue reports whether the clause of layer tokens [lo, hi], or a
// clause it complements, is in the present perfect ("has continued to
// hold the markets closed until Friday"): a state that lasts to now, so
// an end it runs until lies ahead.
func (p *parse) stillTrue(lo, hi int) bool {
	var buf [4]int
	v := p.clauseHead(p.spanHead(lo, hi))
	for steps := 0; v >= 0 && steps < 8; steps++ {
		for _, a := range p.auxes(v, buf[:0]) {
			if perfectLemma.Has(p.lemma(a)) && (p.syn[a].XPOS == "VBZ" || p.syn[a].XPOS == "VBP") {
				return true
			}
		}
		h := p.head(v)
		if h < 0 || p.rel(v) != "xcomp" && p.rel(v) != "conj" {
			return false
		}
		v = p.clauseHead(h)
	}
	return false
}

// passive reports whether auxiliaries aux hold a passive one.
func (p *parse) passive(aux []int) bool {
	for _, a := range aux {
		if p.syn[a].Rel == "aux:pass" {
			return true
		}
	}
	return false
}

// infinitive reports whether verb v is a to-infinitive.
func (p *parse) infinitive(v int) bool {
	for j := 0; j < v; j++ {
		if p.head(j) == v && p.rel(j) == "mark" && p.syn[j].XPOS == "TO" {
			return true
		}
	}
	return false
}

// tenseOf is the tense of the clause the expression of layer tokens
// [lo, hi] belongs to.
//
// An expression in the possessive of a noun whose preposition puts its
// event before the clause's (event-before class: "is withdrawing staff
// after Thursday's attack") dates that earlier event: it takes no tense of
// the clause (unknown, read as a date without one is).
func (p *parse) tenseOf(lo, hi int) int {
	h := p.spanHead(lo, hi)
	if p.syn[h].Rel == "nmod:poss" {
		if n := p.head(h); n >= 0 && p.syn[n].UPOS == "NOUN" && p.eventBefore(n) {
			return unknown
		}
	}
	return p.clauseTense(p.clauseHead(h))
}

// inRelative reports whether the expression of layer tokens [lo, hi]
// belongs to a relative clause ("the independence that was declared last
// Sunday").
func (p *parse) inRelative(lo, hi int) bool {
	return p.syn[p.clauseHead(p.spanHead(lo, hi))].Rel == "acl:relcl"
}

// eventBefore reports whether noun n is marked by a preposition of the
// event-before class ("after the attack").
func (p *parse) eventBefore(n int) bool {
	for j := range p.syn {
		if p.head(j) == n && p.syn[j].Rel == "case" && eventBefore.Has(p.lemma(j)) {
			return true
		}
	}
	return false
}

// yearContext reports whether the number at layer token i stands where a
// year can. It cannot when it counts or measures the noun it modifies
// ("1500 people", "2000 km"), when a street name follows it ("2134
// Caldwell Place", "1119 Eighth St."), or when it is an identifier after
// the noun it names ("Resolution 1441", "Flight 1549").
func (p *parse) yearContext(i int, prevClass byte) bool {
	if !p.parsed {
		return true
	}
	if p.streetAfter(i) {
		return false
	}
	h := p.head(i)
	if h > i && (p.rel(i) == "nummod" || p.rel(i) == "compound") {
		ht := p.syn[h]
		switch {
		case ht.XPOS == "NNS" && !p.determined(i, h) && !occasions.Has(p.lemma(h)):
			return false // a count: "1500 people"; not "2019 elections"
		case measures.Has(p.lemma(h)) || measures.Has(lowerASCII(ht.Form)):
			return false
		}
	}
	// an identifier: a number right after a noun that designates by
	// number ("Resolution 1441"; not "WWDC 2005", a year)
	if i > 0 && prevClass == 'o' && designators.Has(strings.TrimSuffix(lowerASCII(p.syn[i-1].Form), ".")) {
		return false
	}
	return true
}

// streetAfter reports whether a street name follows token i: capitalised
// words, the last of them a street word ("Caldwell Place", "Eighth St.").
func (p *parse) streetAfter(i int) bool {
	for j := i + 1; j < len(p.syn) && j <= i+4; j++ {
		f := p.syn[j].Form
		if !startsUpper(f) {
			return false
		}
		if j > i+1 && streets.Has(strings.TrimSuffix(lowerASCII(f), ".")) {
			return true
		}
	}
	return false
}

// determined reports whether the noun phrase of number i (modifying noun
// h) opens with a determiner or possessive before the number ("the 2016
// elections"): a year, where a bare number is a count.
func (p *parse) determined(i, h int) bool {
	for j := 0; j < i; j++ {
		if p.head(j) == h && (p.rel(j) == "det" || p.rel(j) == "nmod" && p.syn[j].XPOS == "PRP$" || p.syn[j].XPOS == "POS") {
			return true
		}
	}
	return i > 0 && (p.syn[i-1].XPOS == "PRP$" || p.syn[i-1].XPOS == "POS" || p.syn[i-1].XPOS == "DT")
}

// lastLayer is the layer token holding the end of token t.
func (p *parse) lastLayer(t token) int {
	i := t.lt
	for i+1 < len(p.syn) && p.syn[i+1].Start < t.end {
		i++
	}
	return i
}

// numbersInContext takes back the year reading of numbers that stand
// where no year can (yearContext, or a number run together with letters
// in one layer token: "1440p"), and the narrative reading of "that" where
// it is not the determiner of a unit or part of a day ("said that Monday
// ...", "said that day traders ...").
func (p *parse) numbersInContext(toks []token) []token {
	for k := range toks {
		t := &toks[k]
		switch t.class {
		case 'Y':
			if len(t.text) != 4 || !isDigitAt(t.text, 0) {
				continue
			}
			prev := byte('o')
			if k > 0 {
				prev = toks[k-1].class
			}
			if t.glued || !p.yearContext(t.lt, prev) {
				t.class = 'N'
			}
		case 'R':
			if narrative.Attr(t.lower, "form") != "alone" {
				continue
			}
			if k+1 >= len(toks) || toks[k+1].class != 'U' && toks[k+1].class != 'G' {
				t.class = 'o'
				continue
			}
			// on the parse, the determiner of the unit, which heads its
			// phrase: not "said that day traders ..."
			if u := toks[k+1].lt; p.parsed && (p.syn[t.lt].UPOS != "DET" || p.head(t.lt) != u || p.rel(u) == "compound") {
				t.class = 'o'
			}
		}
	}
	return toks
}

// layerSpan is the layer tokens [lo, hi] an expression covers.
func (p *parse) layerSpan(e Expression) (lo, hi int, ok bool) {
	lo, hi = -1, -1
	for i, t := range p.syn {
		if t.End > e.Start && t.Start < e.End {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	return lo, hi, lo >= 0
}

// reportedRefs finds the expressions of reported speech whose content's
// tense moves them off the publication date ("said on March 3 that the
// vote had been held on Monday", "... would be held on Monday"): their
// reference is the day of the reporting verb, told by an expression
// attached to it. The simple present keeps the publication date (what is
// reported still holds). nil when there are none.
func reportedRefs(p parse, out []Expression) map[int]string {
	if !p.parsed || len(out) < 2 {
		return nil
	}
	var rep map[int]string
	heads := make([]int, len(out))
	for i, e := range out {
		heads[i] = -1
		if lo, hi, ok := p.layerSpan(e); ok {
			heads[i] = p.clauseHead(p.spanHead(lo, hi))
		}
	}
	for i, e := range out {
		v := heads[i]
		if v < 0 || e.Tense == unknown || p.rel(v) != "ccomp" || e.Type == "DURATION" || e.Type == "SET" {
			continue
		}
		g := p.head(v)
		if g < 0 {
			continue
		}
		g = p.clauseHead(g)
		for j, f := range out {
			if j == i || heads[j] != g || f.Type != "DATE" || len(f.Value) != 10 {
				continue
			}
			if _, err := time.Parse("2006-01-02", f.Value); err != nil {
				continue
			}
			if rep == nil {
				rep = map[int]string{}
			}
			rep[e.Start] = f.Value
			break
		}
	}
	return rep
}
