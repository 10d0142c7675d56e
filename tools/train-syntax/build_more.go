package main

import (
	"fmt"
	"io"
	"time"

	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/lemma"
	"github.com/dragoman/dragoman/syntax/parser"
	"github.com/dragoman/dragoman/syntax/tagger"
)

// buildMore trains the lemmatizer and, on jackknifed tags, the parser.
func buildMore(sents []*conllu.Sentence, opt options, log io.Writer, add func(kind string, write func(io.Writer) error) error) error {
	begin := time.Now()
	fmt.Fprintln(log, "train-syntax: lemmatizer")
	if err := add("lemma", lemma.Train(sents).Write); err != nil {
		return err
	}
	fmt.Fprintf(log, "train-syntax: jackknifed tags for the parser (%d folds)\n", opt.Folds)
	upos, xpos := tagger.Jackknife(sents, opt.Folds, tagger.Options{Epochs: opt.TaggerEpochs, Seed: opt.Seed}, log)
	fmt.Fprintf(log, "train-syntax: jackknife done in %s; parser (%d epochs)\n", time.Since(begin).Round(time.Second), opt.ParserEpochs)
	p := parser.Train(sents, upos, xpos, parser.Options{Epochs: opt.ParserEpochs, Seed: opt.Seed}, log)
	if err := add("parser", p.Write); err != nil {
		return err
	}
	fmt.Fprintf(log, "train-syntax: parser done in %s\n", time.Since(begin).Round(time.Second))
	return nil
}
