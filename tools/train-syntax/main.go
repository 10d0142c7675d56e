// Command train-syntax rebuilds the syntax models that dragoman embeds
// (syntax/model): it reads the train split of UD English EWT from the
// shared data folder, trains the tagger, the lemmatizer and the dependency
// parser (the parser on tags predicted by a jackknifed tagger, as it will
// see them; the final tagger reads word clusters, the jackknife taggers
// do not, as the shipped parser was trained), and writes the model files and their manifest. The same
// treebank and options give the same bytes. The dev split is tagged and
// parsed for a report on standard error; nothing else is read.
//
//	go run ./tools/train-syntax [-shared DIR] [-out syntax/model]
//
// The models are trained on EWT only (CC BY-SA 4.0, see
// syntax/model/NOTICE); GUM is licensed non-commercial and is never used
// here.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
)

const usage = `usage: go run ./tools/train-syntax [-shared DIR] [-out DIR]

Trains the tagger, lemmatizer and dependency parser of package syntax on
the train split of UD English EWT (DIR/peers/ud/en_ewt) and writes the
model files and MANIFEST.tsv to the output folder (default syntax/model).
Reports accuracy on the dev split on standard error.

`

func main() {
	flag.Usage = func() {
		fmt.Fprint(os.Stderr, usage)
		flag.PrintDefaults()
	}
	shared := flag.String("shared", testenv.SharedDir(), "the shared data folder (with peers/ud/en_ewt)")
	out := flag.String("out", syntax.ModelDir, "where to write the model files")
	folds := flag.Int("folds", defaultOptions.Folds, "jackknife folds for the parser's training tags")
	clusters := flag.Bool("clusters", false, "give the parser the word clusters of syntax/cluster as features (not the shipped model: see README's syntax section)")
	taggerClusters := flag.Bool("tagger-clusters", true, "give the tagger the word clusters of syntax/cluster as features (the shipped tagger; -tagger-clusters=false for the tagger without them)")
	jackknifeClusters := flag.Bool("jackknife-clusters", false, "give the jackknife taggers, whose tags the parser trains on, the word clusters too (the shipped parser was trained on tags of taggers without them)")
	tagCache := flag.String("tagcache", "", "also write the parser's jackknifed training tags to this file, in the format of parser-eval's -tagcache (without the evaluation sets' tags: give parser-eval -eval-tagger)")
	beam := flag.Int("beam", 0, "train the parser for beam search with this many configurations (max-violation training; 0 or 1 = the shipped greedy parser); see docs/measurements/syntax2.md")
	taggerOnly := flag.Bool("tagger-only", false, "train only the tagger (and the lemmatizer); keep the parser model already in the output folder")
	flag.Parse()
	if *shared == "" {
		fmt.Fprintln(os.Stderr, "train-syntax: no shared data folder (../shared beside the checkout); give -shared DIR")
		os.Exit(2)
	}
	opt := defaultOptions
	opt.Folds = *folds
	opt.WithClusters = *clusters
	opt.WithTaggerClusters = *taggerClusters
	opt.JackknifeClusters = *jackknifeClusters
	opt.TagCache = *tagCache
	opt.ParserBeam = *beam
	if *taggerOnly {
		b, err := os.ReadFile(filepath.Join(*out, syntax.ModelFile("parser")))
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-syntax: -tagger-only keeps the parser in the output folder:", err)
			os.Exit(1)
		}
		opt.KeptParser = b
	}
	if err := run(*shared, *out, opt, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train-syntax:", err)
		os.Exit(1)
	}
}

func run(shared, out string, opt options, log io.Writer) error {
	begin := time.Now()
	dir := filepath.Join(shared, "peers", "ud", "en_ewt")
	trainPath := filepath.Join(dir, "en_ewt-ud-train.conllu")
	train, sum, err := readTreebank(trainPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "train-syntax: %s: %d sentences\n", trainPath, len(train))
	opt.Source = fmt.Sprintf("UD English EWT v2.16 train (en_ewt-ud-train.conllu, %d sentences, sha256 %s)", len(train), sum)
	if opt.WithClusters {
		if opt.Clusters, err = cluster.Default(); err != nil {
			return err
		}
	}
	if opt.WithTaggerClusters {
		if opt.TaggerClusters, err = cluster.Default(); err != nil {
			return err
		}
	}
	files, err := build(train, opt, log)
	if err != nil {
		return err
	}
	if err := writeModels(out, files); err != nil {
		return err
	}
	fmt.Fprintf(log, "train-syntax: wrote %s in %s\n", out, time.Since(begin).Round(time.Second))
	devPath := filepath.Join(dir, "en_ewt-ud-dev.conllu")
	if dev, _, err := readTreebank(devPath); err == nil {
		m, err := syntax.LoadModels(os.DirFS(out), out)
		if err != nil {
			return err
		}
		report(log, "EWT dev", m, dev)
	}
	return nil
}

// readTreebank reads a CoNLL-U file and its SHA-256.
func readTreebank(path string) ([]*conllu.Sentence, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(b)
	s, err := conllu.ReadAll(bytesReader(b), path)
	if err != nil {
		return nil, "", err
	}
	if len(s) == 0 {
		return nil, "", fmt.Errorf("%s: no sentences", path)
	}
	return s, hex.EncodeToString(sum[:]), nil
}

// writeModels writes the files into dir, each through a temporary file so
// that an interrupted run leaves the old models whole.
func writeModels(dir string, files []modelFile) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		tmp := filepath.Join(dir, "."+f.Name+".tmp")
		if err := os.WriteFile(tmp, f.Data, 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(dir, f.Name)); err != nil {
			return err
		}
	}
	return nil
}

// report prints the models' accuracy on a treebank with gold tokens.
func report(log io.Writer, name string, m *syntax.Models, sents []*conllu.Sentence) {
	var n, upos, xpos, lemma, uas, las int
	var an syntax.Analysis
	for _, s := range sents {
		m.Annotate(s.Forms(), &an)
		for i, w := range s.Words {
			n++
			if an.UPOS[i] == w.UPOS {
				upos++
			}
			if an.XPOS[i] == w.XPOS {
				xpos++
			}
			if an.Lemma[i] == w.Lemma {
				lemma++
			}
			if an.Head[i] == w.Head {
				uas++
				if syntax.UniversalRel(an.Rel[i]) == syntax.UniversalRel(w.Deprel) {
					las++
				}
			}
		}
	}
	f := func(k int) float64 { return float64(k) / float64(max(n, 1)) }
	fmt.Fprintf(log, "train-syntax: %s (%d words, gold tokens): UPOS %.4f XPOS %.4f lemma %.4f UAS %.4f LAS %.4f\n",
		name, n, f(upos), f(xpos), f(lemma), f(uas), f(las))
}
