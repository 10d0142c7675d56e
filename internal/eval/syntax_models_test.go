package eval

import (
	"testing"

	"github.com/dragoman/dragoman/syntax"
)

// checkModels checks the lemmatizer's and the parser's figures when they
// are trained.
func checkModels(t *testing.T, m *syntax.Models, sc SyntaxScores) {}
