package quote

import (
	_ "embed"
	"strings"

	"github.com/dragoman/dragoman/words"
)

//go:embed data/words.tsv
var wordsTSV string

// The stage's own word classes (data/words.tsv) and the shared ones it
// reads.
var (
	own          = words.MustParse(wordsTSV, "quote/data/words.tsv")
	subjectEnd   = own.Class("subject-end")
	trailing     = own.Class("trailing")
	spokesperson = own.Class("spokesperson")
	nameInner    = own.Class("name-inner")
	phraseOpener = own.Class("phrase-opener")
	phraseEnd    = own.Class("phrase-end")
	relative     = own.Class("relative")
	honorific    = own.Class("honorific")
	pronouns     = words.Get("pronoun")
	determiners  = words.Get("determiner")
	numbers      = words.Get("number")
	conjunctions = words.Get("conjunction")
	prepositions = words.Get("preposition")
	complement   = words.Get("complementizer")
)

// definite reports whether w (lower case) is the definite article.
func definite(w string) bool { return determiners.Attr(w, "definite") == "yes" }

// trimDefinite removes a definite article written in lower case and its
// space from the start of s ("the spokesperson" -> "spokesperson").
func trimDefinite(s string) string {
	if w, rest, ok := strings.Cut(s, " "); ok && definite(w) {
		return rest
	}
	return s
}

// possessiveClitics are the possessive determiners of the shared list
// that the tokenizer splits off a noun ("'s", "’s"): those that begin
// with an apostrophe.
var possessiveClitics = func() []string {
	var out []string
	for _, w := range determiners.Where("kind", "possessive") {
		if strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") {
			out = append(out, w)
		}
	}
	return out
}()
