package cameo

import "testing"

// A generic use of force (190) that no coded actor did, on a target that
// is no armed force, is unconventional violence (180) in the codebook
// convention; one by a coded actor, on soldiers or police, with no coded
// target, or in the PETRARCH convention, stays 190.
func TestUnconventional(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, code string
		petrarch            bool
	}{
		{"Eleven Kenyan civilians were killed in Nairobi on Sunday.", "killed", "180", false},
		{"Four people were killed in an attack on the Kenyan town of Garissa on Sunday.", "killed", "180", false},
		// a coded doer, an armed group among them
		{"Kenyan troops killed eleven Somali civilians on Sunday.", "killed", "190", false},
		{"Gunmen killed eleven Kenyan civilians in Nairobi on Sunday.", "killed", "190", false},
		// an armed target
		{"Four Kenyan police officers were killed in Nairobi on Sunday.", "killed", "190", false},
		{"Eleven Kenyan civilians were killed in Nairobi on Sunday.", "killed", "190", true},
	} {
		st := s.petrarch(c.petrarch)
		for _, e := range st.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code {
				t.Errorf("%q (petrarch %v): %s coded %s, want %s", c.text, c.petrarch, c.trigger, e.Code, c.code)
			}
		}
	}
}
