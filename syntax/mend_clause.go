package syntax

import "strings"

// mendClauses mends parses whose clauses are put together in a way no
// Universal Dependencies tree of English is, where the words show what was
// meant; it reports whether it changed an arc. Each mend is one parser
// error with a clear signature:
//   - The root is a punctuation mark with one word under it (an opening
//     quotation mark taken for the root): that word is the root.
//   - A subordinating conjunction hangs on the subject of a clause ("if"
//     on "prices" in "if prices do not fall"): it marks the
//     subject's verb, and that verb, read as a parataxis, is an adverbial
//     clause, of the nearest verb of its head's chain of complements.
//   - A finite verb with no subject of its own and no conjunction follows
//     a noun read as a conjunct of a noun of an earlier clause ("the
//     mayor lives in Lyon and the council meets", "the council" read as
//     a conjunct of "Lyon"): the noun is its subject, and the verb a
//     conjunct of that earlier clause's verb.
//   - The root is a noun with no subject, copula or auxiliary, and a
//     clause on it whose subject is a proper noun right after a comma
//     after a proper noun of the root's phrase ("the mills in Leeds,
//     England have been sold", "England" read as the subject):
//     that proper noun is an apposition of the one before the comma, the
//     clause is the sentence's, and the root noun its subject.
//   - A past participle with no subject or auxiliary hangs as a nominal
//     oblique (obl, nmod) right after the object of a verb ("found the
//     shop in town looted", "looted" read as an oblique of the next
//     clause): it is that verb's complement (xcomp), said of the object.
//   - "that" read as a pronoun object of a verb, followed, past
//     punctuation only, by a clause with its own subject hung higher up
//     ("noted that, the rules apply"): it is the conjunction that opens
//     that clause, the verb's complement.
func mendClauses(words []string, a *Analysis, sc *mendScratch) bool {
	n := len(words)
	changed := false
	for _, mend := range []func([]string, *Analysis, *mendScratch) bool{mendPunctRoot, mendSubjectMark, mendOrphanVerb, mendNominalRoot, mendParticipleOblique, mendThatObject} {
		sc.link(a, n)
		if mend(words, a, sc) {
			changed = true
		}
	}
	return changed
}

// link fills sc.children from a's heads.
func (sc *mendScratch) link(a *Analysis, n int) {
	sc.children = growInts(sc.children, n+1)
	for i := range sc.children {
		sc.children[i] = sc.children[i][:0]
	}
	for d, h := range a.Head[:n] {
		if h >= 0 && h <= n {
			sc.children[h] = append(sc.children[h], d+1)
		}
	}
}

// dominates reports whether word x (1-based) is y or under it.
func dominates(a *Analysis, y, x int) bool {
	for steps := 0; x >= 1 && steps <= len(a.Head); steps++ {
		if x == y {
			return true
		}
		x = a.Head[x-1]
	}
	return false
}

// childRel returns the first child of w whose relation has the prefix
// rel, or 0.
func (sc *mendScratch) childRel(a *Analysis, w int, rel string) int {
	for _, c := range sc.children[w] {
		if strings.HasPrefix(a.Rel[c-1], rel) {
			return c
		}
	}
	return 0
}

func mendPunctRoot(words []string, a *Analysis, sc *mendScratch) bool {
	root := 0
	for w := 1; w <= len(words); w++ {
		if a.Head[w-1] == 0 {
			root = w
			break
		}
	}
	if root == 0 || a.UPOS[root-1] != "PUNCT" {
		return false
	}
	only := 0
	for _, c := range sc.children[root] {
		if a.UPOS[c-1] != "PUNCT" {
			if only != 0 {
				return false
			}
			only = c
		}
	}
	if only == 0 {
		return false
	}
	for _, c := range sc.children[root] {
		if c != only {
			a.Head[c-1] = only
		}
	}
	a.Head[only-1], a.Rel[only-1] = 0, "root"
	a.Head[root-1], a.Rel[root-1] = only, "punct"
	return true
}

func mendSubjectMark(words []string, a *Analysis, sc *mendScratch) bool {
	changed := false
	for m := 1; m <= len(words); m++ {
		if a.Rel[m-1] != "mark" || a.UPOS[m-1] != "SCONJ" && a.UPOS[m-1] != "ADP" {
			continue
		}
		s := a.Head[m-1]
		if s <= m || !strings.HasPrefix(a.Rel[s-1], "nsubj") || !nominalTag(a.UPOS[s-1]) {
			continue
		}
		v := a.Head[s-1]
		if v < 1 || v < s || a.UPOS[v-1] != "VERB" && a.UPOS[v-1] != "AUX" || sc.childRel(a, v, "mark") != 0 {
			continue
		}
		a.Head[m-1] = v
		if a.Rel[v-1] == "parataxis" {
			// an adverbial clause after a verb and its complement
			// goes with the nearer, the complement ("promised to
			// sell the farm if prices fall")
			a.Rel[v-1] = "advcl"
			for u := a.Head[v-1]; u >= 1; {
				x := 0
				for _, c := range sc.children[u] {
					if a.Rel[c-1] == "xcomp" && c > u && c < v && a.UPOS[c-1] == "VERB" {
						x = c
					}
				}
				if x == 0 {
					break
				}
				a.Head[v-1], u = x, x
			}
		}
		changed = true
	}
	return changed
}

func mendOrphanVerb(words []string, a *Analysis, sc *mendScratch) bool {
	for v := 1; v <= len(words); v++ {
		if a.UPOS[v-1] != "VERB" {
			continue
		}
		switch a.XPOS[v-1] {
		case "VBZ", "VBP", "VBD":
		default:
			continue
		}
		switch a.Rel[v-1] {
		case "advcl", "parataxis", "ccomp":
		default:
			continue
		}
		if sc.childRel(a, v, "nsubj") != 0 || sc.childRel(a, v, "csubj") != 0 || sc.childRel(a, v, "expl") != 0 ||
			sc.childRel(a, v, "mark") != 0 || sc.childRel(a, v, "cc") != 0 {
			continue
		}
		// the nearest word before v that is not punctuation or in the
		// subtree of a word between the noun and v
		k := 0
		for x := v - 1; x >= 1; x-- {
			u := a.UPOS[x-1]
			if u == "VERB" || u == "AUX" || u == "SCONJ" {
				break
			}
			if a.Rel[x-1] == "conj" && nominalTag(u) {
				k = x
				break
			}
		}
		if k == 0 {
			continue
		}
		cc := sc.childRel(a, k, "cc")
		if cc == 0 || cc > k {
			continue
		}
		// every word between k and v hangs under k or under a word
		// between them, never under v's clause through v
		ok := true
		for y := k + 1; y < v; y++ {
			if dominates(a, v, y) || a.UPOS[y-1] == "VERB" || a.UPOS[y-1] == "AUX" {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// the clause k's coordination stands in: the verb over its
		// first conjunct
		first := a.Head[k-1]
		for first >= 1 && a.Rel[first-1] == "conj" {
			first = a.Head[first-1]
		}
		u := first
		for u >= 1 && a.UPOS[u-1] != "VERB" {
			u = a.Head[u-1]
		}
		if u < 1 || dominates(a, v, u) || u >= v {
			continue
		}
		a.Head[k-1], a.Rel[k-1] = v, "nsubj"
		a.Head[cc-1] = v
		a.Head[v-1], a.Rel[v-1] = u, "conj"
		return true
	}
	return false
}

func mendNominalRoot(words []string, a *Analysis, sc *mendScratch) bool {
	n := len(words)
	root := 0
	for w := 1; w <= n; w++ {
		if a.Head[w-1] == 0 {
			root = w
			break
		}
	}
	if root == 0 || a.UPOS[root-1] != "NOUN" && a.UPOS[root-1] != "PROPN" {
		return false
	}
	for _, c := range sc.children[root] {
		if r := a.Rel[c-1]; r == "cop" || strings.HasPrefix(r, "nsubj") || strings.HasPrefix(r, "aux") || strings.HasPrefix(r, "csubj") {
			return false
		}
	}
	for _, v := range sc.children[root] {
		if v < root || a.UPOS[v-1] != "VERB" {
			continue
		}
		if r := a.Rel[v-1]; r != "acl:relcl" && r != "parataxis" {
			continue
		}
		if sc.childRel(a, v, "mark") != 0 {
			return false
		}
		s := 0
		for _, c := range sc.children[v] {
			if strings.HasPrefix(a.Rel[c-1], "nsubj") {
				if s != 0 {
					return false
				}
				s = c
			}
		}
		// the subject: a proper noun after a comma after a proper noun
		// of the root's phrase, and nothing of its own before it
		if s == 0 || s > v || a.UPOS[s-1] != "PROPN" || s < 3 || words[s-2] != "," {
			return false
		}
		p := s - 2
		if a.UPOS[p-1] != "PROPN" || !dominates(a, root, p) || dominates(a, v, p) {
			return false
		}
		if lo, _ := sc.span(a, s, 6); lo < s {
			return false
		}
		rel := a.Rel[s-1]
		a.Head[s-1], a.Rel[s-1] = p, "appos"
		a.Head[s-2] = s // the comma
		a.Head[v-1], a.Rel[v-1] = 0, "root"
		a.Head[root-1], a.Rel[root-1] = v, rel
		for _, c := range sc.children[root] {
			if c > v {
				a.Head[c-1] = v
			}
		}
		return true
	}
	return false
}

func mendParticipleOblique(words []string, a *Analysis, sc *mendScratch) bool {
	changed := false
	for v := 2; v <= len(words); v++ {
		if a.UPOS[v-1] != "VERB" || a.XPOS[v-1] != "VBN" && a.XPOS[v-1] != "VBD" || !strings.HasSuffix(strings.ToLower(words[v-1]), "ed") {
			continue
		}
		if r := a.Rel[v-1]; r != "obl" && r != "nmod" {
			continue
		}
		if sc.childRel(a, v, "nsubj") != 0 || sc.childRel(a, v, "aux") != 0 || sc.childRel(a, v, "cop") != 0 {
			continue
		}
		// the object before it, with only words of either between
		o := 0
		for x := v - 1; x >= 1 && x >= v-8; x-- {
			if a.Rel[x-1] == "obj" {
				o = x
				break
			}
		}
		if o == 0 {
			continue
		}
		u := a.Head[o-1]
		ok := u >= 1 && u < o && !dominates(a, v, u)
		for y := o + 1; ok && y < v; y++ {
			ok = dominates(a, o, y) || dominates(a, v, y)
		}
		if !ok {
			continue
		}
		a.Head[v-1], a.Rel[v-1] = u, "xcomp"
		changed = true
	}
	return changed
}

func mendThatObject(words []string, a *Analysis, sc *mendScratch) bool {
	for t := 2; t < len(words); t++ {
		if a.UPOS[t-1] != "PRON" || a.Rel[t-1] != "obj" || !strings.EqualFold(words[t-1], "that") || len(sc.children[t]) > 0 {
			continue
		}
		v := a.Head[t-1]
		if v < 1 || v > t {
			continue
		}
		x := t + 1
		for x <= len(words) && a.UPOS[x-1] == "PUNCT" {
			x++
		}
		if x > len(words) {
			continue
		}
		// the clause whose subtree starts at x
		c := x
		for c >= 1 && a.Head[c-1] >= 1 && a.Head[c-1] > t {
			c = a.Head[c-1]
		}
		if c <= t || a.UPOS[c-1] != "VERB" && a.UPOS[c-1] != "AUX" {
			continue
		}
		if r := a.Rel[c-1]; r != "ccomp" && r != "parataxis" || sc.childRel(a, c, "nsubj") == 0 || sc.childRel(a, c, "mark") != 0 || !dominates(a, a.Head[c-1], v) {
			continue
		}
		if lo, _ := sc.span(a, c, 8); lo != x {
			continue
		}
		a.Head[t-1], a.Rel[t-1], a.UPOS[t-1], a.XPOS[t-1] = c, "mark", "SCONJ", "IN"
		a.Head[c-1], a.Rel[c-1] = v, "ccomp"
		return true
	}
	return false
}

func nominalTag(u string) bool { return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM" }
