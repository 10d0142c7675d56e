package entity

// A person (or an organisation) described before the name by a
// nationality and lower-case words ("the Zorvan peace researcher Ana
// Ruiz", "Zorvan lawyer, author and activist, Ana Ruiz", "a Zorvan
// researcher, Ana Ruiz,") is of the nationality's country, with the
// head's agent where the head is a role word.

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// maxDescription is how many tokens a description may run between the
// nationality and the name.
const maxDescription = 8

// describedPersons codes each person mention of the sentence whose entity
// has no code and whose name a nationality's description opens, with the
// nationality's country, on the entity (its later mentions and pronouns
// are the same person); the nationality is then part of the person's
// phrase (used), no actor of its own. One bounded look back per person.
func (s *Stage) describedPersons(d *doc.Document, toks []token.Token, ems []em, covered []int, used map[int]bool) {
	for k, x := range ems {
		// (a name the tagger typed as an organisation too: "the Zorvan
		// shipping firm Velox" is as much of the country)
		if x.e.Type != "PERSON" && x.e.Type != "ORG" || x.e.Actor != nil {
			continue
		}
		if n, agent := s.describingNationality(d, toks, ems, covered, k); n >= 0 {
			c := compose(*ems[n].e.Actor, agent)
			x.e.Actor = &c
			used[n] = true
		}
	}
}

// describingNationality is the index of the nationality mention that
// opens a description of the person's mention ems[k]: before the name
// (and perhaps a comma), lower-case nouns and adjectives that are no role
// word, with commas and coordinators between them, then the nationality
// of a state; -1 where there is none. The agent is the head's, the word
// right before the name, where it is a role word.
func (s *Stage) describingNationality(d *doc.Document, toks []token.Token, ems []em, covered []int, k int) (int, string) {
	j := ems[k].first - 1
	if j >= 0 && toks[j].Text(d.Text) == "," {
		j-- // "a Zorvan researcher, Ana Ruiz,"
	}
	nouns, agent := 0, ""
	for steps := 0; j >= 0 && steps < maxDescription; steps++ {
		if covered[j] >= 0 {
			x := ems[covered[j]]
			if nouns > 0 && x.e.Type == "NORP" && x.e.Actor != nil && len(*x.e.Actor) == 3 && !NonState(*x.e.Actor) {
				return covered[j], agent
			}
			return -1, ""
		}
		w := toks[j].Text(d.Text)
		lw := strings.ToLower(w)
		switch {
		case w == "," || coordinators.Has(lw):
			if nouns == 0 {
				return -1, "" // a list of descriptions, not a clause's end
			}
		case w == lw && toks[j].Kind == token.Word && nounOrAdjective(d, toks[j].Start):
			if a, role := s.Lex.Agents[lw]; role && nouns == 0 {
				agent = a // the head is a role ("the Zorvan ambassador, Ana Ruiz")
			}
			nouns++
		default:
			return -1, ""
		}
		j--
	}
	return -1, ""
}
