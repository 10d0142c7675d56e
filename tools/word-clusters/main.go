// Command word-clusters rebuilds the word clusters of the syntax models
// (syntax/cluster/data/clusters.tsv, format in package syntax/cluster)
// from unlabelled text: the English Wikinews articles in the shared data
// folder (CC BY 2.5), split into sentences and tokenized as the syntax
// stage does (packages segment and syntax/tokenize), and the word forms of
// the train split of UD English EWT.
//
//	go run ./tools/word-clusters [-shared ../shared] [-o syntax/cluster/data/clusters.tsv]
//
// Words seen at least -min times are put into -classes classes by the
// exchange algorithm, and the classes are merged bottom-up into a binary
// tree, as Brown clustering does, which gives each word a bit string.
// The output depends only on the input files and the flags.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

func main() {
	shared := flag.String("shared", testenv.SharedDir(), "the shared data folder")
	out := flag.String("o", "syntax/cluster/data/clusters.tsv", "output file")
	classes := flag.Int("classes", 256, "number of classes")
	minCount := flag.Int("min", 3, "words seen fewer times get no cluster")
	iters := flag.Int("iters", 20, "most exchange passes")
	flag.Parse()
	if *shared == "" {
		fail(fmt.Errorf("no shared data folder (../shared); give -shared"))
	}
	begin := time.Now()
	logf := func(format string, a ...any) {
		fmt.Fprintf(os.Stderr, "word-clusters: %s: %s\n", time.Since(begin).Round(time.Second), fmt.Sprintf(format, a...))
	}
	var sents [][]string
	wiki := filepath.Join(*shared, "corpora", "wikinews", "articles.jsonl")
	ws, err := wikinews(wiki)
	if err != nil {
		fail(err)
	}
	sents = append(sents, ws...)
	ewt := filepath.Join(*shared, "peers", "ud", "en_ewt", "en_ewt-ud-train.conllu")
	f, err := os.Open(ewt)
	if err != nil {
		fail(err)
	}
	ts, err := conllu.ReadAll(f, ewt)
	f.Close()
	if err != nil {
		fail(err)
	}
	for _, s := range ts {
		sents = append(sents, s.Forms())
	}
	logf("%d sentences (%d from Wikinews)", len(sents), len(ws))
	lines := clusterLines(sents, *classes, *minCount, *iters, logf)
	var b strings.Builder
	b.WriteString("# Word clusters for the syntax models; format in syntax/cluster/cluster.go.\n")
	b.WriteString("# Learned from English Wikinews (https://en.wikinews.org, CC BY 2.5: https://creativecommons.org/licenses/by/2.5/)\n")
	b.WriteString("# and the word forms of UD English EWT v2.16 train (CC BY-SA 4.0); see syntax/model/NOTICE.\n")
	fmt.Fprintf(&b, "# Rebuilt by: go run ./tools/word-clusters -classes %d -min %d -iters %d\n", *classes, *minCount, *iters)
	for _, l := range lines {
		b.WriteString(l)
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
	logf("wrote %s (%d words)", *out, len(lines))
}

// clusterLines returns the clusters file's lines for the sentences of word
// forms, sorted by word.
func clusterLines(sents [][]string, classes, minCount, iters int, logf func(string, ...any)) []string {
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[cluster.Fold(w)]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return cmp.Compare(freq[b], freq[a])
		}
		return cmp.Compare(a, b)
	})
	// ids: 0 the sentence boundary, 1 the rare words, then the vocabulary
	words := append([]string{"<s>", "<rare>"}, vocab...)
	id := map[string]int32{}
	for i, w := range vocab {
		id[w] = int32(i + 2)
	}
	seq := []int32{0}
	for _, s := range sents {
		for _, w := range s {
			x, ok := id[cluster.Fold(w)]
			if !ok {
				x = 1
			}
			seq = append(seq, x)
		}
		seq = append(seq, 0)
	}
	logf("%d tokens, %d words seen %d times or more", len(seq), len(vocab), minCount)
	c := newCorpus(words, seq)
	cls := exchange(c, classes, iters, len(vocab)/1000, logf)
	bits := hierarchy(c, cls, classes)
	logf("classes merged into a tree")
	var lines []string
	for i, w := range vocab {
		if strings.HasPrefix(w, "#") {
			continue // the line would read as a comment
		}
		b := bits[cls[i+2]]
		if len(b) > cluster.MaxBits {
			b = b[:cluster.MaxBits]
		}
		lines = append(lines, fmt.Sprintf("%s\t%s\t%d\n", w, b, freq[w]))
	}
	slices.Sort(lines)
	return lines
}

// wikinews reads the articles' texts as sentences of folded word forms.
func wikinews(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	var spans, paras []doc.Span
	var toks []doc.Token
	for sc.Scan() {
		line++
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		text := a.Text
		paras = segment.Paragraphs(text, paras[:0])
		for _, p := range paras {
			spans = segment.Split(text, p, spans[:0])
			for _, sp := range spans {
				toks = tokenize.Sentence(text, sp.Start, sp.End, toks[:0])
				if len(toks) == 0 {
					continue
				}
				s := make([]string, len(toks))
				for i, t := range toks {
					s[i] = t.Form
				}
				out = append(out, s)
			}
		}
	}
	return out, sc.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "word-clusters:", err)
	os.Exit(1)
}
