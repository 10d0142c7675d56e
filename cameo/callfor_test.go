package cameo

import "testing"

// TestCallForDissent checks that what a call is for decides its code: a
// call for a protest or a strike organises it (14x), one for air strikes
// or a release stays an appeal, and a protest called for by a party, told
// in a participle with its preposition stranded, is that party's.
func TestCallForDissent(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"Farmers in Belgium called for a rally against the Dutch government.", "called for", "141"},
		{"The dockers' union in Portugal called for a walkout at the ports.", "called for", "143"},
		{"The Polish minister called for air strikes on the rebel camps in Chad.", "called for", "020"},
		{"Norway called for the release of the Danish sailors.", "called for", "0253"},
		{"The march, called for by Belgian farmers' groups, blocked roads in Brussels.", "called for", "141"},
	} {
		evs := s.on(t, c.text, "2020-12-02", c.trigger)
		if len(evs) == 0 {
			t.Errorf("%q: no event on %q, want %s", c.text, c.trigger, c.code)
		}
		for _, e := range evs {
			if e.Code != c.code {
				t.Errorf("%q: %q code %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
}
