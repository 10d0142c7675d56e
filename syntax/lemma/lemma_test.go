package lemma

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/internal/modelio"
)

const treebank = `1	The	the	DET	DT	_	_	_	_	_
2	dogs	dog	NOUN	NNS	_	_	_	_	_
3	walked	walk	VERB	VBD	_	_	_	_	_
4	to	to	ADP	IN	_	_	_	_	_
5	Paris	Paris	PROPN	NNP	_	_	_	_	_
6	.	.	PUNCT	.	_	_	_	_	_

1	Cats	cat	NOUN	NNS	_	_	_	_	_
2	talked	talk	VERB	VBD	_	_	_	_	_
3	and	and	CCONJ	CC	_	_	_	_	_
4	jumped	jump	VERB	VBD	_	_	_	_	_
5	over	over	ADP	IN	_	_	_	_	_
6	the	the	DET	DT	_	_	_	_	_
7	Americans	American	PROPN	NNPS	_	_	_	_	_
8	's	's	PART	POS	_	_	_	_	_
9	cars	car	NOUN	NNS	_	_	_	_	_

1	He	he	PRON	PRP	_	_	_	_	_
2	's	be	AUX	VBZ	_	_	_	_	_
3	studied	study	VERB	VBN	_	_	_	_	_
4	cities	city	NOUN	NNS	_	_	_	_	_
5	and	and	CCONJ	CC	_	_	_	_	_
6	tried	try	VERB	VBD	_	_	_	_	_
7	was	be	AUX	VBD	_	_	_	_	_
8	Germans	German	PROPN	NNPS	_	_	_	_	_

1	Kodun	Kod	X	LS	_	_	_	_	_

1	Wee	we	PRON	PRP	_	_	_	_	_
2	hopped	hop	VERB	VBD	_	_	_	_	_
3	and	and	CCONJ	CC	_	_	_	_	_
4	appplied	apply	VERB	VBD	Typo=Yes	_	_	_	_

`

func train(t testing.TB) *Model {
	ss, err := conllu.ReadAll(strings.NewReader(treebank), "treebank")
	if err != nil {
		t.Fatal(err)
	}
	return Train(ss)
}

func TestLemma(t *testing.T) {
	m := train(t)
	for _, tc := range []struct{ form, upos, xpos, want string }{
		{"dogs", "NOUN", "NNS", "dog"},         // seen
		{"The", "DET", "DT", "the"},            // seen
		{"THE", "DET", "DT", "the"},            // seen lowercased
		{"'s", "PART", "POS", "'s"},            // seen, by tag
		{"'s", "AUX", "VBZ", "be"},             // seen, by tag
		{"Walked", "VERB", "VBD", "walk"},      // seen lowercased
		{"kicked", "VERB", "VBD", "kick"},      // rule: -ed
		{"Hats", "NOUN", "NNS", "hat"},         // rule: -s, lowercased
		{"Britons", "PROPN", "NNPS", "Briton"}, // rule: proper noun keeps its case
		{"London", "PROPN", "NNP", "London"},   // unseen proper noun
		{"ponies", "NOUN", "NNS", "pony"},      // rule: -ies
		{"Blorf", "X", "FW", "blorf"},          // nothing known: lowercase
		{"Jaén", "X", "LS", "jaén"},            // the rule "strip 2" would cut inside "é"
		{"appplied", "VERB", "VBD", "apply"},   // a seen typo keeps its lemma
		{"supplied", "VERB", "VBD", "supply"},  // but teaches no rule ("suply")
	} {
		if got := m.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", tc.form, tc.upos, tc.xpos, got, tc.want)
		}
	}
}

func TestWriteRead(t *testing.T) {
	m := train(t)
	var a, b bytes.Buffer
	if err := m.Write(&a); err != nil {
		t.Fatal(err)
	}
	r, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("model written, read and written again differs")
	}
	if got := r.Lemma("kicked", "VERB", "VBD"); got != "kick" {
		t.Errorf("read model: %q", got)
	}
	var c bytes.Buffer
	if err := train(t).Write(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("two trainings differ")
	}
}

func TestReadCorrupt(t *testing.T) {
	var good bytes.Buffer
	if err := train(t).Write(&good); err != nil {
		t.Fatal(err)
	}
	for name, in := range modelio.Damaged(good.Bytes()) {
		if _, err := Read(bytes.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "lemma model: ") {
			t.Errorf("%s: err %v", name, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	var good bytes.Buffer
	if err := train(f).Write(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Read(bytes.NewReader(in))
		if err != nil {
			return
		}
		m.Lemma("walked", "VERB", "VBD")
	})
}

// BenchmarkLemma lemmatizes EWT dev (gold tags) with a model trained on
// EWT train and reports tokens per second.
func BenchmarkLemma(b *testing.B) {
	dir := testenv.Shared(b, "peers", "ud", "en_ewt")
	read := func(name string) []*conllu.Sentence {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		ss, err := conllu.ReadAll(f, name)
		if err != nil {
			b.Fatal(err)
		}
		return ss
	}
	m := Train(read("en_ewt-ud-train.conllu"))
	var words []conllu.Word
	for _, s := range read("en_ewt-ud-dev.conllu") {
		words = append(words, s.Words...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			m.Lemma(w.Form, w.UPOS, w.XPOS)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// FuzzLemma checks that a word of valid UTF-8 gets a lemma of valid UTF-8,
// whatever rule applies to it.
func FuzzLemma(f *testing.F) {
	m := train(f)
	for _, s := range []string{"Jaén", "dogs", "İstanbul", "ΣΟΦΊΑ", "naïve"} {
		f.Add(s, "X", "LS")
		f.Add(s, "NOUN", "NNS")
	}
	f.Fuzz(func(t *testing.T, form, upos, xpos string) {
		if !utf8.ValidString(form) {
			return
		}
		if l := m.Lemma(form, upos, xpos); !utf8.ValidString(l) {
			t.Errorf("Lemma(%q, %s, %s) = %q: not valid UTF-8", form, upos, xpos, l)
		}
	})
}

// mapLemma is Lemma looked up in the lexicon and rules by (kind, word,
// tag) key, as Train learns them; m gives the verb step (verbs.go).
func mapLemma(m *Model, lex map[key]string, rules map[key]rule, form, upos, xpos string) string {
	if l, ok := lex[key{byForm, form, xpos}]; ok {
		return l
	}
	lower := strings.ToLower(form)
	if l, ok := lex[key{byLower, lower, xpos}]; ok {
		if isProper(xpos, upos) && lower != form {
			if r := ruleFor(lower, l, false); r.strip <= len(form) && l != "" {
				if out, ok := (rule{keep: true, strip: r.strip, add: r.add}).apply(form); ok {
					return out
				}
			}
		}
		return l
	}
	if l, ok := lex[key{byUPOS, form, upos}]; ok {
		return l
	}
	learned := ""
	for k := min(len(lower), maxSuffix); k >= 0 && learned == ""; k-- {
		if r, ok := rules[key{0, lower[len(lower)-k:], xpos}]; ok {
			if out, ok := r.apply(form); ok && out != "" {
				learned = out
			}
		}
	}
	if upos == "VERB" && inflected(xpos) {
		if l, ok := m.verbLemma(lower, xpos, learned); ok {
			return l
		}
	}
	if learned != "" {
		return learned
	}
	if isProper(xpos, upos) {
		return form
	}
	return lower
}

// TestIndex checks that a model gives the lemmas of its lexicon and rules
// by key, trained on EWT train, written and read back, on the words of EWT dev
// as written, lowercased and capitalized, under their own tags and under
// each other tag pair of the treebank.
func TestIndex(t *testing.T) {
	dir := testenv.Shared(t, "peers", "ud", "en_ewt")
	read := func(name string) []*conllu.Sentence {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		ss, err := conllu.ReadAll(f, name)
		if err != nil {
			t.Fatal(err)
		}
		return ss
	}
	lex, rules := trainMaps(read("en_ewt-ud-train.conllu"))
	var buf bytes.Buffer
	if err := fromMaps(lex, rules).Write(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ upos, xpos string }
	seen := map[pair]bool{}
	var pairs []pair
	var words []conllu.Word
	for _, s := range read("en_ewt-ud-dev.conllu") {
		for _, w := range s.Words {
			if p := (pair{w.UPOS, w.XPOS}); !seen[p] {
				seen[p] = true
				pairs = append(pairs, p)
			}
			words = append(words, w)
		}
	}
	n := 0
	for i, w := range words {
		f := w.Form
		variants := []string{f, strings.ToLower(f), strings.ToUpper(f[:1]) + f[1:]}
		for _, v := range variants {
			for j, p := range pairs {
				if j%7 != i%7 && p != (pair{w.UPOS, w.XPOS}) { // its own and a seventh of the others
					continue
				}
				n++
				if got, want := m.Lemma(v, p.upos, p.xpos), mapLemma(m, lex, rules, v, p.upos, p.xpos); got != want {
					t.Fatalf("Lemma(%q, %s, %s) = %q, the key maps give %q", v, p.upos, p.xpos, got, want)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no words checked")
	}
}
