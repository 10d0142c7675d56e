// A predicate's verb group read from the dependency parse: its
// auxiliaries, passive auxiliary, copula, negation and the adverbs among
// them, rather than the words a window before the verb happens to hold.

package cameo

// predGroup is the verb group of one predicate word as the parse reads
// it: the dependents of the predicate that build its tense, voice,
// modality and polarity ("had not been", "will soon be", "could have").
type predGroup struct {
	pred int // the predicate's word
	// start is the view token that opens the group: the first of the
	// group's words that stand, with only group words between, right
	// before the predicate's token (the predicate's own token for a bare
	// verb). "officials who had not yet been told": at "had".
	start int
	// aux lists the group's auxiliary words (aux, aux:pass, cop), in order
	aux     []int
	modal   int  // the modal auxiliary's word ("will", "could"), -1 for none
	passive bool // an aux:pass, or "be" as the copula of a participle ("were shot")
	perfect bool // a "have" auxiliary ("has signed", "to have met")
	negated bool // a negator among the auxiliaries or adverbs ("not", "never")
}

// groupRel reports whether word k, a dependent of its predicate, belongs
// to the predicate's verb group by its relation.
func (p *parse) groupRel(k int) bool {
	switch p.syn[k].Rel {
	case "aux", "aux:pass", "cop":
		return true
	case "advmod":
		return p.syn[k].XPOS != "WRB" // "when", "where" open a clause
	}
	return false
}

// inGroup reports whether word w belongs to the verb group of predicate
// j: a group word of j, or an adverb on one ("reportedly once again been":
// the parser hangs "reportedly" on "once", "once" on "again").
func (p *parse) inGroup(w, j int) bool {
	for n := 0; w >= 0 && n < 4; n++ {
		h := p.head(w)
		if h == j {
			return p.groupRel(w)
		}
		if p.syn[w].Rel != "advmod" || h < 0 || h > j {
			return false
		}
		w = h
	}
	return false
}

// hasAux reports whether the group holds an auxiliary proper (an aux,
// not the passive auxiliary or a copula): "has taken", "will take".
func (g *predGroup) hasAux(p *parse) bool {
	for _, k := range g.aux {
		if p.syn[k].Rel == "aux" {
			return true
		}
	}
	return false
}

// verbGroupOf reads the verb group of predicate word j.
func (p *parse) verbGroupOf(j int) predGroup {
	g := predGroup{pred: j, start: p.tokOf[j], modal: -1}
	p.kids(j, func(k int) bool {
		t := &p.syn[k]
		switch t.Rel {
		case "aux", "aux:pass", "cop":
			g.aux = append(g.aux, k)
		}
		switch t.Rel {
		case "aux:pass":
			g.passive = true
		case "cop":
			g.passive = g.passive || hasFold(beLemma, t.Lemma) && p.participle(j)
		case "aux":
			if t.XPOS == "MD" {
				g.modal = k
			} else if hasFold(haveLemma, t.Lemma) {
				g.perfect = true
			}
		}
		if (t.Rel == "advmod" || t.Rel == "aux") && negWord(t.Lemma) {
			g.negated = true
		}
		return true
	})
	// the group's opening: back over the view tokens whose head word is
	// a group word of j
	for v := p.tokOf[j] - 1; v >= 0; v-- {
		if !p.inGroup(p.synAt(v), j) {
			break
		}
		g.start = v
	}
	return g
}

// verbGroupAt is the verb group of the verb trigger at view token i, and
// whether the parse reads that token as a verb (or a participle after
// "be") to give it one. A token the parser read as a noun or left
// unattached has no group the parse can vouch for: the caller reads its
// words.
func (p *parse) verbGroupAt(i int) (predGroup, bool) {
	j := p.synAt(i)
	if j < 0 {
		return predGroup{}, false
	}
	switch p.syn[j].UPOS {
	case "VERB":
	case "ADJ":
		if !p.participle(j) {
			return predGroup{}, false
		}
	default:
		return predGroup{}, false
	}
	return p.verbGroupOf(j), true
}

// triggerGroup is the verb group of verb trigger t as the parse reads
// it, nil for a noun trigger or a token the parse gives no verb group.
func (sc *sentCtx) triggerGroup(t *trigger) *predGroup {
	if t.p.Noun {
		return nil
	}
	return sc.parse.groupAt(t.at)
}

// groupAt is the verb group of the verb at view token i, nil where the
// parse gives it none (see verbGroupAt).
func (p *parse) groupAt(i int) *predGroup {
	if g, ok := p.verbGroupAt(i); ok {
		return &g
	}
	return nil
}
