package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/place"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
)

// stages are the stages a sentence goes through before cameo's, loaded
// once per test.
type stages struct {
	tx  *timex.Stage
	syn *syntax.Stage
	ent *entity.Stage
	ev  *Stage
}

func load(t testing.TB) stages {
	t.Helper()
	tx, err := timex.New()
	if err != nil {
		t.Fatal(err)
	}
	ent, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	ev, err := New()
	if err != nil {
		t.Fatal(err)
	}
	syn, err := syntax.New()
	if err != nil {
		t.Fatal(err)
	}
	return stages{tx: tx, syn: syn, ent: ent, ev: ev}
}

// on returns the events of text whose trigger is trigger, and fails the
// test when there is none.
func (s stages) on(t *testing.T, text, published, trigger string) []doc.Event {
	t.Helper()
	var out []doc.Event
	for _, e := range s.run(text, published).Events {
		if e.Trigger.Text == trigger {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no event on %q", text, trigger)
	}
	return out
}

func (s stages) run(text, published string) *doc.Document {
	d := doc.New("x", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	if published != "" {
		d.Published.Value = &published
	}
	segment.Stage{}.Process(d)
	s.syn.Process(d)
	s.tx.Process(d)
	s.ent.Process(d)
	place.New(s.ent.Gaz, s.ent.Lex).Process(d)
	s.ev.Process(d)
	return d
}

// petrarch returns the stages with the event stage under --convention
// petrarch when on is true, and s itself otherwise.
func (s stages) petrarch(on bool) stages {
	if on {
		ev := *s.ev
		ev.Convention = Petrarch
		s.ev = &ev
	}
	return s
}
