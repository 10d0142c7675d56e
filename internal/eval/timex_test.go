package eval

import (
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
)

// TestMeantimeTimex holds the time-expression stage to its acceptance
// figures on MEANTIME: relaxed extent F1 >= 0.90, value accuracy >= 0.85.
func TestMeantimeTimex(t *testing.T) {
	dir := testenv.Shared(t, "peers", "timex", "meantime-english", "intra-doc_annotation")
	docs, err := LoadMeantime(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 120 {
		t.Errorf("loaded %d documents, want 120", len(docs))
	}
	tg, err := NewTimeTagger()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ScoreMeantimeTimex(docs, tg)
	t.Logf("extent P %.3f R %.3f F1 %.3f; value accuracy %.3f", s.Precision(), s.Recall(), s.F1(), s.ValueAccuracy())
	if s.F1() < 0.90 || s.ValueAccuracy() < 0.85 {
		t.Errorf("extent F1 %.3f (want >= 0.90), value accuracy %.3f (want >= 0.85)", s.F1(), s.ValueAccuracy())
	}
}

func TestMeantimeDetokenise(t *testing.T) {
	dir := testenv.Shared(t, "peers", "timex", "meantime-english", "intra-doc_annotation")
	docs, err := LoadMeantime(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, g := range d.Timex {
			if g.Start < 0 || g.End > len(d.Text) || g.Start >= g.End {
				t.Fatalf("%s: bad timex span %+v", d.Name, g)
			}
		}
	}
}

// TestDatetimeSpecs guards the resolver on the Recognizers-Text date specs
// against regressions (the target is 0.90; see the README for the figure).
func TestDatetimeSpecs(t *testing.T) {
	dir := testenv.Shared(t, "peers", "timex", "ms-recognizers-text-en-datetime-specs")
	cases, err := LoadDatetimeSpecs(dir)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := NewTimeTagger()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ScoreDatetimeSpecs(cases, tg)
	got := ratio(s.Right, s.Cases)
	t.Logf("%d cases, resolved as expected %.3f", s.Cases, got)
	if got < 0.30 {
		t.Errorf("resolved as expected %.3f, below the recorded floor 0.30", got)
	}
}
