package quote

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// The attributions the dependency parse (doc.Syntax) shows: a cue of the
// lexicon, its source (the cue's subject, agent, or the object of "according
// to") and its content (the cue's clausal complement, infinitive or object,
// or the clause it is inverted after: "..., X said").

// parsed is one sentence of the syntax layer with its dependents.
type parsed struct {
	toks  []doc.Token
	first int     // layer index of toks[0]
	kids  [][]int // dependents of each token, in order
	lower []string
	// inPhrase is nounPhrase's scratch
	inPhrase []bool
	lex      *Lexicon
}

// cueNoun reports whether token i is a cue noun of the lexicon
// ("statement" of "in a statement").
func (p *parsed) cueNoun(i int) bool {
	if p.lex == nil {
		return false
	}
	_, ok := p.lex.Nouns[strings.ToLower(p.toks[i].Lemma)]
	return ok
}

func newParsed(syn *doc.Syntax, ss doc.SyntaxSentence, p *parsed, lx *Lexicon) {
	p.toks = syn.Tokens[ss.First:ss.End]
	p.lex = lx
	p.first = ss.First
	n := len(p.toks)
	if cap(p.kids) < n {
		p.kids = make([][]int, n)
		p.lower = make([]string, n)
	}
	p.kids, p.lower = p.kids[:n], p.lower[:n]
	for i := range p.kids {
		p.kids[i] = p.kids[i][:0]
	}
	for i, t := range p.toks {
		p.lower[i] = strings.ToLower(t.Form)
		if h := p.head(i); h >= 0 {
			p.kids[h] = append(p.kids[h], i)
		}
	}
}

// head is the sentence index of token i's head, -1 for the root.
func (p *parsed) head(i int) int {
	h := int(p.toks[i].Head)
	if h < 0 {
		return -1
	}
	h -= p.first
	if h < 0 || h >= len(p.toks) || h == i {
		return -1
	}
	return h
}

func (p *parsed) rel(i int) string { return p.toks[i].Rel }

// child returns the first dependent of i whose relation is rel (or starts
// with rel + ":"), -1 if none.
func (p *parsed) child(i int, rel string) int {
	for _, k := range p.kids[i] {
		if r := p.toks[k].Rel; r == rel || strings.HasPrefix(r, rel+":") {
			return k
		}
	}
	return -1
}

// extent is the first and last token of i's subtree, leaving out the
// dependents skip refuses (and their subtrees).
func (p *parsed) extent(i int, skip func(k int) bool) (lo, hi int) {
	lo, hi = i, i
	var walk func(j, depth int)
	walk = func(j, depth int) {
		if depth > 64 {
			return
		}
		for _, k := range p.kids[j] {
			if skip != nil && skip(k) {
				continue
			}
			lo, hi = min(lo, k), max(hi, k)
			walk(k, depth+1)
		}
	}
	walk(i, 0)
	return lo, hi
}

func (p *parsed) span(lo, hi int) doc.Span {
	return doc.Span{Start: p.toks[lo].Start, End: p.toks[hi].End}
}

func (p *parsed) isPunct(i int) bool { return p.toks[i].UPOS == "PUNCT" }

func (p *parsed) nominal(i int) bool {
	switch p.toks[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// clauseRel reports relations that open a clause of their own: a speaker
// phrase never crosses one.
func clauseRel(rel string) bool {
	switch strings.SplitN(rel, ":", 2)[0] {
	case "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "discourse", "vocative", "reparandum", "dep":
		return true
	}
	return false
}

// nounPhrase is the noun phrase headed by h: its subtree without clauses
// (relative clauses, complements) and the head's own preposition, without
// coordinated heads unless conj (then only nominal ones), and without
// punctuation at its edges; where the parse leaves a gap, the unbroken run
// of words around h.
func (p *parsed) nounPhrase(h int, conj bool) (lo, hi int) {
	in := p.inPhrase[:0]
	for range p.toks {
		in = append(in, false)
	}
	p.inPhrase = in
	in[h] = true
	var walk func(j, depth int)
	walk = func(j, depth int) {
		if depth > 64 {
			return
		}
		for _, k := range p.kids[j] {
			r := p.rel(k)
			switch {
			case clauseRel(r):
				continue
			case j == h && r == "case":
				continue
			case j == h && k > h && strings.HasPrefix(r, "nmod") && p.child(k, "case") >= 0 && p.cueNoun(k):
				continue // "the rebel group in a statement": the cue's circumstance, not the speaker's
			case j == h && r == "cc" && !conj:
				continue
			case j == h && r == "conj" && (!conj || !p.nominal(k)):
				continue
			case j == h && p.isPunct(k) && (k > h || k == 0 || p.lower[k] == "("):
				continue // a comma before an appositive stays inside
			}
			in[k] = true
			walk(k, depth+1)
		}
	}
	walk(h, 0)
	lo, hi = h, h
	for lo > 0 && in[lo-1] {
		lo--
	}
	for hi+1 < len(in) && in[hi+1] {
		hi++
	}
	for lo < hi && (p.isPunct(lo) || p.toks[lo].UPOS == "CCONJ") {
		lo++
	}
	for hi > lo && (p.isPunct(hi) || p.toks[hi].UPOS == "CCONJ") {
		hi--
	}
	return lo, hi
}

// attribution is a cue with its source and content, in one sentence.
type attribution struct {
	cue     doc.Span
	cueTok  int
	lemma   string
	kind    string // speech|writing|belief|intention|knowledge
	content doc.Span
	src     int // sentence index of the source's head, -1 when unknown
	srcLo   int
	srcHi   int
	// also marks the second source of a coordinated subject ("the
	// official and the source said"): a source of the same attribution
	also bool
}

// relativePronoun: "who", "which", "that" as a relative clause's subject
// (the complementizer's word tagged a pronoun).
func (p *parsed) relativePronoun(i int) bool {
	return p.toks[i].XPOS == "WP" || p.toks[i].XPOS == "WDT" || p.toks[i].UPOS == "PRON" && complement.Has(p.lower[i])
}

// subjectOf finds who performs cue v: its subject, a passive's agent, the
// noun a relative clause describes, or the subject of the clause a
// participle, an infinitive or a coordinated verb hangs from.
func (p *parsed) subjectOf(v int) int {
	for depth, j := 0, v; depth < 4 && j >= 0; depth++ {
		if s := p.subject(j); s >= 0 {
			if p.relativePronoun(s) {
				// "the minister, who said ...": the noun the clause describes
				if h := p.head(j); h >= 0 && p.nominal(h) {
					return h
				}
				return -1
			}
			if p.toks[s].UPOS == "PRON" && (pronouns.Attr(p.lower[s], "person") == "2" || p.toks[s].XPOS == "EX") {
				return -1 // "you know", "there": no one said
			}
			return s
		}
		for _, k := range p.kids[j] {
			if p.rel(k) == "obl:agent" || p.rel(k) == "obl" && p.hasCase(k, "agent") && p.child(j, "aux:pass") >= 0 {
				return k
			}
		}
		switch r := p.rel(j); {
		case r == "acl:relcl" || r == "acl":
			if h := p.head(j); h >= 0 && p.nominal(h) {
				return h
			}
			return -1
		case r == "xcomp" || r == "conj" || r == "advcl" && p.toks[j].XPOS == "VBG":
			up := p.head(j)
			if r == "conj" && up >= 0 && up < v && p.nominal(up) && p.toks[up].UPOS != "NUM" {
				return up // "The spokesperson neither confirmed nor denied": the parse made the subject the head
			}
			j = up
		default:
			return -1
		}
	}
	return -1
}

// subject is the active subject of verb j nearest before it (or after it,
// "said X"), -1 if none.
func (p *parsed) subject(j int) int {
	best := -1
	for _, k := range p.kids[j] {
		if p.rel(k) != "nsubj" || !p.nominal(k) {
			continue
		}
		if best < 0 || k < j && (best > j || k > best) {
			best = k
		}
	}
	return best
}

// agent is the "by" phrase of a passive verb, -1 if none.
func (p *parsed) agent(v int) int {
	for _, k := range p.kids[v] {
		if p.rel(k) == "obl:agent" || p.rel(k) == "obl" && p.hasCase(k, "agent") {
			return k
		}
	}
	return -1
}

// hasCase reports whether token i has a case marker (a preposition) of
// that role in the closed-class list ("agent": "by").
func (p *parsed) hasCase(i int, role string) bool {
	for _, k := range p.kids[i] {
		if p.rel(k) == "case" && prepositions.Attr(p.lower[k], "role") == role {
			return true
		}
	}
	return false
}

// contentOf is the content a verb cue takes through its dependents.
func (p *parsed) contentOf(v int, c Cue) (lo, hi int, ok bool) {
	var obj, xcomp = -1, -1
	for _, k := range p.kids[v] {
		r := p.rel(k)
		switch {
		case r == "ccomp" && c.has("ccomp"):
			// without an attribution inverted inside it ("“…,” the office said")
			lo, hi = p.extent(k, func(x int) bool { return p.rel(x) == "parataxis" && x > k })
			for lo < hi && (p.toks[lo].UPOS == "SCONJ" && complement.Has(p.lower[lo]) || p.isPunct(lo)) {
				lo++
			}
			return lo, p.trimEnd(lo, hi), true
		case r == "xcomp" && c.has("xcomp") && p.child(k, "mark") >= 0:
			xcomp = k
		case r == "obj" && c.has("obj") && p.nominal(k) && p.toks[k].UPOS != "PRON":
			obj = k
		case r == "obl" && len(p.kids[k]) > 0:
			for _, cs := range p.kids[k] {
				if p.rel(cs) == "case" && c.has(p.lower[cs]) && cs == p.firstOf(k) {
					lo, hi = p.extent(k, nil)
					return cs + 1, p.trimEnd(cs+1, hi), true
				}
			}
		}
	}
	if xcomp >= 0 {
		lo, hi = p.extent(xcomp, nil)
		return lo, p.trimEnd(lo, hi), true
	}
	if obj >= 0 {
		lo, hi = p.extent(obj, nil)
		return lo, p.trimEnd(lo, hi), true
	}
	return 0, 0, false
}

func (p *parsed) firstOf(i int) int {
	lo, _ := p.extent(i, nil)
	return lo
}

// trimEnd drops punctuation from the end of a content span.
func (p *parsed) trimEnd(lo, hi int) int {
	for hi > lo && p.isPunct(hi) && p.lower[hi] != "”" && p.lower[hi] != "\"" {
		hi--
	}
	return hi
}

// inverted is the clause before a cue that follows it after a comma
// ("the drawdown is slight, the official said", "..., said X"): from the
// start of the clause the cue hangs from (or the sentence) to the comma.
func (p *parsed) inverted(v, subj int) (lo, hi int, ok bool) {
	left := v
	if subj >= 0 && subj < v {
		slo, _ := p.nounPhrase(subj, true)
		left = min(left, slo)
	}
	for _, k := range p.kids[v] {
		if k < left && !p.isPunct(k) && (p.toks[k].UPOS == "AUX" || p.toks[k].UPOS == "ADV" || p.toks[k].UPOS == "PART") {
			left = k
		}
	}
	for _, k := range p.kids[v] {
		switch r := p.rel(k); {
		case k > v && (r == "obj" || r == "xcomp" || r == "ccomp" || strings.HasPrefix(r, "csubj")):
			return 0, 0, false // "documents reported stolen": no reporting clause
		}
	}
	c := left - 1
	if c < 2 || p.lower[c] != "," && p.lower[c] != "”" && p.lower[c] != "\"" {
		return 0, 0, false
	}
	lo = 0
	if h := p.head(v); h >= 0 && h < v {
		if hl, _ := p.extent(h, nil); hl < c {
			lo = hl
		}
	}
	hi = c - 1
	for hi > lo && (p.isPunct(hi) && p.lower[hi] != "”" && p.lower[hi] != "\"") {
		hi--
	}
	for lo < hi && p.isPunct(lo) && p.lower[lo] != "“" && p.lower[lo] != "\"" {
		lo++
	}
	if hi-lo < 2 {
		return 0, 0, false
	}
	return lo, hi, true
}

// attributions finds the attributions of one parsed sentence.
func (lx *Lexicon) attributions(p *parsed, out []attribution) []attribution {
	for v, t := range p.toks {
		if t.UPOS == "VERB" {
			lemma := strings.ToLower(t.Lemma)
			if c, ok := lx.Verbs[lemma]; ok {
				out = lx.verbCue(p, v, lemma, c, out)
				continue
			}
			if _, ok := lx.Light[lemma]; ok {
				out = lx.lightCue(p, v, out)
				continue
			}
		}
	}
	return lx.phraseCues(p, out)
}

func (lx *Lexicon) verbCue(p *parsed, v int, lemma string, c Cue, out []attribution) []attribution {
	switch p.rel(v) {
	case "amod", "compound", "nmod", "obl", "nsubj", "obj", "case", "mark":
		return out // "the reported deaths", a participle used as a noun
	}
	if p.child(v, "nsubj:pass") >= 0 && p.child(v, "obl:agent") < 0 {
		return out // "it was said", "X is expected to": no source
	}
	if p.toks[v].XPOS == "VBN" && p.child(v, "aux") < 0 && p.child(v, "aux:pass") < 0 && p.agent(v) >= 0 {
		return out // "the inquiry announced yesterday by the Treasurer": a noun the cue describes
	}
	subj := p.subjectOf(v)
	lo, hi, ok := p.contentOf(v, c)
	if !ok && c.has("ccomp") {
		lo, hi, ok = p.inverted(v, subj)
	}
	if !ok {
		return out
	}
	a := attribution{cue: p.span(v, v), cueTok: v, lemma: lemma, kind: c.Kind, content: p.span(lo, hi), src: subj}
	return p.withSources(a, out)
}

// withSources adds one attribution per coordinated source ("the official
// and the source said": each).
func (p *parsed) withSources(a attribution, out []attribution) []attribution {
	if a.src < 0 {
		a.srcLo, a.srcHi = -1, -1
		return append(out, a)
	}
	heads := []int{a.src}
	for _, k := range p.kids[a.src] {
		if p.rel(k) == "conj" && p.nominal(k) && (p.toks[k].UPOS != "PROPN" || p.child(k, "det") >= 0) {
			heads = append(heads, k) // not the halves of a name ("the Peace and Freedom Party")
		}
	}
	// "Both the official and the source said", parsed as two subjects of
	// the verb: the one before the conjunction speaks too.
	if cc := p.child(a.src, "cc"); cc >= 0 && a.src != a.cueTok {
		if v := p.head(a.src); v >= 0 {
			for _, k := range p.kids[v] {
				if k != a.src && k < cc && p.rel(k) == "nsubj" && p.nominal(k) {
					heads = append(heads, k)
				}
			}
		}
	}
	for n, h := range heads {
		b := a
		b.src, b.also = h, n > 0
		b.srcLo, b.srcHi = p.nounPhrase(h, false)
		// "A source familiar": a modifier the parse made a second subject
		if v := p.head(h); v >= 0 && p.rel(h) == "nsubj" {
			for _, k := range p.kids[v] {
				if k == b.srcHi+1 && p.rel(k) == "nsubj" && p.toks[k].UPOS == "ADJ" {
					_, b.srcHi = p.extent(k, nil)
				}
			}
		}
		out = append(out, b)
	}
	return out
}

// lightCue: "made a statement that ...", "issued a warning that ...".
func (lx *Lexicon) lightCue(p *parsed, v int, out []attribution) []attribution {
	o := p.child(v, "obj")
	if o < 0 {
		return out
	}
	c, ok := lx.Nouns[strings.ToLower(p.toks[o].Lemma)]
	if !ok {
		return out
	}
	content := -1
	for _, k := range append(append([]int{}, p.kids[o]...), p.kids[v]...) {
		if r := p.rel(k); r == "ccomp" || strings.HasPrefix(r, "acl") && p.thatClause(k) {
			content = k
			break
		}
	}
	if content < 0 {
		return out
	}
	lo, hi := p.extent(content, nil)
	for lo < hi && (complement.Has(p.lower[lo]) || p.isPunct(lo)) {
		lo++
	}
	a := attribution{cue: p.span(v, o), cueTok: v, lemma: strings.ToLower(p.toks[v].Lemma) + " " + strings.ToLower(p.toks[o].Lemma),
		kind: c.Kind, content: p.span(lo, p.trimEnd(lo, hi)), src: p.subjectOf(v)}
	return p.withSources(a, out)
}

// phraseCues: "according to X", "in the view of X": the source is the
// noun phrase after the phrase, the content the rest of the sentence.
func (lx *Lexicon) phraseCues(p *parsed, out []attribution) []attribution {
	for i := range p.toks {
		for _, ph := range lx.Phrases {
			n := len(ph.Words)
			if i+n >= len(p.toks) || p.lower[i] != ph.Words[0] {
				continue
			}
			match := true
			for k := 1; k < n; k++ {
				if p.lower[i+k] != ph.Words[k] {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			// climb from the word after the phrase to the noun it modifies
			h := i + n
			for depth := 0; depth < 6; depth++ {
				up := p.head(h)
				if up <= h || p.nominal(h) && !nounModifier(p.rel(h)) {
					break
				}
				h = up
			}
			if !p.nominal(h) {
				continue
			}
			slo, shi := p.nounPhrase(h, false)
			if slo > i+n {
				continue
			}
			// the content: the longer side of the sentence around the
			// phrase and its source
			blo, bhi := 0, i-1
			alo, ahi := shi+1, len(p.toks)-1
			for bhi > blo && p.isPunct(bhi) {
				bhi--
			}
			if bhi-blo < 2 {
				// "According to X, CONTENT": the content follows the comma
				// that ends the phrase, wherever the parse ended X
				for k := i + n; k < ahi; k++ {
					if p.lower[k] == "," {
						alo = max(alo, k+1)
						// "..., Manouchehr Mottaki, CONTENT": a name in apposition
						m := k + 1
						for m < ahi && p.toks[m].UPOS == "PROPN" {
							m++
						}
						if m > k+1 && m < ahi && p.lower[m] == "," {
							alo = m + 1
						}
						break
					}
				}
			}
			for alo < ahi && p.isPunct(alo) {
				alo++
			}
			ahi = p.trimEnd(alo, ahi)
			lo, hi := alo, ahi
			if bhi-blo > ahi-alo {
				lo, hi = blo, bhi
			}
			if hi-lo < 2 {
				continue
			}
			out = append(out, attribution{cue: p.span(i, i+n-1), cueTok: i, lemma: strings.Join(ph.Words, " "), kind: ph.Kind,
				content: p.span(lo, hi), src: h, srcLo: slo, srcHi: shi})
		}
	}
	return out
}

func nounModifier(rel string) bool {
	switch rel {
	case "det", "amod", "nummod", "compound", "nmod:poss", "flat", "case", "advmod", "fixed", "det:predet":
		return true
	}
	return false
}

// thatClause reports whether clause k opens with "that" and has a subject
// of its own: a noun's content ("a statement that its workers would
// strike"), which the parse may have read as a relative clause.
func (p *parsed) thatClause(k int) bool {
	lo, _ := p.extent(k, nil)
	if !complement.Has(p.lower[lo]) {
		return false
	}
	s := p.subject(k)
	return s >= 0 && s != lo
}
