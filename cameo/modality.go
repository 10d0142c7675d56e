// Modality and negation: what is done, refused, intended, asked for or
// only possible.

package cameo

import (
	"slices"
	"strings"
)

// complements codes a bare appeal or demand by the act it asks for, "urged
// him to send peacekeeping troops" (0234), "demanded that Israel release
// the prisoners" (1053), and marks that act hypothetical: it is asked
// for, not done.
//
// The act asked for follows the appeal in the word window ("urged him to
// send"), or, past it, is the infinitive the parse gives the appeal's verb
// ("asked the ambassador in Rome, Jean Dupont, to help").
func (s *Stage) complements(sc *sentCtx, lower []string, actors []actor, kept []trigger) {
	for i := range kept {
		t := &kept[i]
		root := t.p.Code[:2]
		// appeals and demands, and pressure ("pressured Obama to help
		// Iran"): the act asked for has not happened
		if root != "02" && root != "10" && !hasStem(pressureStem, lower[t.at]) {
			continue
		}
		for j := i + 1; j < len(kept); j++ {
			u := &kept[j]
			xcomp := !u.p.Noun && sc.xcompOf(t, u)
			if !xcomp && (u.at-t.end > 10 || crossesBut(lower, t.end+1, u.at, "that")) {
				break
			}
			if u.p.Noun || !xcomp && !complementAt(lower, t.end+1, u.at, sc.infinitiveAt(u.at)) {
				continue
			}
			u.hypo = true
			// "urged them to stop and to cooperate": every infinitive
			// the appeal's verb governs, a conjunct too, is asked for
			for k := j + 1; k < len(kept); k++ {
				if w := &kept[k]; !w.p.Noun && sc.xcompOf(t, w) {
					w.hypo = true
				}
			}
			// the one urged is the target of the appeal and the subject
			// of the act: "urged President Bush to send troops"
			for a := range actors {
				if actors[a].First > t.end && actors[a].Last < u.at {
					t.obj, u.subj = a, a
					break
				}
			}
			if t.p.Code == "020" || t.p.Code == "100" {
				family := "appeal"
				if root == "10" {
					family = "demand"
				}
				code := s.Derived.Code(family, u.p.Code)
				if code != "" && s.Table[code] != nil {
					p := *t.p
					p.Code = code
					t.p = &p
				}
			}
			break
		}
	}
}

// reportedBefore reports whether a reporting verb stands shortly before
// token k in its sentence: "said they would meet" is a future told in the
// past, an announced act like "will meet".
func reportedBefore(lower []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if clauseBreak(lower[j]) {
			return false
		}
		if reportingVerbs[lower[j]] {
			return true
		}
	}
	return false
}

// sharpenIntents gives a bare commitment the code of what it commits to:
// "consented to ease the embargo" is an intent to ease sanctions (0354),
// not the generic 030 of "agreed to".
func (s *Stage) sharpenIntents(kept []trigger) {
	for i := range kept {
		t := &kept[i]
		if !t.hypo || t.negated || t.intent < 0 {
			continue
		}
		for j := range kept {
			u := &kept[j]
			if u.at > t.intent || t.intent > u.end || u.p.Code != "030" {
				continue
			}
			if code := s.Derived.Code("intent", t.p.Code); code != "" && s.Table[code] != nil && code[:2] == "03" {
				p := *u.p
				p.Code = code
				u.p = &p
			}
		}
	}
}

// wish is a "want" that asks another actor to act: at the word "want",
// by the one who wants, of the one asked.
type wish struct{ at, by, of int }

// wanted finds the acts someone wants another to do, "Obama wants Putin to
// attack", "Lopez wants Spain to compensate": the act is hypothetical, its
// subject the actor asked, and no intent of the one who wants it.
func (s *Stage) wanted(lower []string, actors []actor, kept []trigger) map[int]wish {
	var out map[int]wish
	for k := range kept {
		t := &kept[k]
		if t.p.Noun || t.at < 3 || !infinitiveMarkers[lower[t.at-1]] {
			continue
		}
		for w := t.at - 3; w >= 0 && w >= t.at-8; w-- {
			if !wantWords[lower[w]] {
				if clauseBreak(lower[w]) {
					break
				}
				continue
			}
			of := -1
			for a := range actors {
				if actors[a].First > w && actors[a].Last < t.at-1 {
					of = a
					break
				}
			}
			if of < 0 {
				break
			}
			by := -1
			for a := len(actors) - 1; a >= 0; a-- {
				if actors[a].Last < w && !crosses(lower, actors[a].Last+1, w) {
					by = a
					break
				}
			}
			t.hypo, t.intent, t.subj = true, -1, of
			if out == nil {
				out = map[int]wish{}
			}
			out[k] = wish{at: w, by: by, of: of}
			break
		}
	}
	return out
}

// modality sets negation, hypothetical and passive flags of a trigger by
// reading its verb group and its clause.
//
// inClause, when not nil, tells whether the word at a view token belongs
// to the trigger's clause as the parse reads it: a negation, a modal or a
// conditional the windows see in another clause ("the envoy, who had not
// been told, met the king") does not mark the trigger.
func (s *Stage) modality(lower []string, t *trigger, all []trigger, inClause func(k int) bool, p *parse) {
	// Passive: "was attacked by", "were released": the verb group the
	// parse gives the verb; the words before it where the parse reads
	// the trigger as no verb.
	g, grouped := p.verbGroupAt(t.at)
	grouped = grouped && !t.p.Noun
	// onlyGroup reports whether the words from k to the trigger are its
	// verb group's ("is to be held", "thought to have been launched"):
	// as the parse reads the group, else by the words' test only
	onlyGroup := func(k int, only func(lower []string, k, v int) bool) bool {
		if grouped {
			return g.start <= k
		}
		return only(lower, k, t.at)
	}
	if grouped {
		t.passive = g.passive && !strings.HasSuffix(lower[t.at], "ing")
	} else if !t.p.Noun && t.at > 0 && strings.HasSuffix(lower[t.at], "ed") || !t.p.Noun && isIrregularParticiple(lower[t.at]) {
		for k := t.at - 1; k >= 0 && k >= t.at-3; k-- {
			if beForms[lower[k]] || passiveAux[lower[k]] {
				t.passive = !strings.HasSuffix(lower[t.at], "ing")
				break
			}
			if !negatingParticles[lower[k]] && !strings.HasSuffix(lower[k], "ly") {
				break
			}
		}
	}
	// A trigger that begins with a finite "be" ("and is ready to", "and
	// was critical of") is its own verb group: a modal or a negation
	// before it belongs to another verb ("will hold a vote and is ready
	// to talk"), as a modal takes no finite verb.
	finite := !t.p.Noun && finiteBe[lower[t.at]]
	// The verb group and the words before it in the clause.
	for k := t.at - 1; k >= 0 && k >= t.at-8; k-- {
		w := lower[k]
		if clauseBreak(w) || w == "," && k < t.at-2 {
			break
		}
		if inClause != nil && !inClause(k) {
			continue
		}
		if finite && (modals[w] || negWords[w]) {
			continue
		}
		switch {
		case negatingParticles[w] && k+2 < len(lower) && phraseAt(rulingOut, lower, k+1):
			// "has not ruled out sending troops": possible, not denied
			t.hypo = true
		case negWords[w]:
			// "refused to", "no decision has been made to close": negated
			if !t.p.negForm {
				t.negated = true
			}
		case modals[w] && epistemicPerfect(lower, k, t):
			// "a blast may have killed six": done, its certainty hedged
		case modals[w]:
			t.hypo = true
			// "Norway will lend Malawi funds": saying so is an intent
			// (CAMEO codes announced future acts under 03 and 13)
			if (futureModal[w] || reportedWould[w] && !t.passive && k > 0 && subjectPronoun[lower[k-1]] && reportedBefore(lower, k-1)) && t.intent < 0 {
				t.intent = k
			}
			if obligationModals[w] && t.must < 0 {
				t.must = k
			}
		case infinitiveMarkers[w] && k > 0 && beForms[lower[k-1]] && onlyGroup(k+1, beToAct):
			// "the unit is to stand down at midnight", "an election is
			// to be held", "the question is to meet him or not":
			// arranged or planned, not done
			t.hypo = true
		case infinitiveMarkers[w] && k > 0 && (intentWords[lower[k-1]] || commissive[lower[k-1]] && !dueWords[lower[k-1]] || dueWords[lower[k-1]] && !t.p.Noun && lower[t.at] == t.p.Words[0]):
			t.hypo = true
			if commissive[lower[k-1]] && t.intent < 0 {
				t.intent = k - 1
			}
		case infinitiveMarkers[w] && k > 1 && (intentWords[lower[k-2]] || commissive[lower[k-2]]):
			t.hypo = true
			if commissive[lower[k-2]] && t.intent < 0 {
				t.intent = k - 2
			}
		case infinitiveMarkers[w] && k > 2 && timeAdverbialLen(lower, k) > 0:
			// "agreed on Tuesday to resume talks"
			if c := k - 1 - timeAdverbialLen(lower, k); c >= 0 && (intentWords[lower[c]] || commissive[lower[c]]) {
				t.hypo = true
				if commissive[lower[c]] && t.intent < 0 {
					t.intent = c
				}
			}
		case conditionals[w]:
			t.hypo = true
		case hedges[w] && k+1 < len(lower) && infinitiveMarkers[lower[k+1]] && onlyGroup(k+2, hedgedVerb):
			// "a shell thought to be launched by militants": not known
			// done (but "believed to be the soldiers killed in the raid"
			// hedges who they are, not the killing)
			t.hypo = true
		}
		if negatingAdverbs[w] {
			t.sawNot = true
		}
		if t.p.negForm && negatingParticles[w] {
			t.negated = false
		}
	}
	// A negation between a verb pattern's words negates it: "vowed not
	// to return the islands" is no intent to cooperate.
	if !t.p.Noun && !t.p.negForm {
		for k := t.at + 1; k < t.end && k < len(lower); k++ {
			if w := lower[k]; negWord(w) && !slices.Contains(t.p.Words, w) {
				t.negated = true
			}
		}
	}
	// Nominal triggers governed by an intent word: "the option to fully
	// withdraw staff", "no decision has been made to close".
	if t.at >= 2 && infinitiveMarkers[lower[t.at-1]] {
		for k := t.at - 2; k >= 0 && k >= t.at-8; k-- {
			if intentWords[lower[k]] {
				t.hypo = true
			}
			if negativeDeterminers[lower[k]] {
				t.negated = true
			}
		}
	}
	// A purpose takes the modality of the act it serves: "will dispatch
	// experts next week to help assess the damage" is still ahead,
	// "sent personnel to investigate" is under way. Verbs that carry the
	// act out ("managed to", "voted to") leave it as it is.
	if !t.p.Noun && t.at >= 2 && infinitiveMarkers[lower[t.at-1]] && !t.hypo && !t.complement && !realGovernors[lower[t.at-2]] {
		for k := t.at - 2; k >= 0 && k >= t.at-14; k-- {
			w := lower[k]
			if clauseBreak(w) || reportingVerbs[w] {
				break
			}
			if modals[w] || futureModal[w] {
				t.hypo = true
				break
			}
		}
	}
	// "warned the US against selling weapons", "barred from entering":
	// the act warned against is not done
	if !t.p.Noun && t.at > 0 && strings.HasSuffix(lower[t.at], "ing") && (warnedAgainst[lower[t.at-1]] || sourcePreps[lower[t.at-1]] && t.at > 1 && barring[lower[t.at-2]]) {
		t.hypo = true
	}
	// "urged Iran to release the sailors", "called on the council to act
	// to investigate": the act is asked for, whether or not the appeal
	// is itself coded (a report's call is no one's appeal)
	if !t.p.Noun && t.at >= 2 && infinitiveMarkers[lower[t.at-1]] && !t.hypo {
		for k := t.at - 2; k >= 0 && k >= t.at-12; k-- {
			if clauseBreak(lower[k]) || reportingVerbs[lower[k]] {
				break
			}
			if appealWords[lower[k]] && (!hasStem(callStem, lower[k]) || appealPreps[lower[k+1]]) {
				// ("called the result a victory and rang him to
				// thank him": a call is an appeal only on or for
				// someone)
				t.hypo = true
				break
			}
		}
	}
	// "at risk of being attacked", "spared from being arrested": a
	// passive gerund after "of" or "from" names an act feared, avoided or
	// spared, not one done ("after being arrested" is told as done)
	if !t.p.Noun && t.at >= 2 && passiveGerunds[lower[t.at-1]] && fearedGerundPreps[lower[t.at-2]] {
		t.hypo = true
	}
	// A refusal ("would not provide") is a refusal, not a hypothesis.
	if t.p.negForm && t.sawNot {
		t.hypo = false
	}
	// "neither confirmed nor denied": both negated.
	if t.at > 0 && correlativeNeg[lower[t.at-1]] {
		t.negated = true
	}
	// An "if" clause after the trigger in the same sentence marks a
	// complement as conditional only for the complement ("threatened to
	// shutter ... if"): the threat itself stays an event.
	_ = all
}

// beToAct reports whether the words from k to the verb at v (after the
// "to" at k-1) are only what a verb group holds after it ("is to be
// held", "is to formally sign"): the "be to" of an arranged act.
func beToAct(lower []string, k, v int) bool {
	for j := k; j < v; j++ {
		if w := lower[j]; !beLemma[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// allegedAct reports whether an act is the content of a claim or an
// allegation ("Ghana alleged that rebels had shelled Togo", "a report
// alleged that France helped train the militias"): a contested report,
// listed below MinConfidence beside the accusation it makes.
func allegedAct(lower []string, t *trigger, describes func(k int) bool) bool {
	for k := t.at - 1; k >= 0 && k >= t.at-20; k-- {
		switch w := lower[k]; {
		case claimWords[w] && describes(k):
			// "strikes against alleged terrorists": the word only
			// describes another noun, it claims nothing of the act
		case claimWords[w]:
			return k < t.at-1 || strings.HasSuffix(w, "ly") // "allegedly", "purportedly"
		case w == ";" || w == ".":
			return false
		}
	}
	return false
}

// xcompOf reports whether the parse reads the verb of u as the infinitive
// complement of t's verb, the one whose subject is t's object ("asked the
// envoy, a former minister, to help": help is asked's xcomp), or as a
// conjunct of that complement ("asked him to stop and to help").
func (sc *sentCtx) xcompOf(t, u *trigger) bool {
	p := sc.parse
	if p == nil || p.synAt(t.at) < 0 || p.synAt(u.at) < 0 {
		return false
	}
	j := p.synOf[u.at]
	for n := 0; n < 4 && p.syn[j].Rel == "conj" && p.head(j) >= 0 && p.head(j) != p.synOf[t.at]; n++ {
		j = p.head(j) // "urged them to stop the raids and cooperate": the first conjunct's relation
	}
	if p.head(j) != p.synOf[t.at] {
		return false
	}
	if p.syn[j].Rel == "xcomp" {
		return true
	}
	// (the parser often hangs it on the verb as an adjunct or a
	// parenthetical with "to" when a comma stands before it)
	return p.toMark(j) && (p.syn[j].Rel == "advcl" || p.syn[j].Rel == "parataxis")
}

// hedgedVerb reports whether the words from..at-1, between a hedge's "to"
// and the trigger at, are only the auxiliaries and adverbs of the
// infinitive's own verb group ("thought to be launched", "believed to
// have been killed"), so that the trigger is the hedged verb itself.
func hedgedVerb(lower []string, from, at int) bool {
	for k := from; k < at && k < len(lower); k++ {
		if w := lower[k]; !beForms[w] && !haveForms[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// statedRefusal reports whether the negated act t is negated inside its
// own verb group, after the future modal or commissive word that makes it
// an intent ("will not export", "vowed not to return"): its doer states
// what it will not do. A negation before the intent word ("did not say it
// would") or in another verb's group between them ("would not allow them to
// help") is not a refusal of this act. g is the verb group the parse
// gives the act's verb: the words between are its group words or its
// "to" ("vowed not to": the parser hangs the "not" on the infinitive);
// where the parse gives it none (g nil), they are be, have, "to" and -ly
// adverbs.
func statedRefusal(lower []string, t *trigger, p *parse, g *predGroup) bool {
	if t.p.Noun || t.intent < 0 || t.intent >= t.at {
		return false
	}
	neg := false
	for k := t.intent + 1; g != nil && k < t.at; k++ {
		w := p.synAt(k)
		if w < 0 || !p.inGroup(w, g.pred) && !(p.syn[w].Rel == "mark" && p.head(w) == g.pred && infinitiveMarkers[lower[k]]) {
			return false // another verb's group: "would not allow them to help"
		}
		neg = neg || negatingParticles[lower[k]]
	}
	for k := t.intent + 1; g == nil && k < t.at; k++ {
		switch w := lower[k]; {
		case negatingParticles[w]:
			neg = true
		case beForms[w] || haveForms[w] || infinitiveMarkers[w] || strings.HasSuffix(w, "ly"):
			// "will not be sending", "vowed not to", "would not seriously"
		default:
			return false // another verb's group: "would not allow them to help"
		}
	}
	return neg
}

// refusalAt returns the word that states the negated act t as refused,
// or -1: the future modal or commissive word of a stated refusal
// (statedRefusal), or the intent noun of "has no plans to lend", a plan
// negated by "no" right before it.
func refusalAt(lower []string, t *trigger, p *parse, g *predGroup) int {
	if statedRefusal(lower, t, p, g) {
		return t.intent
	}
	if !t.p.Noun && t.at >= 3 && infinitiveMarkers[lower[t.at-1]] && intentWords[lower[t.at-2]] && determiners[lower[t.at-3]] && negWords[lower[t.at-3]] {
		return t.at - 2
	}
	return -1
}
