package cameo

import (
	"strings"
	"testing"
)

// TestCoordinatedArguments: conjoined verbs share the object and the
// passive doer the parse hangs on one of them; a conjunct with
// arguments of its own keeps them.
func TestCoordinatedArguments(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger string
		args          []string // "role|via|text" the event must carry
		not           []string // roles the event must not carry
	}{
		{"The Bolivian government accused and threatened Chilean investors on Monday.", "accused", []string{"subject||The Bolivian government", "object|conj|Chilean investors"}, nil},
		{"Nigerian soldiers captured and killed three Chadian rebels.", "killed", []string{"subject|conj|Nigerian soldiers", "object|conj|three Chadian rebels"}, nil},
		{"Two Kenyan aid workers were attacked and kidnapped by Somali militants.", "attacked", []string{"agent|conj|by Somali militants", "object||Two Kenyan aid workers"}, nil},
		{"A Libyan fishing trawler was shot at and boarded by a Maltese patrol boat.", "shot", []string{"agent|conj|by a Maltese patrol boat", "object||A Libyan fishing trawler"}, nil},
		// a conjunct of an argument has its role
		{"The Bolivian ruling was condemned by Chile and Peru.", "condemned", []string{"agent||by Chile", "agent||Peru", "object||The Bolivian ruling"}, []string{"subject"}},
		// an object between the verbs is the first verb's alone
		{"The Iranian minister praised the Omani sultan and criticized loudly.", "criticized", []string{"subject|conj|The Iranian minister"}, []string{"object"}},
		// a target of its own before the shared object
		{"The Peruvian envoy met with Chilean officials and praised the Bolivian president.", "met", []string{"obl:with||with Chilean officials"}, []string{"object"}},
	} {
		d := s.run(c.text, "2020-01-01")
		found := false
		for _, e := range d.Events {
			if e.Trigger.Text != c.trigger && !strings.HasPrefix(e.Trigger.Text, c.trigger+" ") || e.Evidence == nil {
				continue
			}
			found = true
			have, roles := map[string]bool{}, map[string]bool{}
			for _, a := range e.Evidence.Arguments {
				have[a.Role+"|"+a.Via+"|"+a.Text] = true
				roles[a.Role] = true
			}
			for _, w := range c.args {
				if !have[w] {
					t.Errorf("%q: %s lacks %s (has %v)", c.text, c.trigger, w, e.Evidence.Arguments)
				}
			}
			for _, r := range c.not {
				if roles[r] {
					t.Errorf("%q: %s has an %s (has %v)", c.text, c.trigger, r, e.Evidence.Arguments)
				}
			}
			break
		}
		if !found {
			t.Errorf("%q: no event with evidence on %q", c.text, c.trigger)
		}
	}
}

// Several subjects of a verb of fighting with no object fight each other,
// not the place they fight in; with an object, they fight it.
func TestReciprocalFighting(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, src, tgt string }{
		{"Ethiopian troops and Somali rebels fought near Baidoa on Sunday.", "fought", "ETHMIL", "SOMREB"},
		{"Ethiopian troops and Kenyan police fought the Somali rebels near Baidoa.", "fought", "ETHMIL", "SOMREB"},
	} {
		es := s.on(t, c.text, "2020-12-02", c.trigger)
		ok := false
		for _, e := range es {
			if actorCode(e.Source) == c.src && actorCode(e.Target) == c.tgt {
				ok = true
			}
			if strings.HasPrefix(actorCode(e.Target), "SOM") && actorCode(e.Target) != "SOMREB" {
				t.Errorf("%q: target %q, the place", c.text, actorCode(e.Target))
			}
		}
		if !ok {
			t.Errorf("%q: no event %s -> %s", c.text, c.src, c.tgt)
		}
	}
}

// TestOfConjuncts checks that a common noun's "of" list of proper nouns
// gives each of them as a party ("the governments of A and B"), and that
// a list whose later member is no proper noun adds nothing.
func TestOfConjuncts(t *testing.T) {
	s := load(t)
	targets := func(text string) map[string]bool {
		out := map[string]bool{}
		for _, e := range s.run(text, "2020-12-02").Events {
			if e.Code[:2] == "11" && e.Target != nil && e.Target.Actor != nil {
				out[(*e.Target.Actor)[:3]] = true
			}
		}
		return out
	}
	if got := targets("Kenya blamed the governments of Peru and Chile for the attack."); !got["PER"] || !got["CHL"] {
		t.Errorf("of-list: targets %v, want PER and CHL", got)
	}
	if got := targets("Kenya criticised the leaders of Peru and their aides."); len(got) != 1 || !got["PER"] {
		t.Errorf("of-list with a common noun: targets %v, want PER alone", got)
	}
}
