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
		{isArticle("the") && isArticle("The") && !isArticle("THE") && !isArticle("a"), "the name article, lower case or capitalised"},
		{trimArticle("The Washington Post") == "Washington Post" && trimArticle("the Pentagon") == "Pentagon" && trimArticle("Theresa May") == "Theresa May", "trim the name article"},
		{coordinators.Has("and") && coordinators.Has("&") && !coordinators.Has("of"), "coordinators and, &"},
		{possessives.Has("'s") && possessives.Has("’") && !possessives.Has("s"), "possessive endings"},
		{isOpening("\"") && isOpening("“") && isOpening("(") && !isOpening(")"), "opening punctuation"},
	}
	for _, c := range cases {
		if !c.ok {
			t.Error(c.what)
		}
	}
}
