package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/dragoman/dragoman/petrarch"
)

// TestUpToDate checks that syntax/lemma/data/verbs.tsv is what the tool
// derives from the dictionaries of the checkout.
func TestUpToDate(t *testing.T) {
	f, err := os.Open("../../cameo/data/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vs, err := petrarch.BuiltinVerbs()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := derive(&b, f, vs); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("../../syntax/lemma/data/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Error("syntax/lemma/data/verbs.tsv is out of date: run go run ./tools/lemma-verbs")
	}
}
