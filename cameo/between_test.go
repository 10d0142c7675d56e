package cameo

import (
	"slices"
	"testing"
)

// A symmetric act told "between" two parties is one event between them,
// the party named first its source (betweenPairs), not one event per
// party with that party as its target alone.
func TestBetweenPairs(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, code string
		want       []string
	}{
		{"A meeting between the Kenyan president and the Somali president took place in Nairobi.", "040", []string{"KENGOV SOMGOV"}},
		{"An agreement between Kenya and Somalia has been reached.", "057", []string{"KEN SOM"}},
		// a target alone with no "between" stays as it is
		{"The Somali president held a meeting with the Kenyan president in Nairobi.", "040", []string{"SOMGOV KENGOV"}},
	} {
		var got []string
		for _, e := range s.run(c.text, "2006-09-04").Events {
			if e.Code == c.code {
				got = append(got, sideCode(e.Source)+" "+sideCode(e.Target))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %s events %v, want %v", c.text, c.code, got, c.want)
		}
	}
}
