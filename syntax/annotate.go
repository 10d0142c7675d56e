package syntax

import (
	"strings"

	"github.com/dragoman/dragoman/syntax/conllu"
)

// MaxParse is the longest stretch of tokens parsed as one sentence: a
// longer "sentence" (a list, a table read as text) is parsed in chunks so
// that the cost stays linear in its length.
const MaxParse = 250

// Analysis holds the predicted columns of one sentence, word by word.
type Analysis struct {
	Lemma, UPOS, XPOS []string
	// Head is the 1-based index of each word's head, 0 for the root, -1
	// when there is no parser.
	Head []int
	// Rel is the Universal Dependencies relation to the head.
	Rel []string

	mend mendScratch
}

func (a *Analysis) reset(n int) {
	grow := func(s []string) []string {
		if cap(s) < n {
			return make([]string, n)
		}
		s = s[:n]
		clear(s)
		return s
	}
	a.Lemma, a.UPOS, a.XPOS, a.Rel = grow(a.Lemma), grow(a.UPOS), grow(a.XPOS), grow(a.Rel)
	if cap(a.Head) < n {
		a.Head = make([]int, n)
	}
	a.Head = a.Head[:n]
	for i := range a.Head {
		a.Head[i] = -1
	}
}

// Annotate tags, lemmatizes and parses one sentence of words into a,
// with the models there are.
func (m *Models) Annotate(words []string, a *Analysis) {
	a.reset(len(words))
	if len(words) == 0 {
		return
	}
	if m.Tagger != nil {
		m.Tagger.Tag(words, a.UPOS, a.XPOS)
		mendNameModal(words, a)
	}
	m.lemmatize(words, a)
	m.parse(words, a)
	if m.Parser != nil {
		mendSubjects(words, a, &a.mend)
		mendClauses(words, a, &a.mend)
	}
}

// chunks splits n words into stretches of at most MaxParse, cutting after
// the last punctuation of each stretch when there is one in its second half.
func chunks(words []string, upos []string, n int) [][2]int {
	var out [][2]int
	for start := 0; start < n; {
		end := min(n, start+MaxParse)
		if end < n {
			for k := end - 1; k > start+MaxParse/2; k-- {
				if upos[k] == "PUNCT" || words[k] == ";" || words[k] == "," {
					end = k + 1
					break
				}
			}
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// UniversalRel returns a relation without its subtype ("obl:tmod" ->
// "obl"), as the CoNLL 2018 LAS compares them.
func UniversalRel(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// AnnotateCoNLLU predicts the LEMMA, UPOS, XPOS, HEAD and DEPREL columns
// of a CoNLL-U sentence over its own words; FEATS and DEPS become "_"
// (not predicted), every other line and column is kept.
func (s *Stage) AnnotateCoNLLU(sent *conllu.Sentence, a *Analysis) {
	s.models.Annotate(sent.Forms(), a)
	for i := range sent.Words {
		w := &sent.Words[i]
		w.Lemma, w.UPOS, w.XPOS, w.Deprel = a.Lemma[i], a.UPOS[i], a.XPOS[i], a.Rel[i]
		w.Head = a.Head[i]
		w.Feats, w.Deps = "", ""
	}
}
