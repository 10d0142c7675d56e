package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// nounArgs reads the arguments of an event noun: its possessor or a
// modifier naming the doer ("Israel's strikes", "Israeli strikes"), "by"
// the doer, and the one it is done to or with ("of", "on", "against",
// "with", "to"). A noun that is the object of a verb announcing it
// ("held talks", "launched an offensive") takes the verb's subject.
func (p *parse) nounArgs(j int) args {
	a := args{pred: j}
	patient, patientPrep := p.possessedPatient(j)
	p.kids(j, func(k int) bool {
		t := &p.syn[k]
		switch p.rel(k) {
		case "nmod":
			c := p.caseOf(k)
			switch {
			case k == patient:
				a.obl = append(a.obl, obl{patientPrep, k}) // "the mayor's arrest": the arrest of the mayor
			case t.Rel == "nmod:poss":
				a.subj = append(a.subj, k)
			case agentPreps[c]:
				a.subj = append(a.subj, k)
			case c != "":
				a.obl = append(a.obl, obl{c, k})
			}
		case "amod", "compound":
			if l := strings.ToLower(t.Form); words.Is("weekday", l) || words.Is("month", l) {
				break // "a Tuesday meeting": when, not who
			}
			if t.UPOS == "PROPN" || t.UPOS == "ADJ" && token.IsCapitalised(t.Form) {
				a.subj = append(a.subj, k)
			}
		}
		return true
	})
	// "the talks were between the two leaders": the nominal predicate of
	// a copula is the subject noun's argument, with its preposition
	if h := p.head(j); h >= 0 && p.rel(j) == "nsubj" && nominal(p.syn[h].UPOS) {
		cop := false
		p.kids(h, func(k int) bool {
			cop = cop || p.syn[k].Rel == "cop"
			return !cop
		})
		if c := p.caseOf(h); cop && c != "" {
			a.obl = append(a.obl, obl{c, h})
		}
	}
	if h := p.head(j); h >= 0 && p.syn[j].Rel == "obj" {
		if k := p.strayAgent(h); k > j {
			a.subj = append(a.subj, k) // "turned down a proposal by the union"
		}
	}
	// "held talks with the Taliban": a noun object of a light verb takes
	// the verb's subject; "the capital saw riots": the place where
	// the event happened is its target
	if h := p.head(j); h >= 0 && len(a.subj) == 0 && p.syn[j].Rel == "obl" && p.participates(h, j) {
		// "students took part in a protest": the participants do it;
		// the verb's other obliques are the noun's
		up := p.argsOf(h)
		a.subj, a.via = up.subj, "light"
		a.negated, a.modal, a.cond = up.negated, up.modal, up.cond
		for _, o := range up.obl {
			if o.head != j {
				a.obl = append(a.obl, o)
			}
		}
	}
	p.ofDoer(j, &a) // "the visit of the president to Lima"
	if len(a.subj) == 0 {
		if who := p.participant(j); len(who) > 0 {
			a.subj, a.via = who, "light" // "Zorvan participation in the raid"
		}
	}
	if h := p.head(j); h >= 0 && len(a.obj) == 0 && p.syn[j].Rel == "obl" {
		if how, _ := p.occurrenceVerb(j); how == "suffering" {
			// "two guards died in an explosion": those who died
			// underwent it
			up := p.argsOf(h)
			a.obj, a.via = up.subj, "witness"
			a.negated, a.modal, a.cond = up.negated, up.modal, up.cond
		}
	}
	if h := p.head(j); h >= 0 && len(a.subj) == 0 && p.syn[j].Rel == "obj" {
		how, _ := p.occurrenceVerb(j)
		if how == "witnessing" {
			up := p.argsOf(h)
			a.obj, a.via = up.subj, "witness"
			a.negated, a.modal, a.cond = up.negated, up.modal, up.cond
		} else if how == "staging" || announcing[strings.ToLower(p.syn[h].Form)] {
			up := p.argsOf(h)
			a.subj, a.via = up.subj, "light"
			a.negated, a.modal, a.cond = up.negated, up.modal, up.cond
			// "had talks on Sunday with Kibaki": the verb's obliques
			// are the noun's
			a.obl = append(a.obl, up.obl...)
		} else if how == "answering" {
			// "Peru rejected the offer by Chile": the answer's subject
			// neither made the offer nor undergoes it, and the answer's
			// modality is not the offer's
		} else if how == "causing" || how == "reporting" {
			// "the ruling sparked protests", "police reported two
			// explosions": the cause, the teller is no party
			up := p.argsOf(h)
			a.negated, a.modal, a.cond = up.negated, up.modal, up.cond
		}
	}
	p.possessorPronoun(&a)
	a.subj = p.withConjuncts(a.subj)
	return a
}

// thirdPersons are the shared pronouns of the third person; with the
// tag of a possessive determiner (PRP$), "its", "their", "his", "her".
var thirdPersons = set(words.Get("pronoun").Where("person", "3"))

// possessorPronoun makes the subject of the clause that reports an event
// noun's own clause the doer its possessive determiner of the third
// person stands for, where the noun is that clause's subject ("the army
// said its offensive had ended"): the speaker's own act. (An adjunct,
// "during her visit", is possessorSubject's; an object, "praised their
// visit", is another's.) The reporting clause's subject must be a word of
// its own (no pronoun, no relative).
func (p *parse) possessorPronoun(a *args) {
	if len(a.subj) != 1 {
		return
	}
	w, j := a.subj[0], a.pred
	if p.syn[w].XPOS != "PRP$" || !thirdPersons[strings.ToLower(p.syn[w].Form)] {
		return
	}
	if r := p.syn[j].Rel; r != "nsubj" && r != "nsubj:pass" {
		return
	}
	h := p.head(j)
	if h < 0 || p.syn[h].Rel != "ccomp" {
		return
	}
	up := p.head(h)
	if up < 0 || p.syn[up].UPOS != "VERB" {
		return
	}
	subj := -1
	p.kids(up, func(k int) bool {
		if p.syn[k].Rel == "nsubj" {
			subj = k
		}
		return subj < 0
	})
	if subj < 0 || p.syn[subj].UPOS == "PRON" || p.relativePronoun(subj) {
		return
	}
	a.subj = []int{subj}
}

// consultScenes are the prepositions of data/words consult-scene.
var consultScenes = own.Class("consult-scene").Set()

// consultParty gives a consultation noun with a partner after "with" and
// no party of its own the party the clause tells held it: the subject of
// the copula it is the predicate of ("the president has been in talks
// with the rebels") or of the verb it dates or gives the purpose of
// (data/words consult-scene: "after talks with the rebels, the president
// said", "the envoy is in Lima for talks with the junta").
func (p *parse) consultParty(j int, a *args) {
	if len(a.subj) > 0 {
		return
	}
	with := false
	for _, o := range a.obl {
		with = with || accompanimentPreps[o.prep]
	}
	p.kids(j, func(k int) bool {
		with = with || accompanimentPreps[strings.ToLower(p.syn[k].Form)] // (a "with" the parser hangs on the noun)
		return !with
	})
	if !with {
		return
	}
	cop := false
	var subj []int
	p.kids(j, func(k int) bool {
		switch p.syn[k].Rel {
		case "cop":
			cop = true
		case "nsubj":
			subj = append(subj, k)
		}
		return true
	})
	if cop && len(subj) > 0 && containmentPreps[p.caseOf(j)] {
		a.subj, a.via = subj, "light"
		return
	}
	h := p.head(j)
	if h < 0 || p.syn[j].Rel != "obl" || !consultScenes[p.caseOf(j)] {
		return
	}
	if up := p.argsOf(h); len(up.subj) > 0 && up.via == "" {
		a.subj, a.via = up.subj, "light"
	}
}

// fromDoer makes the "from" phrase right after a verbal act's noun
// (data/words from-source-root) the noun's doer where it has none, though
// the parse hung the phrase on the verb or on another conjunct ("led to
// protests and criticism from the bar": the bar criticised; no longer
// the one criticised); the subject of a verb whose object the noun is
// undergoes it ("the minister drew criticism from the bar").
func (p *parse) fromDoer(j int, a *args) {
	if len(a.subj) > 0 || j+1 >= len(p.syn) || p.syn[j+1].Rel != "case" || !sourcePreps[strings.ToLower(p.syn[j+1].Form)] {
		return
	}
	k := p.head(j + 1)
	if k <= j+1 || !nominal(p.syn[k].UPOS) {
		return // (a phrase the parse gives the noun is read as before)
	}
	var obl []obl
	for _, o := range a.obl {
		if o.head != k {
			obl = append(obl, o)
		}
	}
	a.obl = obl
	a.obj = slices.DeleteFunc(a.obj, func(x int) bool { return x == k })
	a.subj = p.withConjuncts([]int{k})
	// "the minister drew criticism from the bar": the subject of the
	// verb whose object the act is undergoes it
	if h := p.head(j); h >= 0 && p.syn[j].Rel == "obj" && len(a.obj) == 0 {
		a.obj = p.argsOf(h).subj
	}
}

// answeredBy makes the subject of the verb that answers a noun of
// disapproval (root 11: criticism, accusations) the one the disapproval
// was aimed at, where the noun names no one it is aimed at: who dismisses,
// rejects or responds to an accusation is the accused ("the ministry
// denied the accusations", "the broadcaster is responding to criticism").
func (p *parse) answeredBy(j int, a *args) {
	if len(a.obj) > 0 || len(a.obl) > 0 {
		return
	}
	h := p.head(j)
	if h < 0 {
		return
	}
	if how, _ := p.occurrenceVerb(j); how != "answering" {
		return
	}
	up := p.argsOf(h)
	if len(up.subj) == 0 || up.passive {
		return
	}
	for _, o := range up.obl {
		l := strings.ToLower(p.syn[o.head].Form)
		if o.head > j && !sourcePreps[o.prep] && !words.Is("weekday", l) && !words.Is("month", l) {
			return // "rejected the accusations against Uganda": a phrase the parse hung on the verb may be the noun's
		}
	}
	a.obj, a.via = up.subj, "answer"
}

// addressedBy makes the subject of the verb that replies to a proposal,
// a request or a demand (data/words reply: accept, reject, heed) the one
// the noun was made to, where the noun names no one it was made to:
// "Peru rejected an offer by Chile", "Peru welcomed the Chilean
// proposal" (Chile proposed to Peru). A passive reply ("the offer was
// rejected") and a noun that is the reply's own subject's are left alone.
func (p *parse) addressedBy(j int, a *args) {
	if len(a.obj) > 0 || p.syn[j].Rel != "obj" {
		return
	}
	for _, o := range a.obl {
		if !genitive[o.prep] && !sourcePreps[o.prep] {
			return // "an offer of aid to Peru": its own addressee
		}
	}
	h := p.head(j)
	if h < 0 || !replyVerbs[strings.ToLower(p.syn[h].Lemma)] {
		return
	}
	up := p.argsOf(h)
	if len(up.subj) == 0 || up.passive || up.via != "" {
		return
	}
	for _, s := range up.subj {
		if slices.Contains(a.subj, s) {
			return
		}
	}
	a.obj, a.via = up.subj, "answer"
}
