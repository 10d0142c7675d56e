package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// riotCasualties recodes the counted events of one sentence (evs) that
// tell police hurt, not killed, with no doer and no means named ("four
// constables were hurt"), as a riot's casualties (145), when the
// sentence tells no act of force besides them (no other counted event of
// roots 18 to 20): police wounded in an attack, a bombing or beside
// killings keep their code.
func (s *Stage) riotCasualties(evs []doc.Event) {
	c := s.Table["145"]
	if c == nil {
		return
	}
	casualty := func(e *doc.Event) bool {
		return Counted(e) && (e.Code == "190" || e.Code == "180") && e.Source == nil && e.Target != nil && e.Target.Actor != nil &&
			strings.HasSuffix(*e.Target.Actor, "COP") && hasStem(woundingStems, strings.ToLower(e.Trigger.Text)) && !isKilling(strings.ToLower(e.Trigger.Text))
	}
	for j := range evs {
		e := &evs[j]
		if Counted(e) && violent(e.Root) && !casualty(e) {
			return
		}
	}
	for j := range evs {
		if e := &evs[j]; casualty(e) {
			recode(e, c)
		}
	}
}
