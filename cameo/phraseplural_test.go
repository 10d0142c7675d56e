package cameo

import (
	"strings"
	"testing"
)

// TestFollowWordsPlural checks that the last word of a verb phrase may
// stand plural, as an object's may, and no other word.
func TestFollowWordsPlural(t *testing.T) {
	for _, c := range []struct {
		text  string
		words []string
		ok    bool
	}{
		{"filed two suits against", []string{"suit"}, true},
		{"filed a suit against", []string{"suit"}, true},
		{"issued ultimatums to", []string{"ultimatum"}, true},
		{"pulled some staffs out", []string{"staff", "out"}, false}, // only the last word
		{"filed suitcases", []string{"suit"}, false},
	} {
		_, ok := followWords(strings.Fields(c.text), 0, c.words)
		if ok != c.ok {
			t.Errorf("%q %v: got %v, want %v", c.text, c.words, ok, c.ok)
		}
	}
	// on a sentence: the phrase with its noun plural and modified codes
	s := load(t)
	for _, text := range []string{
		"The Peruvian minister filed two suits against the Bolivian newspaper.",
		"The Peruvian minister filed libel and privacy suits against the Bolivian newspaper.",
	} {
		found := false
		for _, e := range s.run(text, "2020-12-02").Events {
			found = found || e.Code == "115" && Counted(&e)
		}
		if !found {
			t.Errorf("%q: no counted 115", text)
		}
	}
}
