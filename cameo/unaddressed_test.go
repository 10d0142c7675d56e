package cameo

import "testing"

// An intent told with its content as a clause and no one it is made to
// does not count; one made to a party, or told with an object or an
// open complement, does (reportedIntent).
func TestReportedIntent(t *testing.T) {
	checkTriggerCounted(t, load(t), "2020-12-02", []triggerCounted{
		{"reportedIntent", "The Venezuelan president vowed that his supporters would keep marching through the capital.", "vowed", "03", false},
		{"reportedIntent", "The Venezuelan president pledged that his supporters would stay calm during the count.", "pledged", "03", false},
		{"reportedIntent", "The Venezuelan president vowed to cooperate with Colombia on border security.", "vowed to", "03", true},
		{"reportedIntent", "The Venezuelan president promised Colombia that trade would resume soon.", "promised", "03", true},
	})
}
