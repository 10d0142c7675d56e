package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// anyParty in a triggerParties row leaves that side unchecked.
const anyParty = "*"

// triggerParties is a table row: in text, every event whose trigger starts
// with trigger has the source and target actor codes given ("" for none,
// anyParty for either).
type triggerParties struct{ text, trigger, source, target string }

// checkTriggerParties runs each row's text dated date and checks the
// parties of the events of its trigger, which must be read.
func checkTriggerParties(t *testing.T, s stages, date string, rows []triggerParties) {
	t.Helper()
	code := func(a *string) string {
		if a == nil {
			return ""
		}
		return *a
	}
	for _, c := range rows {
		d := s.run(c.text, date)
		found := false
		for _, e := range d.Events {
			if !strings.HasPrefix(e.Trigger.Text, c.trigger) {
				continue
			}
			found = true
			src, tgt := "", ""
			if e.Source != nil {
				src = code(e.Source.Actor)
			}
			if e.Target != nil {
				tgt = code(e.Target.Actor)
			}
			if c.source != anyParty && src != c.source || c.target != anyParty && tgt != c.target {
				t.Errorf("%q: %s is %q -> %q, want %q -> %q", c.text, c.trigger, src, tgt, c.source, c.target)
			}
		}
		if !found {
			t.Errorf("%q: no event on %q", c.text, c.trigger)
		}
	}
}

// triggerCounted is a table row: in text, an event of root on trigger is
// read, and counted or not; why names the rule the row tests.
type triggerCounted struct {
	why, text, trigger, root string
	counted                  bool
}

// checkTriggerCounted runs each row's text dated date and checks that an
// event of its root is read on its trigger and whether one is counted.
func checkTriggerCounted(t *testing.T, s stages, date string, rows []triggerCounted) {
	t.Helper()
	checkCounted(t, s, date, rows, true)
}

// checkCountedOrUnread checks as checkTriggerCounted but lets a row not
// counted pass with no event of its root read on its trigger at all.
func checkCountedOrUnread(t *testing.T, s stages, date string, rows []triggerCounted) {
	t.Helper()
	checkCounted(t, s, date, rows, false)
}

// checkCounted is checkTriggerCounted, with read whether a row's event
// must be read.
func checkCounted(t *testing.T, s stages, date string, rows []triggerCounted, read bool) {
	t.Helper()
	for _, c := range rows {
		found, counted := false, false
		for _, e := range s.run(c.text, date).Events {
			if e.Trigger.Text != c.trigger || e.Root != c.root {
				continue
			}
			found = true
			counted = counted || Counted(&e)
		}
		if !found && (read || c.counted) {
			t.Errorf("%s: %q: no %s event on %q", c.why, c.text, c.root, c.trigger)
			continue
		}
		if counted != c.counted {
			t.Errorf("%s: %q: %s on %q counted %v, want %v", c.why, c.text, c.root, c.trigger, counted, c.counted)
		}
	}
}

// triggerCode is a table row: in text, every event on trigger (one must be
// read) has code.
type triggerCode struct{ text, trigger, code string }

// checkTriggerCode runs each row's text dated date and checks the code of
// every event on its trigger.
func checkTriggerCode(t *testing.T, s stages, date string, rows []triggerCode) {
	t.Helper()
	for _, c := range rows {
		for _, e := range s.on(t, c.text, date, c.trigger) {
			if e.Code != c.code {
				t.Errorf("%q: %s coded %s, want %s", c.text, c.trigger, e.Code, c.code)
			}
		}
	}
}

// triggerEvent is a row of checkTriggerEvent: every event on trigger in
// text has code and the source and target actor codes ("" for none).
type triggerEvent struct{ text, trigger, code, source, target string }

// checkTriggerEvent runs each row's text dated date and checks the code
// and parties of every event on its trigger; with counted, each must
// also count.
func checkTriggerEvent(t *testing.T, s stages, date string, rows []triggerEvent, counted bool) {
	t.Helper()
	actor := func(p *doc.Actor) string {
		if p == nil || p.Actor == nil {
			return ""
		}
		return *p.Actor
	}
	for _, c := range rows {
		for _, e := range s.on(t, c.text, date, c.trigger) {
			src, tgt := actor(e.Source), actor(e.Target)
			if e.Code != c.code || src != c.source || tgt != c.target || counted && !Counted(&e) {
				t.Errorf("%q: %s coded %s %q -> %q (counted %v), want %s %q -> %q", c.text, c.trigger, e.Code, src, tgt, Counted(&e), c.code, c.source, c.target)
			}
		}
	}
}

// triggerHypo is a row of checkTriggerHypo: every event on trigger in
// text is hypothetical or not.
type triggerHypo struct {
	text, trigger string
	hypo          bool
}

// checkTriggerHypo runs each row's text dated 2020-12-02 and checks
// whether every event on its trigger is hypothetical.
func checkTriggerHypo(t *testing.T, s stages, rows []triggerHypo) {
	t.Helper()
	for _, c := range rows {
		for _, e := range s.on(t, c.text, "2020-12-02", c.trigger) {
			if e.Hypothetical != c.hypo {
				t.Errorf("%q: %s hypothetical %v, want %v", c.text, c.trigger, e.Hypothetical, c.hypo)
			}
		}
	}
}

// checkEventParties checks that each of the events evs read in text has
// the source and target actor codes src and tgt ("" for none).
func checkEventParties(t *testing.T, text string, evs []doc.Event, src, tgt string) {
	t.Helper()
	for _, e := range evs {
		if s, g := actorCode(e.Source), actorCode(e.Target); s != src || g != tgt {
			t.Errorf("%q: %s %q -> %q, want %q -> %q", text, e.Code, s, g, src, tgt)
		}
	}
}
