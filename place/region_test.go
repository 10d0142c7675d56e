package place

import "testing"

// A town named in a sentence that names a first-level subdivision holding
// a town of that name is that town, not a larger one abroad; the
// subdivision's own name stays the subdivision.
func TestSentenceRegion(t *testing.T) {
	for _, c := range []struct{ text, name, country, admin1 string }{
		{"A storm cut power to Alexandria and other towns of Virginia on Monday.", "Alexandria", "US", "Virginia"},
		{"A storm cut power to Alexandria on Monday, officials said.", "Alexandria", "EG", ""},
		{"A storm cut power to Alexandria and other towns of Virginia on Monday.", "Virginia", "US", "Virginia"},
	} {
		d := resolve(t, c.text)
		found := false
		for _, p := range d.Places {
			for _, e := range d.Entities {
				if e.ID == p.Entity && e.Name == c.name {
					found = true
					if p.Country != c.country || c.admin1 != "" && p.Admin1 != c.admin1 {
						t.Errorf("%q: %s resolved to %s (%s, %s), want %s %s", c.text, c.name, p.Name, p.Country, p.Admin1, c.country, c.admin1)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not resolved: %+v", c.text, c.name, d.Places)
		}
	}
}

// The town's entity, coded by its name alone with the larger town's
// country, takes the country of the town its sentence's region holds.
func TestRegionRecode(t *testing.T) {
	text := "A storm cut power to Alexandria and other towns of Virginia on Monday."
	d := resolve(t, text)
	for _, e := range d.Entities {
		if e.Name == "Alexandria" {
			if e.Actor == nil || *e.Actor != "USA" {
				t.Errorf("%q: Alexandria coded %v, want USA", text, e.Actor)
			}
			return
		}
	}
	t.Errorf("%q: no entity Alexandria", text)
}

// A country named in the town's own sentence counts as an actor's of the
// sentence would, over one the article names elsewhere.
func TestSentenceCountry(t *testing.T) {
	for _, c := range []struct{ text, country string }{
		{"Argentina and Spain signed a trade pact on Monday. A fire broke out in Córdoba in Spain on Tuesday.", "ES"},
		{"Argentina and Spain signed a trade pact on Monday. A fire broke out in Córdoba in Argentina on Tuesday.", "AR"},
	} {
		d := resolve(t, c.text)
		found := false
		for _, p := range d.Places {
			for _, e := range d.Entities {
				if e.ID == p.Entity && e.Name == "Córdoba" {
					found = true
					if p.Country != c.country {
						t.Errorf("%q: Córdoba resolved to %s (%s), want %s", c.text, p.Name, p.Country, c.country)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: Córdoba not resolved: %+v", c.text, d.Places)
		}
	}
}
