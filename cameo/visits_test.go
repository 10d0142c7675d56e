package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestHomeVisits: a visit whose two parties are one at the coder's level
// (the same code, a country and its agent) is set aside; a visit abroad,
// between two parties of one country, or with a side uncoded, and an act
// other than a visit, are kept (a trip with no target is told on a verb:
// TestTripToNoOne).
func TestHomeVisits(t *testing.T) {
	code := func(c string) *doc.Actor {
		if c == "" {
			return &doc.Actor{Name: "someone"}
		}
		return &doc.Actor{Name: c, Actor: &c}
	}
	for _, c := range []struct {
		src, tgt, code string
		counted        bool
	}{
		{"ZRVJUD", "ZRVJUD", "042", false},
		{"ZRVGOV", "ZRV", "042", false},
		{"ZRV", "ZRVGOV", "043", false},
		{"ZRVGOV", "QAL", "042", true},
		{"ZRVOPP", "ZRVGOV", "043", true},
		{"ZRVGOV", "", "042", true},
		{"ZRVGOV", "ZRV", "040", true},
		// a visitor named by the parse but coded by no actor: no
		// visit between parties; with none named, the context's
		{"", "ZRV", "042", false},
		{"", "ZRVGOV", "043", false},
		{"", "", "040", true},
		{"ZRVGOV", "none", "043", true},
		{"ZRVGOV", "none", "040", true},
	} {
		evs := []doc.Event{{Code: c.code, Root: c.code[:2], Source: code(c.src), Target: code(c.tgt), Confidence: 0.8,
			Evidence: &doc.Evidence{Arguments: []doc.Argument{{Role: "subject", Text: "the traveller"}}}}}
		if c.tgt == "none" {
			evs[0].Target = nil
		}
		homeVisits(nil, evs)
		if Counted(&evs[0]) != c.counted {
			t.Errorf("%s %s %s: counted %v, want %v", c.src, c.tgt, c.code, Counted(&evs[0]), c.counted)
		}
	}
	// a visit noun with no visitor named stays counted
	evs := []doc.Event{{Code: "042", Root: "04", Target: code("ZRV"), Confidence: 0.8, Evidence: &doc.Evidence{}}}
	homeVisits(nil, evs)
	if !Counted(&evs[0]) {
		t.Errorf("a visit with no visitor named: not counted")
	}
}

// A trip told on a verb with no target at all, no party and no place, is
// no visit between parties; a trip to a place, and a visit noun whose host
// the story tells, stay counted.
func TestTripToNoOne(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		counted bool
	}{
		{"The Peruvian delegation travelled for three days before the vote.", false},
		{"Peru's foreign minister travelled to Chile on Monday.", true},
		{"Peru's foreign minister started an official visit on Friday.", true},
	} {
		d := s.run(c.text, "2020-12-02")
		got := false
		for i := range d.Events {
			if d.Events[i].Code == "042" && Counted(&d.Events[i]) {
				got = true
			}
		}
		if got != c.counted {
			t.Errorf("%q: counted visit %v, want %v", c.text, got, c.counted)
		}
	}
}
