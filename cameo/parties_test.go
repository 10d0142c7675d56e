package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
)

// An attack or a bombing with no coded target is against the country of
// the place it happened in, the article's where the sentence names none;
// an abduction's victim keeps no place's country.
func TestPlaceVictims(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, root, tgt string }{
		{"A bomb went off on a crowded tram in Lima on Monday.", "18", "PER"},
		{"Thousands gathered in Lima on Monday. Later a bomb exploded outside the station.", "18", "PER"},
		{"Eleven people are dead after a bomb went off aboard a tram in the town of Zorvik in Peru.", "18", "PER"},
		{"The writer Tal Amrev was kidnapped in Lima on Monday.", "18", ""},
		// rockets fired by no one named leave the victims the place's
		// country, in the article's country too
		{"At least six rockets hit Cusco, Peru's old capital, killing two people.", "19", "PER"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, c.root+"x", func(e doc.Event) bool { return e.Root == c.root }) {
			if got := actorCode(e.Target); got != c.tgt {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// Attackers named only by their act or weapon ("gunmen", "suicide
// bombers", "rockets") are
// left uncoded, and so is a bombing's place taken for its agent; a group
// named with them keeps its code.
func TestUnnamedAttackers(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, src string
		petrarch  bool
	}{
		{"Gunmen attacked a police station in Lima on Monday.", "", false},
		{"Two suicide bombers killed eleven people in Lima on Monday.", "", false},
		{"Peruvian rebels attacked a police station in Lima on Monday.", "PERREB", false},
		{"Four bombs have exploded in the southern Peruvian city of Cusco, killing five people.", "", false},
		// a weapon no one is named as firing is no party either
		{"At least six rockets hit Cusco, killing two people.", "", false},
		// PETRARCH's convention keeps its dictionaries' code
		{"Gunmen attacked a police station in Lima on Monday.", "PERUAF", true},
	} {
		st := s.petrarch(c.petrarch)
		d := st.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, "violent", func(e doc.Event) bool { return violent(e.Code) }) {
			if got := actorCode(e.Source); got != c.src {
				t.Errorf("%q: %s source %q, want %q", c.text, e.Code, got, c.src)
			}
		}
	}
}

// A withdrawal of one's own troops is against the country they leave.
func TestPlaceWithdrawal(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, tgt string }{
		{"The Peruvian government withdrew its troops from Bolivia on Monday.", "BOL"},
		{"The Peruvian president began cutting the number of Peruvian troops in Bolivia on Monday.", "BOL"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, "087x", func(e doc.Event) bool { return strings.HasPrefix(e.Code, "087") }) {
			if got := actorCode(e.Target); !strings.HasPrefix(got, c.tgt) {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// A visit that names no host is a visit to the country of the place its
// clause names; a visitor at home visits no one.
func TestPlaceVisits(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, tgt string }{
		{"The Peruvian foreign minister visited Santiago on Monday.", "CHL"},
		{"A visit by the Peruvian foreign minister to Santiago ended on Monday.", "CHL"},
		{"The Peruvian foreign minister visited Cusco on Monday.", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, "042", func(e doc.Event) bool { return e.Code == "042" }) {
			if got := actorCode(e.Target); got != c.tgt {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// The teller of a sentence is no party of its events: a phrase after
// "according to" up to its comma, and a reporting verb's subject for a
// participle after a comma in the reported clause.
func TestTellerNoParty(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, code, src string }{
		{"The Times reported that a new group had emerged, claiming responsibility for the attack in Lima.", "015", ""},
		{"Peruvian rebels attacked the town of Cusco, killing five people.", "19", "PERREB"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, c.code, func(e doc.Event) bool { return strings.HasPrefix(e.Code, c.code) }) {
			if got := actorCode(e.Source); strings.Contains(got, "MED") || c.src != "" && got != c.src {
				t.Errorf("%q: %s source %q, want %q", c.text, e.Code, got, c.src)
			}
		}
	}
	for _, c := range []struct {
		words  string
		actors [][2]int // token ranges
		kept   int      // how many actor phrases stay
	}{
		{"according to zorvan media , troops attacked the town", [][2]int{{2, 3}, {5, 5}}, 1},
		{"according to zorvan media troops attacked the town", [][2]int{{2, 3}, {4, 4}}, 1},
		{"according to reports the zorvan army attacked the town", [][2]int{{4, 6}}, 1},
		{"troops attacked the town , according to zorvan media", [][2]int{{0, 0}, {7, 8}}, 1},
		{"zorvan troops attacked the town", [][2]int{{0, 1}}, 1},
	} {
		var as []actor
		for _, r := range c.actors {
			as = append(as, actor{First: r[0], Last: r[1]})
		}
		if got := attributedOut(strings.Fields(c.words), as); len(got) != c.kept {
			t.Errorf("%q: %d actor phrases kept, want %d", c.words, len(got), c.kept)
		}
	}
	for _, c := range []struct {
		words    string
		from, to int
		want     bool
	}{
		{"the times reported that", 2, 4, true},
		{"the times has reported that", 2, 5, true},
		{"the jets struck gaza", 2, 4, false},
	} {
		if got := teller(strings.Fields(c.words), c.from, c.to); got != c.want {
			t.Errorf("%q: teller %v, want %v", c.words, got, c.want)
		}
	}
}

// eventsWhere returns the events of d that keep picks, and fails the test
// when there is none (what names them in the message).
func eventsWhere(t *testing.T, text string, d *doc.Document, what string, keep func(doc.Event) bool) []doc.Event {
	t.Helper()
	var out []doc.Event
	for _, e := range d.Events {
		if keep(e) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no %s event in %v", text, what, d.Events)
	}
	return out
}

// A bare local role on an event takes the country of the other party
// where that one is a local role of a country or a country alone;
// soldiers give theirs to no one.
func TestPartyLocals(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Protesters accused the Peruvian interior ministry of lying.", "PEROPP", "PERGOV"},
		{"Peruvian police arrested three students.", "PERCOP", "PEREDU"},
		{"Peruvian soldiers arrested three students.", "PERMIL", "EDU"},
		{"The Peruvian writer Ana Ruiz thanked the nurses on Monday.", "PER", "PERHLH"},
		{"The Peruvian delegation thanked the nurses on Monday.", "PER", "PERHLH"},
	} {
		d := s.run(c.text, "2020-12-02")
		checkEventParties(t, c.text, eventsWhere(t, c.text, d, "an event", func(e doc.Event) bool { return true }), c.src, c.tgt)
	}
}

// The one who condemns an attack on its embassy is not its attacker; the
// embassy "its" owns is the condemner's country's, the attack's target.
func TestOwnEmbassyAttacked(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, tgt string }{
		{"Iran's foreign minister condemned the attack on its embassy in Kabul.", "IRN"},
		{"Chile's foreign minister condemned the attack on its embassy in Lima.", "CHL"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, "18x", func(e doc.Event) bool { return e.Root == "18" }) {
			if src, tgt := actorCode(e.Source), actorCode(e.Target); src != "" || !strings.HasPrefix(tgt, c.tgt) {
				t.Errorf("%q: %s %q -> %q, want no source and %s as target", c.text, e.Code, src, tgt, c.tgt)
			}
		}
	}
}

// A meeting told of one group alone is a meeting among its members; a
// single person meeting no one named is left alone, and so is a visit.
func TestGroupMeets(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, tgt string }{
		{"Bolivian ministers held talks on Monday.", "BOLGOV"},
		{"Bolivia's president held talks on Monday.", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, "04x", func(e doc.Event) bool { return e.Root == "04" }) {
			if got := actorCode(e.Target); got != c.tgt {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// partyLocals on codes: a bare local role takes the country of the other
// party where that one is a local role of a country or a country alone; an agent code with no
// country, an armed role, an international body give nothing.
func TestPartyLocalsCodes(t *testing.T) {
	code := func(s string) *doc.Actor {
		if s == "" {
			return nil
		}
		return &doc.Actor{Name: s, Actor: &s}
	}
	for _, c := range []struct{ src, tgt, wantSrc, wantTgt string }{
		{"PERGOV", "CVL", "PERGOV", "PERCVL"},
		{"PER", "CVL", "PER", "PERCVL"},
		{"OPP", "PER", "PEROPP", "PER"},
		{"PER", "MIL", "PER", "MIL"},
		{"PERREB", "MIL", "PERREB", "PERMIL"},
		{"MIL", "PERINS", "PERMIL", "PERINS"},
		{"IGOUNO", "MIL", "IGOUNO", "MIL"},
		{"MIL", "CVL", "MIL", "CVL"},
		{"GOV", "CVL", "GOV", "CVL"},
		{"IGOUNO", "CVL", "IGOUNO", "CVL"},
		{"PERMIL", "CVL", "PERMIL", "CVL"},
		{"PER", "", "PER", ""},
	} {
		ev := doc.Event{Source: code(c.src), Target: code(c.tgt)}
		partyLocals(&ev)
		if got, want := actorCode(ev.Source)+" "+actorCode(ev.Target), c.wantSrc+" "+c.wantTgt; got != want {
			t.Errorf("%s %s: got %q, want %q", c.src, c.tgt, got, want)
		}
	}
}

// Every agent code of the role words (entity's agents.tsv) is an
// agent-code of three capital letters or a non-state prefix (NGO), so no
// role with no country is read as a country's code.
func TestAgentCodes(t *testing.T) {
	for c := range agentCodes {
		if len(c) != 3 || strings.ToUpper(c) != c {
			t.Errorf("agent-code %q: want three capital letters", c)
		}
	}
	es, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	for w, c := range es.Lex.Agents {
		if !agentCodes[c] && !entity.NonState(c) {
			t.Errorf("role word %q has agent code %s, not an agent-code", w, c)
		}
	}
}

// A protest held at home that names no one it is against is against the
// government of the protesters' country; a rally abroad, a riot, a
// blockade and PETRARCH's convention leave the target unnamed; a place
// read as the target is where the protest is held.
func TestProtestTarget(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, src, tgt string
		petrarch       bool
	}{
		{"Thousands of Peruvians marched in Lima on Monday to demand new elections.", "PER", "PERGOV", false},
		{"Farmers demonstrated in Paris against the new tax.", "FRAAGR", "FRAGOV", false},
		{"Bolivian miners went on strike on Monday.", "BOL", "BOLGOV", false},
		{"Protests broke out across Peru on Sunday after the vote.", "PER", "PERGOV", false},
		// abroad, nothing said of whom
		{"Hundreds of Peruvians rallied in Madrid on Sunday.", "PER", "", false},
		// a riot's violence is aimed at no one said; a country a riot is
		// read as aimed at stays
		{"Hundreds of Peruvians rioted in Lima on Sunday.", "PER", "", false},
		{"Riots broke out across Peru on Sunday.", "PER", "PER", false},
		// a named target stays
		{"Students protested against the Bolivian president in Lima.", "PEREDU", "BOLGOV", false},
		// a government's own rally is against no government
		{"The Peruvian government organised a rally in Lima.", "PERGOV", "", false},
		{"Thousands of Peruvians marched in Lima on Monday to demand new elections.", "PER", "", true},
	} {
		st := s.petrarch(c.petrarch)
		d := st.run(c.text, "2020-12-02")
		evs := eventsWhere(t, c.text, d, "14x", func(e doc.Event) bool { return e.Root == "14" })
		checkEventParties(t, c.text, evs, c.src, c.tgt)
	}
}

// protestTarget on codes (no place): a protest of a state's people or
// groups that names no target is against that state's government; one
// whose sentence names a target for another protest, a government's own,
// an international body's, a bare role's and a blockade's are left alone.
func TestProtestTargetCodes(t *testing.T) {
	ev := func(code, src, tgt string) doc.Event {
		e := doc.Event{Code: code, Root: code[:2]}
		for _, p := range []struct {
			c string
			a **doc.Actor
		}{{src, &e.Source}, {tgt, &e.Target}} {
			if p.c != "" {
				c := p.c
				*p.a = &doc.Actor{Name: c, Actor: &c}
			}
		}
		return e
	}
	for _, c := range []struct {
		evs  []doc.Event
		want string // the first event's target
	}{
		{[]doc.Event{ev("141", "PER", "")}, "PERGOV"},
		{[]doc.Event{ev("143", "PERLAB", "")}, "PERGOV"},
		{[]doc.Event{ev("141", "PER", ""), ev("141", "PER", "CHLGOV")}, ""},
		{[]doc.Event{ev("141", "PERGOV", "")}, ""},
		{[]doc.Event{ev("141", "IGOUNO", "")}, ""},
		{[]doc.Event{ev("141", "CVL", "")}, ""},
		{[]doc.Event{ev("144", "PER", "")}, ""},
		{[]doc.Event{ev("145", "PER", "")}, ""},
		{[]doc.Event{ev("040", "PER", "")}, ""},
	} {
		var countries map[string]string
		d := &doc.Document{}
		protestTarget(d, &c.evs[0], c.evs, &countries)
		if got := actorCode(c.evs[0].Target); got != c.want {
			t.Errorf("%s %s: target %q, want %q", c.evs[0].Code, actorCode(c.evs[0].Source), got, c.want)
		}
	}
}

// Bare rebels and insurgents are of the place they act in, and the bare
// soldiers they fight are of the rebels' country.
func TestLocalRebels(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Rebels ambushed and killed four soldiers in northern Peru on Friday.", "PERREB", "PERMIL"},
		{"Insurgents attacked a police post in Lima.", "PERREB", "PERCOP"},
		// soldiers of a country named keep it
		{"Rebels ambushed Chilean soldiers in northern Peru on Friday.", "PERREB", "CHLMIL"},
	} {
		d := s.run(c.text, "2020-12-02")
		evs := eventsWhere(t, c.text, d, "19x", func(e doc.Event) bool { return e.Root == "19" && Counted(&e) })
		checkEventParties(t, c.text, evs, c.src, c.tgt)
	}
}
