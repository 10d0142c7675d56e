package entity

import "testing"

// A person titled with an armed or police rank (titles.tsv: "Cpl",
// "Lance Corporal", "Gen", "Constable") serves in the document's one
// armed force of the rank's agent; a body coded only with the article's
// country ("the army") names no force of its own and does not hide the
// one the article names.
func TestRankTitledForce(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"Chilean soldiers guard the dam near Quito. On Monday Cpl Ana Ruiz was wounded near Quito, officials in Ecuador said.", "Ana Ruiz", "CHLMIL"},
		{"Chilean soldiers guard the dam near Quito. Lance Corporal Ana Ruiz, 25, assaulted two prisoners in Quito, and was later dismissed from the army.", "Ana Ruiz", "CHLMIL"},
		{"Chilean soldiers guard the dam near Quito. Private Tomas Vidal was wounded near Quito on Monday.", "Tomas Vidal", "CHLMIL"},
		{"Chilean soldiers guard the dam near Quito. Gen Tomas Vidal visited the dam on Monday.", "Tomas Vidal", "CHLMIL"},
	} {
		d := analyse(t, c.text, "2021-03-04")
		found := false
		for _, e := range d.Entities {
			if e.Name != c.name {
				continue
			}
			found = true
			if e.Actor == nil || *e.Actor != c.want {
				t.Errorf("%q: %s coded %v, want %s", c.text, c.name, e.Actor, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", c.text, c.name)
		}
	}
}
