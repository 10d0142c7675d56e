package entity

import (
	"strings"

	"github.com/dragoman/dragoman/token"
)

// maxOfficeWords bounds the words of an office between a title's "of"
// and the person's given name ("the Navy for Logistics").
const maxOfficeWords = 7

// officeRun reads, where the capitalised run from toks[i] broke at
// toks[j], a title ending at toks[j-1], "of" and an office written with
// its own lower-case connectors ("Secretary of the Navy for Logistics
// Ana Ruiz"), up to a given name and the capitalised words after it: the
// whole is one name, the person's with the title, which chunk splits as
// a title and its office. It returns the end of that run, or j.
func (s *Stage) officeRun(text string, toks []token.Token, i, j int) int {
	if j+2 >= len(toks) || prepositionRole(toks[j].Text(text)) != "genitive" || !connectors.Has(toks[j+1].Text(text)) {
		return j
	}
	titled := false
	for n := 1; n <= s.Lex.maxTitleWords && j-n >= i; n++ {
		if _, ok := s.title(text[toks[j-n].Start:toks[j-1].End]); ok {
			titled = true
			break
		}
	}
	if !titled {
		return j
	}
	office := 0 // capitalised office words read
	for k := j + 1; k < len(toks) && k <= j+1+maxOfficeWords; k++ {
		w := toks[k].Text(text)
		if !s.capWord(text, toks[k]) {
			if !connectors.Has(w) || strings.ToLower(w) != w || k > j+1 && prepositionRole(w) == "genitive" {
				return j // (a second "of" leads to a place, no office)
			}
			continue
		}
		if s.Lex.Given[w] {
			if office == 0 || !s.capWord(text, toks[k-1]) {
				return j
			}
			e := k + 1
			for e < len(toks) && s.capWord(text, toks[e]) {
				e++
			}
			return e
		}
		office++
	}
	return j
}
