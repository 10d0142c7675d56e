package entity

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/segment"
)

// Actor codes from the PETRARCH dictionaries (built-in Phoenix set).
func TestDictionaryActors(t *testing.T) {
	for _, tc := range []struct {
		text, date, typ, name, code string
	}{
		// titles compose with a demonym or country before them
		{"U.S. Defense Secretary Mark Esper met his counterpart.", "2020-01-15", "PERSON", "Mark Esper", "USAGOV"},
		{"Iranian Foreign Minister Abbas Araghchi spoke on Monday.", "2025-01-15", "PERSON", "Abbas Araghchi", "IRNGOV"},
		{"Australian Prime Minister Scott Morrison spoke on Monday.", "2020-01-15", "PERSON", "Scott Morrison", "AUSGOV"},
		// a portfolio before a title, as the agent dictionary lists it
		{"Kenyan Agriculture Minister Ana Ruiz toured the farms.", "2010-06-01", "PERSON", "Ana Ruiz", "KENGOVAGR"},
		{"Teachers cheered US Education Secretary Ana Ruiz at the rally.", "2010-06-01", "PERSON", "Ana Ruiz", "USAGOVEDU"},
		// a shadow minister is of the opposition
		{"Kenyan Shadow Minister Ana Ruiz spoke on Monday.", "2010-06-01", "PERSON", "Ana Ruiz", "KENOPP"},
		// a role the dictionary dates later is not the person's yet
		{"Abdul Hadi Arghandiwal spoke on Monday.", "2005-06-01", "PERSON", "Abdul Hadi Arghandiwal", "AFG"},
		// dated roles by the article's date
		{"Robert Mugabe spoke on Monday.", "2008-06-01", "PERSON", "Robert Mugabe", "ZWEGOV"},
		{"Tony Blair spoke on Monday.", "2005-06-01", "PERSON", "Tony Blair", "GBRGOV"},
		{"Tony Blair spoke on Monday.", "2012-06-01", "PERSON", "Tony Blair", "GBRELI"},
		// a name the dictionary lists with a second surname
		{"Ricardo Lagos opened a new highway near Santiago.", "2005-03-10", "PERSON", "Ricardo Lagos", "CHLGOV"},
		// a surname alone: the person of the dictionary in office on the
		// date, before the towns and the common word that bear it
		{"Later Blair spoke to reporters.", "2005-06-01", "PERSON", "Blair", "GBRGOV"},
		{"Bush spoke to reporters on Monday.", "2004-03-01", "PERSON", "Bush", "USAGOV"},
		{"Mr Howard took questions for an hour.", "2004-03-01", "PERSON", "Howard", "AUSGOV"},
		// companies are not countries, nor the towns of their names
		{"Toyota and Honda raised prices.", "2009-01-15", "ORG", "Toyota", "MNCJPN"},
		{"Toyota and Honda raised prices.", "2009-01-15", "ORG", "Honda", "MNCJPN"},
		// a person is no company that begins with the surname
		{"Ms Jones took questions for an hour.", "2009-01-15", "PERSON", "Jones", ""},
	} {
		d := analyse(t, tc.text, tc.date)
		e := find(d, tc.typ, tc.name)
		if e == nil {
			t.Errorf("%q: no %s %q in %v", tc.text, tc.typ, tc.name, names(d))
			continue
		}
		if tc.code == "" {
			if e.Actor != nil {
				t.Errorf("%q: %s is %s, want no code", tc.text, tc.name, *e.Actor)
			}
			continue
		}
		if e.Actor == nil || *e.Actor != tc.code {
			t.Errorf("%q: %s is %v, want %s", tc.text, tc.name, str(e.Actor), tc.code)
		}
	}
}

// Role phrases: the agent dictionary's longer phrases, and the article's
// country for those without one.
func TestDictionaryRoles(t *testing.T) {
	for _, tc := range []struct {
		text, head, code string
	}{
		{"The riot police fired tear gas in Belfast. Belfast was calm.", "riot police", "GBRCOP"},
		{"Police said the protest in Belfast was peaceful. Belfast was calm.", "Police", "GBRCOP"},
		{"The protesters marched in Sydney. Sydney police said 2,000 people took part.", "protesters", "AUSOPP"},
		{"The Iraqi police chief resigned.", "police chief", "IRQCOP"},
		// the dictionary's "EMBASSY_IN": no role phrase ends in a preposition
		{"Staff left the embassy in Baghdad. Baghdad is tense.", "embassy", "IRQGOV"},
		// one word of the built-in dictionary in the plural: a group of people
		{"Kenyan teachers marched on Monday.", "teachers", "KENEDU"},
	} {
		d := analyse(t, tc.text, "2010-06-01")
		var got []string
		found := false
		for _, a := range d.Actors {
			got = append(got, a.Head+"="+a.Code)
			if a.Head == tc.head {
				found = true
				if a.Code != tc.code {
					t.Errorf("%q: %s is %s, want %s", tc.text, tc.head, a.Code, tc.code)
				}
			}
		}
		if !found {
			t.Errorf("%q: no role phrase %q in %v", tc.text, tc.head, got)
		}
	}
}

// The built-in dictionary's one-word agents in the singular make no role
// phrase: "a school" or "the business" is no actor.
func TestDictionarySingulars(t *testing.T) {
	d := analyse(t, "The school and the business reopened in Nairobi.", "2010-06-01")
	for _, a := range d.Actors {
		if a.Type == "ROLE" {
			t.Errorf("a role phrase %q (%s)", a.Head, a.Code)
		}
	}
}

// A dictionary the user gives (--petrarch-actors) is consulted first.
func TestGivenDictionary(t *testing.T) {
	a, err := petrarch.ReadActors(strings.NewReader("EGYPT [UAR]\nARAGORN [RNG]\n"), "mine")
	if err != nil {
		t.Fatal(err)
	}
	g, err := petrarch.ReadAgents(strings.NewReader("RANGER [~RNG]\n"), "mine")
	if err != nil {
		t.Fatal(err)
	}
	dicts := &petrarch.Dicts{Actors: a, Agents: g}
	dicts.Given.Actors, dicts.Given.Agents = true, true
	s, err := NewWith(dicts)
	if err != nil {
		t.Fatal(err)
	}
	text := "Aragorn met Egyptian rangers in Egypt."
	d := doc.New("x", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	pub := "2010-01-01"
	d.Published.Value = &pub
	segmentAndProcess(t, s, d)
	if e := find(d, "GPE", "Egypt"); e == nil || e.Actor == nil || *e.Actor != "UAR" {
		t.Errorf("Egypt: %+v, want UAR from the given dictionary", e)
	}
	ok := false
	for _, x := range d.Actors {
		if x.Head == "rangers" && strings.HasSuffix(x.Code, "RNG") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("rangers not coded with the given agent: %+v", d.Actors)
	}
}

func TestNonState(t *testing.T) {
	for code, want := range map[string]bool{"MNCJPN": true, "IGOUNO": true, "NGO": true, "IMGMUSALQ": true, "USAGOV": false, "REB": false, "": false} {
		if NonState(code) != want {
			t.Errorf("NonState(%q) = %v", code, !want)
		}
	}
}

func names(d *doc.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Type+":"+e.Name)
	}
	return out
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func segmentAndProcess(t *testing.T, s *Stage, d *doc.Document) {
	t.Helper()
	segment.Stage{}.Process(d)
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
}

// With the user's dictionary its states are countries: they modify titles
// and persons, and its names are found with or without "the" and with
// their hyphens.
func TestGivenDictionaryStates(t *testing.T) {
	a, err := petrarch.ReadActors(strings.NewReader("ZEMBLA [ZEM]\n+KINBOTE\nTHE_LOWLANDS [LOW]\nNOVA-ROMA [NRM]\n"), "mine")
	if err != nil {
		t.Fatal(err)
	}
	dicts := &petrarch.Dicts{Actors: a}
	dicts.Given.Actors = true
	s, err := NewWith(dicts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, typ, name, code string }{
		{"Zembla Prime Minister Odon Zarov spoke on Monday.", "PERSON", "Odon Zarov", "ZEMGOV"},
		{"Zembla's Prime Minister Odon Zarov spoke on Monday.", "PERSON", "Odon Zarov", "ZEMGOV"},
		{"Prime Minister Kinbote spoke on Monday.", "PERSON", "Kinbote", "ZEMGOV"},
		{"Envoys of the Lowlands met in Nova-Roma on Monday.", "GPE", "Nova-Roma", "NRM"},
	} {
		d := doc.New("x", tc.text)
		d.Body = []doc.Span{{Start: 0, End: len(tc.text)}}
		pub := "2010-01-01"
		d.Published.Value = &pub
		segmentAndProcess(t, s, d)
		var e *doc.Entity
		for i := range d.Entities {
			if d.Entities[i].Name == tc.name {
				e = &d.Entities[i]
			}
		}
		if e == nil || e.Actor == nil || *e.Actor != tc.code {
			t.Errorf("%q: %s = %+v, want %s; entities %v", tc.text, tc.name, e, tc.code, names(d))
		}
	}
}

// Currencies are not countries, and a titled office holder the
// dictionaries do not know takes the article's country.
func TestMoneyAndTitledPersons(t *testing.T) {
	d := analyse(t, "The firm paid US$16 million and A$5 million to the regulator.", "2020-01-15")
	for _, e := range d.Entities {
		if e.Type == "GPE" {
			t.Errorf("currency read as a place: %+v", e)
		}
	}
	d = analyse(t, "Prime Minister Jane Quill announced new aid on Monday. The Kenyan government said floods in Kenya had displaced thousands.", "2030-01-15")
	if e := find(d, "PERSON", "Jane Quill"); e == nil || e.Actor == nil || *e.Actor != "KENGOV" {
		t.Errorf("Jane Quill: %+v, want KENGOV (the article's country and her title)", e)
	}
	d = analyse(t, "Prime Minister Jane Quill announced new aid on Monday.", "2030-01-15")
	if e := find(d, "PERSON", "Jane Quill"); e == nil || e.Actor != nil {
		t.Errorf("Jane Quill with no country in the story: %+v, want no code", e)
	}
}

// A surname alone after the person is named in full is that person, even
// where a city bears it; a capital, or the name after a place cue, stays
// the place.
func TestSurnameAfterFullName(t *testing.T) {
	for _, tc := range []struct {
		text, name, typ string
	}{
		{"Prime Minister Stephen Harper spoke first. Reporters later asked Harper about trade.", "Stephen Harper", "PERSON"},
		{"Opposition leader Robert Amrev spoke first. Later Hon Amrev criticised the vote.", "Robert Amrev", "PERSON"},
		{"Opposition leader Robert Amrev spoke first. Later Hon. Amrev criticised the vote.", "Robert Amrev", "PERSON"},
		// a family name put first, alone after the name in full, typed a
		// person by the title of its apposition
		{"Qor Venshai, former Mayor of Lima, won the vote. Qor has promised reform.", "Qor Venshai", "PERSON"},
		{"Opposition candidate Qor Venshai won the vote. Qor has promised reform.", "Qor Venshai", "PERSON"},
		{"Abraham Lincoln is remembered there. Police in Lincoln arrested two men.", "Lincoln", "GPE"},
		{"George Washington is remembered there. Officials in Washington disagreed.", "Washington", "GPE"},
	} {
		d := analyse(t, tc.text, "2008-05-01")
		e := find(d, tc.typ, tc.name)
		if e == nil {
			t.Errorf("%q: no %s %q in %v", tc.text, tc.typ, tc.name, names(d))
			continue
		}
		if tc.typ == "PERSON" && len(e.Mentions) != 2 {
			t.Errorf("%q: %s has %d mentions, want 2", tc.text, tc.name, len(e.Mentions))
		}
	}
}
