package cameo

import "testing"

// An act whose subject, object or doer is a share of a group (a poll's or
// a vote's result, an audience) is set aside; the same act of a party
// counts.
func TestShares(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		counted       bool
	}{
		{"About 62% of the delegates backed the new chairman, the party said on Monday.", "backed", false},
		{"According to the ballot count, 73 percent of Peruvian miners opposed the treaty with Bolivia.", "opposed", false},
		{"The treaty with Bolivia was rejected by 73 per cent of Peruvian miners.", "rejected", false},
		// the parse gives the verb no subject: the share before it
		{"At the congress 58 percent of the Peruvian delegates supported Mendoza.", "supported", false},
		{"Yesterday 58 percent of Peruvian voters supported Mendoza.", "supported", false},
		{"The Peruvian government rejected the treaty with Bolivia on Monday.", "rejected", true},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if Counted(&e) != c.counted {
				t.Errorf("%q: %s %s counted %v, want %v (caveat %q)", c.text, c.trigger, e.Code, Counted(&e), c.counted, e.Caveat)
			}
		}
	}
}
