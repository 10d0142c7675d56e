package cameo

import "testing"

// An appeal or a demand a crowd makes is a demonstration for what it asks
// (141, 1411 for a leader's going); one by a party named alone stays an
// appeal or a demand.
func TestCrowdAppeal(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"Tens of thousands of Kenyans called for the resignation of President Abdi Farah on Saturday.", "called for", "1411"},
		{"Hundreds of Kenyan students demanded the release of the detained journalists.", "demanded", "141"},
		{"The Kenyan opposition called for President Abdi Farah's resignation.", "called for", "0241"},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code {
				t.Errorf("%q: %s coded %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
}
