package cameo

import (
	"strings"
	"testing"
)

// triggerSource is a table row: in text, every event whose trigger starts
// with trigger has the source actor code source ("" for none).
type triggerSource struct{ text, trigger, source string }

// checkTriggerSources runs each row's text dated date and checks the
// source of the events of its trigger, which must be read.
func checkTriggerSources(t *testing.T, s stages, date string, rows []triggerSource) {
	t.Helper()
	for _, c := range rows {
		d := s.run(c.text, date)
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

// A clause on a noun with a subject of its own is the noun's content ("a
// statement that soldiers were killed"): the one who made the statement
// is not the doer of the act it tells; a participle on a noun still takes
// the clause's subject ("filed a case at the court accusing X").
func TestContentClauseSource(t *testing.T) {
	checkTriggerSources(t, load(t), "2021-06-01", []triggerSource{
		{"The Chilean navy announced on its website that four Chilean sailors were killed off the coast.", "killed", ""},
		{"The Peruvian army said in a report that two Chilean soldiers had been wounded on Monday.", "wounded", ""},
		{"Chile filed a complaint at the court accusing Peru of spying.", "accusing", "CHL"},
	})
}
