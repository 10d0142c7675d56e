// Command lemma-verbs derives the lemmatizer's verb list
// (syntax/lemma/data/verbs.tsv) from the event dictionaries: every
// single-word verb of cameo/data/verbs.tsv and of the built-in PETRARCH
// verb dictionary (petrarch/data/verbs.txt, MIT License), with the
// inflected forms PETRARCH lists for it.
//
//	go run ./tools/lemma-verbs [-o syntax/lemma/data/verbs.tsv]
//
// A listed form that PETRARCH gives two verbs, or that is itself a verb
// of the list ("found", "lay"), is left out: the lemmatizer's lexicon
// decides those by the tag. The output depends only on the two
// dictionaries.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/syntax/lemma"
)

var header = `# Verb lemmas and irregular forms for the lemmatizer (package
# syntax/lemma), written by go run ./tools/lemma-verbs; do not edit.
#
# Derived from cameo/data/verbs.tsv (dragoman) and from the PETRARCH verb
# dictionary petrarch/data/verbs.txt, itself derived from the
# Phoenix/PETRARCH-2 production dictionary CAMEO.2.0.txt
# (openeventdata/petrarch2):
#
` + petrarch.MITNotice("CAMEO.2.0.txt: Copyright (c) 2015 Open Event Data Alliance") + `#
# Format: one verb per line, lemmas ascending, each once: the lemma, then
# optionally a tab and its irregular forms separated by spaces (each form
# once in the file, never a lemma of the file). Lemmas and forms are
# lowercase ASCII letters. Blank lines and # comments are ignored.
`

func main() {
	out := flag.String("o", "syntax/lemma/data/verbs.tsv", "the file to write")
	cameoVerbs := flag.String("cameo", "cameo/data/verbs.tsv", "dragoman's verb patterns")
	flag.Parse()
	f, err := os.Open(*cameoVerbs)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	vs, err := petrarch.BuiltinVerbs()
	if err != nil {
		fail(err)
	}
	var b bytes.Buffer
	if err := derive(&b, f, vs); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "lemma-verbs:", err)
	os.Exit(1)
}

// derive writes the verb list of the cameo patterns (read from cameo) and
// the PETRARCH verbs vs.
func derive(w io.Writer, cameo io.Reader, vs *petrarch.Verbs) error {
	lemmas := map[string]bool{}
	sc := bufio.NewScanner(cameo)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || strings.HasPrefix(cols[0], "#") || cols[1] != "v" && cols[1] != "r" {
			continue
		}
		for _, alt := range strings.Split(cols[2], "|") {
			if ws := strings.Fields(alt); len(ws) > 0 && lemma.VerbWord(ws[0]) {
				lemmas[ws[0]] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	owners := map[string]map[string]bool{} // form -> lemmas listing it
	for _, v := range vs.Verbs {
		if len(v.Words) != 1 {
			continue
		}
		l := strings.ToLower(v.Words[0])
		if !lemma.VerbWord(l) {
			continue
		}
		lemmas[l] = true
		if !v.Irregular {
			continue
		}
		for _, f := range v.Forms {
			if len(f.Words) != 1 {
				continue
			}
			if fl := strings.ToLower(f.Words[0]); fl != l && lemma.VerbWord(fl) {
				if owners[fl] == nil {
					owners[fl] = map[string]bool{}
				}
				owners[fl][l] = true
			}
		}
	}
	forms := map[string][]string{}
	for f, ls := range owners {
		if len(ls) != 1 || lemmas[f] {
			continue
		}
		for l := range ls {
			forms[l] = append(forms[l], f)
		}
	}
	keys := make([]string, 0, len(lemmas))
	for l := range lemmas {
		keys = append(keys, l)
	}
	slices.Sort(keys)
	bw := bufio.NewWriter(w)
	bw.WriteString(header)
	for _, l := range keys {
		bw.WriteString(l)
		if fs := forms[l]; len(fs) > 0 {
			slices.Sort(fs)
			bw.WriteString("\t" + strings.Join(fs, " "))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
