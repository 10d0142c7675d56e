package cameo

import "testing"

// A disapproval told with no one named on either side, or by a participle
// that labels a noun with no agent, is listed but not counted; one with
// its maker named counts, and so does a verdict told by a participle.
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
		// a verdict is no label: a court found them guilty
		{"Three Ostravan ministers convicted of bribery resigned on Monday.", "convicted", true},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Root == "11" && Counted(&e) != c.counted {
				t.Errorf("%q: %s %s counted %v, want %v", c.text, c.trigger, e.Code, Counted(&e), c.counted)
			}
		}
	}
}

// Disapproval told by a phrase ("spoke out against", "took aim at"), and
// an accusation answered, whose target is the one who answers it.
func TestDisapprovalPhrases(t *testing.T) {
	checkTriggerEvent(t, load(t), "2020-12-02", []triggerEvent{
		{"The Kenyan government spoke out against the Ugandan army.", "spoke out against", "111", "KENGOV", "UGAMIL"},
		{"The Kenyan government took aim at Uganda on Monday.", "took aim at", "111", "KENGOV", "UGA"},
		{"The Kenyan interior ministry responded to accusations that it had hidden the report.", "responded to", "112", "", "KENGOV"},
	}, true)
}

// An accusation whose object is a thing, no party, is not counted; one
// that names the accused is.
func TestThingAccused(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		counted bool
	}{
		{"The Kenyan finance minister blamed the weak economy for the defeat.", false},
		{"The Kenyan finance minister blamed Uganda for the defeat.", true},
		{"The Kenyan finance minister blamed the opposition for the defeat.", true},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", "blamed") {
			if Counted(&e) != c.counted {
				t.Errorf("%q: %s counted %v, want %v", c.text, e.Code, Counted(&e), c.counted)
			}
		}
	}
}

// A disapproval of an act or a manner is aimed at the act's doer, named
// after "by" or as the subject of a relative clause on the object.
func TestCriticisedDoer(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, tgt string }{
		{"The Kenyan government criticised the way in which Uganda handled the crisis.", "criticised", "UGA"},
		{"The Kenyan government condemned the treatment of refugees by Uganda.", "condemned", "UGA"},
		{"The Kenyan government condemned the killing of protesters by Ugandan police.", "condemned", "UGACOP"},
		{"The Kenyan government was criticised by Uganda.", "criticised", "KENGOV"},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			tgt := ""
			if e.Target != nil && e.Target.Actor != nil {
				tgt = *e.Target.Actor
			}
			if tgt != c.tgt {
				t.Errorf("%q: %s target %q, want %q", c.text, c.trigger, tgt, c.tgt)
			}
		}
	}
}
