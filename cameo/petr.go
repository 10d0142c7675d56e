// Coding with PETRARCH dictionaries on the dependency parse: actors and
// agents found by the actor and agent dictionaries and composed within
// their noun phrase, verbs found by the verb dictionary, and a verb's
// patterns matched against its clause, the source ("$") on the subject
// side and the target ("+") on the object side as the parse gives them.

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
)

// Convention says how announced, intended and hedged acts are coded.
type Convention int

const (
	// Codebook codes as the CAMEO codebook does: "will meet" is an
	// announced meeting, the meeting itself hypothetical (the default).
	Codebook Convention = iota
	// Petrarch codes as PETRARCH does: "is about to restore ties" and
	// "will meet" are coded as the act.
	Petrarch
)

// ParseConvention reads "codebook" or "petrarch".
func ParseConvention(name string) (Convention, bool) {
	switch name {
	case "codebook", "":
		return Codebook, true
	case "petrarch":
		return Petrarch, true
	}
	return Codebook, false
}

// PetrDicts are the PETRARCH dictionaries a PETRARCH-style coder reads.
type PetrDicts struct {
	Verbs    *petrarch.Verbs
	Actors   *petrarch.Actors
	Agents   *petrarch.Agents
	Discards *petrarch.Discards // nil for none
	// Derived gives the code of an intent to do an act (the built-in
	// derived codes when Prepare finds it nil)
	Derived Derived

	synsets  map[string][][]string
	discards map[string][]*petrarch.Discard // by the first word's first three letters
	required map[*petrarch.Pattern][]string // a pattern's literal words
	roots    map[*petrarch.Verb]uint32      // the roots a verb's entry and patterns code (the fallback's)
	negating map[*petrarch.Pattern]bool     // patterns that read a negation ("WILL NOT *")
	// superseded are patterns written again later in their block
	superseded map[*petrarch.Pattern]bool
}

// PetrEvent is one coded event: actor codes ("---" for none) and the
// event code.
type PetrEvent struct {
	Source, Target, Code string
	// Verb is the index in the sentence's syntax tokens of the verb
	// that was coded, and Hypothetical says a modal stands on it ("will
	// restore"); neither is compared by the harnesses.
	Verb         int
	Hypothetical bool
}

// npCode is a noun phrase's actor code with the words it covers.
type npCode struct {
	root   int // the phrase's head word
	codes  []string
	base   []string // the actor codes before agents composed with them
	agents []*petrarch.Agent
}

// petrSentence is one parsed sentence as the PETRARCH coder reads it.
type petrSentence struct {
	p     *parse
	upper []string        // upper-case forms
	lemma []string        // upper-case lemmas
	words map[string]bool // the forms and lemmas, made by has when first asked
	nps   map[int]*npCode
	inNP  []int // word -> its phrase's head word, or -1
	date  int
	// roles are the verbs of the dictionary read under PETRARCH's
	// convention, for the transformations (petrtransform.go)
	roles map[int]*verbRoles
	// conv is the convention coded under: PETRARCH's reads some phrases
	// and roles as PETRARCH does
	conv Convention
}

// has reports whether w is one of the sentence's upper-case forms or
// lemmas. Their set is made at the first question: most sentences the
// fallback views never reach a pattern.
func (s *petrSentence) has(w string) bool {
	if s.words == nil {
		s.words = make(map[string]bool, 2*len(s.upper))
		for j := range s.upper {
			s.words[s.upper[j]], s.words[s.lemma[j]] = true, true
		}
	}
	return s.words[w]
}

// CodeSentence codes sentence i of d's syntax layer with the
// dictionaries, dated date (YYYYMMDD, 0 unknown). discarded is set when a
// discard phrase stands in the sentence (no events are then coded).
func (pd *PetrDicts) CodeSentence(d *doc.Document, i, date int, conv Convention) (out []PetrEvent, discarded bool) {
	return pd.codeSentence(d, i, date, conv, 0)
}

// codeSentence is CodeSentence, giving up before the verbs are matched
// when the dictionaries find fewer than minCodes actor codes in the
// sentence.
func (pd *PetrDicts) codeSentence(d *doc.Document, i, date int, conv Convention, minCodes int) (out []PetrEvent, discarded bool) {
	syn := d.Syntax
	ss := syn.Sentences[i]
	p := &parse{syn: syn.Tokens[ss.First:ss.End], lo: ss.First}
	p.tokOf = make([]int, len(p.syn))
	p.synOf = make([]int, len(p.syn))
	for j := range p.syn {
		p.tokOf[j], p.synOf[j] = j, j
	}
	s := &petrSentence{p: p, upper: make([]string, len(p.syn)), lemma: make([]string, len(p.syn)), nps: map[int]*npCode{}, inNP: make([]int, len(p.syn)), date: date}
	for j, t := range p.syn {
		s.upper[j] = strings.ToUpper(t.Form)
		s.inNP[j] = -1
	}
	if pd.discarded(s.upper) {
		return nil, true
	}
	s.conv = conv
	pd.actors(s)
	if minCodes > 0 {
		n := 0
		for _, np := range s.nps {
			n += len(np.codes)
		}
		if n < minCodes {
			return nil, false
		}
	}
	// the lemmas and the words' set are read only by the verbs' patterns
	for j, t := range p.syn {
		s.lemma[j] = strings.ToUpper(t.Lemma)
	}
	consumed := -1 // words up to here were matched by a verb's pattern
	byVerb := map[int][]PetrEvent{}
	for j := range p.syn {
		if !s.verbal(j) || j <= consumed || conv == Petrarch && s.inPassing(j) {
			continue
		}
		evs, end := pd.verb(s, j, conv)
		consumed = max(consumed, end)
		if len(evs) > 0 {
			byVerb[j] = evs
		} else if len(pd.Verbs.Lookup(p.syn[j].Form)) > 0 || len(pd.Verbs.Lookup(p.syn[j].Lemma)) > 0 {
			byVerb[j] = []PetrEvent{} // a verb of the dictionary, coded or not
		}
	}
	// A verb without a target that reports another's event is its
	// attribution, not an event: "X will restore ties with Y, an official
	// said".
	// Under PETRARCH's convention a verb that frames the act its
	// complement tells is coded as that act alone, an intent (03) as the
	// intent to do it: "X seeks to deepen cooperation with Y" 031.
	var framed, intended map[int]bool
	if conv == Petrarch {
		framed, intended = map[int]bool{}, map[int]bool{}
		for j := range p.syn {
			if cs := s.embedsEvent(j, byVerb); len(cs) > 0 {
				framed[j] = true
				if !slices.ContainsFunc(byVerb[j], func(e PetrEvent) bool { return !strings.HasPrefix(e.Code, "03") }) {
					for _, c := range cs {
						intended[c] = true
					}
				}
			}
		}
	}
	// PETRARCH's transformations: "X said Y attacked Z" is X accusing Y
	var trans map[int][]PetrEvent
	var replaced, asked map[int]bool
	if conv == Petrarch {
		trans, replaced = pd.transformed(s)
		asked = pd.appeals(s, byVerb)
	}
	seen := map[[3]string]bool{}
	for j := range p.syn {
		if asked[j] {
			continue
		}
		if replaced[j] {
			for _, e := range trans[j] {
				if k := [3]string{e.Source, e.Target, e.Code}; !seen[k] {
					seen[k] = true
					e.Verb = j
					out = append(out, e)
				}
			}
			continue
		}
		evs := byVerb[j]
		if len(evs) == 0 {
			continue
		}
		untargeted := !slices.ContainsFunc(evs, func(e PetrEvent) bool { return e.Target != "---" })
		if untargeted && s.reports(j, byVerb) || framed[j] || conv == Petrarch && (s.attribution(j, byVerb) || untargeted && s.tells(j, byVerb)) {
			continue
		}
		for _, e := range evs {
			// (an intent to cooperate has a code of its own; an intent
			// to coerce or to investigate is coded as the act)
			if c := pd.Derived.Code("intent", e.Code); intended[j] && strings.HasPrefix(c, "03") && c != "030" {
				e.Code = c
			}
			if k := [3]string{e.Source, e.Target, e.Code}; !seen[k] {
				seen[k] = true
				e.Verb = j
				out = append(out, e)
			}
		}
	}
	return out, false
}

// actors finds the dictionary's actors and agents and composes each noun
// phrase's code: "Gondor's government" GONGOV, "Osgiliath soldiers"
// OSGMIL, an agent with no actor "---GOV".
func (pd *PetrDicts) actors(s *petrSentence) {
	p := s.p
	type mention struct {
		first, last int
		code        string
		agent       *petrarch.Agent
	}
	// the words, a word joined with "_" as the dictionaries write phrases
	// ("Dol_Amroth") split into its parts; tok maps them back
	ws, tok := s.upper, []int(nil)
	for _, w := range s.upper {
		if strings.Contains(w, "_") {
			ws, tok = nil, nil
			for j, w := range s.upper {
				for _, x := range strings.Split(w, "_") {
					if x != "" {
						ws, tok = append(ws, x), append(tok, j)
					}
				}
			}
			break
		}
	}
	at := func(i int) int {
		if tok == nil {
			return i
		}
		return tok[i]
	}
	var ms []mention
	for i := 0; i < len(ws); {
		var a *petrarch.Actor
		n := 0
		if pd.Actors != nil {
			a, n = pd.Actors.Match(ws[i:])
		}
		var g *petrarch.Agent
		m := 0
		if pd.Agents != nil {
			g, m, _ = pd.Agents.Match(ws[i:])
		}
		switch {
		case a != nil && n >= m:
			if c := a.CodeOn(s.date); c != "" {
				ms = append(ms, mention{first: at(i), last: at(i + n - 1), code: c})
			}
			i += n
		case g != nil:
			ms = append(ms, mention{first: at(i), last: at(i + m - 1), agent: g})
			i += m
		default:
			i++
		}
	}
	coded := make([]bool, len(p.syn))
	for _, m := range ms {
		for j := m.first; j <= m.last && m.code != ""; j++ {
			coded[j] = true
		}
	}
	// The prepositions that join an agent to its country (data/words
	// country-preposition): "ambassadors of Arnor", "soldiers from
	// Gondor", "lawmakers in Fornost".
	// ownActor: a noun with an actor among its modifiers ("Osgiliath
	// soldiers") takes no country from a place after "in"
	ownActor := func(h int) bool {
		own := false
		p.kids(h, func(k int) bool {
			switch p.syn[k].Rel {
			case "compound", "amod", "nmod:poss", "flat", "nmod:desc":
				own = own || coded[k]
			}
			return !own
		})
		return own
	}
	ofPlace := func(h, up int) bool {
		c := p.caseOf(h)
		return countryPreps[c] && !(weakCountryPreps[c] && ownActor(up))
	}
	// each mention's phrase: climb from its head word through the
	// relations inside a noun phrase; the actors first, an agent on an
	// actor's way up then going where the actor went ("hundreds of UN
	// troops": the troops are the hundreds)
	climbed := map[int]int{}
	for _, m := range append(slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.code == "" }),
		slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return m.code != "" })...) {
		h := m.first
		for j := m.first; j <= m.last; j++ {
			if hh := p.head(j); hh < m.first || hh > m.last {
				h = j
				break
			}
		}
		for {
			up := p.head(h)
			if up < 0 || !nominal(p.syn[up].UPOS) {
				break
			}
			r := p.syn[h].Rel
			if r == "conj" && m.code != "" {
				// "the ambassadors of A, B and C": each conjunct goes
				// where the first does
				if first := up; p.syn[first].Rel == "nmod" && p.head(first) >= 0 && ofPlace(first, p.head(first)) {
					h = first
					continue
				}
				break
			}
			if r == "compound" || r == "amod" || r == "nmod:poss" || r == "flat" || r == "nmod:desc" ||
				(r == "nmod" && ofPlace(h, up)) && m.code != "" {
				h = up
				continue
			}
			break
		}
		h = s.oneSubject(h)
		if m.code != "" {
			for x := mentionHead(p, m.first, m.last); x != h && x >= 0; x = p.head(x) {
				climbed[x] = h
			}
		} else if f, ok := climbed[h]; ok && s.conv == Petrarch {
			h = f
		}
		np := s.nps[h]
		if np == nil {
			np = &npCode{root: h}
			s.nps[h] = np
		}
		// one actor to a phrase, the first named ("Ithilen's minister
		// Calimehtar" is Ithilen's), save conjuncts ("lawmakers in A and B")
		if m.code != "" && (len(np.codes) == 0 || p.syn[mentionHead(p, m.first, m.last)].Rel == "conj") {
			np.codes = append(np.codes, m.code)
		}
		for j := m.first; j <= m.last; j++ {
			s.inNP[j] = h
		}
	}
	// compose agents with the phrase's actors, in the order written
	for _, np := range s.nps {
		np.base = append([]string(nil), np.codes...)
	}
	for _, m := range ms {
		if m.agent == nil {
			continue
		}
		np := s.nps[s.inNP[m.first]]
		np.agents = append(np.agents, m.agent)
		if len(np.codes) == 0 {
			np.codes = []string{"---"}
		}
		for k, c := range np.codes {
			if !strings.HasSuffix(c, m.agent.Code) {
				np.codes[k] = m.agent.Compose(c)
			}
		}
	}
	// an agent with no actor shares its first conjunct's: "Danish media
	// and government", "lawmakers and officials in A and B"
	for h, np := range s.nps {
		if len(np.base) > 0 || len(np.agents) == 0 || p.syn[h].Rel != "conj" {
			continue
		}
		first := s.nps[p.head(h)]
		if first == nil || len(first.base) == 0 {
			continue
		}
		np.codes = np.codes[:0]
		for _, c := range first.base {
			for _, g := range np.agents {
				c = g.Compose(c)
			}
			np.codes = append(np.codes, c)
		}
	}
	// a phrase's head word counts the phrase's words as its own
	for j := range p.syn {
		if s.inNP[j] >= 0 {
			continue
		}
		for h := j; h >= 0; h = p.head(h) {
			if s.nps[h] != nil {
				s.inNP[j] = h
				break
			}
			if r := p.rel(h); r != "compound" && r != "amod" && r != "det" && r != "nummod" && r != "case" && r != "flat" {
				break
			}
		}
	}
}

// oneSubject joins a phrase the parser split into two subjects of one
// verb ("Fornost President Umbardacil" read as "Fornost" and "President
// Umbardacil"): a subject followed by another of the same verb, with only
// the second's words between, belongs to the second.
func (s *petrSentence) oneSubject(h int) int {
	p := s.p
	if p.rel(h) != "nsubj" {
		return h
	}
	for h2 := h + 1; h2 < len(p.syn); h2++ {
		if p.head(h2) == p.head(h) && p.rel(h2) == "nsubj" {
			for x := h + 1; x < h2; x++ {
				y := x
				for y >= 0 && y != h2 && y != h {
					y = p.head(y)
				}
				if y != h2 || p.syn[x].Rel == "cc" || p.syn[x].UPOS == "PUNCT" {
					return h // (not "X and Y met": two subjects joined)
				}
			}
			return h2
		}
	}
	return h
}

// joined reports whether a conjunction or a comma stands between words a
// and b: two subjects the parser left unjoined ("Obama and Putin").
func (s *petrSentence) joined(a, b int) bool {
	for x := a + 1; x < b; x++ {
		if s.p.syn[x].Rel == "cc" || s.p.syn[x].UPOS == "PUNCT" {
			return true
		}
	}
	return false
}

// mentionHead is the word of [first, last] whose head lies outside it.
func mentionHead(p *parse, first, last int) int {
	for j := first; j <= last; j++ {
		if h := p.head(j); h < first || h > last {
			return j
		}
	}
	return first
}

// verbal reports whether word j stands as a verb: tagged one, or a word
// the tagger took for a noun that heads a clause with a subject
// ("Kenya vote on a motion").
func (s *petrSentence) verbal(j int) bool {
	t := &s.p.syn[j]
	if t.UPOS == "VERB" {
		return true
	}
	if t.UPOS != "NOUN" || t.Rel != "root" {
		return false
	}
	subj := false
	s.p.kids(j, func(k int) bool {
		subj = subj || s.p.rel(k) == "nsubj" && k < j
		return !subj
	})
	return subj
}

// codesOf gives the actor codes of an argument word: its phrase's, its
// conjuncts', else the nearest phrase below it outside a clause of its own.
func (s *petrSentence) codesOf(w int) []string {
	p := s.p
	var out []string
	for _, x := range p.withConjuncts([]int{w}) {
		if np := s.nps[x]; np != nil {
			out = append(out, np.codes...)
			// "Andean and Caribbean ministers": a modifier's conjuncts
			// name parties of their own
			p.kids(x, func(c int) bool {
				if r := p.rel(c); r == "compound" || r == "amod" {
					p.kids(c, func(k int) bool {
						if q := s.nps[k]; p.syn[k].Rel == "conj" && q != nil && k != x {
							out = append(out, q.codes...)
						}
						return true
					})
				}
				return true
			})
			continue
		}
		if h := s.inNP[x]; h >= 0 && s.nps[h] != nil {
			out = append(out, s.nps[h].codes...)
			continue
		}
		best, bestDepth := -1, 1<<30
		for h := range s.nps {
			d := 0
			k := h
			for k >= 0 && k != x {
				switch p.rel(k) {
				case "acl", "advcl", "ccomp", "parataxis", "xcomp", "nsubj", "csubj":
					d = 1 << 30
				}
				k = p.head(k)
				d++
			}
			if k == x && (d < bestDepth || d == bestDepth && h < best) {
				best, bestDepth = h, d
			}
		}
		if best >= 0 {
			out = append(out, s.codesOf(best)...) // with its conjuncts
		}
	}
	return out
}

// verb codes the verb at word j: its dictionary entries, the most
// specific pattern of their block that matches, the roles.
// It also returns the last word its pattern matched (j when none).
func (pd *PetrDicts) verb(s *petrSentence, j int, conv Convention) ([]PetrEvent, int) {
	p := s.p
	cands := pd.Verbs.Lookup(p.syn[j].Form)
	if len(cands) == 0 {
		cands = pd.Verbs.Lookup(p.syn[j].Lemma)
	}
	var best *petrarch.Pattern
	var bestVerb *petrarch.Verb
	bestScore := -1
	var bestSrc, bestTgt int = -1, -1
	bestEnd := j
	lo, hi := s.clause(j)
	phi := hi // where the patterns may look after the verb
	if conv == Petrarch {
		phi = s.beforeReported(j, hi)
	}
	for _, v := range cands {
		if len(v.Words) > 1 && !s.phraseVerb(v, j) {
			continue
		}
		if bestVerb == nil || len(v.Words) > len(bestVerb.Words) {
			if best == nil {
				bestVerb = v
			}
		}
	patterns:
		for _, pt := range v.Block.Patterns {
			if conv == Petrarch && pd.superseded[pt] {
				continue
			}
			for _, w := range pd.required[pt] {
				if !s.has(w) {
					continue patterns // a word of the pattern is not in the sentence
				}
			}
			ok, score, src, tgt, end := pd.matchPattern(s, pt, j, lo, phi)
			// (of patterns as specific, PETRARCH's tree meets the one
			// whose words come first, the verb's object before what
			// follows: the earliest ending, under its convention)
			if ok && (score > bestScore || score == bestScore && conv == Petrarch && end < bestEnd) {
				best, bestVerb, bestScore, bestSrc, bestTgt, bestEnd = pt, v, score, src, tgt, end
			}
		}
	}
	if bestVerb == nil {
		return nil, j
	}
	code := bestVerb.Code
	if best != nil {
		code = best.Code
	}
	if code.Null() && conv != Petrarch {
		return nil, bestEnd
	}
	a := p.argsOf(j)
	if conv == Codebook && (a.negated || a.cond) {
		return nil, bestEnd
	}
	negated := a.negated && conv == Petrarch && !pd.negating[best]
	if negated && !code.Null() {
		// PETRARCH codes an act negated as its refusal, where CAMEO has
		// one ("will not ease the blockade" 1244), else as no event
		if r := pd.Derived.Code("refuse", code.Event); r != "" {
			code, negated = petrarch.Code{Event: r, Raw: r}, false
		} else {
			code = petrarch.Code{Event: "---", Raw: "---"}
		}
	}
	src, tgt := s.sides(j, a, bestSrc, bestTgt, hi)
	if conv == Petrarch {
		// (what the transformations read, a verb that codes nothing
		// alone included)
		if s.roles == nil {
			s.roles = map[int]*verbRoles{}
		}
		s.roles[j] = &verbRoles{code: code.Event, src: src, tgt: tgt, controlled: a.via == "xcomp", negated: negated, hypo: a.modal != "" || a.cond, passive: a.passive}
		if code.Null() {
			return nil, bestEnd
		}
	}
	// PETRARCH codes an event with a source, and without a target only
	// when the source has a country
	if len(src) == 0 || len(tgt) == 0 && (!slices.ContainsFunc(src, func(c string) bool { return !strings.HasPrefix(c, "---") }) || s.unknownTarget(a)) {
		return nil, bestEnd
	}
	if len(tgt) == 0 {
		tgt = []string{"---"}
	}
	hypo := a.modal != "" || a.cond
	// PETRARCH gives the reverse of an act ("[042:043]": the one visited
	// hosts) to the subject the verb's own clause names, not to one it
	// took from the clause above ("X hopes to visit Y") or from a
	// conjunct, nor in a passive; a code with no forward part keeps it
	reverse := code.Reverse != "" && (conv != Petrarch || code.Event == "" || code.Event == "---" || a.via == "" && !a.passive)
	var out []PetrEvent
	for _, x := range src {
		for _, y := range tgt {
			if code.Event != "" && code.Event != "---" {
				out = append(out, PetrEvent{Source: x, Target: y, Code: code.Event})
			}
			if reverse {
				out = append(out, PetrEvent{Source: y, Target: x, Code: code.Reverse})
			}
		}
	}
	// "X and Y met": each with the other
	if len(src) > 1 && tgt[0] == "---" && len(tgt) == 1 {
		out = out[:0]
		for _, x := range src {
			for _, y := range src {
				if x != y {
					out = append(out, PetrEvent{Source: x, Target: y, Code: code.Event})
				}
			}
		}
	}
	for i := range out {
		out[i].Hypothetical = hypo
	}
	return out, bestEnd
}

// clause is the word range of the verb's clause: its subtree.
func (s *petrSentence) clause(j int) (lo, hi int) {
	p := s.p
	lo, hi = j, j
	for k := range p.syn {
		for h := k; h >= 0; h = p.head(h) {
			if h == j {
				lo, hi = min(lo, k), max(hi, k)
				break
			}
		}
	}
	return lo, hi
}

// phraseVerb checks the other words of a phrase verb ("BREAK DOWN") stand
// next to the verb, or as its particle.
func (s *petrSentence) phraseVerb(v *petrarch.Verb, j int) bool {
	for k, w := range v.Words {
		if k == v.Head {
			continue
		}
		at := j + k - v.Head
		found := at >= 0 && at < len(s.upper) && s.upper[at] == w
		if !found {
			s.p.kids(j, func(c int) bool {
				found = found || s.upper[c] == w
				return !found
			})
		}
		if !found {
			return false
		}
	}
	return true
}
