package place

import (
	"math"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/segment"
)

func resolve(t *testing.T, text string) *doc.Document {
	t.Helper()
	ent, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("x", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	segment.Stage{}.Process(d)
	ent.Process(d)
	New(ent.Gaz, ent.Lex).Process(d)
	return d
}

func TestResolve(t *testing.T) {
	cases := []struct {
		text, name, country string
		lat, lon            float64
	}{
		{"The US is withdrawing staff from its embassy in Baghdad, officials in Iraq said.", "Baghdad", "IQ", 33.3, 44.4},
		{"Boeing opened a plant in Everett, Washington.", "Everett", "US", 47.98, -122.2},
		{"Protesters gathered in Paris, France, on Sunday.", "Paris", "FR", 48.86, 2.35},
		{"Apple held its event in San Jose, California.", "San Jose", "US", 37.34, -121.89},
		{"The minister flew to Moscow for talks with Russia.", "Moscow", "RU", 55.75, 37.62},
	}
	for _, c := range cases {
		d := resolve(t, c.text)
		found := false
		for _, p := range d.Places {
			if p.Name == c.name || p.Name == c.name+" "+"am Main" {
				found = true
				if p.Country != c.country || geo.Distance(p.Lat, p.Lon, c.lat, c.lon) > 161 {
					t.Errorf("%q: %s resolved to %s (%.2f, %.2f)", c.text, c.name, p.Country, p.Lat, p.Lon)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not resolved; places %+v", c.text, c.name, d.Places)
		}
	}
}

func TestLandmark(t *testing.T) {
	d := resolve(t, "A spokesman for the White House said the talks would go on.")
	for _, p := range d.Places {
		if p.Country == "US" && p.Feature == "landmark" && math.Abs(p.Lat-38.9) < 0.5 {
			return
		}
	}
	t.Errorf("White House not placed in Washington: %+v", d.Places)
}

func TestSurnames(t *testing.T) {
	d := doc.New("x", "")
	d.Entities = []doc.Entity{{ID: "e1", Name: "Michael Moore", Type: "PERSON"}, {ID: "e2", Name: "Madonna", Type: "PERSON"}, {ID: "e3", Name: "Paris", Type: "GPE"}}
	lex, gaz := testLex(t)
	got := (&Stage{Gaz: gaz, Lex: lex, Cues: DefaultCues()}).surnames(d)
	if !got["Moore"] || got["Michael"] || got["Madonna"] || got["Paris"] {
		t.Errorf("surnames %v, want Moore alone", got)
	}
}

func testLex(t *testing.T) (*entity.Lexicon, *geo.Gazetteer) {
	t.Helper()
	ent, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	return ent.Lex, ent.Gaz
}
