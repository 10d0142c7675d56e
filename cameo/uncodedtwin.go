package cameo

import "github.com/dragoman/dragoman/doc"

// An uncoded twin. One trigger read with a list of parties some of whom
// the dictionaries code and some not ("the anchorman and his camera
// operator were injured", "Brazil hosted the summit of Arab and South
// American states") gives an event for each; the event whose party is
// uncoded where its twin's is coded, the other party and everything else
// the same, tells the coder nothing the coded one does not, and a coder
// codes the coded one alone.

// actorCode is an event actor's code, "" when it has none.
func actorCode(a *doc.Actor) string {
	if a == nil || a.Actor == nil {
		return ""
	}
	return *a.Actor
}

// coveredBy reports whether event a is an uncoded twin of event b: the
// same trigger, code and standing, one party the same and the other
// uncoded in a and coded in b.
func coveredBy(a, b *doc.Event) bool {
	if a.Trigger.Span != b.Trigger.Span || a.Code != b.Code || a.Negated != b.Negated || a.Hypothetical != b.Hypothetical || Counted(a) != Counted(b) {
		return false
	}
	as, at, bs, bt := actorCode(a.Source), actorCode(a.Target), actorCode(b.Source), actorCode(b.Target)
	return as == bs && at == "" && bt != "" || at == bt && as == "" && bs != ""
}

// addEvent appends ev to the document's events unless an event of its
// sentence (from index from on) covers it; an earlier event that ev
// covers is replaced by it, under its id.
func addEvent(d *doc.Document, from int, ev doc.Event) {
	for i := from; i < len(d.Events); i++ {
		e := &d.Events[i]
		if coveredBy(&ev, e) {
			return
		}
		if coveredBy(e, &ev) {
			ev.ID = e.ID
			*e = ev
			return
		}
	}
	d.Events = append(d.Events, ev)
}
