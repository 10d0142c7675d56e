package cameo

import (
	"strings"
	"testing"
)

// TestUnreadCause checks the diagnosis of a sentence in which an event of
// a root was not read: the word of the root the dictionaries have, where
// the parse puts it, and the coded actor phrases counted.
func TestUnreadCause(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, root, cause, actors string
	}{
		// a built-in verb of the root whose patterns ask for an object the
		// sentence does not name
		{"The Kenyan minister compared the Ugandan president to a tyrant.", "11", unreadBuiltinVerb + ": main clause; its patterns ask for", "2+"},
		// the same verb in a relative clause
		{"Kenya recalled the envoy who had compared the Ugandan president to a tyrant.", "11", unreadBuiltinVerb + ": relative clause or participle", "2+"},
		// an event noun the built-in patterns list, the object of a verb
		{"The Kenyan minister denounced the massacre.", "20", unreadBuiltinNoun + ": object of a verb", "1"},
		// no word of the root at all
		{"The weather was mild on Monday.", "19", unreadNone, "0"},
	} {
		d := s.run(c.text, "2020-12-02")
		cause, actors := s.ev.UnreadCause(d, c.root)
		if !strings.HasPrefix(cause, c.cause) || actors != c.actors {
			t.Errorf("%q root %s: got %q, %s actors; want %q..., %s", c.text, c.root, cause, actors, c.cause, c.actors)
		}
	}
}
