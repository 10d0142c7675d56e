package entity

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// A transnational militant group's known name, "in" and a country's name
// is the group's branch there, coded as that country's insurgents; a
// region that is no country leaves the group's own code, and the leader
// of such a branch is the branch's, not the country's government.
func TestBranchIn(t *testing.T) {
	for _, c := range []struct{ text, name, code string }{
		{"Troops raided a hideout of al-Qaeda in Yemen on Friday.", "al-Qaeda in Yemen", "YEMINS"},
		{"On Friday Islamic State in Nigeria claimed the raid.", "Islamic State in Nigeria", "NGAINS"},
		{"On Friday Al Qaeda in the Sahel claimed the raid.", "Al Qaeda", "IMGMOSALQ"},
	} {
		d := analyse(t, c.text, "2020-12-02")
		if got := entityActor(d, c.name); got != c.code {
			t.Errorf("%q: %q coded %q, want %q (entities %+v)", c.text, c.name, got, c.code, d.Entities)
		}
	}
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "On Sunday the commander of al-Qaeda in Yemen rejected the claim."
	d := analyse(t, text, "2020-12-02")
	actors, _ := s.Actors(d, doc.Span{Start: 0, End: len(text)})
	found := false
	for _, a := range actors {
		if strings.HasSuffix(a.Head, "commander") {
			found = true
			if a.Code != "YEMINS" {
				t.Errorf("%q: %q coded %q, want YEMINS", text, a.Head, a.Code)
			}
		}
	}
	if !found {
		t.Errorf("%q: no actor headed commander in %+v", text, actors)
	}
}
