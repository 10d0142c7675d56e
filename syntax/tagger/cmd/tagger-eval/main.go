// Command tagger-eval trains the tagger and the lemmatizer on UD English
// EWT train and prints their accuracies on EWT dev and test (and GUM dev
// and test, evaluation only), with gold tokenization, along with training
// time, tagging speed and model sizes.
//
//	go run ./syntax/tagger/cmd/tagger-eval [-shared ../shared] [-epochs N]
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/tagger"
)

func main() {
	shared := flag.String("shared", testenv.SharedDir(), "the shared data folder")
	epochs := flag.Int("epochs", 0, "training epochs (0: the default)")
	flag.Parse()
	if *shared == "" {
		fmt.Fprintln(os.Stderr, "tagger-eval: no shared data folder (../shared); give -shared")
		os.Exit(2)
	}
	ud := filepath.Join(*shared, "peers", "ud")
	train := load(filepath.Join(ud, "en_ewt", "en_ewt-ud-train.conllu"))
	begin := time.Now()
	m := tagger.Train(train, tagger.Options{Epochs: *epochs}, os.Stderr)
	fmt.Printf("tagger: trained in %s, %d classes, %d features\n", time.Since(begin).Round(time.Millisecond), m.Classes(), m.Features())
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("tagger: model %d bytes\n", buf.Len())
	for _, f := range []string{"en_ewt/en_ewt-ud-dev.conllu", "en_ewt/en_ewt-ud-test.conllu", "en_gum/en_gum-ud-dev.conllu", "en_gum/en_gum-ud-test.conllu"} {
		p := filepath.Join(ud, f)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		sents := load(p)
		var n, up, xp int
		begin := time.Now()
		for _, s := range sents {
			forms := s.Forms()
			u := make([]string, len(forms))
			x := make([]string, len(forms))
			m.Tag(forms, u, x)
			for i, w := range s.Words {
				n++
				if u[i] == w.UPOS {
					up++
				}
				if x[i] == w.XPOS {
					xp++
				}
			}
		}
		el := time.Since(begin)
		fmt.Printf("%-30s tokens %6d  UPOS %.4f  XPOS %.4f  (%.0f tokens/s)\n", filepath.Base(f), n,
			float64(up)/float64(n), float64(xp)/float64(n), float64(n)/el.Seconds())
	}
	_ = gzip.BestCompression
}

func load(path string) []*conllu.Sentence {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tagger-eval:", err)
		os.Exit(1)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tagger-eval:", err)
		os.Exit(1)
	}
	return ss
}
