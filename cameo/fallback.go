// The production verb dictionary as a fallback of the built-in patterns:
// a sentence in which verbs.tsv finds no counted event is coded with the
// PETRARCH production dictionaries, and their events on verbs that
// verbs.tsv does not list are kept ("argued with", a verb sense the
// built-in patterns lack). A verb verbs.tsv lists was judged by the
// built-in coder, whose reading stands.

package cameo

import (
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/token"
)

// DefaultFallback is the production dictionaries' coder, prepared.
func DefaultFallback() (*PetrDicts, error) {
	ds, err := petrarch.Files{}.Load(true)
	if err != nil {
		return nil, err
	}
	pd := &PetrDicts{Verbs: ds.Verbs, Actors: ds.Actors, Agents: ds.Agents, Discards: ds.Discards}
	pd.Prepare()
	pd.conflict = map[*petrarch.Verb]bool{}
	for _, vb := range pd.Verbs.Verbs {
		c := conflictCode(vb.Code.Event)
		if vb.Block != nil {
			for _, pt := range vb.Block.Patterns {
				c = c || conflictCode(pt.Code.Event)
			}
		}
		if c {
			pd.conflict[vb] = true
		}
	}
	return pd, nil
}

// conflictCode reports whether an event code is of roots 10 to 20.
func conflictCode(c string) bool {
	return len(c) >= 2 && c[:2] >= "10" && c[:2] <= "20"
}

// conflictVerb reports whether word is a verb of the dictionary that
// some pattern codes as a conflictual act.
func (pd *PetrDicts) conflictVerb(word string) bool {
	for _, v := range pd.Verbs.Lookup(word) {
		if pd.conflict[v] {
			return true
		}
	}
	return false
}

// counted reports whether any of evs is counted (at MinConfidence or
// above and not set aside).
func counted(evs []doc.Event) bool {
	for _, e := range evs {
		if e.Confidence >= MinConfidence {
			return true
		}
	}
	return false
}

// publishedDate is d's publication date as YYYYMMDD, or 0.
func publishedDate(d *doc.Document) int {
	if d.Published.Value == nil || len(*d.Published.Value) < 10 {
		return 0
	}
	v := *d.Published.Value
	date, _ := strconv.Atoi(v[0:4] + v[5:7] + v[8:10])
	return date
}

// syntaxSentences maps d's sentence indexes to their syntax sentences.
func syntaxSentences(d *doc.Document) map[int]int {
	m := map[int]int{}
	if d.Syntax == nil {
		return m
	}
	for k, ss := range d.Syntax.Sentences {
		if _, ok := m[ss.Index]; !ok && ss.Index >= 0 {
			m[ss.Index] = k
		}
	}
	return m
}

// fallback codes sentence i with s.Fallback, keeping the events on verbs
// the built-in patterns do not list; k is its syntax sentence.
func (s *Stage) fallback(d *doc.Document, ix *docIndex, i, k, date int) []doc.Event {
	ss := d.Syntax.Sentences[k]
	unlisted := false // a conflict verb of the dictionary the patterns do not list
	for _, t := range d.Syntax.Tokens[ss.First:ss.End] {
		unlisted = unlisted || t.UPOS == "VERB" && !s.listed(t) && (s.Fallback.conflictVerb(t.Lemma) || s.Fallback.conflictVerb(t.Form))
	}
	if !unlisted {
		return nil
	}
	// (an event kept names two parties: a sentence where the
	// dictionaries find fewer than two actor codes has none to keep)
	evs, _ := s.Fallback.codeSentence(d, k, date, s.Convention, 2)
	var kept []PetrEvent
	for _, e := range evs {
		if t := d.Syntax.Tokens[ss.First+e.Verb]; fallbackCode(e) && !s.listed(t) && !relative(d.Syntax.Tokens, t) {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	sent := d.Sentences[i]
	sc := &sentCtx{d: d, span: sent, toks: token.In(d, sent), times: ix.times[i], quotes: ix.quotes[i], places: ix.places[i]}
	return s.petrEvents(d, sc, ss.First, kept)
}

// relative reports whether a verb token heads a relative clause or a
// participle on a noun ("the states, which have resisted the plan"): an
// act told in passing of one of the parties, which the fallback, coding
// without the built-in reading of clauses, does not count. A participle
// on the noun that heads the sentence ("Chilean senators argued with
// ...", the noun taken for the root) is the sentence's own act, as the
// built-in reading of roles takes it.
func relative(toks []doc.Token, t doc.Token) bool {
	if t.Rel == "acl" && t.Head >= 0 && int(t.Head) < len(toks) && toks[t.Head].Rel == "root" {
		return false
	}
	return t.Rel == "acl:relcl" || t.Rel == "acl"
}

// listed reports whether the built-in patterns list a verb token's form
// or lemma.
func (s *Stage) listed(t doc.Token) bool {
	return len(s.Patterns.byForm[strings.ToLower(t.Form)]) > 0 || len(s.Patterns.byForm[strings.ToLower(t.Lemma)]) > 0
}

// fallbackCode reports whether a production-dictionary event may stand in
// for the built-in patterns: a conflictual act (roots 10 to 20) between
// two named parties. The statements and cooperative senses of the
// production dictionary are dominated by generic verbs ("say", "decide",
// "face", "oversee") that the built-in patterns leave uncoded on purpose.
func fallbackCode(e PetrEvent) bool {
	return conflictCode(e.Code) && e.Source != "---" && e.Source != "" && e.Target != "---" && e.Target != ""
}
