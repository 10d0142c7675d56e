package cameo

// The parse's evidence for an event: the predicate and the phrases of its
// arguments, with their roles, as the event's JSON carries them.

import "github.com/dragoman/dragoman/doc"

// phrase is the span of word w's phrase: its subtree without the clauses,
// appositions, conjuncts and punctuation hanging on it.
func (p *parse) phrase(w int) doc.Span {
	sp := p.syn[w].Span
	var walk func(h int)
	walk = func(h int) {
		p.kids(h, func(k int) bool {
			switch p.rel(k) {
			case "acl", "appos", "punct", "parataxis", "ccomp", "advcl", "conj", "cc", "dep",
				"nsubj", "csubj", "cop", "expl", "aux", "mark":
				return true // (a clause's words around a noun that heads it)
			}
			sp.Start, sp.End = min(sp.Start, p.syn[k].Start), max(sp.End, p.syn[k].End)
			walk(k)
			return true
		})
	}
	walk(w)
	return sp
}

// evidence is the parse's reading of a predicate for the event's JSON.
func (p *parse) evidence(text string, a args) *doc.Evidence {
	pr := p.syn[a.pred].Span
	ev := &doc.Evidence{Predicate: doc.Trigger{Span: pr, Text: text[pr.Start:pr.End]}, Arguments: []doc.Argument{}}
	arg := func(role, via string, w int) {
		sp := p.phrase(w)
		ev.Arguments = append(ev.Arguments, doc.Argument{Role: role, Via: via, Span: sp, Text: text[sp.Start:sp.End]})
	}
	own := func(w int) bool { return p.head(w) == a.pred }
	noun := nominal(p.syn[a.pred].UPOS)
	// a conjunct has its list's role: "by Chile and Peru" are both
	// agents
	list := func(w int, ws []int) int {
		for h := p.head(w); p.syn[w].Rel == "conj" && h >= 0 && containsInt(ws, h); h = p.head(w) {
			w = h
		}
		return w
	}
	for _, x := range a.subj {
		w := list(x, a.subj)
		role, via := "subject", ""
		switch r := p.syn[w].Rel; {
		case r == "obl:agent" || (p.rel(w) == "obl" || p.rel(w) == "nmod") && (agentPreps[p.caseOf(w)] || p.strandedAgent(w)):
			role = "agent"
		case r == "nmod:poss":
			role = "possessor"
		case r == "amod" || r == "compound":
			role = "modifier"
		}
		if !own(w) {
			via = a.via
		}
		arg(role, via, x)
	}
	for _, x := range a.obj {
		w, via := list(x, a.obj), ""
		if !own(w) {
			via = a.via
			if a.objVia != "" {
				via = a.objVia
			}
		}
		arg("object", via, x)
	}
	for _, w := range a.iobj {
		arg("iobj", "", w)
	}
	for _, o := range a.obl {
		role := "obl:" + o.prep
		if noun {
			role = "nmod:" + o.prep
		}
		arg(role, "", o.head)
	}
	return ev
}
