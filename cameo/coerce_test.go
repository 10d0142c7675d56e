package cameo

import "testing"

// Coercion told in other words: a home or an office destroyed, a
// newspaper banned, a person held in custody or detention, a strike
// declared.
func TestCoercionWords(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"Egyptian police demolished the home of the opposition leader.", "demolished", "1712"},
		{"The Egyptian government banned the opposition newspaper.", "banned", "1721"},
		{"The journalist has been held in custody by Egyptian police since March.", "held", "173"},
		{"The dockworkers' union declared a general strike in Cairo.", "declared a general strike", "143"},
		// other senses stay other acts
		{"Egyptian officials held talks with the Jordanian minister in Cairo.", "held talks", "046"},
	} {
		evs := s.on(t, c.text, "2020-12-02", c.trigger)
		if len(evs) == 0 {
			t.Errorf("%q: no event on %s", c.text, c.trigger)
		}
		for _, e := range evs {
			if e.Code != c.code {
				t.Errorf("%q: %s coded %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
}
