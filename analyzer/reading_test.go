package analyzer

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/input"
)

// TestAllBoilerplateText: a text whose every line looks like boilerplate
// but holds captions of some length is analysed, its captions the body and
// a warning on the document; one with nothing worth keeping fails naming
// why.
func TestAllBoilerplateText(t *testing.T) {
	an, err := New(Options{ReadingOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, err string
	}{
		{"photo feature", "Volunteers planted 300 trees along the river bank on Saturday morning as part of the town's spring clean-up. (Supplied photo)", ""},
		{"promotions only", "Sign up for our daily newsletter\nFollow us on Twitter and Facebook.", "no article text found"},
	}
	for _, c := range cases {
		d, err := an.Analyze(input.Item{Name: c.name, Data: []byte(c.text), Format: "text"})
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(d.Body) == 0 || len(d.Warnings) == 0 {
			t.Errorf("%s: body %v, warnings %q", c.name, d.Body, d.Warnings)
		}
	}
}
