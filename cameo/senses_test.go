package cameo

import "testing"

// TestVerbSenses checks verb senses of verbs.tsv on invented sentences:
// the code of the event on a trigger.
func TestVerbSenses(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"The dockworkers union called off its strike on Monday.", "called off", "082"},
		{"Opposition parties suspended their protests in the capital.", "suspended", "082"},
		{"Israel called off an air strike on Gaza.", "called off", "087"},
		{"Farmers petitioned the government to cut fuel taxes.", "petitioned", "020"},
		{"Students submitted a petition to the education minister.", "submitted", "020"},
		{"Two Peruvian officers were charged over the shooting.", "charged", "173"},
		{"Peru charged that Chile had lied about the border.", "charged", "110"},
		{"Chilean senators attacked the government's budget on Tuesday.", "attacked", "111"},
		{"Rebels attacked the army base on Tuesday.", "attacked", "190"},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code {
				t.Errorf("%q: %q code %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
}

// TestSymmetricIntent checks that coordinated parties who intend a
// symmetric act with no one else named intend it with each other.
func TestSymmetricIntent(t *testing.T) {
	s := load(t)
	for _, text := range []string{
		"Chile and Peru pledged to deepen their economic partnership.",
		"Chile and Peru will hold talks next week.",
	} {
		pairs := map[string]bool{}
		for _, e := range s.run(text, "2020-12-02").Events {
			if e.Root != "03" || e.Source == nil || e.Target == nil || e.Source.Actor == nil || e.Target.Actor == nil {
				continue
			}
			pairs[*e.Source.Actor+">"+*e.Target.Actor] = true
		}
		if !pairs["CHL>PER"] || !pairs["PER>CHL"] {
			t.Errorf("%q: intents %v, want CHL>PER and PER>CHL", text, pairs)
		}
	}
}

// TestStagedVisit checks that a visit begun or paid happened (042).
func TestStagedVisit(t *testing.T) {
	s := load(t)
	for _, text := range []string{
		"The Chilean president began a state visit of Peru on Monday.",
		"Peru's foreign minister started an official visit on Friday.",
	} {
		found := false
		for _, e := range s.run(text, "2020-12-02").Events {
			if e.Code == "042" && e.Confidence >= MinConfidence && !e.Hypothetical && !e.Negated {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no counted visit (042)", text)
		}
	}
}
