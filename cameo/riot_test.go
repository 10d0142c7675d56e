package cameo

import "testing"

// Violence, a seizure or damage to property by people out in protest (a
// crowd, protesters, a mob) is a violent protest (145); the same acts by
// others, fighting with arms, and violence done to protesters keep their
// codes.
func TestProtestingDoer(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"A crowd of protesters seized the Varnok tax office on Monday.", "seized", "145"},
		{"A mob vandalised the Varnok tax office on Monday.", "vandalised", "145"},
		{"Demonstrators attacked the Tarvian embassy in Zorvania with stones.", "attacked", "145"},
		{"The Tarvian embassy was attacked by a mob in the square on Friday.", "attacked", "145"},
		{"Zorvanian police attacked the demonstrators in Varnok.", "attacked", "190"},
		{"Zorvanian protesters shelled the Tarvian border post with artillery.", "shelled", "194"},
		{"The old customs building was demolished by Zorvanian protesters.", "demolished", "145"},
		{"Zorvanian soldiers seized control of the town hall in Varnok.", "seized", "192"},
		// a count names how many act, not that they protest
		{"Thousands of Zorvanian marchers vandalised the Varnok tax office.", "vandalised", "145"},
		{"Hundreds of Zorvanian gunmen attacked the Tarvian border post.", "attacked", "190"},
	})
}

// A riot told by a generic noun of violence where it happens ("violence
// erupted") or by a march or the streets turning violent counts (145);
// where the sentence tells the violence as killings, the noun sums them
// up and is set aside.
func TestViolenceRiot(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		counted       bool
	}{
		{"Violence broke out in Cairo after the disputed vote.", "Violence", true},
		{"The rally outside the Egyptian parliament turned violent on Sunday.", "turned violent", true},
		{"Several Egyptian towns erupted in violence after the vote.", "erupted in violence", true},
		{"Violence erupted in Giza, where gunmen killed twelve villagers.", "Violence", false},
	} {
		evs := s.on(t, c.text, "2020-12-02", c.trigger)
		if len(evs) == 0 {
			t.Errorf("%q: no event on %s", c.text, c.trigger)
		}
		for _, e := range evs {
			if e.Code != "145" || Counted(&e) != c.counted {
				t.Errorf("%q: %s coded %s counted %v, want 145 counted %v", c.text, c.trigger, e.Code, Counted(&e), c.counted)
			}
		}
	}
}

// Police hurt with no doer or means named, and no other act of force in
// the sentence, are a riot's casualties (145); beside a killing, or
// wounded in a bombing, they keep their code.
func TestRiotCasualties(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"Four Egyptian police officers were injured in Cairo on Sunday.", "injured", "145"},
		{"Three Egyptian policemen were wounded in a bomb attack in Cairo.", "wounded", "183"},
		{"Gunmen killed two Egyptian soldiers near Cairo, and four Egyptian policemen were wounded.", "killed", "190"},
	})
}
