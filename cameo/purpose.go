package cameo

// protestPurpose tells whether trigger k, a demand (10), states the
// purpose of a protest (14) in its sentence: the parse attaches it as an
// adverbial, controlled or participial clause to the protest's predicate,
// or to a verb whose object is the protest ("marched through the city to
// demand new elections", "began a sit-in demanding the minister's
// resignation"). CAMEO's protest codes already say what a protest is
// for, so the demand is not a second event. When the parse attaches the
// clause elsewhere, protestBefore reads the words.
func (sc *sentCtx) protestPurpose(kept []trigger, k int) bool {
	p := sc.parse
	t := &kept[k]
	if p == nil || t.p.Noun || t.p.Code[:2] != "10" || p.synAt(t.at) < 0 {
		return false
	}
	protest := func(w int) bool {
		v := p.tokOf[w]
		for i := range kept {
			if i != k && kept[i].p.Code[:2] == "14" && kept[i].at <= v && v <= kept[i].end {
				return true
			}
		}
		return false
	}
	if protestBefore(sc.lower, kept, k) {
		return true
	}
	j := p.synOf[t.at]
	for step := 0; step < 2; step++ {
		switch p.rel(j) {
		case "advcl", "xcomp", "acl":
		default:
			return false
		}
		h := p.head(j)
		if h < 0 {
			return false
		}
		if protest(h) {
			return true
		}
		found := false
		p.kids(h, func(o int) bool {
			if p.rel(o) == "obj" && protest(o) {
				found = true
				return false
			}
			return true
		})
		if found {
			return true
		}
		j = h
	}
	return false
}

// protestBefore is the parse-free reading of protestPurpose for an
// infinitive of purpose ("began a sit-in outside the ministry to demand"):
// the nearest trigger before "to" in the same clause, within 14 tokens
// and no comma between, is a protest.
func protestBefore(lower []string, kept []trigger, k int) bool {
	t := &kept[k]
	if t.at < 2 || !infinitiveMarkers[lower[t.at-1]] || realGovernors[lower[t.at-2]] {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		u := &kept[j]
		if t.at-u.end > 14 {
			return false
		}
		for m := u.end + 1; m < t.at; m++ {
			if clauseBreak(lower[m]) || lower[m] == "," {
				return false
			}
		}
		return u.p.Code[:2] == "14"
	}
	return false
}

// clauseOnBefore reports whether one of the nouns ws has a clause of its
// own (a participle or a relative clause) that stands before word j.
func (p *parse) clauseOnBefore(ws []int, j int) bool {
	found := false
	for _, w := range ws {
		p.kids(w, func(k int) bool {
			if k < j && (p.syn[k].Rel == "acl" || p.syn[k].Rel == "acl:relcl") {
				found = true
				return false
			}
			return true
		})
	}
	return found
}
