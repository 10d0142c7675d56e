package entity

// The armies a document names and the countries of the soldiers it names
// with no country of their own. (The roles conjoined with a nationality
// are coordrole.go's.)

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// forceCountry is the code of the one state armed force of the agent
// (armed-unit in data/shapes.tsv: MIL, REB...) the document names, as an organisation ("the Zorvan Army") or a role phrase with a
// country of its own ("Zorvan troops", "soldiers of the Zorvan army"),
// or "" where it names none or several: the soldiers, marines or
// corporals it names with no country are that force's, not the
// article's country's (soldiers serving abroad).
func forceCountry(d *doc.Document, roles []string, agent string) string {
	f := ""
	add := func(code string) bool {
		if len(code) != 6 || code[3:] != agent || NonState(code) {
			return true
		}
		if f != "" && f != code {
			return false
		}
		f = code
		return true
	}
	for _, e := range d.Entities {
		if e.Type == "ORG" && e.Actor != nil && !add(*e.Actor) {
			return ""
		}
	}
	for _, c := range roles {
		if !add(c) {
			return ""
		}
	}
	return f
}

// titledForces gives a person titled with an armed rank and coded with
// no country but the article's ("Sgt. Ana Ruiz" in a story set where
// she serves) the document's one armed force of the title's agent, on
// the entity and its actor phrases.
func (s *Stage) titledForces(d *doc.Document, roles []string) {
	for i := range d.Entities {
		e := &d.Entities[i]
		a, ok := s.titled[e.ID]
		if !ok || !armedUnit.Has(a) || e.Type != "PERSON" || e.Actor != nil && *e.Actor != s.context+a {
			continue
		}
		f := forceCountry(d, roles, a)
		if f == "" || e.Actor != nil && *e.Actor == f {
			continue
		}
		old := ""
		if e.Actor != nil {
			old = *e.Actor
		}
		e.Actor = &f
		for k := range d.Actors {
			if x := &d.Actors[k]; x.Entity == e.ID && x.Code == old {
				x.Code = f
			}
		}
	}
}

// namedBefore is the code of the armed role the bare one at d.Actors[k]
// repeats: the last role before it, within two sentences, with the same
// head word and agent and a country of its own ("soldiers from the Zorvan
// army were ambushed ... Soldiers fired back": the Zorvan army's), or
// "" where there is none. It decides where the document names several
// forces (forceCountry gives none).
func namedBefore(d *doc.Document, ownAt []int, k int, agent string) string {
	x := d.Actors[k]
	// (ownAt rises: start at the last one before k)
	for j := sort.SearchInts(ownAt, k) - 1; j >= 0; j-- {
		y := d.Actors[ownAt[j]]
		if x.Sentence-y.Sentence > 2 {
			break
		}
		if strings.EqualFold(y.Head, x.Head) && len(y.Code) == 3+len(agent) && strings.HasSuffix(y.Code, agent) && !NonState(y.Code) {
			return y.Code
		}
	}
	return ""
}

// ordinal reports whether w is an ordinal number in digits ("4th",
// "82nd"), as in a unit's name.
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n > 0 && ordinalEndings.Has(w[n:])
}
