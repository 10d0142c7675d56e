package cameo

import "testing"

// A disapproval told with no one named on either side, or by a participle
// that labels a noun with no agent, is listed but not counted; one with
// its maker named counts.
func TestUnnamedDisapproval(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		counted       bool
	}{
		{"The vote was followed by fresh allegations of fraud.", "allegations", false},
		{"The tribunal has tried hundreds of people accused of looting.", "accused", false},
		{"The tribunal has tried the men accused by Zorvan prosecutors of looting.", "accused", true},
		{"Zorvan accused Ostrava of looting the border villages.", "accused", true},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Root == "11" && Counted(&e) != c.counted {
				t.Errorf("%q: %s %s counted %v, want %v", c.text, c.trigger, e.Code, Counted(&e), c.counted)
			}
		}
	}
}
