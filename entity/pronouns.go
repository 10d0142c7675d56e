package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// Personal pronouns as actors: "he", "she", "him" (and "her" where it is
// no possessive) stand for the person named last before them, in their
// sentence or the three before ("Prime Minister Ana Ruiz said she would
// visit Lima": she is Ana Ruiz), skipping those whose given name is of
// the other sex (data/given-names-sex.tsv). The phrase takes that person's
// code and entity; a person with no code gives the story's country, as
// the name's own phrase does, and no phrase where the story has none (an
// uncoded person named last still blocks an earlier one).

var pronounWords = words.Get("pronoun")

// personPronoun reports whether toks[i] is a third-person singular
// personal pronoun that names a person as a subject or object.
func personPronoun(text string, toks []token.Token, i int) bool {
	w := toks[i].Text(text)
	if len(w) < 2 || len(w) > 3 || w[0] != 'h' && w[0] != 'H' && w[0] != 's' && w[0] != 'S' {
		return false // (he, him, her, she: a cheap test first)
	}
	w = strings.ToLower(w)
	a := pronounWords.Attrs(w)
	if a == nil || a["person"] != "3" || a["number"] != "sg" || a["kind"] != "personal" || a["gender"] == "n" {
		return false
	}
	switch c := a["case"]; {
	case c == "nom" || c == "acc":
		return true
	case strings.Contains(c, "acc") && strings.Contains(c, "gen"):
		// "her": an object where no noun phrase follows ("met her on
		// Monday", "told her that"), a possessive before one ("her visit")
		if i+1 >= len(toks) || toks[i+1].Kind != token.Word {
			return true
		}
		n := strings.ToLower(toks[i+1].Text(text))
		return words.Is("preposition", n) || words.Is("conjunction", n) || words.Is("determiner", n)
	}
	return false
}

// personMention is a body mention of a person.
type personMention struct {
	span doc.Span
	e    *doc.Entity
}

// bodyPersons lists the body's person mentions in text order.
func bodyPersons(d *doc.Document) []personMention {
	var out []personMention
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != "PERSON" {
			continue
		}
		for _, m := range e.Mentions {
			if m.In == "" {
				out = append(out, personMention{m.Span, e})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// antecedent returns the person named last before offset off and at or
// after offset from whose given name does not say the other sex than the
// pronoun's (sex 'm' or 'f', 0 for either), or nil; it passes over the
// persons named again after off and before offset end (-1 for none): a
// subject pronoun is none of the names its clause goes on to ("He said
// Ana Ruiz lied": he is not Ana Ruiz).
func (s *Stage) antecedent(persons []personMention, from, off, end int, sex byte) *doc.Entity {
	k := sort.Search(len(persons), func(k int) bool { return persons[k].span.End > off })
	var later []*doc.Entity
	for j := k; j < len(persons) && persons[j].span.Start < end; j++ {
		later = append(later, persons[j].e)
	}
	for ; k > 0 && persons[k-1].span.Start >= from; k-- {
		e := persons[k-1].e
		if slices.Contains(later, e) {
			continue
		}
		if given := strings.Fields(e.Name); sex != 0 && len(given) > 1 {
			if x := s.Lex.Sex[given[0]]; x != 0 && x != sex {
				continue // "Ricardo ... she"
			}
		}
		return e
	}
	return nil
}

// subjectFirst is, for a subject pronoun opening its sentence, the person
// the sentence before names as its subject where the person named last
// there (e) is not it: "X interrupted Y. He accused..." goes on from X.
// Where the parse names no person subject there, e stays.
func (s *Stage) subjectFirst(d *doc.Document, persons []personMention, off int, e *doc.Entity, sex byte) *doc.Entity {
	k := sort.Search(len(persons), func(k int) bool { return persons[k].span.End > off })
	if k == 0 || persons[k-1].e != e {
		return e
	}
	last := persons[k-1]
	if personSubject(d, last.span) {
		return e
	}
	n := sort.Search(len(d.Sentences), func(n int) bool { return d.Sentences[n].End > last.span.Start })
	if n == len(d.Sentences) || d.Sentences[n].End > off {
		return e // (named in the pronoun's own sentence)
	}
	for j := k - 2; j >= 0 && persons[j].span.Start >= d.Sentences[n].Start; j-- {
		p := persons[j]
		if p.e == e || !personSubject(d, p.span) {
			continue
		}
		if given := strings.Fields(p.e.Name); sex != 0 && len(given) > 1 {
			if x := s.Lex.Sex[given[0]]; x != 0 && x != sex {
				continue
			}
		}
		return p.e
	}
	return e
}

// personSubject reports whether a word of the name at sp is a clause's
// subject on the parse, or stands in apposition to its subject, or names
// it with its title ("the Zorvan ambassador Ana Ruiz interrupted").
func personSubject(d *doc.Document, sp doc.Span) bool {
	i, _, end := syntaxIndex(d, sp.Start)
	for ; i >= 0 && i < end && d.Syntax.Tokens[i].Start < sp.End; i++ {
		h, apposed := i, false
	up:
		for steps := 0; steps < 4 && h >= 0; steps++ {
			switch r := d.Syntax.Tokens[h].Rel; {
			case r == "nsubj" || r == "nsubj:pass":
				return true
			case r == "appos" || r == "flat" || r == "flat:name" || r == "compound" || r == "punct" || r == "nmod" && apposed:
				// (an apposition hung on the subject's "to"- or "of"-phrase
				// is the subject's: "the ambassador to Peru, Ana Ruiz,")
				apposed = apposed || r == "appos"
				h = int(d.Syntax.Tokens[h].Head)
			default:
				break up
			}
		}
	}
	return false
}

// pronounSex is 'm' for a masculine subject or object pronoun ("he",
// "him"), 'f' for a feminine one ("she", "her"), as the closed-class word
// list genders them.
func pronounSex(w string) byte {
	a := pronounWords.Attrs(strings.ToLower(w))
	if c := a["case"]; !strings.Contains(c, "nom") && !strings.Contains(c, "acc") {
		return 0
	}
	switch a["gender"] {
	case "m":
		return 'm'
	case "f":
		return 'f'
	}
	return 0
}

// pronounActors appends to out the actor phrases of the person pronouns
// of one sentence's tokens, not inside another phrase (covered).
func (s *Stage) pronounActors(d *doc.Document, toks []token.Token, out []ActorSpan) []ActorSpan {
	if len(toks) == 0 {
		return out
	}
	var persons []personMention
	from := -1
	for i, t := range toks {
		if t.Kind != token.Word || inActor(out, t.Start) {
			continue
		}
		if groupPronoun(d.Text, t) {
			if a, ok := s.groupAntecedent(d, toks[0].Start, t.Start, out, pronounWords.Attr(strings.ToLower(t.Text(d.Text)), "case") == "acc"); ok {
				out = append(out, ActorSpan{Span: doc.Span{Start: t.Start, End: t.End}, First: i, Last: i, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head})
			}
			continue
		}
		if theirPronoun(d.Text, toks, i) {
			if a, ok := s.ownerAntecedent(d, toks[0].Start, t.Start, out); ok {
				out = append(out, ActorSpan{Span: doc.Span{Start: t.Start, End: t.End}, First: i, Last: i, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head})
			}
			continue
		}
		if itPronoun(d.Text, t) {
			if !itActorSubject(d, t.Start) {
				continue
			}
			if a, ok := itAntecedent(d, t.Start, out); ok {
				out = append(out, ActorSpan{Span: doc.Span{Start: t.Start, End: t.End}, First: i, Last: i, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head})
			}
			continue
		}
		if !personPronoun(d.Text, toks, i) {
			continue
		}
		if from < 0 {
			persons = s.persons
			if persons == nil {
				persons = bodyPersons(d)
			}
			from = sentencesBackStart(d, toks[0].Start, pronounReach)
		}
		end := -1
		if a := pronounWords.Attrs(strings.ToLower(t.Text(d.Text))); a["case"] == "nom" {
			end = toks[len(toks)-1].End
		}
		e := s.antecedent(persons, from, t.Start, end, pronounSex(t.Text(d.Text)))
		if i == 0 && end >= 0 && e != nil {
			e = s.subjectFirst(d, persons, t.Start, e, pronounSex(t.Text(d.Text)))
		}
		code := s.context // an uncoded person: the story's country, as the name has
		if e != nil && e.Actor != nil {
			code = *e.Actor
		}
		if e == nil || code == "" {
			continue
		}
		out = append(out, ActorSpan{Span: doc.Span{Start: t.Start, End: t.End}, First: i, Last: i, Code: code, Entity: e.ID, Type: e.Type, Head: e.Name})
	}
	return out
}

// inActor reports whether offset off falls inside one of the phrases.
func inActor(as []ActorSpan, off int) bool {
	for _, a := range as {
		if a.Start <= off && off < a.End {
			return true
		}
	}
	return false
}

// pronounReach is how many sentences before its own a pronoun's person
// may be named: a story that names a person and quotes her for a few
// sentences ("..., she said.") goes on with "She also criticised".
const pronounReach = 3

// sentencesBackStart is where the sentence n before the one starting at
// off starts (the first sentence's start where there are fewer).
func sentencesBackStart(d *doc.Document, off, n int) int {
	k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].Start >= off })
	if k == 0 {
		return off
	}
	return d.Sentences[max(0, k-n)].Start
}

// Plural pronouns as actors: "they" and "them" stand for the group named
// last before them, in their sentence or the one before: a role phrase
// of people in the plural ("protesters", "Zorvan officials", "the
// police"), an organisation or a nationality that is coded ("Protesters
// marched in Lima. They demanded ...": they are the protesters). Persons
// and places are no antecedent of theirs and are passed over; a phrase
// with no code gives none. "Them" is not the phrase named last before it
// in its sentence, its verb's subject ("police said they freed them");
// "they" stands for a group of the sentence before only (in its own
// sentence it is mostly the subject it goes on from, "the leaders want
// revenge and they will not give up", which names no second party).

// groupPronoun reports whether t is "they" or "them": a third-person
// plural personal pronoun, subject or object, of four letters.
func groupPronoun(text string, t token.Token) bool {
	if t.End-t.Start != 4 {
		return false
	}
	a := pronounWords.Attrs(strings.ToLower(t.Text(text)))
	c := a["case"]
	return a["person"] == "3" && a["number"] == "pl" && a["kind"] == "personal" && (strings.Contains(c, "nom") || strings.Contains(c, "acc"))
}

// groupAntecedent returns the group phrase named last before offset off:
// in the sentence starting at sent (out, its phrases so far) or in the one
// before it (the document's phrases).
func (s *Stage) groupAntecedent(d *doc.Document, sent, off int, out []ActorSpan, object bool) (ActorSpan, bool) {
	skip := "" // an object's own subject: "police said they had freed them"
	for k := len(out) - 1; k >= 0 && object; k-- {
		a := out[k]
		if a.End > off {
			continue
		}
		if object && skip == "" && (a.Type == "PERSON" || groupPhrase(a.Type, a.Head)) {
			skip = a.Head
			continue
		}
		if a.Head != skip && groupPhrase(a.Type, a.Head) {
			return a, a.Code != ""
		}
	}
	from := sentencesBackStart(d, sent, 1)
	k := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Start >= sent })
	for ; k > 0 && d.Actors[k-1].Start >= from; k-- {
		if a := d.Actors[k-1]; a.Head != skip && groupPhrase(a.Type, a.Head) {
			return ActorSpan{Span: a.Span, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head}, a.Code != ""
		}
	}
	return ActorSpan{}, false
}

// groupPhrase reports whether an actor phrase of that type and head may
// be what "they" stands for: an organisation, a nationality, or a role
// whose last word is a plural ("gunmen" too) or a collective noun.
func groupPhrase(typ, head string) bool {
	switch typ {
	case "ORG", "NORP":
		return true
	case "ROLE":
		w := strings.ToLower(head[strings.LastIndexByte(head, ' ')+1:])
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men") || collectives.Has(w)
	}
	return false
}

// A possessive "their" before a noun ("attacked their convoy") names
// the group that owns the thing, the owner's phrase its party: the group
// named last before it in its sentence but one, passing over the group
// or person named last (its own clause's subject: "gunmen attacked their
// convoy" is not the gunmen's convoy); where its sentence names no group
// or person before it ("Their convoy was attacked"), the group named last
// in the sentence before. A sentence that names only the subject before
// it gives none ("the rebels left their base": theirs, no second party).

// theirPronoun reports whether toks[i] is "their" before a word: the
// possessive (genitive) of the third person plural, as the closed-class
// word list has it.
func theirPronoun(text string, toks []token.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != token.Word {
		return false
	}
	a := words.Get("pronoun").Attrs(strings.ToLower(toks[i].Text(text)))
	return a["person"] == "3" && a["number"] == "pl" && a["case"] == "gen"
}

// ownerAntecedent returns the group phrase a possessive "their" at off
// stands for (see above): in the sentence starting at sent (out, its
// phrases so far) or the one before it (the document's phrases).
func (s *Stage) ownerAntecedent(d *doc.Document, sent, off int, out []ActorSpan) (ActorSpan, bool) {
	skip := ""
	for k := len(out) - 1; k >= 0; k-- {
		a := out[k]
		if a.End > off || a.Type != "PERSON" && !groupPhrase(a.Type, a.Head) {
			continue
		}
		if skip == "" {
			skip = a.Head
			continue
		}
		if a.Head != skip && groupPhrase(a.Type, a.Head) {
			return a, a.Code != ""
		}
	}
	if skip != "" {
		return ActorSpan{}, false
	}
	from := sentencesBackStart(d, sent, 1)
	k := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Start >= sent })
	for ; k > 0 && d.Actors[k-1].Start >= from; k-- {
		if a := d.Actors[k-1]; groupPhrase(a.Type, a.Head) {
			return ActorSpan{Span: a.Span, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head}, a.Code != ""
		}
	}
	return ActorSpan{}, false
}
