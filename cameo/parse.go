// Clause analysis on the dependency parse: a predicate's arguments read
// from the syntax layer (doc.Syntax) rather than from word windows.
//
// The event coder reads the word view of package token (a view token is
// one or more syntactic words); a parse maps the two, so that a trigger at
// a view token finds its syntactic word, and an argument's head word finds
// the actor phrase that holds it.

package cameo

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// parse is one sentence of the syntax layer, mapped to the word view.
type parse struct {
	syn   []doc.Token // the layer's tokens, from lo on
	lo    int         // index in d.Syntax.Tokens of syn[0]
	tokOf []int       // syntactic word -> view token
	synOf []int       // view token -> its head syntactic word, or -1
	// first and next list each word's dependents in order: first[h] is
	// h's first dependent, next[k] the dependent after k, -1 for none
	first, next []int32
}

// synAt is the syntactic word heading view token i, or -1 when there is no
// parse, i lies outside the view or the token has no word.
func (p *parse) synAt(i int) int {
	if p == nil || i < 0 || i >= len(p.synOf) {
		return -1
	}
	return p.synOf[i]
}

// link builds the dependents' lists.
func (p *parse) link() {
	p.first, p.next = make([]int32, len(p.syn)), make([]int32, len(p.syn))
	last := make([]int32, len(p.syn))
	for j := range p.syn {
		p.first[j], p.next[j], last[j] = -1, -1, -1
	}
	for j := range p.syn {
		h := p.head(j)
		if h < 0 {
			continue
		}
		if last[h] < 0 {
			p.first[h] = int32(j)
		} else {
			p.next[last[h]] = int32(j)
		}
		last[h] = int32(j)
	}
}

// newParse maps the syntax layer's words of a sentence to its view tokens
// toks; nil when the document has no layer for it.
func newParse(d *doc.Document, sent doc.Span, toks []token.Token) *parse {
	if d.Syntax == nil || len(toks) == 0 {
		return nil
	}
	ss := d.Syntax.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= sent.Start && !ss[i].Headline || ss[i].Start > sent.Start })
	lo, hi := -1, -1
	for ; k < len(ss) && ss[k].Span.End <= sent.End; k++ {
		if ss[k].Headline && ss[k].Index < 0 {
			continue
		}
		if lo < 0 {
			lo = ss[k].First
		}
		hi = ss[k].End
	}
	if lo < 0 || hi <= lo {
		return nil
	}
	p := &parse{syn: d.Syntax.Tokens[lo:hi], lo: lo, tokOf: make([]int, hi-lo), synOf: make([]int, len(toks))}
	for i := range p.synOf {
		p.synOf[i] = -1
	}
	v := 0
	for j := range p.syn {
		s := p.syn[j].Start
		for v < len(toks)-1 && toks[v].End <= s {
			v++
		}
		p.tokOf[j] = v
	}
	// a view token's head word: the first whose head lies outside the token
	outside := make([]bool, len(toks))
	for j := range p.syn {
		v := p.tokOf[j]
		if p.synOf[v] < 0 {
			p.synOf[v] = j
		}
		if h := p.head(j); !outside[v] && (h < 0 || p.tokOf[h] != v) {
			p.synOf[v], outside[v] = j, true
		}
	}
	return p
}

// head returns the sentence-relative head of word j, -1 for the root or a
// head outside the sentence.
func (p *parse) head(j int) int {
	h := int(p.syn[j].Head) - p.lo
	if p.syn[j].Head < 0 || h < 0 || h >= len(p.syn) {
		return -1
	}
	return h
}

// rel is word j's relation without its subtype ("nsubj" of "nsubj:pass").
func (p *parse) rel(j int) string {
	r := p.syn[j].Rel
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

// kids calls f for each dependent of word h, in order.
func (p *parse) kids(h int, f func(j int) bool) {
	if p.first == nil {
		p.link()
	}
	for j := p.first[h]; j >= 0; j = p.next[j] {
		if !f(int(j)) {
			return
		}
	}
}

// caseOf is the preposition of a nominal ("with" of "with the Taliban"),
// lower-case, "" for none.
func (p *parse) caseOf(h int) string {
	c := ""
	p.kids(h, func(j int) bool {
		if p.preposition(j) {
			c = strings.ToLower(p.syn[j].Form)
			return false
		}
		return true
	})
	return c
}

// preposition reports whether word j is its head's preposition: a case
// marker the parse tags as one (ADP), or a participle it marks as a case
// ("following the talks", "including two guards", "regarding the
// offer"), as English grammar reads participial prepositions.
func (p *parse) preposition(j int) bool {
	t := &p.syn[j]
	return t.Rel == "case" && (t.UPOS == "ADP" || t.UPOS == "VERB" && (t.XPOS == "VBG" || t.XPOS == "VBN"))
}

// lastCaseOf is the last preposition of noun h, the one next to it
// ("for by the union": by), "" for none.
func (p *parse) lastCaseOf(h int) string {
	c := ""
	p.kids(h, func(j int) bool {
		if p.preposition(j) {
			c = strings.ToLower(p.syn[j].Form)
		}
		return true
	})
	return c
}

// strandedAgent reports whether noun h carries two prepositions the
// last of which is the agent's: a prepositional verb's passive strands
// its preposition before the doer ("a strike called for by the union",
// "a trip paid for by the party"), and the parser hangs both on the
// doer.
func (p *parse) strandedAgent(h int) bool {
	n := 0
	p.kids(h, func(j int) bool {
		if p.syn[j].Rel == "case" && p.syn[j].UPOS == "ADP" {
			n++
		}
		return true
	})
	return n > 1 && agentPreps[p.lastCaseOf(h)]
}

// negativeDet reports whether noun k opens with a negative determiner
// ("no soldiers"; negative-determiner in data/words).
func (p *parse) negativeDet(k int) bool {
	neg := false
	p.kids(k, func(d int) bool {
		neg = p.syn[d].Rel == "det" && negativeDeterminers[strings.ToLower(p.syn[d].Form)]
		return !neg
	})
	return neg
}

// args is what the parse says about one predicate.
type args struct {
	pred    int   // the predicate's word
	subj    []int // subject side: the subject and its conjuncts, the agent of a passive
	obj     []int // object side: the object (of a passive, its subject)
	iobj    []int
	obl     []obl // obliques in order, with their prepositions
	passive bool
	negated bool   // "not", "never", "no longer" on the predicate
	modal   string // a modal auxiliary ("will", "could", "must"), lower-case
	cond    bool   // in a conditional clause ("if ...")
	// where lists the actor phrases the parse reads as the place of the
	// act (set by parseRoles): "protested in Lima", "met at the palace"
	where []int
	// via says where the subject came from when the clause has none of
	// its own: "xcomp" (controlled: "agreed to provide"), "xcomp-obj"
	// (the one urged: "urged X to withdraw"), "conj" ("met and signed"),
	// "relcl" (the noun a relative clause modifies), "acl" (the noun a
	// participle modifies), "advcl" (a participle after its clause).
	via string
	// objVia says where the object came from when the parse hung it on
	// a conjoined verb: "conj" ("seized and burned the depot"; see
	// shareObjects)
	objVia string
}

// obl is an oblique argument with its preposition.
type obl struct {
	prep string
	head int
}

// argsOf reads the arguments of the predicate word j.
func (p *parse) argsOf(j int) args {
	a := args{pred: j}
	// voice, modality and negation are the verb group's (verbgroup.go)
	g := p.verbGroupOf(j)
	a.passive, a.negated = g.passive, g.negated
	if g.modal >= 0 {
		a.modal = strings.ToLower(p.syn[g.modal].Form)
	}
	p.kids(j, func(k int) bool {
		t := &p.syn[k]
		switch t.Rel {
		case "nsubj", "nsubj:pass", "obj":
			// "no guards were hurt", "the raid harmed no civilians":
			// nothing was done to anyone
			if p.negativeDet(k) {
				a.negated = true
			}
		}
		switch t.Rel {
		case "nsubj", "csubj":
			a.subj = append(a.subj, k)
		case "nsubj:pass", "csubj:pass":
			a.obj = append(a.obj, k)
			a.passive = true
		case "obj":
			a.obj = append(a.obj, k)
		case "iobj":
			a.iobj = append(a.iobj, k)
		case "obl:agent":
			if k != p.strayAgent(j) {
				a.subj = append(a.subj, k)
			}
		case "obl", "obl:npmod":
			c := p.caseOf(k)
			if p.strandedAgent(k) {
				c = p.lastCaseOf(k) // "the march called for by the union"
			}
			if agentPreps[c] && a.passive || agentPreps[c] && p.syn[j].XPOS == "VBN" {
				a.subj = append(a.subj, k)
			} else if c != "" {
				a.obl = append(a.obl, obl{c, k})
			}
		case "mark":
			if l := strings.ToLower(t.Form); conditionMarks[l] {
				a.cond = true
			}
		}
		return true
	})
	if !g.hasAux(p) && !a.passive && len(a.subj) > 0 && (p.absolute(j) || len(a.obj) == 0 && p.reducedRelative(j, a.subj)) {
		a.passive = true
	}
	if a.passive {
		// "Iran was attacked by Israel": the doer is the subject side
		// (a subject the parser left unmarked in a passive is the one
		// acted on: "who has been criticised by")
		for i := 0; i < len(a.subj); i++ {
			if p.syn[a.subj[i]].Rel == "nsubj" {
				a.obj = append(a.obj, a.subj[i])
				a.subj = append(a.subj[:i], a.subj[i+1:]...)
				i--
			}
		}
		for i := 0; i < len(a.obj); i++ {
			if p.syn[a.obj[i]].Rel == "obj" {
				a.obj = append(a.obj[:i], a.obj[i+1:]...)
				i--
			}
		}
	}
	if h := p.antecedent(j); h >= 0 {
		// "the envoy who was expelled", "the port which rebels seized":
		// the relative pronoun stands for the noun the clause modifies
		for _, ws := range [][]int{a.subj, a.obj, a.iobj} {
			for i, w := range ws {
				if p.relativePronoun(w) {
					ws[i] = h
				}
			}
		}
	}
	if len(a.subj) == 0 {
		p.inherit(&a, j)
	} else if h := p.head(j); len(a.obj) == 0 && h >= 0 && p.syn[j].Rel == "acl" && p.syn[j].XPOS == "VBN" && p.agentsOnly(a.subj) && nominal(p.syn[h].UPOS) {
		// "soldiers killed by a bomber": a past participle on a noun
		// with only its agent acts on the noun, as with no agent
		a.obj, a.via, a.passive = []int{h}, "acl", true
	} else if len(a.obj) == 0 && !a.passive && p.syn[j].XPOS == "VBN" && p.rel(j) == "conj" && p.agentsOnly(a.subj) {
		// "were beaten and robbed by a gang" with the agent on the
		// second participle: it is passive too, and acts on the first
		// conjunct's passive subject
		if up := p.argsOf(p.head(j)); up.passive {
			a.obj, a.via, a.passive = up.obj, "conj", true
		}
	}
	p.shareObjects(&a, j)
	if rel := p.rel(j); rel == "conj" || rel == "xcomp" {
		// a conjunct or complement of a conditional is conditional
		for h := p.head(j); h >= 0 && !a.cond; h = p.head(h) {
			p.kids(h, func(k int) bool {
				if l := strings.ToLower(p.syn[k].Form); p.syn[k].Rel == "mark" && conditionMarks[l] {
					a.cond = true
				}
				return true
			})
			if r := p.rel(h); r != "conj" && r != "xcomp" {
				break
			}
		}
	}
	a.subj = p.ofConjuncts(p.withConjuncts(a.subj))
	a.obj = p.ofConjuncts(p.withConjuncts(a.obj))
	a.iobj = p.withConjuncts(a.iobj)
	return a
}

// agentsOnly reports whether every subject-side word of ws is a
// "by" phrase.
func (p *parse) agentsOnly(ws []int) bool {
	for _, w := range ws {
		if r := p.syn[w].Rel; r != "obl:agent" && r != "obl" {
			return false
		}
	}
	return true
}

// inherit gives a clause with no subject of its own the one its
// structure implies.
func (p *parse) inherit(a *args, j int) {
	h := p.head(j)
	if h < 0 {
		return
	}
	switch p.syn[j].Rel {
	case "xcomp":
		// "urged Putin to withdraw": the object acts; "agreed to provide":
		// the subject does
		up := p.argsOf(h)
		if len(up.obj) > 0 && !up.passive {
			a.subj, a.via = up.obj, "xcomp-obj"
		} else if up.passive && len(up.obj) > 0 {
			a.subj, a.via = up.obj, "xcomp" // "was asked to leave"
		} else {
			a.subj, a.via = up.subj, "xcomp"
		}
	case "conj":
		// "X met and signed": the first conjunct's subject (a passive
		// conjunct keeps its own roles)
		up := p.argsOf(h)
		switch {
		case !a.passive && up.passive && (p.syn[j].XPOS == "VBN" || p.participle(j)) && len(a.obj) == 0:
			// "were killed and abducted", "a man shot and
			// wounded": a participle conjoined with a passive is
			// passive, with its roles
			a.subj, a.obj, a.via, a.passive = up.subj, up.obj, "conj", true
		case !a.passive:
			a.subj, a.via = up.subj, "conj"
		}
	case "acl:relcl":
		// "the group that seized the port": the noun is the subject of a
		// relative clause whose pronoun is not its object
		if !a.passive {
			a.subj, a.via = []int{h}, "relcl"
		}
	case "acl":
		// "victims killed by the bomb": the noun is the object of a past
		// participle; "troops guarding the base": the subject of an -ing
		// (a participle with an object of its own, or modifying a noun
		// that heads the sentence, is the tagger's past tense taken for a
		// participle: "Swiss doctors handed over medicine")
		if p.ownSubject(j) {
			// "announced on its website that four sailors were
			// killed": a content clause keeps its own roles
		} else if a.passive && len(a.obj) == 0 {
			// "the first envoy to be expelled": a passive infinitive's
			// noun is the one acted on
			a.obj, a.via = append(a.obj, h), "acl"
		} else if p.syn[j].XPOS == "VBN" && len(a.obj) == 0 && p.syn[h].Rel != "root" {
			a.obj, a.via = append(a.obj, h), "acl"
			a.passive = true
		} else if up := p.head(h); up >= 0 && p.caseOf(h) != "" {
			// "filed a case at the court accusing X": a participle on
			// a noun after a preposition goes with the clause's subject
			a.subj, a.via = p.argsOf(up).subj, "acl"
		} else {
			a.subj, a.via = []int{h}, "acl"
		}
	case "advcl":
		// "struck Gaza, killing 12": the main clause's subject; so for an
		// infinitive of purpose of an active clause ("wrote to the envoy to
		// thank him": the writer thanks)
		if p.syn[j].XPOS == "VBG" {
			up := p.argsOf(h)
			a.subj, a.via = up.subj, "advcl"
		} else if p.syn[j].XPOS == "VB" && p.toMark(j) {
			// (not past a clause on the object, which the infinitive may
			// belong to: "stopped the march staged by students to
			// protest the law")
			// the object of a verb of causing or asking does the act
			// ("prompted the minister to request aid": the minister
			// requests), though the parse hung it as a purpose
			if up := p.argsOf(h); len(up.obj) > 0 && objectControlVerbs[strings.ToLower(p.syn[h].Lemma)] && up.obj[0] < j {
				a.subj, a.via = up.obj, "advcl"
			} else if !up.passive && !p.clauseOnBefore(up.obj, j) {
				a.subj, a.via = up.subj, "advcl"
			}
		}
	}
}

// withConjuncts adds the conjuncts of each word ("Brazil and the United
// States").
func (p *parse) withConjuncts(ws []int) []int {
	n := len(ws)
	for i := 0; i < n; i++ {
		w := ws[i]
		// a list ends with its conjunction: "the agency, UNHCR," is an
		// apposition the parser took for a conjunct
		var conj []int
		and := false
		var look func(h int)
		look = func(h int) {
			p.kids(h, func(k int) bool {
				switch {
				case p.syn[k].Rel == "conj" && nominal(p.syn[k].UPOS):
					if containsInt(conj, k) {
						return true
					}
					conj = append(conj, k)
					// "A, B, C and D" with D hung on C: a conjunct's
					// own conjuncts are the list's too
					look(k)
					p.kids(k, func(c int) bool {
						and = and || p.syn[c].Rel == "cc"
						return !and
					})
					// (the conjunction may hang on a word of the
					// conjunct's phrase before its head: "and Foreign
					// Minister Ana Soto" headed by the name)
					and = and || p.coordinated(k)
					if !and {
						// "A, B and C" with C hung on B as an
						// apposition that carries the conjunction
						p.kids(k, func(c int) bool {
							if p.syn[c].Rel == "appos" && nominal(p.syn[c].UPOS) && p.coordinated(c) {
								conj = append(conj, c)
								and = true
							}
							return !and
						})
					}
				case p.syn[k].Rel == "flat":
					look(k) // "Lima and Cusco": a conjunct on a name's last word
				}
				return true
			})
		}
		look(w)
		if and {
			ws = append(ws, conj...)
		}
		ws = append(ws, p.appositionList(w)...)
	}
	return ws
}

func nominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM" || upos == "X"
}

func negWord(lemma string) bool {
	return negatingAdverbs[strings.ToLower(lemma)]
}

// actorOfWord finds the actor phrase for an argument's head word w: the
// phrase holding w, else the nearest in its subtree outside clauses,
// conjuncts and appositions, save a holder's name apposed to w ("prime
// minister Ana Ruiz" hung on "minister"), or -1. inActor maps view
// tokens to phrases; skip tells the phrases that are no party.
func (p *parse) actorOfWord(w int, inActor []int, skip, holder func(int) bool) int {
	if k := inActor[p.tokOf[w]]; k >= 0 && !skip(k) {
		return k
	}
	best, bestDepth := -1, 1<<30
	for j := range p.syn {
		k := inActor[p.tokOf[j]]
		if k < 0 || skip(k) {
			continue
		}
		d := 0
		h, prev := j, -1
		for h >= 0 && h != w {
			switch p.rel(h) {
			case "appos":
				if p.head(h) != w || !holder(k) || inActor[p.tokOf[h]] != k {
					d = 1 << 30
				}
			case "acl":
				if !p.makerOf(h, prev, w) {
					d = 1 << 30
				}
			case "advcl", "ccomp", "parataxis", "conj":
				d = 1 << 30
			}
			h, prev = p.head(h), h
			d++
		}
		if h == w && d < bestDepth {
			best, bestDepth = k, d
		}
	}
	if best < 0 {
		// "Ana Ruiz, the Chilean nurse held in Lima": an apposition that
		// names no actor of its own stands for the phrase it is apposed
		// to, also where the parser hung the common noun elsewhere
		if k := p.apposedTo(w, inActor); k >= 0 && !skip(k) {
			return k
		}
	}
	return best
}

// makerOf reports whether the participle h hung on noun w names w's
// maker through its agent a ("a lawsuit filed by the union", "the law
// passed by parliament"; data/words maker-participle): what was done to
// a thing a party made is done to that party, as to the owner its
// possessor names.
func (p *parse) makerOf(h, a, w int) bool {
	if a < 0 || p.head(h) != w || p.syn[h].XPOS != "VBN" || !makerParticiples[strings.ToLower(p.syn[h].Lemma)] {
		return false
	}
	return p.syn[a].Rel == "obl:agent" || p.rel(a) == "obl" && agentPreps[p.caseOf(a)]
}

// targetPreps are the prepositions whose object a predicate acts on when
// it has no object: "met with", "appealed to", "fired at", "sanctions
// against", "withdrew from".
var targetPreps = own.Class("target-preposition").Set()
