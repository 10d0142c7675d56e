package cameo

import "strings"

// Event nouns that are only wanted. A noun governed by a verb or an
// adjective of wanting, asking, offering, promising or fearing (data/words
// wanting) names an act not done: "wants talks with the rebels", "hopes
// for a meeting with the envoy", "pushed for sanctions against Peru", "is
// ready for talks". The codebook counts such an act as the intent or the
// demand its governor tells (coded on the governor where it is a
// trigger), never as done; the noun's event is hypothetical, as a verb's
// infinitive complement under such a verb is.

var wantingPreps = prepositionSets(own.Class("wanting"), "preps")

// wantedNoun marks a noun trigger hypothetical when the parse makes its
// head noun the object of a wanting verb (preps=obj) or its oblique after
// one of the verb's or adjective's prepositions, unless its clause tells
// it happened.
func (sc *sentCtx) wantedNoun(t *trigger) {
	p := sc.parse
	if p == nil || !t.p.Noun || t.occurred || t.hypo || p.synAt(t.end) < 0 {
		return
	}
	j := p.synOf[t.end]
	h := p.head(j)
	if h < 0 {
		return
	}
	switch p.syn[h].UPOS {
	case "VERB", "ADJ":
	default:
		return
	}
	preps := wantingPreps[strings.ToLower(p.syn[h].Lemma)]
	switch p.syn[j].Rel {
	case "obj", "xcomp": // (a noun the parser took for a verb after "wants")
		t.hypo = preps["obj"]
	case "obl":
		t.hypo = preps[p.caseOf(j)]
	}
}
