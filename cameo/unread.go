// Why the coder read nothing in a sentence: a diagnosis of the misses of
// eval events -why for which no event at all was read, by the word of the
// wanted root the dictionaries have in the sentence and where the parse
// puts it. It reads the dictionaries and the parse only, never codes, so
// it is a map of the causes, not a coder.

package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// The word classes UnreadCause tells apart, best first: a verb the
// built-in patterns list with the wanted root, an event noun they list
// with it, a verb or another word only the production dictionary lists
// with it, and no word of the root at all.
const (
	unreadBuiltinVerb = "built-in verb of the root"
	unreadBuiltinNoun = "built-in event noun of the root"
	unreadPetrVerb    = "production-dictionary verb of the root"
	unreadPetrPattern = "production-dictionary verb with a pattern of the root"
	unreadPetrWord    = "production-dictionary word of the root (no verb)"
	unreadNone        = "no word of the root"
)

// UnreadCause names why no event of root want was read in document d
// (one sentence, or a few): the best word of the root the dictionaries
// have in it ("built-in verb of the root: main clause"), or, with none,
// what the sentence's main predicate is. The second result counts the
// actor phrases with a code in the document: "0", "1" or "2+".
func (s *Stage) UnreadCause(d *doc.Document, want string) (cause, actors string) {
	n := 0
	for _, a := range d.Actors {
		if a.Code != "" && !strings.HasPrefix(a.Code, "---") {
			n++
		}
	}
	actors = "2+"
	if n < 2 {
		actors = string(rune('0' + n))
	}
	bit := rootBit(want)
	ix := newIndex(d, d.Sentences)
	bestRank, best := 99, ""
	var bestP *parse
	bestJ := -1
	for i, sent := range d.Sentences {
		p := ix.view(d, sent, i).parse
		if p == nil {
			continue
		}
		for j := range p.syn {
			if r := s.unreadRank(p, j, bit); r < bestRank {
				bestRank, bestP, bestJ = r, p, j
			}
		}
	}
	switch bestRank {
	case 0:
		best = unreadBuiltinVerb + ": " + bestP.unreadPlace(bestJ) + "; " + s.verbAlone(bestP, bestJ, bit)
	case 1:
		best = unreadBuiltinNoun + ": " + bestP.nounPlace(bestJ)
	case 2:
		best = unreadPetrVerb + ": " + s.petrGate(d, bestP, bestJ, bit)
	case 3:
		best = unreadPetrPattern + ": " + s.petrGate(d, bestP, bestJ, bit)
	case 4:
		best = unreadPetrWord + ": " + bestP.nounPlace(bestJ)
	default:
		best = unreadNone + ": " + s.mainPredicate(d, ix)
	}
	return best, actors
}

// unreadRank ranks word j of p as a word of the root bit: 0 a verb the
// built-in patterns list with it, 1 an event noun they list with it, 2 a
// verb the production dictionary lists with it as its own code, 3 a verb
// one of whose synonym set's patterns codes it, 4 another word it lists
// with it, 99 none.
func (s *Stage) unreadRank(p *parse, j int, bit uint32) int {
	t := &p.syn[j]
	form, lemma := strings.ToLower(t.Form), strings.ToLower(t.Lemma)
	verb := t.UPOS == "VERB"
	has := func(m map[string][]*Pattern, words ...string) bool {
		for _, w := range words {
			for _, pt := range m[w] {
				if rootBit(pt.Code)&bit != 0 {
					return true
				}
			}
		}
		return false
	}
	switch {
	case verb && has(s.Patterns.byForm, form, lemma):
		return 0
	case !verb && (has(s.Patterns.byNoun, form, lemma) || has(s.Patterns.byOccur, form, lemma)):
		return 1
	}
	if s.Fallback == nil || t.UPOS == "PROPN" || t.UPOS == "ADP" || t.UPOS == "DET" || t.UPOS == "PRON" {
		return 99
	}
	if (s.Fallback.verbRoots(t.Form)|s.Fallback.verbRoots(t.Lemma))&bit == 0 {
		return 99
	}
	if !verb {
		return 4
	}
	for _, w := range []string{t.Form, t.Lemma} {
		for _, v := range s.Fallback.Verbs.Lookup(w) {
			if rootBit(v.Code.Event)&bit != 0 {
				return 2
			}
		}
	}
	return 3
}

// verbAlone says whether a built-in pattern of the root codes verb j
// alone or all of them ask for more: an object word, a preposition or
// the words of a phrase ("file suit").
func (s *Stage) verbAlone(p *parse, j int, bit uint32) string {
	t := &p.syn[j]
	for _, w := range []string{strings.ToLower(t.Form), strings.ToLower(t.Lemma)} {
		for _, pt := range s.Patterns.byForm[w] {
			if rootBit(pt.Code)&bit != 0 && len(pt.Object) == 0 && pt.Prep == "" && len(pt.Words) == 1 {
				return "a pattern codes the verb alone"
			}
		}
	}
	return "its patterns ask for an object word or a preposition or more words"
}

// unreadPlace says where the parse puts verb j: its clause's relation,
// through coordination ("main clause", "complement", "adverbial clause",
// "relative clause or participle", "read as a noun's argument").
func (p *parse) unreadPlace(j int) string {
	for p.rel(j) == "conj" && p.head(j) >= 0 {
		j = p.head(j)
	}
	switch p.syn[j].Rel {
	case "root", "parataxis":
		return "main clause"
	case "ccomp", "xcomp", "csubj":
		return "complement"
	case "advcl":
		return "adverbial clause"
	case "acl", "acl:relcl", "amod":
		return "relative clause or participle"
	}
	return "read as a noun's argument"
}

// nounPlace says where the parse puts event noun j: the object of a verb
// (a light verb: "held talks"), its subject, a preposition's object, a
// noun's modifier, the sentence's root.
func (p *parse) nounPlace(j int) string {
	h := p.head(j)
	switch r := p.rel(j); {
	case r == "root":
		return "the sentence's root"
	case r == "obj" && h >= 0 && p.syn[h].UPOS == "VERB":
		return "object of a verb"
	case r == "nsubj":
		return "subject of a verb"
	case r == "obl":
		return "a verb's preposition's object"
	case r == "nmod" || r == "compound" || r == "amod":
		return "modifier of a noun"
	}
	return "other"
}

// petrGate says which of the fallback's conditions verb j fails: its
// root is not one the fallback codes, it is no predicate the fallback
// weighs (a relative clause, a participle), it has no subject, or no
// object nor a preposition's object, else its parties are not both
// named or no pattern fits.
func (s *Stage) petrGate(d *doc.Document, p *parse, j int, bit uint32) string {
	a := p.argsOf(j)
	switch {
	case bit&fallbackRoots == 0:
		return "root outside the fallback's; " + p.unreadPlace(j)
	case !predicate(p, j):
		return "not a predicate the fallback weighs"
	case len(a.subj) == 0:
		return "no subject"
	case len(a.obj) == 0 && len(a.iobj) == 0 && len(a.obl) == 0:
		return "no object"
	}
	ps := s.Fallback.petrView(p, publishedDate(d))
	if !named(ps.sourceCodes(a)) {
		return "its subject names no party"
	}
	_, prep, _, ok := s.Fallback.parseMatch(ps, j)
	if !ok {
		return "no code"
	}
	if _, tgt := ps.roleCodes(a, prep); !named(tgt) {
		return "its object names no party"
	}
	return "other"
}

// mainPredicate says what the main predicate of d's first parsed
// sentence is when no word of the root is there: a reporting verb with a
// clause (the act told in the report's words), a verb of another root,
// another verb, or no verb.
func (s *Stage) mainPredicate(d *doc.Document, ix *docIndex) string {
	for i, sent := range d.Sentences {
		p := ix.view(d, sent, i).parse
		if p == nil {
			continue
		}
		for j := range p.syn {
			if p.syn[j].Rel != "root" {
				continue
			}
			t := &p.syn[j]
			lemma := strings.ToLower(t.Lemma)
			clause := false
			p.kids(j, func(k int) bool {
				clause = p.rel(k) == "ccomp" || p.rel(k) == "parataxis"
				return !clause
			})
			switch {
			case reportingVerbs[lemma] && clause:
				return "a report whose clause has no word of the root"
			case t.UPOS != "VERB":
				return "the root is no verb (" + strings.ToLower(t.UPOS) + ")"
			case len(s.Patterns.byForm[lemma]) > 0 || len(s.Patterns.byForm[strings.ToLower(t.Form)]) > 0:
				return "the main verb is listed with other roots"
			case s.Fallback != nil && (s.Fallback.verbRoots(t.Form)|s.Fallback.verbRoots(t.Lemma)) != 0:
				return "the main verb is in the production dictionary with other roots"
			}
			return "the main verb is in no dictionary"
		}
	}
	return "no parse"
}
