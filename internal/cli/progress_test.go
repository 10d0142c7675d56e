package cli

import (
	"strings"
	"testing"
)

// TestProgressStages: a long input's stage is shown after the count; a
// short one's is not asked for.
func TestProgressStages(t *testing.T) {
	var b strings.Builder
	p := newProgress(&b, "analyze")
	if p.steps("short.txt", longInput-1) != nil {
		t.Fatal("a short input gets a stage display")
	}
	step := p.steps("long.txt", 4<<20)
	step(3, 9, "entity")
	if got := b.String(); !strings.Contains(got, "long.txt (4.0 MB") || !strings.Contains(got, "stage 3/9 entity") {
		t.Fatalf("progress line %q", got)
	}
	p.finish("long.txt")
	b.Reset()
	p.add(1)
	p.done()
	if strings.Contains(b.String(), "long.txt") {
		t.Fatalf("a finished input still shown: %q", b.String())
	}
	var nilBar *progressBar
	if nilBar.steps("long.txt", 4<<20) != nil {
		t.Fatal("no progress bar, yet a stage display")
	}
	nilBar.finish("long.txt")
}
