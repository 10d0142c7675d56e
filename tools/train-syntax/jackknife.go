package main

import (
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/tagger"
)

// jackknife tags every sentence with a tagger trained on the other folds
// (sentence i is in fold i mod folds, as tagger.Jackknife has it), the
// folds trained in parallel on the machine's cores; the result does not
// depend on their number.
func jackknife(sents []*conllu.Sentence, opt options, log io.Writer) (upos, xpos [][]string) {
	folds := max(opt.Folds, 2)
	upos = make([][]string, len(sents))
	xpos = make([][]string, len(sents))
	var mu sync.Mutex
	done := 0
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), folds) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range work {
				var train []*conllu.Sentence
				for i, s := range sents {
					if i%folds != k {
						train = append(train, s)
					}
				}
				m := tagger.Train(train, opt.jackknifeOptions(), io.Discard)
				for i := k; i < len(sents); i += folds {
					forms := sents[i].Forms()
					upos[i] = make([]string, len(forms))
					xpos[i] = make([]string, len(forms))
					m.Tag(forms, upos[i], xpos[i])
				}
				mu.Lock()
				done++
				fmt.Fprintf(log, "train-syntax: jackknife fold %d of %d done\n", done, folds)
				mu.Unlock()
			}
		}()
	}
	for k := range folds {
		work <- k
	}
	close(work)
	wg.Wait()
	return upos, xpos
}

// writeTagCache writes the jackknifed tags to path as parser-eval's
// -tagcache reads them (a gob of its tagSets, matched by field name),
// with no evaluation sets' tags.
func writeTagCache(path string, upos, xpos [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = gob.NewEncoder(f).Encode(struct{ TrainUPOS, TrainXPOS [][]string }{upos, xpos})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
