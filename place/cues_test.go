package place

import (
	"strings"
	"testing"
)

func TestCuesData(t *testing.T) {
	c, err := ParseCues(cuesTxt, "cues.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !c.Before["in"] || !c.Business["recall"] || c.Landmark["airport"] != "airport" || !c.AtCity["airport"] || c.AtCity["square"] || c.Abbrev["mich."] != "Michigan" {
		t.Errorf("cue lists incomplete: %+v", c)
	}
}

func TestCuesMalformed(t *testing.T) {
	base := "[place-before]\nin\n[landmark]\nairport\tairport\n"
	cases := []struct{ data, want string }{
		{"in\n" + base, "c.txt:1: entry \"in\" outside a section"},
		{base + "[colours]\nred\n", "c.txt:5: unknown section [colours]"},
		{base + "[place-before]\nin\n", "c.txt:6: \"in\" listed twice"},
		{base + "stadium\n", "c.txt:5: landmark \"stadium\""},
		{base + "stadium\tstadium\ttown\n", "c.txt:5: landmark"},
		{base + "[region-abbreviations]\nmich.\n", "c.txt:6: abbreviation"},
		{"[business-verbs]\nrecall\n", "no [place-before] or [landmark]"},
	}
	for _, c := range cases {
		_, err := ParseCues(c.data, "c.txt")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.data, err, c.want)
		}
	}
}

func FuzzParseCues(f *testing.F) {
	f.Add("[place-before]\nin\n[landmark]\nairport\tairport\n")
	f.Add(cuesTxt)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCues(s, "fuzz")
		if err == nil && (len(c.Before) == 0 || len(c.Landmark) == 0) {
			t.Fatalf("accepted a file without place words or landmarks")
		}
	})
}

func TestTextWords(t *testing.T) {
	cases := []struct {
		text     string
		backward bool
		want     string
	}{
		{"police arrested protesters in ", true, "in protesters arrested"},
		{"shares of ", true, "of shares"},
		{"(", true, ""},
		{" Motor Co. said", false, "motor co. said"},
		{"'s shares fell", false, "'s shares fell"},
		{", Japan, on", false, "japan on"},
	}
	for _, c := range cases {
		if got := strings.Join(textWords(c.text, c.backward, 3), " "); got != c.want {
			t.Errorf("textWords(%q, %v) = %q, want %q", c.text, c.backward, got, c.want)
		}
	}
}
