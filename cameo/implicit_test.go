package cameo

import "testing"

// A passive arrest or charge with no agent was made by the police or
// court named in the sentences just before; with none there, or in the
// PETRARCH convention, it keeps no source.
func TestImplicitArrester(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, src string
		petrarch           bool
	}{
		{"Kenyan police said a man had been detained in Nairobi. He was charged with fraud on Monday.", "charged", "KENCOP", false},
		{"Kenyan police raided a house in Nairobi on Sunday. Two men were arrested there.", "arrested", "KENCOP", false},
		{"A court in Kenya heard the case on Friday. The man was arrested on Monday.", "arrested", "KENJUD", false},
		// no enforcer named before
		{"Crowds gathered in Nairobi on Sunday. Two men were arrested there.", "arrested", "", false},
		// too far back
		{"Kenyan police raided a house in Nairobi. Crowds gathered. Shops closed. Two men were arrested there.", "arrested", "", false},
		{"Kenyan police raided a house in Nairobi on Sunday. Two men were arrested there.", "arrested", "", true},
	} {
		st := s.petrarch(c.petrarch)
		for _, e := range st.on(t, c.text, "2020-12-02", c.trigger) {
			got := ""
			if e.Source != nil && e.Source.Actor != nil {
				got = *e.Source.Actor
			}
			if got != c.src {
				t.Errorf("%q (petrarch %v): %s source %q, want %q", c.text, c.petrarch, c.trigger, got, c.src)
			}
		}
	}
}
