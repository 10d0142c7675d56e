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
		// a coded doer that is neither a state organ nor an armed force,
		// on a target that is no armed force
		{"Kenyan students attacked Somali civilians in Nairobi on Sunday.", "attacked", "180", false},
		{"Kenyan villagers attacked Somali traders in Garissa on Sunday.", "attacked", "180", false},
		{"Kenyan villagers attacked Somali traders in Garissa on Sunday.", "attacked", "190", true},
		// one person's violence, on an armed target too
		{"She struck a Kenyan police officer at the gate on Sunday.", "struck", "180", false},
		{"He attacked a Kenyan soldier with a knife on Sunday.", "attacked", "180", false},
		{"Kenyan troops struck Somali rebels near the border on Sunday.", "struck", "190", false},
		{"She struck a Kenyan police officer at the gate on Sunday.", "struck", "190", true},
	} {
		st := s.petrarch(c.petrarch)
		for _, e := range st.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code {
				t.Errorf("%q (petrarch %v): %s coded %s, want %s", c.text, c.petrarch, c.trigger, e.Code, c.code)
			}
		}
	}
}

// The killing of a named official of an armed force by a state's force, or
// by no one named, is an act of war (190); a doer outside the state, or an
// official of no armed force, keeps the assassination (186).
func TestKilledInFight(t *testing.T) {
	checkTriggerCode(t, load(t), "2020-12-02", []triggerCode{
		{"Kenyan police killed Somali rebel commander Abdi Farah on Sunday.", "killed", "190"},
		{"Somali rebels killed Kenyan police commander Abdi Farah on Sunday.", "killed", "186"},
		{"Somali rebels killed Kenyan Defence Minister Abdi Farah on Sunday.", "killed", "186"},
		{"Kenyan troops killed Kenyan Defence Minister Abdi Farah on Sunday.", "killed", "186"},
	})
}

// A town named right before a violent noun is where the violence struck,
// no doer: it is the target, and the attack, with no doer, is
// unconventional; a country's adjective there stays the doer.
func TestSceneModifier(t *testing.T) {
	checkTriggerEvent(t, load(t), "2020-12-02", []triggerEvent{
		{"Relief workers reached the survivors of the Mombasa attacks on Sunday.", "attacks", "180", "", "KEN"},
		{"The Kenyan shelling of the border drew condemnation.", "shelling", "194", "KEN", ""},
	}, false)
}

// A named official shot or wounded, not killed, is the target of an
// attempt to assassinate (185); one shot dead is not.
func TestAssassinationAttempt(t *testing.T) {
	checkTriggerCode(t, load(t), "2020-12-02", []triggerCode{
		{"Somali rebels shot Kenyan Defence Minister Abdi Farah near his home on Sunday.", "shot", "185"},
		{"Kenyan Defence Minister Abdi Farah was wounded by Somali rebels on Sunday.", "wounded", "185"},
		{"Somali rebels shot dead Kenyan Defence Minister Abdi Farah on Sunday.", "shot", "190"},
	})
}

// An operation or a raid of a state's force as the means of a passive
// killing names its doer: the force used is conventional (190).
func TestForceAsMeans(t *testing.T) {
	s := load(t)
	for _, text := range []string{
		"Four Kenyan gunmen were killed in a police operation near Garissa on Sunday.",
		"Four members of a criminal gang were killed in a police raid in Garissa on Sunday.",
	} {
		for _, e := range s.on(t, text, "2020-12-02", "killed") {
			if e.Code != "190" || e.Source == nil || e.Source.Actor == nil || *e.Source.Actor != "KENCOP" {
				t.Errorf("%q: killed coded %s from %v, want 190 from KENCOP", text, e.Code, e.Source)
			}
		}
	}
}

// Knives, rocks and other unsophisticated weapons as the means make
// violence unconventional (180), whoever uses them.
func TestUnsophisticatedWeapons(t *testing.T) {
	checkTriggerCode(t, load(t), "2020-12-02", []triggerCode{
		{"Somali militiamen attacked the Kenyan village with machetes on Sunday.", "attacked", "180"},
		{"A Kenyan village was attacked by Somali militiamen armed with knives on Sunday.", "attacked", "180"},
		{"Somali militiamen attacked the Kenyan village on Sunday.", "attacked", "190"},
	})
}
