package main

import (
	"encoding/gob"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The tag cache reads back as parser-eval's tag sets (fields by name),
// with no evaluation sets' tags.
func TestWriteTagCache(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tags.gob")
	upos := [][]string{{"PRON", "VERB"}, {"NOUN"}}
	xpos := [][]string{{"PRP", "VBD"}, {"NN"}}
	if err := writeTagCache(path, upos, xpos); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ts struct {
		TrainUPOS, TrainXPOS [][]string
		UPOS, XPOS           map[string][][]string
	}
	if err := gob.NewDecoder(f).Decode(&ts); err != nil {
		t.Fatal(err)
	}
	eq := func(a, b [][]string) bool { return slices.EqualFunc(a, b, slices.Equal[[]string]) }
	if !eq(ts.TrainUPOS, upos) || !eq(ts.TrainXPOS, xpos) || ts.UPOS != nil || ts.XPOS != nil {
		t.Fatalf("read back %+v", ts)
	}
}
