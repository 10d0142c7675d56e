package cameo

import "testing"

// The noun of an adjunct of place is no pattern object of a verb that has
// an object of its own: trucks seized at a border are no territory taken.
func TestPlaceAdjunctObject(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, code string
		is                  bool
	}{
		{"Somali rebels seized two Kenyan trucks at the border on Sunday.", "seized", "192", false},
		{"Somali rebels seized the Kenyan border town on Sunday.", "seized", "192", true},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if (e.Code == c.code) != c.is {
				t.Errorf("%q: %s coded %s (want %s: %v)", c.text, c.trigger, e.Code, c.code, c.is)
			}
		}
	}
}
