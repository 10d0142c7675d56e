package cameo

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// tree builds a parse from CoNLL-like lines "form UPOS XPOS head rel"
// (head 1-based, 0 for the root), one word a line.
func tree(t *testing.T, lines ...string) *parse {
	t.Helper()
	p := &parse{}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 5 {
			t.Fatalf("bad tree line %q", l)
		}
		h, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("bad head in %q", l)
		}
		p.syn = append(p.syn, doc.Token{Form: f[0], Lemma: strings.ToLower(f[0]), UPOS: f[1], XPOS: f[2], Head: int32(h - 1), Rel: f[4]})
	}
	return p
}

// TestConjunctShapes: the members of a list are read from the shapes the
// parser gives a coordination (every conjunct on the first, a chain of
// conjuncts, the conjunction on a title before a name, the last member
// hung as an apposition of the one before), and a bare apposition adds
// no one.
func TestConjunctShapes(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  []int // 1-based members, the first included
	}{
		{"flat list", []string{
			"Lima PROPN NNP 6 nsubj", ", PUNCT , 3 punct", "Quito PROPN NNP 1 conj",
			"and CCONJ CC 5 cc", "Cusco PROPN NNP 1 conj", "voted VERB VBD 0 root"}, []int{1, 3, 5}},
		{"chained list", []string{
			"Lima PROPN NNP 6 nsubj", ", PUNCT , 3 punct", "Quito PROPN NNP 1 conj",
			"and CCONJ CC 5 cc", "Cusco PROPN NNP 3 conj", "voted VERB VBD 0 root"}, []int{1, 3, 5}},
		{"conjunction on a title", []string{
			"Ana PROPN NNP 6 nsubj", "and CCONJ CC 4 cc", "Minister PROPN NNP 4 nmod:desc",
			"Luis PROPN NNP 1 conj", "Soto PROPN NNP 4 flat", "spoke VERB VBD 0 root"}, []int{1, 4}},
		{"last member as an apposition", []string{
			"Ana PROPN NNP 7 nsubj", ", PUNCT , 3 punct", "Luis PROPN NNP 1 conj",
			"and CCONJ CC 6 cc", "Minister PROPN NNP 6 nmod:desc", "Eva PROPN NNP 3 appos", "spoke VERB VBD 0 root"}, []int{1, 3, 6}},
		{"apposition alone", []string{
			"Ana PROPN NNP 5 nsubj", ", PUNCT , 3 punct", "minister NOUN NN 1 appos", ", PUNCT , 3 punct", "spoke VERB VBD 0 root"}, []int{1}},
		{"conjunct without a conjunction", []string{
			"Ana PROPN NNP 4 nsubj", ", PUNCT , 3 punct", "Luis PROPN NNP 1 conj", "spoke VERB VBD 0 root"}, []int{1}},
	} {
		p := tree(t, c.lines...)
		var got []int
		for _, w := range p.withConjuncts([]int{0}) {
			got = append(got, w+1)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: members %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPrenominalParticiple: a bare past participle right before its
// clause's subject, which the parser hung on the clause as an adjunct,
// describes the subject; one with words of its own, or before a comma,
// is an adjunct.
func TestPrenominalParticiple(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"bare, before the subject", []string{
			"Exiled VERB VBN 4 advcl", "writer NOUN NN 3 compound", "Eva PROPN NNP 4 nsubj", "spoke VERB VBD 0 root"}, true},
		{"with a comma", []string{
			"Defeated VERB VBN 4 advcl", ", PUNCT , 1 punct", "Eva PROPN NNP 4 nsubj", "resigned VERB VBD 0 root"}, false},
		{"with words of its own", []string{
			"Freed VERB VBN 5 advcl", "Monday PROPN NNP 1 obl:tmod", "writer NOUN NN 4 compound", "Eva PROPN NNP 5 nsubj", "spoke VERB VBD 0 root"}, false},
		{"before the object", []string{
			"Eva PROPN NNP 2 nsubj", "met VERB VBD 0 root", "wounded VERB VBN 2 advcl", "soldiers NOUN NNS 2 obj"}, false},
	} {
		p := tree(t, c.lines...)
		j := 0
		for p.syn[j].XPOS != "VBN" {
			j++
		}
		if got := p.prenominal(j); got != c.want {
			t.Errorf("%s: prenominal %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFactiveConjunct: a noun conjoined to one that carries a factive
// modifier shares it ("the first port or harbour chief to refuse": the
// parse hangs "first" on "port" and the infinitive on "chief"); a noun
// with no such modifier in its coordination is no factive noun.
func TestFactiveConjunct(t *testing.T) {
	lines := []string{
		"the DET DT 4 det", "first ADJ JJ 4 amod", "sea NOUN NN 4 compound", "port NOUN NN 0 root",
		"or CCONJ CC 7 cc", "harbour NOUN NN 7 compound", "chief NOUN NN 4 conj",
		"refuse VERB VB 7 acl"} // (the "to" left out: the noun's modifiers alone decide)
	if p := tree(t, lines...); !p.factiveNoun(6) {
		t.Errorf("conjoined noun: not factive")
	}
	lines[1] = "new ADJ JJ 4 amod"
	if p := tree(t, lines...); p.factiveNoun(6) {
		t.Errorf("no factive modifier: factive")
	}
}
