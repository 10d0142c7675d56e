package cameo

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
)

// One act, one event. A coder of the codebook counts an act once for each
// pair of parties at the level of the countries and groups it codes: the
// conjoined parties of one country ("the governor and her deputy were
// charged", "two clerks and a driver were held"), an act told again by
// its outcome ("shells struck the depot, wounding six", "a massacre that
// left forty dead") are one event, as the one-a-day filter of event data
// keeps one record of a source, target and code. Within a sentence, a
// counted event whose code and parties another counted event already
// tells is set aside (onePerPair), in the codebook convention only:
// PETRARCH codes each conjoined party. (The two directions of a symmetric
// act, "A and B met", stay two events: PETRARCH's records code both, and
// the held-out sets gained nothing from one.)

// samePartyCode reports whether actor codes a and b name the same party
// at the coder's level: the same code, or one the other's country with an
// agent added ("USA" and "USAGOV"); an empty code (a party the clause did
// not name) is the same as any when open.
func samePartyCode(a, b string, open bool) bool {
	if a == "" || b == "" {
		return open || a == b
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// sameAct reports whether events a and b tell one act: the same code (or
// codes of two roots of violence, 18 to 20, one of them its root's generic
// code: the victims' deaths told beside the attack, "mortars struck
// the camp and four died") and the same parties. Of one trigger (its
// conjoined parties), a party the clause left unnamed is the same as any;
// of two triggers, a party they share must be named.
func sameAct(a, b *doc.Event) bool {
	if a.Code != b.Code && (!violent(a.Root) || !violent(b.Root) || a.Root == b.Root || !generic(a.Code) && !generic(b.Code)) {
		return false
	}
	as, at, bs, bt := actorCode(a.Source), actorCode(a.Target), actorCode(b.Source), actorCode(b.Target)
	one := a.Trigger.Span == b.Trigger.Span
	if one {
		// (conjoined groups of no country coded, "parents, teachers and
		// clerks", are one party of the place's people)
		// (nor are conjoined organs of one state: "the Zorvan army and
		// police"; its army and its rebels are two)
		same := func(x, y string) bool {
			return samePartyCode(x, y, true) || nonStateAgents[x] && nonStateAgents[y] || stateOrgans(x, y)
		}
		return same(as, bs) && same(at, bt)
	}
	named := as != "" && bs != "" || at != "" && bt != ""
	return named && samePartyCode(as, bs, true) && samePartyCode(at, bt, true)
}

// better reports whether event a tells the act more fully than b: a
// higher root of violence (the attack over its victims' deaths), a
// specific code over its root's generic one; of one trigger, more of the
// parties coded; of two, the one told first (the act, before its
// retelling or its outcome).
func better(a, b *doc.Event) bool {
	if a.Root != b.Root {
		return a.Root > b.Root
	}
	if generic(a.Code) != generic(b.Code) {
		return !generic(a.Code)
	}
	if a.Trigger.Span != b.Trigger.Span {
		return a.Trigger.Start < b.Trigger.Start
	}
	return len(actorCode(a.Source))+len(actorCode(a.Target)) > len(actorCode(b.Source))+len(actorCode(b.Target))
}

// onePerPair sets aside, among the counted events of one sentence (evs),
// each that another counted event tells the same act of (sameAct), the
// fuller one kept (better; the earlier one on a tie); a party the kept
// event leaves unnamed is taken from the one set aside.
func onePerPair(evs []doc.Event) {
	for j := range evs {
		e := &evs[j]
		if !Counted(e) {
			continue
		}
		for i := range evs {
			f := &evs[i]
			if i == j || !Counted(f) || !sameAct(e, f) {
				continue
			}
			if better(e, f) || !better(f, e) && j < i {
				continue // e is the one kept
			}
			// (not a party the kept event has on its other side: a
			// union read once as the talks' source, once as their
			// target, holds no talks with itself)
			if es, ft := actorCode(e.Source), actorCode(f.Target); actorCode(f.Source) == "" && es != "" && !samePartyCode(es, ft, false) {
				f.Source = e.Source
			}
			if et, fs := actorCode(e.Target), actorCode(f.Source); actorCode(f.Target) == "" && et != "" && !samePartyCode(et, fs, false) {
				f.Target = e.Target
			}
			setAsideUncounted(e, "the same act as another event of the sentence: one event for each pair of parties")
			break
		}
	}
}

// stateOrgans reports whether actor codes a and b are two organs of one
// state (its government, army, police, courts, legislature or
// intelligence: "ZRVMIL" and "ZRVCOP"), one party at the level of the
// countries a coder of the codebook counts.
func stateOrgans(a, b string) bool {
	return len(a) >= 6 && len(b) >= 6 && sameCountry(a, b) && !entity.NonState(a) && stateActor(a) && stateActor(b)
}

// summedUp sets aside, among the counted events of one sentence (evs),
// each told by a noun of violence in general (data/words summary-noun:
// "violence", "unrest") where the sentence also counts an act of
// violence (roots 18 to 20): that act is what the noun sums up ("the
// province saw more violence, with six guards shot"), one act, told
// once.
func summedUp(evs []doc.Event) {
	acts := false
	for i := range evs {
		acts = acts || Counted(&evs[i]) && violent(evs[i].Root)
	}
	if !acts {
		return
	}
	for i := range evs {
		e := &evs[i]
		if Counted(e) && !violent(e.Root) && summaryNouns[strings.ToLower(e.Trigger.Text)] {
			setAsideUncounted(e, "violence in general, told by the sentence's acts of violence: one act, told once")
		}
	}
}
