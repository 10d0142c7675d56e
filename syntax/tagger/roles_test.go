package tagger

import (
	"math/rand"
	"os"
	"strings"
	"testing"
)

// referenceTag tags words as Tag does, but adding every feature of
// extract for each word, with no cache or row of summed scores.
func referenceTag(m *Model, words []string) (upos, xpos []string) {
	ws := m.prepare(nil, words, false)
	mem := new(memo)
	var scores [256]int32
	p1, p2 := -1, -1
	for i := range ws {
		c := int(ws[i].dict)
		if c < 0 {
			clear(scores[:])
			m.sum(extract(nil, ws, i, p1, p2), &scores, mem)
			c = 0
			for k, s := range scores[:len(m.upos)] {
				if s > scores[c] {
					c = k
				}
			}
		}
		upos, xpos = append(upos, m.upos[c]), append(xpos, m.xpos[c])
		p2, p1 = p1, c
	}
	return upos, xpos
}

// TestRowsMatchFeatures checks that Tag, with its rows of summed scores
// for frequent words and its word cache, tags as the features summed one
// by one do: on models trained on the synthetic sentences (with each
// option set) and on the
// shipped model, over random sentences of frequent, rare and invented
// words, in either case, first or not.
func TestRowsMatchFeatures(t *testing.T) {
	models := map[string]*Model{}
	for name, opt := range trainOptions(3) {
		models[name] = Train(synthetic(), opt, nil)
	}
	if f, err := os.Open("../model/tagger.model"); err == nil {
		m, err := Read(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		models["shipped"] = m
	}
	forms := strings.Fields("the a of to and in that said was for is on with as by he it at from his " +
		"an were are which has have had but not be this they who been its after also new one two would " +
		"first year people will more government police president minister state last than other " +
		"dog cat walks runs station kindness Zorblax U.S. well-known 1,984 - . , \" 's n't Tuesday")
	rng := rand.New(rand.NewSource(1))
	for name, m := range models {
		for sent := 0; sent < 400; sent++ {
			words := make([]string, 1+rng.Intn(25))
			for i := range words {
				w := forms[rng.Intn(len(forms))]
				if rng.Intn(5) == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				words[i] = w
			}
			u, x := make([]string, len(words)), make([]string, len(words))
			m.Tag(words, u, x)
			wu, wx := referenceTag(m, words)
			for i := range words {
				if u[i] != wu[i] || x[i] != wx[i] {
					t.Fatalf("%s model, %q: word %d tagged %s/%s, want %s/%s", name, words, i, u[i], x[i], wu[i], wx[i])
				}
			}
		}
	}
}
