package cameo

import "testing"

// TestNounTold: events told by a noun (issue 13, nouns13): violence in
// general told as happening (a riot, 145) unless the sentence tells its
// acts of violence; a protest that turned violent; an event noun after
// "in" of a verb of dying, undergone by the dead; a possessive
// determiner on the subject of a reported clause, the speaker;
// the one who answers a noun of disapproval, its target; an
// investigation faced, its target the one who faces it.
func TestNounTold(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, code, source, target string
		counted                             bool
	}{
		// violence in general, told as happening: the subject of a verb
		// of occurrence, its place's country the party
		{"Violence broke out in Kisumu, Kenya on Sunday night.", "Violence", "145", "KEN", "", true},
		{"Sectarian violence erupted across Bolivia on Friday.", "violence", "145", "", "BOL", true},
		// a mere mention, a future, a negation
		{"Editors wrote a history of violence in Bolivia.", "violence", "145", "", "", false},
		{"No violence broke out in Kisumu, Kenya on Sunday.", "violence", "145", "", "", false},
		// the sentence's own acts of violence are what it sums up
		{"Bolivia saw more violence, with nine miners shot dead in Oruro.", "violence", "145", "", "", false},
		// a protest that turns violent is a riot (the codebook's 145)
		{"A Kenyan student march turned violent on Monday.", "turned violent", "145", "KENEDU", "", true},
		{"The march will not turn violent, Kenyan students said.", "turn violent", "145", "", "", false},
		// an investigation faced: its subject is the one investigated
		{"The Kenyan minister is facing a corruption investigation.", "facing", "090", "", "KENGOV", true},
		{"The Kenyan minister said he faced no investigation.", "faced", "090", "", "", false},
		// an event noun after "in" of a verb of dying
		{"Four guards died in an explosion at a depot in Quetta, Pakistan.", "explosion", "183", "", "PAK", true},
		{"Four guards did not die in the explosion in Quetta, Pakistan.", "explosion", "183", "", "", false},
		// a possessive determiner on an event noun: its clause's subject
		{"Chile said its attack on Peru had ended.", "attack", "190", "CHL", "PER", true},
		{"The Chilean navy said its attack on Peru had ended.", "attack", "190", "CHLMIL", "PER", true},
		// (an object's possessor is another's)
		{"The Chilean president praised their attack on Peru.", "attack", "190", "CHLGOV", "", false},
		// the one who answers a disapproval is the one it was aimed at,
		// unless a phrase after the noun names another
		{"The Kenyan ministry dismissed the accusations on Monday.", "accusations", "112", "", "KENGOV", true},
		// (with "react to", the verb's own pattern of answered charges
		// reads the same event on the verb)
		{"The Kenyan broadcaster reacted angrily to the allegations.", "reacted angrily to", "112", "", "KENMED", true},
		{"The Kenyan minister rejected the accusations against Uganda.", "accusations", "112", "", "UGA", true},
	} {
		found, counted := false, false
		for _, e := range s.run(c.text, "2012-04-01").Events {
			if e.Trigger.Text != c.trigger || e.Code != c.code {
				continue
			}
			if c.source != "" && actorCode(e.Source) != c.source || c.target != "" && actorCode(e.Target) != c.target {
				continue
			}
			found = true
			counted = counted || e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical
		}
		if c.counted && !found || counted != c.counted {
			t.Errorf("%q: a counted %s event on %q (%s, %s): found %v, counted %v, want %v", c.text, c.code, c.trigger, c.source, c.target, found, counted, c.counted)
		}
	}
}
