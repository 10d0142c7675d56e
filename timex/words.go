package timex

import (
	_ "embed"

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
)

// isCoord reports whether w is a coordinating conjunction (the shared
// conjunction class, kind=coord). Among the range words of the lexicon
// (class and: "and", "to", "through", "until", "till") it tells the "and"
// of "between 3 and 17 June" from the words that make a range by
// themselves.
func isCoord(w string) bool { return conjunctions.Attr(w, "kind") == "coord" }

// isClitic reports whether w is the possessive clitic "'s" as the
// tokenizer splits it off (the shared determiner class, clitic=yes).
func isClitic(w string) bool { return determiners.Attr(w, "clitic") == "yes" }
