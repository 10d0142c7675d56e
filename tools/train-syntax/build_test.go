package main

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
)

// tinyTreebank is the syntax package's tiny test treebank and the
// shipped word clusters.
func tinyTreebank(t *testing.T) ([]*conllu.Sentence, []cluster.Entry) {
	t.Helper()
	f, err := os.Open("../../syntax/testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.ReadAll(f, "tiny.conllu")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	cl, err := cluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	return sents, cl
}

// buildTwice builds the models twice with opt and fails the test where the
// two builds' files differ; it returns the first build's.
func buildTwice(t *testing.T, sents []*conllu.Sentence, opt options) []modelFile {
	t.Helper()
	a, err := build(sents, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	b, err := build(sents, opt, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s: differs between two runs", a[i].Name)
		}
	}
	return a
}

// Training is deterministic: the same treebank and options give the same
// bytes, and what is written loads.
func TestBuildDeterministic(t *testing.T) {
	sents, cl := tinyTreebank(t)
	for _, tc := range []struct {
		name                     string
		clusters, taggerClusters []cluster.Entry
	}{{"without clusters", nil, nil}, {"with clusters", cl, nil}, {"with tagger clusters", nil, cl}} {
		t.Run(tc.name, func(t *testing.T) {
			opt := options{TaggerEpochs: 3, ParserEpochs: 3, Folds: 2, Seed: 1, Source: "tiny", Clusters: tc.clusters, TaggerClusters: tc.taggerClusters}
			a := buildTwice(t, sents, opt)
			dir := t.TempDir()
			if err := writeModels(dir, a); err != nil {
				t.Fatal(err)
			}
			m, err := syntax.LoadModels(os.DirFS(dir), dir)
			if err != nil {
				t.Fatal(err)
			}
			if m.Tagger == nil || m.Lemma == nil || m.Parser == nil {
				t.Errorf("models missing after training: %+v", m)
			}
		})
	}
}

// With a kept parser, only the tagger and the lemmatizer are trained: the
// parser's bytes are the kept ones, the manifest says so, the build is
// deterministic and what is written loads.
func TestBuildTaggerOnly(t *testing.T) {
	sents, cl := tinyTreebank(t)
	full, err := build(sents, options{TaggerEpochs: 3, ParserEpochs: 3, Folds: 2, Seed: 1, Source: "tiny"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var kept []byte
	for _, m := range full {
		if m.Name == syntax.ModelFile("parser") {
			kept = m.Data
		}
	}
	opt := options{TaggerEpochs: 3, ParserEpochs: 3, Folds: 2, Seed: 1, Source: "tiny", TaggerClusters: cl, KeptParser: kept}
	a := buildTwice(t, sents, opt)
	for i := range a {
		switch a[i].Name {
		case syntax.ModelFile("parser"):
			if !bytes.Equal(a[i].Data, kept) {
				t.Error("the parser is not the kept one")
			}
		case syntax.ManifestFile:
			if !bytes.Contains(a[i].Data, []byte("# Parser: kept")) {
				t.Errorf("the manifest does not say the parser was kept:\n%s", a[i].Data)
			}
		}
	}
	dir := t.TempDir()
	if err := writeModels(dir, a); err != nil {
		t.Fatal(err)
	}
	if m, err := syntax.LoadModels(os.DirFS(dir), dir); err != nil || m.Tagger == nil || m.Parser == nil {
		t.Errorf("models missing after training: %v", err)
	}
}

// With ParserBeam the parser is trained for beam search: deterministic,
// the width kept in the model, the manifest says so, and it loads.
func TestBuildParserBeam(t *testing.T) {
	sents, _ := tinyTreebank(t)
	opt := options{TaggerEpochs: 2, ParserEpochs: 2, Folds: 2, Seed: 1, Source: "tiny", ParserBeam: 3}
	a := buildTwice(t, sents, opt)
	for i := range a {
		if a[i].Name == syntax.ManifestFile && !bytes.Contains(a[i].Data, []byte("# Parser: beam search, 3 configurations")) {
			t.Errorf("the manifest does not give the beam:\n%s", a[i].Data)
		}
	}
	dir := t.TempDir()
	if err := writeModels(dir, a); err != nil {
		t.Fatal(err)
	}
	m, err := syntax.LoadModels(os.DirFS(dir), dir)
	if err != nil || m.Parser == nil {
		t.Fatalf("models missing after training: %v", err)
	}
	if k := m.Parser.Beam(); k != 3 {
		t.Errorf("parser beam %d, want 3", k)
	}
}
