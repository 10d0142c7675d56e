package cameo

import "testing"

// An infinitive conjoined to an open complement is governed as the
// complement is: intended or asked for, not done; the appeal takes the
// code of the act it asks for.
func TestConjoinedComplement(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, code string
		hypo                bool
	}{
		{"Kenya intends to reopen its embassy in the Somali capital next year and resume talks with Somalia.", "resume talks", "046", true},
		{"The Somali cleric urged his followers to stop attacks and cooperate with Kenya.", "cooperate", "050", true},
		{"The Somali cleric urged his followers to stop attacks and cooperate with Kenya.", "urged", "022", false},
		// a conjunct with its own tense is done
		{"Kenya agreed to meet Somali envoys in Nairobi and reopened its embassy.", "agreed", "036", false},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code || e.Hypothetical != c.hypo {
				t.Errorf("%q: %s coded %s hypothetical %v, want %s %v", c.text, c.trigger, e.Code, e.Hypothetical, c.code, c.hypo)
			}
		}
	}
}
