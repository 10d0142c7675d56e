package cameo

import (
	"sort"

	"github.com/dragoman/dragoman/doc"
)

// An arrest or a legal charge told in the passive with no one who made
// it ("he was detained", "two men were charged with fraud") was made by
// the police or the court the article named last before it, in the two
// sentences before ("Officers said they had questioned a suspect ... He
// was later detained"): the salience of a story's enforcer carries to
// its next sentences. Only one with a country counts (a force of no
// known state adds nothing), and only in the codebook convention
// (PETRARCH codes no implicit agent).

// implicitSpan is how many sentences back an enforcer is looked for.
const implicitSpan = 2

// priorEnforcer returns the police or court phrase named last in the
// document's sentences n-implicitSpan to n-1, or false.
func priorEnforcer(d *doc.Document, n int) (actor, bool) {
	if n <= 0 {
		return actor{}, false
	}
	k := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Sentence >= n })
	for k--; k >= 0 && d.Actors[k].Sentence >= n-implicitSpan; k-- {
		a := d.Actors[k]
		if c := a.Code; len(c) >= 6 && (c[3:6] == "COP" || c[3:6] == "JUD") {
			return actor{Span: a.Span, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head}, true
		}
	}
	return actor{}, false
}

// implicitArrester gives the events of a passive arrest or charge with no
// source the enforcer named last before sentence n.
func (s *Stage) implicitArrester(d *doc.Document, n int, lower []string, t *trigger, src []int, evs []doc.Event) {
	if len(src) > 0 || !t.passive || s.Convention == Petrarch || !(t.p.Code == "173" || legalCharge(lower, t)) {
		return
	}
	a, ok := priorEnforcer(d, n)
	if !ok {
		return
	}
	for i := range evs {
		if evs[i].Source == nil {
			evs[i].Source = actorOf(a)
		}
	}
}
