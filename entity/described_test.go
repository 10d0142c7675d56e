package entity

import "testing"

// A nationality opening a description of words that are no role, right
// before a name, gives the name its country; a role word there is the
// title's business, and a clause's end is no description.
func TestDescribedPersons(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"The Chilean peace researcher Tomas Vidal criticised the ruling on Monday.", "Tomas Vidal", "CHL"},
		{"Chilean lawyer, author and activist, Tomas Vidal published a book on Monday.", "Tomas Vidal", "CHLOPP"},
		{"A Chilean researcher, Tomas Vidal, criticised the ruling on Monday.", "Tomas Vidal", "CHL"},
		{"Chilean journalist Tomas Vidal was freed on Monday.", "Tomas Vidal", "CHLMED"},
		{"The Chilean team lost, and Tomas Vidal criticised the ruling on Monday.", "Tomas Vidal", "-"},
	} {
		d := parsed(t, c.text)
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
			t.Errorf("%q: %s coded %s, want %s", c.text, c.name, got, c.want)
		}
	}
}

// Role words for courts' juries and coroners, shoppers, families,
// bloggers and broadcasters (agents.tsv) are actors, with the country the
// sentence gives.
func TestMoreRoleWords(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"A Chilean jury convicted two men on Monday.", "A Chilean", "jury", "CHLJUD"},
		{"The Chilean coroner said the death was unlawful.", "The Chilean", "coroner", "CHLJUD"},
		{"The minister praised Chilean shoppers for cutting waste.", "The minister", "shoppers", "CHLCVL"},
		{"Chilean families of the victims demanded an inquiry.", "Chilean", "families", "CHLCVL"},
		{"Chilean bloggers criticised the ruling on Monday.", "Chilean", "bloggers", "CHLMED"},
		{"A Chilean radio station criticised the ruling on Monday.", "A Chilean", "radio station", "CHLMED"},
		{"Chilean newspapers criticised the ruling on Monday.", "Chilean", "newspapers", "CHLMED"},
	})
}

// Kin nouns (agents.tsv: family, wife, widow, son, daughter...) and the
// people of a scene (crowds, bystanders, hostages, supporters) are
// civilians of the country their "of" phrase, their nationality or their
// possessor gives: the relatives of a Chilean hostage are Chileans.
func TestKinRoleWords(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"The family of the Chilean engineer thanked the rescuers on Monday.", "The family", "family", "CHLCVL"},
		{"The widow of a Chilean miner sued the firm.", "The widow", "widow", "CHLCVL"},
		{"A Chilean husband and father of three was freed.", "A Chilean", "husband", "CHLCVL"},
		{"The daughters of the Peruvian senator marched to the square.", "The daughters", "daughters", "PERCVL"},
		// people by what they are in a scene: crowds, bystanders, hostages, supporters
		{"Chilean crowds cheered the team on Monday.", "Chilean", "crowds", "CHLCVL"},
		{"Two Chilean hostages were freed on Monday.", "Two", "hostages", "CHLCVL"},
		{"Supporters of the Peruvian senator marched to the square.", "Supporters", "Supporters", "PERCVL"},
	})
}

// The leaders or officials of an international body are the body; its
// critics are not.
func TestBodyLeaders(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"The leaders of the African Union approved a plan on Monday.", "The leaders", "leaders", "IGOAFRAFU"},
		{"Officials of the United Nations visited the camp.", "Officials", "Officials", "IGOUNO"},
		{"Critics of the United Nations attacked the plan.", "Critics", "Critics", "OPP"},
	})
}

// A nationality after a place cue makes the story's country only where a
// place noun follows it ("in the Chilean capital"); "in a Chilean raid"
// names the raider, and a role with no country of its own stays so.
func TestNationalityPlaceCue(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"Three gunmen were seized in a Chilean raid on Monday.", "Three", "gunmen", "UAF"},
		{"Police in the Chilean capital arrested three students.", "Police", "Police", "CHLCOP"},
		{"Three students were arrested at a Chilean base on Monday.", "Three", "students", "CHLEDU"},
	})
}

// A role right after "world", "international", "multinational" or
// "global" with no country of its own is of no one country: neither the
// article's nor, later, the other party's.
func TestStatelessRole(t *testing.T) {
	checkSentActors(t, []sentActor{
		{"World leaders praised the Chilean president on Monday.", "World", "leaders", ""},
		{"Thousands of Chileans marched in Santiago. International troops guarded the vote.", "International", "troops", ""},
		{"Chilean leaders met in Santiago on Monday.", "Chilean", "leaders", "CHLGOV"},
	})
}
