package timex

import (
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/words"
)

func TestWordsData(t *testing.T) {
	for _, c := range []struct {
		ok   bool
		what string
	}{
		{futureWords.Has("scheduled") && pastWords.Has("withdrew"), "tense words"},
		{isPastParticiple("announced") && !isPastParticiple("hundred"), "-ed guesses"},
		{bounds.Attr("until", "edge") == "to" && bounds.Attr("since", "edge") == "from", "bounds"},
		{verbBefore.Has("would") && verbBefore.Has("to"), "verb-before"},
		{seasonBefore.Has("-") && starting.Has("commencing"), "context words"},
		{futureModals.Has("will") && !futureModals.Has("should") && intents.Has("schedule"), "clause words"},
		{streets.Has("st") && measures.Has("km") && designators.Has("resolution"), "number contexts"},
		{narrative.Attr("later", "form") == "end" && narrative.Attr("that", "form") == "alone" && spanBefore.Has("over"), "narrative words"},
		{clockWords.Attr("noon", "value") == "12:00" && meridiems.Attr("pm", "half") == "pm" && percentWords.Has("%"), "clock and share words"},
		{fullMonths.Has("june") && copulaNow.Has("is") && anniversaries.Has("anniversary") && fewerWords.Has("less"), "grammar words"},
		{verbMonths.Has("may") && lowerNoHoliday.Has("new year") && rangeTo.Has("through"), "month and holiday words"},
		{phraseEnds("but") && !phraseEnds("of") && dayEnds.Has("until") && weekTo.Has("through") && !weekTo.Has("till"), "phrase ends"},
		{weekendBefore.Has("over") && weekdayJoiners.Has("or") && yearZeros.Has("oh") && numberJoiners.Has("and"), "joining words"},
		{nthWeekdayOf.Has("of") && weekdayDayEnds.Has("at") && !weekdayDayEnds.Has("until"), "day-of-month ends"},
		{isCoord("and") && !isCoord("to") && !isCoord("through") && !isCoord("till"), "the coordinating range word"},
		{isClitic("'s") && isClitic("’s") && !isClitic("his") && !isClitic("s"), "the possessive clitic"},
		{shiftWords.Attr("before", "sign") == "-1" && shiftWords.Attr("from", "span") == "yes" && shiftWords.Attr("after", "span") == "" && shiftWords.Attr("after", "end") == "yes", "shift words"},
		{startJoined("starting", "on") && startJoined("beginning", "on") && startJoined("starting", "from") && !startJoined("beginning", "from") && !startJoined("starting", "at"), "start joiners"},
		{spokenYear.Attr("hundred", "part") == "hundred" && spokenYear.Attr("two", "part") == "millennium" && spokenYear.Attr("three", "part") == "", "spoken years"},
		{hasFold(definiteArticles, "The") && !hasFold(definiteArticles, "a") && hasSuffixIn("we’ll", futureClitics) && !hasSuffixIn("well", futureClitics), "folded and suffix lookups"},
		{trimPossessive("valentine's") == "valentine" && trimPossessive("presidents'") == "presidents" && trimPossessive("boss") == "boss", "possessive endings"},
		{slices.Equal(ordinalSuffixes.Words(), []string{"st", "nd", "rd", "th"}) && decadeS.Has("s") && dateOn.Has("on") && !dateOn.Has("in"), "construction words"},
	} {
		if !c.ok {
			t.Error(c.what)
		}
	}
}

// TestWordsDataMalformed: the loader timex's word file goes through
// rejects a malformed entry, naming the file and line.
func TestWordsDataMalformed(t *testing.T) {
	for _, bad := range []string{
		"@class\tnarrative\tform\tx\nnarrative\tlater\tkind=end\n",   // undeclared attribute
		"@class\tstreet\t-\tx\nstreet\tplace\n",                      // missing field
		"@class\tstreet\t-\tx\nstreet\tplace\t-\nstreet\tplace\t-\n", // repeated word
	} {
		if _, err := words.Parse(strings.NewReader(bad), "timex/rules/words.tsv"); err == nil || !strings.Contains(err.Error(), "timex/rules/words.tsv") {
			t.Errorf("%q: error %v, want one naming the file", bad, err)
		}
	}
}
