package quote

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
)

// TestParsedAttributions: invented sentences, one of each way the parse
// shows an attribution.
func TestParsedAttributions(t *testing.T) {
	ent, q := stage(t)
	syn := syntaxStage(t)
	for _, c := range []struct {
		text                              string
		content, cue, cueKind, kind, spkr string
		nested                            bool
	}{
		{"The minister believes that the talks will fail.", "the talks will fail", "believe", "belief", "indirect", "The minister", false},
		{"The rebels plan to attack the northern town.", "to attack the northern town", "plan", "intention", "indirect", "The rebels", false},
		{"According to the agency, the talks ended without a deal.", "the talks ended without a deal", "according to", "speech", "indirect", "the agency", false},
		{"The union made a statement that its workers would strike.", "its workers would strike", "make statement", "speech", "indirect", "The union", false},
		{"The harbour will close next week, the mayor warned.", "The harbour will close next week", "warn", "speech", "indirect", "the mayor", false},
		{"The mayor said the governor told him that the bridge would close.", "the bridge would close", "tell", "speech", "indirect", "the governor", true},
		{"The farmers know that the rains will come late.", "the rains will come late", "know", "knowledge", "indirect", "The farmers", false},
		// a title and the name after it, with no comma: one speaker; a
		// description after a comma is left out
		{"Kenya's Deputy Transport Minister Peter Otieno told reporters that the road would reopen.", "the road would reopen", "tell", "speech", "indirect", "Kenya's Deputy Transport Minister Peter Otieno", false},
		{"Paul Martin, a detective, said that the car was stolen.", "the car was stolen", "say", "speech", "indirect", "Paul Martin", false},
	} {
		d := doc.New("x", c.text)
		d.Body = []doc.Span{{Start: 0, End: len(c.text)}}
		segment.Stage{}.Process(d)
		syn.Process(d)
		ent.Process(d)
		if err := q.Process(d); err != nil {
			t.Fatal(err)
		}
		var got *doc.Quote
		for i := range d.Quotes {
			if d.Quotes[i].Text == c.content {
				got = &d.Quotes[i]
			}
		}
		if got == nil {
			var texts []string
			for _, x := range d.Quotes {
				texts = append(texts, x.Text)
			}
			t.Errorf("%q: no attribution of %q (found %q)", c.text, c.content, texts)
			continue
		}
		sp := ""
		if got.Speaker != nil {
			sp = c.text[got.Speaker.Start:got.Speaker.End]
		}
		if got.Cue != c.cue || got.CueKind != c.cueKind || got.Kind != c.kind || sp != c.spkr || (got.NestedIn != nil) != c.nested {
			t.Errorf("%q: cue %q (%s), kind %s, speaker %q, nested %v; want %q (%s), %s, %q, %v", c.text, got.Cue, got.CueKind, got.Kind, sp, got.NestedIn != nil,
				c.cue, c.cueKind, c.kind, c.spkr, c.nested)
		}
	}
}
