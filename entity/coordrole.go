package entity

import (
	"strings"

	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// sharedRole reads a coordination of country modifiers before one role
// word: "Zorvan and Ruritanian soldiers" are Zorvan soldiers and
// Ruritanian soldiers, so the first modifier, which no role phrase took,
// shares the role the second heads. It returns the code of entity
// mention ems[k] with that role's agent (ZORMIL), or "" where the
// mention is no such modifier: a demonym or a capitalised abbreviation
// ("US and Afghan forces") right before "and" or "or", then the second
// modifier opening a role phrase of out that composed the second's
// country with its agent. A country's name ("Zorvania and Ruritanian
// troops") is left as it is: it may be a party of its own.
func sharedRole(text string, toks []token.Token, ems []em, k int, out []ActorSpan) string {
	x := ems[k]
	if x.e.Actor == nil || len(*x.e.Actor) != 3 || x.last+2 >= len(toks) {
		return ""
	}
	if w := x.m.Text; x.e.Type != "NORP" && !(x.e.Type == "GPE" && len(w) >= 2 && w == strings.ToUpper(w) && x.first == x.last) {
		return ""
	}
	// "and", "or": a coordinating conjunction that adds or offers
	if c := strings.ToLower(toks[x.last+1].Text(text)); words.Attr("conjunction", c, "kind") != "coord" || !additive(c) {
		return ""
	}
	next := x.last + 2
	for _, y := range ems {
		if y.first != next || y.e.Actor == nil || len(*y.e.Actor) != 3 || (y.e.Type != "NORP" && y.e.Type != "GPE") {
			continue
		}
		for _, r := range out {
			if r.Type == "ROLE" && r.First == next && r.Entity == y.e.ID && len(r.Code) > 3 && strings.HasPrefix(r.Code, *y.e.Actor) {
				return compose(*x.e.Actor, r.Code[3:])
			}
		}
	}
	return ""
}

// additive reports whether coordinating conjunction c joins parties
// ("and", "or"), not contrasts them ("but").
func additive(c string) bool {
	s := words.Attr("conjunction", c, "sense")
	return s == "additive" || s == "alternative"
}
