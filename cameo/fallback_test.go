package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// fallbackOn returns the events on trigger word w in text.
func fallbackOn(s stages, text, w string) []doc.Event {
	var out []doc.Event
	for _, e := range s.run(text, "2020-12-02").Events {
		if e.Trigger.Text == w {
			out = append(out, e)
		}
	}
	return out
}

// TestFallback checks that a conflictual verb sense the built-in patterns
// lack is coded with the production dictionary, each match read on the
// parse: a predicate with both parties named, negation and modality as
// the built-in coder reads them, no act told in passing, no event where
// the built-in patterns found one.
func TestFallback(t *testing.T) {
	s := load(t)
	if s.ev.Fallback == nil {
		t.Fatal("no fallback dictionaries")
	}
	for _, c := range []struct {
		text, verb, root string
		counted          bool // a counted event of the root on the verb
	}{
		{"Chilean senators argued with Peruvian diplomats about the border.", "argued", "11", true},
		// another verb of the sentence coded by the built-in patterns
		// leaves this one to the dictionary
		{"Bolivia met Chilean envoys on Monday, but Peruvian senators argued with Ecuadorian diplomats about the border.", "argued", "11", true},
		// negated, announced: listed, not counted
		{"Chilean senators did not argue with Peruvian diplomats about the border.", "argue", "11", false},
		{"Chilean senators will argue with Peruvian diplomats about the border.", "argue", "11", false},
		// one party named: no act between two
		{"Chilean senators argued about the border for hours.", "argued", "11", false},
		// a relative clause on a party tells its act in passing
		{"Chile said the plan had support from Bolivia, which has argued with Peru about the border.", "argued", "11", false},
	} {
		found := false
		for _, e := range fallbackOn(s, c.text, c.verb) {
			found = found || e.Root == c.root && Counted(&e)
		}
		if found != c.counted {
			t.Errorf("%q: counted root %s event on %q %v, want %v", c.text, c.root, c.verb, found, c.counted)
		}
	}
	// the negated act is still listed, marked
	evs := fallbackOn(s, "Chilean senators did not argue with Peruvian diplomats about the border.", "argue")
	if len(evs) == 0 || !evs[0].Negated {
		t.Errorf("negated argument: %+v, want one event marked negated", evs)
	}
}

// TestRootsOf checks the root sets the fallback is configured with.
func TestRootsOf(t *testing.T) {
	m := rootsOf("10-20")
	for _, c := range []struct {
		code string
		in   bool
	}{{"110", true}, {"1823", true}, {"203", true}, {"042", false}, {"010", false}, {"", false}, {"x1", false}} {
		if got := m&rootBit(c.code) != 0; got != c.in {
			t.Errorf("%q in 10-20: %v, want %v", c.code, got, c.in)
		}
	}
	if m := rootsOf("02,04-05"); m != rootBit("02")|rootBit("04")|rootBit("05") {
		t.Errorf("rootsOf(02,04-05) = %b", m)
	}
}

// TestFallbackDocumentTarget checks that a target the production
// dictionaries' actors leave unnamed is taken from the document's actor
// phrase on its head word (a role with the country of its context), and
// that the source is not: a subject the dictionaries do not name codes
// nothing.
func TestFallbackDocumentTarget(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, verb, target string // target "": no counted event on the verb
	}{
		{"Chilean senators argued with their opponents about the border.", "argued", "CHLOPP"},
		{"Chilean senators argued with the local police about the border.", "argued", "CHLCOP"},
		// a target named by the dictionaries stays theirs
		{"The Chilean president argued with Peruvian opposition leaders about the border.", "argued", "PEROPP"},
		// no phrase on the target's head: nothing
		{"Chilean senators argued with everyone about the border.", "argued", ""},
	} {
		got := ""
		for _, e := range fallbackOn(s, c.text, c.verb) {
			if Counted(&e) && e.Target != nil && e.Target.Actor != nil {
				got = *e.Target.Actor
			}
		}
		if got != c.target {
			t.Errorf("%q: counted target %q, want %q", c.text, got, c.target)
		}
	}
}
