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
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/lemma"
	"github.com/dragoman/dragoman/syntax/parser"
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
	// ParserBeam, above 1, trains the parser for beam search with that
	// many configurations (parser.Options.Beam); the manifest says so.
	ParserBeam int
	// WithClusters has run read the embedded word clusters into Clusters.
	WithClusters bool
	// WithTaggerClusters has run read them into TaggerClusters.
	WithTaggerClusters bool
	// Clusters are the parser's word clusters (none when empty).
	Clusters []cluster.Entry
	// TaggerClusters are the tagger's word clusters (none when empty),
	// read by the tagger's cluster templates, with a fifth suffix (see
	// syntax/tagger/clusters.go).
	TaggerClusters []cluster.Entry
	// JackknifeClusters gives the jackknife taggers, whose tags the
	// parser trains on, the tagger's word clusters too; without it they
	// are trained without clusters, as the shipped parser was.
	JackknifeClusters bool
	// KeptParser, when set, is the parser model kept from an earlier
	// build: only the tagger and the lemmatizer are trained, and the
	// manifest says the parser was trained on another tagger's tags.
	KeptParser []byte
	// TagCache, when set, is a file to write the jackknifed tags to
	// (see writeTagCache).
	TagCache string
}

// taggerOptions are the final tagger's training options.
func (o options) taggerOptions() tagger.Options {
	t := tagger.Options{Epochs: o.TaggerEpochs, Seed: o.Seed}
	if len(o.TaggerClusters) > 0 {
		t.Clusters, t.Suffix5 = o.TaggerClusters, true
	}
	return t
}

// jackknifeOptions are the training options of the taggers that tag the
// parser's training sentences: the final tagger's, without its word
// clusters unless JackknifeClusters is set.
func (o options) jackknifeOptions() tagger.Options {
	if o.JackknifeClusters {
		return o.taggerOptions()
	}
	return tagger.Options{Epochs: o.TaggerEpochs, Seed: o.Seed}
}

var defaultOptions = options{TaggerEpochs: 10, ParserEpochs: 12, Folds: 10, Seed: 1}

type modelFile struct {
	Name string
	Data []byte
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// build trains the models on sents and returns the model files and the
// manifest, in a fixed order. The jackknife folds, and then the final
// tagger beside the parser, train in parallel.
func build(sents []*conllu.Sentence, opt options, log io.Writer) ([]modelFile, error) {
	begin := time.Now()
	fmt.Fprintln(log, "train-syntax: lemmatizer")
	lm := lemma.Train(sents)
	if opt.KeptParser != nil {
		fmt.Fprintf(log, "train-syntax: tagger only (%d epochs); the parser is kept\n", opt.TaggerEpochs)
		tg := tagger.Train(sents, opt.taggerOptions(), io.Discard)
		fmt.Fprintf(log, "train-syntax: tagger done at %s\n", time.Since(begin).Round(time.Second))
		return modelFiles(opt, tg.Write, lm.Write, func(w io.Writer) error {
			_, err := w.Write(opt.KeptParser)
			return err
		})
	}
	fmt.Fprintf(log, "train-syntax: jackknifed tags for the parser (%d folds, tagger %d epochs)\n", opt.Folds, opt.TaggerEpochs)
	upos, xpos := jackknife(sents, opt, log)
	if opt.TagCache != "" {
		if err := writeTagCache(opt.TagCache, upos, xpos); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(log, "train-syntax: jackknife done in %s; final tagger and parser (%d epochs)\n", time.Since(begin).Round(time.Second), opt.ParserEpochs)
	var tg *tagger.Model
	tagged := make(chan struct{})
	go func() {
		tg = tagger.Train(sents, opt.taggerOptions(), io.Discard)
		fmt.Fprintf(log, "train-syntax: tagger done at %s\n", time.Since(begin).Round(time.Second))
		close(tagged)
	}()
	ps := parser.Train(sents, upos, xpos, parser.Options{Epochs: opt.ParserEpochs, Seed: opt.Seed, Clusters: opt.Clusters, Beam: opt.ParserBeam}, log)
	fmt.Fprintf(log, "train-syntax: parser done at %s\n", time.Since(begin).Round(time.Second))
	<-tagged
	return modelFiles(opt, tg.Write, lm.Write, ps.Write)
}

// modelFiles writes the three models and their manifest, in a fixed order.
func modelFiles(opt options, tagger, lemma, parser func(io.Writer) error) ([]modelFile, error) {
	var files []modelFile
	for _, m := range []struct {
		kind  string
		write func(io.Writer) error
	}{{"tagger", tagger}, {"lemma", lemma}, {"parser", parser}} {
		var b bytes.Buffer
		if err := m.write(&b); err != nil {
			return nil, fmt.Errorf("write %s model: %w", m.kind, err)
		}
		files = append(files, modelFile{Name: syntax.ModelFile(m.kind), Data: b.Bytes()})
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
	if len(opt.TaggerClusters) > 0 {
		fmt.Fprintf(&b, "# Tagger word clusters: %s (%d words; English Wikinews, CC BY 2.5, and EWT train)\n", cluster.File, len(opt.TaggerClusters))
	}
	switch {
	case opt.KeptParser != nil:
		b.WriteString("# Parser: kept from the build before (go run ./tools/train-syntax -tagger-only)\n")
	case len(opt.TaggerClusters) > 0 && !opt.JackknifeClusters:
		b.WriteString("# Parser: trained on jackknifed tags of the tagger without word clusters\n")
	}
	if opt.ParserBeam > 1 && opt.KeptParser == nil {
		fmt.Fprintf(&b, "# Parser: beam search, %d configurations (max-violation training)\n", opt.ParserBeam)
	}
	if len(opt.Clusters) > 0 {
		fmt.Fprintf(&b, "# Parser word clusters: %s (%d words; English Wikinews, CC BY 2.5, and EWT train)\n", cluster.File, len(opt.Clusters))
	}
	b.WriteString("# kind\tfile\tbytes\tsha256\n")
	for _, f := range files {
		kind := strings.TrimSuffix(f.Name, ".model")
		sum := sha256.Sum256(f.Data)
		fmt.Fprintf(&b, "%s\t%s\t%d\t%s\n", kind, f.Name, len(f.Data), hex.EncodeToString(sum[:]))
	}
	return []byte(b.String())
}
