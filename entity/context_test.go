package entity

import (
	"strings"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/token"
)

var (
	synOnce sync.Once
	syn     *syntax.Stage
	synErr  error
)

// parsed runs the segmenter, the syntax layer and the entity stage on an
// invented text published on 1 June 2010.
func parsed(t *testing.T, text string) *doc.Document {
	t.Helper()
	return parsedTitled(t, "", text)
}

// parsedTitled is parsed with a headline (none when empty).
func parsedTitled(t *testing.T, headline, text string) *doc.Document {
	t.Helper()
	synOnce.Do(func() { syn, synErr = syntax.New() })
	if synErr != nil {
		t.Fatal(synErr)
	}
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("x", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	if headline != "" {
		d.Headline = &headline
	}
	published := "2010-06-01"
	d.Published.Value = &published
	segment.Stage{}.Process(d)
	if err := syn.Process(d); err != nil {
		t.Fatal(err)
	}
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// actorCode is the code of the actor phrase headed by head ("" when
// uncoded), and whether there is one.
// phraseCode is the code of the last actor phrase of d whose text is
// phrase, and whether there is one.
func phraseCode(d *doc.Document, phrase string) (string, bool) {
	code, found := "", false
	for _, a := range d.Actors {
		if d.Text[a.Start:a.End] == phrase {
			code, found = a.Code, true
		}
	}
	return code, found
}

// entityActor is the actor code of the last entity named name that has
// one, or "".
func entityActor(d *doc.Document, name string) string {
	code := ""
	for _, e := range d.Entities {
		if e.Name == name && e.Actor != nil {
			code = *e.Actor
		}
	}
	return code
}

func actorCode(d *doc.Document, head string) (string, bool) {
	for _, a := range d.Actors {
		if a.Head == head {
			return a.Code, true
		}
	}
	return "", false
}

// A one-word name the gazetteer knows only as a small town, modifying a
// common noun on the parse, is an adjective, not the town; with a place
// cue and its state it is the town.
func TestAdjectiveUse(t *testing.T) {
	for _, c := range []struct {
		text  string
		place bool
	}{
		{"The envoy toured several Arab capitals on Monday.", false},
		{"Two men were arrested in Arab, Alabama, on Monday.", true},
	} {
		d := parsed(t, c.text)
		e := find(d, "GPE", "Arab")
		if c.place != (e != nil) {
			t.Errorf("%q: Arab read as a place: %v, want %v (%+v)", c.text, e != nil, c.place, d.Entities)
		}
	}
}

// A role phrase with no country of its own takes the country the text
// names, where that is the only one and names where things happen, not
// another party.
func TestContextCountry(t *testing.T) {
	for _, c := range []struct{ text, head, code string }{
		{"Police fired tear gas at protesters in Nairobi on Monday.", "Police", "KENCOP"},
		{"Soldiers clashed with gunmen near the Kenyan border town.", "Soldiers", "KENMIL"},
		{"The government thanked Chile for its help.", "government", "GOV"},
		{"Police said the suspect had fled to Chile and then Peru.", "Police", "COP"},
		// a state's organs name its country as its places do
		{"The Kremlin and the Duma said police had detained the men.", "police", "RUSCOP"},
		{"The Kremlin said police had detained the men.", "police", "COP"},
	} {
		d := parsed(t, c.text)
		got, ok := actorCode(d, c.head)
		if !ok || got != c.code {
			t.Errorf("%q: %s coded %q (found %v), want %q", c.text, c.head, got, ok, c.code)
		}
	}
}

// "he", "she", "him" and an object "her" stand for the person named last
// before them, in their sentence or the one before, when that person is
// coded; a possessive "her" is no actor.
func TestPronounActors(t *testing.T) {
	for _, c := range []struct {
		text, pronoun, code string // code "" for no actor phrase
	}{
		{"Angela Merkel said she would visit Kenya.", "she", "DEUGOV"},
		{"Angela Merkel met farmers in Kenya. Later she flew home.", "she", "DEUGOV"},
		{"Farmers in Kenya thanked Angela Merkel and praised her.", "her", "DEUGOV"},
		{"Angela Merkel praised her hosts.", "her", ""},
		{"Angela Merkel listened as Tom Alder said he was leaving.", "he", ""},
		// a person named up to three sentences before, and no other since
		{"Angela Merkel met farmers. The talks went well. Later she flew home.", "she", "DEUGOV"},
		{"Angela Merkel met farmers. The talks went well. Prices fell. Rain came. Later she flew home.", "she", ""},
		// a given name of the other sex is skipped
		{"Angela Merkel said Ricardo Lagos had called her.", "her", "DEUGOV"},
		// a subject pronoun is none of the persons its sentence names after it
		{"Angela Merkel met Hillary Clinton. She said Clinton had lied.", "She", "DEUGOV"},
	} {
		d := parsed(t, c.text)
		got, _ := phraseCode(d, c.pronoun)
		if got != c.code {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.pronoun, got, c.code)
		}
	}
}

// The headline's countries count toward the article's country: a role
// with no country of its own in a story whose headline names one country,
// and its body names that country once, is that country's.
func TestHeadlineContext(t *testing.T) {
	for _, c := range []struct{ headline, text, head, code string }{
		{"Kenyan senator treated in hospital", "The senator met Kenya's health minister and doctors on Monday. Doctors said he was recovering.", "Doctors", "KENHLH"},
		// (without the headline the body's one mention names no country)
		{"", "The senator met Kenya's health minister and doctors on Monday. Doctors said he was recovering.", "Doctors", "HLH"},
		// an organisation whose name gives a role but no country is the
		// article's country's
		{"Kenyan asylum rules tightened", "Kenya changed its asylum rules. The Refugee Appeals Tribunal rejected the new rules on Monday.", "Refugee Appeals Tribunal", "KENJUD"},
	} {
		d := parsedTitled(t, c.headline, c.text)
		if got, ok := actorCode(d, c.head); !ok || got != c.code {
			t.Errorf("%q / %q: %s coded %q (found %v), want %q", c.headline, c.text, c.head, got, ok, c.code)
		}
	}
}

// TestApposedName: a person with no code takes the nationality, country,
// organisation or role with a country named in an apposition after the
// name; a list of names or a relative clause gives none.
func TestApposedName(t *testing.T) {
	for _, c := range []struct{ text, person, code string }{
		{"Jane Quill, a Kenyan resident, was detained on Monday.", "Jane Quill", "KEN"},
		{"Jane Quill, a spokeswoman for the Kenyan army, spoke on Monday.", "Jane Quill", "KENMIL"},
		{"Jane Quill, Kenya and Peru signed the letter.", "Jane Quill", ""},
		{"Jane Quill, who was born in Kenya, spoke on Monday.", "Jane Quill", ""},
	} {
		d := analyse(t, c.text, "2020-12-02")
		got := entityActor(d, c.person)
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q", c.text, c.person, got, c.code)
		}
	}
}

// TestGroupName: a religious group named as a proper noun with no code of
// its own is a role of the country before it or of the article's.
func TestGroupName(t *testing.T) {
	for _, c := range []struct{ text, head, code string }{
		{"Sunnis marched in Nairobi on Monday.", "Sunnis", "KENREL"},
		{"Christians criticized the ruling on Monday.", "Christians", "REL"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		got := ""
		for _, a := range d.Actors {
			if a.Head == c.head && got == "" {
				got = a.Code
			}
		}
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q (%+v)", c.text, c.head, got, c.code, d.Actors)
		}
	}
}

// TestTownWithRegion: a town named with its region or country is the
// region's town, not a larger namesake elsewhere.
func TestTownWithRegion(t *testing.T) {
	for _, c := range []struct{ text, town, code string }{
		{"The council of San Jose, California, met on Monday.", "San Jose", "USA"},
		{"The council of San Jose met on Monday.", "San Jose", "CRI"},
		{"Police in Lincoln, Nebraska, arrested two men.", "Lincoln", "USA"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		got := entityActor(d, c.town)
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q", c.text, c.town, got, c.code)
		}
	}
}

// A person no dictionary, title or apposition codes takes the story's
// country, as a role phrase without one does, and so does a pronoun that
// stands for that person; with no story country the person stays uncoded.
func TestUncodedPersonContext(t *testing.T) {
	for _, c := range []struct{ text, phrase, code string }{
		{"Police in Nairobi questioned farmers on Monday. Tom Alder, a farmer, was later released.", "Tom Alder", "KEN"},
		{"Police in Nairobi questioned Tom Alder on Monday. Later he was released.", "he", "KEN"},
		{"Tom Alder praised the plan on Monday.", "Tom Alder", ""},
		// a person the dictionary codes keeps the dictionary's code
		{"Police in Nairobi said on Monday that Angela Merkel had called.", "Angela Merkel", "DEUGOV"},
	} {
		d := parsed(t, c.text)
		got, found := phraseCode(d, c.phrase)
		if !found || got != c.code {
			t.Errorf("%q: %q coded %q (found %v), want %q", c.text, c.phrase, got, found, c.code)
		}
	}
}

// An organisation named after a country or region of two words is that
// country's, not the country a word of it names.
func TestOrgTwoWordRegion(t *testing.T) {
	for _, c := range []struct{ text, name, code string }{
		{"The Northern Ireland Assembly met on Monday.", "Northern Ireland Assembly", "GBRLEG"},
		{"The South Sudan Football Association met on Monday.", "South Sudan Football Association", "SSD"},
		{"The Kenya Football Association met on Monday.", "Kenya Football Association", "KEN"},
	} {
		d := parsed(t, c.text)
		e := find(d, "ORG", c.name)
		if e == nil || e.Actor == nil || *e.Actor != c.code {
			t.Errorf("%q: %s not coded %s: %+v", c.text, c.name, c.code, d.Entities)
		}
	}
}

// A title read alone as a name ("the Prime Minister", no person named)
// is the office of the story's country, when the story has one.
func TestBareTitleContext(t *testing.T) {
	for _, c := range []struct{ text, code string }{
		{"Police arrested two farmers in Nairobi. The Prime Minister condemned the arrests.", "KENGOV"},
		{"The Prime Minister condemned the arrests.", ""},
	} {
		d := parsed(t, c.text)
		got := ""
		if e := find(d, "ORG", "Prime Minister"); e != nil && e.Actor != nil {
			got = *e.Actor
		}
		if got != c.code {
			t.Errorf("%q: Prime Minister coded %q, want %q (%+v)", c.text, got, c.code, d.Entities)
		}
	}
}

// A hyphened word whose last part is a plural role word is that group
// ("counter-protesters" are protesters); a singular last part is not.
func TestHyphenedGroup(t *testing.T) {
	agents := map[string]string{"protesters": "OPP", "rebels": "REB", "government": "GOV", "minister": "GOV", "policemen": "COP"}
	for _, c := range []struct{ word, code string }{
		{"counter-protesters", "OPP"},
		{"ex-rebels", "REB"},
		{"off-duty-policemen", "COP"},
		{"pro-government", ""},
		{"ex-minister", ""},
		{"-protesters", ""},
		{"protesters-", ""},
		{"counter-marches", ""},
	} {
		if got := hyphenedGroup(agents, c.word); got != c.code {
			t.Errorf("%q: got %q, want %q", c.word, got, c.code)
		}
	}
	d := parsed(t, "In Lima, counter-protesters denounced the marchers on Monday.")
	if code, ok := phraseCode(d, "counter-protesters"); !ok || code != "PEROPP" {
		t.Errorf("counter-protesters: %q %v, want PEROPP (%+v)", code, ok, d.Actors)
	}
}

// "they" and "them" stand for the group named last before them, in their
// sentence or the one before, passing over persons and places; "them" is
// not its own verb's subject.
func TestGroupPronouns(t *testing.T) {
	for _, c := range []struct {
		text    string
		nth     int // which they/them, from 0
		pronoun string
		code    string // "" for no actor phrase
	}{
		{"Kenyan protesters marched on Monday. They demanded the release of prisoners.", 0, "They", "KENOPP"},
		{"Kenyan protesters met Tom Alder. They thanked him.", 0, "They", "KENOPP"},
		{"Kenyan protesters said police had beaten them.", 0, "them", "KENOPP"},
		{"Kenyan protesters said police in Mombasa had beaten them.", 0, "them", "KENOPP"},
		{"Kenyan protesters marched on Monday. The talks went well. They went home.", 0, "They", ""},
		{"They demanded the release of prisoners.", 0, "They", ""},
		// a subject "they" stands for no group of its own sentence
		{"Kenyan protesters want revenge and they will not give up.", 0, "they", ""},
	} {
		d := parsed(t, c.text)
		got, n := "", 0
		for _, a := range d.Actors {
			if d.Text[a.Start:a.End] == c.pronoun {
				if n == c.nth {
					got = a.Code
				}
				n++
			}
		}
		if got != c.code {
			t.Errorf("%q: %q coded %q, want %q", c.text, c.pronoun, got, c.code)
		}
	}
}

// A place joined to a lower-case word by a hyphen ("Lima-based",
// "Tehran-backed") is a country's involvement, the place's country, not a
// name; a hyphenated name stays a name.
func TestHyphenPlaceCompound(t *testing.T) {
	for _, c := range []struct{ text, name, typ, code string }{
		{"The Nairobi-based group condemned the arrests.", "Nairobi-based", "NORP", "KEN"},
		{"Tehran-backed militias attacked the base.", "Tehran-backed", "NORP", "IRN"},
		{"Kenyan-backed militias attacked the base.", "Kenyan-backed", "NORP", "KEN"},
	} {
		d := parsed(t, c.text)
		e := find(d, c.typ, c.name)
		if e == nil || e.Actor == nil || *e.Actor != c.code {
			t.Errorf("%q: %s not a %s coded %s: %+v", c.text, c.name, c.typ, c.code, d.Entities)
		}
	}
}

// An apposition codes an organisation with no code, or a person's name
// read as one, as it codes a person.
func TestApposedOrganisation(t *testing.T) {
	for _, c := range []struct{ text, name, code string }{
		{"Velox, a Kenyan carmaker, said it would cut jobs.", "Velox", "KENBUS"},
		{"Velox, Peru and Chile signed the deal.", "Velox", ""},
	} {
		d := parsed(t, c.text)
		got := ""
		if e := find(d, "ORG", c.name); e != nil && e.Actor != nil {
			got = *e.Actor
		}
		if got != c.code {
			t.Errorf("%q: %s coded %q, want %q (%+v)", c.text, c.name, got, c.code, d.Entities)
		}
	}
}

// A national agency or a UN body known by its acronym is an actor of its
// own: its country's GOV (COP, SPY where it is a police force or an
// intelligence service), a UN body IGOUNO.
func TestAgencyAcronyms(t *testing.T) {
	for _, c := range []struct{ text, head, code string }{
		{"A judge in Ohio faulted the EPA over the permits.", "EPA", "USAGOV"},
		{"Inspectors from the FDA visited the plant on Monday.", "FDA", "USAGOV"},
		{"The HMRC fined the firm last year.", "HMRC", "GBRGOV"},
		{"Officers of the RCMP arrested two men near Calgary.", "RCMP", "CANCOP"},
		{"Staff of UNIFIL patrolled the border villages.", "UNIFIL", "IGOUNO"},
	} {
		d := parsed(t, c.text)
		got, ok := phraseCode(d, c.head)
		if !ok || got != c.code {
			t.Errorf("%q: %s coded %q (found %v), want %q", c.text, c.head, got, ok, c.code)
		}
	}
}

// A subject "it" stands for the subject named last before it, in its
// sentence or the one before, where that is a coded organisation, place
// or body; an expletive "it", a thing named as subject in between and an
// object "it" give no actor.
func TestItActors(t *testing.T) {
	for _, c := range []struct{ text, code string }{ // code "" for no actor phrase
		{"Amnesty International wrote to the ministers on Monday. It accuses the police of torture.", "NGOAMN"},
		{"The government of Chile raised taxes. It blames the drought.", "CHLGOV"},
		{"The EPA fined the company, and it promised to appeal.", "USAGOV"},
		// a party, a movement, a commission is a body too (shapes.tsv institution)
		{"The Chilean opposition party published a manifesto. It threatens a boycott of the vote.", "CHLOPP"},
		{"It is likely that NATO will respond.", ""},
		{"NATO sent a letter. The letter was long. It warns of sanctions.", ""},
		{"NATO met the ministers. The report arrived late. It warns of sanctions.", ""},
		{"Amnesty International read the report and praised it.", ""},
	} {
		d := parsed(t, c.text)
		got, n := "", 0
		for _, a := range d.Actors {
			if strings.EqualFold(d.Text[a.Start:a.End], "it") {
				got, n = a.Code, n+1
			}
		}
		if got != c.code || c.code != "" && n != 1 {
			t.Errorf("%q: it coded %q (%d phrases), want %q", c.text, got, n, c.code)
		}
	}
}

// "the president", a bare singular role after "the", is the person named
// last before it with that title (before the name or in apposition after
// it); with none, or with a complement of its own, it keeps the article's
// country.
func TestDefiniteRole(t *testing.T) {
	for _, c := range []struct{ text, phrase, code string }{
		{"Russian President Ivo Danrek met officials in Lima on Monday. The president also criticised Peru.", "president", "RUSGOV"},
		{"Ivo Danrek, the Russian president, met officials in Lima on Monday. The president also criticised Peru.", "president", "RUSGOV"},
		{"Russian Foreign Minister Tal Amrev arrived in Lima on Monday. Later the foreign minister criticised Peru.", "foreign minister", "RUSGOV"},
		{"Russian President Ivo Danrek met officials in Lima on Monday. The minister also criticised Peru.", "minister", "PERGOV"},
		{"Police arrested two farmers in Lima. The president condemned the arrests.", "president", "PERGOV"},
	} {
		d := parsed(t, c.text)
		if code, ok := phraseCode(d, c.phrase); !ok || code != c.code {
			t.Errorf("%q: %q coded %q (%v), want %q", c.text, c.phrase, code, ok, c.code)
		}
	}
	for _, c := range []struct {
		text        string
		first, last int
		want        bool
	}{
		{"Later the president said so.", 2, 2, true},
		{"Later a president said so.", 2, 2, false},
		{"Later the presidents said so.", 2, 2, false},
		{"Later the minister of defence said so.", 2, 2, false},
		{"Later the chairman said so.", 2, 2, true},
		{"Later the spokesmen said so.", 2, 2, false},
	} {
		d := parsed(t, c.text)
		toks := token.In(d, d.Sentences[0])
		if got := definiteRole(c.text, toks, c.first, c.last); got != c.want {
			t.Errorf("%q: definiteRole %v, want %v", c.text, got, c.want)
		}
	}
}
