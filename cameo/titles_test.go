package cameo

import "testing"

// A compound title ending in "General" is no military rank (titles.tsv):
// the UN's Secretary General acts for the UN, not as a soldier of the
// article's country.
func TestGeneralTitles(t *testing.T) {
	checkTriggerParties(t, load(t), "2010-06-01", []triggerParties{
		{"UN Secretary General Jan Kowalski met the Chilean president in Santiago on Monday. He later visited Chile's army in Valparaiso.", "met", "IGOUNO", anyParty},
		{"NATO Secretary General Jan Kowalski visited Chile on Monday. He met Chile's president in Santiago.", "visited", "IGOWSTNAT", anyParty},
	})
}
