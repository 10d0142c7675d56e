package syntax

import (
	"io"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/syntax/lemma"
	"github.com/dragoman/dragoman/syntax/parser"
	"github.com/dragoman/dragoman/syntax/tagger"
)

func tinyModels(t *testing.T) *Models {
	t.Helper()
	sents := tinyTreebank(t)
	return &Models{
		Tagger: tagger.Train(sents, tagger.Options{Epochs: 3}, io.Discard),
		Lemma:  lemma.Train(sents),
		Parser: parser.Train(sents, nil, nil, parser.Options{Epochs: 3}, io.Discard),
	}
}

// checkTree fails unless heads form one tree over n words.
func checkTree(t *testing.T, name string, heads []int) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(heads) || h == i+1 {
			t.Fatalf("%s: word %d has head %d", name, i+1, h)
		}
		if h == 0 {
			roots++
		}
		// follow the heads: a cycle never reaches the root
		seen := 0
		for x := i + 1; x != 0; x = heads[x-1] {
			if seen++; seen > len(heads) {
				t.Fatalf("%s: word %d is on a cycle", name, i+1)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%s: %d roots", name, roots)
	}
}

func TestAnnotate(t *testing.T) {
	m := tinyModels(t)
	var a Analysis
	for _, c := range []struct {
		name  string
		words []string
	}{
		{"short", strings.Fields("The army attacked the town .")},
		{"one word", []string{"Hello"}},
		{"long, chunked", strings.Fields(strings.Repeat("The leaders signed a deal , ", 120) + "and left .")},
		{"long without punctuation", strings.Fields(strings.Repeat("the army ", 400))},
	} {
		m.Annotate(c.words, &a)
		if len(a.Head) != len(c.words) || len(a.UPOS) != len(c.words) || len(a.Lemma) != len(c.words) {
			t.Fatalf("%s: columns of %d, %d, %d for %d words", c.name, len(a.Head), len(a.UPOS), len(a.Lemma), len(c.words))
		}
		checkTree(t, c.name, a.Head)
		for i := range c.words {
			if a.UPOS[i] == "" || a.Rel[i] == "" || a.Lemma[i] == "" {
				t.Fatalf("%s: word %d %q left empty: %q %q %q", c.name, i, c.words[i], a.UPOS[i], a.Rel[i], a.Lemma[i])
			}
		}
	}
	m.Annotate(nil, &a)
	if len(a.Head) != 0 {
		t.Error("no words, yet heads")
	}
}

func TestChunks(t *testing.T) {
	words := strings.Fields(strings.Repeat("a b , ", 200))
	upos := make([]string, len(words))
	for i, w := range words {
		if w == "," {
			upos[i] = "PUNCT"
		}
	}
	prev := 0
	for _, c := range chunks(words, upos, len(words)) {
		if c[0] != prev || c[1]-c[0] > MaxParse || c[1] <= c[0] {
			t.Fatalf("chunk %v after %d", c, prev)
		}
		if c[1] < len(words) && words[c[1]-1] != "," {
			t.Errorf("chunk %v does not end at punctuation", c)
		}
		prev = c[1]
	}
	if prev != len(words) {
		t.Errorf("chunks end at %d of %d", prev, len(words))
	}
}
