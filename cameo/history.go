package cameo

import (
	"strconv"

	"github.com/dragoman/dragoman/doc"
)

// HistoryYears is how far before publication a year named in a sentence
// must lie for the sentence to be read as retelling history. Wire copy
// places current acts beside old ones ("France condemned allegations that
// it had played a role in the 1994 genocide"); a shallow coder cannot tell
// reliably which verbs belong to the history, so, as PETRARCH and Phoenix
// set aside sentences naming a past year, dragoman lists the events of such
// a sentence below MinConfidence with a caveat, except those dated by the
// old year itself, which are history correctly dated, and those the parse
// reads in the present or the present perfect (toldAsCurrent), which are
// no acts of that year.
const HistoryYears = 10

// publicationYear is the year of the article's publication date (or of the
// latest date it can have), or 0 when unknown.
func publicationYear(d *doc.Document) int {
	v := d.Published.Value
	if v == nil {
		v = d.Published.Latest
	}
	if v == nil {
		return 0
	}
	return yearOf(*v)
}

// yearOf reads the year of a TIMEX3 date value ("1994", "1994-04-07"), or 0.
func yearOf(v string) int {
	if len(v) < 4 || len(v) > 4 && v[4] != '-' {
		return 0
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return 0
	}
	return y
}

// historic reports whether a date value lies HistoryYears or more before
// the publication year.
func historic(v *string, year int) bool {
	if v == nil || year == 0 {
		return false
	}
	y := yearOf(*v)
	return y > 0 && y <= year-HistoryYears
}

// retold returns the text of a date in the sentence (among times, the
// indexes of the time expressions that overlap it) that lies
// HistoryYears or more before publication, or "".
func retold(d *doc.Document, sent doc.Span, times []int, year int) string {
	if year == 0 {
		return ""
	}
	for _, i := range times {
		t := d.Times[i]
		if t.Start >= sent.Start && t.End <= sent.End && t.Type == "DATE" && historic(t.Value, year) {
			return t.Text
		}
	}
	return ""
}

// toldAsCurrent reports whether the parse reads event e's predicate as a
// verb in the present or the present perfect ("has sentenced", "says",
// "are holding"): English tells no act of a year long past in those
// tenses, so a past year elsewhere in the sentence ("for the 1983
// killing") dates another act, not this one.
func toldAsCurrent(d *doc.Document, e *doc.Event) bool {
	ss, j := predicateWord(d, e)
	if j < 0 || d.Syntax.Tokens[j].UPOS != "VERB" {
		return false
	}
	if x := d.Syntax.Tokens[j].XPOS; x == "VBZ" || x == "VBP" {
		return true
	}
	for _, k := range d.Syntax.Tokens[ss.First:ss.End] {
		// an auxiliary of the verb in the present: "has", "have", "is",
		// "are" ("has sentenced", "are holding")
		if int(k.Head) == j && k.Rel == "aux" && (k.XPOS == "VBZ" || k.XPOS == "VBP") {
			return true
		}
	}
	return false
}
