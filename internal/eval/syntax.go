package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// SyntaxScores counts a treebank's words and those the models got right,
// with gold tokenization, by the conventions of the CoNLL 2018 shared
// task: every word counts (punctuation included), UAS needs the right
// head, LAS the right head and universal relation (the subtype after ":"
// is not compared).
type SyntaxScores struct {
	Words, UPOS, XPOS, Lemma, UAS, LAS int
	// Elapsed is the time spent tagging and parsing.
	Elapsed time.Duration
}

// Rate returns k as a share of the words.
func (s SyntaxScores) Rate(k int) float64 { return float64(k) / float64(max(s.Words, 1)) }

// ScoreSyntax tags, lemmatizes and parses the words of sents (as
// dragoman parse --input conllu does) and scores them against the gold
// columns.
func ScoreSyntax(st *syntax.Stage, sents []*conllu.Sentence) SyntaxScores {
	var sc SyntaxScores
	var an syntax.Analysis
	for _, s := range sents {
		pred := &conllu.Sentence{Lines: s.Lines, Words: append([]conllu.Word(nil), s.Words...)}
		begin := time.Now()
		st.AnnotateCoNLLU(pred, &an)
		sc.Elapsed += time.Since(begin)
		for i, g := range s.Words {
			p := pred.Words[i]
			sc.Words++
			if p.UPOS == g.UPOS {
				sc.UPOS++
			}
			if p.XPOS == g.XPOS {
				sc.XPOS++
			}
			if p.Lemma == g.Lemma {
				sc.Lemma++
			}
			if p.Head == g.Head {
				sc.UAS++
				if syntax.UniversalRel(p.Deprel) == syntax.UniversalRel(g.Deprel) {
					sc.LAS++
				}
			}
		}
	}
	return sc
}

// TokenErrors counts the tokens the tokenizer got wrong, by the text of
// the wrong token and the gold tokens it should have been.
type TokenErrors map[string]int

// ScoreTokens tokenizes each sentence's "# text" (one sentence each, as
// the treebank splits them) and matches the tokens against the gold
// syntactic words by byte offsets.
func ScoreTokens(sents []*conllu.Sentence, errs TokenErrors) (SpanCounts, int) {
	var c SpanCounts
	unaligned := 0
	var toks []doc.Token
	var pred []doc.Span
	for _, s := range sents {
		text, gold, ok := GoldTokenSpans(s)
		if !ok {
			unaligned++
			continue
		}
		toks = tokenize.Sentence(text, 0, len(text), toks[:0])
		pred = pred[:0]
		for _, t := range toks {
			pred = append(pred, t.Span)
		}
		c.Add(gold, pred)
		if errs != nil {
			tokenErrors(text, gold, pred, errs)
		}
	}
	return c, unaligned
}

func tokenErrors(text string, gold, pred []doc.Span, errs TokenErrors) {
	gs := map[doc.Span]bool{}
	for _, g := range gold {
		gs[g] = true
	}
	for _, p := range pred {
		if gs[p] {
			continue
		}
		var cov []string
		for _, g := range gold {
			if g.Start < p.End && g.End > p.Start {
				cov = append(cov, text[g.Start:g.End])
			}
		}
		errs[fmt.Sprintf("%q, gold %q", text[p.Start:p.End], strings.Join(cov, " "))]++
	}
}

// ReadTreebank reads a CoNLL-U file.
func ReadTreebank(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := conllu.ReadAll(f, path)
	if err == nil && len(s) == 0 {
		err = fmt.Errorf("%s: no sentences", path)
	}
	return s, err
}

// SyntaxReport scores the syntax layer on UD English EWT test and GUM test
// (GUM is licensed non-commercial and is only ever evaluated on): tags,
// lemmas and dependencies with gold tokens, and tokens from the raw text.
func SyntaxReport(shared string, verbose bool) (string, error) {
	st, err := syntax.New()
	if err != nil {
		return "", err
	}
	ud := filepath.Join(shared, "peers", "ud")
	var b strings.Builder
	fmt.Fprintf(&b, "syntax: UD English, gold tokenization (CoNLL 2018 conventions: punctuation counted, LAS on universal relations)\n")
	fmt.Fprintf(&b, "%-9s %7s %7s %7s %7s %7s %7s %9s %12s\n", "treebank", "words", "UPOS", "XPOS", "lemma", "UAS", "LAS", "token F1", "tokens/s")
	errs := TokenErrors{}
	for _, tb := range []struct{ name, file string }{
		{"EWT test", "en_ewt/en_ewt-ud-test.conllu"},
		{"GUM test", "en_gum/en_gum-ud-test.conllu"},
	} {
		sents, err := ReadTreebank(filepath.Join(ud, tb.file))
		if err != nil {
			return "", err
		}
		sc := ScoreSyntax(st, sents)
		var e TokenErrors
		if verbose && tb.name == "EWT test" {
			e = errs
		}
		tc, _ := ScoreTokens(sents, e)
		_, _, f1 := tc.F1()
		fmt.Fprintf(&b, "%-9s %7d %7.4f %7.4f %7.4f %7.4f %7.4f %9.4f %12.0f\n", tb.name, sc.Words, sc.Rate(sc.UPOS), sc.Rate(sc.XPOS),
			sc.Rate(sc.Lemma), sc.Rate(sc.UAS), sc.Rate(sc.LAS), f1, float64(sc.Words)/max(sc.Elapsed.Seconds(), 1e-9))
	}
	b.WriteString("token F1: each sentence's # text tokenized and matched by byte offsets against the gold syntactic words\n")
	if verbose {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range errs {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		b.WriteString("\nEWT test, most frequent wrong tokens (token, gold words it overlaps):\n")
		for i, x := range l {
			if i == 40 {
				break
			}
			fmt.Fprintf(&b, "%5d  %s\n", x.v, x.k)
		}
	}
	return b.String(), nil
}
