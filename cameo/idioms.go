package cameo

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/dragoman/dragoman/internal/tsv"
)

// Idioms holds, for a trigger verb, the objects that make it no event
// (data/idioms.tsv): "struck a conciliatory tone", "hit a record high".
type Idioms map[string]map[string]bool

// LoadIdioms reads idioms, checking each lemma against the patterns.
func LoadIdioms(r io.Reader, name string, ps *Patterns) (Idioms, error) {
	id := Idioms{}
	err := tsv.Each(r, name, 2, func(_ int, f []string) error {
		lemma := f[0]
		if !ps.isVerb(lemma) {
			return fmt.Errorf("%q is no trigger verb of verbs.tsv", lemma)
		}
		if _, dup := id[lemma]; dup {
			return fmt.Errorf("%q listed twice", lemma)
		}
		objs := map[string]bool{}
		for _, w := range strings.Split(f[1], "|") {
			if w = strings.TrimSpace(w); w == "" || w != strings.ToLower(w) {
				return fmt.Errorf("%q: empty or capitalised object word", lemma)
			}
			objs[w] = true
		}
		id[lemma] = objs
		return nil
	})
	if err != nil {
		return nil, err
	}
	return id, nil
}

// DefaultIdioms loads the built-in idioms.
func DefaultIdioms(ps *Patterns) (Idioms, error) {
	return loadData("idioms.tsv", func(r io.Reader, name string) (Idioms, error) { return LoadIdioms(r, name, ps) })
}

// objectOf reports whether the verb lemma at token i is followed by one of
// its idiom objects before a preposition, a comma or the clause's end.
func (id Idioms) objectOf(lemma string, lower []string, i int) bool {
	objs := id[lemma]
	if objs == nil {
		return false
	}
	for k := i + 1; k < len(lower) && k <= i+5; k++ {
		w := lower[k]
		if clauseBreak(w) || w == "," || prepositions[w] || objectStops[w] {
			return false // "fired at the chief" is a shooting
		}
		if objs[w] || objs["#number"] && w != "" && unicode.IsDigit(rune(w[0])) {
			return true
		}
	}
	return false
}

// objectStops end the search for an idiom's object besides prepositions.
var objectStops = own.Class("object-stop").Set()

// isVerb reports whether lemma is the first word of a verb pattern.
func (ps *Patterns) isVerb(lemma string) bool {
	for _, p := range ps.byForm[lemma] {
		if p.Words[0] == lemma {
			return true
		}
	}
	return false
}

// NonAgents are words that, as a trigger verb's subject, name no one who
// acts (data/nonagents.tsv): "stocks rallied".
type NonAgents map[string]bool

// LoadNonAgents reads non-agent words.
func LoadNonAgents(r io.Reader, name string) (NonAgents, error) {
	na := NonAgents{}
	err := tsv.Each(r, name, 1, func(_ int, f []string) error {
		w := f[0]
		if w == "" || w != strings.ToLower(w) || strings.TrimSpace(w) != w {
			return fmt.Errorf("word %q must be lower case without outer spaces", w)
		}
		if na[w] {
			return fmt.Errorf("word %q listed twice", w)
		}
		na[w] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return na, nil
}

// DefaultNonAgents loads the built-in non-agent words.
func DefaultNonAgents() (NonAgents, error) {
	return loadData("nonagents.tsv", LoadNonAgents)
}

// subjectOf reports whether the subject right before the verb at token i
// (past its verb group) is a non-agent: "the Nifty has been rallying".
// g is the verb group the parse gives the verb, nil where it gives none:
// then the auxiliaries and adverbs the words show.
func (na NonAgents) subjectOf(lower []string, i int, g *predGroup) bool {
	k := i - 1
	passive := false
	if g != nil {
		k, passive = g.start-1, g.passive
	} else {
		be := false
		for k >= 0 && (strings.HasSuffix(lower[k], "ly") || haveForms[lower[k]] || beForms[lower[k]] || modals[lower[k]] || futureModal[lower[k]]) {
			be = be || beForms[lower[k]]
			k--
		}
		passive = be && (strings.HasSuffix(lower[i], "ed") || isIrregularParticiple(lower[i]))
	}
	if k < 0 {
		return false
	}
	if passive {
		// a passive's subject undergoes the act, another does it: "a
		// deal to ship oil was signed by Chile"
		return false
	}
	if na[lower[k]] {
		return true
	}
	return k >= 1 && na[lower[k-1]+" "+lower[k]] // "hang seng"
}
