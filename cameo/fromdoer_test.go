package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// The "from" phrase right after the noun of a verbal act is its doer,
// though the parse hangs it on the verb or on another noun, and the
// subject of a verb whose object the act is undergoes it.
func TestFromDoer(t *testing.T) {
	s := load(t)
	for _, c := range []struct{ text, root, src, tgt string }{
		{"The ruling led to protests outside the court and criticism from the Zambian Bar Association.", "11", "ZMB", ""},
		{"The Zorvan minister drew criticism from the Zambian Bar Association.", "11", "ZMB", "GOV"},
	} {
		d := s.run(c.text, "2020-12-02")
		for _, e := range eventsWhere(t, c.text, d, c.root+"x", func(e doc.Event) bool { return e.Root == c.root }) {
			if got := actorCode(e.Source); len(got) < 3 || got[:3] != c.src {
				t.Errorf("%q: %s source %q, want the country %q", c.text, e.Code, got, c.src)
			}
			if got := actorCode(e.Target); c.tgt == "" && got != "" || c.tgt != "" && (len(got) < 3 || got[len(got)-3:] != c.tgt) {
				t.Errorf("%q: %s target %q, want %q", c.text, e.Code, got, c.tgt)
			}
		}
	}
}
