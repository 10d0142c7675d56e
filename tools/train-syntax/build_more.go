package main

import (
	"io"

	"github.com/dragoman/dragoman/syntax/conllu"
)

// buildMore trains the lemmatizer and the parser.
func buildMore(sents []*conllu.Sentence, opt options, log io.Writer, add func(kind string, write func(io.Writer) error) error) error {
	return nil
}
