package quote_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
)

// TestSpeakersAreNounPhrases: over the shipped examples, the CNN example
// and the development set's articles, every speaker span is a noun phrase
// of the parse, headed by a noun or pronoun (or a name the entity layer
// found), and never crosses a clause boundary.
func TestSpeakersAreNounPhrases(t *testing.T) {
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type article struct{ name, text, date string }
	var arts []article
	files, _ := filepath.Glob("../examples/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, article{filepath.Base(f), string(b), ""})
	}
	if len(files) == 0 {
		t.Fatal("no shipped examples in ../examples")
	}
	if b, err := os.ReadFile(filepath.Join(testenv.SharedDir(), "examples", "cnn-baghdad-embassy-drawdown.txt")); err == nil {
		arts = append(arts, article{"cnn-baghdad-embassy-drawdown.txt", string(b), "2020-12-02"})
	} else {
		t.Logf("the CNN example is absent (%v): checked without it", err)
	}
	f, err := os.Open("../internal/eval/testdata/devset-articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		var r struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, article{r.ID, r.Text, r.Date})
	}
	speakers := 0
	for _, art := range arts {
		d, err := a.Analyze(input.Item{Name: art.name, Data: []byte(art.text), Format: input.FormatText, Meta: input.Meta{Published: art.date}})
		if err != nil {
			t.Fatalf("%s: %v", art.name, err)
		}
		for _, q := range d.Quotes {
			if q.Speaker == nil {
				continue
			}
			speakers++
			if why := notNounPhrase(d, q.Speaker.Span); why != "" {
				t.Errorf("%s: speaker %q of %q: %s", art.name, d.Text[q.Speaker.Start:q.Speaker.End], clip(q.Text), why)
			}
		}
	}
	if speakers < 40 {
		t.Errorf("only %d speakers over %d articles", speakers, len(arts))
	}
}

func clip(s string) string {
	if len(s) > 50 {
		return s[:50] + "..."
	}
	return s
}

// notNounPhrase says why span sp is not a noun phrase of the parse, ""
// when it is one: one head word in it (the only word whose head lies
// outside it, punctuation aside), a noun, proper noun or pronoun (or any
// word of a name the entity layer found spanning it exactly), and no word
// in it that opens a clause or is a finite verb.
func notNounPhrase(d *doc.Document, sp doc.Span) string {
	for i, ss := range d.Syntax.Sentences {
		if ss.Headline || sp.Start < ss.Start || sp.Start >= ss.Span.End {
			continue
		}
		if sp.End > ss.Span.End {
			return "crosses a sentence boundary"
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.In == "" && m.Span == sp {
					return ""
				}
			}
		}
		toks := d.Syntax.SentenceTokens(i)
		var heads []int
		for k, t := range toks {
			if t.Start < sp.Start || t.End > sp.End {
				if t.Start < sp.End && t.End > sp.Start {
					return "cuts a word"
				}
				continue
			}
			if clauseOpening(t.Rel) || t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP") {
				return "holds " + t.Form + " (" + t.UPOS + " " + t.Rel + "), a clause"
			}
			h := int(t.Head) - ss.First
			if t.UPOS != "PUNCT" && (h < 0 || toks[h].Start < sp.Start || toks[h].End > sp.End) {
				heads = append(heads, k)
			}
		}
		// "A source familiar": an adjective after its noun that the parse
		// hung beside it is still the noun's
		for len(heads) > 1 && toks[heads[len(heads)-1]].UPOS == "ADJ" && heads[len(heads)-1] == heads[len(heads)-2]+1 {
			heads = heads[:len(heads)-1]
		}
		if len(heads) != 1 {
			return "not one phrase of the parse"
		}
		switch toks[heads[0]].UPOS {
		case "NOUN", "PROPN", "PRON", "NUM":
			return ""
		}
		return "headed by " + toks[heads[0]].Form + " (" + toks[heads[0]].UPOS + ")"
	}
	return "in no sentence of the body"
}

func clauseOpening(rel string) bool {
	switch strings.SplitN(rel, ":", 2)[0] {
	case "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj":
		return rel != "acl" // "sources familiar with": an adjective's phrase is no clause, "acl" alone may be
	}
	return false
}
