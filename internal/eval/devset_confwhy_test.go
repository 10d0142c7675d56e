package eval

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
)

// TestConfWhy: an uncounted event below the threshold whose root a
// hand-coded event still wants is a rescue, another one a false positive
// let through; the feature that holds it down is named, and the replayed
// hand model gives back its confidence.
func TestConfWhy(t *testing.T) {
	bit := func(names ...string) uint64 {
		x := uint64(1) // bias
		for _, n := range names {
			x |= 1 << confBit(n)
		}
		return x
	}
	inPassing := bit("source", "target", "background")
	conf := replay(inPassing, 0)
	if conf != 0.48 {
		t.Fatalf("replayed confidence %.2f, want 0.48 (0.8 x 0.6)", conf)
	}
	if got := replay(inPassing, 1); got != 0.24 {
		t.Errorf("halved once: %.2f, want 0.24", got)
	}
	ev := func(code string, x uint64) doc.Event {
		c := cameo.HandConfidence(x)
		return doc.Event{Code: code, Confidence: float64(int(c*100+0.5)) / 100, Trace: doc.ConfidenceTrace{Features: x}}
	}
	w := newConfWhy()
	lift := w.add([]DevEvent{{"---", "---", "190"}}, []doc.Event{ev("190", inPassing), ev("040", inPassing)})
	if lift[0] != "match" || lift[1] != "not match" {
		t.Errorf("lift %v, want the 190 a match and the 040 not", lift)
	}
	var b strings.Builder
	w.write(&b)
	for _, want := range []string{"below confidence 1/1;", "without background 1/1;", "background 1/1;", "not replayed: 0"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
