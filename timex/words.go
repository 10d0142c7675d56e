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
)
