package quote

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// speaker is who a quote is attributed to, before and after resolution.
type speaker struct {
	span   doc.Span
	name   string
	entity *doc.Entity
	kind   string // named|anonymous|institutional|media|unknown
	role   string
	affil  string
	key    string // sources with one key are one source
	cue    string
}

func (sp speaker) toDoc() *doc.Speaker {
	out := &doc.Speaker{Name: sp.name, Kind: sp.kind, Span: sp.span}
	if sp.entity != nil {
		id := sp.entity.ID
		out.Entity = &id
	}
	return out
}

// speakerPronoun reports whether w is a pronoun that may stand for a
// speaker as the subject of a cue: personal, subject case, not "you".
func speakerPronoun(w string) bool {
	a := pronouns.Attrs(w)
	return a["kind"] == "personal" && strings.Contains(a["case"], "nom") && a["person"] != "2"
}

var npStop = map[string]bool{",": true, ".": true, ";": true, ":": true, "“": true, "”": true, "\"": true,
	"(": true, ")": true, "—": true, "–": true}

// sentenceTokens returns the tokens of a span and their lower-case texts.
func sentenceTokens(d *doc.Document, sp doc.Span) ([]token.Token, []string) {
	toks := token.In(d, sp)
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t.Text(d.Text))
	}
	return toks, lower
}

// npBefore is the noun phrase that ends right before token k (the subject
// of a cue verb), at most eight tokens, without leading conjunctions.
func npBefore(lower []string, k int) (int, int) {
	// "the Electoral Commission, which regulates campaign finances, issued":
	// step over the relative clause to its antecedent.
	if k >= 2 && lower[k-1] == "," {
		for j := k - 2; j > 0 && j >= k-14; j-- {
			if relative.Has(lower[j]) {
				if lower[j-1] == "," {
					k = j - 1
				}
				break
			}
			if lower[j] == "," || lower[j] == "." {
				break
			}
		}
	}
	// "Senator X (R-Neb.) said": a parenthesis right before the cue
	// belongs to the speaker's phrase, which ends before it
	if k >= 2 && lower[k-1] == ")" {
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			if lower[j] == "(" {
				k = j
				break
			}
		}
	}
	a := k
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := lower[j]
		if npStop[w] || complement.Has(w) || conjunctions.Attr(w, "sense") == "additive" && (j == k-1 || !isNPWord(lower, j+1)) || conjunctions.Attr(w, "kind") == "subord" {
			break
		}
		if isVerbLike(w) && j < k-1 {
			break
		}
		a = j
	}
	for a < k && phraseOpener.Has(lower[a]) {
		a++
	}
	// trailing auxiliaries and adverbs: "the official has", "he also"
	b := k - 1
	for b >= a && (trailing.Has(lower[b]) || strings.HasSuffix(lower[b], "ly") && len(lower[b]) > 3) {
		b--
	}
	return a, b
}

func isNPWord(lower []string, j int) bool { return j < len(lower) && !isVerbLike(lower[j]) }

// isVerbLike guesses finite verbs that end a subject phrase looking back.
func isVerbLike(w string) bool { return subjectEnd.Has(w) }

// npAfter is the noun phrase that starts at token k (an inverted
// speaker: "said Paul Martin, a detective"), up to a comma or period.
func npAfter(lower []string, k int) (int, int) {
	b := k - 1
	for j := k; j < len(lower) && j < k+8; j++ {
		w := lower[j]
		if npStop[w] || phraseEnd.Has(w) {
			break
		}
		b = j
	}
	return k, b
}

// attributeDirect finds the cue and speaker of a direct quote in its
// sentence.
func (s *Stage) attributeDirect(d *doc.Document, sent doc.Span, q qspan, all []qspan) (string, speaker, bool) {
	// Consider the sentence and, for a quote that ends a sentence, the
	// rest of its paragraph up to the next quote ("“…,” he said.").
	para := paragraphOf(d, q.open)
	toks, lower := sentenceTokens(d, para)
	inQuote := func(i int) bool {
		for _, x := range all {
			if toks[i].Start > x.open && toks[i].Start < x.close {
				return true
			}
		}
		return false
	}
	closeTok, openTok := -1, -1
	for i, t := range toks {
		if t.Start == q.close {
			closeTok = i
		}
		if t.Start == q.open {
			openTok = i
		}
	}
	// "he said, “…”" / "said:": a cue right before the quote wins.
	if openTok >= 2 && (lower[openTok-1] == "," || lower[openTok-1] == ":") {
		if lemma, ok := s.Cues[lower[openTok-2]]; ok && !strings.HasSuffix(lower[openTok-2], "ing") {
			k := openTok - 2
			a, b := npBefore(lower, k)
			if b < a && k > 0 && conjunctions.Attr(lower[k-1], "sense") == "additive" {
				// "he asked … and said, “…”": the clause's subject
				a, b = npBefore(lower, firstVerb(lower, k))
			}
			if b >= a {
				return lemma, s.classify(d, toks, lower, a, b), true
			}
		}
	}
	// After the quote: "…,” he said" / "…,” said Paul Martin" / "…,” Will
	// Moy, chief executive of Full Fact, told the BBC".
	if closeTok >= 0 {
		j := closeTok + 1
		for j < len(toks) && (lower[j] == "," || lower[j] == "”" || lower[j] == "’" || lower[j] == "\"") {
			j++
		}
		if j < len(toks) && !inQuote(j) {
			if lemma, ok := s.Cues[lower[j]]; ok {
				a, b := npAfter(lower, j+1)
				if b >= a {
					return lemma, s.classify(d, toks, lower, a, b), true
				}
			}
			for k := j; k < len(toks) && k <= j+8; k++ {
				if npStop[lower[k]] || inQuote(k) {
					if lower[k] == "," && k > j && allCapitalised(d.Text, toks, j, k-1) {
						// an appositive follows the name: find the cue
						for c := k + 1; c < len(toks) && c <= k+20; c++ {
							if lower[c] == "." || inQuote(c) {
								break
							}
							if lemma, ok := s.Cues[lower[c]]; ok {
								return lemma, s.classify(d, toks, lower, j, k-1), true
							}
						}
					}
					break
				}
				if lemma, ok := s.Cues[lower[k]]; ok && k > j {
					return lemma, s.classify(d, toks, lower, j, k-1), true
				}
			}
		}
	}
	// Before the quote, in its sentence: "Burton said, “", "described the
	// drawdown as “slight,”", "told CNN that … “and they…”".
	if openTok > 0 {
		for k := openTok - 1; k >= 0; k-- {
			if inQuote(k) || lower[k] == "." && k < openTok-1 {
				break
			}
			lemma, ok := s.Cues[lower[k]]
			if !ok {
				continue
			}
			if strings.HasSuffix(lower[k], "ing") {
				// "…, saying, “": the subject of the sentence speaks.
				a, b := npBefore(lower, firstVerb(lower, k))
				if b >= a {
					return lemma, s.classify(d, toks, lower, a, b), true
				}
				continue
			}
			a, b := npBefore(lower, k)
			if b >= a {
				return lemma, s.classify(d, toks, lower, a, b), true
			}
		}
		// No cue: a quote inside a sentence whose subject is an actor ("The
		// embassy ordered employees to leave “due to…”") is its subject's.
		if d.Syntax != nil {
			return s.actorOfQuote(d, q)
		}
		if k := firstVerb(lower, openTok); k > 0 && k < openTok {
			a, b := npBefore(lower, k)
			if b >= a {
				sp := s.classify(d, toks, lower, a, b)
				if sp.kind == "institutional" || sp.kind == "named" {
					return "", sp, true
				}
			}
		}
	}
	return "", speaker{}, false
}

func allCapitalised(text string, toks []token.Token, a, b int) bool {
	for i := a; i <= b; i++ {
		if !token.IsCapitalised(toks[i].Text(text)) {
			return false
		}
	}
	return b-a < 4
}

// firstVerb returns the index of the first verb-like token before limit:
// a cue, or a word ending in -ed.
func firstVerb(lower []string, limit int) int {
	for k := 1; k < limit; k++ {
		w := lower[k]
		if isVerbLike(w) || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return k
		}
	}
	return limit
}

func paragraphOf(d *doc.Document, at int) doc.Span {
	for _, p := range d.Body {
		if at >= p.Start && at < p.End {
			return p
		}
	}
	return sentenceOf(d, at)
}

// classify describes the speaker phrase toks[a..b].
func (s *Stage) classify(d *doc.Document, toks []token.Token, lower []string, a, b int) speaker {
	sp := speaker{span: doc.Span{Start: toks[a].Start, End: toks[b].End}}
	sp.name = d.Text[sp.span.Start:sp.span.End]
	if a == b && speakerPronoun(lower[a]) {
		sp.kind = "unknown"
		sp.key = "pronoun:" + lower[a]
		return sp
	}
	// Entities inside the phrase.
	// (the first entity of each kind in entity order)
	pi, oi, li := -1, -1, -1
	first := func(x *int, e int) {
		if *x < 0 || e < *x {
			*x = e
		}
	}
	k := sort.Search(len(s.ments), func(k int) bool { return s.ments[k].Start >= sp.span.Start })
	for ; k < len(s.ments) && s.ments[k].Start < sp.span.End; k++ {
		m := s.ments[k]
		if m.End > sp.span.End {
			continue
		}
		switch d.Entities[m.e].Type {
		case "PERSON":
			if s.qualifies(d.Text[m.End:sp.span.End]) {
				// "the Trump administration", "Bush's spokesman": the
				// person qualifies the speaker, who is not that person
				first(&oi, m.e)
				continue
			}
			first(&pi, m.e)
		case "ORG", "FAC":
			if w, _, _ := strings.Cut(d.Text[m.Start:m.End], " "); honorific.Has(strings.TrimSuffix(strings.ToLower(w), ".")) && m.End == sp.span.End {
				first(&pi, m.e) // "Mr Costello", whatever the entity stage typed
				continue
			}
			first(&oi, m.e)
		case "GPE", "NORP":
			first(&li, m.e)
		}
	}
	var person, org, place *doc.Entity
	if pi >= 0 {
		person = &d.Entities[pi]
	}
	if oi >= 0 {
		org = &d.Entities[oi]
	}
	if li >= 0 {
		place = &d.Entities[li]
	}
	// Role words in the phrase.
	anon, inst := "", ""
	for i := a; i <= b; i++ {
		if s.anon[lower[i]] {
			anon = lower[i]
		}
		if s.inst[lower[i]] {
			inst = lower[i]
		}
	}
	sp.role = roleOf(d.Text, toks, lower, a, b)
	// "Wikileaks editor-in-chief Kristinn Hrafnsson": a capitalised name
	// after a lower-case role word is a person even if untyped.
	tailName := ""
	if person == nil && b-a >= 2 {
		t := b
		for t >= a && token.IsCapitalised(toks[t].Text(d.Text)) {
			t--
		}
		if b-t >= 2 && t >= a && !token.IsCapitalised(toks[t].Text(d.Text)) && !nameInner.Has(lower[t]) {
			tailName = d.Text[toks[t+1].Start:toks[b].End]
		}
	}
	switch {
	case tailName != "":
		sp.kind, sp.key, sp.name = "named", "surname:"+lastWord(tailName), tailName
	case person != nil:
		// one person under two names ("Peter Costello", "Mr Costello") is one source
		sp.kind, sp.entity, sp.key = "named", person, "surname:"+lastWord(person.Name)
		sp.name = person.Name
	case org != nil && isMedia(org) && anon == "":
		sp.kind, sp.entity, sp.key = "media", org, "entity:"+org.ID
		sp.name = org.Name
	case inst != "" && (anon == "" || spokesperson.Has(inst)):
		sp.kind, sp.key = "institutional", "role:"+strings.ToLower(sp.role)
		if org != nil {
			sp.entity = org
		}
	case anon != "":
		sp.kind, sp.key = "anonymous", "role:"+strings.ToLower(sp.role)
	case org != nil:
		sp.kind, sp.entity, sp.key = "institutional", org, "entity:"+org.ID
		sp.name = org.Name
	case place != nil:
		sp.kind, sp.entity, sp.key = "institutional", place, "entity:"+place.ID
	default:
		sp.kind, sp.key = "unknown", "role:"+strings.ToLower(sp.role)
		// A capitalised name we did not type is still a named person;
		// one word opening its sentence is capitalised for that alone
		// ("Reports indicate ...").
		if token.IsCapitalised(toks[b].Text(d.Text)) && b-a <= 2 && !(a == b && opensSentence(d, toks[a].Start)) {
			sp.kind = "named"
		}
	}
	switch {
	case org != nil && org != sp.entity:
		sp.affil = org.Name
	case place != nil && place.Actor != nil:
		sp.affil = (*place.Actor)[:min(3, len(*place.Actor))]
	case org != nil && org.Actor != nil && sp.kind != "named":
		sp.affil = org.Name
	}
	if sp.kind == "named" && person != nil && person.Actor != nil && sp.affil == "" {
		sp.affil = (*person.Actor)[:min(3, len(*person.Actor))]
	}
	return sp
}

// opensSentence reports whether a sentence of d starts at offset at.
func opensSentence(d *doc.Document, at int) bool {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= at })
	return i < len(d.Sentences) && d.Sentences[i].Start == at
}

// qualifies reports whether the words after a person's name in a speaker
// phrase make the name a qualifier of someone else: "’s" ("Bush's
// spokesman") or a role word ("the Trump administration").
func (s *Stage) qualifies(after string) bool {
	for _, c := range possessiveClitics {
		if strings.HasPrefix(after, c) {
			return true
		}
	}
	f := strings.Fields(after)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ",.;:"))
	return s.inst[w] || s.anon[w]
}

func isMedia(e *doc.Entity) bool {
	return e.Actor != nil && strings.HasSuffix(*e.Actor, "MED")
}

// roleOf is the phrase without its determiner or count: "One US official"
// -> "US official", "three sources familiar with the decision" -> "sources
// familiar with the decision".
func roleOf(text string, toks []token.Token, lower []string, a, b int) string {
	for a < b && (determiners.Has(lower[a]) || numbers.Has(lower[a])) {
		a++
	}
	return strings.Join(strings.Fields(text[toks[a].Start:toks[b].End]), " ")
}

// resolve links pronouns and definite descriptions ("the spokesperson",
// "the source familiar") to the speaker they refer to.
func (s *Stage) resolve(d *doc.Document, sp speaker, prev []speaker) speaker {
	if strings.HasPrefix(sp.key, "pronoun:") {
		personal := sp.key == "pronoun:he" || sp.key == "pronoun:she" || sp.key == "pronoun:i"
		// The nearest earlier candidate: for he and she a named speaker or
		// a person mentioned; for they and it a speaker of any kind.
		bestAt := -1
		var best *speaker
		for i := len(prev) - 1; i >= 0; i-- {
			p := prev[i]
			if p.span.Start >= sp.span.Start || strings.HasPrefix(p.key, "pronoun:") {
				continue
			}
			if personal != (p.kind == "named") || personal && p.entity != nil && p.entity.Type != "PERSON" {
				continue
			}
			if p.span.Start > bestAt {
				bestAt, best = p.span.Start, &prev[i]
			}
		}
		if personal {
			// Persons named as the subject of a sentence (its first words)
			// are likelier antecedents than those named deeper in it.
			subjAt := -1
			var subj *doc.Entity
			for i := range d.Entities {
				e := &d.Entities[i]
				if e.Type != "PERSON" {
					continue
				}
				for _, m := range e.Mentions {
					if m.In != "" || m.End > sp.span.Start || m.Start <= subjAt {
						continue
					}
					st := sentenceOf(d, m.Start)
					if m.Start-st.Start <= 12 {
						subjAt, subj = m.Start, e
					}
				}
			}
			if subj != nil && subjAt > bestAt {
				bestAt = subjAt
				best = &speaker{name: subj.Name, entity: subj, kind: "named", key: "surname:" + lastWord(subj.Name)}
			}
		}
		if best == nil {
			// they, it: the previous speaker of any kind
			for i := len(prev) - 1; i >= 0; i-- {
				if prev[i].span.Start < sp.span.Start && !strings.HasPrefix(prev[i].key, "pronoun:") {
					best = &prev[i]
					break
				}
			}
		}
		if best != nil {
			r := *best
			r.span = sp.span
			return r
		}
		return sp
	}
	low := strings.ToLower(sp.name)
	if first, _, ok := strings.Cut(low, " "); ok && definite(first) && sp.kind != "named" && sp.kind != "media" {
		head := lastWord(sp.role)
		for i := len(prev) - 1; i >= 0; i-- {
			p := prev[i]
			if p.span.Start >= sp.span.Start || p.kind == "named" || p.kind == "media" {
				continue
			}
			if p.key == sp.key || head != "" && strings.Contains(strings.ToLower(p.role), strings.ToLower(trimDefinite(sp.role))) {
				r := p
				r.span = sp.span
				return r
			}
		}
	}
	return sp
}

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sources groups the speakers into one record per source.
func (s *Stage) sources(d *doc.Document, speakers []speaker) []doc.Source {
	var out []doc.Source
	index := map[string]int{}
	for _, sp := range speakers {
		if sp.kind == "unknown" || sp.key == "" {
			continue
		}
		if i, ok := index[sp.key]; ok {
			out[i].Quotes++
			continue
		}
		src := doc.Source{Name: sp.name, Kind: sp.kind, Quotes: 1}
		if sp.role != "" && sp.kind != "named" && sp.kind != "media" {
			r := sp.role
			src.Role = &r
		}
		doc.SetStr(&src.Affiliation, sp.affil)
		index[sp.key] = len(out)
		out = append(out, src)
	}
	return out
}
