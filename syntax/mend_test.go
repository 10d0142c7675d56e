package syntax

import (
	"slices"
	"strings"
	"testing"
)

// TestMendSubjects: parses that give one head two subjects, written by
// hand as the parser might give them, and what is mended. Each word is
// FORM/UPOS/HEAD/REL.
func TestMendSubjects(t *testing.T) {
	for _, tc := range []struct {
		name, parse string
		heads       []int
		rels        []string
	}{
		{"coordinator starts the second subject",
			"Acme/PROPN/5/nsubj and/CCONJ/4/cc the/DET/4/det owners/NOUN/5/nsubj agreed/VERB/0/root ./PUNCT/5/punct",
			[]int{5, 4, 4, 1, 0, 5}, []string{"nsubj", "cc", "det", "conj", "root", "punct"}},
		{"proper noun before a common noun",
			"Sony/PROPN/5/nsubj and/CCONJ/3/cc Honda/PROPN/1/conj engineers/NOUN/5/nsubj met/VERB/0/root",
			[]int{4, 3, 1, 5, 0}, []string{"compound", "cc", "conj", "nsubj", "root"}},
		{"list cut at a comma",
			"Ports/NOUN/9/nsubj:pass of/ADP/3/case Aden/PROPN/1/nmod ,/PUNCT/5/punct Mocha/PROPN/3/conj ,/PUNCT/7/punct Salif/PROPN/9/nsubj:pass were/AUX/9/aux:pass shelled/VERB/0/root",
			[]int{9, 3, 1, 5, 3, 7, 3, 9, 0}, []string{"nsubj:pass", "case", "nmod", "punct", "conj", "punct", "conj", "aux:pass", "root"}},
		{"an outer subject is no second subject",
			"The/DET/2/det trouble/NOUN/6/nsubj:outer is/AUX/6/cop that/SCONJ/6/mark nobody/PRON/6/nsubj came/VERB/0/root",
			[]int{2, 6, 6, 6, 6, 0}, []string{"det", "nsubj:outer", "cop", "mark", "nsubj", "root"}},
		{"two subjects of two verbs",
			"She/PRON/2/nsubj left/VERB/0/root and/CCONJ/5/cc he/PRON/5/nsubj stayed/VERB/2/conj",
			[]int{2, 0, 5, 5, 2}, []string{"nsubj", "root", "cc", "nsubj", "conj"}},
		{"two subjects the words do not explain are left",
			"Rain/NOUN/4/nsubj today/NOUN/1/nmod:unmarked storms/NOUN/4/nsubj followed/VERB/0/root",
			[]int{4, 1, 4, 0}, []string{"nsubj", "nmod:unmarked", "nsubj", "root"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var words []string
			var a Analysis
			for _, w := range strings.Fields(tc.parse) {
				f := strings.Split(w, "/")
				words = append(words, f[0])
				a.UPOS = append(a.UPOS, f[1])
				h := 0
				for _, c := range f[2] {
					h = 10*h + int(c-'0')
				}
				a.Head = append(a.Head, h)
				a.Rel = append(a.Rel, f[3])
			}
			mendSubjects(words, &a, &a.mend)
			if !slices.Equal(a.Head, tc.heads) || !slices.Equal(a.Rel, tc.rels) {
				t.Errorf("got %v %v, want %v %v", a.Head, a.Rel, tc.heads, tc.rels)
			}
		})
	}
}
