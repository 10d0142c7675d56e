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
		{singular("markets") == "market" && singular("companies") == "company" && singular("churches") == "church" && singular("buses") == "bus" && singular("taxes") == "tax" && singular("bushes") == "bush" && singular("shoes") == "shoe" && singular("news") == "new" && singular("army") == "army", "plural endings"},
		{coordinators.Has("and") && coordinators.Has("&") && !coordinators.Has("of"), "coordinators and, &"},
		{possessives.Has("'s") && possessives.Has("’") && !possessives.Has("s"), "possessive endings"},
		{trimPossessive("Zorvan's") == "Zorvan" && trimPossessive("Zorvan’s") == "Zorvan" && trimPossessive("Zorvans'") == "Zorvans'", "possessive endings in s trimmed"},
		{collectives.Has("police") && !collectives.Has("officers"), "collective nouns"},
		{prepositionRole("Of") == "genitive" && prepositionRole("to") == "goal" && prepositionRole("in") == "", "preposition roles"},
		{isOpening("\"") && isOpening("“") && isOpening("(") && !isOpening(")"), "opening punctuation"},
	}
	for _, c := range cases {
		if !c.ok {
			t.Error(c.what)
		}
	}
}

// fold's one-pass ASCII path gives what the general one gives.
func TestFold(t *testing.T) {
	for _, s := range []string{"", " ", "Washington Post", "washington post", " The  Washington\tPost ",
		"U.S. Army", "al-Qaeda", "O’Brien", "Ça Va", "a\u00a0b", "x\n", "\tX", "ABC  def"} {
		if got, want := fold(s), foldText(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Washington Post", " a  B ", "O’Brien", "\v\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), foldText(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	})
}
