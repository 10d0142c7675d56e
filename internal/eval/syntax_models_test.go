package eval

import (
	"testing"

	"github.com/dragoman/dragoman/syntax"
)

// checkModels checks the lemmatizer's and the parser's figures on the
// sample when they are trained.
func checkModels(t *testing.T, m *syntax.Models, sc SyntaxScores) {
	if m.Lemma != nil && sc.Rate(sc.Lemma) < 0.94 {
		t.Errorf("lemma accuracy %.4f, want >= 0.94", sc.Rate(sc.Lemma))
	}
	if m.Parser != nil && (sc.Rate(sc.UAS) < 0.83 || sc.Rate(sc.LAS) < 0.80) {
		t.Errorf("UAS %.4f LAS %.4f, want >= 0.83 and 0.80", sc.Rate(sc.UAS), sc.Rate(sc.LAS))
	}
}
