package entity

import "testing"

func TestShapeWords(t *testing.T) {
	cases := []struct {
		ok   bool
		what string
	}{
		{connectors.Has("bin"), "connector bin"},
		{orgWords.Attr("army", "agent") == "MIL", "army is MIL"},
		{orgWords.Has("party") && orgWords.Attr("party", "agent") == "", "party, no agent"},
		{!locWords.Has("state"), "state is no location word"},
		{compassWords.Has("Western"), "compass Western"},
		{isCalendarWord("may") && !isCalendarWord("sun"), "calendar words written out only"},
	}
	for _, c := range cases {
		if !c.ok {
			t.Error(c.what)
		}
	}
}
