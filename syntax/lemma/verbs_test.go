package lemma

import (
	"strings"
	"testing"
)

// TestVerbData checks that the embedded verb list reads.
func TestVerbData(t *testing.T) {
	v, err := readVerbs(strings.NewReader(verbData), VerbFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.lemmas) < 1000 || len(v.irregular) < 200 {
		t.Errorf("%d lemmas, %d irregular forms: the list looks truncated", len(v.lemmas), len(v.irregular))
	}
}

// TestReadVerbsMalformed checks that a malformed entry fails with its line.
func TestReadVerbsMalformed(t *testing.T) {
	for _, in := range []string{
		"walk\tx\ty\n",               // three fields
		"Walk\n",                     // not lowercase
		"walk\nrun\n",                // out of order
		"run\nrun\n",                 // repeated
		"go\twent gone\nrun\tgone\n", // a form listed twice
		"go\twent go2\n",             // a form not of letters
		"go\twent\nwent\n",           // a form that is a lemma
		"go\t\n",                     // an empty form
	} {
		if _, err := readVerbs(strings.NewReader("# c\n\n"+in), "v.tsv"); err == nil || !strings.HasPrefix(err.Error(), "v.tsv") {
			t.Errorf("%q: err = %v, want an error naming the file", in, err)
		}
	}
	v, err := readVerbs(strings.NewReader("# c\n\ngo\twent gone\nrun\n"), "v.tsv")
	if err != nil || v.irregular["went"] != "go" || !v.lemmas["run"] {
		t.Errorf("valid list: %v, %v", v, err)
	}
}

// TestVerbStems checks the spelling rules on invented verbs and on verbs
// of a small list, with and without the list.
func TestVerbStems(t *testing.T) {
	m := train(t)
	m.list = &verbList{lemmas: map[string]bool{"hope": true, "hop": true, "plod": true, "gleam": true, "scurry": true, "vie": true, "add": true, "fix": true, "close": true}, irregular: map[string]string{"strewn": "strew"}}
	for _, c := range []struct{ form, xpos, want string }{
		{"hoped", "VBD", "hope"},      // e after a single vowel and consonant
		{"hopping", "VBG", "hop"},     // a doubled consonant undone
		{"plodded", "VBN", "plod"},    //
		{"added", "VBD", "add"},       // a double consonant of the stem kept
		{"gleamed", "VBD", "gleam"},   // no e after a vowel pair
		{"scurries", "VBZ", "scurry"}, // y/i
		{"scurried", "VBD", "scurry"},
		{"vying", "VBG", "vie"},
		{"fixes", "VBZ", "fix"},
		{"closes", "VBZ", "close"},
		{"strewn", "VBN", "strew"},     // an irregular form of the list
		{"bestrewn", "VBD", "bestrew"}, // a prefix before one
		{"tried", "VBN", "try"},        // the lexicon's VBD for a VBN
		{"flooted", "VBD", "floot"},    // unknown: no e after a vowel pair
		{"blurped", "VBD", "blurp"},    // unknown: no e after two consonants
		{"glimmed", "VBD", "glim"},     // unknown: a doubled consonant
		{"Hoped", "VBD", "hope"},       // case
		{"hoped", "JJ", "hoped"},       // not a verb tag: the learned rules
	} {
		if got := m.Lemma(c.form, "VERB", c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.xpos, got, c.want)
		}
	}
}
