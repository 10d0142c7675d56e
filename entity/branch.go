package entity

import (
	"strings"

	"github.com/dragoman/dragoman/token"
)

// branchIn extends m, a transnational militant group's known name that
// ends before toks[j], over a branch word and the country's name after
// it ("X in Zorvania"): the whole names the group's branch in that
// country, coded as the country's armed group (the branch word's agent).
// It returns the token after the country's name, or j where there is no
// such branch.
func (s *Stage) branchIn(text string, toks []token.Token, j int, m *mention) int {
	if m.known == nil || m.known.Type != "ORG" || !strings.HasPrefix(m.known.Actor, "IMG") || j == 0 || j+1 >= len(toks) || m.span.End != toks[j-1].End {
		return j
	}
	agent := branchIn.Attr(strings.ToLower(toks[j].Text(text)), "agent")
	if agent == "" {
		return j
	}
	e := j + 1
	for e < len(toks) && s.capWord(text, toks[e]) {
		e++
	}
	if e == j+1 {
		return j
	}
	cc := s.ISO3(s.countryNamed(text[toks[j+1].Start:toks[e-1].End]))
	if cc == "" {
		return j
	}
	m.span.End = toks[e-1].End
	m.name = text[m.span.Start:m.span.End]
	m.known = &Known{Name: m.name, Type: "ORG", Actor: cc + agent}
	m.words += e - j
	for _, t := range toks[j:e] {
		m.parts = append(m.parts, t.Text(text))
	}
	return e
}
