package quote

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// attr is an attribution of the parse with its speaker classified.
type attr struct {
	attribution
	sp speaker
}

// parseAttributions reads the attributions of the body's sentences from
// the syntax layer; none without one.
func (s *Stage) parseAttributions(d *doc.Document) []attr {
	if d.Syntax == nil || s.Lex == nil {
		return nil
	}
	var out []attr
	var p parsed
	var found []attribution
	var toks []token.Token
	for _, ss := range d.Syntax.Sentences {
		if ss.Headline || ss.Index < 0 || !inBody(d, ss.Span) {
			continue
		}
		newParsed(d.Syntax, ss, &p, s.Lex)
		found = s.Lex.attributions(&p, found[:0])
		if len(found) == 0 {
			continue
		}
		toks = toks[:0]
		lower := p.lower
		for _, t := range p.toks {
			toks = append(toks, token.Token{Start: t.Start, End: t.End})
		}
		for _, a := range found {
			x := attr{attribution: a}
			if a.src >= 0 {
				lo, hi := s.speakerPhrase(&p, a.srcLo, a.srcHi, a.src)
				x.sp = s.classify(d, toks, lower, lo, hi)
			}
			out = append(out, x)
		}
	}
	return out
}

// speakerPhrase prefers a name in apposition to a description ("the
// commander, Brigadier X": X) as the speaker's words.
func (s *Stage) speakerPhrase(p *parsed, lo, hi, h int) (int, int) {
	if p.toks[h].UPOS == "PROPN" {
		// "Paul Martin, a detective ...": the name alone; an appositive
		// with no punctuation before it is the name after a title
		// ("Deputy Information Minister Bright Matonga") and stays
		for _, k := range p.kids[h] {
			if p.rel(k) == "appos" && k > h {
				if hl, _ := p.nounPhrase(k, false); hl > h && p.punctBetween(h, hl) {
					hi = min(hi, hl-1)
					for hi > h && p.isPunct(hi) {
						hi--
					}
				}
			}
		}
		return lo, hi
	}
	for _, k := range p.kids[h] {
		if p.rel(k) == "appos" && p.toks[k].UPOS == "PROPN" {
			return p.nounPhrase(k, false)
		}
	}
	return lo, hi
}

// punctBetween reports whether a punctuation token stands between tokens
// a and b (both excluded).
func (p *parsed) punctBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if p.isPunct(k) {
			return true
		}
	}
	return false
}

func inBody(d *doc.Document, sp doc.Span) bool {
	for _, p := range d.Body {
		if sp.Start >= p.Start && sp.Start < p.End {
			return true
		}
	}
	return false
}

// matchParsed finds the parse attribution of a direct quote: its cue
// outside the quote, its content overlapping it; -1 if none.
func matchParsed(as []attr, used []bool, q doc.Span) int {
	best := -1
	for k, a := range as {
		if used[k] || a.cue.Start >= q.Start && a.cue.End <= q.End || a.kind != "speech" && a.kind != "writing" {
			continue
		}
		ov := min(a.content.End, q.End) - max(a.content.Start, q.Start)
		if ov <= 0 || 2*ov < a.content.Len() {
			continue
		}
		// the innermost attribution: "X said “...”, according to Y" is X's
		if best < 0 || a.content.Len() < as[best].content.Len() {
			best = k
		}
	}
	return best
}

// normalize makes a speaker found by its words a noun phrase of the
// parse: the phrase of the first noun or pronoun in it whose head lies
// outside it. A speaker with no such word is no speaker.
func (s *Stage) normalize(d *doc.Document, sp speaker) (speaker, bool) {
	if d.Syntax == nil || sp.span.Len() == 0 {
		return sp, sp.span.Len() > 0
	}
	if s.isMention(sp.span) {
		return sp, true // a name is a noun phrase whatever the tagger made of it ("Will Moy")
	}
	for _, ss := range syntaxSentenceAt(d, sp.span.Start) {
		var p parsed
		newParsed(d.Syntax, ss, &p, s.Lex)
		h := -1
		for i, t := range p.toks {
			if t.Start < sp.span.Start || t.End > sp.span.End || !p.nominal(i) {
				continue
			}
			up := p.head(i)
			if up < 0 || p.toks[up].Start < sp.span.Start || p.toks[up].End > sp.span.End {
				h = i
				break
			}
		}
		if h < 0 {
			// the parse shows no noun: a name inside the words, or nobody
			for _, m := range s.ments {
				if m.Start >= sp.span.Start && m.End <= sp.span.End {
					return s.classifyAt(d, m.Span, sp.cue), true
				}
			}
			return speaker{}, false
		}
		lo, hi := p.nounPhrase(h, true)
		lo, hi = s.speakerPhrase(&p, lo, hi, h)
		if p.toks[lo].Start == sp.span.Start && p.toks[hi].End == sp.span.End {
			return sp, true
		}
		toks := make([]token.Token, len(p.toks))
		for i, t := range p.toks {
			toks[i] = token.Token{Start: t.Start, End: t.End}
		}
		out := s.classify(d, toks, p.lower, lo, hi)
		out.cue = sp.cue
		return out, true
	}
	return sp, true
}

// nest points each quote whose cue stands inside another's content to the
// innermost such quote (base is the index of qs[0] in the document).
func nest(qs []doc.Quote, base int) {
	for i := range qs {
		c := qs[i].CueSpan
		if c == nil {
			continue
		}
		best := -1
		for j := range qs {
			if j == i || c.Start < qs[j].Start || c.End > qs[j].End {
				continue
			}
			if best < 0 || qs[j].Len() < qs[best].Len() {
				best = j
			}
		}
		if best >= 0 {
			n := base + best
			qs[i].NestedIn = &n
		}
	}
}

// isMention reports whether sp is exactly an entity mention of the body.
func (s *Stage) isMention(sp doc.Span) bool {
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].Start >= sp.Start })
	for ; k < len(s.ments) && s.ments[k].Start == sp.Start; k++ {
		if s.ments[k].End == sp.End {
			return true
		}
	}
	return false
}

// classifyAt classifies the speaker phrase at sp, a span of whole tokens.
func (s *Stage) classifyAt(d *doc.Document, sp doc.Span, cue string) speaker {
	toks, lower := sentenceTokens(d, sentenceOf(d, sp.Start))
	a, b := -1, -1
	for i, t := range toks {
		if a < 0 && t.Start >= sp.Start {
			a = i
		}
		if t.End <= sp.End {
			b = i
		}
	}
	if a < 0 || b < a {
		return speaker{}
	}
	out := s.classify(d, toks, lower, a, b)
	out.cue = cue
	return out
}

// actorOfQuote is the speaker of a quote with no cue that stands in a
// clause whose active subject is an actor ("The embassy ordered employees
// to leave “due to…”"): the verbs above the quote's first word, up to the
// first with a subject; no speaker under a passive ("was imposed to “…”").
func (s *Stage) actorOfQuote(d *doc.Document, q qspan) (string, speaker, bool) {
	if q.close <= q.open || countWords(d.Text[q.open:q.close]) < 3 {
		return "", speaker{}, false
	}
	for _, ss := range syntaxSentenceAt(d, q.open) {
		var p parsed
		newParsed(d.Syntax, ss, &p, s.Lex)
		j := -1
		for i, t := range p.toks {
			if t.Start > q.open && !p.isPunct(i) {
				j = i
				break
			}
		}
		for depth := 0; j >= 0 && depth < 8; depth++ {
			if p.toks[j].UPOS == "VERB" && p.toks[j].Start < q.open {
				if _, cue := s.Lex.Verbs[strings.ToLower(p.toks[j].Lemma)]; cue || p.child(j, "nsubj:pass") >= 0 || p.child(j, "aux:pass") >= 0 {
					break // the content of a cue the quote's attribution did not take, or a passive
				}
				if sub := p.subject(j); sub >= 0 {
					if p.relativePronoun(sub) || p.toks[sub].UPOS == "PRON" {
						break
					}
					lo, hi := p.nounPhrase(sub, false)
					toks := make([]token.Token, len(p.toks))
					for i, t := range p.toks {
						toks[i] = token.Token{Start: t.Start, End: t.End}
					}
					sp := s.classify(d, toks, p.lower, lo, hi)
					if sp.kind == "institutional" || sp.kind == "named" {
						return "", sp, true
					}
					break
				}
			}
			j = p.head(j)
		}
		break
	}
	return "", speaker{}, false
}

// agentLike reports whether a speaker phrase of no known class may still
// be someone: a proper noun of the parse heads it.
func (s *Stage) agentLike(d *doc.Document, sp doc.Span) bool {
	for _, ss := range syntaxSentenceAt(d, sp.Start) {
		for k := ss.First; k < ss.End; k++ {
			t := d.Syntax.Tokens[k]
			if t.Start >= sp.Start && t.End <= sp.End && t.UPOS == "PROPN" {
				return true
			}
		}
		return false
	}
	return true
}

// syntaxSentenceAt is the body sentence of the syntax layer that holds
// byte at, as a slice of one (none when no sentence holds it), found by
// binary search: the body's sentences are in text order.
func syntaxSentenceAt(d *doc.Document, at int) []doc.SyntaxSentence {
	ss := d.Syntax.Sentences
	for len(ss) > 0 && ss[0].Index < 0 {
		ss = ss[1:] // a headline outside the text
	}
	k := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > at })
	if k < len(ss) && at >= ss[k].Start && !ss[k].Headline {
		return ss[k : k+1]
	}
	return nil
}
