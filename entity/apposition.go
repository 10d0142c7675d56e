package entity

import (
	"strings"

	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// A role named before the person who holds it, with a comma between,
// is that person: "accused the head of the agency, Ana Ruiz," or "met
// the minister, Ana Ruiz." The role's phrase (a role word, or a title
// standing alone that the entity stage read as an uncoded organisation)
// takes the person's code and entity, and the person's name is no second
// actor. An "of"-phrase may stand between the role and the comma; the
// name must end the apposition (a comma, the sentence's end), so a list
// ("the minister, Ana Ruiz and the envoy") is left alone.

// maxOfPhrase is the longest "of"-phrase, in tokens, between a role and
// the comma before its holder's name.
const maxOfPhrase = 5

// cataphoric gives the role phrases of out the code of the person named
// after them in apposition, and drops that person's own phrase.
func (s *Stage) cataphoric(text string, toks []token.Token, out []ActorSpan) []ActorSpan {
	drop := -1
	for i := range out {
		a := &out[i]
		if !s.roleLike(a) {
			continue
		}
		if ofObject(text, toks, a.First) {
			continue // "the head of the party, Ana Ruiz": the party is not she
		}
		j := a.Last + 1
		if j < len(toks) && strings.EqualFold(toks[j].Text(text), "of") {
			k := j + 1
			for ; k < len(toks) && k <= j+maxOfPhrase && toks[k].Kind == token.Word; k++ {
			}
			j = k
		}
		if j+1 >= len(toks) || toks[j].Text(text) != "," {
			continue
		}
		p := personStarting(out, i+1, j+1)
		if p < 0 {
			continue
		}
		if end := out[p].Last + 1; end < len(toks) && !apposEnd(toks[end].Text(text)) {
			continue
		}
		if out[p].Code == "" {
			continue // (a code of the role's own stays)
		}
		a.Code, a.Entity = out[p].Code, out[p].Entity
		drop = p
		// (one apposition a sentence is enough; the slice is rebuilt below)
		break
	}
	if drop < 0 {
		return out
	}
	return append(out[:drop], out[drop+1:]...)
}

// roleLike reports whether an actor phrase names a role, not a party of
// its own: a role word ("the minister"), or an uncoded name that is only
// a title ("President").
func (s *Stage) roleLike(a *ActorSpan) bool {
	if a.Type == "ROLE" {
		return true
	}
	if a.Code != "" || a.Type != "ORG" {
		return false
	}
	_, ok := s.title(a.Head)
	return ok
}

// personStarting returns the index in out, from k on, of the person's
// phrase that starts at token first, or -1.
func personStarting(out []ActorSpan, k, first int) int {
	for ; k < len(out) && out[k].First <= first; k++ {
		if out[k].First == first && out[k].Type == "PERSON" {
			return k
		}
	}
	return -1
}

// apposEnd reports whether a token ends an apposition.
func apposEnd(w string) bool {
	return w == "," || w == "." || w == ";" || w == ")" || words.Is("conjunction", strings.ToLower(w)) && w != "and" && w != "or"
}

// ofObject reports whether the phrase starting at token first follows
// "of", past a determiner.
func ofObject(text string, toks []token.Token, first int) bool {
	k := first - 1
	if k >= 0 && words.Is("determiner", strings.ToLower(toks[k].Text(text))) {
		k--
	}
	return k >= 0 && strings.EqualFold(toks[k].Text(text), "of")
}
