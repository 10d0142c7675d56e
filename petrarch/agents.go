package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// Agents is a PETRARCH agent dictionary (Phoenix.agents.txt,
// PETR.Validate.agents.txt): titles and generic roles that compose with an
// actor's code ("Defense Secretary" [~GOV] with USA is USAGOV).
type Agents struct {
	// Entries are the entries in file order, substitution markers
	// expanded: "CONGRESS!PERSON! [~LEG]" gives CONGRESSMAN, CONGRESSMEN...
	Entries []*Agent
	// Warnings are lines skipped or repaired: an entry without a code,
	// a code closed with "}".
	Warnings []error

	byFirst map[string][]formRef
	first   *firstWords // byFirst's keys
}

// Agent is one entry of the agents dictionary.
type Agent struct {
	Words []string // upper case
	// Plurals are the plural forms: those in {...} when given (an empty
	// {} means none), else the regular plural of the last word; none for
	// an entry made by a substitution marker.
	Plurals [][]string
	// Code is the agent code without "~" ("GOV").
	Code string
	// Before is set for "CODE~": the code goes before the actor's code
	// (NGO~ with USA is NGOUSA); else after it (~GOV with USA is USAGOV).
	Before bool
	Line   int
}

// Compose joins an actor code and the agent's code.
func (a *Agent) Compose(actor string) string {
	if a.Before {
		return a.Code + actor
	}
	return actor + a.Code
}

// LoadAgents reads the agent dictionary at path.
func LoadAgents(path string) (*Agents, error) { return openWith(path, ReadAgents) }

// ReadAgents reads an agent dictionary; name is used in errors.
func ReadAgents(r io.Reader, name string) (*Agents, error) {
	lines, err := readLines(r, name, false)
	if err != nil {
		return nil, err
	}
	out := &Agents{}
	fail := func(l line, f string, a ...any) error {
		return &Error{File: name, Line: l.n, Msg: fmt.Sprintf(f, a...)}
	}
	subst := map[string][]string{}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if t[0] == '!' {
			if lhs, rhs, ok := strings.Cut(t, "="); ok {
				marker := strings.TrimSpace(lhs)
				if len(marker) < 3 || !strings.HasSuffix(marker, "!") || strings.Count(marker, "!") != 2 {
					return nil, fail(l, "malformed substitution marker %q (want !NAME! = A, B)", marker)
				}
				var items []string
				for _, it := range strings.Split(rhs, ",") {
					if it = strings.ToUpper(strings.TrimSpace(it)); it != "" {
						items = append(items, it)
					}
				}
				if len(items) == 0 {
					return nil, fail(l, "empty substitution set %s", marker)
				}
				subst[strings.ToUpper(marker)] = items
				continue
			}
		}
		// the code: "[~GOV]", "[NGO~]"; the files also close one with "}"
		i := strings.LastIndexByte(t, '[')
		if i < 0 {
			out.Warnings = append(out.Warnings, fail(l, "entry %q has no [CODE]; skipped", t))
			continue
		}
		j := strings.IndexAny(t[i:], "]}")
		if j < 0 || strings.TrimSpace(t[i+j+1:]) != "" {
			return nil, fail(l, "malformed code in %q (want PHRASE {PLURALS} [~CODE])", t)
		}
		if t[i+j] == '}' {
			out.Warnings = append(out.Warnings, fail(l, "code closed with }"))
		}
		raw := strings.ToUpper(strings.TrimSpace(t[i+1 : i+j]))
		a := Agent{Line: l.n}
		switch {
		case strings.HasPrefix(raw, "~") && !strings.HasSuffix(raw, "~"):
			a.Code = raw[1:]
		case strings.HasSuffix(raw, "~") && !strings.HasPrefix(raw, "~"):
			a.Code, a.Before = raw[:len(raw)-1], true
		default:
			return nil, fail(l, "agent code [%s] must start or end with ~", raw)
		}
		if a.Code == "" || strings.ContainsAny(a.Code, " \t~") {
			return nil, fail(l, "malformed agent code [%s]", raw)
		}
		phrase := strings.TrimSpace(t[:i])
		var plurals [][]string
		explicit := false
		if k := strings.IndexByte(phrase, '{'); k >= 0 {
			m := strings.IndexByte(phrase, '}')
			if m < k || strings.TrimSpace(phrase[m+1:]) != "" {
				return nil, fail(l, "malformed plurals in %q (want PHRASE {PLURAL ...} [~CODE])", t)
			}
			explicit = true
			for _, p := range strings.Fields(phrase[k+1 : m]) {
				if ws := words(p); len(ws) > 0 {
					plurals = append(plurals, ws)
				}
			}
			phrase = strings.TrimSpace(phrase[:k])
		}
		if strings.ContainsAny(phrase, "[]{}") {
			return nil, fail(l, "malformed phrase %q", phrase)
		}
		expanded, err := substitute(strings.ToUpper(phrase), subst)
		if err != nil {
			return nil, fail(l, "%v", err)
		}
		for _, p := range expanded {
			e := a
			e.Words = words(p)
			if len(e.Words) == 0 {
				return nil, fail(l, "empty phrase in %q", t)
			}
			switch {
			case explicit:
				e.Plurals = plurals
			case len(expanded) == 1:
				pl := append([]string(nil), e.Words...)
				pl[len(pl)-1] = plural(pl[len(pl)-1])
				e.Plurals = [][]string{pl}
			}
			out.Entries = append(out.Entries, &e)
		}
	}
	out.index()
	return out, nil
}

// substitute expands the !NAME! markers of a phrase.
func substitute(p string, subst map[string][]string) ([]string, error) {
	i := strings.IndexByte(p, '!')
	if i < 0 {
		return []string{p}, nil
	}
	j := strings.IndexByte(p[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("unclosed substitution marker in %q", p)
	}
	marker := p[i : i+j+2]
	items, ok := subst[marker]
	if !ok {
		return nil, fmt.Errorf("undefined substitution marker %s", marker)
	}
	rest, err := substitute(p[i+j+2:], subst)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range items {
		for _, r := range rest {
			out = append(out, p[:i]+it+r)
		}
	}
	return out, nil
}

// formRef points at one form of an agent, its words normalised (Norm).
type formRef struct {
	a      *Agent
	words  []string
	plural bool
}

func (g *Agents) index() {
	g.byFirst = map[string][]formRef{}
	for _, a := range g.Entries {
		forms := append([][]string{a.Words}, a.Plurals...)
		for k, f := range forms {
			ws := make([]string, len(f))
			for i, w := range f {
				ws[i] = Norm(w)
			}
			if ws[0] == "" {
				continue
			}
			g.byFirst[ws[0]] = append(g.byFirst[ws[0]], formRef{a, ws, k > 0})
		}
	}
	g.first = new(firstWords)
	for w := range g.byFirst {
		g.first.add(w)
	}
}

// Match finds the longest agent phrase (singular or plural) at the start
// of ws, compared normalised (Norm): the agent, the number of words, and
// whether the plural matched; nil, 0, false when none.
func (g *Agents) Match(ws []string) (*Agent, int, bool) {
	if len(ws) == 0 || g.byFirst == nil {
		return nil, 0, false
	}
	var buf [64]byte
	if b, ok := normASCII(&buf, ws[0]); ok && (!g.first.may(b) || g.byFirst[string(b)] == nil) {
		return nil, 0, false
	}
	cands := g.byFirst[Norm(ws[0])]
	var norm []string
	var best *Agent
	bestN, bestPl := 0, false
	for _, r := range cands {
		if len(r.words) <= bestN || len(r.words) > len(ws) {
			continue
		}
		for len(norm) < len(r.words) {
			norm = append(norm, Norm(ws[len(norm)]))
		}
		ok := true
		for i, w := range r.words {
			if norm[i] != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestN, bestPl = r.a, len(r.words), r.plural
		}
	}
	return best, bestN, bestPl
}

// Starts reports whether some agent phrase begins with the word (compared
// normalised): a cheap test before Match.
func (g *Agents) Starts(w string) bool {
	var buf [64]byte
	if b, ok := normASCII(&buf, w); ok {
		if !g.first.may(b) {
			return false
		}
		_, ok := g.byFirst[string(b)]
		return ok
	}
	_, ok := g.byFirst[Norm(w)]
	return ok
}
