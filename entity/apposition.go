package entity

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// A role named before the person who holds it, with a comma between,
// is that person: "accused the head of the agency, Ana Ruiz," or "met
// the minister, Ana Ruiz." The role's phrase (a role word, or a title
// standing alone that the entity stage read as an uncoded organisation)
// takes the person's code and entity, and the person's name is no second
// actor. An "of"- or "to"-phrase ("the ambassador to Peru") may stand
// between the role and the comma; the name must end the apposition (a
// comma, the sentence's end), so a list ("the minister, Ana Ruiz and the
// envoy") is left alone.

// maxOfPhrase is the longest "of"-phrase, in tokens, between a role and
// the comma before its holder's name.
const maxOfPhrase = 5

// cataphoric gives the role phrases of out the code of the person named
// after them in apposition, and drops that person's own phrase. A person
// no dictionary, title or apposition has coded takes the role's code
// instead, when the role has a country ("the Zorvan ambassador, Ana
// Ruiz,"): the entity keeps it, for its later mentions ("Ruiz", "she").
// (ems are the sentence's entity mentions.)
func (s *Stage) cataphoric(text string, toks []token.Token, ems []em, out []ActorSpan) []ActorSpan {
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
		if j < len(toks) && (prepositionRole(toks[j].Text(text)) == "genitive" || prepositionRole(toks[j].Text(text)) == "goal") {
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
		if e := uncodedPerson(ems, out[p].Entity); e != nil && a.Type == "ROLE" && len(a.Code) > 3 {
			c := a.Code
			e.Actor = &c
			a.Entity = out[p].Entity
			drop = p
			break
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

// uncodedPerson is the person entity of id among the mentions ems when
// nothing has coded it yet, or nil.
func uncodedPerson(ems []em, id string) *doc.Entity {
	for _, x := range ems {
		if x.e.ID == id {
			if x.e.Type == "PERSON" && x.e.Actor == nil {
				return x.e
			}
			return nil
		}
	}
	return nil
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

// apposEnd reports whether a token ends an apposition: a conjunction
// other than a lower-case additive or alternative one ("and", "or"),
// which may join two appositives.
func apposEnd(w string) bool {
	if w == "," || w == "." || w == ";" || w == ")" {
		return true
	}
	s := words.Attr("conjunction", w, "sense")
	return words.Is("conjunction", strings.ToLower(w)) && s != "additive" && s != "alternative"
}

// ofObject reports whether the phrase starting at token first follows
// "of", past a determiner.
func ofObject(text string, toks []token.Token, first int) bool {
	k := first - 1
	if k >= 0 && words.Is("determiner", strings.ToLower(toks[k].Text(text))) {
		k--
	}
	return k >= 0 && prepositionRole(toks[k].Text(text)) == "genitive"
}

// maxApposition is the longest apposition, in tokens, that gives a person
// a code.
const maxApposition = 16

// apposedNames gives a person with no code the code of a nationality, a
// country, an organisation or a role with its country named in an
// apposition after the name: a comma, a description opened by an article
// or a lower-case word, and a comma or the sentence's end ("Ana Ruiz, a
// Zorvan resident," is ZOR; "Ana Ruiz, head of the Zorvan Red Cross," the
// Red Cross's; "Ana Ruiz, head of the Zorvan foreign ministry's press
// office," ZORGOV). The apposition is the person, no actor of its own
// (used, or dropped from roles). A list of names ("Ana Ruiz, Zorvania and
// Peru") opens with a capital and is left alone. An organisation with no
// code, or a person's name read as one (a given name the lists lack), is
// coded so too ("Velox, a Zorvan carmaker," is ZOR).
func (s *Stage) apposedNames(d *doc.Document, toks []token.Token, ems []em, covered []int, used map[int]bool, roles []ActorSpan) []ActorSpan {
	text := d.Text
	for _, x := range ems {
		if x.e.Type != "PERSON" && x.e.Type != "ORG" || x.e.Actor != nil {
			continue
		}
		start := x.last + 2
		if start >= len(toks) || toks[x.last+1].Text(text) != "," || covered[start] >= 0 && !countryOpens(text, toks, ems, covered, start) {
			continue
		}
		w := toks[start].Text(text)
		if lw := strings.ToLower(w); w == lw && (words.Is("pronoun", lw) || words.Is("conjunction", lw) || words.Is("preposition", lw) || words.Is("speech", lw) || words.Is("auxiliary", lw)) ||
			w != lw && !words.Is("determiner", lw) && !countryOpens(text, toks, ems, covered, start) {
			continue // "Ana Ruiz, who", "Ana Ruiz, said", "Ana Ruiz, Peru"
		}
		if w == strings.ToLower(w) && verbOnParse(d, toks[start].Start) {
			continue // "Ana Ruiz, interrupted the Zorvan envoy": no apposition
		}
		end := -1
		for k := start; k < len(toks) && k < start+maxApposition; k++ {
			if t := toks[k].Text(text); t == "," || t == "." || t == ";" {
				end = k
				break
			}
		}
		if end < 0 && start+maxApposition >= len(toks) {
			end = len(toks)
		}
		if end < 0 || countryOpens(text, toks, ems, covered, start) && !closedApposition(d, toks, start, end) {
			continue // "Ana Ruiz, Zorvan ministers and envoys met": a list
		}
		role := -1
		for i, r := range roles {
			if r.First >= start && r.Last < end && len(r.Code) >= 6 {
				role = i
				break
			}
		}
		for k := start; k < end; k++ {
			if role >= 0 && roles[role].First <= k {
				code := roles[role].Code
				x.e.Actor = &code
				roles = append(roles[:role], roles[role+1:]...)
				break
			}
			if covered[k] < 0 {
				continue
			}
			y := ems[covered[k]]
			if y.e.Actor == nil || y.e.Type == "PERSON" || y.last >= end {
				break
			}
			code := *y.e.Actor
			if y.e.Type == "NORP" || y.e.Type == "GPE" {
				code = code[:min(3, len(code))]
			}
			x.e.Actor = &code
			used[covered[k]] = true
			break
		}
	}
	return roles
}

// countryOpens reports whether a country or a nationality opens a
// description at token start, its possessive or a lower-case word after
// it: "Ana Ruiz, Zorvania's ambassador," or "Ana Ruiz, Zorvan ambassador
// to Peru," but not a list of names, "Ana Ruiz, Peru and Chile".
func countryOpens(text string, toks []token.Token, ems []em, covered []int, start int) bool {
	if covered[start] < 0 {
		return false
	}
	y := ems[covered[start]]
	if y.e.Type != "GPE" && y.e.Type != "NORP" || y.e.Actor == nil || y.last+1 >= len(toks) {
		return false
	}
	next := toks[y.last+1].Text(text)
	if possessives.Has(next) {
		return true
	}
	lw := strings.ToLower(next)
	return next == lw && toks[y.last+1].Kind == token.Word && !words.Is("conjunction", lw) && !words.Is("preposition", lw)
}

// verbOnParse reports whether the parse tags the body token starting at
// off a verb or an auxiliary.
func verbOnParse(d *doc.Document, off int) bool {
	u := uposAt(d, off)
	return u == "VERB" || u == "AUX"
}

// closedApposition reports whether toks[start:end] reads as one
// description closed by a comma: no verb on the parse, no "and" or "or"
// ("Ana Ruiz, Zorvan ambassador to Peru, said", not "Ana Ruiz, Zorvan
// ministers and envoys met").
func closedApposition(d *doc.Document, toks []token.Token, start, end int) bool {
	if end >= len(toks) || toks[end].Text(d.Text) != "," {
		return false
	}
	for k := start; k < end; k++ {
		if w := toks[k].Text(d.Text); words.Attr("conjunction", w, "kind") == "coord" || verbOnParse(d, toks[k].Start) {
			return false
		}
	}
	return true
}
