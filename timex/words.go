package timex

import (
	_ "embed"
	"strings"

	"github.com/dragoman/dragoman/words"
)

//go:embed rules/words.tsv
var wordsTSV string

// The words timex reads tense, bounds and context by (rules/words.tsv).
var (
	tenseWords  = words.MustParse(wordsTSV, "timex/rules/words.tsv")
	futureWords = tenseWords.Class("future")
	pastWords   = tenseWords.Class("past")
	notPast     = tenseWords.Class("not-past")
	conditions  = tenseWords.Class("condition")
	verbBefore  = tenseWords.Class("verb-before")
	bounds      = tenseWords.Class("bound")
	subjectEnd  = tenseWords.Class("subject-end")
	// the context words of seasons, compound offsets and stretches
	seasonBefore  = tenseWords.Class("season-before")
	stretchBefore = tenseWords.Class("stretch-before")
	starting      = tenseWords.Class("starting")
	// what timex reads on the parse: the modals and intentions that put
	// a clause ahead, and the heads after which a number is no year
	futureModals = tenseWords.Class("future-modal")
	intents      = tenseWords.Class("intent")
	streets      = tenseWords.Class("street")
	measures     = tenseWords.Class("measure")
	designators  = tenseWords.Class("designator")
	occasions    = tenseWords.Class("occasion")
	eventBefore  = tenseWords.Class("event-before")
	// the words that anchor an expression to the story's time
	narrative  = tenseWords.Class("narrative")
	spanBefore = tenseWords.Class("span-before")
	// small closed lists the grammar code reads
	clockWords     = tenseWords.Class("clock-word")
	meridiems      = tenseWords.Class("meridiem")
	percentWords   = tenseWords.Class("percent")
	fullMonths     = tenseWords.Class("full-month")
	aheadOfWeekday = tenseWords.Class("ahead-of-weekday")
	shiftFillers   = tenseWords.Class("shift-filler")
	copulaNow      = tenseWords.Class("copula-now")
	anniversaries  = tenseWords.Class("anniversary")
	fewerWords     = tenseWords.Class("fewer")
	verbMonths     = tenseWords.Class("verb-month")
	lowerNoHoliday = tenseWords.Class("lower-no-holiday")
	rangeTo        = tenseWords.Class("range-to")
	phraseEnders   = tenseWords.Class("phrase-end")
	dayEnds        = tenseWords.Class("day-end")
	weekTo         = tenseWords.Class("week-to")
	weekendBefore  = tenseWords.Class("weekend-before")
	weekdayJoiners = tenseWords.Class("weekday-joiner")
	yearZeros      = tenseWords.Class("year-zero")
	numberJoiners  = tenseWords.Class("number-joiner")
	conjunctions   = words.Get("conjunction")
	determiners    = words.Get("determiner")
	shiftWords     = tenseWords.Class("shift-word")
	nthWeekdayOf   = tenseWords.Class("nth-weekday-of")
	weekdayDayEnds = tenseWords.Class("weekday-day-end")
	// the words of single constructions
	pastRelative     = tenseWords.Class("past-relative")
	dateOn           = tenseWords.Class("date-on")
	startJoiners     = tenseWords.Class("start-joiner")
	perfectLemma     = tenseWords.Class("perfect-lemma")
	passiveBe        = tenseWords.Class("passive-be")
	futureClitics    = tenseWords.Class("future-clitic")
	dateJoiners      = tenseWords.Class("date-joiner")
	toAtDate         = tenseWords.Class("to-date")
	rangeOpeners     = tenseWords.Class("range-opener")
	spanFor          = tenseWords.Class("span-for")
	thanWords        = tenseWords.Class("than")
	thisYear         = tenseWords.Class("this-year")
	decadeS          = tenseWords.Class("decade-s")
	spokenYear       = tenseWords.Class("spoken-year")
	partOf           = tenseWords.Class("part-of")
	afterNext        = tenseWords.Class("after-next")
	lastVerb         = tenseWords.Class("last-verb")
	withinWords      = tenseWords.Class("within")
	aheadIn          = tenseWords.Class("ahead-in")
	unitsTimes       = tenseWords.Class("units-time")
	ordinalSuffixes  = tenseWords.Class("ordinal-suffix")
	possessiveEnding = tenseWords.Class("possessive-ending")
	definiteArticles = determiners.Where("definite", "yes")
)

// hasFold reports whether s is one of ws under Unicode case folding.
func hasFold(ws []string, s string) bool {
	for _, w := range ws {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixIn reports whether w ends in one of the class's words.
func hasSuffixIn(w string, c *words.Class) bool {
	for _, e := range c.Words() {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// startJoined reports whether next joins the opener of a span to its
// start date: a start-joiner that follows any opener, or only the one
// its after= names ("starting from June 8th").
func startJoined(opener, next string) bool {
	after := startJoiners.Attr(next, "after")
	return startJoiners.Has(next) && (after == "" || after == opener)
}

// trimPossessive removes the possessive endings of the class from w, each
// once in turn ("valentine's" -> "valentine").
func trimPossessive(w string) string {
	for _, e := range possessiveEnding.Words() {
		w = strings.TrimSuffix(w, e)
	}
	return w
}

// isCoord reports whether w is a coordinating conjunction (the shared
// conjunction class, kind=coord). Among the range words of the lexicon
// (class and: "and", "to", "through", "until", "till") it tells the "and"
// of "between 3 and 17 June" from the words that make a range by
// themselves.
func isCoord(w string) bool { return conjunctions.Attr(w, "kind") == "coord" }

// isClitic reports whether w is the possessive clitic "'s" as the
// tokenizer splits it off (the shared determiner class, clitic=yes).
func isClitic(w string) bool { return determiners.Attr(w, "clitic") == "yes" }
