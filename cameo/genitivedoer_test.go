package cameo

import "testing"

// A consultation noun with an "of" phrase and another party after a
// target preposition is made by its "of" phrase, also where the parser
// hangs the other party on the "of" phrase's noun; with no other party
// the "of" phrase stays where it was.
func TestGenitiveDoer(t *testing.T) {
	checkTriggerParties(t, load(t), "2021-06-01", []triggerParties{
		{"The minister expects progress during the visit of the Chilean president to Peru next week.", "visit", "CHLGOV", "PER"},
		{"The visit of the Chilean president to Peru was postponed.", "visit", "CHLGOV", "PER"},
		{"A meeting of the Chilean ministers with the Peruvian envoy ended without a deal.", "meeting", "CHLGOV", "PERGOV"},
	})
}
