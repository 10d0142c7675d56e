package syntax

import (
	"slices"
	"strconv"
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
			words, a := handParse(t, tc.parse)
			mendSubjects(words, &a, &a.mend)
			if !slices.Equal(a.Head, tc.heads) || !slices.Equal(a.Rel, tc.rels) {
				t.Errorf("got %v %v, want %v %v", a.Head, a.Rel, tc.heads, tc.rels)
			}
		})
	}
}

// TestMendClauses: parses whose clauses no English tree has, written by
// hand as the parser might give them, and what is mended. Each word is
// FORM/UPOS/XPOS/HEAD/REL.
func TestMendClauses(t *testing.T) {
	for _, tc := range []struct {
		name, parse string
		heads       []int
		rels        []string
	}{
		{"a quotation mark taken for the root",
			"“/PUNCT/``/0/root Prices/NOUN/NNS/3/nsubj rose/VERB/VBD/1/ccomp ./PUNCT/./3/punct",
			[]int{3, 3, 0, 3}, []string{"punct", "nsubj", "root", "punct"}},
		{"a subordinator on the clause's subject",
			"He/PRON/PRP/2/nsubj promised/VERB/VBD/0/root to/PART/TO/4/mark sell/VERB/VB/2/xcomp the/DET/DT/6/det farm/NOUN/NN/4/obj if/SCONJ/IN/8/mark prices/NOUN/NNS/9/nsubj fall/VERB/VBP/2/parataxis",
			[]int{2, 0, 4, 2, 6, 4, 9, 9, 4}, []string{"nsubj", "root", "mark", "xcomp", "det", "obj", "mark", "nsubj", "advcl"}},
		{"a clause's subject read as a conjunct of the clause before",
			"The/DET/DT/2/det mayor/NOUN/NN/3/nsubj lives/VERB/VBZ/0/root in/ADP/IN/5/case Lyon/PROPN/NNP/3/obl and/CCONJ/CC/8/cc the/DET/DT/8/det council/NOUN/NN/5/conj meets/VERB/VBZ/3/advcl",
			[]int{2, 3, 0, 5, 3, 9, 8, 9, 3}, []string{"det", "nsubj", "root", "case", "obl", "cc", "det", "nsubj", "conj"}},
		{"a place's country read as the subject",
			"The/DET/DT/2/det mills/NOUN/NNS/0/root in/ADP/IN/4/case Leeds/PROPN/NNP/2/nmod ,/PUNCT/,/6/punct England/PROPN/NNP/9/nsubj:pass have/AUX/VBP/9/aux been/AUX/VBN/9/aux:pass sold/VERB/VBN/2/acl:relcl ./PUNCT/./2/punct",
			[]int{2, 9, 4, 2, 6, 4, 9, 9, 0, 9}, []string{"det", "nsubj:pass", "case", "nmod", "punct", "appos", "aux", "aux:pass", "root", "punct"}},
		{"a participle read as an oblique after an object",
			"Police/NOUN/NNS/2/nsubj found/VERB/VBD/0/root the/DET/DT/4/det shop/NOUN/NN/2/obj looted/VERB/VBN/9/obl ,/PUNCT/,/5/punct and/CCONJ/CC/9/cc officers/NOUN/NNS/9/nsubj arrived/VERB/VBD/2/conj",
			[]int{2, 0, 4, 2, 2, 5, 9, 9, 2}, []string{"nsubj", "root", "det", "obj", "xcomp", "punct", "cc", "nsubj", "conj"}},
		{"a conjunction read as a pronoun object",
			"He/PRON/PRP/2/nsubj noted/VERB/VBD/0/root that/PRON/DT/2/obj ,/PUNCT/,/7/punct the/DET/DT/6/det rules/NOUN/NNS/7/nsubj apply/VERB/VBP/2/parataxis",
			[]int{2, 0, 7, 7, 6, 7, 2}, []string{"nsubj", "root", "mark", "punct", "det", "nsubj", "ccomp"}},
		{"a pronoun object before a clause of its own is left",
			"He/PRON/PRP/2/nsubj said/VERB/VBD/0/root that/PRON/DT/2/obj and/CCONJ/CC/6/cc she/PRON/PRP/6/nsubj left/VERB/VBD/2/conj",
			[]int{2, 0, 2, 6, 6, 2}, []string{"nsubj", "root", "obj", "cc", "nsubj", "conj"}},
		{"two clauses with their subjects are left",
			"She/PRON/PRP/2/nsubj left/VERB/VBD/0/root and/CCONJ/CC/5/cc he/PRON/PRP/5/nsubj stayed/VERB/VBD/2/conj",
			[]int{2, 0, 5, 5, 2}, []string{"nsubj", "root", "cc", "nsubj", "conj"}},
		{"a relative clause on a nominal sentence is left",
			"Prices/NOUN/NNS/0/root ,/PUNCT/,/4/punct which/PRON/WDT/4/nsubj fell/VERB/VBD/1/acl:relcl",
			[]int{0, 4, 4, 1}, []string{"root", "punct", "nsubj", "acl:relcl"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words, a := handParse(t, tc.parse)
			mendClauses(words, &a, &a.mend)
			if !slices.Equal(a.Head, tc.heads) || !slices.Equal(a.Rel, tc.rels) {
				t.Errorf("got %v %v, want %v %v", a.Head, a.Rel, tc.heads, tc.rels)
			}
		})
	}
}

// handParse reads a parse written by hand, a word a field:
// form/UPOS/head/relation, or form/UPOS/XPOS/head/relation.
func handParse(t *testing.T, spec string) ([]string, Analysis) {
	t.Helper()
	var words []string
	var a Analysis
	for _, w := range strings.Fields(spec) {
		f := strings.Split(w, "/")
		if len(f) != 4 && len(f) != 5 {
			t.Fatalf("%q: want form/UPOS[/XPOS]/head/relation", w)
		}
		words = append(words, f[0])
		a.UPOS = append(a.UPOS, f[1])
		if len(f) == 5 {
			a.XPOS = append(a.XPOS, f[2])
		}
		h, err := strconv.Atoi(f[len(f)-2])
		if err != nil {
			t.Fatalf("%q: %v", w, err)
		}
		a.Head = append(a.Head, h)
		a.Rel = append(a.Rel, f[len(f)-1])
	}
	return words, a
}

// TestMendNameModal: a capitalised modal before a proper noun is a name,
// except where a question opens with it or the sentence is title-cased.
func TestMendNameModal(t *testing.T) {
	for _, tc := range []struct {
		words []string
		xpos  []string
		want  string // the first word's new XPOS
	}{
		{[]string{"Will", "Ostrova", "was", "fined", "."}, []string{"MD", "NNP", "VBD", "VBN", "."}, "NNP"},
		{[]string{"Will", "Zorvan", "send", "troops", "?"}, []string{"MD", "NNP", "VB", "NNS", "."}, "MD"},
		{[]string{"Will", "Zorvan", "Send", "Troops", "Home"}, []string{"MD", "NNP", "VB", "NNS", "NN"}, "MD"},
		{[]string{"will", "Ostrova", "say", "it", "?"}, []string{"MD", "NNP", "VB", "PRP", "."}, "MD"},
		{[]string{"Will", "they", "come", "back", "?"}, []string{"MD", "PRP", "VB", "RB", "."}, "MD"},
	} {
		a := Analysis{UPOS: make([]string, len(tc.words)), XPOS: append([]string(nil), tc.xpos...)}
		mendNameModal(tc.words, &a)
		if a.XPOS[0] != tc.want {
			t.Errorf("%v: XPOS %s, want %s", tc.words, a.XPOS[0], tc.want)
		}
	}
	// inside the sentence
	words := []string{"Police", "said", "Dr", "Will", "Ostrova", "was", "fined", "."}
	a := Analysis{UPOS: make([]string, len(words)), XPOS: []string{"NNS", "VBD", "NNP", "MD", "NNP", "VBD", "VBN", "."}}
	mendNameModal(words, &a)
	if a.XPOS[3] != "NNP" || a.UPOS[3] != "PROPN" {
		t.Errorf("inside: %s/%s, want PROPN/NNP", a.UPOS[3], a.XPOS[3])
	}
}
