package quote

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
)

// TestSentenceOpeningWord: a single capitalised word that opens its
// sentence is not taken for an untyped name for its capital.
func TestSentenceOpeningWord(t *testing.T) {
	ent, q := stage(t)
	syn := syntaxStage(t)
	for _, c := range []struct{ text, kind string }{
		{"Reports say that the bridge has collapsed.", "unknown"},
	} {
		d := doc.New("x", c.text)
		d.Body = []doc.Span{{Start: 0, End: len(c.text)}}
		segment.Stage{}.Process(d)
		syn.Process(d)
		ent.Process(d)
		if err := q.Process(d); err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, x := range d.Quotes {
			if x.Speaker != nil && x.Text == "the bridge has collapsed" {
				kinds = append(kinds, x.Speaker.Kind)
			}
		}
		if len(kinds) != 1 || kinds[0] != c.kind {
			t.Errorf("%q: speaker kinds %v, want %s (%+v)", c.text, kinds, c.kind, d.Quotes)
		}
	}
}
