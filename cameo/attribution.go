// Attribution: who says that an event happened.

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// quoteAttribution is the speaker of the quote or reported clause that
// holds the trigger, as the quote stage found it.
func (sc *sentCtx) quoteAttribution(trig doc.Span) *string {
	for _, i := range sc.quotes {
		q := sc.d.Quotes[i]
		if q.Speaker != nil && trig.Start >= q.Start && trig.End <= q.End {
			n := q.Speaker.Name
			return &n
		}
	}
	return nil
}

// attribution names who says the event happened: "according to X", "X
// said (that) ...", "..., X said".
func attribution(d *doc.Document, toks []token.Token, lower []string, actors []actor, t *trigger) *string {
	for k := 0; k+1 < len(lower); k++ {
		if phraseAt(attributionPhrases, lower, k) && k+2 < len(toks) {
			end := k + 2
			for end < len(toks) && lower[end] != "," && lower[end] != "." && lower[end] != ";" {
				end++
			}
			if end > k+2 {
				a := d.Text[toks[k+2].Start:toks[end-1].End]
				return &a
			}
		}
	}
	for k := range lower {
		if !reportingVerbs[lower[k]] || attributionOpeners[lower[k]] {
			continue
		}
		var np []int
		if k < t.at {
			// "X said (that) the drawdown would ...": X before the verb
			for j := k - 1; j >= 0 && j >= k-8; j-- {
				if lower[j] == "," || lower[j] == "." || lower[j] == ";" || speakerJoiners[lower[j]] {
					break
				}
				np = append([]int{j}, np...)
			}
			// "A source familiar echoed this and said": the first actor
			// phrase of the sentence is the speaker.
			if len(np) == 0 && k > 0 && speakerJoiners[lower[k-1]] && len(actors) > 0 && actors[0].Last < k {
				for j := 0; j <= actors[0].Last; j++ {
					np = append(np, j)
				}
			}
		} else {
			// "..., the source familiar said": between the comma and the verb
			j := k - 1
			for j >= 0 && lower[j] != "," && j > t.at {
				j--
			}
			if j >= 0 && lower[j] == "," {
				for x := j + 1; x < k; x++ {
					np = append(np, x)
				}
			}
		}
		np = trimNP(lower, np)
		if len(np) > 0 && len(np) <= 8 {
			a := d.Text[toks[np[0]].Start:toks[np[len(np)-1]].End]
			return &a
		}
	}
	return nil
}

// trimNP drops auxiliaries and adverbs from the end of a speaker phrase
// ("the US official has" -> "the US official").
func trimNP(lower []string, np []int) []int {
	for len(np) > 0 {
		w := lower[np[len(np)-1]]
		if beForms[w] || trailingWords[w] || strings.HasSuffix(w, "ly") {
			np = np[:len(np)-1]
			continue
		}
		break
	}
	for len(np) > 0 {
		w := lower[np[0]]
		if speakerJoiners[w] || w == "," {
			np = np[1:]
			continue
		}
		break
	}
	return np
}

// attributedOut drops the actor phrases that say who tells the sentence
// after "according to", up to the next comma or semicolon within ten
// words (or the sentence's end after a comma) ("according to Zorvan state media, troops shelled ..."): the
// teller is the event's attribution, never one of its parties. With no
// comma that close, only a phrase that opens within two words of "to"
// ("according to officials the army shelled ..." keeps the army).
func attributedOut(lower []string, actors []actor) []actor {
	for k := 0; k+2 < len(lower); k++ {
		if !phraseAt(attributionPhrases, lower, k) {
			continue
		}
		end := k + 2
		for end < len(lower) && end < k+12 && lower[end] != "," && lower[end] != "." && lower[end] != ";" {
			end++
		}
		// (to the sentence's end only after a comma: "..., according to
		// Zorvan media.")
		comma := end < len(lower) && (lower[end] == "," || lower[end] == ";") ||
			(end == len(lower) || lower[end] == ".") && k > 0 && lower[k-1] == ","
		actors = slices.DeleteFunc(actors, func(a actor) bool {
			return a.First >= k+2 && a.Last < end && (comma || a.First <= k+3)
		})
		k = end
	}
	return actors
}
