// Package lemma gives a word's lemma from its form and part-of-speech
// tags, as UD English EWT lemmatizes: a lexicon of the training words
// keyed by form and tag, then suffix-rewrite rules learned from the
// training words for the words it has not seen ("carpools"/NNS: strip
// "s"; "Exxon's"... ). A rule rewrites either the form as written (proper
// nouns keep their case) or its lowercase form.
package lemma

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/syntax/conllu"
)

// maxSuffix is the longest form suffix a rule is keyed by.
const maxSuffix = 6

// Model is a trained lemmatizer; read-only, safe for concurrent use.
type Model struct {
	lex   map[string]string // form \t XPOS -> lemma; "\x00"+lowercase form \t XPOS; "\x01"+form \t UPOS
	rules map[string]rule   // XPOS \t lowercase suffix -> rule
}

// rule rewrites a form: take it as written (keep) or lowercased, strip
// Strip bytes from its end, append Add.
type rule struct {
	keep  bool
	strip int
	add   string
}

func (r rule) String() string {
	k := "l"
	if r.keep {
		k = "k"
	}
	return k + strconv.Itoa(r.strip) + ":" + r.add
}

func (r rule) apply(form string) (string, bool) {
	base := form
	if !r.keep {
		base = strings.ToLower(form)
	}
	if r.strip > len(base) {
		return "", false
	}
	return base[:len(base)-r.strip] + r.add, true
}

// ruleFor returns the rule rewriting form into lemma, choosing between
// keeping the case and lowercasing by the longer common prefix (ties go
// to keeping the case for proper nouns, to lowercasing for the rest).
func ruleFor(form, lemma string, proper bool) rule {
	make1 := func(base string, keep bool) rule {
		n := 0
		for n < len(base) && n < len(lemma) && base[n] == lemma[n] {
			n++
		}
		return rule{keep: keep, strip: len(base) - n, add: lemma[n:]}
	}
	k, l := make1(form, true), make1(strings.ToLower(form), false)
	switch {
	case k.strip < l.strip:
		return k
	case l.strip < k.strip:
		return l
	case proper:
		return k
	}
	return l
}

func isProper(xpos, upos string) bool {
	return upos == "PROPN" || xpos == "NNP" || xpos == "NNPS"
}

// Lemma returns the lemma of form tagged upos and xpos.
func (m *Model) Lemma(form, upos, xpos string) string {
	if l, ok := m.lex[form+"\t"+xpos]; ok {
		return l
	}
	lower := strings.ToLower(form)
	if l, ok := m.lex["\x00"+lower+"\t"+xpos]; ok {
		if isProper(xpos, upos) && lower != form {
			if r := ruleFor(lower, l, false); r.strip <= len(form) && l != "" {
				// Keep the form's case on a proper noun seen lowercased.
				if out, ok := (rule{keep: true, strip: r.strip, add: r.add}).apply(form); ok {
					return out
				}
			}
		}
		return l
	}
	if l, ok := m.lex["\x01"+form+"\t"+upos]; ok {
		return l
	}
	for k := min(len(lower), maxSuffix); k >= 0; k-- {
		if r, ok := m.rules[xpos+"\t"+lower[len(lower)-k:]]; ok {
			if out, ok := r.apply(form); ok && out != "" {
				return out
			}
		}
	}
	if isProper(xpos, upos) {
		return form
	}
	return lower
}

// Train learns a lemmatizer from the FORM, LEMMA, UPOS and XPOS columns
// of sents. The result depends only on the sentences.
func Train(sents []*conllu.Sentence) *Model {
	lexCount := map[string]map[string]int{}
	count := func(key, lemma string) {
		c := lexCount[key]
		if c == nil {
			c = map[string]int{}
			lexCount[key] = c
		}
		c[lemma]++
	}
	type typ struct{ form, xpos, upos, lemma string }
	types := map[typ]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
				continue
			}
			count(w.Form+"\t"+w.XPOS, w.Lemma)
			count("\x00"+strings.ToLower(w.Form)+"\t"+w.XPOS, w.Lemma)
			count("\x01"+w.Form+"\t"+w.UPOS, w.Lemma)
			types[typ{w.Form, w.XPOS, w.UPOS, w.Lemma}] = true
		}
	}
	m := &Model{lex: make(map[string]string, len(lexCount)), rules: map[string]rule{}}
	for key, c := range lexCount {
		m.lex[key] = best(c)
	}
	// Rules, counted over word types: unseen words are rare words, and
	// rare words are better counted once each than by their frequency.
	ruleCount := map[string]map[string]int{}
	ruleOf := map[string]rule{}
	for t := range types {
		r := ruleFor(t.form, t.lemma, isProper(t.xpos, t.upos))
		rs := r.String()
		ruleOf[rs] = r
		lower := strings.ToLower(t.form)
		for k := 0; k <= min(len(lower), maxSuffix); k++ {
			key := t.xpos + "\t" + lower[len(lower)-k:]
			c := ruleCount[key]
			if c == nil {
				c = map[string]int{}
				ruleCount[key] = c
			}
			c[rs]++
		}
	}
	// Keep a suffix's rule only where it differs from the rule of the
	// suffix one byte shorter, which the lookup falls back on.
	for key, c := range ruleCount {
		rs := best(c)
		xpos, suf, _ := strings.Cut(key, "\t")
		if suf != "" {
			if p, ok := ruleCount[xpos+"\t"+suf[1:]]; ok && best(p) == rs {
				continue
			}
		}
		m.rules[key] = ruleOf[rs]
	}
	return m
}

// best returns the most frequent key of c, the smallest on a tie.
func best(c map[string]int) string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c[a] != c[b] {
			return cmp.Compare(c[b], c[a])
		}
		return cmp.Compare(a, b)
	})
	return keys[0]
}
