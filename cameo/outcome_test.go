package cameo

import (
	"slices"
	"testing"
)

// Combat ("fighting", "clashes", a battle) is a fight between armed sides
// by its meaning: with no side named it stays conventional force (19),
// where an attack or a killing told of no one on a town or its people is
// unconventional violence (18).
func TestCombatStaysConventional(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"Two weeks of heavy fighting in Zorvania have left the port in ruins.", "fighting", "190"},
		{"Five Zorvanian villagers were killed in Varnok on Tuesday.", "killed", "180"},
	})
}

// An injury told with no one who caused it ("dozens were injured") is
// the outcome of an act, no act of its own: no event is read on it. The
// means after it names the act ("injured in an explosion"), an adverb of
// death makes it a killing, a doer makes it an attack, and police hurt
// with no doer are a riot's casualties (TestRiotCasualties).
func TestBareInjury(t *testing.T) {
	s := load(t)
	checkNoCountedRoot(t, s, []string{
		"More than forty Zorvanian villagers were injured on Monday.",
		"Nine Tarvian passengers were wounded as the ferry ran aground near Varnok.",
	}, "18", "19")
	for _, c := range []struct{ text, trigger string }{
		{"Two Zorvanian reporters were injured in an explosion in Varnok.", "injured"},
		{"A Tarvian aid worker was fatally wounded in Varnok on Monday.", "wounded"},
		{"Zorvanian soldiers wounded six Tarvian villagers on Monday.", "wounded"},
		{"Six Tarvian villagers were wounded by Zorvanian soldiers on Monday.", "wounded"},
	} {
		if evs := s.on(t, c.text, "2020-12-02", c.trigger); len(evs) > 0 && !(evs[0].Root == "18" || evs[0].Root == "19") {
			t.Errorf("%q: %s coded %s, want a violent act", c.text, c.trigger, evs[0].Code)
		}
	}
}

// An obstruction (144) is a protest when protesters or a nation's people
// block; a government or a court that blocks coerces (170).
func TestStateObstruction(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"The Zorvanian government blocked access to several foreign news sites on Friday.", "blocked", "170"},
		{"Angry Zorvanian farmers blocked roads into Varnok on Friday.", "blocked", "144"},
	})
}

// The object of a verb before it is a noun, whatever verb pattern its
// word starts: "joined forces" coerces no one, "scored a hit" attacks no
// one.
func TestObjectNounNoVerb(t *testing.T) {
	checkNoCountedRoot(t, load(t), []string{
		"Two Zorvanian broadcasters joined forces to launch a news service on Monday.",
	}, "17")
}

// checkNoCountedRoot checks that no text, read on 2020-12-02, has a
// counted event of one of roots.
func checkNoCountedRoot(t *testing.T, s stages, texts []string, roots ...string) {
	t.Helper()
	for _, text := range texts {
		for _, e := range s.run(text, "2020-12-02").Events {
			if Counted(&e) && slices.Contains(roots, e.Root) {
				t.Errorf("%q: counted %s on %q, want no event of roots %v", text, e.Code, e.Trigger.Text, roots)
			}
		}
	}
}

// Troops sent into another country's land cross into it with force
// (190, as PETRARCH's verb dictionary codes the military crossing
// "into"); troops sent to a border are mobilised (152).
func TestTroopsSentInto(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"Zorvania has sent at least 5,000 troops into southern Tarvia to hunt down rebels.", "sent", "190"},
		{"Zorvania has sent 5,000 troops to the border.", "sent", "152"},
	})
}
