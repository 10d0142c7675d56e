package cameo

import "testing"

// TestProspectiveNoun: an event noun told ahead, possible or recurring by
// its modifier is hypothetical; one told as happening, or with no such
// modifier, is not.
func TestProspectiveNoun(t *testing.T) {
	checkTriggerHypo(t, load(t), []triggerHypo{
		{"Fishing rights lead the agenda of an upcoming summit between Chile and Peru.", "summit", true},
		{"Fishing rights led the agenda of the annual summit between Chile and Peru.", "summit", true},
		{"Fishing rights led the agenda of the summit between Chile and Peru.", "summit", false},
		{"The planned summit between Chile and Peru began in Lima on Monday.", "summit", false},
	})
}
