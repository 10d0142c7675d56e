package entity

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// "It" as an actor: a subject "it" of a verb of its own stands for the
// subject named last before it, in its sentence or the one before, where
// that subject is a coded organisation, place or body ("The port
// authority raised its fees. It says costs rose": it is the port
// authority). A subject of another kind named in between (a person, a
// thing, an uncoded name) gives none, and so do an expletive "it" ("it is
// likely that", "it seems") and an object "it" (a thing more often than an
// actor). Subjects are read on the parse (nsubj, nsubj:pass).

// syntaxIndex returns the index in d.Syntax.Tokens of the body token
// starting at off, or -1, with the bounds of its sentence.
func syntaxIndex(d *doc.Document, off int) (int, int, int) {
	if d.Syntax == nil {
		return -1, 0, 0
	}
	ss := d.Syntax.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Span.End > off && !(ss[k].Headline && ss[k].Index < 0) })
	for ; k < len(ss); k++ {
		s := ss[k]
		if s.Headline && s.Index < 0 {
			continue
		}
		if s.Start > off {
			break
		}
		toks := d.Syntax.Tokens
		j := sort.Search(s.End-s.First, func(j int) bool { return toks[s.First+j].Start >= off })
		if j < s.End-s.First && toks[s.First+j].Start == off {
			return s.First + j, s.First, s.End
		}
		return -1, 0, 0
	}
	return -1, 0, 0
}

// itActorSubject reports whether the "it" starting at off is the subject
// of a verb that may have an actor as its subject.
func itActorSubject(d *doc.Document, off int) bool {
	i, _, _ := syntaxIndex(d, off)
	if i < 0 {
		return false
	}
	t := d.Syntax.Tokens[i]
	if t.Rel != "nsubj" || t.Head < 0 {
		return false
	}
	h := d.Syntax.Tokens[t.Head]
	return h.UPOS == "VERB" && !itVerbs.Has(strings.ToLower(h.Lemma))
}

// itAntecedent returns the phrase of the subject named last before the
// "it" starting at off, in its sentence (out, its phrases so far) or the
// one before (the document's phrases), where that phrase is a coded
// organisation or place: a subject of another kind named in between (a
// person, a thing, an uncoded name) is what "it" goes on from, or no
// actor, and gives none.
func itAntecedent(d *doc.Document, off int, out []ActorSpan) (ActorSpan, bool) {
	i, first, _ := syntaxIndex(d, off)
	if i < 0 {
		return ActorSpan{}, false
	}
	toks := d.Syntax.Tokens
	from := first
	if k := sentenceBefore(d, first); k >= 0 {
		from = k
	}
	for j := i - 1; j >= from; j-- {
		t := toks[j]
		if t.Rel != "nsubj" && t.Rel != "nsubj:pass" {
			continue
		}
		for _, a := range out {
			if a.Start <= t.Start && t.Start < a.End {
				return a, itStandsFor(a.Type, a.Head) && a.Code != ""
			}
		}
		k := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].End > t.Start })
		if k < len(d.Actors) && d.Actors[k].Start <= t.Start {
			a := d.Actors[k]
			return ActorSpan{Span: a.Span, Code: a.Code, Entity: a.Entity, Type: a.Type, Head: a.Head}, itStandsFor(a.Type, a.Head) && a.Code != ""
		}
		return ActorSpan{}, false
	}
	return ActorSpan{}, false
}

// sentenceBefore returns the first token of the body sentence of the
// syntax layer before the one whose first token is first, or -1.
func sentenceBefore(d *doc.Document, first int) int {
	ss := d.Syntax.Sentences
	for k := range ss {
		if ss[k].First == first {
			if k > 0 && !(ss[k-1].Headline && ss[k-1].Index < 0) {
				return ss[k-1].First
			}
			return -1
		}
	}
	return -1
}

// itPronoun reports whether t is "it": the neuter pronoun of two letters.
func itPronoun(text string, t token.Token) bool {
	return t.End-t.Start == 2 && pronounWords.Attr(strings.ToLower(t.Text(text)), "gender") == "n"
}

// itStandsFor reports whether an actor phrase of that type and head may be
// what "it" stands for: an organisation, a place, or a role phrase headed
// by a body (data/shapes.tsv, institution: "the ministry", "the county").
func itStandsFor(typ, head string) bool {
	switch typ {
	case "ORG", "GPE":
		return true
	case "ROLE":
		h := strings.ToLower(head)
		if institutions.Has(h) {
			return true
		}
		if k := strings.LastIndexByte(h, ' '); k >= 0 {
			return institutions.Has(h[k+1:])
		}
	}
	return false
}

// uposAt is the tagger's UPOS of the body token starting at off, or ""
// where the syntax layer has no token there.
func uposAt(d *doc.Document, off int) string {
	i, _, _ := syntaxIndex(d, off)
	if i < 0 {
		return ""
	}
	return d.Syntax.Tokens[i].UPOS
}

// nounOrAdjective reports whether the tagger makes the body token
// starting at off a common noun or an adjective.
func nounOrAdjective(d *doc.Document, off int) bool {
	u := uposAt(d, off)
	return u == "NOUN" || u == "ADJ"
}
