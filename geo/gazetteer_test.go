package geo

import (
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	st := time.Now()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d places in %v", len(g.Places), time.Since(st))
	for _, c := range []struct{ name, country string }{{"Baghdad", "IQ"}, {"Iraq", "IQ"}, {"Iran", "IR"}, {"Iranian", "IR"}, {"Zurich", "CH"}, {"Texas", "US"}} {
		found := false
		for _, i := range g.Lookup(c.name) {
			if g.Places[i].Country == c.country {
				found = true
			}
		}
		if !found {
			t.Errorf("%s not found in %s", c.name, c.country)
		}
	}
}

func TestMalformed(t *testing.T) {
	good := "P\t1\tTown\tIQ\t07\tcity\t33.3\t44.4\t1000\t\tPPL\t\n"
	cases := []struct{ file, want string }{
		{"P\t1\tTown\tIQ\n", "g.tsv:1: want 12"},
		{"C\tIQ\tIraq\tIQ\t\tcountry\t33\t44\t0\t\tIRQ\tx99\n", "g.tsv:1: GeoNames id"},
		{"X" + good[1:], "g.tsv:1: kind"},
		{"# c\n" + strings.Replace(good, "33.3", "95", 1), "g.tsv:2: latitude"},
		{strings.Replace(good, "44.4", "east", 1), "g.tsv:1: longitude"},
		{strings.Replace(good, "IQ", "Iraq", 1), "g.tsv:1: country"},
		{strings.Replace(good, "1000", "-5", 1), "g.tsv:1: population"},
		{strings.Replace(good, "city", "town", 1), "g.tsv:1: unknown feature"},
		{"# nothing\n", "no places"},
		{good + "K\ttown\t0\nK\tabc\t0\n", "g.tsv:3: index key \"abc\" is not after \"town\""},
		{good + "K\ttown\t7\n", "g.tsv:2: index row \"7\""},
		{good + "K\ttown\t0\n" + good, "g.tsv:3: place line after the name index"},
	}
	for _, c := range cases {
		_, err := Load(strings.NewReader(c.file), "g.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
}

// TestGeoNamesConvention checks that countries and subdivisions carry their
// GeoNames ids and that countries sit at GeoNames' point for them (the
// convention of GeoNames-based corpora), and the GDELT ADM1 codes.
func TestGeoNamesConvention(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cc, geonames string
		lat, lon     float64
	}{{"US", "6252001", 39.76, -98.5}, {"IN", "1269750", 22, 79}, {"CA", "6251999", 60.10867, -113.64258}, {"GB", "2635167", 54.75844, -2.69531}} {
		p, ok := g.Country(c.cc)
		if !ok {
			t.Fatalf("no country %s", c.cc)
		}
		if p.GeoNames != c.geonames || Distance(p.Lat, p.Lon, c.lat, c.lon) > 1 {
			t.Errorf("%s: GeoNames %s at %.4f,%.4f; want %s at %.4f,%.4f", c.cc, p.GeoNames, p.Lat, p.Lon, c.geonames, c.lat, c.lon)
		}
	}
	for _, c := range []struct{ name, cc, adm1, geonames string }{{"Texas", "US", "USTX", "4736286"}, {"Houston", "US", "USTX", "4699066"}} {
		var p *Place
		for _, i := range g.Lookup(c.name) {
			if q := &g.Places[i]; q.Country == c.cc && (p == nil || q.Population > p.Population) {
				p = q
			}
		}
		if p == nil {
			t.Fatalf("no %s", c.name)
		}
		a, ok := g.Admin1Of(p)
		if !ok || a.ADM1Code() != c.adm1 || p.GeoNames != c.geonames {
			t.Errorf("%s: ADM1 %v, GeoNames %s; want %s, %s", c.name, a, p.GeoNames, c.adm1, c.geonames)
		}
		if q, ok := g.ByID(string(p.Kind) + ":" + p.ID); !ok || q != p {
			t.Errorf("ByID(%s:%s) = %v", string(p.Kind), p.ID, q)
		}
	}
}

// TestIndexes checks the indexes built at load against the sorted keys:
// Lookup through the prefix table finds every key's own places, and
// Demonym agrees with the first demonym Lookup finds.
func TestIndexes(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range g.keys {
		if got := g.Lookup(k); len(got) != int(g.post[i+1]-g.post[i]) || len(got) > 0 && got[0] != g.postings[g.post[i]] {
			t.Fatalf("Lookup(%q) = %v", k, got)
		}
	}
	for _, w := range []string{"Iranian", "Iranians", "French", "Gondorian", "iran", "Ivorian", "Zürich", "New  York", "", "a", "U.S."} {
		var want string
		found := false
		for _, i := range g.Lookup(w) {
			if p := &g.Places[i]; p.Kind == 'D' {
				want, found = p.Country, true
				break
			}
		}
		if cc, ok := g.Demonym(w); cc != want || ok != found {
			t.Errorf("Demonym(%q) = %q, %v; want %q, %v", w, cc, ok, want, found)
		}
	}
	for _, w := range []string{"Iran", "new york", " Lead", "TAB\there", "two  spaces", "Zürich", "it’s", ""} {
		var buf [64]byte
		if b, ok := asciiKey(&buf, w); ok && string(b) != Fold(w) {
			t.Errorf("asciiKey(%q) = %q, Fold gives %q", w, b, Fold(w))
		}
		if Fold(w) != fold(w) {
			t.Errorf("Fold(%q) = %q, fold gives %q", w, Fold(w), fold(w))
		}
	}
}
