package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/words"
)

// TestVerbSenses checks verb senses of verbs.tsv on invented sentences:
// the code of the event on a trigger.
func TestVerbSenses(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"The dockworkers union called off its strike on Monday.", "called off", "082"},
		{"Opposition parties suspended their protests in the capital.", "suspended", "082"},
		{"Israel called off an air strike on Gaza.", "called off", "087"},
		{"Farmers petitioned the government to cut fuel taxes.", "petitioned", "020"},
		{"Students submitted a petition to the education minister.", "submitted", "020"},
		{"Two Peruvian officers were charged over the shooting.", "charged", "173"},
		{"Peru charged that Chile had lied about the border.", "charged", "110"},
		{"Chilean senators attacked the government's budget on Tuesday.", "attacked", "111"},
		{"A Chilean court handed down a prison sentence to the smuggler.", "handed down", "173"},
		{"Chilean senators attacked the findings of the border commission.", "attacked", "111"},
		{"Peru hosted a regional summit on Monday.", "hosted", "043"},
		{"The Chilean president proposed a summit with Peru.", "proposed", "036"},
		{"Rebels attacked the army base on Tuesday.", "attacked", "190"},
		{"The Chilean opposition attacked the government on its handling of the floods.", "attacked", "111"},
		{"Chilean senators attacked the minister over the pension reform.", "attacked", "111"},
		{"Rebels attacked the army convoy on the coastal highway.", "attacked", "190"},
		{"Rebels attacked the army base over the weekend.", "attacked", "190"},
		{"The Chilean opposition attacked the government's spending cuts.", "attacked", "111"},
		{"Car bombs targeted two mosques in the Peruvian capital.", "targeted", "1832"},
		{"Gunmen targeted a police checkpoint near the Chilean border.", "targeted", "190"},
		{"The Chilean president invited the Peruvian president to Santiago.", "invited", "036"},
		{"The Chilean minister assured Peru that the border would stay open.", "assured", "030"},
		{"Peru scrambled two fighter jets to meet the Chilean aircraft.", "scrambled", "150"},
		{"Peru has frozen all business deals with Chile.", "frozen", "163"},
		// a blockade by civilians obstructs passage (144); by armed forces it is 191
		{"Chilean farmers blockaded the highway to Santiago.", "blockaded", "144"},
		{"Chilean troops blockaded the port of Arica.", "blockaded", "191"},
		// support of a material kind is aid (07), not endorsement (05)
		{"Chile gave financial support to Bolivia on Monday.", "gave", "071"},
		{"Chile provided military support to the Bolivian army.", "provided", "072"},
		{"Chile gave its support to the Bolivian plan.", "gave", "051"},
		// to meet demands is to yield to them, not to hold a meeting
		{"Dock workers refused to meet the shipping firm's demands.", "refused to meet", "124"},
		{"Dock workers refused to meet the shipping firm's managers.", "refused to meet", "125"},
		// a promise of harm is a threat
		{"Peru and Ecuador have promised tougher sanctions on Chile if it closes the port.", "promised", "1312"},
		{"The rebel commander vowed new attacks on the Bolivian capital.", "vowed", "138"},
		{"Peru promised new aid to Chile after the floods.", "promised", "033"},
		// CAMEO's codes for an ultimatum (139) and, as PETRARCH codes it, a
		// declaration of independence (1044)
		{"Eritrea declared its independence from Ethiopia in 1993.", "declared", "1044"},
		{"The Bolivian rebels issued an ultimatum to the army.", "issued an ultimatum", "139"},
		{"The Bolivian rebels extended their ultimatum to the army by two days.", "ultimatum", "139"},
	})
}

// TestSendEnvoy checks that sending an envoy or a delegation is an intent
// to meet (036) with the one it is sent to.
func TestSendEnvoy(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, target string }{
		{"Chile sent an envoy to Peru on Monday.", "sent", "PER"},
		{"Chile sent a delegation to Peru on Monday.", "sent", "PER"},
		{"Chile sent a delegation.", "sent", ""},
	} {
		evs := s.on(t, c.text, "2020-12-02", c.trigger)
		if len(evs) != 1 || evs[0].Code != "036" {
			t.Errorf("%q: events %+v, want one 036", c.text, evs)
			continue
		}
		got := ""
		if evs[0].Target != nil && evs[0].Target.Actor != nil {
			got = *evs[0].Target.Actor
		}
		if got != c.target {
			t.Errorf("%q: target %q, want %q", c.text, got, c.target)
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
		"On Monday the Chilean president landed in Lima and began a three-day state visit.",
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

// TestDerivedNouns checks the event nouns derived from the coded verbs on
// invented sentences: the code, the doer and the one it is done to, and
// that a sentence with no verb event of its own counts the noun's.
func TestDerivedNouns(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, code, src, tgt string }{
		{"Chile's sharp criticism of Peru.", "111", "CHL", "PER"},
		{"New accusations by Chile against Peru.", "112", "CHL", "PER"},
		{"A Chilean crackdown on Bolivia.", "175", "CHL", "BOL"},
		{"Peru's threats against Chile.", "130", "PER", "CHL"},
		{"The new agreement between Chile and Peru.", "057", "CHL", "PER"},
		{"The Peruvian minister faced sharp criticism from Chilean senators.", "111", "CHL", "PER"},
		{"Bolivia drew accusations from Chile on Monday.", "112", "CHL", "BOL"},
	} {
		found := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Code != c.code || e.Confidence < MinConfidence || e.Source == nil || e.Target == nil || e.Source.Actor == nil || e.Target.Actor == nil {
				continue
			}
			found = found || strings.HasPrefix(*e.Source.Actor, c.src) && strings.HasPrefix(*e.Target.Actor, c.tgt)
		}
		if !found {
			t.Errorf("%q: no counted %s event %s>%s in %v", c.text, c.code, c.src, c.tgt, s.run(c.text, "2020-12-02").Events)
		}
	}
}

// TestSceneNoun checks that an event noun the parse puts under a scene
// preposition far from it only sets the scene of the verb's event.
func TestSceneNoun(t *testing.T) {
	s := load(t)
	text := "Hundreds of Peruvian fighters have disarmed since the long awaited January accord between Chile and Peru."
	for _, e := range s.run(text, "2020-12-02").Events {
		if e.Root == "05" && e.Confidence >= MinConfidence {
			t.Errorf("%q: the accord counted: %+v", text, e)
		}
	}
}

// TestNestedNoun checks that an event noun named by the preposition after
// another event noun is what that one is about, not an event counted.
func TestNestedNoun(t *testing.T) {
	s := load(t)
	text := "The Chilean committee has finished its inquiry into an allegation by Peruvian officials."
	inquiry := false
	for _, e := range s.run(text, "2020-12-02").Events {
		if e.Root == "11" && e.Confidence >= MinConfidence {
			t.Errorf("%q: the allegation counted: %+v", text, e)
		}
		inquiry = inquiry || e.Root == "09" && e.Confidence >= MinConfidence
	}
	if !inquiry {
		t.Errorf("%q: the inquiry not counted", text)
	}
}

// TestAccusationClause checks that a disapproval noun with a clause of
// what it tells targets the clause's subject.
func TestAccusationClause(t *testing.T) {
	s := load(t)
	text := "Fresh accusations that Bolivian troops had crossed the border surfaced in the Peruvian press."
	found := false
	for _, e := range s.run(text, "2020-12-02").Events {
		found = found || e.Code == "112" && e.Target != nil && e.Target.Actor != nil && strings.HasPrefix(*e.Target.Actor, "BOL")
	}
	if !found {
		t.Errorf("%q: no 112 event targeting Bolivia", text)
	}
}

// TestNotTheSense: words that take a pattern's sense only with its
// preposition or its object: committing a crime is no commitment, an
// object in a passive's "by" phrase is its agent.
func TestNotTheSense(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, code string }{
		{"Rebels condemned the crimes the Peruvian army is committing in the Andes.", "committing", "030"},
		{"Two men committed the robbery in Lima on Monday.", "committed", "030"},
		{"The report was received warmly by the Chilean president.", "received", "043"},
	} {
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if strings.HasPrefix(e.Trigger.Text, c.trigger) && e.Code == c.code {
				t.Errorf("%q: %q coded %s", c.text, c.trigger, c.code)
			}
		}
	}
	for _, c := range []struct{ text, trigger, code string }{
		{"Chile has committed itself to closer ties with Peru.", "committed itself to", "030"},
		{"The Peruvian minister was received by the Chilean president in Santiago.", "received", "043"},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Code != c.code && e.Code != "042" {
				t.Errorf("%q: %q code %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
}

// TestHelpedAct: "help" with an infinitive complement is aid only for a
// party it helps; helping an outcome come about is no aid.
func TestHelpedAct(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text string
		aid  bool
	}{
		{"Pakistan has helped us reopen the border crossing.", false},
		{"The Greens helped push fuel prices to record levels.", false},
		{"Norway helped defend Kuwait in 1991.", true},
		{"Norway helped the refugees in Chad.", true},
	} {
		got := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			got = got || e.Root == "07" && Counted(&e)
		}
		if got != c.aid {
			t.Errorf("%q: counted aid %v, want %v", c.text, got, c.aid)
		}
	}
}

// TestDismissal: "fire" with a person as object is a dismissal, no attack.
func TestDismissal(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text   string
		attack bool
	}{
		{"Days later, they were fired by the dean.", false},
		{"The university fired three professors in May.", false},
		{"Soldiers fired on the protesters.", true},
		{"Hezbollah fired rockets at Israeli soldiers.", true},
	} {
		got := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			got = got || e.Root == "19" && Counted(&e)
		}
		if got != c.attack {
			t.Errorf("%q: counted attack %v, want %v", c.text, got, c.attack)
		}
	}
}

// TestDismissalNoRejection: "dismiss" with a person as object or passive
// subject removes from a post, no rejection (12); with a thing it rejects.
func TestDismissalNoRejection(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text   string
		reject bool
	}{
		{"Two Kenyan officials have been dismissed over the leak.", false},
		{"The Kenyan foreign ministry dismissed two employees.", false},
		{"The Kenyan foreign ministry dismissed the Ugandan proposal.", true},
	} {
		got := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			got = got || e.Root == "12" && Counted(&e)
		}
		if got != c.reject {
			t.Errorf("%q: counted rejection %v, want %v", c.text, got, c.reject)
		}
	}
}

// TestWantOfOther: a want someone else tells of its subject expresses no
// intent of the subject's; one told by the narrator or by the wanter does.
func TestWantOfOther(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text   string
		threat bool
	}{
		{"Chile wants to attack Bolivia.", true},
		{"Peru said it wants to attack the Chilean border posts.", true},
		{"Chile said Peru wanted to attack its border posts.", false},
	} {
		got := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			got = got || e.Root == "13" && Counted(&e)
		}
		if got != c.threat {
			t.Errorf("%q: counted threat %v, want %v", c.text, got, c.threat)
		}
	}
}

// TestConcededPoint: "conceded" before a clause admits a point; before an
// object it yields.
func TestConcededPoint(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text  string
		yield bool
	}{
		{"The Chilean minister conceded that the army had made mistakes.", false},
		{"The Chilean president conceded it unlikely that the talks would resume.", false},
		{"The rebels conceded defeat.", true},
	} {
		got := false
		for _, e := range s.run(c.text, "2020-12-02").Events {
			got = got || e.Root == "08"
		}
		if got != c.yield {
			t.Errorf("%q: yield %v, want %v", c.text, got, c.yield)
		}
	}
}

// TestPromisedHarmEntries: each promised-harm entry names a root and a
// threat code the table knows; a malformed one is refused with its word.
func TestPromisedHarmEntries(t *testing.T) {
	table, err := DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	for root, code := range promisedHarm {
		if table[code] == nil {
			t.Errorf("promised-harm %s: code %s not in the CAMEO table", root, code)
		}
	}
	for _, bad := range []string{
		"promised-harm\t1x\tcode=1312", // not a root
		"promised-harm\t21\tcode=190",  // not a threat
		"promised-harm\t21\t-",         // no code
	} {
		l, err := words.Parse(strings.NewReader(sensesTSV+"\n"+bad+"\n"), "cameo/data/senses.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := threats(l); err == nil || !strings.Contains(err.Error(), "promised-harm") {
			t.Errorf("%q: error %v, want one naming the entry", bad, err)
		}
	}
}
