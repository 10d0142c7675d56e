package article

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestAllBoilerplateKeepsCaptions: a text whose every line looks like
// boilerplate keeps its captions of some length as the body, with a
// warning; one with nothing of the kind keeps no body.
func TestAllBoilerplateKeepsCaptions(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		body    int  // body paragraphs
		warning bool // a warning says so
	}{
		{"photo feature", "Volunteers planted 300 trees along the river bank on Saturday morning as part of the town's spring clean-up. (Supplied photo)", 1, true},
		{"two captions", "Volunteers planted 300 trees along the river bank on Saturday morning. (Supplied photo)\nThe mayor thanked the volunteers at a lunch afterwards in the town hall. (Photo by Jane Roe)", 2, true},
		{"short credit only", "(Supplied photo)", 0, false},
		{"promotions only", "Sign up for our daily newsletter\nFollow us on Twitter and Facebook.", 0, false},
		{"a body stays as it is", "Volunteers planted 300 trees along the river bank on Saturday morning, the council said in a statement.\nThe mayor thanked the volunteers at a lunch afterwards in the town hall. (Supplied photo)", 1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, c.text)
			if len(d.Body) != c.body {
				t.Errorf("%d body paragraphs, want %d: %+v", len(d.Body), c.body, d.Boilerplate)
			}
			warned := false
			for _, w := range d.Warnings {
				warned = warned || strings.Contains(w, "boilerplate")
			}
			if warned != c.warning {
				t.Errorf("warning %v, want %v: %q", warned, c.warning, d.Warnings)
			}
		})
	}
}

// TestClosingBoilerplate: after the last paragraph, a "More:" heading's
// links, a source line, the topic tags below it and a bare numeric id
// between paragraphs leave the body, whatever their words.
func TestClosingBoilerplate(t *testing.T) {
	const p1 = "The minister said on Tuesday that the talks would resume next week in the capital after a pause of several months."
	const p2 = "Officials from both sides are expected to attend the meeting, which was first planned for the spring of last year."
	cases := []struct {
		name  string
		lines []string // between p1 and p2, or after p2 when tail is set
		tail  bool
		kinds []string
	}{
		{"links under a More heading", []string{"More:", "Fishing boats return to the harbour", "Young people, including students, must be heard: envoy"}, false,
			[]string{doc.KindNavigation, doc.KindNavigation, doc.KindNavigation}},
		{"numeric id between paragraphs", []string{"191119052250266"}, false, []string{doc.KindOther}},
		{"source line and tags", []string{"SOURCE: News agencies", "Asia", "Afghanistan", "United States"}, true,
			[]string{doc.KindCredit, doc.KindNavigation, doc.KindNavigation, doc.KindNavigation}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			all := []string{p1}
			if c.tail {
				all = append(append(all, p2), c.lines...)
			} else {
				all = append(append(all, c.lines...), p2)
			}
			d := run(t, strings.Join(all, "\n"))
			kind := map[string]string{}
			for _, b := range d.Boilerplate {
				kind[b.Text] = b.Kind
			}
			for i, l := range c.lines {
				if kind[l] != c.kinds[i] {
					t.Errorf("%q: kind %q, want %q", l, kind[l], c.kinds[i])
				}
			}
			if len(d.Body) != 2 {
				t.Errorf("%d body paragraphs, want the 2 of prose", len(d.Body))
			}
		})
	}
}
