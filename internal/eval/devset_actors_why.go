package eval

import (
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/cameo"
)

// Why the actors of root-matched events disagree (eval events -why):
// every root-matched event whose source or target country differs from
// the hand coding is put in one class, by side and by how the side is
// wrong (a role with no country, "MIL", is told from another country:
// read alone, a sentence that names no country of the role's cannot
// agree). Only counts are kept, never sentences, so the breakdown of a
// held-out set can be printed without showing its sentences.

// How one side (source or target) of a matched event is wrong.
const (
	sideMissing  = iota // hand-coded a country, dragoman none
	sideSpurious        // dragoman a country, hand-coded none ("---")
	sideBareRole        // dragoman a role with no country ("MIL"), hand-coded a country
	sideOther           // both a country, different ones
	sideKinds
)

// ActorBreakdown counts the root-matched events by how their actors
// agree with the hand coding (by country: the first three letters of
// the actor codes, "---" for none, as the actors-agree figure scores).
type ActorBreakdown struct {
	// Matched counts the root-matched events, Agree those whose source
	// and target countries both agree; AgentOnly those of them whose
	// full actor codes still differ (an agent or sector the scoring
	// ignores: "ZRVGOV" for "ZRV").
	Matched, Agree, AgentOnly int
	// Swapped: source and target exchanged (different countries, each
	// where the other was hand-coded).
	Swapped int
	// SourceOnly, TargetOnly, Both: which sides are wrong (swapped events
	// left out).
	SourceOnly, TargetOnly, Both int
	// Source and Target count the wrong sides (swapped events left out)
	// by how they are wrong: missing, spurious, a role with no country,
	// another country.
	Source, Target [sideKinds]int
}

// sideWrong says how dragoman's country got differs from the hand-coded
// want, and false when they agree.
func sideWrong(got, want string) (int, bool) {
	g, w := country(got), country(want)
	switch {
	case g == w:
		return 0, false
	case g == "---":
		return sideMissing, true
	case w == "---":
		return sideSpurious, true
	case cameo.AgentCode(g):
		return sideBareRole, true
	}
	return sideOther, true
}

// add classifies one root-matched pair of dragoman's and the hand-coded
// event.
func (a *ActorBreakdown) add(got, want DevEvent) {
	a.Matched++
	if actorsAgree(got, want) {
		a.Agree++
		if got.Source != want.Source || got.Target != want.Target {
			a.AgentOnly++
		}
		return
	}
	gs, gt, ws, wt := country(got.Source), country(got.Target), country(want.Source), country(want.Target)
	if ws != wt && gs == wt && gt == ws {
		a.Swapped++
		return
	}
	s, sw := sideWrong(got.Source, want.Source)
	t, tw := sideWrong(got.Target, want.Target)
	switch {
	case sw && tw:
		a.Both++
	case sw:
		a.SourceOnly++
	default:
		a.TargetOnly++
	}
	if sw {
		a.Source[s]++
	}
	if tw {
		a.Target[t]++
	}
}

// write prints the breakdown in three lines.
func (a *ActorBreakdown) write(b *strings.Builder) {
	fmt.Fprintf(b, "  actors of root-matched events: agree %d of %d (of them agent or sector only differs, ignored: %d); disagree %d: source only %d, target only %d, both %d, swapped %d\n",
		a.Agree, a.Matched, a.AgentOnly, a.Matched-a.Agree, a.SourceOnly, a.TargetOnly, a.Both, a.Swapped)
	for _, side := range []struct {
		name string
		n    [sideKinds]int
	}{{"source", a.Source}, {"target", a.Target}} {
		n := side.n
		fmt.Fprintf(b, "    %s wrong %d: missing %d, spurious %d, a role with no country %d, another country %d\n",
			side.name, n[sideMissing]+n[sideSpurious]+n[sideBareRole]+n[sideOther], n[sideMissing], n[sideSpurious], n[sideBareRole], n[sideOther])
	}
}
