package entity

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

//go:embed data/shapes.tsv
var shapesTSV string

// The stage's own word classes (data/shapes.tsv).
var (
	shapes          = words.MustParse(shapesTSV, "entity/data/shapes.tsv")
	connectors      = shapes.Class("connector")
	orgWords        = shapes.Class("org-head")
	orgStarts       = shapes.Class("org-start")
	facWords        = shapes.Class("facility")
	eventWords      = shapes.Class("event")
	locWords        = shapes.Class("location")
	compassWords    = shapes.Class("compass")
	modifiers       = shapes.Class("modifier")
	pastOffice      = shapes.Class("past-office")
	noInitial       = shapes.Class("no-initial")
	ownerBefore     = shapes.Class("owner-before")
	jurisdiction    = shapes.Class("jurisdiction")
	armedUnit       = shapes.Class("armed-unit")
	armedGroups     = shapes.Class("armed-group")
	placeCues       = shapes.Class("place-cue")
	placeNouns      = shapes.Class("place-noun")
	ordinalEndings  = shapes.Class("ordinal-ending")
	statelessBefore = shapes.Class("stateless")
	nameArticle     = shapes.Class("name-article")
	coordinators    = shapes.Class("coordinator")
	possessives     = shapes.Class("possessive")
	openings        = shapes.Class("opening")
	pluralEnding    = shapes.Class("plural-ending")
	institutions    = shapes.Class("institution")
	collectives     = shapes.Class("collective")
	countryNouns    = shapes.Class("country-anaphor")
	possessors      = shapes.Class("name-possessor")
	branchIn        = shapes.Class("branch-in")
	titleRanks      = shapes.Class("title-rank")
	itVerbs         = shapes.Class("it-verb") // subjects "it" seldom an actor
	// pluralEndings are the plural endings in the order they are tried
	pluralEndings = pluralEnding.Words()
	months        = words.Get("month")
	weekdays      = words.Get("weekday")
	prepositions  = words.Get("preposition")
)

// prepositionRole is the role of w, any case, as a preposition of the
// closed-class list ("genitive" for "of", "goal" for "to"; "" for none).
func prepositionRole(w string) string { return prepositions.Attr(strings.ToLower(w), "role") }

// isCalendarWord reports whether a lower-case word is a month or weekday
// name written out in the singular (abbreviations such as "Sun" may be
// names).
func isCalendarWord(w string) bool {
	return months.Has(w) && months.Attr(w, "abbr") == "" || weekdays.Has(w) && weekdays.Attr(w, "abbr") == "" && weekdays.Attr(w, "plural") == ""
}

// articles are the forms of the name article a name may begin with,
// capitalised then lower case ("The", "the"; not "THE"), and
// articlePrefixes the same followed by a space.
var articles, articlePrefixes = articleForms()

func articleForms() (forms, prefixes []string) {
	for _, a := range nameArticle.Words() {
		forms = append(forms, capitalise(a))
	}
	forms = append(forms, nameArticle.Words()...)
	for _, f := range forms {
		prefixes = append(prefixes, f+" ")
	}
	return forms, prefixes
}

// isArticle reports whether w is the name article written in lower case
// or capitalised.
func isArticle(w string) bool { return slices.Contains(articles, w) }

// trimArticle removes the name article that begins a name ("The
// Washington Post" -> "Washington Post").
func trimArticle(name string) string {
	for _, p := range articlePrefixes {
		name = strings.TrimPrefix(name, p)
	}
	return name
}

// capitalise upper-cases the first letter of w.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// singular undoes a regular English plural: the first plural ending of
// data/shapes.tsv that w has gives way to its singular ending.
func singular(w string) string {
	for _, e := range pluralEndings {
		if strings.HasSuffix(w, e) {
			return w[:len(w)-len(e)] + pluralEnding.Attr(e, "singular")
		}
	}
	return w
}

// possessiveS are the possessive endings of data/shapes.tsv that end in
// "s" ("'s", "’s"; not the bare apostrophes), in file order.
var possessiveS = func() []string {
	var out []string
	for _, p := range possessives.Words() {
		if len(p) > 1 && strings.HasSuffix(p, "s") {
			out = append(out, p)
		}
	}
	return out
}()

// trimPossessive removes the possessive endings in "s" from the end of w,
// each once in turn ("Zorvan's" -> "Zorvan").
func trimPossessive(w string) string {
	for _, p := range possessiveS {
		w = strings.TrimSuffix(w, p)
	}
	return w
}

// countryAnaphor reports whether toks[k] is a noun that stands for a
// country named before it: "country", "nation" after the definite article
// or a demonstrative and before a possessive ending ("the country's").
func countryAnaphor(text string, toks []token.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !countryNouns.Has(strings.ToLower(toks[k].Text(text))) || !possessives.Has(toks[k+1].Text(text)) {
		return false
	}
	det := strings.ToLower(toks[k-1].Text(text))
	return words.Attr("determiner", det, "definite") == "yes" || words.Attr("determiner", det, "kind") == "demonstrative"
}
