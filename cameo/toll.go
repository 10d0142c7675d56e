package cameo

import (
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

var (
	tollDeaths   = own.Class("toll-death").Set()
	tollInjuries = own.Class("toll-injury").Set()
	tollFillers  = own.Class("toll-filler").Set()
	numberWords  = words.Get("number").Set()
)

// oneToll drops the injuries told as the toll of an act whose deaths the
// sentence told just before them: "twelve were killed and 30 injured",
// "left four dead and some 25 hurt" are one act, where the coder
// codes one event. When the deaths' word is a trigger of its own, the
// two counted events are one: the more specific code is kept ("killed
// and dozens hurt when a car bomb went off", the injuries read as the
// bombing); when it is none ("dead", "died"), the injuries are dropped
// if another counted violent act (18 to 20) or protest (14) is in the
// sentence, the act whose toll they are. Injuries told with no coded doer
// beside another such act of the sentence, deaths or none ("during the
// riots 25 policemen were injured"), are its toll too and dropped.
func (sc *sentCtx) oneToll(out []doc.Event) []doc.Event {
	if len(out) < 2 {
		return out
	}
	tokAt := func(e *doc.Event) int {
		for i, t := range sc.toks {
			if t.Start == e.Trigger.Start {
				return i
			}
		}
		return -1
	}
	violent := func(e *doc.Event) bool { return e.Root >= "18" && e.Root <= "20" }
	at := make([]int, len(out))
	for j := range out {
		at[j] = tokAt(&out[j])
	}
	drop := make([]bool, len(out))
	for j := range out {
		e := &out[j]
		i := at[j]
		if drop[j] || !violent(e) || !Counted(e) || i < 1 || !tollInjuries[sc.lower[i]] {
			continue
		}
		k, and := i-1, false
		for k >= 0 && (tollFillers[sc.lower[k]] || numberWords[sc.lower[k]] || sc.toks[k].Kind == token.Number) {
			and = and || additive[sc.lower[k]]
			k--
		}
		if k < 0 || !and || !tollDeaths[sc.lower[k]] {
			if e.Source == nil || e.Source.Actor == nil {
				for a := range out {
					f := &out[a]
					if at[a] != i && !drop[a] && Counted(f) && (violent(f) || f.Root == "14") {
						drop[j] = true
						break
					}
				}
			}
			continue
		}
		death := -1
		for a := range out {
			if a != j && !drop[a] && at[a] == k && violent(&out[a]) && Counted(&out[a]) {
				death = a
				break
			}
		}
		if death >= 0 {
			if generic(out[death].Code) && !generic(e.Code) {
				drop[death] = true // the injuries carry the act's means
			} else {
				drop[j] = true
			}
			continue
		}
		for a := range out {
			f := &out[a]
			if a != j && !drop[a] && Counted(f) && (violent(f) || f.Root == "14") {
				drop[j] = true
				break
			}
		}
	}
	var kept []doc.Event
	for j, e := range out {
		if !drop[j] {
			kept = append(kept, e)
		}
	}
	return kept
}

// generic reports whether a code is its root's unspecified one (180, 190).
func generic(code string) bool {
	return len(code) == 3 && code[2] == '0'
}
