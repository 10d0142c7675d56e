// Package lemma gives a word's lemma from its form and part-of-speech
// tags, as UD English EWT lemmatizes: a lexicon of the training words
// keyed by form and tag, then suffix-rewrite rules learned from the
// training words for the words it has not seen ("carpools"/NNS: strip
// "s"; "Exxon's"... ). A rule rewrites either the form as written (proper
// nouns keep their case) or its lowercase form. An inflected verb the
// lexicon lacks goes first through the verb step of verbs.go: the
// irregular forms and verbs of the event dictionaries (data/verbs.tsv)
// and the English spelling rules choose among the stems its suffix may
// hide.
package lemma

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dragoman/dragoman/syntax/conllu"
)

// maxSuffix is the longest form suffix a rule is keyed by.
const maxSuffix = 6

// Model is a trained lemmatizer; read-only, safe for concurrent use. Its
// lexicon maps keys (byForm, form, XPOS), (byLower, lowercase form, XPOS)
// and (byUPOS, form, UPOS) to lemmas, its rules keys (0, lowercase
// suffix, XPOS) to rules; both are held by word (see index.go).
type Model struct {
	words    map[string][]lexEntry   // the lexicon by key word
	suffixes map[string][]suffixRule // the rules by key suffix
	verbs    map[string]bool         // the lemmas of the lexicon's verb forms (verbs.go)
	list     *verbList               // the verb list (verbs.go)
}

// key is a lexicon or rule key: its kind, a word or suffix and a tag.
type key struct {
	kind      uint8
	word, tag string
}

// Lexicon key kinds.
const (
	byForm  = iota // the form and its XPOS
	byLower        // the lowercase form and its XPOS
	byUPOS         // the form and its UPOS
	numKinds
)

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
	cut := len(base) - r.strip
	if cut < 0 || cut < len(base) && !utf8.RuneStart(base[cut]) {
		// A rule learned on other words never cuts inside a character
		// ("-ácio" is not "-cio" with a byte left over).
		return "", false
	}
	return base[:cut] + r.add, true
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
	es := m.words[form]
	if l, ok := lookup(es, byForm, xpos); ok {
		return l
	}
	lower := strings.ToLower(form)
	les := es
	if lower != form {
		les = m.words[lower]
	}
	if l, ok := lookup(les, byLower, xpos); ok {
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
	if l, ok := lookup(es, byUPOS, upos); ok {
		return l
	}
	learned := m.ruleLemma(form, lower, xpos)
	if upos == "VERB" && inflected(xpos) {
		if l, ok := m.verbLemma(lower, xpos, learned); ok {
			return l
		}
	}
	if learned != "" {
		return learned
	}
	if isProper(xpos, upos) {
		return form
	}
	return lower
}

// ruleLemma returns the lemma the learned rule of the longest suffix of
// lower gives form, or "".
func (m *Model) ruleLemma(form, lower, xpos string) string {
	for k := min(len(lower), maxSuffix); k >= 0; k-- {
		if r, ok := tagRule(m.suffixes[lower[len(lower)-k:]], xpos); ok {
			if out, ok := r.apply(form); ok && out != "" {
				return out
			}
		}
	}
	return ""
}

// Train learns a lemmatizer from the FORM, LEMMA, UPOS and XPOS columns
// of sents. The result depends only on the sentences.
func Train(sents []*conllu.Sentence) *Model {
	return fromMaps(trainMaps(sents))
}

// trainMaps learns Train's lexicon and rules, by key.
func trainMaps(sents []*conllu.Sentence) (lex map[key]string, rules map[key]rule) {
	lexCount := map[key]map[string]int{}
	count := func(k key, lemma string) {
		c := lexCount[k]
		if c == nil {
			c = map[string]int{}
			lexCount[k] = c
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
			count(key{byForm, w.Form, w.XPOS}, w.Lemma)
			count(key{byLower, strings.ToLower(w.Form), w.XPOS}, w.Lemma)
			count(key{byUPOS, w.Form, w.UPOS}, w.Lemma)
			if misspelt(w.Feats) {
				// A misspelt form keeps its lemma in the lexicon but
				// teaches no rule: its ending is not the lemma's
				// ("appologized" would rewrite every "-pologized").
				continue
			}
			types[typ{w.Form, w.XPOS, w.UPOS, w.Lemma}] = true
		}
	}
	lex, rules = make(map[key]string, len(lexCount)), map[key]rule{}
	for k, c := range lexCount {
		lex[k] = best(c)
	}
	// Rules, counted over word types: unseen words are rare words, and
	// rare words are better counted once each than by their frequency.
	ruleCount := map[key]map[string]int{}
	ruleOf := map[string]rule{}
	for t := range types {
		r := ruleFor(t.form, t.lemma, isProper(t.xpos, t.upos))
		rs := r.String()
		ruleOf[rs] = r
		lower := strings.ToLower(t.form)
		for k := 0; k <= min(len(lower), maxSuffix); k++ {
			rk := key{0, lower[len(lower)-k:], t.xpos}
			c := ruleCount[rk]
			if c == nil {
				c = map[string]int{}
				ruleCount[rk] = c
			}
			c[rs]++
		}
	}
	// Keep a suffix's rule only where it differs from the rule of the
	// suffix one byte shorter, which the lookup falls back on.
	for k, c := range ruleCount {
		rs := best(c)
		if k.word != "" {
			if p, ok := ruleCount[key{0, k.word[1:], k.tag}]; ok && best(p) == rs {
				continue
			}
		}
		rules[k] = ruleOf[rs]
	}
	return lex, rules
}

// misspelt reports whether a word's FEATS mark it a typo (Typo=Yes).
func misspelt(feats string) bool {
	for _, f := range strings.Split(feats, "|") {
		if f == "Typo=Yes" {
			return true
		}
	}
	return false
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
