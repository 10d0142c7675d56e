// Command parser-eval trains the dependency parser on UD English EWT train
// (or reads a saved model) and prints UAS and LAS (CoNLL 2018 scoring) on
// EWT dev and test and on GUM test, with the parsing speed.
//
// By default the tags are predicted: the parser trains on tags from a
// jackknifed tagger (10 folds) and is evaluated on the tags of a tagger
// trained on all of EWT train, as in the pipeline. -tags gold uses the gold
// tags throughout. GUM is used for evaluation only.
//
//	go run ./syntax/parser/cmd/parser-eval [-epochs N] [-beam K] [-decode-beam K] [-tags predicted|gold] [-clusters FILE|embedded] [-model FILE] [-save FILE]
//
// The jackknife takes longer than the parser's training; -tagcache FILE
// keeps the predicted tags for later runs (go run ./tools/train-syntax
// -tagcache FILE writes its own jackknifed tags there), and -eval-tagger
// FILE tags the evaluation sets with a saved tagger, such as the shipped
// syntax/model/tagger.model, instead of one trained without clusters. Speed is printed per second of
// wall time and per CPU second (the latter is steadier on a busy machine).
package main

import (
	"encoding/gob"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/parser"
	"github.com/dragoman/dragoman/syntax/tagger"
)

// tagSets holds predicted tags: the jackknifed training tags and the tags
// of each evaluation set, by set name.
type tagSets struct {
	TrainUPOS, TrainXPOS [][]string
	UPOS, XPOS           map[string][][]string
}

func main() {
	shared := flag.String("shared", testenv.SharedDir(), "shared data folder holding peers/ud")
	epochs := flag.Int("epochs", 0, "training epochs (0 = default)")
	seed := flag.Int64("seed", 0, "training seed (0 = default)")
	tags := flag.String("tags", "predicted", "predicted (jackknifed training tags, tagger output at evaluation) or gold")
	folds := flag.Int("folds", 10, "jackknife folds for the training tags")
	tagCache := flag.String("tagcache", "", "keep the predicted tags in this file and reuse them when it exists")
	evalTagger := flag.String("eval-tagger", "", "tag the evaluation sets with this tagger model (e.g. syntax/model/tagger.model) instead of one trained here; with -tagcache, the cache's training tags are kept (train-syntax -tagcache writes them)")
	modelPath := flag.String("model", "", "read this model instead of training one")
	save := flag.String("save", "", "write the trained model to this file")
	maxWeights := flag.Int("max-weights", 0, "keep at most this many weights (the largest) before evaluating; 0 = as trained or read")
	perEpoch := flag.Bool("dev-epochs", false, "log EWT dev UAS/LAS after every training epoch")
	uniqueRate := flag.Float64("unique-rate", 0, "well-formedness rules: a relation is unique under a head below this repeat rate (e.g. 0.001; 0 = no such rules)")
	pairExpect := flag.Float64("pair-expect", 0, "well-formedness rules: two relations exclude each other when never seen together though this many heads would have both by chance (e.g. 5; 0 = none)")
	leafRate := flag.Float64("leaf-rate", 0, "well-formedness rules: a relation is a leaf relation when below this rate of its words have dependents (e.g. 0.05; 0 = none)")
	clusterFile := flag.String("clusters", "", "train with the word clusters of this file (format in syntax/cluster; \"embedded\" = the shipped ones)")
	beam := flag.Int("beam", 0, "train for beam search with this many configurations (max-violation updates; 0 or 1 = greedy with the dynamic oracle)")
	decodeBeam := flag.Int("decode-beam", 0, "parse with this beam width instead of the model's (1 = greedy; 0 = the model's)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the parsing to this file")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: parser-eval [flags]\n\nTrains the parser on EWT train or reads -model, then prints UAS/LAS\n(CoNLL 2018: punctuation included, LAS without subtypes) on EWT dev and\ntest and GUM test, with parsing speed in tokens per second.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *shared == "" {
		fail(fmt.Errorf("no shared data folder: set -shared or DRAGOMAN_SHARED"))
	}
	if *tags != "predicted" && *tags != "gold" {
		fail(fmt.Errorf("-tags %q: want predicted or gold", *tags))
	}
	ud := filepath.Join(*shared, "peers", "ud")
	sets := []struct{ name, path string }{
		{"EWT dev", filepath.Join(ud, "en_ewt", "en_ewt-ud-dev.conllu")},
		{"EWT test", filepath.Join(ud, "en_ewt", "en_ewt-ud-test.conllu")},
		{"GUM test", filepath.Join(ud, "en_gum", "en_gum-ud-test.conllu")},
	}
	train := read(filepath.Join(ud, "en_ewt", "en_ewt-ud-train.conllu"))
	var ts *tagSets
	switch {
	case *tags != "predicted":
	case *modelPath != "" && *evalTagger != "":
		// nothing to train: only the evaluation sets need tags
		ts = &tagSets{}
		tagEvalSets(ts, readTagger(*evalTagger), sets)
	default:
		ts = predictedTags(train, sets, *folds, *tagCache, *evalTagger)
	}
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
		var upos, xpos [][]string
		opt := parser.Options{Epochs: *epochs, Seed: *seed, UniqueRate: *uniqueRate, PairExpect: *pairExpect, LeafRate: *leafRate, Beam: *beam}
		switch *clusterFile {
		case "":
		case "embedded":
			es, err := cluster.Default()
			if err != nil {
				fail(err)
			}
			opt.Clusters = es
		default:
			f, err := os.Open(*clusterFile)
			if err != nil {
				fail(err)
			}
			opt.Clusters, err = cluster.Read(f, *clusterFile)
			f.Close()
			if err != nil {
				fail(err)
			}
		}
		if ts != nil {
			upos, xpos = ts.TrainUPOS, ts.TrainXPOS
			opt.DevUPOS, opt.DevXPOS = ts.UPOS[sets[0].name], ts.XPOS[sets[0].name]
		}
		if *perEpoch {
			opt.Dev = read(sets[0].path)
		} else {
			opt.DevUPOS, opt.DevXPOS = nil, nil
		}
		t0, c0 := time.Now(), cpuTime()
		if *maxWeights > 0 {
			opt.MaxWeights = *maxWeights
		}
		m = parser.Train(train, upos, xpos, opt, os.Stderr)
		fmt.Printf("trained in %s (%s CPU)\n", time.Since(t0).Round(time.Second), (cpuTime() - c0).Round(time.Second))
	}
	if *maxWeights > 0 {
		m.Shrink(*maxWeights)
	}
	fmt.Printf("model: %d features, %d weights, beam %d\n", m.Features(), m.Weights(), m.Beam())
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
		if st, err := os.Stat(*save); err == nil {
			fmt.Printf("model %s: %d bytes, %d features\n", *save, st.Size(), m.Features())
		}
	}
	if *decodeBeam > 0 {
		m.SetBeam(*decodeBeam)
		fmt.Printf("decoding with beam %d\n", m.Beam())
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	for _, set := range sets {
		if _, err := os.Stat(set.path); err != nil {
			fmt.Printf("%-9s missing (%s)\n", set.name, set.path)
			continue
		}
		sents := read(set.path)
		var sc parser.Score
		var dur time.Duration
		cpu0 := cpuTime()
		for si, s := range sents {
			n := len(s.Words)
			words, upos, xpos := s.Forms(), make([]string, n), make([]string, n)
			for i, w := range s.Words {
				upos[i], xpos[i] = w.UPOS, w.XPOS
			}
			if ts != nil {
				upos, xpos = ts.UPOS[set.name][si], ts.XPOS[set.name][si]
			}
			heads, rels := make([]int, n), make([]string, n)
			t0 := time.Now()
			m.Parse(words, upos, xpos, heads, rels)
			dur += time.Since(t0)
			sc.Add(s, heads, rels)
		}
		cpu := cpuTime() - cpu0
		fmt.Printf("%-9s tags=%s words=%d UAS=%.4f LAS=%.4f LAS(full relations)=%.4f tokens/s=%.0f (wall) %.0f (CPU)\n",
			set.name, *tags, sc.Words, sc.UAS(), sc.LAS(), sc.FullLAS(), float64(sc.Words)/dur.Seconds(), float64(sc.Words)/cpu.Seconds())
	}
}

// predictedTags returns the jackknifed training tags and the evaluation
// sets' predicted tags, from cache when it exists.
func predictedTags(train []*conllu.Sentence, sets []struct{ name, path string }, folds int, cache, evalTagger string) *tagSets {
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			var ts tagSets
			err := gob.NewDecoder(f).Decode(&ts)
			f.Close()
			if err == nil && len(ts.TrainUPOS) == len(train) {
				if evalTagger != "" {
					tagEvalSets(&ts, readTagger(evalTagger), sets)
				}
				return &ts
			}
			fmt.Fprintf(os.Stderr, "parser-eval: tag cache %s unusable, recomputing\n", cache)
		}
	}
	t0 := time.Now()
	ts := &tagSets{UPOS: map[string][][]string{}, XPOS: map[string][][]string{}}
	ts.TrainUPOS, ts.TrainXPOS = tagger.Jackknife(train, folds, tagger.Options{}, nil)
	var tm *tagger.Model
	if evalTagger != "" {
		tm = readTagger(evalTagger)
	} else {
		tm = tagger.Train(train, tagger.Options{}, nil)
	}
	tagEvalSets(ts, tm, sets)
	fmt.Fprintf(os.Stderr, "parser-eval: predicted tags (%d-fold jackknife) in %s\n", folds, time.Since(t0).Round(time.Second))
	if cache != "" {
		f, err := os.Create(cache)
		if err == nil {
			err = gob.NewEncoder(f).Encode(ts)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "parser-eval: tag cache: %v\n", err)
		}
	}
	return ts
}

// tagEvalSets tags the evaluation sets with tm into ts.
func tagEvalSets(ts *tagSets, tm *tagger.Model, sets []struct{ name, path string }) {
	ts.UPOS, ts.XPOS = map[string][][]string{}, map[string][][]string{}
	for _, set := range sets {
		if _, err := os.Stat(set.path); err != nil {
			continue
		}
		for _, s := range read(set.path) {
			words := s.Forms()
			u, x := make([]string, len(words)), make([]string, len(words))
			tm.Tag(words, u, x)
			ts.UPOS[set.name] = append(ts.UPOS[set.name], u)
			ts.XPOS[set.name] = append(ts.XPOS[set.name], x)
		}
	}
}

func readTagger(path string) *tagger.Model {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	m, err := tagger.Read(f)
	if err != nil {
		fail(fmt.Errorf("%s: %w", path, err))
	}
	return m
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
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
