// A place told after a preposition of where (issue 13, actors on the
// wrong phrase): the parse reads it as the setting of an act or of a
// party, never as a party the word windows may fill a side with, nor as
// the doer found inside a subject's phrase.

package cameo

import "strings"

// whereabouts are the prepositions after which a place phrase tells
// where something was ("along the quay", "near the hall").
var whereabouts = own.Class("whereabouts").Set()

// locatedPlace reports whether actor phrase x is a place (a country, a
// city, a region, a building) that the parse hangs after a preposition
// of where other than prep, the pattern's own: "marched along the Quay",
// "clashes in Lima, Peru", "protested near the hall and the park". A
// place with no parse word, or hung on no such preposition, is not.
func (p *parse) locatedPlace(x actor, prep string) bool {
	if p == nil || !placeType(x.Type) {
		return false
	}
	w := p.actorHead(x)
	if w < 0 {
		return false
	}
	// a conjunct or an apposition shares its first phrase's preposition
	// ("in Lima and Quito", "in Lima, Peru")
	for {
		if r := p.syn[w].Rel; r != "conj" && r != "appos" {
			break
		}
		h := p.head(w)
		if h < 0 || !nominal(p.syn[h].UPOS) {
			break
		}
		w = h
	}
	c := p.caseWord(w)
	if c < 0 {
		return false
	}
	f := strings.ToLower(p.syn[c].Form)
	return whereabouts[f] && f != prep
}

// locatedTarget reports whether the word windows' target x of trigger t
// is a place the parse tells as where the act was (locatedPlace), and so
// no party: "refused to let him speak in the capital", "the appeal was
// read out across the country". Force used at a place is used against it (roots
// 15 to 20: "arrests in the capital"), and a visit's place, or a
// meeting's intended one, is its host (roots 03 and 04: "will arrive in
// Lima"), as places has it for the parse's own arguments; a protest or a
// blockade at a place is against it (root 14, or a complaint that is a
// protest: "activists from abroad protested in the capital", "blocked
// roads in the capital").
func (p *parse) locatedTarget(lower []string, x actor, t *trigger) bool {
	switch r := t.p.Code[:2]; {
	case r >= "14" && r <= "20", r == "03", r == "04", protestAct(lower, t):
		return false
	}
	return p.locatedPlace(x, t.p.Prep)
}
