package cameo

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/token"
)

// Stage is the event-coding pipeline stage.
type Stage struct {
	// Convention says how announced and intended acts are coded
	// (Codebook, the default, or Petrarch).
	Convention Convention
	Table      Table
	Patterns   *Patterns
	Derived    Derived
	// Recode changes an act's code once its parties are read
	// (data/recode.tsv).
	Recode Recodings
	// RecodeGathered changes the code of a sentence's events once
	// gathered (data/recode-gathered.tsv).
	RecodeGathered Recodings
	OffTopic       *OffTopic
	Idioms         Idioms
	NonAgent       NonAgents
	// PetrarchVerbs is the PETRARCH verb dictionary given with
	// --petrarch-verbs (nil without one; petrarch.BuiltinVerbs is the
	// production set).
	PetrarchVerbs *petrarch.Verbs
	// Petr, when set, codes the events with the PETRARCH dictionaries
	// instead of the built-in patterns (the analyzer sets it when the
	// user gives a verb dictionary).
	Petr *PetrDicts
	// Fallback, when set, codes a sentence in which the built-in
	// patterns find no counted event with the production dictionaries,
	// on verbs the patterns do not list (fallback.go).
	Fallback *PetrDicts
	// Confidence, when set, is the model an event's confidence is read
	// with from its features (confmodel.go); nil, the default, reads it
	// with the hand-set model (HandConfidence). The learned model
	// (DefaultConfidenceModel) is not the default: it loses on the
	// codebook and PETRARCH-2 suites (docs/measurements/events6.md).
	Confidence *ConfidenceModel
}

// New loads the built-in table, patterns and derived codes. The actor
// phrases come from the document (the entity stage puts them there).
func New() (*Stage, error) {
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
	rc, err := DefaultRecodings(t)
	if err != nil {
		return nil, fmt.Errorf("CAMEO recodings: %w", err)
	}
	rg, err := DefaultGatheredRecodings(t)
	if err != nil {
		return nil, fmt.Errorf("CAMEO recodings of gathered events: %w", err)
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
	fb, err := DefaultFallback()
	if err != nil {
		return nil, fmt.Errorf("PETRARCH production dictionaries: %w", err)
	}
	return &Stage{Table: t, Patterns: p, Derived: dv, Recode: rc, RecodeGathered: rg, OffTopic: ot, Idioms: id, NonAgent: na, Fallback: fb}, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "cameo" }

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	if s.Petr != nil {
		s.petrProcess(d)
		return nil
	}
	focus, focusSource := focusPlace(d)
	var countries map[string]string // read once, by placeProtesters
	year := publicationYear(d)
	cues := s.OffTopic.find(d)
	ix := newIndex(d, d.Sentences)
	date := publishedDate(d)
	for i, sent := range d.Sentences {
		evs := s.sentence(d, sent, ix, i, i)
		if s.Fallback != nil && d.Syntax != nil {
			evs = append(evs, s.fallback(d, ix, i, date, evs)...)
		}
		evs = shares(d, ix, i, evs)
		evs = betweenPairs(d, evs)
		if len(evs) == 0 {
			continue
		}
		old := retold(d, sent, ix.times[i], year)
		off := ""
		if s.OffTopic != nil {
			off = s.OffTopic.caveat(cues, sent)
		}
		first := len(d.Events)
		for _, ev := range evs {
			ev.ID = "v" + strconv.Itoa(len(d.Events)+1)
			if ev.Place != nil {
				ev.PlaceSource = placeFromClause
			} else if focus != nil {
				ev.Place, ev.PlaceSource = focus, focusSource
			}
			// the code is told from the actors the sentence names, before the
			// steps that give unnamed parties the place's country or drop them
			// (data/recode-gathered.tsv)
			s.RecodeGathered.recodeEvent(s.Table, &ev, s.Convention == Codebook)
			if s.Convention == Codebook {
				// (before the place steps: an attacker left uncoded
				// leaves its victims the place's country)
				unnamedAttackers(&ev)
			}
			placeProtesters(d, &ev, &countries)
			placeLocals(d, &ev, &countries)
			partyLocals(&ev)
			groupMeets(&ev)
			pronounMeets(d, &ev)
			placeVictims(d, &ev, &countries)
			placeWithdrawal(d, &ev, &countries)
			placeVisits(d, &ev, &countries)
			placeBombers(d, &ev)
			switch {
			case off != "":
				setAside(&ev, off+": its verbs name no political event")
			case old != "" && !historic(ev.Date.Value, year) && !toldAsCurrent(d, &ev):
				setAside(&ev, "the sentence retells history ("+old+"): which of its acts are new is unclear")
			}
			addEvent(d, first, ev)
		}
		if s.Convention == Codebook {
			// after the uncoded twins are set aside: a twin whose party
			// has no code gets no government to protest against
			for k := range d.Events[first:] {
				protestTarget(d, &d.Events[first+k], d.Events[first:], &countries)
			}
			onePerPair(d.Events[first:])
			summedUp(d.Events[first:])
			homeVisits(d, d.Events[first:])
			s.riotCasualties(d.Events[first:])
		}
	}
	return nil
}

// setAside lists an event below MinConfidence (its confidence halved) and
// says why.
func setAside(ev *doc.Event, caveat string) {
	ev.Caveat = caveat
	ev.Trace.Halved++
	ev.Confidence = float64(int(ev.Confidence*50+0.5)) / 100
}

// setAsideUncounted sets an event aside (setAside) and keeps it below the
// counting threshold whatever its confidence was: an event another one of
// its sentence already tells, or no event between two parties.
func setAsideUncounted(ev *doc.Event, caveat string) {
	setAside(ev, caveat)
	ev.Trace.Capped = true
	if ev.Confidence >= MinConfidence {
		ev.Confidence = MinConfidence - 0.01
	}
}

// trigger is a matched pattern in a sentence.
type trigger struct {
	p          *Pattern
	sub        bool // in a subordinate clause, an adjunct, or a noun
	background bool // told in passing: a reduced relative or a temporal clause
	before     bool // told as done in a temporal clause of an act that followed it ("after rebels seized the port")
	alleged    bool // reported by a claim or an allegation ("alleged that rebels had shelled")
	at, end    int  // token range of the trigger words
	objectEnd  int  // last token of the matched object, or -1
	passObj    int  // a passive's subject the parse gave as its object, or 0 (none; "the deal ... was signed")
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
	accident   string        // a cause that is no one's act ("crash"), or ""
	occurred   bool          // an event noun its clause tells happened ("the talks began")
	alone      bool          // a meeting of one party with no one ("the envoy raised it")
	evidence   *doc.Evidence // the parse's predicate and arguments, or nil
	protesting bool          // the parse's doer of the act is people out in protest (protestingDoer)
	party      bool          // the parse names a person as the clause's own subject or object (parseroles.go: personal)
	nounDoer   bool          // the parse names the clause's doer by a common noun, its own subject (parseroles.go: nounDoer)
	content    bool          // the parse gives the trigger a content clause (ccomp)
	saidBy     bool          // the parse's subject is a personal pronoun, the clause's own or shared ("said he was confident")
	lone       bool          // the parse's subject is one person's pronoun ("he", "she"): no armed force
}

// Sentence codes the events of one sentence.
func (s *Stage) Sentence(d *doc.Document, sent doc.Span) []doc.Event {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= sent.Start })
	if i == len(d.Sentences) || d.Sentences[i] != sent {
		i = -1 // not a sentence of the document: no actor phrases
	}
	ix := newIndex(d, []doc.Span{sent})
	return s.sentence(d, sent, ix, 0, i)
}

// sentence codes the events of sentence i of the index ix, sentence n of
// the document (-1 for none).
func (s *Stage) sentence(d *doc.Document, sent doc.Span, ix *docIndex, i, n int) []doc.Event {
	v := ix.view(d, sent, i)
	toks, lower := v.toks, v.lower
	actors := attributedOut(v.lower, actorsOf(d, n, toks))
	if len(toks) == 0 {
		return nil
	}
	sc := &sentCtx{d: d, span: sent, toks: toks, lower: lower, actors: actors,
		times: ix.times[i], quotes: ix.quotes[i], places: ix.places[i], parse: v.parse}
	inActor := make([]int, len(toks))
	for i := range inActor {
		inActor[i] = -1
	}
	for k, a := range actors {
		for i := a.First; i <= a.Last && i < len(toks); i++ {
			inActor[i] = k
		}
	}
	// wordActor is the actor whose phrase holds the parse's word k, or -1;
	// codedActor the same when that actor has a code
	wordActor := func(k int) int {
		if v := sc.parse.tokOf[k]; v >= 0 && v < len(inActor) {
			return inActor[v]
		}
		return -1
	}
	codedActor := func(k int) int {
		if a := wordActor(k); a >= 0 && actors[a].Code != "" {
			return a
		}
		return -1
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
		if sc.inTime(toks[i]) {
			continue
		}
		if t, ok := sc.labelTrigger(i); ok {
			trigs = append(trigs, t) // "called the plan a disaster"
			continue
		}
		if !s.Patterns.triggers[lower[i]] {
			continue // no verb, noun or occurrence pattern starts with it
		}
		if len(s.Patterns.byForm[lower[i]]) == 0 {
			if t, ok := s.nounTrigger(sc, i); ok {
				trigs = append(trigs, t)
			}
			continue
		}
		// "a case at the court accusing Israel": an -ing form before a name
		// takes it as its object
		// (read only where a pattern matches: "is" and "was" start many
		// patterns and match few)
		verbHere := func() bool {
			return (!nounUse(lower, i) || strings.HasSuffix(lower[i], "ing") && i+1 < len(toks) && inActor[i+1] >= 0) && !sc.nounPhraseWord(i)
		}
		if t, ok := s.match(lower, i, false, sc.ownObject, sc.passiveSubject, sc.particle(i), sc.farPrep); ok && verbHere() && verbEvidence(lower, i, t.p.Words[0], inActor) && !s.Idioms.objectOf(t.p.Words[0], lower, t.end) && !s.NonAgent.subjectOf(lower, i, sc.parse.groupAt(i)) {
			trigs = append(trigs, t)
		} else if t, ok := s.nounTrigger(sc, i); ok {
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
		if len(kept) > 0 && t.at <= kept[len(kept)-1].objectEnd && !infinitiveMarkers[lower[t.at-1]] {
			continue
		}
		kept = append(kept, t)
	}
	kept = passiveObjects(kept)
	kept = byInstrument(lower, kept)
	s.byMeans(lower, kept, sc.parse)
	hasVerb := false
	for _, t := range kept {
		hasVerb = hasVerb || !t.p.Noun
	}
	for k := range kept {
		s.modality(lower, &kept[k], kept, sc.clauseOf(&kept[k]), sc.parse)
		sc.parseModality(&kept[k])
		sc.prospectiveNoun(&kept[k])
		sc.wantedNoun(&kept[k])
		attempted(lower, &kept[k])
	}
	s.complements(sc, lower, actors, kept)
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
		if t.p.Code == "100" && !t.p.Noun && sc.parse.bareDirective(t) {
			continue // "told reporters": an order only with the act ordered
		}
		if t.p.Code[:2] == "07" && sc.parse.helpsAct(t, func(k int) bool { return codedActor(k) >= 0 }) {
			continue // "helped the sides reach a deal": no aid, a share in the act
		}
		if (t.p.Code[:2] == "19" || t.p.Code[:2] == "12") && sc.parse.dismissal(t, func(k int) bool { return wordActor(k) >= 0 }) {
			continue // "fired three professors", "two clerks were dismissed": a dismissal, no attack or rejection
		}
		if t.p.Code == "190" && s.Table["111"] != nil && sc.parse.verbalAttack(t, func(k int) bool {
			v := sc.parse.tokOf[k]
			return v < 0 || v >= len(inActor) || inActor[v] >= 0 || sc.inTime(sc.toks[v])
		}) {
			q := *t.p
			q.Code = "111" // "attacked the government over its record": criticism
			t.p = &q
		}
		if code := sc.promisedThreat(t, kept); code != "" && s.Table[code] != nil {
			q := *t.p
			q.Code = code // "promised sanctions on Iran": a threat
			t.p = &q
		}
		if t.p.Code[:2] == "08" && !t.p.Noun && concedingVerbs[lower[t.at]] && t.end+1 < len(lower) && (complements[lower[t.end+1]] || subjectPronoun[lower[t.end+1]]) {
			continue // "conceded that the plan failed": an admission, no yield
		}
		if sc.protestPurpose(kept, k) {
			continue // "marched to demand elections": the protest's purpose
		}
		if sc.meansOfAct(kept, k) {
			continue // "killed when a bomb exploded": one bombing
		}
		if sc.tellsOccurrence(kept, k) {
			continue // "bombs blasted through the market": the bombing, no criticism
		}
		t.sub = subordinate(lower, t) || t.p.Noun && !t.occurred && hasVerb && !announcedNoun(lower, t)
		t.background = background(lower, actors, t, kept, func(k int) bool { return sc.timePreposition(k, t) }, sc.conjoinedPredicate(t), sc.pastVerb(t), sc.triggerGroup(t)) || sc.attributive(t) || sc.sceneNoun(t, kept) || sc.nestedNoun(t, kept)
		if sc.toldScene(t) {
			t.sub, t.background = false, false
		}
		t.alleged = allegedAct(lower, t, func(k int) bool { return sc.describesOther(k, t) })
		src, tgt := s.roles(lower, actors, t)
		bareHurt := false
		if psrc, ptgt, a, ok := s.parseRoles(sc, t, inActor); ok {
			// (a passive: "wounded" read as a modifier, "guerrillas
			// wounded two soldiers" misread, is left alone)
			bareHurt = !t.p.Noun && a.passive && len(a.subj) == 0 && hasStem(injuryStems, lower[t.at])
			if len(psrc) > 1 && len(ptgt) == 0 && len(a.obj) == 0 && len(a.iobj) == 0 && (symmetric(t.p.Code[:2], t.p.Code) || reciprocal(t)) {
				tgt = nil // "A, B and C met": with each other, no one else
			}
			// the word windows fill a side the parse left empty only
			// with an actor the parse allows there
			// (a place before the act may stand for its unnamed
			// subject's country: "a report published in Lima alleged";
			// a pronoun's antecedent stands in another clause: "said
			// Iran's leaders want revenge and they will not give up")
			unsupported := a.where
			var placed []int
			for _, k := range append(append([]int(nil), src...), tgt...) {
				onSrc := containsInt(src, k)
				if onSrc && sc.parse.insideObject(a, actors[k]) {
					// "the envoys of the junta were expelled": a
					// modifier of the one acted on does not act
					unsupported = append(unsupported, k)
					continue
				}
				if !onSrc && sc.parse.locatedTarget(lower, actors[k], t) {
					// "refused to let him speak in Lima": where the act was, no party
					placed = append(placed, k)
					continue
				}
				if onSrc && (placeType(actors[k].Type) || sc.parse.pronoun(a.subj)) || !onSrc && sc.parse.pronoun(a.obj) {
					continue
				}
				if !sc.parse.supports(a.pred, actors[k], t.at, t.end) {
					unsupported = append(unsupported, k)
				}
			}
			wsrc, wtgt := src, tgt
			src, tgt = mergeRoles(without(without(src, unsupported), placed), without(without(tgt, unsupported), placed), psrc, ptgt)
			if len(src) == 0 && len(tgt) == 0 && len(placed) > 0 {
				// an act told only with where it was keeps the place as
				// its one clue to the parties ("unrest across the country")
				src, tgt = mergeRoles(without(wsrc, unsupported), without(wtgt, unsupported), psrc, ptgt)
			}
			if len(src) == 0 && len(a.where) > 0 && t.p.Code[:2] == "14" {
				// "a rally in Quito": unnamed protesters are of the
				// place they protest in
				src = a.where[:1]
			}
			t.evidence = sc.parse.evidence(d.Text, a)
			t.protesting = sc.parse.protestingDoer(a, t.passive)
			if !t.p.Noun && t.p.Code == "190" && t.accident == "" {
				s.meansSubject(sc.parse, a, t)
			}
			t.party = sc.parse.personal(a)
			t.nounDoer = sc.parse.nounDoer(a)
			t.saidBy = sc.parse.pronounDoer(a, sc.parse.synOf[t.at])
			t.lone = sc.parse.lonePerson(a)
			t.content = sc.parse.contentClause(sc.parse.synOf[t.at])
			if k := sc.parse.passingParty(a.pred, inActor); !t.p.Noun && k >= 0 && actors[k].Code != "" && (containsInt(psrc, k) || containsInt(ptgt, k)) && !sc.backdrop(a.pred, kept) {
				// an act told in passing of a party, a relative clause
				// or a participle on the party's name, counts as
				// reported: "the minister, who was expelled by the
				// junta in May,"
				t.sub, t.background = false, false
			}
			t.alone = len(tgt) == 0 && len(src) <= 1 && t.p.Code[:2] == "04" && symmetric("04", t.p.Code) && sc.parse.oneParty(a)
			if s.Convention == Codebook {
				// "condemned the treatment of refugees by Zorvan": the
				// doer of the act criticised is the one criticised
				if k := sc.criticisedDoer(t, a, codedActor); k >= 0 && !containsInt(src, k) {
					tgt = []int{k}
				}
			}
		}
		if bareHurt && len(src) == 0 && t.subj < 0 && sc.outcomeOnly(t, tgt) {
			// "dozens were injured", "left several wounded": an injury
			// told with no one who caused it is the outcome of an act,
			// no act of its own (the act that caused it is coded)
			continue
		}
		if (t.p.Code == "170" || t.p.Code[:2] == "02") && len(src) == 0 && sc.forcedBy(t) {
			// "the ship was made to turn back", "staff were told to
			// stay home": an obligation or a request told of the one who has
			// it, with no one who coerced or asked
			continue
		}
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
				kept[j].p.Code[:2] == "14" && hasStem(protestStem, lower[t.at]) // "blocked highways to protest"
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
			} else if r >= 0 && speaker >= 0 && len(src) == 0 && t.passive && (t.p.Code[:2] == "17" || legalCharge(lower, t)) && enforcer(actors[speaker].Code) && !containsInt(tgt, speaker) {
				// "Police said two men had been arrested": the force that
				// tells of an arrest or a charge with no agent made it
				src = []int{speaker}
			}
		}
		srcOf[k] = src
		// A speaker's report of an attack by another accuses it (112), and
		// the attack is then the accuser's account, listed below
		// MinConfidence; of its own attack, the speaker claims it (015):
		// "The US alleged that rebels had shelled Iraq", "Russia said it had
		// struck the base". Its own is its side's: "officials said rebels
		// had shelled the town" accuses the rebels.
		var claim *trigger
		var claimBy, claimAt []int
		if r >= 0 && speaker >= 0 && !t.hypo && !t.negated && !t.background && !t.before && violent(t.p.Code) && len(src) > 0 {
			code, by, at := "112", []int{speaker}, src
			if ownAct(actors, src[0], speaker) {
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
		evs := s.events(sc, t, src, tgt)
		s.implicitArrester(d, n, lower, t, src, evs)
		if s.Convention == Codebook {
			unnamedDisapproval(t, evs)
			if len(tgt) == 0 && sc.thingAccused(t, func(k int) bool { return wordActor(k) >= 0 }) {
				for i := range evs {
					setAsideUncounted(&evs[i], "an accusation of a thing, no one accused: no act between parties")
				}
			}
			if sc.labelParticiple(t) {
				for i := range evs {
					setAsideUncounted(&evs[i], "a participle that labels a noun, with no agent: no one's accusation")
				}
			}
		}
		if t.accident != "" {
			for i := range evs {
				setAside(&evs[i], "an accident or a natural cause ("+t.accident+"): no one's act")
			}
		}
		petrarchAct := s.Convention == Petrarch && t.hypo && !t.negated && t.intent >= 0 && !t.complement
		if petrarchAct {
			// PETRARCH codes an announced or intended act as the act:
			// "will meet", "is about to restore ties"
			for i := range evs {
				evs[i].Hypothetical = false
			}
		}
		out = append(out, evs...)
		if claim != nil {
			out = append(out, s.events(sc, claim, claimBy, claimAt)...)
		}
		if petrarchAct {
			continue
		}
		// "X consented to ease the embargo": the commitment is an event of
		// its own, though the lifting has not happened.
		if t.hypo && !t.negated && t.intent >= 0 && !triggeredAt(kept, t.intent) && !intents[t.intent] && !(len(src) == 0 && sc.nounWord(t.intent)) && !sc.wantOfOther(t.intent) {
			// (an intent noun with no one whose it is, "a plan was drawn
			// up to seize the port", states no one's intent)
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
						out = append(out, s.events(sc, it, []int{a}, others)...)
					}
				} else {
					out = append(out, s.events(sc, it, src, tgt)...)
				}
			}
		}
		// "Norway will not lend Malawi funds": a cooperative act its doer
		// says it will not do is a stated refusal, which CAMEO codes
		// under 12 (the act's refuse code in derived.tsv, else 120), not
		// a hypothesis only, when it names whom it refuses; a conflictual act so negated ("will not
		// attack") is left to the intents above.
		if at := refusalAt(lower, t, sc.parse, sc.triggerGroup(t)); t.hypo && t.negated && at >= 0 && !intents[at] && anyCoded(actors, src) && anyCoded(actors, tgt) && !sc.wantOfOther(at) {
			if code := s.refusalCode(t.p.Code); code != "" {
				intents[at] = true
				it := about(t, code, lower, at)
				it.negated = false
				out = append(out, s.events(sc, it, src, tgt)...)
			}
		}
		// "A wants B to strike C": an appeal to Putin
		// for the attack, which has not happened.
		if w, ok := wanted[k]; ok && !t.negated {
			if code := s.Derived.Code("appeal", t.p.Code); code != "" && s.Table[code] != nil {
				ap := about(t, code, lower, w.at)
				ap.sub = false
				out = append(out, s.events(sc, ap, one(w.by), []int{w.of})...)
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
					out = append(out, s.events(sc, dm, []int{a}, by)...)
				}
			}
		}
	}
	return sc.oneToll(sc.oneAttack(out))
}

// wantOfOther reports whether the commissive word at k is a want (modality.tsv
// want) that someone else tells of its subject, who has expressed nothing:
// inside a quotation not in the first person ("it's me they want to
// arrest," he said), or in a clause reported by another ("Dion said Harper
// wants to attack him"; "Iran said it wants to talk" is Iran's own).
func (sc *sentCtx) wantOfOther(k int) bool {
	lower := sc.lower
	if !wantWords[lower[k]] {
		return false
	}
	first := k > 0 && firstPerson[lower[k-1]]
	if !first && sc.quoteAttribution(doc.Span{Start: sc.toks[k].Start, End: sc.toks[k].End}) != nil {
		return true
	}
	r, _ := reportedBy(lower, sc.actors, k)
	return r >= 0 && !(k > 0 && (subjectPronoun[lower[k-1]] || first))
}

// backdrop reports whether the relative clause or participle j
// describes a party of another verb trigger of the sentence (kept):
// "freed the aid worker, who had been held since May" tells the holding
// as the freeing's backdrop, not as news of its own.
func (sc *sentCtx) backdrop(j int, kept []trigger) bool {
	p := sc.parse
	// the noun the clause tells of (a relative clause the parse hung on
	// another verb tells of the noun before its pronoun)
	h := p.antecedent(j)
	if h < 0 {
		h = p.head(j)
	}
	if h < 0 {
		return false
	}
	// up the noun phrase to its verb ("the correspondent of the agency,
	// who was held")
	for h >= 0 && nominal(p.syn[h].UPOS) && p.head(h) >= 0 && nominal(p.syn[p.head(h)].UPOS) {
		h = p.head(h)
	}
	if temporalConj[p.caseOf(h)] {
		// "froze the deals until the sailors, who were seized in May,
		// are freed": a noun after a temporal conjunction the parse
		// read as a preposition is no party of that verb
		return false
	}
	up := p.head(h)
	for _, u := range kept {
		if !u.p.Noun && p.synAt(u.at) >= 0 && p.synOf[u.at] != j && p.synOf[u.at] == up {
			return true
		}
	}
	return false
}

// without returns ks less the actors in drop.
func without(ks, drop []int) []int {
	if len(drop) == 0 {
		return ks
	}
	var out []int
	for _, k := range ks {
		if !containsInt(drop, k) {
			out = append(out, k)
		}
	}
	return out
}

// about makes the trigger of an event about t's act, at the word i that
// states it (the commitment, the wish, the report, the demand), coded
// code; the event about the act is not itself hypothetical.
func about(t *trigger, code string, lower []string, i int) *trigger {
	x := *t
	x.p = &Pattern{Code: code, Words: []string{lower[i]}, Line: t.p.Line}
	x.at, x.end, x.hypo = i, i, false
	x.evidence, x.protesting = nil, false // the act's own predicate is not this event's
	return &x
}

func triggeredAt(ts []trigger, i int) bool {
	for _, t := range ts {
		if t.at <= i && i <= t.end {
			return true
		}
	}
	return false
}

// MinConfidence is the confidence at or above which an event counts as
// reported happening (the store's default filter and the evaluation
// harnesses use it); events below it are listed but not counted. It is
// no probability: on the tuned-on Wikinews sets (2026-12-01, see
// docs/measurements/events.md, confidence calibration) events at or above it were
// right about two times in three, those below it about one in four.
const MinConfidence = 0.5

// Counted reports whether an event counts as reported happening: neither
// negated nor hypothetical, at MinConfidence or above.
func Counted(e *doc.Event) bool {
	return !e.Negated && !e.Hypothetical && e.Confidence >= MinConfidence
}

// refusalCode is the CAMEO code of a stated refusal to do an act of the
// given code: the act's refuse code in derived.tsv, or 120 (reject) for
// any other act of the cooperative roots 04 to 09. Statements, appeals
// and intents (01 to 03) and the conflictual roots derive none.
func (s *Stage) refusalCode(act string) string {
	if len(act) < 2 {
		return ""
	}
	code := s.Derived.Code("refuse", act)
	if code == "" && act[:2] >= "04" && act[:2] <= "09" {
		code = "120"
	}
	if code == "" || s.Table[code] == nil {
		return ""
	}
	return code
}

// anyCoded reports whether one of the actors at idx has an actor code.
func anyCoded(actors []actor, idx []int) bool {
	for _, k := range idx {
		if k >= 0 && k < len(actors) && actors[k].Code != "" {
			return true
		}
	}
	return false
}
