package cameo

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// modelText lists every feature with weight w, then the extra lines.
func modelText(w string, extra ...string) string {
	var b strings.Builder
	b.WriteString("# a test model\n")
	for _, n := range ConfFeatureNames {
		fmt.Fprintf(&b, "%s\t%s\n", n, w)
	}
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	return b.String()
}

// TestConfidenceModelLoad checks that the built-in learned model loads and
// that a malformed entry is refused with its file and line.
func TestConfidenceModelLoad(t *testing.T) {
	for f, n := range ConfFeatureNames {
		if n == "" {
			t.Errorf("feature bit %d has no name", f)
		}
	}
	if _, err := DefaultConfidenceModel(); err != nil {
		t.Fatal(err)
	}
	m, err := LoadConfidenceModel(strings.NewReader(modelText("0.5")), "m.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Confidence(1<<fBias | 1<<fSource); math.Abs(got-1/(1+math.Exp(-1))) > 1e-12 {
		t.Errorf("two features of weight 0.5: confidence %v, want sigmoid(1)", got)
	}
	full := len(ConfFeatureNames) + 1 // the last feature's line
	bad := []struct{ text, want string }{
		{modelText("0.1", "flux\t0.2"), fmt.Sprintf("m.tsv:%d: unknown feature", full+1)},
		{modelText("0.1", "source\t0.2"), fmt.Sprintf("m.tsv:%d: feature \"source\" listed twice", full+1)},
		{strings.Replace(modelText("0.1"), "alone\t0.1", "alone\tlots", 1), "weight \"lots\" is no number"},
		{strings.Replace(modelText("0.1"), "alone\t0.1", "alone\tNaN", 1), "weight \"NaN\" is no number"},
		{strings.Replace(modelText("0.1"), "alone\t0.1", "alone\t0.1\t2", 1), "want 2 tab-separated fields"},
		{strings.Replace(modelText("0.1"), "alone\t0.1\n", "", 1), "feature \"alone\" missing"},
	}
	for _, c := range bad {
		_, err := LoadConfidenceModel(strings.NewReader(c.text), "m.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "m.tsv") {
			t.Errorf("error %v, want one naming m.tsv with %q", err, c.want)
		}
	}
}

// TestHandConfidence checks the hand-set model over features: the sums
// and the factors of the package comment.
func TestHandConfidence(t *testing.T) {
	bits := func(fs ...int) uint64 {
		x := uint64(1 << fBias)
		for _, f := range fs {
			x |= 1 << f
		}
		return x
	}
	for _, c := range []struct {
		x    uint64
		want float64
	}{
		{bits(), 0.45},
		{bits(fSource, fTarget, fObjectParty), 0.9},
		{bits(fSource, fTarget, fObjectParty, fBackground), 0.54},
		{bits(fSource, fTarget, fObjectParty, fBackground, fBackgroundWeak), 0.45},
		{bits(fTarget, fDoerUntold), 0.48},
		{bits(fSource, fSubParticiple), 0.4875},
		{bits(fSource, fTarget, fAlleged), 0.48},
	} {
		if got := HandConfidence(c.x); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("features %b: %v, want %v", c.x, got, c.want)
		}
	}
}

// TestLearnedConfidence checks that a stage given a model reads every
// event's confidence with it and records the features it read.
func TestLearnedConfidence(t *testing.T) {
	s := load(t)
	m, err := LoadConfidenceModel(strings.NewReader(modelText("0")), "m.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m.W[fBias] = 2
	ev := *s.ev
	ev.Confidence = m
	s.ev = &ev
	d := s.run("The harbour board of Talvik praised the ferry crews on Monday.", "2024-05-06")
	if len(d.Events) == 0 {
		t.Fatal("no event")
	}
	for _, e := range d.Events {
		if e.Trace.Features&(1<<fBias) == 0 {
			t.Errorf("%s: no features recorded", e.Code)
		}
		if e.Confidence != 0.88 && e.Caveat == "" {
			t.Errorf("%s: confidence %v, want sigmoid(2) = 0.88", e.Code, e.Confidence)
		}
	}
}
