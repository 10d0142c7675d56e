package lemma

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/internal/digest"
	"github.com/dragoman/dragoman/syntax/cluster"
)

// Verbs the lemmatizer knows: the lemmas of data/verbs.tsv (the verbs of
// the event dictionaries, with PETRARCH's irregular forms; see its header
// for the format and licence, and tools/lemma-verbs, which writes it) and
// the lemmas the model's lexicon gives verb forms (EWT train's verbs).
// An inflected verb form the lexicon has not seen is lemmatized by the
// English spelling rules: of the stems the suffix may hide ("hoped":
// hope, hop; "stopped": stopp, stop; "tried": try, trie), the one that
// is a known verb, and only when none is, the learned suffix rule.
//
//go:embed data/verbs.tsv
var verbData string

// VerbFile names the verb list, for messages.
const VerbFile = "syntax/lemma/data/verbs.tsv"

// DataDigest is a short digest of the embedded verb list and of the word
// list it reads from the clusters.
func DataDigest() string { return digest.Strings(verbData, cluster.DataDigest()) }

// verbList is the verb list read: its lemmas and the lemma of each
// irregular form.
type verbList struct {
	lemmas    map[string]bool
	irregular map[string]string
}

var builtinVerbs = sync.OnceValue(func() *verbList {
	v, err := readVerbs(strings.NewReader(verbData), VerbFile)
	if err != nil {
		// The embedded file is checked by the tests.
		panic(err)
	}
	return v
})

// readVerbs reads a verb list in the format of data/verbs.tsv; a malformed
// line is an error naming it.
func readVerbs(r io.Reader, name string) (*verbList, error) {
	v := &verbList{lemmas: map[string]bool{}, irregular: map[string]string{}}
	sc := bufio.NewScanner(r)
	n, prev := 0, ""
	for sc.Scan() {
		n++
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, a...))
		}
		cols := strings.Split(t, "\t")
		if len(cols) > 2 {
			return nil, bad("%d tab-separated fields, want a lemma and at most one list of forms", len(cols))
		}
		l := cols[0]
		if !VerbWord(l) {
			return nil, bad("lemma %q is not lowercase ASCII letters", l)
		}
		if l <= prev {
			return nil, bad("lemma %q out of order or repeated (after %q)", l, prev)
		}
		prev = l
		v.lemmas[l] = true
		if len(cols) == 2 {
			fs := strings.Split(cols[1], " ")
			for _, f := range fs {
				if !VerbWord(f) {
					return nil, bad("form %q of %q is not lowercase ASCII letters", f, l)
				}
				if o, ok := v.irregular[f]; ok {
					return nil, bad("form %q listed for %q and %q", f, o, l)
				}
				v.irregular[f] = l
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for f, l := range v.irregular {
		if v.lemmas[f] {
			return nil, fmt.Errorf("%s: form %q of %q is itself a lemma of the list", name, f, l)
		}
	}
	return v, nil
}

// VerbWord reports whether w may stand in the verb list (data/verbs.tsv)
// as a lemma or a form: lower-case ASCII letters only, as the list's
// format says and tools/lemma-verbs writes it.
func VerbWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// inflected reports whether xpos tags an inflected verb form.
func inflected(xpos string) bool {
	return xpos == "VBD" || xpos == "VBN" || xpos == "VBZ" || xpos == "VBG"
}

// verbLemmas returns the lemmas a lexicon gives verb forms (XPOS VB*).
func verbLemmas(words map[string][]lexEntry) map[string]bool {
	out := map[string]bool{}
	for _, es := range words {
		for _, e := range es {
			if e.kind != byUPOS && strings.HasPrefix(e.tag, "VB") && VerbWord(e.lemma) {
				out[e.lemma] = true
			}
		}
	}
	return out
}

// knownVerb reports whether w is a verb lemma of the model's lexicon or
// of the verb list.
func (m *Model) knownVerb(w string) bool {
	return m.verbs[w] || m.list.lemmas[w]
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// endsVC reports whether a stem ends in a single vowel and a consonant
// ("hop", "stop"; not "loot", "help"): the stems whose "-ed" and "-ing"
// forms drop a final e ("hoped") or double the consonant ("hopped").
func endsVC(s string) bool {
	n := len(s)
	return n >= 2 && !isVowelByte(s[n-1]) && isVowelByte(s[n-2]) && (n == 2 || !isVowelByte(s[n-3]))
}

// verbStems returns the stems an inflected form may hide, in the order
// the spelling rules prefer them, and the stem the rules give when none
// is a known verb ("" to leave the form to the learned rules).
func verbStems(lower, xpos string) (cands []string) {
	n := len(lower)
	switch {
	case xpos == "VBZ":
		switch {
		case strings.HasSuffix(lower, "ies") && n > 4:
			cands = []string{lower[:n-3] + "y", lower[:n-1]}
		case strings.HasSuffix(lower, "es") && n > 3:
			// "-es" only after a sibilant or o ("fixes", "goes"),
			// else the "-s" of a stem in e ("closes").
			cands = []string{lower[:n-1]}
			if stem := lower[:n-2]; strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ch") || strings.IndexByte("sxzo", stem[len(stem)-1]) >= 0 {
				cands = []string{stem, lower[:n-1]}
			}
		case strings.HasSuffix(lower, "s") && n > 2:
			cands = []string{lower[:n-1]}
		}
		return cands
	case xpos == "VBG" && strings.HasSuffix(lower, "ing") && n > 4:
		stem := lower[:n-3]
		if strings.HasSuffix(stem, "y") && len(stem) <= 2 {
			// "dying", "lying": only short verbs end in "-ie".
			cands = append(cands, stem[:len(stem)-1]+"ie")
		}
		return append(cands, edStems(stem)...)
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(lower, "ed") && n > 3:
		stem := lower[:n-2]
		if strings.HasSuffix(stem, "i") {
			cands = append(cands, stem[:len(stem)-1]+"y", stem+"e")
		}
		return append(cands, edStems(stem)...)
	}
	return nil
}

// edStems returns the stems behind stem+"ed" or stem+"ing", preferred
// first: after a doubled consonant the stem as written ("added") and
// undoubled ("stopped"), of which verbLemma takes the undoubled one when
// neither is a known verb and the consonant is not one English writes
// double at a verb's end (l, s, f, z: "fill", "pass"); else the stem with a final e restored and
// without, the e first after a single vowel and consonant ("hoped"),
// last otherwise ("looted", "helped").
func edStems(stem string) []string {
	n := len(stem)
	if n >= 2 && stem[n-1] == stem[n-2] && !isVowelByte(stem[n-1]) {
		return []string{stem, stem[:n-1]}
	}
	if endsVC(stem) {
		return []string{stem + "e", stem}
	}
	return []string{stem, stem + "e"}
}

// attested returns the words of the word clusters (syntax/cluster: the
// words of English Wikinews and EWT train seen three times or more),
// read once.
var attested = sync.OnceValue(func() map[string]bool {
	es, err := cluster.Default()
	if err != nil {
		// The embedded file is checked by its package's tests.
		panic(err)
	}
	out := make(map[string]bool, len(es))
	for _, e := range es {
		if VerbWord(e.Word) {
			out[e.Word] = true
		}
	}
	return out
})

// verbLemma returns the lemma of an inflected verb form the lexicon has
// not seen under its tag (lower, lowercase), or false to leave it to the
// learned rules: its lemma in the verb list's irregular forms; for a
// past or participle, its lemma in the lexicon under the other of the
// two tags; the first of its stems (verbStems) that is a known verb; a
// prefix before a known irregular past or participle; else the first
// stem that is a word of running text (attested; "boycotted": boycott,
// not boycot; "audited": audit, not audite), the learned rule's answer
// (learned; for a past or participle the rule of the longer suffix of
// either tag) if it is one of the stems and not spelt as verbs rarely
// end (unlikelyStem), else the stem the spelling rules prefer.
func (m *Model) verbLemma(lower, xpos, learned string) (string, bool) {
	if l, ok := m.list.irregular[lower]; ok {
		return l, true
	}
	sib := siblingTag(xpos)
	if sib != "" {
		// A past read as a participle, or the reverse ("bitten" tagged
		// VBD): the lexicon's lemma of the form under the other tag.
		if l, ok := lookup(m.words[lower], byLower, sib); ok && VerbWord(l) {
			return l, true
		}
	}
	cands := verbStems(lower, xpos)
	for _, c := range cands {
		if m.knownVerb(c) {
			return c, true
		}
	}
	if sib != "" && !strings.HasSuffix(lower, "ed") {
		if l, ok := m.prefixedIrregular(lower, xpos, sib); ok {
			return l, true
		}
	}
	if sib != "" {
		// The past and the participle share their spelling: the rule
		// of the longer suffix of either tag, the form's own on a tie.
		own, ko := m.ruleSuffix(lower, xpos)
		other, ks := m.ruleSuffix(lower, sib)
		if ks > ko && other != "" {
			learned = other
		} else if own != "" {
			learned = own
		}
	}
	if len(cands) == 0 {
		return learned, learned != ""
	}
	for _, c := range cands {
		if !unlikelyStem(c) && attested()[c] {
			return c, true
		}
	}
	for _, c := range cands {
		if c == learned && !unlikelyStem(c) {
			return c, true
		}
	}
	if len(cands) > 1 && unlikelyStem(cands[0]) {
		return cands[1], true
	}
	return cands[0], true
}

// unlikelyStem reports whether a stem is spelt as English verbs rarely
// end: an e after a vowel pair (strayE) or a doubled consonant other than
// l, s, f and z ("glimm", not "fill", "pass"), or "-ie" after more than
// two letters (the "-ied" of "readied"; "tied", "died" are short).
func unlikelyStem(s string) bool {
	n := len(s)
	return strayE(s) || n >= 2 && s[n-1] == s[n-2] && !isVowelByte(s[n-1]) && strings.IndexByte("lsfz", s[n-1]) < 0 ||
		n > 3 && strings.HasSuffix(s, "ie")
}

// strayE reports whether a stem ends in an e that English spelling does
// not write after a vowel pair and a consonant ("loote", "boaste"; but
// "release", "breathe", "achieve", "voice", "guide", "negotiate", whose
// pair and consonant keep it).
func strayE(s string) bool {
	n := len(s)
	if n < 4 || s[n-1] != 'e' {
		return false
	}
	c, v1, v0 := s[n-2], s[n-3], s[n-4]
	if isVowelByte(c) || !isVowelByte(v1) || !isVowelByte(v0) || strings.IndexByte("szvcghy", c) >= 0 {
		return false
	}
	pair := s[n-4 : n-2]
	switch {
	case c == 't' && (pair == "ia" || pair == "ea" || pair == "ua"):
		return false // the "-ate" verbs: "create", "evaluate"
	case c == 'd' && pair == "ui":
		return false
	}
	return true
}

// siblingTag returns the tag that spells its forms as xpos does: VBN for
// VBD and VBD for VBN, else "".
func siblingTag(xpos string) string {
	switch xpos {
	case "VBD":
		return "VBN"
	case "VBN":
		return "VBD"
	}
	return ""
}

// ruleSuffix returns the lemma the learned rule of the longest suffix of
// lower gives it under xpos, and the suffix's length (-1 for none).
func (m *Model) ruleSuffix(lower, xpos string) (string, int) {
	for k := min(len(lower), maxSuffix); k >= 0; k-- {
		if r, ok := tagRule(m.suffixes[lower[len(lower)-k:]], xpos); ok {
			if out, ok := r.apply(lower); ok && out != "" {
				return out, k
			}
		}
	}
	return "", -1
}

// prefixedIrregular returns the lemma of a past or participle that is a
// prefix of two letters or more before an irregular past or participle
// the lexicon or the verb list knows ("outgrown": out + grow, "overshot":
// over + shoot), irregular meaning that the spelling rules do not give
// its lemma ("grown", not "wanted"). verbLemma asks only for forms not in
// "-ed", which have a regular reading ("-led" is not "lead").
func (m *Model) prefixedIrregular(lower, xpos, sib string) (string, bool) {
	for i := 2; i+3 <= len(lower); i++ {
		rest := lower[i:]
		l, ok := m.list.irregular[rest]
		if !ok {
			if l, ok = lookup(m.words[rest], byLower, xpos); !ok {
				l, ok = lookup(m.words[rest], byLower, sib)
			}
		}
		if !ok || !VerbWord(l) || l == rest {
			continue
		}
		regular := false
		for _, c := range verbStems(rest, xpos) {
			regular = regular || c == l
		}
		if !regular {
			return lower[:i] + l, true
		}
	}
	return "", false
}
