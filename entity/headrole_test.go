package entity

import "testing"

// A person the headline introduces with a nationality and a role word is
// of that country and role in the body, where only her name is written;
// a role word with no nationality before it gives none, and a body that
// codes her keeps its own code.
func TestHeadlineRoles(t *testing.T) {
	for _, c := range []struct{ headline, text, name, want string }{
		{"Chilean journalist Ana Ruiz freed", "Ana Ruiz was released by her kidnappers near Lima on Friday.", "Ana Ruiz", "CHLMED"},
		{"Chilean journalist Marisol Pereira freed", "Marisol Pereira was released by her kidnappers near Lima on Friday.", "Marisol Pereira", "CHLMED"},
		{"Journalist Ana Ruiz freed", "Ana Ruiz was released by her kidnappers near Lima on Friday.", "Ana Ruiz", "-"},
		{"Chilean journalist Ana Ruiz freed", "Peruvian soldier Ana Ruiz was released by her kidnappers near Lima on Friday.", "Ana Ruiz", "PERMIL"},
	} {
		d := parsedTitled(t, c.headline, c.text)
		got := "?"
		for _, e := range d.Entities {
			if e.Name == c.name {
				got = "-"
				if e.Actor != nil {
					got = *e.Actor
				}
			}
		}
		if got != c.want {
			t.Errorf("%q / %q: %s coded %s, want %s", c.headline, c.text, c.name, got, c.want)
		}
	}
}
