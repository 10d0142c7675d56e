// Modality read from the parse beyond a predicate's own words: a modal it
// shares with a conjunct, the verbs that govern it through complements.

package cameo

import "strings"

// modalOf returns the word of the modal auxiliary on predicate j, or on
// the conjunct it shares it with; -1 for none.
func (p *parse) modalOf(j int) int {
	for ; j >= 0; j = p.head(j) {
		m := -1
		p.kids(j, func(k int) bool {
			if p.syn[k].Rel == "aux" && p.syn[k].XPOS == "MD" {
				m = k
			}
			return m < 0
		})
		if m >= 0 || p.syn[j].Rel != "conj" {
			return m
		}
	}
	return -1
}

// toMark reports whether a clause is a to-infinitive (the parser reads
// some open complements as adverbial clauses: "a decree allowing
// troops to search homes").
func (p *parse) toMark(j int) bool {
	to := false
	p.kids(j, func(k int) bool {
		to = p.syn[k].Rel == "mark" && strings.EqualFold(p.syn[k].Form, "to")
		return !to && k < j
	})
	return to
}

// governedModality reads the verbs that govern a predicate through open
// complements ("plans to attack", "a decree allowing troops to search homes"): an
// act intended, planned, threatened or only permitted is not done; one
// its subject commits to is an intent of its own. Verbs that carry the
// act out ("managed to", "voted to") leave it as it is.
func (sc *sentCtx) governedModality(t *trigger, j int) {
	p := sc.parse
	for p.syn[j].Rel == "xcomp" || (p.rel(j) == "advcl" || p.rel(j) == "acl") && p.toMark(j) {
		g := p.head(j)
		if g >= 0 && p.rel(j) == "acl" {
			// "permit inspectors to expel": the infinitive hung on the
			// governing verb's object
			if p.syn[g].Rel != "obj" {
				return
			}
			g = p.head(g)
		}
		if g < 0 {
			return
		}
		form := strings.ToLower(p.syn[g].Form)
		if realGovernors[form] {
			return
		}
		if intentWords[form] || commissive[form] || permissionVerbs[strings.ToLower(p.syn[g].Lemma)] {
			t.hypo = true
			if commissive[form] && t.intent < 0 && !t.p.negForm {
				if k := p.tokOf[g]; k < t.at {
					t.intent = k
				}
			}
			return
		}
		j = g
	}
}
