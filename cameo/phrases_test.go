package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// sideCode is the actor code of an event side, or "---".
func sideCode(x *doc.Actor) string {
	if x == nil || x.Actor == nil {
		return "---"
	}
	return *x.Actor
}

// TestArgumentPhrase checks that an event's parties are the phrases the
// parse gives its predicate: an apposition that names no actor stands for
// the name it is apposed to (also where the parser took its noun for a
// participle's subject), and a modifier of the one acted on does not act.
func TestArgumentPhrase(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, trigger, src, tgt string
	}{
		// an apposition with a participle on it, no actor of its own
		{"Tomas Reyes, an Argentine engineer seized in Paraguay two weeks ago, returned home on Sunday.", "seized", "---", "ARG"},
		{"Karim Haddad, a Lebanese doctor abducted outside Baghdad, spoke to reporters after his release.", "abducted", "---", "LBNHLH"},
		// the same, the parser taking the noun for the participle's subject
		{"Omar Said, the Yemeni fisherman detained off Somalia in April, has since returned to Aden.", "detained", "---", "YEM"},
		{"Eva Novak, the Czech student arrested in Belarus last month, flew back to Prague.", "arrested", "---", "CZEEDU"},
		// a modifier of a passive's subject is no doer
		{"Several aides of the Kenyan president were arrested and detained.", "detained", "---", "KENGOV"},
	} {
		evs := s.on(t, c.text, "2008-05-01", c.trigger)
		for _, e := range evs {
			if got := sideCode(e.Source); got != c.src {
				t.Errorf("%q: %s source %s, want %s", c.text, c.trigger, got, c.src)
			}
			if got := sideCode(e.Target); got != c.tgt {
				t.Errorf("%q: %s target %s, want %s", c.text, c.trigger, got, c.tgt)
			}
		}
	}
}
