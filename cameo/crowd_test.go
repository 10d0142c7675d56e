package cameo

import "testing"

// An appeal or a demand a crowd makes is a demonstration for what it asks
// (141, 1411 for a leader's going); one by a party named alone stays an
// appeal or a demand.
func TestCrowdAppeal(t *testing.T) {
	checkTriggerCode(t, load(t), "2020-12-02", []triggerCode{
		{"Tens of thousands of Kenyans called for President Abdi Farah's resignation on Saturday.", "called for", "1411"},
		{"Hundreds of Kenyan students demanded the release of the detained journalists.", "demanded", "141"},
		{"The Kenyan opposition called for President Abdi Farah's resignation.", "called for", "0241"},
	})
}
