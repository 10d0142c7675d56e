package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// The sides of events the parse gives (session fourteen): an event noun's
// own "from" phrase is its doer; a participle the parse marks as a case
// is its noun's preposition; two persons of one government are two
// parties; a thing's maker, the agent of the participle on it, is the
// party acted on; the one who replies to an offer, a request or a demand
// is the one it was made to.
func TestEventSides(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, root, src, tgt string }{
		// "from" on the noun: the doer, not the target
		{"The minister resigned despite criticism from Bolivia.", "11", "BOL", ""},
		{"The decision follows a request from Ecuador.", "02", "ECU", ""},
		// a participle preposition ("following") opens the meeting's scene
		{"The Chilean trade minister apologised following a meeting with President Ana Ruiz of Peru.", "04", "CHLGOV", "PERGOV"},
		// two persons of one government
		{"Peruvian Foreign Minister Jose Belaunde met President Ana Ruiz of Peru on Monday.", "04", "PERGOV", "PERGOV"},
		// what was done to a thing a party made is done to its maker
		{"A Peruvian judge dismissed a lawsuit filed by the Peruvian opposition.", "12", "PERJUD", "PEROPP"},
		{"The Chilean president criticised a law passed by the Peruvian parliament.", "11", "CHLGOV", "PERLEG"},
		{"The Chilean army shelled a village held by Peruvian rebels.", "19", "CHLMIL", "PERREB"},
		{"The Chilean senate rejected the plan drafted by the Peruvian minister.", "12", "CHL", "PERGOV"},
		// a judge of the thing is no maker of it
		{"The Chilean senate rejected the plan praised by the Peruvian minister.", "12", "CHL", ""},
		// replies to what was made to the subject
		{"Ecuador rejected an offer by Bolivia to build a bridge.", "03", "BOL", "ECU"},
		{"Ecuador welcomed the Bolivian offer of talks.", "03", "BOL", "ECU"},
		{"Ecuador rejected Bolivia's demand for compensation.", "12", "ECU", "BOL"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, c.root+"x", func(e doc.Event) bool { return e.Root == c.root }) {
			if got := actorCode(e.Source); got != c.src && (len(got) < 3 || len(c.src) != 3 || got[:3] != c.src) {
				t.Errorf("%q: %s source %q, want %q", c.text, e.Code, got, c.src)
			}
			if got := actorCode(e.Target); got != c.tgt && (len(got) < 3 || len(c.tgt) != 3 || got[:3] != c.tgt) {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// A passive reply leaves the noun's parties alone: no one named
// replied.
func TestAddressedByNot(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, tgt string }{
		{"An offer by Bolivia to build a bridge was rejected on Monday.", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range d.Events {
			if e.Root != "03" {
				continue
			}
			if got := actorCode(e.Target); got != c.tgt && (len(got) < 3 || got[:3] != c.tgt) {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// A formal agreement told of one group alone is an accord among its
// members, as a meeting is (groupMeets); one person's is not.
func TestGroupAgrees(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, tgt string }{
		{"Bolivian ministers signed an agreement on Monday.", "BOLGOV"},
		{"Bolivia's president signed an agreement on Monday.", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, "057", func(e doc.Event) bool { return e.Code == "057" }) {
			if got := actorCode(e.Target); got != c.tgt {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}

// A meeting told with "we" or "they" and no party of its own is the
// meeting the article told last with its parties; with none told before,
// it stays without parties.
func TestPronounMeets(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Bolivian President Ana Ruiz met Ecuadorian President Juan Soto in Quito on Monday. Afterwards, Ruiz said that they had a long discussion on trade.", "BOLGOV", "ECUGOV"},
		{"Afterwards, Ruiz said that they had a long discussion on trade.", "", ""},
	} {
		d := s.run(c.text, "2020-12-02")
		var last *doc.Event
		for i := range d.Events {
			if d.Events[i].Root == "04" {
				last = &d.Events[i]
			}
		}
		if last == nil {
			t.Errorf("%q: no meeting in %v", c.text, d.Events)
			continue
		}
		if got := actorCode(last.Source); got != c.src {
			t.Errorf("%q: %s source %q, want %q", c.text, last.Code, got, c.src)
		}
		if got := actorCode(last.Target); got != c.tgt {
			t.Errorf("%q: %s target %q, want %q", c.text, last.Code, got, c.tgt)
		}
	}
}
