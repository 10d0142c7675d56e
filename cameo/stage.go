package cameo

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/token"
)

// Stage is the event-coding pipeline stage.
type Stage struct {
	Table    Table
	Patterns *Patterns
	Derived  Derived
	OffTopic *OffTopic
	Idioms   Idioms
	NonAgent NonAgents
	Ent      *entity.Stage
}

// New loads the built-in table, patterns and derived codes; ent supplies
// actor phrases.
func New(ent *entity.Stage) (*Stage, error) {
	t, err := DefaultTable()
	if err != nil {
		return nil, fmt.Errorf("CAMEO table: %w", err)
	}
	p, err := DefaultPatterns(t)
	if err != nil {
		return nil, fmt.Errorf("CAMEO patterns: %w", err)
	}
	dv, err := DefaultDerived(t)
	if err != nil {
		return nil, fmt.Errorf("CAMEO derived codes: %w", err)
	}
	ot, err := DefaultOffTopic()
	if err != nil {
		return nil, fmt.Errorf("off-topic phrases: %w", err)
	}
	id, err := DefaultIdioms(p)
	if err != nil {
		return nil, fmt.Errorf("CAMEO idioms: %w", err)
	}
	na, err := DefaultNonAgents()
	if err != nil {
		return nil, fmt.Errorf("CAMEO non-agents: %w", err)
	}
	return &Stage{Table: t, Patterns: p, Derived: dv, OffTopic: ot, Idioms: id, NonAgent: na, Ent: ent}, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "cameo" }

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	focus := focusPlace(d)
	year := publicationYear(d)
	cues := s.OffTopic.find(d)
	for _, sent := range d.Sentences {
		evs := s.Sentence(d, sent)
		if len(evs) == 0 {
			continue
		}
		old := retold(d, sent, year)
		off := ""
		if s.OffTopic != nil {
			off = s.OffTopic.caveat(cues, sent)
		}
		for _, ev := range evs {
			ev.ID = "v" + strconv.Itoa(len(d.Events)+1)
			if ev.Place == nil {
				ev.Place = focus
			}
			switch {
			case off != "":
				setAside(&ev, off+": its verbs name no political event")
			case old != "" && !historic(ev.Date.Value, year):
				setAside(&ev, "the sentence retells history ("+old+"): which of its acts are new is unclear")
			}
			d.Events = append(d.Events, ev)
		}
	}
	return nil
}

// setAside lists an event below MinConfidence (its confidence halved) and
// says why.
func setAside(ev *doc.Event, caveat string) {
	ev.Caveat = caveat
	ev.Confidence = float64(int(ev.Confidence*50+0.5)) / 100
}

// trigger is a matched pattern in a sentence.
type trigger struct {
	p          *Pattern
	sub        bool // in a subordinate clause, an adjunct, or a noun
	background bool // told in passing: a reduced relative or a temporal clause
	alleged    bool // reported by a claim or an allegation ("claimed that ISIL had attacked")
	at, end    int  // token range of the trigger words
	objectEnd  int  // last token of the matched object, or -1
	negated    bool
	hypo       bool
	passive    bool
	complement bool // the trigger is the complement of another trigger ("threatened to shutter")
	sawNot     bool // a "not" stands in the verb group
	intent     int  // index of a commissive word ("agreed to", "pledged to"), or -1
	must       int  // index of "must" or "should" in the verb group, or -1
	obj, subj  int  // the actor urged (appeal's target, the act's subject), or -1
	means      int  // first token of the act's means ("in an air strike"), or -1
	meansEnd   int
	accident   string // a cause that is no one's act ("crash"), or ""
}

// Sentence codes the events of one sentence.
func (s *Stage) Sentence(d *doc.Document, sent doc.Span) []doc.Event {
	actors, toks := s.Ent.Actors(d, sent)
	if len(toks) == 0 {
		return nil
	}
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t.Text(d.Text))
	}
	inActor := make([]int, len(toks))
	for i := range inActor {
		inActor[i] = -1
	}
	for k, a := range actors {
		for i := a.First; i <= a.Last && i < len(toks); i++ {
			inActor[i] = k
		}
	}
	var trigs []trigger
	for i := range toks {
		if toks[i].Kind != token.Word || inActor[i] >= 0 && actors[inActor[i]].Type != "ROLE" {
			continue
		}
		w := toks[i].Text(d.Text)
		if i > 0 && token.IsCapitalised(w) {
			continue // a name or a month ("March"), not a verb or event noun
		}
		if inTime(d, toks[i]) {
			continue
		}
		// "a case at the court accusing Israel": an -ing form before a name
		// takes it as its object
		verbHere := !nounUse(lower, i) || strings.HasSuffix(lower[i], "ing") && i+1 < len(toks) && inActor[i+1] >= 0
		if t, ok := s.match(lower, i, false); ok && verbHere && verbEvidence(lower, i, t.p.Words[0], inActor) && !s.Idioms.objectOf(t.p.Words[0], lower, t.end) && !s.NonAgent.subjectOf(lower, i) {
			trigs = append(trigs, t)
		} else if t, ok := s.match(lower, i, true); ok && !cessation(lower, i) {
			trigs = append(trigs, t)
		}
	}
	if len(trigs) == 0 {
		return nil
	}
	// A trigger inside the words of a longer one is dropped.
	sort.SliceStable(trigs, func(i, j int) bool { return trigs[i].at < trigs[j].at })
	var kept []trigger
	for _, t := range trigs {
		if len(kept) > 0 && t.at <= kept[len(kept)-1].end {
			continue
		}
		// "imposed new sanctions on Russia", "removing the sanctions": the
		// verb's object is part of its event, not a second one; an
		// infinitive stays an act of its own ("threatened to shutter")
		if len(kept) > 0 && t.at <= kept[len(kept)-1].objectEnd && lower[t.at-1] != "to" {
			continue
		}
		kept = append(kept, t)
	}
	kept = byInstrument(lower, kept)
	s.byMeans(lower, kept)
	hasVerb := false
	for _, t := range kept {
		hasVerb = hasVerb || !t.p.Noun
	}
	for k := range kept {
		s.modality(lower, &kept[k], kept)
	}
	s.complements(lower, actors, kept)
	s.sharpenIntents(kept)
	wanted := s.wanted(lower, actors, kept)
	intents := map[int]bool{}
	srcOf := map[int][]int{}
	var out []doc.Event
	for k := range kept {
		t := &kept[k]
		if t.p.negForm && !t.sawNot {
			continue // "not provide": only a refusal when negated
		}
		t.sub = subordinate(lower, t) || t.p.Noun && hasVerb && !announcedNoun(lower, t)
		t.background = background(lower, actors, t, kept)
		t.alleged = allegedAct(lower, t)
		src, tgt := s.roles(lower, actors, t)
		if t.p.Reverse {
			src, tgt = tgt, src // "received weapons from the government"
		}
		if t.obj >= 0 {
			tgt = []int{t.obj}
		}
		if t.subj >= 0 {
			src = []int{t.subj}
		} else if j := resultOf(lower, kept, k); j >= 0 && kept[j].p.Code[:2] == t.p.Code[:2] {
			continue // "shelled Kharkiv, killing five civilians": one attack
		} else if j := purposeOf(lower, kept, k); j >= 0 {
			same := kept[j].p.Code[:2] == t.p.Code[:2] ||
				kept[j].p.Code[:2] == "14" && strings.HasPrefix(lower[t.at], "protest") // "blocked highways to protest"
			if same && !t.hypo {
				continue // "met with Assad to discuss": one meeting
			}
			if len(srcOf[j]) > 0 {
				src = srcOf[j] // "sent inspectors to investigate": the sender investigates
			}
		}
		// "Russia said it had attacked": the pronoun is the speaker
		r, speaker := -1, -1
		if !t.p.Noun {
			if r, speaker = reportedBy(lower, actors, t.at); r >= 0 && len(src) == 0 && !t.passive && pronounSubject(lower, r, t.at) {
				src = []int{speaker}
			}
		}
		srcOf[k] = src
		// A speaker's report of an attack by another accuses it (112), and
		// the attack is then the accuser's account, listed below
		// MinConfidence; of its own attack, the speaker claims it (015):
		// "The US claimed that ISIL had attacked Iraq", "Russia said it had
		// struck the base".
		var claim *trigger
		var claimBy, claimAt []int
		if r >= 0 && speaker >= 0 && !t.hypo && !t.negated && !t.background && violent(t.p.Code) && len(src) > 0 {
			code, by, at := "112", []int{speaker}, src
			if src[0] == speaker || sameCountry(actors[src[0]].Code, actors[speaker].Code) && actors[src[0]].Code != "" {
				code, at = "015", tgt
			}
			if s.Table[code] != nil {
				claim, claimBy, claimAt = about(t, code, lower, r), by, at
				claim.sub, claim.obj, claim.subj, claim.alleged = false, -1, -1, false
				if code == "112" {
					t.alleged = true
				}
			}
		}
		evs := s.events(d, sent, toks, lower, actors, t, src, tgt)
		if t.accident != "" {
			for i := range evs {
				setAside(&evs[i], "an accident or a natural cause ("+t.accident+"): no one's act")
			}
		}
		out = append(out, evs...)
		if claim != nil {
			out = append(out, s.events(d, sent, toks, lower, actors, claim, claimBy, claimAt)...)
		}
		// "X agreed to lift the sanctions": the commitment is an event of
		// its own, though the lifting has not happened.
		if t.hypo && !t.negated && t.intent >= 0 && !triggeredAt(kept, t.intent) && !intents[t.intent] {
			code := s.Derived.Code("intent", t.p.Code)
			if t.p.Code[:2] == "03" {
				code = t.p.Code // "will send a team" (036) is itself the intent
			}
			if code != "" && s.Table[code] != nil && (code[:2] != t.p.Code[:2] || code[:2] == "03") {
				intents[t.intent] = true // "will meet ... to discuss": one intent
				it := about(t, code, lower, t.intent)
				if len(tgt) == 0 && len(src) > 1 && symmetric(t.p.Code[:2], t.p.Code) {
					// "Obama and Putin will meet": each intends to meet the other
					for _, a := range src {
						var others []int
						for _, b := range src {
							if b != a {
								others = append(others, b)
							}
						}
						out = append(out, s.events(d, sent, toks, lower, actors, it, []int{a}, others)...)
					}
				} else {
					out = append(out, s.events(d, sent, toks, lower, actors, it, src, tgt)...)
				}
			}
		}
		// "Obama wants Putin to attack Switzerland": an appeal to Putin
		// for the attack, which has not happened.
		if w, ok := wanted[k]; ok && !t.negated {
			if code := s.Derived.Code("appeal", t.p.Code); code != "" && s.Table[code] != nil {
				ap := about(t, code, lower, w.at)
				ap.sub = false
				out = append(out, s.events(d, sent, toks, lower, actors, ap, one(w.by), []int{w.of})...)
			}
		}
		// "Russia said Sudan must return the helicopter": the speaker
		// demands of the subject what it must do.
		if t.hypo && !t.negated && t.must >= 0 {
			if r, a := reportedBy(lower, actors, t.must); r >= 0 {
				if code := s.Derived.Code("demand", t.p.Code); code != "" && s.Table[code] != nil {
					dm := about(t, code, lower, r)
					dm.sub = false
					var by []int
					for _, k := range src {
						if k != a {
							by = append(by, k)
						}
					}
					out = append(out, s.events(d, sent, toks, lower, actors, dm, []int{a}, by)...)
				}
			}
		}
	}
	return out
}

// complements codes a bare appeal or demand by the act it asks for, "urged
// him to send peacekeeping troops" (0234), "demanded that Israel release
// the prisoners" (1053), and marks that act hypothetical: it is asked
// for, not done.
func (s *Stage) complements(lower []string, actors []entity.ActorSpan, kept []trigger) {
	for i := range kept {
		t := &kept[i]
		root := t.p.Code[:2]
		// appeals and demands, and pressure ("pressured Obama to help
		// Iran"): the act asked for has not happened
		if root != "02" && root != "10" && !strings.HasPrefix(lower[t.at], "pressur") {
			continue
		}
		for j := i + 1; j < len(kept); j++ {
			u := &kept[j]
			if u.at-t.end > 10 || crossesBut(lower, t.end+1, u.at, "that") {
				break
			}
			if u.p.Noun || !complementAt(lower, t.end+1, u.at) {
				continue
			}
			u.hypo = true
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

var subjectPronoun = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true}

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

// byMeans reads the means of a violent act after "in", "by" or "with":
// "killed in an air strike" (195), "wounded in Israeli tank shelling"
// (194). A bare 190 takes the means' code; the means' position is kept
// for the act's source (see roles).
func (s *Stage) byMeans(lower []string, kept []trigger) {
	for i := range kept {
		t := &kept[i]
		if t.p.Noun || t.p.Code < "18" || t.p.Code >= "21" {
			continue
		}
		// the means as the subject: "Israeli air strikes killed 20 people"
		if t.p.Code == "190" && t.at > 0 && !beForms[lower[t.at-1]] { // "a bomb was fired at" is no bombing
			for k := t.at - 1; k >= 0 && k >= t.at-4; k-- {
				if clauseBreak(lower[k]) || lower[k] == "," {
					break
				}
				if p, end := s.Patterns.means(lower, k); p != nil && end < t.at {
					if p.Accident {
						t.accident = strings.Join(p.Words, " ")
						break
					}
					q := *t.p
					q.Code = p.Code
					t.p = &q
					break
				}
			}
		}
		for k := t.end + 1; k < len(lower) && k <= t.end+4; k++ {
			if clauseBreak(lower[k]) || lower[k] == "," {
				break
			}
			if lower[k] != "in" && lower[k] != "by" && lower[k] != "with" && lower[k] != "when" {
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
	switch lower[k] {
	case "it", "they", "we":
		// "said it", "said that they", "said on Wednesday they"
		for j := r + 1; j < k; j++ {
			if lower[j] == "," || clauseBreak(lower[j]) {
				return false
			}
		}
		return k <= r+4
	}
	return false
}

// about makes the trigger of an event about t's act, at the word i that
// states it (the commitment, the wish, the report, the demand), coded
// code; the event about the act is not itself hypothetical.
func about(t *trigger, code string, lower []string, i int) *trigger {
	x := *t
	x.p = &Pattern{Code: code, Words: []string{lower[i]}, Line: t.p.Line}
	x.at, x.end, x.hypo = i, i, false
	return &x
}

// sharpenIntents gives a bare commitment the code of what it commits to:
// "agreed to lift the sanctions" is an intent to ease sanctions (0354),
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

// announcedNoun reports whether an event noun is what its clause's verb
// does: "announced a suspension of air links", "imposed a curfew".
func announcedNoun(lower []string, t *trigger) bool {
	k := t.at - 1
	for k >= 0 && (determiners[lower[k]] || isAdjectiveLike(lower[k]) || lower[k] == "full" || lower[k] == "immediate" || lower[k] == "total") {
		k--
	}
	if k < 0 {
		return false
	}
	switch lower[k] {
	case "announced", "announces", "announce", "declared", "declares", "declare", "ordered", "orders",
		"launched", "launches", "launch", "began", "begins", "staged", "stages", "held", "holds", "conducted", "carried",
		"renewed", "renews", "made", "makes", "issued", "issues", "lodged", "filed", "mounted", "resumed", "stepped":
		return true
	}
	return false
}

// wish is a "want" that asks another actor to act: at the word "want",
// by the one who wants, of the one asked.
type wish struct{ at, by, of int }

// wanted finds the acts someone wants another to do, "Obama wants Putin to
// attack", "Sharon wants Germany to pay": the act is hypothetical, its
// subject the actor asked, and no intent of the one who wants it.
func (s *Stage) wanted(lower []string, actors []entity.ActorSpan, kept []trigger) map[int]wish {
	var out map[int]wish
	for k := range kept {
		t := &kept[k]
		if t.p.Noun || t.at < 3 || lower[t.at-1] != "to" {
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

var wantWords = map[string]bool{"want": true, "wants": true, "wanted": true, "wish": true, "wishes": true, "wished": true}

// crossesBut is crosses with one boundary word allowed: "demanded that".
func crossesBut(lower []string, a, b int, allowed string) bool {
	for k := a; k < b && k < len(lower); k++ {
		if lower[k] != allowed && crosses(lower, k, k+1) {
			return true
		}
	}
	return false
}

// complementAt reports whether the verb at token v is the complement of an
// appeal or demand whose words end before token from: "to send", "to
// fully withdraw", "that Israel release".
func complementAt(lower []string, from, v int) bool {
	if lower[v-1] == "to" || v >= 2 && lower[v-2] == "to" && strings.HasSuffix(lower[v-1], "ly") {
		return true
	}
	for k := from; k < v; k++ {
		if lower[k] == "that" {
			return true
		}
	}
	return false
}

// reportedBy finds the reporting verb before token i in its sentence ("X
// said (that) ... must") and the actor just before that verb: their
// indexes, or -1.
func reportedBy(lower []string, actors []entity.ActorSpan, i int) (verb, actor int) {
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
		// "The Syrian Observatory for Human Rights, a UK-based group that
		// tracks the war, said": the sentence's subject, past its apposition
		if len(actors) > 0 && actors[0].Last < k && actors[0].First <= 2 && lower[actors[0].Last+1] != "said" {
			for j := actors[0].Last + 1; j < k; j++ {
				if clauseBreak(lower[j]) {
					return -1, -1
				}
			}
			first := 0
			for first+1 < len(actors) && actors[first+1].First == actors[first].Last+1 && actors[first+1].Last < k {
				first++ // "Syrian" "Observatory for Human Rights": the head
			}
			return k, first
		}
		return -1, -1
	}
	return -1, -1
}

// demandingVerbs report what another must do: "reiterated that Libya
// must", "issued a reminder to Iraq that it must".
var demandingVerbs = map[string]bool{"insisted": true, "declared": true, "demanded": true, "reiterated": true,
	"concluded": true, "stressed": true, "warned": true, "reminded": true, "reminder": true, "argued": true}

// match finds the most specific pattern triggered at token i.
func (s *Stage) match(lower []string, i int, noun bool) (trigger, bool) {
	cands := s.Patterns.byForm[lower[i]]
	if noun {
		cands = s.Patterns.byNoun[lower[i]]
	}
	best := trigger{objectEnd: -1}
	found, bestObj := false, 0
	for _, p := range cands {
		end, ok := followWords(lower, i, p.Words[1:])
		if !ok {
			continue
		}
		objEnd, objWords := -1, 0
		if len(p.Object) > 0 {
			if objEnd, objWords = findObject(lower, i+1, p.Object); objEnd < 0 {
				// a passive's subject is its object: "the civilians were
				// released", "sanctions were imposed on Russia"
				if objWords = passiveObject(lower, i, p.Object); objWords == 0 {
					continue
				}
			}
		}
		if p.Prep != "" && findWord(lower, end+1, p.Prep, 10) < 0 {
			continue
		}
		// the more specific pattern wins; among equals, the longer object
		// ("offer military support" over "offer support"), then the
		// finer code ("ease the curfew" 0813 over 081), then the earlier line
		sp, bp := p.specificity(), 0
		if found {
			bp = best.p.specificity()
		}
		if !found || sp > bp || sp == bp && (objWords > bestObj || objWords == bestObj && len(p.Code) > len(best.p.Code)) {
			best = trigger{p: p, at: i, end: end, objectEnd: objEnd, intent: -1, must: -1, obj: -1, subj: -1, means: -1}
			found, bestObj = true, objWords
		}
	}
	return best, found
}

// followWords checks that words follow token i (each within four tokens
// of the one before, so "pulled some staff out", "hold talks" and "ordered
// the French ambassador to leave" match).
func followWords(lower []string, i int, words []string) (int, bool) {
	at := i
	for _, w := range words {
		found := false
		for k := at + 1; k < len(lower) && k <= at+4; k++ {
			if lower[k] == w {
				at, found = k, true
				break
			}
			if clauseBreak(lower[k]) {
				break
			}
		}
		if !found {
			return i, false
		}
	}
	return at, true
}

// passiveObject finds one of objs as the subject of a passive verb at i
// ("the prisoners were freed"): within five tokens before its be-form. It
// returns the object's length in words, or 0.
func passiveObject(lower []string, i int, objs []string) int {
	be := i - 1
	for be >= 0 && be >= i-3 && (strings.HasSuffix(lower[be], "ly") || lower[be] == "not") {
		be--
	}
	if be < 1 || !beForms[lower[be]] || !(strings.HasSuffix(lower[i], "ed") || isIrregularParticiple(lower[i])) {
		return 0
	}
	if i+1 < len(lower) && lower[i+1] == "in" {
		return 0 // "forces were engaged in ethnic cleansing": a state, not a passive act
	}
	if beForms[lower[be-1]] || haveForms[lower[be-1]] {
		be-- // "have been", "are being"
	}
	for k := be - 1; k >= 0 && k >= be-8; k-- {
		if clauseBreak(lower[k]) || lower[k] == "," {
			return 0
		}
		if end, words := findObject(lower[:be], k, objs); end >= 0 && end < be {
			return words
		}
	}
	return 0
}

// findObject looks for one of the object words (or phrases) in the clause
// after token i, the longest where several start at one token; it returns
// the index of the phrase's last token and its length in words, or -1.
func findObject(lower []string, i int, objs []string) (end, words int) {
	for k := i; k < len(lower) && k < i+12; k++ {
		if clauseBreak(lower[k]) {
			return -1, 0
		}
		end, words = -1, 0
		for _, o := range objs {
			ws := strings.Fields(o)
			ok := k+len(ws) <= len(lower) && len(ws) > words
			for j := 0; ok && j < len(ws); j++ {
				ok = lower[k+j] == ws[j] || j == len(ws)-1 && lower[k+j] == ws[j]+"s"
			}
			if ok {
				end, words = k+len(ws)-1, len(ws)
			}
		}
		if end >= 0 {
			return end, words
		}
	}
	return -1, 0
}

func findWord(lower []string, i int, w string, window int) int {
	for k := i; k < len(lower) && k < i+window; k++ {
		if lower[k] == w {
			return k
		}
		if clauseBreak(lower[k]) {
			return -1
		}
	}
	return -1
}

func clauseBreak(w string) bool {
	switch w {
	case ";", ".", ":", "—", "–", "but", "while", "whereas", "although", "because":
		return true
	}
	return false
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "that": true, "these": true, "those": true, "our": true, "another": true,
	"any": true, "no": true, "each": true, "every": true, "such": true, "'s": true, "’s": true}

// nounUse reports whether a verb form is used as a noun ("the attack",
// "a strike"), in which case only noun patterns apply.
func nounUse(lower []string, i int) bool {
	if i == 0 {
		return false
	}
	w := lower[i]
	// "promises of", "threats against": a plural noun with its complement;
	// "government forces in the city", "attacks on Monday.": an -s form
	// with no object is a plural noun
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (i+1 == len(lower) || nounFollower[lower[i+1]]) {
		return true
	}
	// "10 assists", "two attacks": a count makes a plural noun; "thanks to"
	// is a preposition; "protests exploding": a subject before its verb
	if strings.HasSuffix(w, "s") && (isNumberWord(lower[i-1]) || w == "thanks" ||
		i+1 < len(lower) && (strings.HasSuffix(lower[i+1], "ing") || strings.HasSuffix(lower[i+1], "ed")) && len(lower[i+1]) > 5) {
		return true
	}
	// "initial public offering", "the world record signing": an -ing form
	// after a modifier that takes no verb is a noun
	if strings.HasSuffix(w, "ing") && !verbGroupWord(lower[i-1]) && !strings.HasSuffix(lower[i-1], "ly") && isWordLike(lower[i-1]) &&
		!(i+1 < len(lower) && verbObjectStart[lower[i+1]]) {
		return true
	}
	// "the exiled leaders", "two imprisoned journalists": a participle
	// between a determiner or a count and its noun is an adjective
	if (strings.HasSuffix(w, "ed") || isIrregularParticiple(w)) && i+1 < len(lower) && modifierSlot(lower[i-1], lower[i+1]) {
		return true
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && !determiners[lower[i-1]] {
		return false
	}
	// "the attack", "a deadly attack", "an armed force"
	return determiners[lower[i-1]] || i >= 2 && determiners[lower[i-2]] && (isAdjectiveLike(lower[i-1]) || strings.HasSuffix(lower[i-1], "ed"))
}

// verbGroupWord reports words after which an -ing form is a verb: be,
// prepositions that take gerunds, conjunctions, punctuation.
func verbGroupWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "by", "for", "after", "before", "while",
		"of", "in", "on", "without", "from", "and", "or", "but", "to", "not", "n't", "also", "still", "then", "now",
		"begin", "began", "begun", "started", "start", "stop", "stopped", "keep", "kept", "continue", "continued",
		"avoid", "avoided", "consider", "considering", "finish", "finished", "resumed", "resume", "at", "about", "against", "as", "with", "since", "when", "who", "which", "that":
		return true
	}
	return false
}

// modifierSlot reports whether a word between prev and next modifies a
// noun: prev a determiner or a count, next a word that is neither a
// preposition nor a determiner ("the exiled leaders", not "the troops
// that attacked the base").
func modifierSlot(prev, next string) bool {
	switch prev {
	case "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "another", "'s", "’s",
		"with", "of", "for", "from", "against", "among", "on", "about",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
		"thousands", "several", "many", "some":
	default:
		if prev == "" || prev[0] < '0' || prev[0] > '9' {
			return false
		}
	}
	if !isWordLike(next) || determiners[next] || verbGroupWord(next) {
		return false
	}
	switch next {
	case "into", "over", "under", "through", "near", "across", "toward", "towards", "up", "down", "out", "off", "back", "away":
		return false
	}
	return true
}

func isWordLike(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

func isAdjectiveLike(w string) bool {
	return strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ous") ||
		strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ful") || w == "new" || w == "major" || w == "deadly" ||
		w == "fresh" || w == "brutal" || w == "surprise" || w == "temporary" || w == "partial"
}

// inTime reports whether a token lies inside a time expression.
func inTime(d *doc.Document, t token.Token) bool {
	for _, x := range d.Times {
		if x.In == "" && t.Start >= x.Start && t.End <= x.End {
			return true
		}
	}
	return false
}

// verbObjectStart words after an -ing form show it a verb taking its
// complement ("a declaration demanding that", "urging him to send").
var verbObjectStart = map[string]bool{"that": true, "him": true, "her": true, "them": true, "us": true, "it": true,
	"the": true, "a": true, "an": true, "his": true, "their": true, "its": true}

// nounFollower words after an -s form show it a plural noun, not a verb
// (a verb would have its object or "to" there).
var nounFollower = map[string]bool{"of": true, "against": true, "in": true, "on": true, "at": true, "near": true,
	"from": true, "during": true, ".": true, ",": true, ";": true, ":": true, "and": true, "were": true, "are": true,
	"have": true, "had": true, "loyal": true, "backed": true, "across": true, "amid": true, "after": true,
	"before": true, "into": true, "throughout": true, "by": true}

// verbEvidence accepts an inflected verb form as a verb; a bare form
// ("travel") only after a word that takes a verb: to, a modal, a pronoun,
// a negation, or an actor.
func verbEvidence(lower []string, i int, lemma string, inActor []int) bool {
	w := lower[i]
	if w != lemma {
		return true
	}
	if i == 0 {
		return true
	}
	k := i - 1
	for k > 0 && strings.HasSuffix(lower[k], "ly") {
		k-- // "to fully withdraw"
	}
	p := lower[k]
	switch p {
	case "to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "do", "does",
		"not", "n't", "they", "we", "i", "you", "he", "she", "it", "also", "and", "then", "jointly", "'ll",
		"today", "now", "again", "still", "tonight", "finally", "immediately", "formally", "officially":
		return true
	}
	if inActor[k] >= 0 || strings.HasSuffix(p, "s") && len(p) > 3 && !strings.HasSuffix(p, "ss") {
		return true
	}
	return false
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// futureModal words announce their subject's own act.
var futureModal = map[string]bool{"will": true, "'ll": true, "shall": true}

var modals = map[string]bool{"could": true, "would": true, "might": true, "may": true, "should": true,
	"can": true, "must": true, "'d": true, "will": true, "'ll": true, "shall": true}

// intentWords before "to" make the following event hypothetical: "plans
// to attack", "threatened to shutter", "option to withdraw".
var intentWords = map[string]bool{"plan": true, "plans": true, "planned": true, "planning": true, "intend": true,
	"intends": true, "intended": true, "want": true, "wants": true, "wanted": true, "threaten": true,
	"threatens": true, "threatened": true, "threatening": true, "option": true, "options": true, "plan's": true,
	"proposal": true, "decision": true, "hope": true, "hopes": true, "hoped": true,
	"seek": true, "seeks": true, "sought": true, "aim": true, "aims": true, "try": true, "tries": true,
	"tried": true, "attempt": true, "attempted": true, "expected": true, "likely": true, "ready": true,
	"prepared": true, "preparing": true, "prepare": true, "willing": true, "possibility": true, "considering": true,
	"consider": true, "weighing": true, "vowed": true, "vow": true, "vows": true, "pledged": true, "promised": true,
	"scheduled": true, "set": true, "going": true, "would": true, "could": true,
	"seeking": true, "hoping": true, "trying": true, "aiming": true, "wanting": true, "intending": true,
	"attempting": true, "vowing": true, "pledging": true, "promising": true, "offering": true, "agreeing": true}

func triggeredAt(ts []trigger, i int) bool {
	for _, t := range ts {
		if t.at <= i && i <= t.end {
			return true
		}
	}
	return false
}

// commissive words commit their subject to the act that follows: saying
// so is itself an event (CAMEO's 03 express intent, 13 threaten).
var commissive = map[string]bool{"agree": true, "agreed": true, "agrees": true, "pledge": true, "pledged": true,
	"pledges": true, "promise": true, "promised": true, "promises": true, "vow": true, "vowed": true, "vows": true,
	"offer": true, "offered": true, "offers": true, "ready": true, "prepared": true, "willing": true, "plan": true,
	"plans": true, "planned": true, "planning": true, "intend": true, "intends": true,
	"intended": true, "committed": true, "sworn": true, "swore": true, "threatened": true, "threaten": true, "threatens": true,
	"scheduled": true, "due": true, "want": true, "wants": true, "wanted": true, "hope": true, "hopes": true,
	"hoped": true, "wish": true, "wishes": true, "wished": true}

var negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true,
	"without": true, "refused": true, "refuse": true, "refuses": true, "declined": true, "denied": true, "deny": true,
	"denies": true, "failed": true, "fail": true}

// modality sets negation, hypothetical and passive flags of a trigger by
// reading its verb group and its clause.
func (s *Stage) modality(lower []string, t *trigger, all []trigger) {
	// Passive: "was attacked by", "were released".
	if !t.p.Noun && t.at > 0 && strings.HasSuffix(lower[t.at], "ed") || !t.p.Noun && isIrregularParticiple(lower[t.at]) {
		for k := t.at - 1; k >= 0 && k >= t.at-3; k-- {
			if beForms[lower[k]] || lower[k] == "been" || lower[k] == "get" || lower[k] == "got" {
				t.passive = !strings.HasSuffix(lower[t.at], "ing")
				break
			}
			if lower[k] != "not" && lower[k] != "n't" && !strings.HasSuffix(lower[k], "ly") {
				break
			}
		}
	}
	// The verb group and the words before it in the clause.
	for k := t.at - 1; k >= 0 && k >= t.at-8; k-- {
		w := lower[k]
		if clauseBreak(w) || w == "," && k < t.at-2 {
			break
		}
		switch {
		case (w == "not" || w == "n't") && k+2 < len(lower) && (lower[k+1] == "ruled" || lower[k+1] == "rule") && lower[k+2] == "out":
			// "has not ruled out sending troops": possible, not denied
			t.hypo = true
		case negWords[w]:
			// "refused to", "no decision has been made to close": negated
			if !t.p.negForm {
				t.negated = true
			}
		case modals[w]:
			t.hypo = true
			// "Finland will give Tanzania a grant": saying so is an intent
			// (CAMEO codes announced future acts under 03 and 13)
			if (futureModal[w] || w == "would" && !t.passive && k > 0 && subjectPronoun[lower[k-1]] && reportedBefore(lower, k-1)) && t.intent < 0 {
				t.intent = k
			}
			if (w == "must" || w == "should") && t.must < 0 {
				t.must = k
			}
		case w == "to" && k > 0 && (intentWords[lower[k-1]] || commissive[lower[k-1]] && lower[k-1] != "due" || lower[k-1] == "due" && !t.p.Noun && lower[t.at] == t.p.Words[0]):
			t.hypo = true
			if commissive[lower[k-1]] && t.intent < 0 {
				t.intent = k - 1
			}
		case w == "to" && k > 1 && (intentWords[lower[k-2]] || commissive[lower[k-2]]):
			t.hypo = true
			if commissive[lower[k-2]] && t.intent < 0 {
				t.intent = k - 2
			}
		case w == "to" && k > 2 && timeAdverbialLen(lower, k) > 0:
			// "agreed on Tuesday to resume talks"
			if c := k - 1 - timeAdverbialLen(lower, k); c >= 0 && (intentWords[lower[c]] || commissive[lower[c]]) {
				t.hypo = true
				if commissive[lower[c]] && t.intent < 0 {
					t.intent = c
				}
			}
		case w == "if" || w == "whether" || w == "unless":
			t.hypo = true
		case hedges[w] && k+1 < len(lower) && lower[k+1] == "to":
			// "a missile believed to be fired by rebels": not known done
			t.hypo = true
		}
		if w == "not" || w == "n't" || w == "never" {
			t.sawNot = true
		}
		if t.p.negForm && (w == "not" || w == "n't") {
			t.negated = false
		}
	}
	// Nominal triggers governed by an intent word: "the option to fully
	// withdraw staff", "no decision has been made to close".
	if t.at >= 2 && lower[t.at-1] == "to" {
		for k := t.at - 2; k >= 0 && k >= t.at-8; k-- {
			if intentWords[lower[k]] {
				t.hypo = true
			}
			if lower[k] == "no" {
				t.negated = true
			}
		}
	}
	// A purpose takes the modality of the act it serves: "will send a
	// team in the next 48 hours to help identify victims" is still ahead,
	// "sent personnel to investigate" is under way. Verbs that carry the
	// act out ("managed to", "voted to") leave it as it is.
	if !t.p.Noun && t.at >= 2 && lower[t.at-1] == "to" && !t.hypo && !t.complement && !realGovernors[lower[t.at-2]] {
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
	if !t.p.Noun && t.at > 0 && strings.HasSuffix(lower[t.at], "ing") && (lower[t.at-1] == "against" || lower[t.at-1] == "from" && t.at > 1 && (lower[t.at-2] == "barred" || lower[t.at-2] == "banned" || lower[t.at-2] == "prevented" || lower[t.at-2] == "stopped")) {
		t.hypo = true
	}
	// A refusal ("would not provide") is a refusal, not a hypothesis.
	if t.p.negForm && t.sawNot {
		t.hypo = false
	}
	// "neither confirmed nor denied": both negated.
	if t.at > 0 && (lower[t.at-1] == "neither" || lower[t.at-1] == "nor") {
		t.negated = true
	}
	// An "if" clause after the trigger in the same sentence marks a
	// complement as conditional only for the complement ("threatened to
	// shutter ... if"): the threat itself stays an event.
	_ = all
}

// hedges before "to" leave the act unconfirmed.
var hedges = map[string]bool{"believed": true, "thought": true, "suspected": true, "alleged": true,
	"rumoured": true, "rumored": true, "presumed": true, "reported": true, "said": true, "claimed": true,
	"claims": true, "claim": true, "appears": true, "appeared": true, "seems": true, "seemed": true}

// resultOf finds the verb trigger whose outcome a participle after a
// comma tells ("struck Gaza, killing 12 people"): the nearest verb before
// it in its sentence, or -1.
func resultOf(lower []string, kept []trigger, k int) int {
	t := &kept[k]
	if t.p.Noun || t.at < 2 || lower[t.at-1] != "," || !strings.HasSuffix(lower[t.at], "ing") {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if u := &kept[j]; !u.p.Noun && !u.hypo {
			return j
		}
	}
	return -1
}

// purposeOf finds the verb trigger whose purpose trigger k states ("met
// with Assad to discuss"): the nearest verb before it in its clause, or -1.
func purposeOf(lower []string, kept []trigger, k int) int {
	t := &kept[k]
	if t.p.Noun || t.at < 2 || lower[t.at-1] != "to" || realGovernors[lower[t.at-2]] {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		u := &kept[j]
		if u.p.Noun {
			continue
		}
		if t.at-u.end > 14 {
			return -1
		}
		for m := u.end + 1; m < t.at; m++ {
			if clauseBreak(lower[m]) || lower[m] == "," {
				return -1
			}
		}
		if (u.p.Code[:2] == "02" || u.p.Code[:2] == "10" || u.p.Code[:2] == "17") && u.obj >= 0 {
			return -1 // "urged Putin to withdraw": the one urged acts
		}
		return j
	}
	return -1
}

// allegedAct reports whether an act is the content of a claim or an
// allegation ("The US claimed that ISIL had attacked Iraq", "a report
// alleged that France helped train the militias"): a contested report,
// listed below MinConfidence beside the accusation it makes.
func allegedAct(lower []string, t *trigger) bool {
	for k := t.at - 1; k >= 0 && k >= t.at-20; k-- {
		switch lower[k] {
		case "claimed", "claims", "alleged", "alleges", "alleging", "allegedly", "purportedly", "charged":
			return k < t.at-1 || lower[k] == "allegedly" || lower[k] == "purportedly"
		case ";", ".":
			return false
		}
	}
	return false
}

// timeAdverbialLen gives the length in tokens of a short time phrase ("on
// Tuesday", "last week", "yesterday") that ends just before "to" at k, or 0.
func timeAdverbialLen(lower []string, k int) int {
	switch {
	case k >= 2 && (lower[k-2] == "on" || lower[k-2] == "last" || lower[k-2] == "this" || lower[k-2] == "in") && timeWords[lower[k-1]]:
		return 2
	case k >= 1 && (lower[k-1] == "yesterday" || lower[k-1] == "today" || lower[k-1] == "earlier"):
		return 1
	}
	return 0
}

// realGovernors before "to" carry out the act that follows.
var realGovernors = map[string]bool{"managed": true, "continued": true, "continues": true, "began": true, "begun": true,
	"begins": true, "started": true, "starts": true, "helped": true, "used": true, "had": true, "has": true, "have": true,
	"came": true, "tended": true, "proceeded": true, "got": true, "voted": true, "votes": true, "forced": true,
	"moved": true, "compelled": true, "obliged": true, "rushed": true, "scrambled": true, "able": true,
	"on": true, "went": true, "returned": true, "due": true}

func isIrregularParticiple(w string) bool {
	switch w {
	case "shot", "hit", "struck", "held", "seized", "taken", "beaten", "slain", "blown", "freed", "sent", "cut", "shut", "withdrawn", "caught", "thrown", "given", "killed", "made", "put", "sold", "won", "lost", "left":
		return true
	}
	return false
}

// subordinate reports whether a trigger sits in a relative clause ("who
// had been arrested"), or is a participle after a comma or a preposition
// (", killing", "for helping"), rather than the main verb of its clause.
func subordinate(lower []string, t *trigger) bool {
	if t.p.Noun {
		return false
	}
	w := lower[t.at]
	if strings.HasSuffix(w, "ing") && t.at > 0 {
		switch lower[t.at-1] {
		case ",", "by", "for", "after", "before", "while", "of", "in", "without", "from", "with":
			return true
		}
	}
	for k := t.at - 1; k >= 0 && k >= t.at-6; k-- {
		switch lower[k] {
		case "who", "which", "whom", "whose":
			return true
		case ",", ";", "said", "says", "told":
			return false
		}
	}
	return false
}

// background reports whether a verb trigger is told in passing rather
// than reported: a participle that modifies a noun ("victims killed by the
// crash", "the civilians imprisoned for acting against Moscow were
// released", "a report released Tuesday") or a verb in a temporal clause
// ("two weeks after rebels kidnapped dozens of peacekeepers"). Such
// events are listed with a confidence below MinConfidence.
func background(lower []string, actors []entity.ActorSpan, t *trigger, all []trigger) bool {
	if t.at == 0 {
		return false
	}
	if t.p.Noun {
		// "held talks ... during a surprise visit to Beirut": a noun in a
		// time adjunct sets the scene of the main verb's event
		hasVerb := false
		for _, u := range all {
			hasVerb = hasVerb || !u.p.Noun && u.at < t.at
		}
		for k := t.at - 1; k >= 0 && k >= t.at-4 && hasVerb; k-- {
			switch lower[k] {
			case "during", "after", "before", "since", "amid", "following", "until", "ahead":
				return true
			}
			if clauseBreak(lower[k]) || lower[k] == "," {
				break
			}
		}
		return false
	}
	// a relative clause: "a member of Hamas who had been arrested 15
	// months ago", "the militant group that has seized parts of Iraq"
	for k := t.at - 1; k >= 1 && k >= t.at-4; k-- {
		w := lower[k]
		if w == "who" || w == "which" || w == "that" && relativeThat(lower, k) {
			return true
		}
		if !(haveForms[w] || beForms[w] || modals[w] || strings.HasSuffix(w, "ly") || w == "not" || w == "also") {
			break
		}
	}
	if t.passive {
		return false
	}
	w := lower[t.at]
	// a temporal clause: the conjunction, its subject, the verb
	for k := t.at - 1; k >= 0 && k >= t.at-8; k-- {
		if clauseBreak(lower[k]) || lower[k] == "," {
			break
		}
		if temporalConj[lower[k]] && k < t.at-1 {
			return true
		}
	}
	// a reduced relative: noun, participle, then a preposition or a date
	if !(strings.HasSuffix(w, "ed") || isIrregularParticiple(w)) || t.end+1 >= len(lower) {
		return false
	}
	prev := lower[t.at-1]
	if !isWordLike(prev) || timeWords[prev] || determiners[prev] || pronouns[prev] || beForms[prev] || haveForms[prev] || modals[prev] || prev == "to" || prev == "not" || strings.HasSuffix(prev, "ly") {
		return false
	}
	for _, a := range actors {
		if a.Last == t.at-1 && a.Type != "ROLE" {
			return false // "Israel released": a name is a subject
		}
	}
	switch lower[t.end+1] { // after the pattern's particles: "handed over 700 kg" is no relative
	case "by", "for", "of", "in", "on", "at", "during", "last", "since", "after", "as", "earlier", "over",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today":
	default:
		return false
	}
	// the noun is an object ("identify victims killed"), after a
	// preposition ("a raft of officials accused of"), or the subject of a
	// verb still to come ("the civilians imprisoned ... were released")
	n := t.at - 1
	for n > 0 && isAdjectiveLike(lower[n-1]) && !determiners[lower[n-1]] {
		n--
	}
	if n > 0 && (determiners[lower[n-1]] || isNumberWord(lower[n-1])) {
		n--
	}
	if n > 0 && (prepositions[lower[n-1]] || n > 1 && lower[n-2] == "to") {
		return true
	}
	finite := func(k int) bool {
		w := lower[k]
		if beForms[w] && k > 0 && lower[k-1] == "there" {
			return false // "There were 10 soldiers killed": the main predicate
		}
		if beForms[w] || haveForms[w] || modals[w] || reportingVerbs[w] {
			return true
		}
		for _, u := range all {
			if !u.p.Noun && u.at == k && k > 0 && !prepositions[lower[k-1]] && !determiners[lower[k-1]] {
				return true
			}
		}
		return false
	}
	// a verb before the noun: "Israel released the mayor, a member of a
	// movement jailed over a year ago", "will help identify victims killed"
	for k := n - 1; k >= 0; k-- {
		if clauseBreak(lower[k]) || lower[k] == "and" || lower[k] == "who" || lower[k] == "which" {
			break
		}
		if finite(k) {
			return true
		}
	}
	// a verb after it: "a report released Tuesday in the capital alleged";
	// but "Rebels attacked on Monday, officials said" is a main clause
	for k := t.end + 2; k < len(lower) && k < t.end+16; k++ {
		if clauseBreak(lower[k]) || lower[k] == "," || pronouns[lower[k]] || temporalConj[lower[k]] || lower[k] == "to" || lower[k] == "unless" || lower[k] == "if" {
			break
		}
		if finite(k) {
			return true
		}
	}
	return false
}

// relativeThat reports whether "that" at k opens a relative clause ("the
// group that has seized") rather than a reported one ("said that").
func relativeThat(lower []string, k int) bool {
	if k == 0 {
		return false
	}
	p := lower[k-1]
	if reportingVerbs[p] || demandingVerbs[p] || intentWords[p] || commissive[p] || !isWordLike(p) {
		return false
	}
	switch p {
	case "so", "such", "now", "believe", "believes", "believed", "think", "thinks", "thought", "know", "knew",
		"known", "clear", "sure", "fact", "hope", "hoped", "fear", "feared", "ensure", "argue", "argued", "show", "showed":
		return false
	}
	return !strings.HasSuffix(p, "ed") // "agreed that", "announced that"
}

var temporalConj = map[string]bool{"after": true, "before": true, "since": true, "when": true, "as": true, "until": true}

var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true, "morning": true, "night": true,
	"evening": true, "afternoon": true, "week": true, "month": true, "year": true, "weekend": true, "recently": true,
	"later": true, "earlier": true, "also": true, "again": true, "then": true, "outright": true}

var haveForms = map[string]bool{"has": true, "have": true, "had": true}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "who": true, "which": true, "that": true}

var prepositions = map[string]bool{"of": true, "for": true, "to": true, "with": true, "from": true, "among": true, "on": true, "against": true, "about": true, "by": true}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "many", "some":
		return true
	}
	return false
}

// roles picks the source and target actors of a trigger.
func (s *Stage) roles(lower []string, actors []entity.ActorSpan, t *trigger) (src, tgt []int) {
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
		if locative(lower, a) && k > 0 && t.at > 0 && lower[t.at-1] == "to" {
			continue // "will meet in Zurich to discuss": a place, not the subject
		}
		// (the first actor of the sentence may stand for the unnamed subject's
		// country, "a report released in the Rwandan capital alleged", unless it
		// is a role: "exploded near a police checkpoint")
		if !t.p.Noun && afterPreposition(lower, a) && (k > 0 || a.Type == "ROLE") {
			continue // "gathered outside the parliament to protest": no subject
		}
		if t.p.Noun && !modifies(lower, a, t.at) && !announcedNoun(lower, t) {
			break // "condemned the attack on its embassy": the subject is no attacker
		}
		left = k
		// "Opponents of Rwanda's Senate protested": the head of the phrase
		// acts, not the one it is "of"
		// "The US commander in Iraq, General David Petraeus, held talks":
		// an uncoded name in apposition stands for the coded phrase before it
		comma := -1
		if a.First > 0 && lower[a.First-1] == "," {
			comma = a.First - 1
		} else if a.First > 1 && lower[a.First-2] == "," {
			comma = a.First - 2 // "..., General David Petraeus"
		}
		if a.Code == "" && comma > 0 {
			// the phrase must end at the comma ("Before leaving for
			// Beijing on Thursday, President Bush" is no apposition); a
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
			if b.Last+2 == cur.First && (lower[b.Last+1] == "'s" || lower[b.Last+1] == "’s") {
				h-- // "Rwanda's Senate": the possessor and its noun are one phrase
				continue
			}
			if b.Last+2 != cur.First || lower[b.Last+1] != "of" && lower[b.Last+1] != "from" || b.Type != "ROLE" {
				break
			}
			h--
			left = h
		}
		break
	}
	// "Israeli jets struck Gaza, killing 12 people": a participle after a
	// comma shares the subject of its sentence.
	if !t.p.Noun && t.at > 1 && lower[t.at-1] == "," && strings.HasSuffix(lower[t.at], "ing") && len(actors) > 0 && actors[0].Last < t.at-1 && actors[0].First <= 2 {
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
	byAgent := -1
	if !t.p.Noun && t.end > t.at+1 {
		// "ordered the French ambassador to leave": the object inside the
		// trigger's words
		for k, a := range actors {
			// (not "military" of "resume military talks", nor the army of
			// "put the army on high alert")
			if a.First > t.at && a.Last < t.end && !slices.Contains(t.p.Words, lower[a.Last]) && t.p.Code[:2] != "15" && (a.First < a.Last || a.Type != "ROLE") {
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
		if right < 0 && a.First >= from && !(symmetric(t.p.Code[:2], t.p.Code) && locative(lower, a) && (t.p.Prep == "" || lower[a.First-1] != t.p.Prep)) {
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
	}
	if t.passive {
		// "X was attacked by Y": Y did it to X.
		var by int = byAgent
		if by < 0 && t.means >= 0 {
			by = meansAgent(lower, actors, t)
		}
		if by < 0 && t.p.Code >= "18" && t.p.Code < "21" {
			// "a mortar bomb was fired at it from the Gaza Strip"
			for k, a := range actors {
				if a.First > t.end && a.First > 1 && (lower[a.First-1] == "from" || lower[a.First-1] == "the" && lower[a.First-2] == "from") && !crosses(lower, t.end+1, a.First) {
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
	src, tgt = one(left), one(right)
	// A target of the source's own country is not the other party: look
	// further ("the US ... withdrawing staff from the US Embassy in
	// Baghdad" targets Iraq).
	if left >= 0 && right >= 0 && sameCountry(actors[left].Code, actors[right].Code) && side(actors[left].Code) == side(actors[right].Code) {
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

// byBefore reports whether "by" stands shortly before token i, with only
// a determiner, a collective noun and "of" between: "by the army", "by a
// mob of protesters".
func byBefore(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := lower[k]; {
		case w == "by":
			return true
		case determiners[w] || w == "of" || w == "group" || w == "mob" || w == "crowd" || w == "band" || w == "gang" || isNumberWord(w):
		default:
			return false
		}
	}
	return false
}

// chargePreps introduce what a party is charged with, blamed for or
// criticized over, after the party itself.
var chargePreps = map[string]bool{"of": true, "for": true, "over": true, "with": true}

// afterPreposition reports whether an actor phrase is the object of a
// preposition (past its determiners), which no subject is: "outside the
// parliament", "in the capital". "of" and "by" phrases are read elsewhere.
func afterPreposition(lower []string, a entity.ActorSpan) bool {
	k := a.First - 1
	for k >= 0 && determiners[lower[k]] {
		k--
	}
	if k < 0 {
		return false
	}
	switch lower[k] {
	case "in", "at", "near", "outside", "inside", "into", "on", "over", "under", "across", "to", "toward", "towards", "with", "for", "against", "around", "behind":
		return true
	}
	return false
}

// modifies reports whether an actor phrase stands right before an event
// noun at n, as its agent: "Israeli air strikes", "the US' killing", "a
// government offensive" (determiners, adjectives and the possessive may
// come between).
func modifies(lower []string, a entity.ActorSpan, n int) bool {
	for k := a.Last + 1; k < n; k++ {
		w := lower[k]
		if w == "'s" || w == "’s" || w == "'" || w == "’" || determiners[w] || isAdjectiveLike(w) || w == "latest" || w == "recent" || w == "first" || w == "suicide" || w == "air" || w == "tank" || w == "military" {
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
func locative(lower []string, a entity.ActorSpan) bool {
	if a.Type != "GPE" || a.First == 0 {
		return false
	}
	switch lower[a.First-1] {
	case "in", "at", "near", "outside", "inside":
		return true
	}
	return false
}

// meansAgent finds who used the means of a passive act: the actor that
// modifies it ("in Israeli tank shelling") or follows it after "by" ("in
// an air strike by government forces"), or -1.
func meansAgent(lower []string, actors []entity.ActorSpan, t *trigger) int {
	for k, a := range actors {
		if a.First > t.end && a.First <= t.meansEnd && a.Last >= t.means-3 && a.Last <= t.meansEnd {
			return k
		}
		if a.First > t.meansEnd && a.First <= t.meansEnd+3 && lower[a.First-1] == "by" {
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

func sameCountry(a, b string) bool { return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] }

// crosses reports whether tokens [a, b) hold a clause boundary a role
// cannot cross: a reporting verb's complement, a relative pronoun, a
// semicolon.
func crosses(lower []string, a, b int) bool {
	for k := a; k < b && k < len(lower); k++ {
		switch lower[k] {
		case ";", "that", "said", "says", "say", "told", "according", "reported", "added", "claimed", "stated", "announced", "which", "who", "whom", "whose", "where", "when", "after", "before", "as", "amid", "while", "since", "because", "if", "but":
			return true
		}
	}
	return false
}

// expand adds coordinated actors: "Brazil and the United States".
func expand(lower []string, actors []entity.ActorSpan, ks []int) []int {
	if len(ks) != 1 {
		return ks
	}
	out := ks
	k := ks[0]
	for j := k - 1; j >= 0; j-- {
		gap := lower[actors[j].Last+1 : actors[j+1].First]
		if !coordination(gap) {
			break
		}
		out = append([]int{j}, out...)
	}
	for j := k + 1; j < len(actors); j++ {
		gap := lower[actors[j-1].Last+1 : actors[j].First]
		if !coordination(gap) {
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
		if gap := lower[actors[l-1].Last+1 : actors[l].First]; slices.Contains(gap, "and") || slices.Contains(gap, "&") {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

func coordination(gap []string) bool {
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	ok := false
	for _, w := range gap {
		switch w {
		case "and", ",", "the", "a", "an", "&":
			ok = ok || w == "and" || w == "," || w == "&"
		default:
			return false
		}
	}
	return ok
}

// events builds the events of one trigger: one per source and target pair.
func (s *Stage) events(d *doc.Document, sent doc.Span, toks []token.Token, lower []string, actors []entity.ActorSpan, t *trigger, src, tgt []int) []doc.Event {
	c := s.Table[t.p.Code]
	trig := doc.Trigger{Span: doc.Span{Start: toks[t.at].Start, End: toks[t.end].End}}
	trig.Text = d.Text[trig.Start:trig.End]
	date := eventDate(d, sent, trig.Span)
	place := eventPlace(d, sent, actors)
	attr := quoteAttribution(d, trig.Span)
	if attr == nil {
		attr = attribution(d, toks, lower, actors, t)
	}
	mk := func(a, b int) doc.Event {
		c := c
		if b >= 0 && isKilling(lower[t.at]) && namedOfficial(actors[b]) && s.Table["186"] != nil {
			c = s.Table["186"]
		}
		// "teachers struck" strike (143); "jets struck Gaza" attack (190)
		if c.Code == "190" && (strings.HasPrefix(lower[t.at], "strik") || lower[t.at] == "struck") && b < 0 && (a < 0 || !armedActor(actors[a].Code)) && s.Table["143"] != nil {
			c = s.Table["143"]
		}
		// "China protested the move" complains officially (114); "opponents
		// protested in the capital", "thousands of Nigerians protested"
		// demonstrate (141)
		if c.Code == "114" && strings.HasPrefix(lower[t.at], "protest") && (a < 0 || !stateActor(actors[a].Code) || actors[a].Type == "NORP") && s.Table["141"] != nil {
			c = s.Table["141"]
		}
		ev := doc.Event{Code: c.Code, Root: c.Root, Label: c.Name, Goldstein: c.Goldstein, QuadClass: c.Quad,
			Date: date, Place: place, Sentence: sent, Trigger: trig, Attribution: attr,
			Negated: t.negated, Hypothetical: t.hypo}
		doc.SetStr(&ev.Plover, c.Plover)
		conf := 0.45
		if a >= 0 {
			ev.Source = actorOf(actors[a])
			conf += 0.2
		}
		if b >= 0 {
			ev.Target = actorOf(actors[b])
			conf += 0.15
		}
		if len(t.p.Object) > 0 || t.p.Prep != "" {
			conf += 0.1
		}
		if t.sub {
			// ", killing five civilians": a participle that goes on with the
			// sentence's own act counts; a relative clause does not
			if t.at > 0 && lower[t.at-1] == "," && strings.HasSuffix(lower[t.at], "ing") {
				conf *= 0.75
			} else {
				conf *= 0.6
			}
		}
		if t.background {
			conf *= 0.5
		}
		if t.alleged {
			conf *= 0.6
		}
		ev.Confidence = float64(int(conf*100+0.5)) / 100
		return ev
	}
	var out []doc.Event
	// "The US, Russia and Switzerland met": each met the others.
	if len(tgt) == 0 && len(src) > 1 && symmetric(c.Root, c.Code) {
		for _, a := range src {
			for _, b := range src {
				if a != b {
					out = append(out, mk(a, b))
				}
			}
		}
		return out
	}
	if len(src) == 0 {
		src = []int{-1}
	}
	if len(tgt) == 0 {
		tgt = []int{-1}
	}
	for _, a := range src {
		for _, b := range tgt {
			if a >= 0 && a == b {
				continue
			}
			out = append(out, mk(a, b))
			// "Georgian demonstrators received ministers from the
			// government": to host a visit is to be visited (042 mirrors
			// 043, as CAMEO pairs them)
			if c.Code == "043" && a >= 0 && b >= 0 && s.Table["042"] != nil {
				v := mk(b, a)
				m := s.Table["042"]
				v.Code, v.Root, v.Label, v.Goldstein, v.QuadClass = m.Code, m.Root, m.Name, m.Goldstein, m.Quad
				v.Plover = nil
				doc.SetStr(&v.Plover, m.Plover)
				out = append(out, v)
			}
		}
	}
	return out
}

// symmetric codes are done with each other: consult, cooperate, clash.
func symmetric(root, code string) bool {
	switch root {
	case "04", "05", "06":
		return code != "042" && code != "043"
	}
	return code == "193" || code == "145"
}

// MinConfidence is the confidence at or above which an event counts as
// reported happening (the store's default filter and the evaluation
// harnesses use it); events below it are listed but not counted.
const MinConfidence = 0.5

func actorOf(a entity.ActorSpan) *doc.Actor {
	act := &doc.Actor{Name: a.Head}
	doc.SetStr(&act.Actor, a.Code)
	doc.SetStr(&act.Entity, a.Entity)
	return act
}

// eventDate takes the date from the nearest time expression of the
// sentence (an anniversary's subject happened on the anniversary's day in
// an earlier year), else the publication date.
func eventDate(d *doc.Document, sent doc.Span, trig doc.Span) doc.EventDate {
	best := -1
	bestDist := 1 << 30
	for i, t := range d.Times {
		if t.In != "" || t.Start < sent.Start || t.End > sent.End || t.Value == nil || t.Type == "DURATION" || t.Type == "SET" {
			continue
		}
		v := *t.Value
		if strings.HasSuffix(v, "_REF") {
			continue
		}
		if t.Subject == "" && attributive(d.Text, t.Span) && (trig.Start < t.End || strings.TrimSpace(d.Text[t.End:trig.Start]) != "") {
			continue // "the 1994 genocide" dates the genocide, not "condemned"
		}
		dist := t.Start - trig.End
		if dist < 0 {
			dist = trig.Start - t.End
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		t := d.Times[best]
		v := *t.Value
		text := t.Text
		// "the January 3 anniversary of the US' killing of ...": the
		// killing happened on January 3 of an earlier year.
		if t.Subject != "" && trig.Start > t.End {
			v = pastOccurrence(v, d.Published.Value)
		}
		return doc.EventDate{Value: &v, Text: &text}
	}
	if d.Published.Value != nil {
		v := *d.Published.Value
		return doc.EventDate{Value: &v}
	}
	return doc.EventDate{}
}

// attributive reports whether a time expression modifies the noun after
// it ("the 1994 genocide", "its 2019 budget"): a determiner before, a
// lower-case word after.
func attributive(text string, sp doc.Span) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, sp.Start-8):sp.Start], " "))
	det := false
	for _, w := range []string{" the", " a", " an", " its", " their", " his", " her", "'s", "’s"} {
		if strings.HasSuffix(" "+before, w) {
			det = true
			break
		}
	}
	if !det || sp.End+2 > len(text) || text[sp.End] != ' ' {
		return false
	}
	c := text[sp.End+1]
	return c >= 'a' && c <= 'z'
}

// pastOccurrence moves a YYYY-MM-DD date to its latest occurrence before
// the publication date.
func pastOccurrence(v string, published *string) string {
	if published == nil || len(v) != 10 {
		return v
	}
	t, err1 := time.Parse("2006-01-02", v)
	p, err2 := time.Parse("2006-01-02", *published)
	if err1 != nil || err2 != nil {
		return v
	}
	for !t.Before(p) {
		t = t.AddDate(-1, 0, 0)
	}
	return t.Format("2006-01-02")
}

// eventPlace takes the place named in the sentence, preferring one after
// "in", "at" or "near".
func eventPlace(d *doc.Document, sent doc.Span, actors []entity.ActorSpan) *doc.EventPlace {
	var best *doc.EventPlace
	bestScore := -1
	for _, p := range d.Places {
		for _, e := range d.Entities {
			if e.ID != p.Entity {
				continue
			}
			for _, m := range e.Mentions {
				if m.In != "" || m.Start < sent.Start || m.End > sent.End {
					continue
				}
				score := 0
				before := " " + strings.ToLower(strings.TrimSpace(d.Text[max(sent.Start, m.Start-8):m.Start]))
				for _, prep := range []string{" in", " at", " near", " outside", " across", " into", " from", " in the"} {
					if strings.HasSuffix(before, prep) {
						score = 3
					}
				}
				if p.Feature != "country" {
					score++
				}
				if score == 0 {
					continue // a country named as an actor is not where it happened
				}
				if score > bestScore {
					best = &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
					bestScore = score
				}
			}
		}
	}
	return best
}

// focusPlace is the article's place when a sentence names none: the
// dateline's place, else its most mentioned non-country place, else its
// most mentioned country.
func focusPlace(d *doc.Document) *doc.EventPlace {
	count := map[string]int{}
	byID := map[string]doc.Place{}
	for _, p := range d.Places {
		byID[p.Entity] = p
	}
	best, bestN := "", 0
	for _, e := range d.Entities {
		p, ok := byID[e.ID]
		if !ok {
			continue
		}
		n := len(e.Mentions) * 4
		if p.Feature == "country" {
			n = len(e.Mentions)
		}
		if d.Dateline != nil && strings.EqualFold(e.Name, d.Dateline.Place) {
			n += 100
		}
		count[e.ID] = n
		if n > bestN {
			best, bestN = e.ID, n
		}
	}
	if best == "" {
		return nil
	}
	p := byID[best]
	return &doc.EventPlace{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon}
}

// quoteAttribution is the speaker of the quote or reported clause that
// holds the trigger, as the quote stage found it.
func quoteAttribution(d *doc.Document, trig doc.Span) *string {
	for _, q := range d.Quotes {
		if q.Speaker != nil && trig.Start >= q.Start && trig.End <= q.End {
			n := q.Speaker.Name
			return &n
		}
	}
	return nil
}

var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "reported": true, "added": true,
	"stated": true, "announced": true, "claimed": true, "confirmed": true, "according": true, "noted": true, "explained": true}

// attribution names who says the event happened: "according to X", "X
// said (that) ...", "..., X said".
func attribution(d *doc.Document, toks []token.Token, lower []string, actors []entity.ActorSpan, t *trigger) *string {
	for k := 0; k+1 < len(lower); k++ {
		if lower[k] == "according" && lower[k+1] == "to" && k+2 < len(toks) {
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
		if !reportingVerbs[lower[k]] || lower[k] == "according" {
			continue
		}
		var np []int
		if k < t.at {
			// "X said (that) the drawdown would ...": X before the verb
			for j := k - 1; j >= 0 && j >= k-8; j-- {
				if lower[j] == "," || lower[j] == "." || lower[j] == ";" || lower[j] == "and" || lower[j] == "but" {
					break
				}
				np = append([]int{j}, np...)
			}
			// "A source familiar echoed this and said": the first actor
			// phrase of the sentence is the speaker.
			if len(np) == 0 && k > 0 && (lower[k-1] == "and" || lower[k-1] == "but") && len(actors) > 0 && actors[0].Last < k {
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
		if beForms[w] || w == "has" || w == "had" || w == "have" || w == "also" || w == "later" || w == "then" || w == "neither" || w == "nor" || w == "not" || strings.HasSuffix(w, "ly") {
			np = np[:len(np)-1]
			continue
		}
		break
	}
	for len(np) > 0 {
		w := lower[np[0]]
		if w == "and" || w == "but" || w == "," {
			np = np[1:]
			continue
		}
		break
	}
	return np
}

// isKilling reports whether a trigger word kills: "killed", "killing",
// "murdered", "slain".
func isKilling(w string) bool {
	for _, p := range []string{"kill", "murder", "slay", "slew", "slain", "assassinat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// namedOfficial reports whether an actor is a named person with a role
// (an actor code with an agent: "Iranian Gen. Qasem Soleimani", IRNMIL).
// CAMEO codes the killing of such a politically significant person as an
// assassination (186) rather than the residual 190.
func namedOfficial(a entity.ActorSpan) bool {
	return a.Type == "PERSON" && len(a.Code) >= 6
}

// nonStateAgents are the agent codes of groups outside the state.
var nonStateAgents = map[string]bool{"AGR": true, "BUS": true, "CRM": true, "CVL": true, "EDU": true, "HLH": true, "LAB": true,
	"MED": true, "NGO": true, "OPP": true, "REB": true, "REF": true, "REL": true, "UAF": true}

// stateActor reports whether an actor code names a state or one of its
// organs: a bare country, its government, military, police, judiciary or
// legislature, or an intergovernmental body.
func stateActor(code string) bool {
	if len(code) == 3 && nonStateAgents[code] {
		return false // "demonstrators" (OPP) with no country
	}
	if len(code) == 3 || strings.HasPrefix(code, "IGO") {
		return true
	}
	for _, a := range []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY"} {
		if strings.Contains(code, a) {
			return true
		}
	}
	return false
}

// cessation reports whether the event noun at i is named only as paused
// or ended: "a pause in the bombing", "an end to the fighting", "a halt
// to the shelling".
func cessation(lower []string, i int) bool {
	k := i - 1
	if k >= 0 && (lower[k] == "the" || lower[k] == "all") {
		k--
	}
	if k < 1 {
		return false
	}
	switch lower[k-1] + " " + lower[k] {
	case "pause in", "lull in", "end to", "halt to", "halt in", "stop to", "break in", "suspension of", "cessation of", "respite from":
		return true
	}
	return false
}

// armedActor reports whether an actor code names a state or an armed
// group: a bare country, its military or police, rebels, insurgents.
func armedActor(code string) bool {
	if len(code) == 3 {
		return true
	}
	for _, a := range []string{"MIL", "COP", "REB", "INS", "UAF", "SPY"} {
		if strings.Contains(code, a) {
			return true
		}
	}
	return false
}
