package entity

import (
	"testing"
)

// sentActorCode returns the code of the document's actor phrase headed by
// head in the sentence that begins with prefix, or "-" where there is none.
func sentActorCode(t *testing.T, text, prefix, head string) string {
	t.Helper()
	d := analyse(t, text, "2021-03-04")
	for _, a := range d.Actors {
		s := d.Sentences[a.Sentence]
		if len(text) >= s.Start+len(prefix) && text[s.Start:s.Start+len(prefix)] == prefix && a.Head == head {
			return a.Code
		}
	}
	return "-"
}

// sentActor is a row of checkSentActors: the mention at head, after
// prefix, in text is coded want ("" for none).
type sentActor struct{ text, prefix, head, want string }

// checkSentActors checks the actor code of each row's mention.
func checkSentActors(t *testing.T, rows []sentActor) {
	t.Helper()
	for _, c := range rows {
		if got := sentActorCode(t, c.text, c.prefix, c.head); got != c.want {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.head, got, c.want)
		}
	}
}

// An armed role with no country of its own ("the marines") is of the
// one state armed force of its agent the document names, not of the
// country the story happens in; with two forces named, or a body ("the
// army"), the article's country stays.
func TestForceCountry(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"Chilean troops guard the dam near Quito. On Monday marines fired at a truck near Quito, officials in Ecuador said.", "On Monday", "marines", "CHLMIL"},
		{"Chilean troops and Peruvian troops guard the dam near Quito. On Monday marines fired at a truck near Quito, officials in Ecuador said.", "On Monday", "marines", "ECUMIL"},
		{"Chilean troops guard the dam near Quito. On Monday the army fired at a truck near Quito, officials in Ecuador said.", "On Monday", "army", "ECUMIL"},
	})
}

// A role joined by "and" to a role with a country of its own shares it.
func TestConjoinedRole(t *testing.T) {
	text := "Guards detained Chilean soldiers and marines near Quito, officials in Ecuador said."
	if got := sentActorCode(t, text, "Guards", "marines"); got != "CHLMIL" {
		t.Errorf("%q: marines coded %q, want CHLMIL", text, got)
	}
}

// A nationality before "and" and a role phrase opening with another
// country's adjective takes the role's agent too, seen on a sentence's
// event parties (coordrole.go's sharedRole).
func TestSharedRoleParties(t *testing.T) {
	text := "Men were killed in a raid by Chilean and Peruvian forces near Quito, officials in Ecuador said."
	if got := sentActorCode(t, text, "Men", "Chilean"); got != "CHLMIL" {
		t.Errorf("%q: Chilean coded %q, want CHLMIL", text, got)
	}
	if got := sentActorCode(t, text, "Men", "forces"); got != "PERMIL" {
		t.Errorf("%q: forces coded %q, want PERMIL", text, got)
	}
}

// A person titled with an armed rank and no country of her own takes the
// document's one armed force, not the country she serves in.
func TestTitledForce(t *testing.T) {
	text := "Chilean troops guard the dam near Quito. On Monday Sgt. Ana Ruiz was wounded near Quito, officials in Ecuador said. Ecuador said the rebels fled."
	d := analyse(t, text, "2021-03-04")
	for _, e := range d.Entities {
		if e.Name == "Ana Ruiz" {
			if e.Actor == nil || *e.Actor != "CHLMIL" {
				t.Errorf("%q: Ana Ruiz coded %v, want CHLMIL", text, e.Actor)
			}
			return
		}
	}
	t.Errorf("%q: no entity Ana Ruiz", text)
}

// A unit the dictionary knows (orgs.tsv: "Brigade Combat Team", "Royal
// Marines") gives the soldiers "from" it its army, past an ordinal; a
// bare role that repeats the head of one with a country of its own, in
// the two sentences before it, is that one's where the document names
// several forces.
func TestUnitsAndRepeatedRole(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"Soldiers from the 3rd Brigade Combat Team patrolled the town of Quito.", "Soldiers", "Soldiers", "USAMIL"},
		{"Officers of the Royal Marines guarded the port of Quito.", "Officers", "Officers", "GBRMIL"},
		{"Ecuadorean troops and Peruvian troops guard the dam near Quito. Soldiers from the 3rd Brigade Combat Team were ambushed near Quito on Monday. Soldiers fired back at the attackers.", "Soldiers fired", "Soldiers", "USAMIL"},
		// (too far back: the article's country)
		{"Ecuadorean troops and Peruvian troops guard the dam near Quito. Soldiers from the 3rd Brigade Combat Team were ambushed near Quito. Officials in Ecuador met. Officials in Ecuador spoke. Soldiers fired back, officials in Ecuador said.", "Soldiers fired", "Soldiers", "ECUMIL"},
	})
}
