package entity

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// A capitalised title whose office runs on through a preposition to a
// person's name ("Foreign Minister of Chile John Smith") is that
// person's title: no actor phrase of its own, the person's phrase opens
// with it, and a country its office names codes a person who has none
// (the code's country is checked: the agent is the dictionary's).
func TestOfficeComplement(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, code, phrase string
	}{
		{"Foreign Minister of Chile John Smith met the envoy.", "John Smith", "CHLGOV", "Foreign Minister of Chile John Smith"},
		{"Secretary of Defence Robert Gates met the envoy.", "Robert Gates", "USA", "Secretary of Defence Robert Gates"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		actors, _ := s.Actors(d, doc.Span{Start: 0, End: len(c.text)})
		found := false
		for _, a := range actors {
			if a.Type == "ROLE" && strings.HasPrefix(c.phrase, c.text[a.Start:a.End]) {
				t.Errorf("%q: the title %q is an actor of its own", c.text, c.text[a.Start:a.End])
			}
			if a.Head != c.name {
				continue
			}
			found = true
			if got := c.text[a.Start:a.End]; got != c.phrase {
				t.Errorf("%q: the person's phrase is %q, want %q", c.text, got, c.phrase)
			}
			if !strings.HasPrefix(a.Code, c.code) {
				t.Errorf("%q: %q coded %q, want the country %q", c.text, a.Head, a.Code, c.code)
			}
		}
		if !found {
			t.Errorf("%q: no actor named %q in %+v", c.text, c.name, actors)
		}
	}
}

// "the country's" and "that nation's" before a name or a role word stand
// for the country named last before them; with none named, nothing.
func TestCountryAnaphor(t *testing.T) {
	for _, c := range []struct {
		text, name, code string
	}{
		{"Chilean rebels have petitioned the nation's Supreme Court.", "Supreme Court", "CHL"},
		{"The envoy left Peru. Rebels wrote to the country's Electoral Board.", "Electoral Board", "PER"},
		{"Rebels wrote to the country's Electoral Board.", "Electoral Board", ""},
	} {
		d := analyse(t, c.text, "2020-12-02")
		if got := entityActor(d, c.name); !strings.HasPrefix(got, c.code) || c.code == "" && got != "" {
			t.Errorf("%q: %q coded %q, want the country %q", c.text, c.name, got, c.code)
		}
	}
	for _, c := range []struct {
		text, head, code string
	}{
		{"Kenyan rebels attacked that country's president.", "president", "KENGOV"},
		{"The envoy left Peru. Rebels in the hills attacked the country's ministers.", "ministers", "PERGOV"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		if got, ok := actorCode(d, c.head); !ok || got != c.code {
			t.Errorf("%q: %q coded %q (found %v), want %q", c.text, c.head, got, ok, c.code)
		}
	}
}

// A body whose name opens with an international organisation's is that
// organisation's, not the country a place in its name names; a state's
// organ keeps its country.
func TestBodyOf(t *testing.T) {
	for _, c := range []struct{ text, name, code string }{
		{"The United Nations Relief Office in Peru criticised the plan.", "United Nations Relief Office", "IGOUNO"},
		{"The African Union Commission criticised the plan.", "African Union Commission", "IGOAFRAFU"},
		{"The Peruvian Fisheries Council criticised the plan.", "Fisheries Council", "PER"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		if got := entityActor(d, c.name); !strings.HasPrefix(got, c.code) {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.name, got, c.code)
		}
	}
}

// A plural noun's possessive within a capitalised name goes on with the
// name ("Workers' Party"), and a country's possessive before the whole
// codes it; a sentence's first word is no such noun.
func TestNamePossessor(t *testing.T) {
	for _, c := range []struct{ text, name, code string }{
		{"Leaders of the Farmers' Union met on Monday.", "Farmers' Union", ""},
		{"On Monday Peru's Citizens' Movement for Water met the envoy.", "Citizens' Movement for Water", "PER"},
		{"On Monday the People's Republic of China met the envoy.", "People's Republic of China", "CHN"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		found := false
		for _, e := range d.Entities {
			if e.Name == c.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no entity named %q in %+v", c.text, c.name, d.Entities)
			continue
		}
		if got := entityActor(d, c.name); !strings.HasPrefix(got, c.code) {
			t.Errorf("%q: %q coded %q, want the country %q", c.text, c.name, got, c.code)
		}
	}
}

// A role word after a third-person possessive pronoun is of the country
// of the actor named last before it; an international body or a role
// with no country gives none.
func TestPossessivePronounRole(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, head, code string }{
		{"Bolivia said its troops left the border.", "troops", "BOLMIL"},
		{"The Uruguayan minister said his government would resign.", "government", "URYGOV"},
		{"The United Nations said its soldiers left.", "soldiers", ""},
	} {
		d := analyse(t, c.text, "2020-12-02")
		actors, _ := s.Actors(d, doc.Span{Start: 0, End: len(c.text)})
		found := false
		for _, a := range actors {
			if strings.HasSuffix(a.Head, c.head) {
				found = true
				if c.code != "" && a.Code != c.code || c.code == "" && len(a.Code) > 3 {
					t.Errorf("%q: %q coded %q, want %q", c.text, a.Head, a.Code, c.code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor headed %q in %+v", c.text, c.head, actors)
		}
	}
}
