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
		{"Secretary of Defence Donald Rumsfeld met the envoy.", "Donald Rumsfeld", "USA", "Secretary of Defence Donald Rumsfeld"},
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
