package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// An event noun governed by a verb or an adjective of wanting, asking or
// offering is not told as done; one a verb reacts to, stages or dates
// still is.
func TestWantedNoun(t *testing.T) {
	checkTriggerHypo(t, load(t), []triggerHypo{
		{"The Zorvan president hopes for a meeting with the Chilean president.", "meeting", true},
		{"The Chilean government is ready for talks with Bolivian rebels.", "talks", true},
		{"The Peruvian senate pushed for sanctions against Chile.", "sanctions", true},
		{"The Chilean government wants talks with Bolivian rebels.", "talks", true},
		{"The Peruvian president spoke to reporters once his meeting with the Chilean leader was over.", "meeting", false},
		{"Peru welcomed the sanctions against Chile.", "sanctions", false},
	})
}

// The possessor of a noun of an act done to a person, with no "of"
// phrase, undergoes the act ("the minister's arrest"); with an "of"
// phrase it is the doer ("Peru's arrest of three journalists").
func TestPossessedPatient(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, root, src, tgt string }{
		{"The Chilean minister's arrest by Peruvian police angered Santiago.", "arrest", "17", "PERCOP", "CHLGOV"},
		{"The Chilean minister's arrest angered Santiago.", "arrest", "17", "", "CHLGOV"},
		{"The Bolivian envoy's expulsion by Peru angered La Paz.", "expulsion", "17", "PER", "BOLGOV"},
		{"Peru's arrest of three Chilean journalists drew criticism.", "arrest", "17", "PER", "CHLMED"},
		{"Riots followed Tuesday's arrest of the Chilean minister by Peruvian police.", "arrest", "17", "PERCOP", "CHLGOV"},
		{"Peru's sanctions against Chile hurt trade.", "sanctions", "16", "PER", "CHL"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, c.root+"x", func(e doc.Event) bool {
			return e.Trigger.Text == c.trigger && strings.HasPrefix(e.Code, c.root)
		}) {
			if src, tgt := actorCode(e.Source), actorCode(e.Target); src != c.src || tgt != c.tgt {
				t.Errorf("%q: %s %q -> %q, want %q -> %q", c.text, e.Code, src, tgt, c.src, c.tgt)
			}
		}
	}
}

// An event noun after "in" on a noun of participation is done by the
// party that noun gives, whether the parse hangs the phrase on that noun
// or on the verb whose object it is.
func TestParticipant(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, src, tgt string }{
		{"Chilean senators criticised Peru's participation in the kidnapping of the Bolivian activist.", "kidnapping", "PER", "BOLOPP"},
		{"The report examined the Peruvian role in the killing of the Chilean activist.", "killing", "PER", "CHLOPP"},
	} {
		d := s.run(c.text, "2020-12-02")
		checkEventParties(t, c.text, eventsWhere(t, c.text, d, c.trigger, func(e doc.Event) bool { return e.Trigger.Text == c.trigger }), c.src, c.tgt)
	}
}

// A place shelled, named after "of", is the shelling's target, its doer
// after "by".
func TestShellingOf(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"The shelling of the Chilean port by Peruvian artillery continued.", "PERMIL", "CHL"},
	} {
		d := s.run(c.text, "2020-12-02")
		checkEventParties(t, c.text, eventsWhere(t, c.text, d, "19x", func(e doc.Event) bool { return e.Root == "19" }), c.src, c.tgt)
	}
}

// The "of" phrase of a visit with a destination is its visitor; with
// none it is still read as the place visited.
func TestOfDoer(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"The visit of the Chilean president to Peru ended on Monday.", "CHLGOV", "PER"},
		{"The Chilean president began a visit of Peru yesterday.", "CHLGOV", "PER"},
	} {
		d := s.run(c.text, "2020-12-02")
		checkEventParties(t, c.text, eventsWhere(t, c.text, d, "visit", func(e doc.Event) bool { return e.Trigger.Text == "visit" }), c.src, c.tgt)
	}
}
