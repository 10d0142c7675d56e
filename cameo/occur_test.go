package cameo

import (
	"strings"
	"testing"
)

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
		{"The two foreign ministers had a long discussion in Oslo.", "discussion", "04", true},
		{"The dockers' union has had three strikes this year.", "strikes", "14", true},
		{"Police made 40 arrests in the capital on Sunday.", "arrests", "17", true},
		{"An inquiry began into the Chilean ministry.", "inquiry", "09", true},
		{"Editors discussed the history of the inquiry.", "inquiry", "09", false},
		// an event noun a cause brought about happened, and the cause is
		// no party to it
		{"The court's verdict sparked angry protests in Lima on Friday.", "protests", "14", true},
		{"The price rise caused riots in three Bolivian towns.", "riots", "14", true},
		{"The verdict did not spark protests in Lima.", "protests", "14", false},
		// a report of it, an act done during it, tell it happened too
		{"Police in Lima reported two bomb explosions in the south.", "bomb explosions", "18", true},
		{"Three students were arrested during a protest outside the Chilean embassy.", "protest", "14", true},
		// (by no one named, on no armed force: unconventional violence,
		// 18; unconventional.go)
		{"The ambush took place near the border with Chile.", "ambush", "18", true},
		{"Editors discussed the history of the ambush.", "ambush", "19", false},
		// what is condemned, protested against or apologised for happened
		{"The Malian government condemned the killing of two Swiss nurses.", "killing", "18", true},
		{"Nurses in Chad staged a sit-in, protesting against the detention of two union leaders.", "detention", "17", true},
		{"Editors discussed the arrest of three village elders.", "arrest", "17", false},
		// a preposition that tells it took place, also one the parser
		// reads as a participle; a bare noun after it names no one's act
		{"The Bolivian summit was postponed due to student riots in La Paz.", "riots", "14", true},
		{"The Peruvian minister resigned following protests by nurses against the new law.", "protests", "14", true},
		{"After negotiations, the Chilean fishermen went home.", "negotiations", "04", false},
		{"The Peruvian senator died after a heart attack in Lima.", "attack", "19", false},
		// what it left behind tells it happened, also with a subject the
		// parser hangs on the auxiliary
		{"The riots in Nairobi have left 40 Kenyan police officers injured.", "riots", "14", true},
		{"The riots had so far left 12 Zorvan soldiers hurt.", "riots", "14", true},
		{"The riots could leave the Kenyan capital paralysed.", "riots", "14", false},
		// a scene noun between: "in connection with", "as a result of"
		{"Kenyan police released photographs of men sought in connection with the riots in Nairobi.", "riots", "14", true},
		{"Forty Kenyans were hurt as a result of the riots in Nairobi.", "riots", "14", true},
		{"Editors wrote in connection with the riots.", "riots", "14", false},
		// taking part in it: done by the verb's subject
		{"Kenyan students took part in a march in Nairobi on Monday.", "march", "14", true},
		{"Kenyan police engaged in clashes with students on Monday.", "clashes", "14", true},
		{"Kenyan students did not participate in the protests.", "protests", "14", false},
		{"Kenyan students took pride in the protests.", "protests", "14", false},
		// a verb of occurrence the parser hangs on the noun as a participle
		{"Two bombs detonated in Cusco on Sunday.", "bombs", "18", true},
		{"Four parcel bombs blasted through a post office in Arequipa.", "parcel bombs", "18", true},
		// a relative clause of occurrence, told as past, on the noun
		{"Police said a car bombing that claimed nine lives in Cusco was planned abroad.", "car bombing", "18", true},
		{"The march, which starts on Friday, is expected to draw 5,000 nurses.", "march", "14", false},
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

// TestGoverned: an act under a verb that only permits or intends it,
// read through the parse's open complements, or under a modal it shares
// with a conjunct, is not counted as done.
func TestGoverned(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		counted       bool
	}{
		{"Parliament passed a decree authorizing the army to arrest opposition leaders.", "arrest", false},
		{"The new rules permit inspectors to expel foreign journalists.", "expel", false},
		{"Police in Quito arrested two opposition leaders on Monday.", "arrested", true},
		// the modal of the first conjunct, past the word windows' reach
		{"Brazil will host the leaders of its neighbours at a resort near Rio de Janeiro in early March and sign a trade pact with Argentina.", "sign", false},
		// an infinitive on a noun names an act aimed at, unless the noun
		// is told to have done it
		{"Prosecutors said the colonel took part in a plot to kill the Peruvian president.", "kill", false},
		{"Chile became the first country to recognise the new Bolivian government.", "recognise", true},
		{"Chile is among the many states to have signed the treaty with Peru.", "signed", true},
		// a passive "forced to" with no agent tells an obligation, not
		// who coerced
		{"The Peruvian minister was forced to resign after the scandal.", "forced", false},
		{"Chilean protesters forced the Peruvian minister to resign.", "forced", true},
		{"The Peruvian delegates were asked to wait outside the hall.", "asked", false},
		{"Chile asked the Peruvian delegates to wait outside the hall.", "asked", true},
		// a finite conjunct has its own tense: the first verb group's
		// negation is not its own
		{"The Bolivian minister said that he had not taken any bribes and apologized to the Chilean ambassador.", "apologized", true},
		{"Bolivian troops did not attack the town or kill its Peruvian guards.", "kill", false},
		// an act expected of others, an event noun only planned, sought
		// or tried for, is not done
		{"Peru says it expects Chilean troops to withdraw from the border by May.", "withdraw", false},
		{"A website said that the rebels are planning a bomb attack on Lima.", "bomb attack", false},
		{"Efforts to open an inquiry into the Chilean shooting failed.", "inquiry", false},
		{"The Peruvian union organised a protest in Lima on Monday.", "organised", true},
	} {
		counted, found := false, false
		for _, e := range s.run(c.text, "2014-02-01").Events {
			if e.Trigger.Text == c.trigger {
				found = true
				counted = counted || e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical
			}
		}
		if c.counted && !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
		if counted != c.counted {
			t.Errorf("%q: %s counted %v, want %v", c.text, c.trigger, counted, c.counted)
		}
	}
}

// TestOwnerlessIntent: an intent noun with no one whose intent it is
// states no one's intent; a subject's plan does.
func TestOwnerlessIntent(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text   string
		intent bool
	}{
		{"Leaked files show there was once a plan to blockade the Bolivian port.", false},
		{"Bolivia has a plan to expel the Peruvian ambassador.", true},
	} {
		got := false
		for _, e := range s.run(c.text, "2016-08-01").Events {
			if e.Root == "13" || e.Root == "03" {
				got = got || e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical
			}
		}
		if got != c.intent {
			t.Errorf("%q: a counted intent or threat %v, want %v", c.text, got, c.intent)
		}
	}
}

// TestPartyless: an event noun with neither an actor nor any party in the
// parse ("an inquiry into the rules") is not counted; one with a party,
// even an unknown one, is.
func TestPartyless(t *testing.T) {
	load(t).checkCounted(t, false, []countedCase{
		{"Reporters described an investigation into the voting rules.", "2011-09-01", "investigation", false},
		{"The Chilean government ordered an inquiry into the shooting.", "2011-09-01", "ordered", true},
	})
}

// TestTimePreposition: a temporal word the parse reads as a preposition
// before a noun ("since 2004") opens no temporal clause; the act after it
// is reported, while one in a real temporal clause is told in passing.
func TestTimePreposition(t *testing.T) {
	load(t).checkCounted(t, false, []countedCase{
		{"Exports have fallen since March and the farmers' union accused the trade minister of neglect.", "2013-03-01", "accused", true},
	})
}

// TestAlone: a meeting verb with one singular party and only a topic
// ("discussed this") tells no interaction; with another party, a plural
// subject or a person as object it does.
func TestAlone(t *testing.T) {
	load(t).checkCounted(t, false, []countedCase{
		{"The finance minister discussed this at length on Monday.", "2013-03-01", "discussed", false},
		{"The finance minister met him on Monday.", "2013-03-01", "met", true},
		{"The finance ministers met on Monday.", "2013-03-01", "met", true},
	})
}

// TestNounPhraseWord: a word the parse reads inside a noun phrase ("the
// Chilean forces", "the coalition forces") is no verb, whatever the verb
// patterns would make of it; the same word as the clause's verb still is.
func TestNounPhraseWord(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		want          bool
	}{
		{"Peruvian forces patrolled the border town on Monday.", "forces", false},
		{"Fighting between Chilean forces and the rebels went on.", "forces", false},
		{"The largest loss suffered by the coalition forces as a whole came in 2004.", "forces", false},
		{"Chile hosts talks between Peru and Bolivia.", "hosts", true},
		// a determiner before a plural subject is not the verb's
		{"The Peruvians reject the new Chilean proposal.", "reject", true},
		{"The Bolivian army forced the villagers out of the town.", "forced the villagers out", true},
	} {
		found := false
		for _, e := range s.run(c.text, "2012-04-01").Events {
			found = found || e.Trigger.Text == c.trigger
		}
		if found != c.want {
			t.Errorf("%q: an event on %q: %v, want %v", c.text, c.trigger, found, c.want)
		}
	}
}

// TestClaimSide: a speaker's report of its own side's attack claims it
// (015); of an opponent's in its own country, it accuses (112).
func TestClaimSide(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, want, not string }{
		{"Chile's army said that it had shelled 40 rebel positions.", "015", "112"},
		{"Peruvian officials said that rebels had attacked a police station in Ayacucho.", "112", "015"},
	} {
		got := map[string]bool{}
		for _, e := range s.run(c.text, "2014-02-01").Events {
			got[e.Code] = true
		}
		if !got[c.want] || got[c.not] {
			t.Errorf("%q: codes %v, want %s and no %s", c.text, got, c.want, c.not)
		}
	}
}

// TestPassiveSubject: a passive's subject is the object its pattern asks
// for, also past the word window when the parse gives it, and a word that
// acts on no one ("oil", "prices") before a passive is no subject that
// blocks the act.
func TestPassiveSubject(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, root string
		counted    bool
	}{
		{"An agreement on the construction of a new railway line across the Andes from Santiago to Lima was signed by Chile and Peru today.", "05", true},
		{"A treaty on fishing rights in the waters off the coast of the two countries near Arica was signed by Chile and Peru today.", "05", true},
		{"An agreement to move oil was signed by Chile and Peru today.", "05", true},
		{"Oil prices rallied in Lima on Monday.", "14", false},
	} {
		found := false
		for _, e := range s.run(c.text, "2012-04-01").Events {
			found = found || e.Root == c.root && e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical
		}
		if found != c.counted {
			t.Errorf("%q: a counted %s event: %v, want %v", c.text, c.root, found, c.counted)
		}
	}
}

// TestOneAttack: violent verbs coordinated over the same parties tell one
// attack; over other parties, two.
func TestOneAttack(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"A Peruvian police officer was killed and two were wounded in an ambush near the Chilean border.", 1},
		{"Chilean troops shelled Peruvian positions and killed two Bolivian soldiers.", 2},
	} {
		n := 0
		for _, e := range s.run(c.text, "2012-04-01").Events {
			if e.Root >= "18" && e.Root <= "20" && e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d counted violent events, want %d", c.text, n, c.want)
		}
	}
}

// TestTellsOccurrence: the verb that tells an event noun, its subject,
// happened is not a second act, whatever else it may mean ("blasted" is
// also a criticism).
func TestTellsOccurrence(t *testing.T) {
	s := load(t)
	for _, text := range []string{
		"Four parcel bombs blasted through a post office in Arequipa.",
		"A car bomb blasted the Bolivian consulate in Tacna on Friday.",
	} {
		for _, e := range s.run(text, "2012-04-01").Events {
			if e.Root != "18" {
				t.Errorf("%q: %s event on %q, want only the bombing", text, e.Code, e.Trigger.Text)
			}
		}
	}
}

// TestOneToll: the injured told after the dead, or with no doer beside
// another violent act or protest, are one act's toll, not an act of their
// own; the more specific code of the pair is kept.
func TestOneToll(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text  string
		want  int
		codes string // the counted violent codes, in order
	}{
		{"Five people were killed and some 20 were injured when a suicide bomber attacked a market in Arequipa.", 1, "1831"},
		{"Chilean jets launched an air strike on a Peruvian border post on Monday, leaving three dead and at least 12 wounded.", 1, "195"},
		{"Four people died and about 50 were injured as rioting continued in the Peruvian capital.", 0, ""},
		{"Chilean troops shelled Peruvian positions and wounded two Bolivian soldiers.", 2, "190 190"},
		// injured with no doer beside a riot or a clash told in the
		// same sentence are its toll
		{"During the riots in Valparaiso, 25 policemen were injured.", 0, ""},
		{"Students clashed with police in Valparaiso and 25 policemen were injured.", 0, ""},
	} {
		var got []string
		for _, e := range s.run(c.text, "2012-04-01").Events {
			if e.Root >= "18" && e.Root <= "20" && e.Confidence >= MinConfidence && !e.Negated && !e.Hypothetical {
				got = append(got, e.Code)
			}
		}
		if len(got) != c.want || strings.Join(got, " ") != c.codes {
			t.Errorf("%q: counted violent events %v, want %d (%s)", c.text, got, c.want, c.codes)
		}
	}
}

// A sentence's first word that the parse makes the subject of a verb
// after it is a plural noun, no verb trigger ("Forces of the army
// arrested": no coercion by no one); the verb after it is read.
func TestFirstWordSubject(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, noun, verb string }{
		{"Forces of the Chilean army arrested three men in Lima.", "Forces", "arrested"},
		{"Forces loyal to the Peruvian president attacked the town on Monday.", "Forces", "attacked"},
	} {
		d := s.run(c.text, "2020-12-02")
		verb := false
		for _, e := range d.Events {
			if e.Trigger.Text == c.noun {
				t.Errorf("%q: event %s on %q", c.text, e.Code, c.noun)
			}
			verb = verb || e.Trigger.Text == c.verb
		}
		if !verb {
			t.Errorf("%q: no event on %q", c.text, c.verb)
		}
	}
}
