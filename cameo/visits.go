package cameo

import "github.com/dragoman/dragoman/doc"

// Visits at home. CAMEO's 042 and 043 (make and host a visit) code a
// visit of one party to another: a party's trip within its own country
// ("the judges went to the supreme court", "the minister toured the
// flooded provinces", coded the country's judiciary visiting itself, or
// the government the country) is no visit between parties, and its coder
// codes none. A counted visit whose source and target are one party at
// the coder's level (the same code, or a country and its own agent) is
// set aside in the codebook convention; two parties of one country
// ("protesters received the ministers") stay a visit. So is a trip to no
// one: a 042 with no target at all, neither a party nor a place ("the
// Zorvan choir travelled for days"), visits no party.

// homeVisits sets aside the counted visits of one sentence (evs) whose
// two parties are one (samePartyCode), the trips (042) with no target,
// and those whose visitor the parse names as the clause's own subject
// but no actor code has ("the freed captive arrived in Zorvan"): a
// private person's trip is no visit between parties. (A visit noun
// with no visitor named keeps the visitor its context gives.)
func homeVisits(d *doc.Document, evs []doc.Event) {
	for j := range evs {
		e := &evs[j]
		if !Counted(e) || e.Code != "042" && e.Code != "043" {
			continue
		}
		if e.Code == "042" && e.Target == nil && verbPredicate(d, e) {
			setAsideUncounted(e, "a trip to no one named: no visit between parties")
			continue
		}
		s, t := actorCode(e.Source), actorCode(e.Target)
		if s == "" && ownSubject(e.Evidence) {
			setAsideUncounted(e, "the visitor named is no coded party: no visit between parties")
			continue
		}
		if t == "" || !samePartyCode(s, t, false) {
			continue
		}
		setAsideUncounted(e, "a trip within the party's own country: no visit between parties")
	}
}

// ownSubject reports whether the parse read a subject of the event's own
// clause (not one shared through a complement, a conjunct or a relative).
func ownSubject(ev *doc.Evidence) bool {
	if ev == nil {
		return false
	}
	for _, a := range ev.Arguments {
		if a.Role == "subject" && a.Via == "" {
			return true
		}
	}
	return false
}

// verbPredicate reports whether the parse read event e on a verb (not an
// event noun: "an official visit" takes its host from the story).
func verbPredicate(d *doc.Document, e *doc.Event) bool {
	_, j := predicateWord(d, e)
	return j >= 0 && d.Syntax.Tokens[j].UPOS == "VERB"
}

// predicateWord finds the syntax layer's word that starts event e's
// predicate: the body sentence holding it and the word's index in
// d.Syntax.Tokens, or -1.
func predicateWord(d *doc.Document, e *doc.Event) (doc.SyntaxSentence, int) {
	if d == nil || d.Syntax == nil || e.Evidence == nil {
		return doc.SyntaxSentence{}, -1
	}
	at := e.Evidence.Predicate.Start
	for _, ss := range d.Syntax.Sentences {
		if ss.Headline && ss.Index < 0 || at < ss.Start || at >= ss.Span.End {
			continue
		}
		for j := ss.First; j < ss.End; j++ {
			if d.Syntax.Tokens[j].Start == at {
				return ss, j
			}
		}
	}
	return doc.SyntaxSentence{}, -1
}
