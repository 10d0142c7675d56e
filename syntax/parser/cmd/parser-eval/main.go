// Command parser-eval trains the dependency parser on UD English EWT train
// (or reads a saved model) and prints UAS and LAS on EWT dev and test and on
// GUM test, with the parsing speed.
//
//	go run ./syntax/parser/cmd/parser-eval [-epochs N] [-model FILE] [-save FILE]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/parser"
)

func main() {
	shared := flag.String("shared", testenv.SharedDir(), "shared data folder holding peers/ud")
	epochs := flag.Int("epochs", 0, "training epochs (0 = default)")
	seed := flag.Int64("seed", 0, "training seed (0 = default)")
	modelPath := flag.String("model", "", "read this model instead of training one")
	save := flag.String("save", "", "write the trained model to this file")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: parser-eval [flags]\n\nTrains the parser on EWT train (gold tags) or reads -model, then prints\nUAS/LAS (CoNLL 2018: punctuation included, LAS without subtypes) on EWT\ndev and test and GUM test.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *shared == "" {
		fail(fmt.Errorf("no shared data folder: set -shared or DRAGOMAN_SHARED"))
	}
	ud := filepath.Join(*shared, "peers", "ud")
	var m *parser.Model
	if *modelPath != "" {
		f, err := os.Open(*modelPath)
		if err != nil {
			fail(err)
		}
		m, err = parser.Read(f)
		f.Close()
		if err != nil {
			fail(fmt.Errorf("%s: %w", *modelPath, err))
		}
	} else {
		train := read(filepath.Join(ud, "en_ewt", "en_ewt-ud-train.conllu"))
		m = parser.Train(train, nil, nil, parser.Options{Epochs: *epochs, Seed: *seed}, os.Stderr)
	}
	if *save != "" {
		f, err := os.Create(*save)
		if err != nil {
			fail(err)
		}
		if err := m.Write(f); err != nil {
			fail(err)
		}
		if err := f.Close(); err != nil {
			fail(err)
		}
	}
	for _, set := range []struct{ name, path string }{
		{"EWT dev", filepath.Join(ud, "en_ewt", "en_ewt-ud-dev.conllu")},
		{"EWT test", filepath.Join(ud, "en_ewt", "en_ewt-ud-test.conllu")},
		{"GUM test", filepath.Join(ud, "en_gum", "en_gum-ud-test.conllu")},
	} {
		if _, err := os.Stat(set.path); err != nil {
			fmt.Printf("%-9s missing (%s)\n", set.name, set.path)
			continue
		}
		sents := read(set.path)
		var sc parser.Score
		var dur time.Duration
		for _, s := range sents {
			n := len(s.Words)
			words, upos, xpos := s.Forms(), make([]string, n), make([]string, n)
			for i, w := range s.Words {
				upos[i], xpos[i] = w.UPOS, w.XPOS
			}
			heads, rels := make([]int, n), make([]string, n)
			t0 := time.Now()
			m.Parse(words, upos, xpos, heads, rels)
			dur += time.Since(t0)
			sc.Add(s, heads, rels)
		}
		fmt.Printf("%-9s tags=gold words=%d UAS=%.4f LAS=%.4f LAS(full relations)=%.4f tokens/s=%.0f\n",
			set.name, sc.Words, sc.UAS(), sc.LAS(), sc.FullLAS(), float64(sc.Words)/dur.Seconds())
	}
}

func read(path string) []*conllu.Sentence {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f, path)
	if err != nil {
		fail(err)
	}
	return s
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "parser-eval:", err)
	os.Exit(1)
}
