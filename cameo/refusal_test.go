package cameo

import (
	"strings"
	"testing"
)

// A cooperative act its doer says it will not do, with whom it refuses
// named, is a stated refusal (12: the act's refuse code, else 120); a
// negation outside the act's own verb group, a conflictual act and an act
// with no one refused derive none.
func TestStatedRefusal(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text string
		want string // the refusal's code, or "" for none
	}{
		{"Norway will not lend Malawi any more funds, the Norwegian foreign minister said.", "120"},
		{"The Norwegian government said Norway will not sign the trade agreement with Malawi.", "1211"},
		{"Norway will not meet the Malawian envoy.", "125"},
		{"Norway has no plans to lend Malawi funds.", "120"},
		{"Norway has plans to lend Malawi funds.", ""},
		{"Norway will not attack Malawi.", ""},
		{"Norway did not say it would meet Malawi.", ""},
		{"Norway will not allow Sweden to help Malawi.", ""},
		{"The Norwegian premier will not visit the old harbour this year.", ""},
	} {
		var got []string
		for _, e := range s.run(c.text, "2020-12-02").Events {
			if e.Root == "12" && (e.Trigger.Text == "will" || e.Trigger.Text == "wo" || e.Trigger.Text == "would" || e.Trigger.Text == "plans") {
				got = append(got, e.Code)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: refusals %q, want %q", c.text, g, c.want)
		}
	}
}
