package entity

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/words"
)

//go:embed data/shapes.tsv
var shapesTSV string

// The stage's own word classes (data/shapes.tsv).
var (
	shapes       = words.MustParse(shapesTSV, "entity/data/shapes.tsv")
	connectors   = shapes.Class("connector")
	orgWords     = shapes.Class("org-head")
	orgStarts    = shapes.Class("org-start")
	facWords     = shapes.Class("facility")
	eventWords   = shapes.Class("event")
	locWords     = shapes.Class("location")
	compassWords = shapes.Class("compass")
	modifiers    = shapes.Class("modifier")
	noInitial    = shapes.Class("no-initial")
	ownerBefore  = shapes.Class("owner-before")
	jurisdiction = shapes.Class("jurisdiction")
	nameArticle  = shapes.Class("name-article")
	coordinators = shapes.Class("coordinator")
	possessives  = shapes.Class("possessive")
	openings     = shapes.Class("opening")
	months       = words.Get("month")
	weekdays     = words.Get("weekday")
)

// isCalendarWord reports whether a lower-case word is a month or weekday
// name written out in the singular (abbreviations such as "Sun" may be
// names).
func isCalendarWord(w string) bool {
	return months.Has(w) && months.Attr(w, "abbr") == "" || weekdays.Has(w) && weekdays.Attr(w, "abbr") == "" && weekdays.Attr(w, "plural") == ""
}

// isArticle reports whether w is the name article written in lower case
// or capitalised ("the", "The"; not "THE").
func isArticle(w string) bool {
	lw := strings.ToLower(w)
	return nameArticle.Has(lw) && (w == lw || w == capitalise(lw))
}

// capitalise upper-cases the first letter of w.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
