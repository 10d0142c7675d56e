package cameo

import (
	"strings"
	"testing"
)

// A compound title ending in "General" is no military rank (titles.tsv):
// the UN's Secretary General acts for the UN, not as a soldier of the
// article's country.
func TestGeneralTitles(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, trigger, source string }{
		{"UN Secretary General Jan Kowalski met the Chilean president in Santiago on Monday. He later visited Chile's army in Valparaiso.", "met", "IGOUNO"},
		{"NATO Secretary General Jan Kowalski visited Chile on Monday. He met Chile's president in Santiago.", "visited", "IGOWSTNAT"},
	} {
		d := s.run(c.text, "2010-06-01")
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, c.trigger) {
				continue
			}
			found = true
			got := ""
			if e.Source != nil && e.Source.Actor != nil {
				got = *e.Source.Actor
			}
			if got != c.source {
				t.Errorf("%q: %s has source %q, want %q", c.text, c.trigger, got, c.source)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}
