// The production verb dictionary as a fallback of the built-in patterns:
// each verb of a sentence that the built-in patterns left without a
// counted event, and that is not the complement of one they coded, is
// coded with the PETRARCH production dictionaries, each match checked
// against the parse (fallbackparse.go). A verb the built-in patterns list
// was judged by them; the dictionary codes it only in a sense one of its
// patterns makes specific ("argued with", "found guilty").

package cameo

import (
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
)

// DefaultFallback is the production dictionaries' coder, prepared.
func DefaultFallback() (*PetrDicts, error) {
	ds, err := petrarch.Files{}.Load(true)
	if err != nil {
		return nil, err
	}
	pd := &PetrDicts{Verbs: ds.Verbs, Actors: ds.Actors, Agents: ds.Agents, Discards: ds.Discards}
	pd.Prepare()
	pd.roots = map[*petrarch.Verb]uint32{}
	for _, vb := range pd.Verbs.Verbs {
		m := rootBit(vb.Code.Event)
		if vb.Block != nil {
			for _, pt := range vb.Block.Patterns {
				m |= rootBit(pt.Code.Event)
			}
		}
		pd.roots[vb] = m
	}
	return pd, nil
}

// conflictCode reports whether an event code is of roots 10 to 20.
func conflictCode(c string) bool {
	return len(c) >= 2 && c[:2] >= "10" && c[:2] <= "20"
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

// listed reports whether the built-in patterns list a verb token's form
// or lemma.
func (s *Stage) listed(t doc.Token) bool {
	return len(s.Patterns.byForm[strings.ToLower(t.Form)]) > 0 || len(s.Patterns.byForm[strings.ToLower(t.Lemma)]) > 0
}
