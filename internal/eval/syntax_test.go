package eval

import (
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax"
)

// A sample of EWT test (the full figures are dragoman eval syntax): the
// tokenizer, and whichever models are trained, stay near their figures.
func TestSyntaxSample(t *testing.T) {
	path := testenv.Shared(t, "peers", "ud", "en_ewt", "en_ewt-ud-test.conllu")
	sents, err := ReadTreebank(path)
	if err != nil {
		t.Fatal(err)
	}
	sents = sents[:300]
	tc, unaligned := ScoreTokens(sents, nil)
	if _, _, f1 := tc.F1(); f1 < 0.98 || unaligned > 0 {
		t.Errorf("token F1 %.4f (%d sentences unaligned), want >= 0.98", f1, unaligned)
	}
	st, err := syntax.New()
	if err != nil {
		t.Fatal(err)
	}
	m, _ := syntax.DefaultModels()
	sc := ScoreSyntax(st, sents)
	if m.Tagger != nil && sc.Rate(sc.UPOS) < 0.93 {
		t.Errorf("UPOS %.4f on %d words, want >= 0.93", sc.Rate(sc.UPOS), sc.Words)
	}
	checkModels(t, m, sc)
}
