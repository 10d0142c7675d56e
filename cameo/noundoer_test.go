package cameo

import "testing"

// TestNounDoer checks that a conflictual act with no coded party whose
// clause names its doer by a common noun, its own subject or the one a
// conjunct shares, counts; a modal leaves the act unsaid.
func TestNounDoer(t *testing.T) {
	checkTriggerCounted(t, load(t), "2020-12-02", []triggerCounted{
		{"its own subject", "Several charities condemned the new levy on imported grain.", "condemned", "11", true},
		{"its own subject", "Environmental groups criticised the pipeline project.", "criticised", "11", true},
		{"a modal", "Environmental groups will criticise the pipeline project.", "criticise", "11", false},
		{"the subject a conjunct shares", "Several charities held a meeting and condemned the new levy on imported grain.", "condemned", "11", true},
	})
}
