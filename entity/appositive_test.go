package entity

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// A person no dictionary codes takes the code of a role with a country
// named before it in apposition ("the Zorvan ambassador, Ana Ruiz,"), an
// "of" or "to" phrase between; of a description after it that a country
// or a nationality opens ("Ana Ruiz, Zorvan ambassador to Peru,"), but not
// of a list or a clause; and of the organisation before a capitalised
// title ("UN Envoy Ana Ruiz"), also opening a sentence. Later mentions
// (a surname, a pronoun) keep the code.
func TestPersonFromRoleAndOwner(t *testing.T) {
	for _, c := range []struct{ text, person, code string }{
		{"The Chilean ambassador, Karl Lindqvist, spoke on Monday. He accused Peru of lying.", "Karl Lindqvist", "CHLGOV"},
		{"Chile's envoy to the talks, Karl Lindqvist, left early on Monday.", "Karl Lindqvist", "CHLGOV"},
		{"Karl Lindqvist, Chilean ambassador to Spain, accused Peru of lying.", "Karl Lindqvist", "CHLGOV"},
		{"Karl Lindqvist, Chile's ambassador to Spain, accused Peru of lying.", "Karl Lindqvist", "CHLGOV"},
		{"Karl Lindqvist, Chilean ministers and police officers met on Monday.", "Karl Lindqvist", ""},
		{"Karl Lindqvist, speaking in Lima, praised the Chilean envoy.", "Karl Lindqvist", ""},
		{"The talks resumed on Monday. UN Envoy Karl Lindqvist warned of delays.", "Karl Lindqvist", "IGOUNO"},
		{"United Nations Envoy Karl Lindqvist warned of delays on Monday.", "Karl Lindqvist", "IGOUNO"},
	} {
		d := parsed(t, c.text)
		got := entityActor(d, c.person)
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q", c.text, c.person, got, c.code)
		}
	}
	d := parsed(t, "The Chilean ambassador, Karl Lindqvist, spoke on Monday. He accused Peru of lying.")
	found := false
	for _, a := range d.Actors {
		if a.Sentence == 1 && a.Head == "Karl Lindqvist" {
			found = true
			if a.Code != "CHLGOV" {
				t.Errorf("the pronoun after the apposition: %q, want CHLGOV", a.Code)
			}
		}
	}
	if !found {
		t.Errorf("the pronoun after the apposition is no actor: %+v", d.Actors)
	}
}

// Lower-case nouns and adjectives between a country and its role word
// stay in the role's phrase ("the Chilean internal affairs ministry" is
// CHLGOV), but a verb ends it.
func TestCountryBeforeModifiedRole(t *testing.T) {
	for _, c := range []struct{ text, phrase, code string }{
		{"On Monday Chilean internal affairs ministry accused Peru of spying.", "Chilean internal affairs ministry", "CHLGOV"},
		{"The Chilean navy trained police officers in Lima.", "police officers", "PERCOP"},
	} {
		d := parsed(t, c.text)
		got, found := phraseCode(d, c.phrase)
		if !found || got != c.code {
			t.Errorf("%q: %q coded %q (found %v), want %q: %+v", c.text, c.phrase, got, found, c.code, d.Actors)
		}
	}
}

// A possessive "their" stands for the group named before its clause's
// subject in its sentence, or for the group named last in the sentence
// before when its own names none before it; none where only the subject
// comes before it.
func TestTheirOwner(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"Five Chilean engineers were kidnapped in Peru after gunmen attacked their convoy.", "CHLCVL"},
		{"Chilean engineers arrived in Lima on Monday. Their convoy was attacked near the border.", "CHLCVL"},
		{"Kenyan protesters said police had beaten their leaders.", "KENOPP"},
		{"The Chilean rebels abandoned their base on Monday.", ""},
	} {
		if got := codeOfWord(parsed(t, c.text), "their"); got != c.code {
			t.Errorf("%q: their coded %q, want %q", c.text, got, c.code)
		}
	}
}

// A name its shape alone typed an organisation is a person after a
// lower-case title that names one person, so a pronoun after it stands
// for it; an organisation's name or a word that is no title is left an
// organisation.
func TestNameAfterLowerCaseTitle(t *testing.T) {
	for _, c := range []struct{ text, name, typ string }{
		{"The Chilean ambassador Tunku Osei Wambui spoke on Monday. He accused Peru of lying.", "Tunku Osei Wambui", "PERSON"},
		{"The company spokesman Velox Motors said sales fell.", "Velox Motors", "ORG"},
		{"The Chilean ambassador Tunku Bank said sales fell.", "Tunku Bank", "ORG"},
	} {
		d := parsed(t, c.text)
		got := ""
		for _, e := range d.Entities {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.typ {
			t.Errorf("%q: %s typed %q, want %q", c.text, c.name, got, c.typ)
		}
	}
	d := parsed(t, "The Chilean ambassador Tunku Osei Wambui spoke on Monday. He accused Peru of lying.")
	got := ""
	for _, a := range d.Actors {
		if a.Sentence == 1 && d.Text[a.Start:a.End] == "He" {
			got = a.Code
		}
	}
	if got != "CHLGOV" {
		t.Errorf("the pronoun after the titled name: %q, want CHLGOV", got)
	}
}

// A subject pronoun opening its sentence goes on from the subject of the
// sentence before, not from the person last named there as its object.
func TestPronounAfterSubject(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"Chilean President Karl Lindqvist met French President Peter Olsen on Monday. He said the talks went well.", "CHLGOV"},
		{"The Chilean ambassador Tunku Osei Wambui interrupted the French ambassador Jean-Marc Dubreuil. He accused Peru of lying.", "CHLGOV"},
		{"Peter Olsen spoke on Monday. Chilean President Karl Lindqvist said he would go.", "CHLGOV"},
		{"A row began when Chile's ambassador to Peru, Tunku Osei Wambui, interrupted the French ambassador Jean-Marc Dubreuil. He accused Peru of lying.", "CHLGOV"},
	} {
		if got := codeOfWord(parsed(t, c.text), "he"); got != c.code {
			t.Errorf("%q: the pronoun coded %q, want %q", c.text, got, c.code)
		}
	}
}

// codeOfWord is the code of the last actor phrase of d that is the word w
// (in any case), or "".
func codeOfWord(d *doc.Document, w string) string {
	got := ""
	for _, a := range d.Actors {
		if strings.EqualFold(d.Text[a.Start:a.End], w) {
			got = a.Code
		}
	}
	return got
}
