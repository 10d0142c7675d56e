package cameo

import "testing"

// A clause on a noun with a subject of its own is the noun's content ("a
// statement that soldiers were killed"): the one who made the statement
// is not the doer of the act it tells; a participle on a noun still takes
// the clause's subject ("filed a case at the court accusing X").
func TestContentClauseSource(t *testing.T) {
	checkTriggerParties(t, load(t), "2021-06-01", []triggerParties{
		{"The Chilean navy announced on its website that four Chilean sailors were killed off the coast.", "killed", "", anyParty},
		{"The Peruvian army said in a report that two Chilean soldiers had been wounded in an ambush on Monday.", "wounded", "", anyParty},
		{"Chile filed a complaint at the court accusing Peru of spying.", "accusing", "CHL", anyParty},
	})
}
