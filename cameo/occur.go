// What the parse tells of an event word beyond its arguments: a participle
// that only describes a noun, an event noun told as happening.

package cameo

import (
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// attributive reports whether the parse reads a verb trigger as a
// participle before a noun that it describes ("the jailed editor", "an
// exiled leader"): a state the noun is in, told in passing, not an act
// the sentence reports.
func (sc *sentCtx) attributive(t *trigger) bool {
	p := sc.parse
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	j := p.synOf[t.at]
	h := p.head(j)
	if p.syn[j].Rel == "advcl" && p.prenominal(j) {
		h = j + 1 // (the parser took it for an adjunct of the clause)
	} else if h <= j || p.syn[j].Rel != "amod" || !nominal(p.syn[h].UPOS) || p.perfectOnName(j, h) {
		return false
	}
	// right after a noun or a name the participle is more likely that
	// word's verb, misread ("Paris on Monday lifted the ban")
	return j == 0 || !nominal(p.syn[j-1].UPOS)
}

// prenominal reports whether a past participle the parse hangs on its
// clause as an adjunct stands, bare, right before its clause's subject
// ("wounded veterans marched", "exiled writer Ana Diaz said"): it then
// describes the subject's noun, as no adjunct can stand there without a
// comma or words of its own.
func (p *parse) prenominal(j int) bool {
	h := p.head(j)
	if h <= j || p.syn[j].XPOS != "VBN" || j+1 >= len(p.syn) || !nominal(p.syn[j+1].UPOS) {
		return false
	}
	bare := true
	p.kids(j, func(int) bool { bare = false; return false })
	if !bare {
		return false
	}
	w := j + 1
	for w >= 0 && p.head(w) != h {
		w = p.head(w)
	}
	return w >= 0 && p.rel(w) == "nsubj" && nominal(p.syn[w].UPOS) && w < h
}

// nounTrigger finds an event noun at token i: a kind-o pattern whose
// clause tells it happened (a bare "riots" is only a mention, "riots
// broke out" the event; "protests against the decree spread" are
// demonstrations, 141), else a noun pattern. A noun its clause tells
// happened is marked so.
func (s *Stage) nounTrigger(sc *sentCtx, i int) (trigger, bool) {
	if i > 0 && noActModifiers[sc.lower[i-1]] {
		return trigger{}, false // "a heart attack": no one's act
	}
	n, ok := s.match(sc.lower, i, true, nil, nil, "", sc.nounPossessedPrep)
	ok = ok && !cessation(sc.lower, i)
	told := false
	if p := sc.parse; ok && p != nil && p.synAt(n.end) >= 0 {
		// (the noun's last word heads it: "a suicide bombing")
		_, told = p.occurrenceVerb(p.synOf[n.end])
	}
	// (a longer noun pattern at the same word names another act: "a war
	// of words has raged" is no war)
	if o, found := s.occurrence(sc, i); found && !cessation(sc.lower, i) && !(ok && len(n.p.Words) > len(o.p.Words)) {
		return o, true
	}
	n.occurred = told
	return n, ok
}

// occurrence finds a kind-o pattern at token i whose noun the parse tells
// happened: the subject of a verb of occurrence ("the rally began", "riots
// broke out", "a strike took place") or the object of a verb that stages
// or witnesses it ("organised a march", "the city saw riots").
func (s *Stage) occurrence(sc *sentCtx, i int) (trigger, bool) {
	p := sc.parse
	if p == nil {
		return trigger{}, false
	}
	for _, pt := range s.Patterns.byOccur[sc.lower[i]] {
		end, ok := followWords(sc.lower, i, pt.Words[1:])
		if !ok || p.synAt(end) < 0 {
			continue
		}
		if _, ok := p.occurrenceVerb(p.synOf[end]); ok {
			return trigger{p: pt, at: i, end: end, objectEnd: -1, intent: -1, must: -1, obj: -1, subj: -1, means: -1, occurred: true}, true
		}
	}
	return trigger{}, false
}

// occurrenceVerb returns the verb that tells the event noun j happened and
// how: "occurrence" (j is its subject), "staging", "witnessing",
// "causing", "answering" or "reporting" (j is its object; "answering"
// also an oblique of a reacting verb), "suffering" (j is the oblique
// after "in" of a verb its subject undergoes it by: "died in a blast"), "agent" (j is the doer of a
// passive), "during" (j is the time of another act), "scene" (j is
// after another preposition that tells it happened: "after", "due to").
func (p *parse) occurrenceVerb(j int) (string, bool) {
	if m := p.measureOf(j); m >= 0 {
		// "after three weeks of clashes near the border", "a wave of
		// riots broke out": the span or the run of events tells them as
		// it is told (after a preposition, the event noun or the span
		// modified beyond its count, as a bare noun would need to be:
		// "after weeks of talks" names no one's)
		how, ok := p.occurrenceVerb(m)
		if how == "scene" && !p.modified(j) && !p.modifiedBut(m, j, false) {
			return "", false
		}
		return how, ok
	}
	relcl := false
	p.kids(j, func(k int) bool {
		// "a bombing that claimed 14 lives", "the riots, which broke
		// out on Monday": a relative clause of occurrence on the noun
		// (told as past: "which starts on Monday" is still to come)
		if p.syn[k].Rel == "acl:relcl" && p.occurs(k) && p.pastTense(k) {
			p.kids(k, func(c int) bool {
				relcl = relcl || p.syn[c].Rel == "nsubj" && p.relativePronoun(c)
				return !relcl
			})
		}
		return !relcl
	})
	if relcl {
		return "occurrence", true
	}
	h := p.head(j)
	if h < 0 {
		// "Three bombs detonated in the capital": a verb of occurrence
		// the parser took for a participle on the sentence's noun
		found := false
		p.kids(j, func(k int) bool {
			found = p.syn[k].Rel == "acl" && k == j+1 && (p.syn[k].XPOS == "VBN" || p.syn[k].XPOS == "VBD") &&
				occurrenceVerbs.Has(strings.ToLower(p.syn[k].Lemma)) && occurrenceVerbs.Attr(strings.ToLower(p.syn[k].Lemma), "needs") == ""
			return !found
		})
		return "occurrence", found
	}
	if r := p.rel(j); (r == "obl" || r == "nmod") && passingPreps[p.caseOf(j)] {
		return "during", true // "arrested during a protest": told in passing
	}
	if r := p.rel(j); (r == "obl" || r == "nmod" || r == "obj") && p.toldSceneWord(j) && p.modified(j) {
		// "delayed due to student protests", "after talks with the
		// envoy": told as having happened (a bare "after negotiations"
		// names no one's act)
		return "scene", true
	}
	if p.syn[h].UPOS == "AUX" && p.syn[h].Rel == "aux" && p.syn[j].Rel == "nsubj" && p.head(h) > h {
		// "the riots had so far left ...": a subject the parser hung
		// on the auxiliary is its verb's
		h = p.head(h)
	}
	if p.syn[h].UPOS != "VERB" {
		return "", false
	}
	lemma := strings.ToLower(p.syn[h].Lemma)
	if r := p.syn[j].Rel; (r == "obl:agent" || r == "obl" && agentPreps[p.caseOf(j)]) && p.syn[h].XPOS == "VBN" {
		// "the summit was marked by clashes", "overshadowed by a visit":
		// the doer of a passive, an event, happened
		return "agent", true
	}
	switch p.syn[j].Rel {
	case "obl":
		// "protested against the arrest", "apologised for the shooting":
		// what is reacted to happened
		if reactingPreps[lemma][p.caseOf(j)] {
			return "answering", true
		}
		// "took part in a protest", "engaged in clashes": done by the
		// verb's subject
		if p.participates(h, j) {
			return "staging", true
		}
		// "two guards died in an explosion": undergone by the
		// verb's subject
		if sufferingVerbs[lemma] && containmentPreps[p.caseOf(j)] {
			return "suffering", true
		}
	case "nsubj":
		return "occurrence", p.occurs(h)
	case "obj":
		prt := false
		p.kids(h, func(k int) bool {
			prt = prt || p.syn[k].Rel == "compound:prt"
			return !prt
		})
		if prt {
			return "", false // "called off the strike", "held off the attack"
		}
		if stagingVerbs[lemma] {
			return "staging", true
		}
		if witnessingVerbs[lemma] {
			return "witnessing", true
		}
		if causingVerbs[lemma] {
			return "causing", true
		}
		if answeringVerbs[lemma] {
			return "answering", true // "rejected the offer": it was made
		}
		if reportingVerbs[strings.ToLower(p.syn[h].Form)] {
			return "reporting", true // "police reported two explosions"
		}
	}
	return "", false
}

// participates reports whether verb h is a verb of participating
// (data/words participating) with the object it needs ("took part") and
// the event noun j after "in".
func (p *parse) participates(h, j int) bool {
	lemma := strings.ToLower(p.syn[h].Lemma)
	if !participating.Has(lemma) || !containmentPreps[p.caseOf(j)] {
		return false
	}
	need := participating.Attr(lemma, "needs")
	if need == "" {
		return true
	}
	found := false
	p.kids(h, func(k int) bool {
		found = p.rel(k) == "obj" && strings.ToLower(p.syn[k].Form) == need
		return !found
	})
	return found
}

// pastTense reports whether the verb h tells a past act: a past tense,
// or a participle with no modal ("has erupted"; not "will have begun").
func (p *parse) pastTense(h int) bool {
	switch p.syn[h].XPOS {
	case "VBD":
		return true
	case "VBN":
		modal := false
		p.kids(h, func(k int) bool {
			modal = modal || p.syn[k].Rel == "aux" && p.syn[k].XPOS == "MD"
			return !modal
		})
		return !modal
	}
	return false
}

// occurs reports whether the verb h is a verb of occurrence with the
// word it needs ("took place", "claimed lives").
func (p *parse) occurs(h int) bool {
	lemma := strings.ToLower(p.syn[h].Lemma)
	if !occurrenceVerbs.Has(lemma) {
		return false
	}
	need := occurrenceVerbs.Attr(lemma, "needs")
	if need == "" {
		return true
	}
	found := false
	p.kids(h, func(k int) bool {
		found = strings.ToLower(p.syn[k].Form) == need && (p.rel(k) == "obj" || p.rel(k) == "compound")
		return !found
	})
	return found
}

// occurrenceModality reads a kind-o noun's modality from the verb that
// tells it happened: "no riots broke out", "the rally did not begin" are
// negated; "the strike will begin", "if talks resume" are not yet so.
func (sc *sentCtx) occurrenceModality(t *trigger) {
	p := sc.parse
	j := p.synOf[t.end]
	if m := p.measureOf(j); m >= 0 {
		j = m // "weeks of riots will not end": read on the span's verb
	}
	h := p.head(j)
	if h < 0 {
		return
	}
	if how, _ := p.occurrenceVerb(j); how == "answering" {
		// "did not reject the ultimatum": it was issued all the same (the
		// word windows read the answer's negation onto it)
		t.negated, t.sawNot, t.hypo = false, false, false
		return
	}
	a := p.argsOf(h)
	neg := a.negated
	p.kids(j, func(k int) bool {
		neg = neg || p.syn[k].Rel == "det" && negativeDeterminers[strings.ToLower(p.syn[k].Form)]
		return !neg
	})
	if neg {
		t.negated, t.sawNot = true, true
	}
	if a.modal != "" || a.cond {
		t.hypo = true
	}
}

// nounWord reports whether the parse reads view token i as a noun.
func (sc *sentCtx) nounWord(i int) bool {
	p := sc.parse
	return p != nil && p.synAt(i) >= 0 && p.syn[p.synOf[i]].UPOS == "NOUN"
}

// timePreposition reports whether the parse reads a temporal conjunction
// at view token k as a preposition ("since 1994", "after the vote"): a
// phrase, not a temporal clause that would date the act by another.
// A phrase that holds the trigger itself ("after gunmen seized the mayor", the
// clause misread as a noun with a participle) is a clause after all.
func (sc *sentCtx) timePreposition(k int, t *trigger) bool {
	p := sc.parse
	if p == nil || p.synAt(k) < 0 || p.syn[p.synOf[k]].Rel != "case" {
		return false
	}
	h := p.head(p.synOf[k])
	if h < 0 || !nominal(p.syn[h].UPOS) || p.syn[h].XPOS == "VBG" {
		return false
	}
	if p.synAt(t.at) >= 0 {
		for w := p.synOf[t.at]; w >= 0; w = p.head(w) {
			if w == h {
				return false
			}
		}
	}
	// the trigger's verb group right after the noun phrase: its
	// predicate, misread ("unless the talks are resumed")
	end := p.phrase(h).End
	for i := k + 1; i < t.at; i++ {
		if sc.toks[i].Start < end {
			continue
		}
		if w := sc.lower[i]; !(beForms[w] || haveForms[w] || modals[w] || verbGroupNegation[w] || strings.HasSuffix(w, "ly")) {
			return true
		}
	}
	return false
}

// sceneNoun reports whether the parse reads an event noun as the object
// of a preposition that sets the scene of an earlier verb's event ("were
// freed since the March ceasefire between the two sides"), however many
// words stand between them: the word-window test of background reaches
// only a few.
func (sc *sentCtx) sceneNoun(t *trigger, all []trigger) bool {
	p := sc.parse
	if p == nil || !t.p.Noun || p.synAt(t.end) < 0 {
		return false
	}
	hasVerb := false
	for _, u := range all {
		hasVerb = hasVerb || !u.p.Noun && u.at < t.at
	}
	if !hasVerb {
		return false
	}
	scene := false
	p.kids(p.synOf[t.end], func(k int) bool {
		scene = p.syn[k].Rel == "case" && sceneWords[strings.ToLower(p.syn[k].Form)]
		return !scene
	})
	return scene
}

// nestedNoun reports whether an event noun is the object of a
// preposition right after another event noun of the sentence ("an inquiry
// into the accusations by the rebels"): what the outer event is about,
// told in passing. (Read on the words: the parser often hangs such a
// phrase on the verb.)
func (sc *sentCtx) nestedNoun(t *trigger, all []trigger) bool {
	if !t.p.Noun {
		return false
	}
	lower := sc.lower
	k := t.at - 1
	for k >= 0 && (determiners[lower[k]] || isAdjectiveLike(lower[k]) || nounModifiers[lower[k]]) {
		k--
	}
	if k < 1 || !nestingPreps[lower[k]] {
		return false
	}
	for j := range all {
		if u := &all[j]; u.p.Noun && u.at != t.at && u.end == k-1 {
			return true
		}
	}
	return false
}

// describesOther reports whether the parse reads the word at view token k
// as an adjective on a noun other than the trigger t's ("against alleged
// terrorists"): a word that describes that noun, not t's act.
func (sc *sentCtx) describesOther(k int, t *trigger) bool {
	p := sc.parse
	if p == nil || p.synAt(k) < 0 {
		return false
	}
	j := p.synOf[k]
	if p.syn[j].Rel != "amod" {
		return false
	}
	h := p.head(j)
	return h >= 0 && h != p.synAt(t.at) && h != p.synAt(t.end)
}

// toldScene reports whether an event noun is the object of a preposition
// that tells it as having taken place ("during his visit to Hanoi",
// "after a meeting with the envoy"): the scene of another act, but an
// act of its own that happened.
func (sc *sentCtx) toldScene(t *trigger) bool {
	p := sc.parse
	if p == nil || !t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	return p.toldSceneWord(p.synOf[t.at])
}

// sceneNounOf reports whether the noun j hangs by its preposition on a
// scene noun (data/words scene-noun) that stands after "in" or "as":
// "in connection with the riots", "as a result of the fighting".
func (p *parse) sceneNounOf(j int) bool {
	h := p.head(j)
	if h < 0 || p.rel(j) != "nmod" {
		return false
	}
	n := strings.ToLower(p.syn[h].Form)
	if !sceneNouns.Has(n) || p.caseOf(j) != sceneNouns.Attr(n, "prep") {
		return false
	}
	return sceneNounOpeners[p.caseOf(h)]
}

// modified reports whether the noun j has words of its own beyond its
// preposition and determiner: a modifier, a possessor, a phrase.
func (p *parse) modified(j int) bool { return p.modifiedBut(j, -1, true) }

// modifiedBut is modified not counting the word skip, nor, without
// counts, a number.
func (p *parse) modifiedBut(j, skip int, counts bool) bool {
	own := false
	p.kids(j, func(k int) bool {
		switch p.syn[k].Rel {
		case "nummod":
			own = counts
		case "amod", "compound", "nmod", "nmod:poss", "acl", "acl:relcl", "appos":
			own = k != skip && !toldScenes[strings.ToLower(p.syn[k].Form)]
		}
		return !own
	})
	return own
}

// toldSceneWord reports whether the noun j has a preposition that tells
// its event as having taken place ("after the talks", "due to the
// riots"), also one the parser read as a participle on the noun
// ("resigned following protests by farmers").
func (p *parse) toldSceneWord(j int) bool {
	if p.sceneNounOf(j) {
		return true
	}
	told := false
	p.kids(j, func(k int) bool {
		told = toldScenes[strings.ToLower(p.syn[k].Form)] && (p.syn[k].Rel == "case" ||
			p.syn[k].Rel == "amod" && p.syn[k].XPOS == "VBG" && k < j && (k == 0 || p.syn[k-1].UPOS != "DET"))
		return !told
	})
	return told
}

// nounPhraseWord reports whether the parse reads the word at view token i
// as the head or a part of a noun phrase, where no verb pattern applies:
// a noun or a name with a determiner, an adjective, a possessor, a count
// or a common noun's compound of its own ("the coalition forces", "American
// forces"), one
// that is itself part of a compound or a name ("Task Force officers"),
// or an adverb ("handed control back"). A noun the parse reads bare may
// still be a verb it misread, and is left to the word windows.
func (sc *sentCtx) nounPhraseWord(i int) bool {
	p := sc.parse
	if p == nil || p.synAt(i) < 0 {
		return false
	}
	j := p.synOf[i]
	switch p.syn[j].UPOS {
	case "ADV":
		return true
	case "NOUN", "PROPN":
	default:
		return false
	}
	switch p.syn[j].Rel {
	case "compound", "flat", "flat:name":
		if p.syn[j].UPOS == "PROPN" {
			return true // a word of a name ("Task Force")
		}
		if h := p.head(j); p.syn[j].Rel == "compound" && h > j && nominal(p.syn[h].UPOS) && p.syn[h].Rel != "root" {
			// a common noun modifying the noun after it ("a trade
			// union", "a consulting firm"), unless that noun is the
			// sentence's root: a verb misread leaves no other ("Chile
			// hosts talks")
			return true
		}
	case "nmod:poss":
		return true
	}
	if h := p.head(j); j == 0 && strings.HasPrefix(p.syn[j].Rel, "nsubj") && h > j && p.syn[h].UPOS == "VERB" {
		// the sentence's first word, the subject of a verb after it
		// ("Forces of the army arrested ...", "Talks with the rebels
		// failed"): a plural noun, no verb with nothing before it
		return true
	}
	if h := p.head(j); p.syn[j].Rel == "obj" && h >= 0 && h < j && p.syn[h].UPOS == "VERB" {
		// the object of a verb before it ("joined forces", "scored a
		// hit"): a noun, no second verb
		return true
	}
	if p.syn[j].Rel != "root" && p.syn[j].Rel != "compound" && j > 0 && p.syn[j-1].UPOS == "NOUN" && !p.hasKids(j) {
		// a noun with no word of its own right after a common noun
		// ("a clash between smugglers and navy security forces", the
		// parse lost in the coordination): a verb misread would have
		// its object
		return true
	}
	// the word right before it must be its own modifier: a determiner
	// further left may be a subject's, misread ("The Peruvians reject
	// the plan": "Peruvians" no modifier of "reject")
	k := j - 1
	if k >= 0 && p.syn[k].Rel == "case" && p.head(k) >= 0 && p.head(k) < j && p.syn[p.head(k)].Rel == "nmod:poss" {
		k = p.head(k) // "the army's": the possessor
	}
	if k < 0 || p.head(k) != j {
		return false
	}
	switch p.syn[k].Rel {
	case "det", "amod", "nmod:poss", "nummod":
		return true
	case "compound":
		// a name before it may be its subject misread ("Peru hosts
		// talks"), a time its adverb ("officials today release"): a
		// common noun makes it a compound ("coalition forces")
		return p.syn[k].UPOS == "NOUN" && (p.tokOf[k] >= len(sc.toks) || !sc.inTime(sc.toks[p.tokOf[k]]))
	}
	return false
}

// oneAttack drops the events of a violent verb coordinated with an
// earlier violent verb of the same root, counted, whose parties include
// its own, when the conjunct tells another outcome with a subject or an
// object of its own: "an officer was killed and two were wounded",
// "killing ten and wounding six others" tell one attack, not two ("were
// shot and wounded", sharing every argument, stays two acts).
func (sc *sentCtx) oneAttack(out []doc.Event) []doc.Event {
	p := sc.parse
	if p == nil || len(out) < 2 {
		return out
	}
	word := func(e doc.Event) int {
		for i, t := range sc.toks {
			if t.Start == e.Trigger.Start {
				return p.synAt(i)
			}
		}
		return -1
	}
	violent := func(e doc.Event) bool { return e.Root >= "18" && e.Root <= "20" }
	parties := func(e doc.Event) []string {
		var ps []string
		for _, a := range []*doc.Actor{e.Source, e.Target} {
			if a != nil && a.Actor != nil && *a.Actor != "" {
				ps = append(ps, *a.Actor)
			}
		}
		return ps
	}
	var kept []doc.Event
	for j, e := range out {
		w := word(e)
		drop := false
		if violent(e) && w >= 0 && p.syn[w].Rel == "conj" && p.ownArguments(w) {
			h := p.head(w)
			for i, f := range out {
				if i == j || !violent(f) || f.Root != e.Root || word(f) != h || !Counted(&f) {
					continue
				}
				fp := parties(f)
				drop = true
				for _, a := range parties(e) {
					drop = drop && slices.Contains(fp, a)
				}
				if drop {
					break
				}
			}
		}
		if !drop {
			kept = append(kept, e)
		}
	}
	return kept
}

// ownArguments reports whether verb w has a subject or an object of its
// own.
func (p *parse) ownArguments(w int) bool {
	own := false
	p.kids(w, func(k int) bool {
		switch p.rel(k) {
		case "nsubj", "obj":
			own = true
		}
		return !own
	})
	return own
}

// tellsOccurrence reports whether the verb trigger kept[k] is the verb of
// occurrence that tells another trigger's event noun, its subject,
// happened ("bombs blasted through the market", "the raid began"): the
// noun's event is the act; the verb, whatever else it may mean, is not
// a second.
func (sc *sentCtx) tellsOccurrence(kept []trigger, k int) bool {
	t := &kept[k]
	p := sc.parse
	if p == nil || t.p.Noun || p.synAt(t.at) < 0 {
		return false
	}
	v := p.synOf[t.at]
	if !occurrenceVerbs.Has(strings.ToLower(p.syn[v].Lemma)) {
		return false
	}
	for j := range kept {
		u := &kept[j]
		if j == k || !u.p.Noun || !u.occurred || p.synAt(u.end) < 0 {
			continue
		}
		if n := p.synOf[u.end]; p.head(n) == v && p.rel(n) == "nsubj" || p.head(v) == n && p.head(n) < 0 && p.syn[v].Rel == "acl" {
			return true // (or the verb the parser hung on the noun)
		}
	}
	return false
}

// promisedThreat returns the threat code a verb of intent makes with
// its object, an event noun of harm ("pledged fresh sanctions against Zorvania",
// "vowed attacks on the capital": senses.tsv promised-harm), or "".
func (sc *sentCtx) promisedThreat(t *trigger, kept []trigger) string {
	p := sc.parse
	if p == nil || t.p.Noun || t.p.Code[:2] != "03" || p.synAt(t.at) < 0 {
		return ""
	}
	v := p.synOf[t.at]
	for j := range kept {
		u := &kept[j]
		if !u.p.Noun || p.synAt(u.end) < 0 {
			continue
		}
		if n := p.synOf[u.end]; p.head(n) == v && p.syn[n].Rel == "obj" {
			return promisedHarm[u.p.Code[:2]]
		}
	}
	return ""
}

// meansOfAct reports whether the violent event noun of kept[k] is the
// means of a violent act another trigger of the sentence tells, the noun
// standing in that verb's clause: "were killed when a bomb exploded",
// "killed by a roadside bomb". The verb's event is the one act (it takes
// the means' code); the noun is not a second.
func (sc *sentCtx) meansOfAct(kept []trigger, k int) bool {
	t := &kept[k]
	p := sc.parse
	if p == nil || !t.p.Noun || !violent(t.p.Code) || p.synAt(t.at) < 0 {
		return false
	}
	verbs := map[int]bool{}
	for j := range kept {
		u := &kept[j]
		if j != k && !u.p.Noun && violent(u.p.Code) && p.synAt(u.at) >= 0 {
			verbs[p.synOf[u.at]] = true
		}
	}
	for h, n := p.head(p.synOf[t.at]), 0; h >= 0 && n < 8; h, n = p.head(h), n+1 {
		if verbs[h] {
			return true
		}
		if p.rel(h) == "ccomp" || p.rel(h) == "parataxis" || p.rel(h) == "conj" {
			return false // another statement or another act
		}
	}
	return false
}

// hasKids reports whether word j has a dependent in the parse.
func (p *parse) hasKids(j int) bool {
	has := false
	p.kids(j, func(int) bool { has = true; return false })
	return has
}

// measureOf is the noun of a span of time or of a run of events (class
// measure-noun of data/words) whose phrase after "of" the noun j is ("six
// days of clashes", "a wave of strikes"), or -1.
func (p *parse) measureOf(j int) int {
	h := p.head(j)
	if h < 0 || p.rel(j) != "nmod" || !genitive[p.caseOf(j)] || p.syn[h].UPOS != "NOUN" || !measureNouns[strings.ToLower(p.syn[h].Lemma)] {
		return -1
	}
	return h
}
