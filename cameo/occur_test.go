package cameo

import "testing"

// TestOccurrence: an event noun counts where its clause tells it happened
// (the subject of a verb of occurrence, the object of one that stages or
// witnesses it), with that verb's negation and modality; a mere mention
// or a call-off is no such event.
func TestOccurrence(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, root string
		counted             bool
	}{
		{"The rally in Lagos began at noon on Saturday.", "rally", "14", true},
		{"A general strike took place in Athens on Thursday.", "general strike", "14", true},
		{"No demonstrations took place in Minsk on Sunday.", "demonstrations", "14", false},
		{"The march will begin on Monday.", "march", "14", false},
		{"The teachers' union called off the strike on Friday.", "strike", "14", false},
		{"Editors discussed the history of the protest movement.", "protest", "14", false},
	} {
		found := false
		for _, e := range s.run(c.text, "2012-04-01").Events {
			if e.Trigger.Text != c.trigger || e.Root != c.root {
				continue
			}
			if e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical {
				found = true
			}
		}
		if found != c.counted {
			t.Errorf("%q: a counted %s event on %q: %v, want %v", c.text, c.root, c.trigger, found, c.counted)
		}
	}
}
