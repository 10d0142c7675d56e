package quote

import "testing"

// The shared word classes the stage reads answer as its readers expect.
func TestSharedWords(t *testing.T) {
	cases := []struct {
		ok   bool
		what string
	}{
		{definite("the") && !definite("a") && !definite("The"), "definite article, lower case"},
		{trimDefinite("the spokesperson") == "spokesperson" && trimDefinite("The spokesperson") == "The spokesperson" && trimDefinite("theme") == "theme", "trim the definite article"},
		{len(possessiveClitics) == 2 && possessiveClitics[0] == "'s" && possessiveClitics[1] == "’s", "possessive clitics"},
		{complement.Has("that") && !complement.Has("which"), "complementizer"},
		{prepositions.Attr("by", "role") == "agent", "agent preposition"},
		{conjunctions.Attr("and", "sense") == "additive" && conjunctions.Attr("&", "sense") == "", "additive conjunction"},
	}
	for _, c := range cases {
		if !c.ok {
			t.Error(c.what)
		}
	}
}
