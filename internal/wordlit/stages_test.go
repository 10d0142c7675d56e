package wordlit

import (
	"path/filepath"
	"testing"
)

// TestStages fails on every English word written as a literal where the
// stages that read words compare it with text: such words belong in the
// stage's word list (a data file).
func TestStages(t *testing.T) {
	for _, pkg := range []string{"entity", "quote", "cameo", "timex"} {
		found, err := CheckDir(filepath.Join("..", "..", pkg))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			t.Errorf("%s: a word compared with text belongs in the stage's word list", f)
		}
	}
}
