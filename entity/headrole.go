package entity

// A person the headline introduces with a nationality and a role word
// ("Zorvan journalist Ana Ruiz freed") and that nothing else codes: the
// body often names her by her name alone ("Ana Ruiz was freed").

import (
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// headlineRoles gives each person with no code whom the headline names
// right after a lower-case role word, itself right after a state's
// nationality or name, that country with the role's agent, on the entity
// (all its mentions) and on the body's actor phrases of it that have no
// code of their own. One pass over the headline's mentions and, for each
// person coded, over the document's actor phrases.
// htext and htoks are the headline's text and view, as process read them.
func (s *Stage) headlineRoles(d *doc.Document, htext string, htoks []token.Token) {
	if len(htoks) < 3 {
		return
	}
	// the headline's mentions by their first and last token
	byFirst := map[int]*doc.Entity{}
	byLast := map[int]*doc.Entity{}
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if m.In != "headline" {
				continue
			}
			a, ok1 := tokenStarting(htoks, m.Start)
			b, ok2 := tokenEnding(htoks, m.End)
			if ok1 && ok2 {
				byFirst[a] = e
				byLast[b] = e
			}
		}
	}
	for a, e := range byFirst {
		// (a name the tagger typed as an organisation too: "Zorvan
		// newspaper La Voz" is the country's medium as well)
		if e.Type != "PERSON" && e.Type != "ORG" || e.Actor != nil || a < 2 {
			continue
		}
		w := htoks[a-1].Text(htext)
		agent, ok := s.Lex.Agents[w]
		if !ok || w != strings.ToLower(w) {
			continue
		}
		n := byLast[a-2]
		if n == nil || n.Actor == nil || len(*n.Actor) != 3 || NonState(*n.Actor) || n.Type != "NORP" && n.Type != "GPE" {
			continue
		}
		c := compose(*n.Actor, agent)
		e.Actor = &c
		// (after the body's actor phrases: those of the person that
		// carry no code or only the article's country take hers)
		for k := range d.Actors {
			if x := &d.Actors[k]; x.Entity == e.ID && (x.Code == "" || x.Code == s.context) {
				x.Code = c
			}
		}
	}
}
