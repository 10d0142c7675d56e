package cameo

import "testing"

// A place the parse tells as where an act was ("along the quay", "near
// the harbour", "in the capital") is no target the word windows may take;
// a visit's place is its host, force used at a place targets it, and a
// place that is an act's only clue to its parties stays.
func TestWhereaboutsTarget(t *testing.T) {
	checkTriggerParties(t, load(t), "2021-06-01", []triggerParties{
		{"The Zorvan speaker refused to let the minister announce the plan in Lima.", "refused", anyParty, ""},
		{"Chilean students marched across Peru on Friday.", "marched", anyParty, "PER"},
		{"More riots erupted overnight across Peru after the match.", "riots", anyParty, "PER"},
		{"The Chilean envoy will arrive in Peru on Sunday to meet the president.", "arrive", anyParty, "PER"},
		{"Chilean troops shelled Peruvian positions near Tacna.", "shelled", anyParty, "PER"},
	})
}
