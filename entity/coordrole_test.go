package entity

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// A country modifier coordinated with the one a role word takes shares
// the role ("Chilean and Peruvian soldiers"); a country's name before
// "and" is a party of its own.
func TestSharedRole(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, phrase, code string
	}{
		{"Chilean and Peruvian soldiers attacked a Bolivian village.", "Chilean", "CHLMIL"},
		{"US and Afghan forces raided a Pakistani village.", "US", "USAMIL"},
		{"Bolivian troops attacked Chilean or Peruvian soldiers.", "Chilean", "CHLMIL"},
		{"Israel and Palestinian militants exchanged fire.", "Israel", "ISR"},
		{"Chilean officials and Peruvian soldiers met.", "Chilean officials", "CHLGOV"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		actors, _ := s.Actors(d, doc.Span{Start: 0, End: len(c.text)})
		found := false
		for _, a := range actors {
			if c.text[a.Start:a.End] != c.phrase {
				continue
			}
			found = true
			if a.Code != c.code {
				t.Errorf("%q: %q coded %q, want %q", c.text, c.phrase, a.Code, c.code)
			}
		}
		if !found {
			t.Errorf("%q: no actor %q in %+v", c.text, c.phrase, actors)
		}
	}
}
