package cameo

import (
	"strings"
	"testing"
)

// counts reports whether the run of text counts an event of code (or, for
// a two-digit code, of that root).
func (s stages) counts(text, code string) (bool, []string) {
	var got []string
	found := false
	for _, e := range s.run(text, "2020-12-02").Events {
		got = append(got, e.Code)
		if (e.Code == code || e.Root == code) && Counted(&e) {
			found = true
		}
	}
	return found, got
}

// codeCounted is a row of checkCounts: whether text, dated 2020-12-02,
// has a counted event of code (a code or a root).
type codeCounted struct {
	text, code string
	counted    bool
}

// checkCounts checks each row with stages.counts.
func checkCounts(t *testing.T, s stages, rows []codeCounted) {
	t.Helper()
	for _, c := range rows {
		if got, codes := s.counts(c.text, c.code); got != c.counted {
			t.Errorf("%q: %s counted %v, want %v (events %v)", c.text, c.code, got, c.counted, codes)
		}
	}
}

// TestPersonalParty checks that a conflictual act whose clause names a
// person (a name, a personal pronoun, a counted noun) counts with no coded
// actor, and that one told only amid fears or rumours does not.
func TestPersonalParty(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"She fined the two clerks 500 dollars.", "172", true},
		{"Nine others were wounded in the explosion.", "18", true},
		{"The shipment was seized on Monday.", "17", false},
		{"Nobody has heard from the crew since Friday, amid fears that pirates had seized the ship.", "17", false},
		{"Nobody knows where the cook went, amid rumours that he had been kidnapped.", "18", false},
		{"Nobody knows where the cook went; he had been kidnapped.", "18", true},
	})
}

// TestMeansSubject checks that the means of a violent act read as its
// subject from the parse gives the act its code, the subject of the
// clause or one a participle takes from it, and that an accident stays
// no one's act.
func TestMeansSubject(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"Car bombs have killed twelve people in the port.", "killed", "1832"},
		{"Explosions killed nine soldiers at the base.", "killed", "183"},
		{"Gunmen killed four guards at the border post.", "killed", "190"},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code || !Counted(&e) {
				t.Errorf("%q: %q code %s (confidence %.2f), want %s counted", c.text, c.trigger, e.Code, e.Confidence, c.code)
			}
		}
	}
	if ok, codes := s.counts("A helicopter crash killed three soldiers.", "19"); ok {
		t.Errorf("an accident counted as an attack: %v", codes)
	}
}

// TestLightVerbs checks event nouns told as happening by a light verb
// (expressed, voiced, issued, performed) or received ("drew scorn from"):
// the noun's event counts.
func TestLightVerbs(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, code string }{
		{"The ministry expressed strong disapproval of the plan.", "11"},
		{"The navy held drills off the coast on Sunday.", "150"},
		{"Chilean troops performed military exercises near the border.", "150"},
		{"The decision by the Peruvian court drew scorn from Chilean lawyers.", "11"},
		{"The Chilean president made a firm commitment to a withdrawal of troops from Peru.", "03"},
		{"The Chilean minister has taken heat from Peruvian senators.", "11"},
	} {
		if ok, codes := s.counts(c.text, c.code); !ok {
			t.Errorf("%q: no counted %s (events %v)", c.text, c.code, codes)
		}
	}
	// a mention of the noun is no event
	if ok, codes := s.counts("The exercises were a topic of the talks.", "150"); ok {
		t.Errorf("a mention of exercises counted: %v", codes)
	}
}

// TestReductionAndSupport checks verb senses: cutting one's troops is a
// military withdrawal (0874), voicing or giving support is support (051),
// branding someone something, likening them to Hitler or pointing out
// their flaws denounces them (111); a cut of other things is no
// withdrawal, a plain comparison no denunciation.
func TestReductionAndSupport(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"Chile cut its troops in Peru by half.", "cut", "0874"},
		{"Chile voiced support for Peru on Monday.", "voiced", "051"},
		{"Chile branded the Peruvian minister a liar.", "branded", "111"},
		{"The Peruvian president compared Chile's policy in the north to what Hitler did.", "compared", "111"},
		{"The report pointed out serious flaws in the Chilean investigation.", "pointed out", "111"},
	} {
		evs := s.on(t, c.text, "2020-12-02", c.trigger)
		for _, e := range evs {
			if e.Code != c.code {
				t.Errorf("%q: %q code %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
	if ok, codes := s.counts("The Chilean airline cut costs and fares.", "08"); ok {
		t.Errorf("a cut of costs counted as a withdrawal: %v", codes)
	}
	if ok, codes := s.counts("Peru compared its economy to Chile's.", "11"); ok {
		t.Errorf("a plain comparison counted as a denunciation: %v", codes)
	}
}

// TestAnsweredNoun checks that an event noun rejected, accepted or denied
// was made by its own party, whatever the answer's negation, and that a
// "by" phrase the parser hangs on the answering verb is the noun's doer.
func TestAnsweredNoun(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, code, src string }{
		{"Peru rejected an offer by Chile to supply gas.", "030", "CHL"},
		{"Bolivia did not reject Peru's ultimatum.", "139", "PER"},
		{"The government ignored the protests by farmers.", "141", "AGR"},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			found = found || e.Code == c.code && Counted(&e) && e.Source != nil && e.Source.Actor != nil && *e.Source.Actor == c.src
		}
		if !found {
			t.Errorf("%q: no counted %s by %s in %+v", c.text, c.code, c.src, s.run(c.text, "2020-12-02").Events)
		}
	}
	for _, e := range s.on(t, "Peru rejected an offer by Chile to supply gas.", "2020-12-02", "rejected") {
		if e.Source == nil || e.Source.Actor == nil || *e.Source.Actor != "PER" {
			t.Errorf("the rejection's source %+v, want PER", e.Source)
		}
	}
}

// TestDirective checks that telling or ordering another to act is a demand
// (10, the act's derived demand where it is coded) only with the parse's
// infinitive complement.
func TestDirective(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		counted bool
	}{
		{"Soldiers told villagers to leave their homes.", true},
		{"Peru told Chile to withdraw its troops.", true},
		{"He told reporters that the talks had failed.", false},
		{"The minister told the committee about the budget.", false},
	} {
		if ok, codes := s.counts(c.text, "10"); ok != c.counted {
			t.Errorf("%q: demand counted %v, want %v (events %v)", c.text, ok, c.counted, codes)
		}
	}
}

// TestPassiveDoerNoun checks that an event noun the parse makes the doer
// of a passive happened ("marked by clashes", "overshadowed by a visit"),
// and that the passive's negation is its own.
func TestPassiveDoerNoun(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"The conference was overshadowed by a visit by the Chilean president.", "042", true},
		{"The vote in Lima was not marked by any protests.", "14", false},
	})
}

// TestDeviceWentOff checks that an explosive device told going off is a
// bombing (a kind-o noun with the occurrence verbs explode, detonate, go
// off), that a device only found or defused is none, and that a device
// that is the means of a violent act told by a verb is not a second act.
func TestDeviceWentOff(t *testing.T) {
	s := load(t)
	checkCounts(t, s, []codeCounted{
		{"A bomb exploded outside a bank in the northern town on Sunday.", "183", true},
		{"Two bombs went off near the bus station in the capital.", "183", true},
		{"A truck bomb exploded at the gate of the garrison.", "1832", true},
		{"Soldiers defused a bomb found under a bridge.", "18", false},
		{"The bomb squad studied the device for hours.", "18", false},
	})
	for _, text := range []string{
		"Eleven shoppers were killed when a bomb exploded in the market.",
		"Two guards were killed by a roadside bomb near the border.",
	} {
		n := 0
		for _, e := range s.run(text, "2020-12-02").Events {
			if e.Root == "18" && Counted(&e) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d counted bombings, want 1", text, n)
		}
	}
}

// TestPassiveSubjectObject checks that a passive verb's object is read in
// the parse's passive subject (its "of" noun, its apposition) even where a
// place follows "in", and that an "in" of state ("engaged in looting") or
// a subject the parse does not give ("their being kept in detention") is no
// object.
func TestPassiveSubjectObject(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"A state of emergency was declared in the southern province on Friday.", "1724", true},
		{"Maria Lopez, a Chilean journalist, was freed by her abductors last week.", "0841", true},
		{"The hostages were released in the capital on Tuesday.", "0841", true},
		{"Inmates may no longer contest their being kept in detention.", "14", false},
	})
}

// TestFarComplement checks that an appeal whose infinitive stands past the
// word window, after a long object with an apposition, is read from the
// parse: the appeal counts and the act asked for is not done.
func TestFarComplement(t *testing.T) {
	s := load(t)
	text := "A farmers' federation has asked the Chilean envoy in Lima, Pedro Alvarez Soto, to help with the return of the detained fishermen."
	if ok, codes := s.counts(text, "02"); !ok {
		t.Errorf("%q: no appeal counted (events %v)", text, codes)
	}
	if ok, codes := s.counts(text, "07"); ok {
		t.Errorf("%q: the help asked for counted as given (events %v)", text, codes)
	}
}

// TestLootingRiot checks that looting told as happening is a riot (145),
// as CAMEO's "protest violently, riot" covers it.
func TestLootingRiot(t *testing.T) {
	s := load(t)
	text := "Widespread looting broke out in the Chilean port after the earthquake."
	if ok, codes := s.counts(text, "145"); !ok {
		t.Errorf("%q: no riot counted (events %v)", text, codes)
	}
}

// TestAppealConsultCriticism checks the appeals, consultations and
// criticism the verb patterns name besides the commonest verbs: begging
// and imploring, a telephone conversation, contacting, lashing out (no
// attack), a war of words.
func TestAppealConsultCriticism(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"The Chilean foreign minister implored the Peruvian government to reopen the border.", "020", true},
		{"The Chilean foreign minister pleaded with the Peruvian government to reopen the border.", "020", true},
		{"The Chilean foreign minister held a telephone conversation with the Peruvian president.", "041", true},
		{"Several Chilean ministers have contacted the Peruvian president since the vote.", "040", true},
		{"The Chilean foreign minister hit out at the Peruvian government on Tuesday.", "111", true},
		{"The Chilean foreign minister hit out at the Peruvian government on Tuesday.", "19", false},
		{"A war of words between Chile and Peru has raged for weeks.", "111", true},
		{"Peru received a request from Chile to reopen the border.", "020", true},
		{"Peru accepted an invitation from Chile.", "036", true},
	})
}

// TestCriticismReceived checks criticism and accusations received with no
// one named who voiced them: the subject is their target, no one the
// source.
func TestCriticismReceived(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, code, tgt string }{
		{"The Peruvian interior minister has faced criticism over the new border fees.", "111", "PER"},
		{"The Peruvian interior minister came under criticism on Tuesday.", "111", "PER"},
		{"The Peruvian interior minister faced accusations of bribery.", "112", "PER"},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Code == c.code && Counted(&e) && e.Source == nil && e.Target != nil && e.Target.Actor != nil && strings.HasPrefix(*e.Target.Actor, c.tgt) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no counted %s event on %s in %v", c.text, c.code, c.tgt, s.run(c.text, "2020-12-02").Events)
		}
	}
}

// TestConsultParty checks that a consultation noun with a partner and no
// party of its own is held by the subject of the clause it dates or is
// the predicate of.
func TestConsultParty(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"After talks with the Peruvian president, the Chilean foreign minister said the border would reopen.", "CHL", "PER"},
		{"The Chilean president has been in talks with Peru about the border.", "CHL", "PER"},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Root == "04" && Counted(&e) && e.Source != nil && e.Source.Actor != nil && e.Target != nil && e.Target.Actor != nil &&
				strings.HasPrefix(*e.Source.Actor, c.src) && strings.HasPrefix(*e.Target.Actor, c.tgt) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no counted 04 event %s>%s in %v", c.text, c.src, c.tgt, s.run(c.text, "2020-12-02").Events)
		}
	}
}

// TestStatementForms: the codebook's statement forms read from a clause:
// a denial or an admission with a clause of what is denied or admitted
// (016, 015), a copular judgement of one's outlook (012, 013); being
// admitted to a place, or a denial of entry, is none of them.
func TestStatementForms(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"The Bolivian army denied that its soldiers had fired on the miners.", "016", true},
		{"The Bolivian defence minister admitted that the army had misled the inquiry.", "015", true},
		{"The Bolivian defence minister admitted having misled the inquiry.", "015", true},
		{"The Bolivian defence minister was admitted to a clinic in Sucre.", "015", false},
		{"Bolivia denied entry to the Peruvian envoy.", "016", false},
		{"The Bolivian president said he was confident about the new gas deal with Brazil.", "013", true},
		{"The Bolivian president said he was skeptical about the new gas deal with Brazil.", "012", true},
	})
}
