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
	good := "P\t1\tTown\tIQ\t07\tcity\t33.3\t44.4\t1000\t\tPPL\n"
	cases := []struct{ file, want string }{
		{"P\t1\tTown\tIQ\n", "g.tsv:1: want 11"},
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
