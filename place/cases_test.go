package place_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
)

var (
	anOnce sync.Once
	an     *analyzer.Analyzer
	anErr  error
)

// analyse runs the whole pipeline on an invented text, as a user would.
func analyse(t *testing.T, text string) *doc.Document {
	t.Helper()
	anOnce.Do(func() { an, anErr = analyzer.New(analyzer.Options{Published: "2024-03-01"}) })
	if anErr != nil {
		t.Fatal(anErr)
	}
	d, err := an.Analyze(input.Item{Name: "t", Format: input.FormatText, Data: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// placesOf lists each resolved mention as "text=Name/CC/feature".
func placesOf(d *doc.Document) []string {
	var out []string
	for _, p := range d.Places {
		for _, e := range d.Entities {
			if e.ID != p.Entity {
				continue
			}
			for _, m := range e.Mentions {
				out = append(out, fmt.Sprintf("%s=%s/%s/%s", m.Text, p.Name, p.Country, p.Feature))
			}
		}
	}
	return out
}

func placeOfMention(d *doc.Document, text string) (doc.Place, bool) {
	for _, p := range d.Places {
		for _, e := range d.Entities {
			if e.ID != p.Entity {
				continue
			}
			for _, m := range e.Mentions {
				if m.Text == text {
					return p, true
				}
			}
		}
	}
	return doc.Place{}, false
}

// eventsOf lists each event as "trigger@Name/CC(source)".
func eventsOf(d *doc.Document) []string {
	var out []string
	for _, ev := range d.Events {
		if ev.Place == nil {
			out = append(out, ev.Trigger.Text+"@-")
			continue
		}
		out = append(out, fmt.Sprintf("%s@%s/%s(%s)", ev.Trigger.Text, ev.Place.Name, ev.Place.Country, ev.PlaceSource))
	}
	return out
}

// TestNotPlaces: a company, product or currency is no place even when a
// town shares its name; the cues are general (the subject of a business
// verb, a company word after the name, "shares of", a currency sign), not
// these names.
func TestNotPlaces(t *testing.T) {
	cases := []struct{ text, name string }{
		{"Toyota recalled 1.2 million cars on Tuesday after reports of faulty brakes.", "Toyota"},
		{"Honda announced record profits on Wednesday, beating forecasts.", "Honda"},
		{"Shares of Ford fell 3 percent in early trading on Monday.", "Ford"},
		{"Lincoln Motor sold fewer sedans this year, the company said.", "Lincoln"},
		{"The ministry paid US$ 40 million to the contractors last year.", "US"},
	}
	for _, c := range cases {
		d := analyse(t, c.text)
		if p, ok := placeOfMention(d, c.name); ok {
			t.Errorf("%q: %s placed at %s, %s; want no place (places %v)", c.text, c.name, p.Name, p.Country, placesOf(d))
		}
	}
	// the same names as places when the text says so, and a country or a
	// capital that acts as a company would is still the place
	for _, c := range []struct{ text, name, cc string }{
		{"Workers at the plant in Toyota, Japan, walked out on Friday.", "Toyota", "JP"},
		{"China announced new tariffs on steel on Monday.", "China", "CN"},
		{"Moscow announced a ban on imports of wine.", "Moscow", "RU"},
	} {
		d := analyse(t, c.text)
		if p, ok := placeOfMention(d, c.name); !ok || p.Country != c.cc {
			t.Errorf("%q: %s not in %s: %v", c.text, c.name, c.cc, placesOf(d))
		}
	}
}

// TestWordNotTown: a name that is a common word or an adjective here
// ("Arab states") does not resolve to a small town of that name that
// nothing in the article supports.
func TestWordNotTown(t *testing.T) {
	d := analyse(t, "Leaders of the Arab states met in Cairo on Monday to discuss the war in Yemen.")
	for _, p := range d.Places {
		if p.Country == "US" {
			t.Errorf("a place in the United States: %v", placesOf(d))
		}
	}
	if p, ok := placeOfMention(d, "Cairo"); !ok || p.Country != "EG" {
		t.Errorf("Cairo: %v", placesOf(d))
	}
	// continents and oceans are no towns of their names
	d = analyse(t, "Talks on trade across Asia opened in Hanoi on Monday, and ships crossed the Atlantic.")
	for _, name := range []string{"Asia", "Atlantic"} {
		if p, ok := placeOfMention(d, name); ok && p.Feature == "city" {
			t.Errorf("%s placed at the town %s, %s", name, p.Name, p.Country)
		}
	}
}

// TestDatelineNotLandmark: an event with no place in its sentence is at
// the dateline's place, not at a landmark another sentence names.
func TestDatelineNotLandmark(t *testing.T) {
	d := analyse(t, "WASHINGTON (Reuters) - The Senate voted on Thursday to impose new sanctions on Russia. Stocks on Wall Street rose after the vote.")
	if len(d.Events) == 0 {
		t.Fatalf("no events")
	}
	for _, ev := range d.Events {
		if ev.Place == nil || ev.Place.Name != "Washington" || ev.PlaceSource != "dateline" {
			t.Errorf("events %v, want each at Washington from the dateline", eventsOf(d))
			break
		}
	}
}

// TestLandmarkNotFocus: without a dateline, a landmark named as an actor
// ("Wall Street rose") is neither an event's place nor the story's focus.
func TestLandmarkNotFocus(t *testing.T) {
	d := analyse(t, "The US Senate voted on Thursday to impose new sanctions on Iran. Stocks on Wall Street rose after the vote, and investors welcomed it. Senators from both parties rejected a proposal to delay the sanctions.")
	if len(d.Events) == 0 {
		t.Fatalf("no events")
	}
	for _, ev := range d.Events {
		if ev.Place != nil && ev.Place.Name == "New York City" {
			t.Errorf("events %v: placed by Wall Street", eventsOf(d))
			break
		}
	}
}

// TestClosingLine: a story's closing line about another city does not
// move the story's events there, with a dateline or without one.
func TestClosingLine(t *testing.T) {
	for _, text := range []string{
		"LA PAZ, Bolivia (AP) - Bolivian police arrested 20 protesters on Monday. The government accused the opposition of inciting violence. Separately, a regional summit on trade will be held next month in Manila.",
		"Bolivian police arrested 20 protesters in Cochabamba on Monday. The government accused the opposition of inciting violence. Separately, a regional summit on trade will be held next month in Manila.",
	} {
		d := analyse(t, text)
		last := d.Sentences[len(d.Sentences)-1]
		n := 0
		for _, ev := range d.Events {
			if ev.Sentence.Start >= last.Start {
				continue
			}
			n++
			if ev.Place == nil || ev.Place.Country != "BO" {
				t.Errorf("%q: events %v, want those before the closing line in Bolivia", text[:30], eventsOf(d))
				break
			}
		}
		if n == 0 {
			t.Errorf("%q: no events before the closing line: %v", text[:30], eventsOf(d))
		}
	}
}

// TestDemonymsAndEmbedded: nationality adjectives are place records of
// kind demonym, places inside organisations' names of kind embedded.
func TestDemonymsAndEmbedded(t *testing.T) {
	d := analyse(t, "Russian troops shelled the town on Sunday, Malaysian officials said. Liverpool FC cancelled its match. The U.S. State Department said nothing.")
	want := map[string]string{"Russian": "RU/demonym", "Malaysian": "MY/demonym", "Liverpool FC": "GB/embedded", "U.S. State Department": "US/embedded"}
	for text, w := range want {
		p, ok := placeOfMention(d, text)
		if got := p.Country + "/" + p.Kind; !ok || got != w {
			t.Errorf("%s: %s, want %s (places %v)", text, got, w, placesOf(d))
		}
		if ok && p.GeoNamesID == "" {
			t.Errorf("%s: no GeoNames id", text)
		}
	}
	for _, ev := range d.Events {
		if ev.Place != nil && (ev.Place.Country == "RU" || ev.Place.Country == "GB") {
			t.Errorf("an event placed by a demonym or an organisation's name: %v", eventsOf(d))
		}
	}
}

// TestCountryOrState: a name shared by a country and a subdivision is the
// subdivision when a city of the article lies in it, else the country.
func TestCountryOrState(t *testing.T) {
	for _, c := range []struct{ text, cc, feature string }{
		{"Storms cut power across Georgia on Sunday, and Atlanta's airport closed.", "US", "admin1"},
		{"Georgia accused Russia of moving troops toward Tbilisi on Sunday.", "GE", "country"},
	} {
		d := analyse(t, c.text)
		p, ok := placeOfMention(d, "Georgia")
		if !ok || p.Country != c.cc || p.Feature != c.feature {
			t.Errorf("%q: Georgia %v, want %s %s", c.text, placesOf(d), c.cc, c.feature)
		}
	}
}

// TestLandmarks: a landmark whose name names its town is placed there; a
// square or street named after another place is not.
func TestLandmarks(t *testing.T) {
	d := analyse(t, "The flight from Manchester Airport landed late, and protesters gathered in Hanover Square in London.")
	if p, ok := placeOfMention(d, "Manchester Airport"); !ok || p.Country != "GB" || p.Kind != "landmark" {
		t.Errorf("Manchester Airport: %v", placesOf(d))
	}
	if p, ok := placeOfMention(d, "Hanover Square"); ok && p.Country == "DE" {
		t.Errorf("Hanover Square placed in Germany: %v", placesOf(d))
	}
	// an island named after its town is placed there; a sea named after a
	// country is not that country
	d = analyse(t, "Troops landed on Jolo Island on Monday, officials in Manila said, as ships sailed the Sea of Japan.")
	if p, ok := placeOfMention(d, "Jolo Island"); !ok || p.Country != "PH" {
		t.Errorf("Jolo Island: %v", placesOf(d))
	}
	if p, ok := placeOfMention(d, "Sea of Japan"); ok && p.Kind == "embedded" {
		t.Errorf("Sea of Japan placed in Japan: %v", placesOf(d))
	}
	// a known landmark inside an organisation's name is that landmark's
	// place, never a town one of whose other names it is
	d = analyse(t, "The White House Chief of Staff resigned on Friday.")
	for _, p := range d.Places {
		if p.Country != "US" {
			t.Errorf("a place outside the United States: %v", placesOf(d))
		}
	}
}

// TestClausePlace: in a sentence naming two places, each event takes the
// place of its own clause.
func TestClausePlace(t *testing.T) {
	d := analyse(t, "Police arrested 20 protesters in Cochabamba on Monday, while thousands of miners demonstrated in La Paz.")
	got := map[string]string{}
	for _, ev := range d.Events {
		if ev.Place != nil && ev.Place.Country == "BO" {
			got[ev.Trigger.Text] = ev.Place.Name
		}
	}
	if got["arrested"] != "Cochabamba" || got["demonstrated"] != "La Paz" {
		t.Errorf("events %v, want arrested in Cochabamba and demonstrated in La Paz", eventsOf(d))
	}
}

// TestAcronymAndModifier: an organisation's acronym is not a town that has
// it as another name, and a small town's name modifying a common noun is a
// people's or group's adjective ("Arab militias").
func TestAcronymAndModifier(t *testing.T) {
	d := analyse(t, "The Sudan Liberation Army said the SLA had fought Arab militias near Khartoum, a United States envoy said.")
	for _, p := range d.Places {
		if p.Country != "SD" && p.Country != "US" || p.Country == "US" && p.Feature != "country" {
			t.Errorf("a place outside the story: %v", placesOf(d))
			break
		}
	}
}

// TestShortCountryName: "Congo" in an article about the Democratic
// Republic of the Congo is that country; "Latin American" is no American.
func TestShortCountryName(t *testing.T) {
	d := analyse(t, "Peacekeepers arrived in the Democratic Republic of Congo on Monday. Fighting in eastern Congo has displaced thousands.")
	if p, ok := placeOfMention(d, "Congo"); !ok || p.Country != "CD" {
		t.Errorf("Congo: %v, want CD", placesOf(d))
	}
	d = analyse(t, "The Latin American Parliament met in Panama City on Friday.")
	for _, p := range d.Places {
		if p.Country == "US" {
			t.Errorf("Latin American placed in the United States: %v", placesOf(d))
		}
	}
}

// TestForeignTown: a mid-sized town of a country the article does not
// name, with no place of the article near it, is not taken for a name
// the article uses otherwise; nor is a town by another of its names
// inside an organisation's name.
func TestForeignTown(t *testing.T) {
	d := analyse(t, "Voters in Saskatoon backed the Greens, and the party's candidate in Kent said Canada needed change.")
	if p, ok := placeOfMention(d, "Kent"); ok && p.Country == "US" {
		t.Errorf("Kent placed in the United States: %v", placesOf(d))
	}
	// a great city stays itself though the article names another country
	// that has a small town of the same name
	d = analyse(t, "Officials from the United States met bankers in Frankfurt on Monday.")
	if p, ok := placeOfMention(d, "Frankfurt"); !ok || p.Country != "DE" {
		t.Errorf("Frankfurt: %v, want Germany", placesOf(d))
	}
	d = analyse(t, "Finance Minster Benjamin Netanyahu resigned on Sunday.")
	for _, p := range d.Places {
		if p.Country == "DE" {
			t.Errorf("a place in Germany: %v", placesOf(d))
		}
	}
}
