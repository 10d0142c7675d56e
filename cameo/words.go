// Words: the classes of words the clause readers look up, from the event
// coder's own lists (data/words/*.tsv, one file per concern: clauses,
// occurrence, modality, parties, violence, time) and the closed-class
// words every stage shares (package words).

package cameo

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/dragoman/dragoman/words"
)

// own holds the coder's word classes, all files of data/words as one list
// (a class is declared in one file only).
var own = words.MustParseFS(dataFS, ownWordFiles, "cameo/data/words")

// ownWordFiles are the files of own, in dataFS.
const ownWordFiles = "data/words/*.tsv"

//go:embed data/modality.tsv
var modalityTSV string

// modal holds the words that make an act other than done (modality.tsv).
var modal = words.MustParse(modalityTSV, "cameo/data/modality.tsv")

//go:embed data/senses.tsv
var sensesTSV string

// senses holds the verb senses read from a verb's complement or object.
var senses = words.MustParse(sensesTSV, "cameo/data/senses.tsv")

// A reacting verb is read only with its prepositions: one without is a
// malformed entry, refused at load.
var _ = mustHaveAttr(own, "reacting", "preps")

// prepositionSets maps each word of class c to the set of the
// "|"-separated values of its attribute key, read once at load.
func prepositionSets(c *words.Class, key string) map[string]map[string]bool {
	sets := map[string]map[string]bool{}
	for _, w := range c.Words() {
		set := map[string]bool{}
		for _, v := range strings.Split(c.Attr(w, key), "|") {
			if v != "" {
				set[v] = true
			}
		}
		sets[w] = set
	}
	return sets
}

// mustHaveAttr panics, naming the word, when a word of the class lacks
// the attribute key (haveAttr).
func mustHaveAttr(l *words.List, class, key string) bool {
	if err := haveAttr(l, class, key); err != nil {
		panic(err)
	}
	return true
}

// haveAttr reports a word of the class that lacks the attribute key.
func haveAttr(l *words.List, class, key string) error {
	c := l.Class(class)
	for _, w := range c.Words() {
		if c.Attr(w, key) == "" {
			return fmt.Errorf("%s: %s %q has no %s=", l.Name, class, w, key)
		}
	}
	return nil
}

// promisedHarm maps the root of an event noun promised to the threat it
// makes (senses.tsv promised-harm), checked at load.
var promisedHarm = mustThreats(senses)

// mustThreats panics on a malformed promised-harm entry (threats).
func mustThreats(l *words.List) map[string]string {
	m, err := threats(l)
	if err != nil {
		panic(err)
	}
	return m
}

// threats reads the promised-harm class: each word a two-digit root,
// each code= a threat code (13...).
func threats(l *words.List) (map[string]string, error) {
	c := l.Class("promised-harm")
	m := map[string]string{}
	for _, w := range c.Words() {
		code := c.Attr(w, "code")
		if len(w) != 2 || strings.Trim(w, "0123456789") != "" || !strings.HasPrefix(code, "13") || strings.Trim(code, "0123456789") != "" {
			return nil, fmt.Errorf("cameo/data/senses.tsv: promised-harm %q code=%q: want a two-digit root and a threat code (13...)", w, code)
		}
		m[w] = code
	}
	return m, nil
}

// The classes as sets, for the hot loops.
var (
	reportingVerbs      = own.Class("reporting").Set()
	demandingVerbs      = own.Class("demanding").Set()
	clauseBreaks        = own.Class("clause-break").Set()
	gerundSubord        = own.Class("gerund-subordinator").Set()
	relativePronouns    = own.Class("relative").Set()
	sharedRelatives     = relatives()
	sceneWords          = own.Class("scene").Set()
	toldScenes          = set(own.Class("scene").Where("told", "yes"))
	reducedNext         = union(own.Class("reduced-relative-next").Set(), weekdays())
	thatComplement      = own.Class("that-complement").Set()
	temporalConj        = own.Class("temporal-conjunction").Set()
	pastConj            = own.Class("past-conjunction").Set()
	pastTenseConj       = set(own.Class("past-conjunction").Where("tense", "past"))
	timeWords           = union(own.Class("time-word").Set(), weekdays())
	roleBoundary        = own.Class("role-boundary").Set()
	announcing          = own.Class("announcing").Set()
	verbGroup           = own.Class("verb-group").Set()
	modifierOpener      = own.Class("modifier-opener").Set()
	particles           = own.Class("particle").Set()
	verbObjectStart     = own.Class("verb-object-start").Set()
	nounFollower        = own.Class("noun-follower").Set()
	verbLicenser        = own.Class("verb-licenser").Set()
	irregularPart       = own.Class("irregular-participle").Set()
	cessations          = modal.Class("cessation").Set()
	stoppingVerbs       = modal.Class("stopping").Set()
	wantWords           = modal.Class("want").Set()
	appealWords         = senses.Class("appealing").Set()
	helpingVerbs        = senses.Class("helping").Set()
	dismissingVerbs     = senses.Class("dismissing").Set()
	verbalAttacks       = senses.Class("verbal-attack").Set()
	aimedPreps          = senses.Class("aimed-preposition").Set()
	matterPreps         = senses.Class("matter-preposition").Set()
	concedingVerbs      = senses.Class("conceding").Set()
	labellingVerbs      = senses.Class("labelling").Set()
	pejoratives         = senses.Class("pejorative").Set()
	intentWords         = modal.Class("intent").Set()
	attemptWords        = modal.Class("attempt").Set()
	attemptVerbs        = modal.Class("attempt-verb").Set()
	commissive          = modal.Class("commissive").Set()
	hedges              = modal.Class("hedge").Set()
	claimWords          = modal.Class("claim").Set()
	realGovernors       = own.Class("real-governor").Set()
	subjectPronoun      = own.Class("subject-pronoun").Set()
	speakerPronoun      = own.Class("speaker-pronoun").Set()
	prepositions        = own.Class("np-preposition").Set()
	counts              = own.Class("count").Set()
	chargePreps         = own.Class("charge-preposition").Set()
	placePreps          = own.Class("place-preposition").Set()
	locativePreps       = own.Class("locative").Set()
	adjectives          = own.Class("adjective").Set()
	eventModifiers      = own.Class("event-modifier").Set()
	nounModifiers       = own.Class("noun-modifier").Set()
	collectives         = own.Class("collective").Set()
	localAgents         = own.Class("local-agent").Set()
	agentCodes          = own.Class("agent-code").Set()
	insurgentAgents     = own.Class("insurgent-agent").Set()
	reciprocalVerbs     = own.Class("reciprocal-verb").Set()
	armedAgents         = own.Class("armed-agent").Words()
	attackerWords       = own.Class("unnamed-attacker").Words()
	fromSourceRoots     = own.Class("from-source-root").Set()
	addressedRoots      = own.Class("addressed-root").Set()
	replyVerbs          = own.Class("reply").Set()
	makerParticiples    = own.Class("maker-participle").Set()
	trailingWords       = own.Class("trailing").Set()
	killingStems        = own.Class("killing").Words()
	woundingStems       = own.Class("wounding")
	crowdWords          = own.Class("crowd").Set()
	demonstratorWords   = own.Class("demonstrators").Set()
	conditionals        = modal.Class("conditional").Set()
	barring             = modal.Class("barring").Set()
	timeOpeners         = own.Class("time-opener").Set()
	timeAdverbs         = own.Class("time-adverb").Set()
	placeCues           = own.Class("place-cue").Words()
	attributiveOpener   = own.Class("attributive-opener").Words()
	passiveAux          = own.Class("passive-auxiliary").Set()
	occurrenceVerbs     = own.Class("occurrence")
	participating       = own.Class("participating")
	sceneNouns          = own.Class("scene-noun")
	stagingVerbs        = own.Class("staging").Set()
	witnessingVerbs     = own.Class("witnessing").Set()
	sufferingVerbs      = own.Class("suffering").Set()
	summaryNouns        = own.Class("summary-noun").Set()
	causingVerbs        = own.Class("causing").Set()
	answeringVerbs      = own.Class("answering").Set()
	reactingPreps       = prepositionSets(own.Class("reacting"), "preps")
	noActModifiers      = own.Class("no-act-modifier").Set()
	directingVerbs      = own.Class("directing").Set()
	objectControlVerbs  = own.Class("object-control").Set()
	permissionVerbs     = own.Class("permission").Set()
	factiveModifiers    = own.Class("factive-modifier").Set()
	speakerJoiners      = own.Class("speaker-joiner").Set()
	subjectRelatives    = own.Class("subject-relative").Set()
	relativeStops       = own.Class("relative-stop").Set()
	verbGroupAdverbs    = own.Class("verb-group-adverb").Set()
	participleLicensers = own.Class("participle-licenser").Set()
	infinitiveMarkers   = own.Class("infinitive-marker").Set()
	negatingAdverbs     = own.Class("negating-adverb").Set()
	negatingParticles   = set(own.Class("negating-adverb").Where("particle", "yes"))
	obligationModals    = own.Class("obligation-modal").Set()
	conditionMarks      = own.Class("condition-mark").Set()
	absoluteMarks       = own.Class("absolute-mark").Set()
	thingPronouns       = own.Class("thing-pronoun").Set()
	appealPreps         = own.Class("appeal-preposition").Set()
	fearedGerundPreps   = own.Class("feared-gerund-preposition").Set()
	correlativeNeg      = own.Class("correlative-negator").Set()
	meansOpeners        = own.Class("means-opener").Set()
	sourcePreps         = own.Class("source-preposition").Set()

	// the shared closed classes
	determiners = words.Get("determiner").Set()
	beForms     = set(words.Get("auxiliary").Where("lemma", "be"))
	haveForms   = set(words.Get("auxiliary").Where("lemma", "have"))
	modals      = words.Get("modal").Set()
	futureModal = set(words.Get("modal").Where("future", "yes"))
	negWords    = union(words.Get("negator").Set(), modal.Class("refusal").Set())
	pronouns    = subjects()
	agentPreps  = set(words.Get("preposition").Where("role", "agent"))
	genitive    = set(words.Get("preposition").Where("role", "genitive"))
	additive    = set(words.Get("conjunction").Where("sense", "additive"))
	articles    = set(words.Get("determiner").Where("kind", "article"))
	indefinites = indefiniteArticles()
	complements = words.Get("complementizer").Set()
	firstPerson = firstPersonSubjects()
	definite    = set(words.Get("determiner").Where("definite", "yes"))
	clitics     = set(words.Get("determiner").Where("clitic", "yes"))

	verbGroupNegation    = own.Class("verb-group-negation").Set()
	passiveAdverbs       = own.Class("passive-adverb").Set()
	passingPreps         = own.Class("passing-preposition").Set()
	measureNouns         = own.Class("measure-noun").Set()
	negativeDeterminers  = own.Class("negative-determiner").Set()
	sceneNounOpeners     = own.Class("scene-noun-opener").Set()
	accompanimentPreps   = own.Class("accompaniment-preposition").Set()
	containmentPreps     = own.Class("containment-preposition").Set()
	cessationOpeners     = own.Class("cessation-opener").Set()
	prepositionalPlurals = own.Class("prepositional-plural").Set()
	countryPreps         = own.Class("country-preposition").Set()
	weakCountryPreps     = set(own.Class("country-preposition").Where("weak", "yes"))
	nestingPreps         = own.Class("nesting-preposition").Set()
	passiveSourcePreps   = own.Class("passive-source-preposition").Set()
	agentPlacePreps      = own.Class("agent-place-preposition").Set()
	reflexives           = set(words.Get("pronoun").Where("case", "refl"))

	attributionPhrases = mustPhrases(own.Class("attribution-phrase"), 2)
	attributionOpeners = firstWords(attributionPhrases)
	rulingOut          = mustPhrases(own.Class("ruling-out"), 2)
	relativeThats      = own.Class("relative-that").Set()
	existentials       = own.Class("existential").Set()
	labourStrike       = own.Class("labour-strike")
	protestStem        = own.Class("protest-stem")
	chargeStem         = own.Class("charge-stem")
	pressureStem       = own.Class("pressure-stem")
	callStem           = own.Class("call-stem")
	haveLemma          = own.Class("have-lemma").Set()
	beLemma            = own.Class("be-lemma").Set()
	partyPreps         = own.Class("party-preposition").Set()
	betweenPreps       = own.Class("between-preposition").Set()
	topicObjects       = own.Class("topic-object").Set()
	pluralSubjects     = own.Class("plural-subject").Set()
	reportedWould      = own.Class("reported-would").Set()
	dueWords           = own.Class("due").Set()
	warnedAgainst      = own.Class("warned-against").Set()
	passiveGerunds     = own.Class("passive-gerund").Set()
	statePreps         = own.Class("state-preposition").Set()
	matterOn           = own.Class("matter-on").Set()
	patternNegation    = own.Class("pattern-negation").Set()
	appositionEnds     = own.Class("apposition-end").Set()
	actorJoiners       = own.Class("actor-joiner").Set()
	listConjunctions   = union(additive, set(words.Get("conjunction").Where("sense", "alternative")))
)

// personalPronouns are the shared list's third-person pronouns that name
// a person or people as a subject or object: not the neuter ones, nor
// the possessives ("he", "him", "her", "they", "them").
// onePersonPronoun are the subject pronouns that name one person: the
// singular personal pronouns of the nominative that are not neuter.
var onePersonPronoun = onePersonPronouns()

func onePersonPronouns() map[string]bool {
	c := words.Get("pronoun")
	out := map[string]bool{}
	for _, w := range c.Where("number", "sg") {
		if c.Attr(w, "kind") == "personal" && c.Attr(w, "gender") != "n" && strings.Contains("|"+c.Attr(w, "case")+"|", "|nom|") {
			out[w] = true
		}
	}
	return out
}

func personalPronouns() map[string]bool {
	c := words.Get("pronoun")
	out := map[string]bool{}
	for _, w := range c.Where("person", "3") {
		cs := "|" + c.Attr(w, "case") + "|"
		if c.Attr(w, "kind") == "personal" && c.Attr(w, "gender") != "n" && (strings.Contains(cs, "|nom|") || strings.Contains(cs, "|acc|")) {
			out[w] = true
		}
	}
	return out
}

// mustPhrases splits each word of a class of phrases into its words,
// panicking on a phrase of other than n words: the readers look for
// phrases of that length.
func mustPhrases(c *words.Class, n int) [][]string {
	var out [][]string
	for _, w := range c.Words() {
		f := strings.Fields(w)
		if len(f) != n {
			panic(fmt.Sprintf("cameo/data/words: %s %q: want a phrase of %d words", c.Name, w, n))
		}
		out = append(out, f)
	}
	return out
}

// firstWords are the first words of phrases.
func firstWords(ps [][]string) map[string]bool {
	out := map[string]bool{}
	for _, p := range ps {
		out[p[0]] = true
	}
	return out
}

// phraseAt reports whether one of the phrases stands in lower at k.
func phraseAt(ps [][]string, lower []string, k int) bool {
	for _, p := range ps {
		if k >= 0 && k+len(p) <= len(lower) && slices.Equal(lower[k:k+len(p)], p) {
			return true
		}
	}
	return false
}

// hasStem reports whether w begins with a stem of the class, or is one of
// its words marked whole=yes.
func hasStem(c *words.Class, w string) bool {
	for _, s := range c.Words() {
		if c.Attr(s, "whole") == "yes" && w == s || c.Attr(s, "whole") != "yes" && strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// hasFold reports whether s is in the set under Unicode case folding.
func hasFold(set map[string]bool, s string) bool {
	for w := range set {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// firstPersonSubjects: the shared pronoun class's first-person
// nominatives ("i", "we").
func firstPersonSubjects() map[string]bool {
	c := words.Get("pronoun")
	out := map[string]bool{}
	for _, w := range c.Where("person", "1") {
		if c.Attr(w, "case") == "nom" {
			out[w] = true
		}
	}
	return out
}

// indefiniteArticles: the shared determiner class's articles without
// definite=yes ("a", "an").
func indefiniteArticles() map[string]bool {
	c := words.Get("determiner")
	out := map[string]bool{}
	for _, w := range c.Where("kind", "article") {
		if c.Attr(w, "definite") != "yes" {
			out[w] = true
		}
	}
	return out
}

func set(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		out[w] = true
	}
	return out
}

func union(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}

// relatives are the relative pronouns of the shared pronoun class that
// stand for a noun as a clause's subject or object, all but the
// possessive ("whose"), each with its case: "nom" ("who"), "acc"
// ("whom"), or "" ("which", "that", either role).
func relatives() map[string]string {
	c := words.Get("pronoun")
	out := map[string]string{}
	for _, w := range c.Words() {
		if cs := c.Attr(w, "case"); c.Attr(w, "kind") == "relative" && cs != "gen" {
			out[w] = cs
		}
	}
	return out
}

// subjects are the pronouns that can stand as a clause's subject: the
// nominative ones and the relatives that take no case ("which", "that").
func subjects() map[string]bool {
	c := words.Get("pronoun")
	out := map[string]bool{}
	for _, w := range c.Words() {
		cs := c.Attr(w, "case")
		if strings.Contains("|"+cs+"|", "|nom|") || cs == "" && c.Attr(w, "kind") == "relative" {
			out[w] = true
		}
	}
	return out
}

// weekdays are the weekday names written out ("tuesday"), not their
// abbreviations or plurals.
func weekdays() map[string]bool {
	c := words.Get("weekday")
	out := map[string]bool{}
	for _, w := range c.Words() {
		if c.Attr(w, "abbr") == "" && c.Attr(w, "plural") == "" {
			out[w] = true
		}
	}
	return out
}

// isNumberWord reports a count before a noun: a numeral or a count word.
func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return counts[w]
}
