// Roles: who acts (the source) and on whom (the target), with the means
// of a violent act.

package cameo

import (
	"slices"
	"strings"
)

// byInstrument codes a killing or an attack by the bomb that did it: "a
// roadside bombing killed one soldier" (1833), "wounded two soldiers in a
// bomb attack" (183). The bomb's noun is then no event of its own.
func byInstrument(lower []string, kept []trigger) []trigger {
	drop := map[int]bool{}
	for i := range kept {
		t := &kept[i]
		if t.p.Noun || t.p.Code != "190" {
			continue
		}
		for j, u := range kept {
			if !u.p.Noun || u.p.Code[:2] != "18" || drop[j] {
				continue
			}
			a, b := u.end+1, t.at
			if u.at > t.at {
				a, b = t.end+1, u.at
			}
			if b-a > 10 || crosses(lower, a, b) {
				continue
			}
			p := *t.p
			p.Code = u.p.Code
			t.p = &p
			drop[j] = true
			break
		}
	}
	if len(drop) == 0 {
		return kept
	}
	out := kept[:0]
	for i, t := range kept {
		if !drop[i] {
			out = append(out, t)
		}
	}
	return out
}

// byMeans reads the means of a violent act after "in", "by" or "with":
// "died in a drone strike" (195), "hurt in artillery fire"
// (194). A bare 190 takes the means' code; the means' position is kept
// for the act's source (see roles).
// p is the sentence's parse, nil for none.
func (s *Stage) byMeans(lower []string, kept []trigger, p *parse) {
	for i := range kept {
		t := &kept[i]
		if t.p.Noun || t.p.Code < "18" || t.p.Code >= "21" {
			continue
		}
		// the means as the subject: "Israeli air strikes killed 20
		// people"; a passive's subject is none ("a bomb was fired at"
		// is no bombing): as the parse's verb group reads the voice, or
		// the word before the verb where the parse gives it none
		passive := t.at > 0 && beForms[lower[t.at-1]]
		if g, ok := p.verbGroupAt(t.at); ok {
			passive = g.passive
		}
		if t.p.Code == "190" && t.at > 0 && !passive {
			for k := t.at - 1; k >= 0 && k >= t.at-4; k-- {
				if clauseBreak(lower[k]) || lower[k] == "," {
					break
				}
				if p, end := s.Patterns.means(lower, k); p != nil && end < t.at {
					t.takeMeans(p)
					break
				}
			}
		}
		for k := t.end + 1; k < len(lower) && k <= t.end+4; k++ {
			if clauseBreak(lower[k]) || lower[k] == "," {
				break
			}
			if !meansOpeners[lower[k]] {
				continue // ("killed when a bomb exploded")
			}
			for j := k + 1; j < len(lower) && j <= k+5; j++ {
				if clauseBreak(lower[j]) || lower[j] == "," {
					break
				}
				if p, end := s.Patterns.means(lower, j); p != nil {
					if p.Accident {
						t.accident = strings.Join(p.Words, " ")
						break
					}
					t.means, t.meansEnd = j, end
					if t.p.Code == "190" {
						q := *t.p
						q.Code = p.Code
						t.p = &q
					}
					break
				}
			}
			break
		}
	}
}

// meansSubject reads the means of a violent act from the parse when it is
// the act's subject, its own or one the clause takes from another verb
// ("roadside bombs have killed 19", "two bombs exploded, killing ten and
// wounding 60"): the subject's head lemma with its compound modifiers names
// a kind-i pattern, whose code the act takes (a kind-a cause makes it an
// accident).
func (s *Stage) meansSubject(p *parse, a args, t *trigger) {
	for _, w := range a.subj {
		var words []string
		p.kids(w, func(k int) bool {
			if k < w && p.syn[k].Rel == "compound" {
				words = append(words, strings.ToLower(p.syn[k].Form))
			}
			return true
		})
		words = append(words, strings.ToLower(p.syn[w].Lemma))
		for j := range words {
			m, end := s.Patterns.means(words, j)
			if m == nil || end != len(words)-1 {
				continue
			}
			t.takeMeans(m)
			return
		}
	}
}

// takeMeans gives a violent act the code of the means m that did it, or
// marks it an accident when m is a cause that is no one's act.
func (t *trigger) takeMeans(m *Pattern) {
	if m.Accident {
		t.accident = strings.Join(m.Words, " ")
		return
	}
	q := *t.p
	q.Code = m.Code
	t.p = &q
}

// violent codes are material conflict: assault, fight, mass violence.
func violent(code string) bool {
	return code >= "18" && code < "21"
}

// pronounSubject reports whether the subject of the reported clause
// between the reporting verb r and the verb v is a pronoun ("said it had
// attacked", "claimed that they attacked").
func pronounSubject(lower []string, r, v int) bool {
	k := v - 1
	for k > r && (haveForms[lower[k]] || beForms[lower[k]] || modals[lower[k]] || strings.HasSuffix(lower[k], "ly")) {
		k--
	}
	if k <= r {
		return false
	}
	switch {
	case speakerPronoun[lower[k]]:
		// "said it", "said that they", "said on Friday that they"
		for j := r + 1; j < k; j++ {
			if lower[j] == "," || clauseBreak(lower[j]) {
				return false
			}
		}
		return k <= r+4
	}
	return false
}

// reportedBy finds the reporting verb before token i in its sentence ("X
// said (that) ... must") and the actor just before that verb: their
// indexes, or -1.
func reportedBy(lower []string, actors []actor, i int) (verb, actor int) {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if lower[k] == ";" || lower[k] == "." {
			break
		}
		if !reportingVerbs[lower[k]] && !demandingVerbs[lower[k]] {
			continue
		}
		for a := len(actors) - 1; a >= 0; a-- {
			if actors[a].Last < k && actors[a].Last >= k-8 && !crosses(lower, actors[a].Last+1, k) {
				return k, a
			}
		}
		// "The Centre for Press Freedom, a Paris-based group that
		// monitors arrests, said": the sentence's subject, past its apposition
		if len(actors) > 0 && actors[0].Last < k && actors[0].First <= 2 && !appositionEnds[lower[actors[0].Last+1]] {
			for j := actors[0].Last + 1; j < k; j++ {
				if clauseBreak(lower[j]) {
					return -1, -1
				}
			}
			first := 0
			for first+1 < len(actors) && actors[first+1].First == actors[first].Last+1 && actors[first+1].Last < k {
				first++ // "Syrian" "Centre for Press Freedom": the head
			}
			return k, first
		}
		return -1, -1
	}
	return -1, -1
}

// roles picks the source and target actors of a trigger.
func (s *Stage) roles(lower []string, actors []actor, t *trigger) (src, tgt []int) {
	// Candidates to the left, in the trigger's clause.
	left := -1
	for k := len(actors) - 1; k >= 0; k-- {
		a := actors[k]
		if a.Last >= t.at {
			continue
		}
		if crosses(lower, a.Last+1, t.at) {
			break
		}
		if locative(lower, a) && k > 0 && t.at > 0 && infinitiveMarkers[lower[t.at-1]] {
			continue // "will gather in Oslo to negotiate": a place, not the subject
		}
		// (the first actor of the sentence may stand for the unnamed subject's
		// country, "a study published in the Kenyan capital claimed", unless it
		// is a role: "exploded near a police checkpoint")
		if !t.p.Noun && afterPreposition(lower, a) && (k > 0 || a.Type == "ROLE") {
			continue // "gathered outside the parliament to protest": no subject
		}
		if t.p.Noun && !modifies(lower, a, t.at) && !announcedNoun(lower, t) {
			break // "condemned the attack on its embassy": the subject is no attacker
		}
		left = k
		// "Critics of Kenya's parliament marched": the head of the phrase
		// acts, not the one it is "of"
		// "The French envoy to Mali, Ambassador Anne Roux, held meetings":
		// an uncoded name in apposition stands for the coded phrase before it
		comma := -1
		if a.First > 0 && lower[a.First-1] == "," {
			comma = a.First - 1
		} else if a.First > 1 && lower[a.First-2] == "," {
			comma = a.First - 2 // "..., General David Petraeus"
		}
		if a.Code == "" && comma > 0 {
			// the phrase must end at the comma ("After arriving in
			// Lima on Monday, Minister Roux" is no apposition); a
			// place after "in" belongs to it ("commander in Iraq,")
			for j, end := k-1, comma-1; j >= 0 && actors[j].Last == end; j-- {
				b := actors[j]
				if b.Code != "" && !locative(lower, b) {
					left = j
					break
				}
				if !locative(lower, b) || b.First < 2 {
					break
				}
				end = b.First - 2 // past "in"
			}
		}
		for h := left; h > 0; {
			b, cur := actors[h-1], actors[h]
			if b.Last+2 == cur.First && clitics[lower[b.Last+1]] {
				h-- // "Rwanda's Senate": the possessor and its noun are one phrase
				continue
			}
			if b.Last+2 != cur.First || !genitive[lower[b.Last+1]] && !sourcePreps[lower[b.Last+1]] || b.Type != "ROLE" {
				break
			}
			h--
			left = h
		}
		break
	}
	// "Israeli jets struck Gaza, killing 12 people": a participle after a
	// comma shares the subject of its sentence.
	// (not the teller of a reported clause: "Zorvan radio reported that
	// a letter had appeared, claiming ..." is no claim by the radio)
	if !t.p.Noun && t.at > 1 && lower[t.at-1] == "," && strings.HasSuffix(lower[t.at], "ing") && len(actors) > 0 && actors[0].Last < t.at-1 && actors[0].First <= 2 &&
		!teller(lower, nameEnd(actors, 0)+1, t.at) {
		left = 0 // (the sentence's subject: not "a car bomb exploded near a police checkpoint")
	}
	// The actor after the trigger (after the pattern's preposition when it
	// has one), in the clause.
	from := t.end + 1
	if t.p.Prep != "" && !(!t.p.Noun && chargePreps[t.p.Prep] && t.p.Code[:2] >= "10") {
		// "accused Azerbaijan of shelling": the one accused comes before "of"
		if k := findWord(lower, t.end+1, t.p.Prep, 10); k >= 0 {
			from = k + 1
		}
	}
	right := -1
	byAgent, fromAgent := -1, -1
	if !t.p.Noun && t.end > t.at+1 {
		// "ordered the French ambassador to leave": the object inside the
		// trigger's words
		for k, a := range actors {
			// (not "military" of "resume military talks", nor the army of
			// "put the army on high alert")
			// (nor the place of "protested in Nairobi against")
			if a.First > t.at && a.Last < t.end && !slices.Contains(t.p.Words, lower[a.Last]) && t.p.Code[:2] != "15" && (a.First < a.Last || a.Type != "ROLE") &&
				!((symmetric(t.p.Code[:2], t.p.Code) || protestAct(lower, t) && !foreignDoer(actors, left, a)) && locative(lower, a)) {
				right = k // (not "military" of "conducting military exercises")
				break
			}
		}
	}
	for k, a := range actors {
		if a.First < t.end+1 {
			continue
		}
		if crosses(lower, t.end+1, a.First) {
			break
		}
		if byAgent < 0 && a.First > 0 && byBefore(lower, a.First) {
			byAgent = k // "by the army", "by a mob of protesters"
		}
		if fromAgent < 0 && fromSource(lower, t, a.First) {
			fromAgent = k // "criticism from the bar"
		}
		// "offered military support": a word inside a longer object
		// phrase modifies it and is no party
		// the object word itself is a party ("received ministers", "engaged
		// peacekeepers"), save the weapons and troops of a show of force
		// or of a shelling ("fired two ballistic missiles", "deployed troops")
		if t.objectEnd > t.end && a.First > t.end && a.Type == "ROLE" &&
			(a.Last < t.objectEnd && a.First == a.Last || a.Last == t.objectEnd && (t.p.Code[:2] == "15" || t.p.Code == "194")) {
			continue
		}
		// ", South Korea's military said": the speaker, not a party
		if b := a.First - 1; b > 0 && (lower[b] == "," || determiners[lower[b]] && lower[b-1] == ",") && a.Last+1 < len(lower) && reportingVerbs[lower[a.Last+1]] {
			break
		}
		// "met in Zurich" is where they met; "shelling in Gaza" hits Gaza,
		// "arrived in Bosnia" visits it
		// "protested in Sydney" is where the protesters are, not whom
		// they protest against
		if right < 0 && a.First >= from && !((symmetric(t.p.Code[:2], t.p.Code) || protestAct(lower, t) && !foreignDoer(actors, left, a)) && locative(lower, a) && (t.p.Prep == "" || lower[a.First-1] != t.p.Prep)) {
			right = k
		}
	}
	if t.p.Noun {
		// "the US' killing of X": the possessor is the source.
		if right < 0 && byAgent >= 0 {
			right = byAgent
		}
		if byAgent >= 0 && byAgent != right {
			left = byAgent
		}
		// "led to criticism from the bar": the "from" phrase right after
		// a verbal act's noun is its doer, whatever the parse hung it on
		if byAgent < 0 && fromAgent >= 0 {
			left = fromAgent
			if right == fromAgent {
				right = -1
			}
		}
	}
	if t.passive {
		// "X was attacked by Y": Y did it to X.
		var by int = byAgent
		if by < 0 && t.means >= 0 {
			by = meansAgent(lower, actors, t)
		}
		if by < 0 && t.p.Code >= "18" && t.p.Code < "21" {
			// "a rocket was launched at it from across the border"
			for k, a := range actors {
				if a.First > t.end && a.First > 1 && (sourcePreps[lower[a.First-1]] || definite[lower[a.First-1]] && sourcePreps[lower[a.First-2]]) && !crosses(lower, t.end+1, a.First) {
					by = k
					break
				}
			}
		}
		src, tgt = one(by), one(left)
		if by < 0 {
			src = nil
		}
		if left < 0 && right >= 0 && right != by {
			tgt = one(right) // "new sanctions were imposed on Russia by the EU"
		}
		return expand(lower, actors, src), expand(lower, actors, tgt)
	}
	// A protest with no named protesters: the people of the place it is
	// held in ("a rally in Sydney": Australians), as the codebook codes a
	// protest by its participants.
	if left < 0 && protestAct(lower, t) {
		for k, a := range actors {
			if a.First <= t.at || crosses(lower, t.at+1, a.First) {
				continue
			}
			if locative(lower, a) && k != right {
				left = k
			}
			break
		}
	}
	src, tgt = one(left), one(right)
	// A target of the source's own country is not the other party: look
	// further ("the US ... withdrawing staff from the US Embassy in
	// Baghdad" targets Iraq).
	if left >= 0 && right >= 0 && ownSide(actors[left], actors[right]) {
		tgt = nil
		for k := right + 1; k < len(actors); k++ {
			if crosses(lower, t.end+1, actors[k].First) {
				break
			}
			if !sameCountry(actors[left].Code, actors[k].Code) && actors[k].Code != "" {
				tgt = []int{k}
				break
			}
		}
	}
	return expand(lower, actors, src), expand(lower, actors, tgt)
}

// protestAct reports whether a trigger is a protest (14, save a blockade,
// 144, which targets the place it blocks), or the verb "protest" that
// events codes as one when no state protests officially.
func protestAct(lower []string, t *trigger) bool {
	return t.p.Code[:2] == "14" && !strings.HasPrefix(t.p.Code, "144") || t.p.Code == "114" && hasStem(protestStem, lower[t.at])
}

// foreignDoer reports whether the source found before the trigger is no
// state and of another country than the place a: a named doer from elsewhere acts on
// the place it acts in ("US activists protested in Beijing"), as the
// parse's reading of places has it.
func foreignDoer(actors []actor, left int, a actor) bool {
	c := ""
	if left >= 0 {
		c = actors[left].Code
	}
	// (a state's protest is made at a venue: "the ministry protested in
	// Vienna against the ruling")
	return c != "" && !stateActor(c) && a.Code != "" && !sameCountry(c, a.Code)
}

// byBefore reports whether "by" stands shortly before token i, with only
// a determiner, a collective noun and "of" between: "by the army", "by a
// mob of protesters".
// fromSource reports whether the actor phrase at token i is the "from"
// phrase right after the noun of a verbal act (data/words
// from-source-root), past determiners: its doer ("criticism from the
// bar", "threats from the rebels").
func fromSource(lower []string, t *trigger, i int) bool {
	if !t.p.Noun || !fromSourceRoots[t.p.Code[:2]] || t.end+1 >= i || !sourcePreps[lower[t.end+1]] {
		return false
	}
	for k := t.end + 2; k < i; k++ {
		if !determiners[lower[k]] {
			return false
		}
	}
	return true
}

func byBefore(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := lower[k]; {
		case agentPreps[w]:
			return true
		case determiners[w] || genitive[w] || collectives[w] || isNumberWord(w):
		default:
			return false
		}
	}
	return false
}

// afterPreposition reports whether an actor phrase is the object of a
// preposition (past its determiners), which no subject is: "outside the
// parliament", "in the capital". "of" and "by" phrases are read elsewhere.
func afterPreposition(lower []string, a actor) bool {
	k := a.First - 1
	for k >= 0 && determiners[lower[k]] {
		k--
	}
	if k < 0 {
		return false
	}
	return placePreps[lower[k]]
}

// modifies reports whether an actor phrase stands right before an event
// noun at n, as its agent: "Israeli air strikes", "the US' killing", "a
// government offensive" (determiners, adjectives and the possessive may
// come between).
func modifies(lower []string, a actor, n int) bool {
	for k := a.Last + 1; k < n; k++ {
		w := lower[k]
		if clitics[w] || w == "'" || w == "’" || determiners[w] || isAdjectiveLike(w) || eventModifiers[w] {
			continue
		}
		return false
	}
	return true
}

// locative reports whether an actor phrase is a place named after "in",
// "at" or "near": where something happened, not who took part ("met in
// Zurich"). A pattern whose preposition is "in" ("invest in") still takes
// it as its target.
func locative(lower []string, a actor) bool {
	if a.Type != "GPE" || a.First == 0 {
		return false
	}
	return locativePreps[lower[a.First-1]]
}

// meansAgent finds who used the means of a passive act: the actor that
// modifies it ("in Turkish artillery fire") or follows it after "by" ("in
// a drone raid by army units"), or -1.
func meansAgent(lower []string, actors []actor, t *trigger) int {
	for k, a := range actors {
		if a.First > t.end && a.First <= t.meansEnd && a.Last >= t.means-3 && a.Last <= t.meansEnd {
			return k
		}
		if a.First > t.meansEnd && a.First <= t.meansEnd+3 && agentPreps[lower[a.First-1]] {
			return k
		}
	}
	return -1
}

// side groups an actor code's agents: the state's organs are one side,
// each non-state agent (opposition, rebels, civilians...) its own.
func side(code string) string {
	if len(code) < 6 || stateActor(code) {
		return "state"
	}
	return code[3:6]
}

func one(k int) []int {
	if k < 0 {
		return nil
	}
	return []int{k}
}

// ownSide reports whether actors a and b are one party: of the same
// country and side, with no two different roles of it (a country and its
// government are one side, "the US" and "the US embassy"; its parliament
// and its government, its courts and its army are two: "the Zorvan
// parliament backed the president's decision", "a Zorvan court fined the
// army"). A person or an organisation coded with a country only is no
// side of it: a citizen who criticises the government is another party.
func ownSide(a, b actor) bool {
	if !sameCountry(a.Code, b.Code) || side(a.Code) != side(b.Code) {
		return false
	}
	if a.Type == "PERSON" && b.Type == "PERSON" && a.Entity != b.Entity {
		return false // two persons of one government are two parties ("the minister met the president")
	}
	if len(a.Code) >= 6 && len(b.Code) >= 6 {
		return a.Code[3:6] == b.Code[3:6]
	}
	if a.Code == b.Code && a.Entity == b.Entity {
		return true
	}
	return !(citizen(a) || citizen(b))
}

// citizen reports whether x is a person or an organisation coded with a
// country only (not with a role and no country, "ELI"): a citizen, a
// group of the country whose role is not known, not its state.
func citizen(x actor) bool {
	return (x.Type == "PERSON" || x.Type == "ORG") && len(x.Code) == 3 && !nonStateAgents[x.Code] && !strings.Contains("GOV MIL COP JUD LEG SPY ELI PTY", x.Code)
}

func sameCountry(a, b string) bool { return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] }

// ownAct reports whether the act of actor src is the speaker's own: the
// speaker itself, or an actor of its country on the same side ("the
// ministry said its army had shelled"), not an opponent within it
// ("officials said rebels had shelled").
func ownAct(actors []actor, src, speaker int) bool {
	if src == speaker {
		return true
	}
	a, b := actors[src].Code, actors[speaker].Code
	return a != "" && sameCountry(a, b) && stateActor(a) == stateActor(b)
}

// expand adds coordinated actors: "Chile and Peru".
func expand(lower []string, actors []actor, ks []int) []int {
	if len(ks) != 1 {
		return ks
	}
	out := ks
	k := ks[0]
	for j := k - 1; j >= 0; j-- {
		gap, ok := between(lower, actors[j], actors[j+1])
		if !ok || !coordination(gap) {
			break
		}
		out = append([]int{j}, out...)
	}
	for j := k + 1; j < len(actors); j++ {
		gap, ok := between(lower, actors[j-1], actors[j])
		if !ok || !coordination(gap) {
			break
		}
		out = append(out, j)
	}
	// a list ends with "and": "militants, Reuters reports" is no list; a
	// headline's pair opening the sentence is one ("Israel, Hamas agree")
	headlinePair := len(out) == 2 && actors[out[0]].First == 0 && actors[out[0]].Code != "" && actors[out[1]].Code != "" &&
		actors[out[1]].First == actors[out[0]].Last+2 && lower[actors[out[0]].Last+1] == ","
	for !headlinePair && len(out) > 1 {
		l := out[len(out)-1]
		if gap, _ := between(lower, actors[l-1], actors[l]); slices.ContainsFunc(gap, func(w string) bool { return actorJoiners[w] }) {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// between returns the words between two actors, and false when they
// overlap or stand out of order (an actor phrase that does not line up
// with the tokens), which then join no list.
func between(lower []string, a, b actor) ([]string, bool) {
	if a.Last+1 > b.First || b.First > len(lower) {
		return nil, false
	}
	return lower[a.Last+1 : b.First], true
}

func coordination(gap []string) bool {
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	ok := false
	for _, w := range gap {
		switch {
		case articles[w]:
		case additive[w] || w == "," || w == "&":
			ok = true
		default:
			return false
		}
	}
	return ok
}

// teller reports whether a reporting verb opens the words from token
// from (before token end), after auxiliaries and adverbs: the phrase
// before from tells the sentence ("X has reported that ...", "X said
// on Friday").
func teller(lower []string, from, end int) bool {
	for k := from; k < end && k < len(lower) && k < from+4; k++ {
		switch w := lower[k]; {
		case reportingVerbs[w]:
			return true
		case haveForms[w] || beForms[w] || modals[w] || strings.HasSuffix(w, "ly"):
			continue
		}
		return false
	}
	return false
}

// nameEnd is the last token of actor phrase k with the phrases that
// follow it with no word between ("the Zorvan weekly" "Der Bote": one
// name).
func nameEnd(actors []actor, k int) int {
	for k+1 < len(actors) && actors[k+1].First == actors[k].Last+1 {
		k++
	}
	return actors[k].Last
}
