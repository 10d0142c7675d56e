package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/tagger"
)

// options are the training settings; they are written into the manifest.
type options struct {
	TaggerEpochs int
	ParserEpochs int
	Folds        int
	Seed         int64
	// Source describes the treebank, for the manifest.
	Source string
}

var defaultOptions = options{TaggerEpochs: 10, ParserEpochs: 15, Folds: 10, Seed: 1}

type modelFile struct {
	Name string
	Data []byte
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// build trains the models on sents and returns the model files and the
// manifest, in a fixed order.
func build(sents []*conllu.Sentence, opt options, log io.Writer) ([]modelFile, error) {
	var files []modelFile
	add := func(kind string, write func(io.Writer) error) error {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return fmt.Errorf("write %s model: %w", kind, err)
		}
		files = append(files, modelFile{Name: syntax.ModelFile(kind), Data: b.Bytes()})
		return nil
	}
	begin := time.Now()
	fmt.Fprintf(log, "train-syntax: tagger (%d epochs)\n", opt.TaggerEpochs)
	tg := tagger.Train(sents, tagger.Options{Epochs: opt.TaggerEpochs, Seed: opt.Seed}, log)
	if err := add("tagger", tg.Write); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "train-syntax: tagger done in %s\n", time.Since(begin).Round(time.Second))
	if err := buildMore(sents, opt, log, add); err != nil {
		return nil, err
	}
	files = append(files, modelFile{Name: syntax.ManifestFile, Data: manifest(files, opt)})
	return files, nil
}

// manifest lists the model files with their sizes and checksums, after
// comments giving their provenance.
func manifest(files []modelFile, opt options) []byte {
	var b strings.Builder
	b.WriteString("# Models of package syntax, written by go run ./tools/train-syntax; do not edit.\n")
	b.WriteString("# Licence: CC BY-SA 4.0 (see NOTICE in this folder).\n")
	fmt.Fprintf(&b, "# Trained on: %s\n", opt.Source)
	fmt.Fprintf(&b, "# Options: tagger epochs %d, parser epochs %d, jackknife folds %d, seed %d\n",
		opt.TaggerEpochs, opt.ParserEpochs, opt.Folds, opt.Seed)
	b.WriteString("# kind\tfile\tbytes\tsha256\n")
	for _, f := range files {
		kind := strings.TrimSuffix(f.Name, ".model")
		sum := sha256.Sum256(f.Data)
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\n", kind, f.Name, len(f.Data), hex.EncodeToString(sum[:]))
	}
	return []byte(b.String())
}
