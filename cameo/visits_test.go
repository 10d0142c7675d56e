package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestHomeVisits: a visit whose two parties are one at the coder's level
// (the same code, a country and its agent) is set aside; a visit abroad,
// between two parties of one country, or with a side unnamed, and an act
// other than a visit, are kept.
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
		// no visitor coded: no visit between parties
		{"", "ZRV", "042", false},
		{"", "ZRVGOV", "043", false},
		{"", "", "040", true},
	} {
		evs := []doc.Event{{Code: c.code, Root: c.code[:2], Source: code(c.src), Target: code(c.tgt), Confidence: 0.8}}
		homeVisits(evs)
		if Counted(&evs[0]) != c.counted {
			t.Errorf("%s %s %s: counted %v, want %v", c.src, c.tgt, c.code, Counted(&evs[0]), c.counted)
		}
	}
}
