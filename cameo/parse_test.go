package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestEvidence checks the parse's reading of a predicate: each case names
// the trigger and the arguments (role, via, text) its event must carry.
func TestEvidence(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		args          []string // "role|via|text"
	}{
		{"Israel attacked Hamas on Monday.", "attacked", []string{"subject||Israel", "object||Hamas"}},
		{"Iran was attacked by Israel.", "attacked", []string{"agent||by Israel", "object||Iran"}},
		// a prepositional verb's passive strands its preposition before the doer
		{"The rally, called for by the Chilean miners union, drew thousands.", "called for", []string{"agent||for by the Chilean miners union"}},
		{"Russia agreed to provide weapons to Syria.", "provide", []string{"subject|xcomp|Russia", "object||weapons", "obl:to||to Syria"}},
		{"The president urged Israel to withdraw its troops.", "withdraw", []string{"subject|xcomp-obj|Israel", "object||its troops"}},
		{"Egypt met with Jordan and signed a treaty.", "signed", []string{"subject|conj|Egypt", "object||a treaty"}},
		{"The talks with the Taliban were held in Doha.", "talks", []string{"nmod:with||with the Taliban"}},
		// an absolute participle after "with" is passive
		{"The gunmen fled, with two guards abducted.", "abducted", []string{"object||two guards"}},
		{"The town saw more unrest, with ten people killed and a teacher abducted.", "abducted", []string{"object||a teacher"}},
		// a past participle on a noun acts on the noun, with its agent
		// as without
		{"Two Peruvian soldiers killed by a bomber in Bolivia were buried.", "killed", []string{"object|acl|Two Peruvian soldiers", "agent||by a bomber in Bolivia"}},
	} {
		d := s.run(c.text, "2020-01-01")
		var found bool
		for _, e := range d.Events {
			if e.Trigger.Text != c.trigger && !strings.HasPrefix(e.Trigger.Text, c.trigger+" ") {
				continue
			}
			found = true
			if e.Evidence == nil {
				t.Errorf("%q: %s has no evidence", c.text, c.trigger)
				continue
			}
			have := map[string]bool{}
			for _, a := range e.Evidence.Arguments {
				have[a.Role+"|"+a.Via+"|"+a.Text] = true
			}
			for _, w := range c.args {
				if !have[w] {
					t.Errorf("%q: %s lacks %s (has %v)", c.text, c.trigger, w, e.Evidence.Arguments)
				}
			}
			break
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}

// TestObjectParty: the object a pattern names is a party when it is an
// actor ("expelled Belarusian diplomats"), a modifier inside it is not
// ("offered military support").
func TestObjectParty(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, target string }{
		{"Poland expelled three Belarusian diplomats on Monday.", "expelled", "BLR"},
		{"Japan offered military support to Vietnam.", "offered", "VNM"},
		// two roles of one country are two parties: a parliament and its
		// government, a court and the army
		{"The Kenyan parliament criticised the Kenyan government on Tuesday.", "criticised", "KENGOV"},
		{"A Kenyan court fined the Kenyan army for the shooting.", "fined", "KENMIL"},
		// an organisation coded with a country only is not the state
		{"The Kenyan Observatory for Human Rights criticised the Kenyan government on Tuesday.", "criticised", "KENGOV"},
		// a role word that owns the object is its party, not a modifier
		{"Demonstrators in Nairobi denounced the minister's decision.", "denounced", "KENGOV"},
	} {
		d := s.run(c.text, "2021-06-01")
		ok := false
		for _, e := range d.Events {
			if strings.HasPrefix(e.Trigger.Text, c.trigger) && e.Target != nil && e.Target.Actor != nil && strings.HasPrefix(*e.Target.Actor, c.target) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no event on %q with a %s target: %+v", c.text, c.trigger, c.target, d.Events)
		}
	}
}

// TestPlaceInSubject: a place after a locative preposition in a subject
// that names no actor is where the act was, not its doer; the people of a
// place still protest.
func TestPlaceInSubject(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, source string }{
		{"A car bomb in Zambia has killed 12 people.", "killed", ""},
		{"A roadside bomb near the Kenyan border killed three soldiers.", "killed", ""},
		{"Kenyan soldiers in Somalia killed four gunmen.", "killed", "KENMIL"},
		{"Thousands in Nairobi protested against the government.", "protested", "KEN"},
	} {
		for _, e := range onTrigger(t, s, c.text, c.trigger) {
			if got := actorCode(e.Source); got != c.source {
				t.Errorf("%q: %s source %q, want %q", c.text, c.trigger, got, c.source)
			}
		}
	}
}

// TestQuoteSpeaker: the speaker named after a quotation is no party of
// the act the quotation tells.
func TestQuoteSpeaker(t *testing.T) {
	s := load(t)
	for _, text := range []string{
		`"The Kenyan government is refusing to help," the opposition leader said.`,
		`"Kenya refuses to help." the senator said.`,
	} {
		d := s.run(text, "2010-06-01")
		for _, e := range d.Events {
			if e.Target != nil && e.Target.Actor != nil && *e.Target.Actor != "" {
				t.Errorf("%q: %s targets %s, want no target", text, e.Code, *e.Target.Actor)
			}
		}
	}
}

// TestCitizenParty: a person the dictionary gives a role only from a
// later date is of the country alone before it, a citizen, and the
// government a citizen accuses is the other party.
func TestCitizenParty(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, date, source, target string }{
		{"Abdul Hadi Arghandiwal accused the Afghan government of fraud.", "2005-06-01", "AFG", "AFGGOV"},
		{"Abdul Hadi Arghandiwal accused the Afghan government of fraud.", "2012-06-01", "AFGGOV", ""},
	} {
		d := s.run(c.text, c.date)
		var got []string
		for _, e := range d.Events {
			src, tgt := "", ""
			if e.Source != nil && e.Source.Actor != nil {
				src = *e.Source.Actor
			}
			if e.Target != nil && e.Target.Actor != nil {
				tgt = *e.Target.Actor
			}
			got = append(got, src+">"+tgt)
		}
		if len(got) != 1 || got[0] != c.source+">"+c.target {
			t.Errorf("%q on %s: %v, want %s>%s", c.text, c.date, got, c.source, c.target)
		}
	}
}

// TestPossessorSubject: an event noun in an adjunct whose doer is a
// possessive pronoun ("during her visit") is done by the clause's
// subject; one that is the verb's object is another's ("praised their
// visit").
func TestPossessorSubject(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, source string }{
		{"During his visit to Peru, the Chilean president signed a trade deal.", "visit", "CHLGOV"},
		{"The Ghanaian minister proposed a summit during her visit to Peru.", "visit", "GHAGOV"},
		{"The Chilean president praised their visit to Peru.", "visit", ""},
	} {
		for _, e := range onTrigger(t, s, c.text, c.trigger) {
			if got := actorCode(e.Source); got != c.source {
				t.Errorf("%q: %s source %q, want %q", c.text, c.trigger, got, c.source)
			}
		}
	}
}

// TestListedParties: a list of three parties, which the parser may read as
// a chain of appositions, meets as three parties, each with the others
// and with no one else.
func TestListedParties(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		sources []string
	}{
		{"On the eve of the summit, German Chancellor Angela Merkel, French President Nicolas Sarkozy and Italian Prime Minister Romano Prodi met over dinner.",
			[]string{"DEU", "FRA", "ITA"}},
	} {
		d := s.run(c.text, "2007-06-01")
		seen := map[string]int{}
		for _, e := range d.Events {
			if e.Root != "04" || e.Source == nil || e.Source.Actor == nil || e.Target == nil || e.Target.Actor == nil {
				t.Errorf("%q: event %s without both parties", c.text, e.Code)
				continue
			}
			src, tgt := (*e.Source.Actor)[:3], (*e.Target.Actor)[:3]
			if src == tgt {
				t.Errorf("%q: %s -> %s is no meeting of the listed parties", c.text, src, tgt)
			}
			seen[src]++
		}
		for _, w := range c.sources {
			if seen[w] != len(c.sources)-1 {
				t.Errorf("%q: %s meets %d others, want %d (%v)", c.text, w, seen[w], len(c.sources)-1, seen)
			}
		}
	}
}

// TestBetween: an event noun "between" parties, before its verb or as the
// predicate of a copula, is one act of the pair, the party named first
// its source (a verb's conjoined subjects, "Chile and Peru met", each act
// with the other).
func TestBetween(t *testing.T) {
	s := load(t)
	for _, text := range []string{
		"Talks between Chile and Peru ended on Monday.",
		"The talks in Lima were between Chile and Peru alone.",
		"Diplomats described a meeting between Chile and Peru in detail.",
	} {
		got := map[string]bool{}
		for _, e := range s.run(text, "2010-03-01").Events {
			if e.Code == "040" && e.Source != nil && e.Source.Actor != nil && e.Target != nil && e.Target.Actor != nil {
				got[*e.Source.Actor+">"+*e.Target.Actor] = true
			}
		}
		if !got["CHL>PER"] || got["PER>CHL"] {
			t.Errorf("%q: want one 040, CHL>PER, got %v", text, got)
		}
	}
	got := map[string]bool{}
	for _, e := range s.run("Chile and Peru met in Lima on Monday.", "2010-03-01").Events {
		if e.Code[:2] == "04" && e.Source != nil && e.Source.Actor != nil && e.Target != nil && e.Target.Actor != nil {
			got[*e.Source.Actor+">"+*e.Target.Actor] = true
		}
	}
	if !got["CHL>PER"] || !got["PER>CHL"] {
		t.Errorf("conjoined subjects of a meeting: want CHL>PER and PER>CHL, got %v", got)
	}
}

// TestAttributive: a participle describing a noun ("the jailed editor")
// is told in passing and not counted; a verb right after a name that the
// parser may misread as one still counts.
func TestAttributive(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		counted       bool
	}{
		{"On Friday, jailed activist Ana Lopez wrote a letter to her family.", "jailed", false},
		{"Spain on Thursday expelled two Moroccan diplomats.", "expelled", true},
	} {
		found := false
		for _, e := range s.run(c.text, "2015-05-01").Events {
			if e.Trigger.Text != c.trigger {
				continue
			}
			found = true
			if counted := e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical; counted != c.counted {
				t.Errorf("%q: %s counted %v (confidence %.2f), want %v", c.text, c.trigger, counted, e.Confidence, c.counted)
			}
		}
		if !found && c.counted {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}

// TestToldInPassing: an act told in a relative clause or a participle on
// a party's name counts, with the relative pronoun read as that party;
// one told of a party of the sentence's own act is that act's backdrop.
func TestToldInPassing(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, source, target string
		counted                       bool
	}{
		{"The Peruvian president, who was criticised by Chilean lawmakers on Monday, left for Lima.", "criticised", "CHL", "PER", true},
		{"Two Kenyan soldiers who were killed near the border were buried on Sunday.", "killed", "", "KEN", true},
		{"In the crackdown a Peruvian diplomat was the only foreigner to be arrested.", "arrested", "", "PER", true},
		{"The family of a Bolivian soldier killed in an ambush last week received a medal.", "killed", "", "BOL", true},
		{"Colombian police freed the Ecuadorian envoy, who had been detained for a week.", "detained", "", "ECU", false},
		// the relative pronoun stands for the name before its comma
		// also where the parse hangs the clause on another verb
		{"Tal Amrev won his claim against Peru, which jailed him for two years without a charge.", "jailed", "PER", "", true},
		{"The Peruvian army, which shelled the town, withdrew on Monday.", "shelled", "PER", "", true},
		// a negation inside the pattern's words: no intent
		{"The Peruvian government vowed not to hand the islands back to Chile.", "vowed", "PER", "CHL", false},
	} {
		d := s.run(c.text, "2021-06-01")
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, c.trigger) {
				continue
			}
			found = true
			if got := e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical; got != c.counted {
				t.Errorf("%q: %s counted %v, want %v (confidence %.2f)", c.text, c.trigger, got, c.counted, e.Confidence)
			}
			if code := actorCode(e.Target); c.counted && !strings.HasPrefix(code, c.target) {
				t.Errorf("%q: %s target %q, want %s", c.text, c.trigger, code, c.target)
			}
			if code := actorCode(e.Source); c.source != "" && !strings.HasPrefix(code, c.source) {
				t.Errorf("%q: %s source %q, want %s", c.text, c.trigger, code, c.source)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q: %+v", c.text, c.trigger, d.Events)
		}
	}
}

// sideCase is a sentence, the trigger of an event of it and the codes
// that event's source and target start with ("" for none).
type sideCase struct{ text, trigger, source, target string }

// checkSides runs each case and checks the sides of its trigger's events.
func checkSides(t *testing.T, s stages, cases []sideCase) {
	t.Helper()
	for _, c := range cases {
		d := s.run(c.text, "2021-06-01")
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, c.trigger) {
				continue
			}
			found = true
			if got := actorCode(e.Source); !strings.HasPrefix(got, c.source) || (c.source == "") != (got == "") {
				t.Errorf("%q: source %q, want %q", c.text, got, c.source)
			}
			if got := actorCode(e.Target); !strings.HasPrefix(got, c.target) || (c.target == "") != (got == "") {
				t.Errorf("%q: target %q, want %q", c.text, got, c.target)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q: %+v", c.text, c.trigger, d.Events)
		}
	}
}

// onTrigger runs text and returns its events whose trigger starts with
// trigger, failing the test when there is none.
func onTrigger(t *testing.T, s stages, text, trigger string) []doc.Event {
	t.Helper()
	d := s.run(text, "2021-06-01")
	var es []doc.Event
	for _, e := range d.Events {
		if strings.HasPrefix(e.Trigger.Text, trigger) {
			es = append(es, e)
		}
	}
	if len(es) == 0 {
		t.Errorf("%q: no event on %q: %+v", text, trigger, d.Events)
	}
	return es
}

// TestLocative: a place after a locative preposition is where the act
// happened, not its target, unless the act is force used at the place or
// a doer from elsewhere acts there; unnamed protesters are of the place
// (and protest against its government, protestTarget).
func TestLocative(t *testing.T) {
	checkSides(t, load(t), []sideCase{
		{"Thousands held a protest in Quito on Friday.", "held", "ECU", "ECUGOV"},
		{"Peruvian students held a rally in Lima.", "held", "PER", "PERGOV"},
		{"Argentina fired missiles at Uruguay on Monday.", "fired", "ARG", "URY"},
		{"Brazilian activists protested in Caracas on Sunday.", "protested", "BRA", "VEN"},
	})
}

// TestOwnObject: a pattern's object is the verb's own, not a word of a
// scene-setting adjunct after it; and a verb with a particle is no
// pattern without that particle.
func TestOwnObject(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, code string
		want       bool
	}{
		{"The Bolivian miners called off talks with the government.", "164", true},
		{"The Bolivian miners called off their blockade after two days of talks with the government.", "164", false},
		{"The Bolivian miners called off their blockade after two days of talks with the government.", "041", false},
	} {
		d := s.run(c.text, "2021-06-01")
		got := false
		for _, e := range d.Events {
			got = got || e.Code == c.code
		}
		if got != c.want {
			t.Errorf("%q: event %s %v, want %v: %+v", c.text, c.code, got, c.want, d.Events)
		}
	}
}

// TestWindowSupport: a word-window role is not taken from a clause of
// its own that does not hold the predicate; a clause among the trigger's
// own words still gives its object.
func TestWindowSupport(t *testing.T) {
	checkSides(t, load(t), []sideCase{
		{"The plan praised by the Peruvian minister was rejected.", "rejected", "", ""},
		{"Ecuadorian police foiled an attempt to assassinate the Peruvian ambassador.", "attempt", "", "PER"},
	})
}

// TestClauseModality: a negation or a modal the word windows see in
// another clause (a relative clause, an adverbial's own clause) does not
// mark the act; one on the act's own verb does.
func TestClauseModality(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text          string
		negated, hypo bool
	}{
		{"Chile, whose army had not been paid for months, attacked Bolivia on Monday.", false, false},
		{"After the vote that Peru could not win, Chile attacked Bolivia.", false, false},
		{"Chile did not attack Bolivia on Monday.", true, false},
	} {
		d := s.run(c.text, "2021-06-01")
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, "attack") {
				continue
			}
			found = true
			if e.Negated != c.negated || e.Hypothetical != c.hypo {
				t.Errorf("%q: negated %v hypothetical %v, want %v %v", c.text, e.Negated, e.Hypothetical, c.negated, c.hypo)
			}
		}
		if !found {
			t.Errorf("%q: no attack: %+v", c.text, d.Events)
		}
	}
}

// TestAdjectivalPassive: a participle the parser reads as an adjective
// after "be" is a passive, and a participle conjoined with it shares its
// roles.
func TestAdjectivalPassive(t *testing.T) {
	s := load(t)
	text := "Two Peruvian policemen were shot and wounded by rebels on Monday."
	d := s.run(text, "2021-06-01")
	n := 0
	for _, e := range d.Events {
		if e.Trigger.Text != "shot" && e.Trigger.Text != "wounded" {
			continue
		}
		n++
		if src, tgt := actorCode(e.Source), actorCode(e.Target); !strings.HasSuffix(src, "REB") || !strings.HasPrefix(tgt, "PER") {
			// (bare rebels facing Peruvian police are Peru's: partyLocals)
			t.Errorf("%q: %s source %q target %q, want rebels and PER", text, e.Trigger.Text, src, tgt)
		}
	}
	if n != 2 {
		t.Errorf("%q: %d events on shot and wounded, want 2: %+v", text, n, d.Events)
	}
}

// TestPlaceLocals: a bare local role (students, the government, a court)
// takes the country of the place its act happens in, the clause's or the
// article's; soldiers do not.
func TestPlaceLocals(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, source string }{
		{"Students marched through central Quito on Tuesday.", "ECUEDU"},
		{"Soldiers marched through central Quito on Tuesday.", "MIL"},
		{"After talks with Chile, the government expelled two journalists in Quito on Monday.", "ECUGOV"},
		{"The court sentenced Tal Amrev, a Chilean citizen, to two years in prison in Quito on Monday.", "ECUJUD"},
	} {
		d := s.run(c.text, "2021-06-01")
		got := ""
		for _, e := range d.Events {
			if e.Source != nil && e.Source.Actor != nil {
				got = *e.Source.Actor
			}
		}
		if got != c.source {
			t.Errorf("%q: source %q, want %q (%+v)", c.text, got, c.source, d.Events)
		}
	}
}

// A coded person the parse hangs in apposition on a role word of no
// phrase ("<demonym> prime minister <Name>" headed by "minister") is the
// party the role word stands for.
func TestApposedHolder(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		countries     []string // the parties' countries, source and target of some event
		absent        bool     // no such event
	}{
		{"Kenyan prime minister Uhuru Kenyatta and US President Barack Obama met in May.", "met", []string{"USA", "KEN"}, false},
	} {
		seen := map[string]bool{}
		for _, e := range s.on(t, c.text, "2014-06-01", c.trigger) {
			if e.Source != nil && e.Source.Actor != nil && e.Target != nil && e.Target.Actor != nil {
				seen[(*e.Source.Actor)[:3]+" "+(*e.Target.Actor)[:3]] = true
			}
		}
		if want := c.countries[0] + " " + c.countries[1]; seen[want] == c.absent {
			t.Errorf("%q: no %s event %s; got %v", c.text, c.trigger, want, seen)
		}
	}
}

// An act whose subject or object opens with a negative determiner was
// done to no one: "no soldiers were hurt" is negated; the attack a clause
// beside it tells is not.
func TestNoOneActedOn(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		negated       bool
	}{
		{"In the raid on the border post, no Peruvian soldiers were killed.", "killed", true},
		{"The rebels killed no Peruvian soldiers, the army said.", "killed", true},
		{"The rebels killed two Peruvian soldiers, the army said.", "killed", false},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Negated != c.negated {
				t.Errorf("%q: %s %s negated %v, want %v", c.text, c.trigger, e.Code, e.Negated, c.negated)
			}
		}
	}
}

// An act the parse gives as the complement of a verb of stopping ends;
// none of it is done.
func TestStoppedAct(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		negated       bool
	}{
		{"Chilean rebels stopped attacking the army last year.", "attacking", true},
		{"The minister urged the two provinces to stop shelling each other's villages near the Chilean border.", "shelling", true},
		{"Chilean rebels kept attacking the army last year.", "attacking", false},
	} {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Negated != c.negated {
				t.Errorf("%q: %s %s negated %v, want %v", c.text, c.trigger, e.Code, e.Negated, c.negated)
			}
		}
	}
}

// An infinitive of purpose of an active clause is done by that clause's
// subject, not by its object ("met the envoy to thank him");
// one that may belong to a clause on the object keeps no inherited doer.
func TestPurposeInfinitiveDoer(t *testing.T) {
	checkTriggerParties(t, load(t), "2020-12-02", []triggerParties{
		{"The Chilean president met the Peruvian envoy to thank him for the aid.", "thank", "CHLGOV", anyParty},
		{"The Chilean minister wrote to the Peruvian president to praise the deal.", "praise", "CHLGOV", anyParty},
		// a verb of causing or asking: its object does the act
		{"The Chilean blockade prompted the Peruvian president to request help from Brazil.", "request", "PERGOV", anyParty},
		{"The floods forced the Peruvian government to ask Chile for aid.", "ask", "PERGOV", anyParty},
	})
}
