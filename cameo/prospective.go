package cameo

import "strings"

// Prospective event nouns. An event noun that a modifier tells as ahead,
// only possible or recurring ("an upcoming summit between A and B", "the
// proposed talks", "the annual meeting of the ministers") names no act
// that took place: the event is hypothetical, as a verb under a modal is,
// unless its clause tells it happened ("the planned talks began").
// The modifiers are the prospective class of data/words; the parse's
// adjective or participle modifiers of the noun are read.

var prospectiveWords = own.Class("prospective").Set()

// prospectiveNoun marks a noun trigger whose head noun has a prospective
// modifier (amod) hypothetical.
func (sc *sentCtx) prospectiveNoun(t *trigger) {
	p := sc.parse
	if p == nil || !t.p.Noun || t.occurred || p.synAt(t.end) < 0 {
		return
	}
	p.kids(p.synOf[t.end], func(k int) bool {
		if p.syn[k].Rel == "amod" && prospectiveWords[strings.ToLower(p.syn[k].Form)] {
			t.hypo = true
		}
		return !t.hypo
	})
}
