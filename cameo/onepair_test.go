package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestOnePerPair: among the counted events of a sentence, one that
// another tells the same act of (the same code and parties at the
// country level, a party unnamed on one trigger being any; a generic
// code of one root of violence beside another root's act) is set aside,
// the fuller one kept; acts of other codes, other countries, or of two
// triggers sharing no named party are all kept; two organs of one state
// conjoined on one trigger (its army and police) are one party.
func TestOnePerPair(t *testing.T) {
	code := func(c string) *doc.Actor {
		if c == "" {
			return &doc.Actor{Name: "someone"}
		}
		return &doc.Actor{Name: c, Actor: &c}
	}
	ev := func(src, tgt, c string, at int) doc.Event {
		return doc.Event{Code: c, Root: c[:2], Source: code(src), Target: code(tgt), Confidence: 0.8,
			Trigger: doc.Trigger{Span: doc.Span{Start: at, End: at + 5}}}
	}
	for _, c := range []struct {
		name string
		in   []doc.Event
		want []string // code:source>target of the events still counted, in order
	}{
		{"the same parties twice", []doc.Event{ev("ZRVMIL", "QALCVL", "190", 3), ev("ZRVMIL", "QALCVL", "190", 3)}, []string{"190:ZRVMIL>QALCVL"}},
		{"a country and its agent", []doc.Event{ev("", "QAL", "173", 3), ev("", "QALGOV", "173", 3)}, []string{"173:>QALGOV"}},
		{"an unnamed party on one trigger", []doc.Event{ev("", "QAL", "046", 3), ev("QAL", "", "046", 3)}, []string{"046:>QAL"}},
		{"groups of no country on one trigger", []doc.Event{ev("CVL", "", "144", 3), ev("EDU", "", "144", 3), ev("LAB", "", "144", 3)}, []string{"144:CVL>"}},
		{"groups of no country on two triggers", []doc.Event{ev("CVL", "QAL", "141", 3), ev("EDU", "QAL", "141", 9)}, []string{"141:CVL>QAL", "141:EDU>QAL"}},
		{"two countries", []doc.Event{ev("ZRVMIL", "QAL", "190", 3), ev("ZRVMIL", "VOR", "190", 3)}, []string{"190:ZRVMIL>QAL", "190:ZRVMIL>VOR"}},
		{"two codes", []doc.Event{ev("ZRV", "QAL", "111", 3), ev("ZRV", "QAL", "112", 3)}, []string{"111:ZRV>QAL", "112:ZRV>QAL"}},
		{"the deaths of an attack", []doc.Event{ev("", "QAL", "180", 3), ev("", "QAL", "190", 9)}, []string{"190:>QAL"}},
		{"the killings of a massacre", []doc.Event{ev("", "QAL", "200", 3), ev("", "QALCVL", "190", 9)}, []string{"200:>QAL"}},
		{"two acts of one root", []doc.Event{ev("", "QAL", "180", 3), ev("", "QAL", "181", 9)}, []string{"180:>QAL", "181:>QAL"}},
		{"two specific codes", []doc.Event{ev("", "QAL", "183", 3), ev("", "QAL", "195", 9)}, []string{"183:>QAL", "195:>QAL"}},
		{"two triggers, nothing named shared", []doc.Event{ev("ZRV", "QAL", "057", 3), ev("", "", "057", 9)}, []string{"057:ZRV>QAL", "057:>"}},
		{"two triggers, one named", []doc.Event{ev("ZRVREL", "QAL", "036", 3), ev("ZRVREL", "QALGOV", "036", 9)}, []string{"036:ZRVREL>QAL"}},
		{"the unnamed party filled", []doc.Event{ev("ZRVCOP", "", "190", 3), ev("ZRVCOP", "ZRVLAB", "190", 9)}, []string{"190:ZRVCOP>ZRVLAB"}},
		{"both directions stay", []doc.Event{ev("ZRV", "QAL", "040", 3), ev("QAL", "ZRV", "040", 3)}, []string{"040:ZRV>QAL", "040:QAL>ZRV"}},
		{"organs of one state on one trigger", []doc.Event{ev("ZRVMIL", "QALEDU", "173", 3), ev("ZRVCOP", "QALEDU", "173", 3)}, []string{"173:ZRVMIL>QALEDU"}},
		{"a state's army and its rebels", []doc.Event{ev("ZRVMIL", "", "190", 3), ev("ZRVREB", "", "190", 3)}, []string{"190:ZRVMIL>", "190:ZRVREB>"}},
		{"organs of one state on two triggers", []doc.Event{ev("ZRVMIL", "QALEDU", "173", 3), ev("ZRVCOP", "QALEDU", "173", 9)}, []string{"173:ZRVMIL>QALEDU", "173:ZRVCOP>QALEDU"}},
	} {
		evs := append([]doc.Event(nil), c.in...)
		onePerPair(evs)
		var got []string
		for _, e := range evs {
			if Counted(&e) {
				got = append(got, e.Code+":"+actorCode(e.Source)+">"+actorCode(e.Target))
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: counted %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: counted %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}

// TestOnePerPairSentences: the conjoined victims of one country and an
// attack told again by its toll count once in the codebook convention;
// the PETRARCH convention keeps an event for each.
func TestOnePerPairSentences(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text     string
		petrarch bool
		want     int // counted events of roots 18 to 20
	}{
		{"Kenyan troops killed two farmers and a teacher near Garissa on Sunday.", false, 1},
		{"Kenyan troops killed two farmers and a teacher near Garissa on Sunday.", true, 2},
		{"Two Ugandan soldiers and a Tanzanian officer were shot by rebels near the border on Sunday.", false, 2},
	} {
		n := 0
		for _, e := range s.petrarch(c.petrarch).run(c.text, "2020-12-02").Events {
			if Counted(&e) && e.Root >= "18" && e.Root <= "20" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q (petrarch %v): %d counted violent events, want %d", c.text, c.petrarch, n, c.want)
		}
	}
}
