package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestUncodedTwin: of two events of one trigger that differ only in a
// party the twin codes and the other leaves uncoded, the coded one is
// kept, in either order; events of another trigger or code, or whose
// coded parties differ, are all kept.
func TestUncodedTwin(t *testing.T) {
	code := func(c string) *doc.Actor {
		if c == "" {
			return &doc.Actor{Name: "someone"}
		}
		return &doc.Actor{Name: c, Actor: &c}
	}
	ev := func(src, tgt, c string, at int) doc.Event {
		return doc.Event{Code: c, Source: code(src), Target: code(tgt), Confidence: 0.8,
			Trigger: doc.Trigger{Span: doc.Span{Start: at, End: at + 5}}}
	}
	for _, c := range []struct {
		name string
		in   []doc.Event
		want []string // source>target of the events kept, in order
	}{
		{"uncoded target after", []doc.Event{ev("ZRV", "QALMIL", "183", 3), ev("ZRV", "", "183", 3)}, []string{"ZRV>QALMIL"}},
		{"uncoded target first", []doc.Event{ev("ZRV", "", "183", 3), ev("ZRV", "QALMIL", "183", 3)}, []string{"ZRV>QALMIL"}},
		{"uncoded source", []doc.Event{ev("", "QAL", "043", 3), ev("ZRV", "QAL", "043", 3)}, []string{"ZRV>QAL"}},
		{"two coded targets", []doc.Event{ev("ZRV", "QAL", "190", 3), ev("ZRV", "QALMIL", "190", 3)}, []string{"ZRV>QAL", "ZRV>QALMIL"}},
		{"another trigger", []doc.Event{ev("ZRV", "QAL", "190", 3), ev("ZRV", "", "190", 9)}, []string{"ZRV>QAL", "ZRV>"}},
		{"another code", []doc.Event{ev("ZRV", "QAL", "190", 3), ev("ZRV", "", "183", 3)}, []string{"ZRV>QAL", "ZRV>"}},
		{"both parties differ", []doc.Event{ev("ZRV", "QAL", "190", 3), ev("", "", "190", 3)}, []string{"ZRV>QAL", ">"}},
	} {
		d := &doc.Document{}
		for _, e := range c.in {
			addEvent(d, 0, e)
		}
		var got []string
		for _, e := range d.Events {
			got = append(got, actorCode(e.Source)+">"+actorCode(e.Target))
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: kept %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: kept %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}
