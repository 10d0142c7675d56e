// Package posture is the pipeline stage that reads diplomatic posts and
// their posture from the document: each post (a sending country and a host
// place), each status change reported of it (drawdowns, departures,
// closures, threats, attacks, recalls and expulsions) with its date,
// polarity and sources, and the dated risk windows (anniversaries) the
// article names. It reads the syntax, entity, place, time and quote layers
// on the document and adds doc.Posture; it calls no other stage.
//
// The statuses and the words that show them are a data file,
// data/posture.tsv, whose header documents its format.
package posture

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
)

// Stage adds the posture layer.
type Stage struct {
	Data     *Data
	Gaz      *geo.Gazetteer
	capitals map[string]*geo.Place // ISO alpha-2 -> capital
}

// New loads the built-in data file and the gazetteer.
func New() (*Stage, error) {
	d, err := DefaultData()
	if err != nil {
		return nil, err
	}
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	return NewWith(d, g), nil
}

// NewWith builds a stage from loaded data.
func NewWith(d *Data, g *geo.Gazetteer) *Stage {
	s := &Stage{Data: d, Gaz: g, capitals: map[string]*geo.Place{}}
	for i := range g.Places {
		p := &g.Places[i]
		if p.Feature == geo.Capital {
			if c, ok := s.capitals[p.Country]; !ok || p.Population > c.Population {
				s.capitals[p.Country] = p
			}
		}
	}
	return s
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "posture" }

func (s *Stage) isCountry(code string) bool {
	_, ok := s.Gaz.Country(code)
	return ok || code == "ROM" || code == "KSV" // ROM: older CAMEO dictionaries' Romania
}

// countryOfName returns the CAMEO code of a country name or demonym.
func (s *Stage) countryOfName(name string) string {
	for _, i := range s.Gaz.Lookup(name) {
		p := &s.Gaz.Places[i]
		if p.Kind != 'C' && p.Kind != 'D' {
			continue
		}
		return s.iso3(p.Country)
	}
	return ""
}

// iso3 returns the CAMEO country code of an alpha-2 code as the entity
// layer codes actors (the Phoenix codes: Romania ROU, Kosovo KSV), so a
// post's sender and the article's events name a country alike.
func (s *Stage) iso3(cc string) string {
	switch cc {
	case "XK":
		return "KSV"
	}
	if c, ok := s.Gaz.Country(cc); ok && c.Extra != "" {
		return c.Extra
	}
	return ""
}

// changeState is one change being assembled from its mentions.
type changeState struct {
	post       *postState
	status     string
	polarity   string
	date       string
	dateFrom   string
	until      string
	to         string
	qualifiers []string
	sources    []doc.PostureSource
	evidence   []doc.Span
	triggers   []doc.Span
}

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	d.Posture = &doc.Posture{Posts: []doc.Post{}, Changes: []doc.StatusChange{}, Windows: []doc.Window{}}
	if d.Syntax == nil {
		return nil
	}
	a := &article{st: s, d: d, actors: d.Actors, forced: -1}
	if !sort.SliceIsSorted(a.actors, func(i, j int) bool { return a.actors[i].Start < a.actors[j].Start }) {
		a.actors = append([]doc.ActorPhrase(nil), d.Actors...)
		sort.SliceStable(a.actors, func(i, j int) bool { return a.actors[i].Start < a.actors[j].Start })
	}
	a.indexPlaces()
	var sc sent
	for i, ss := range d.Syntax.Sentences {
		if ss.Headline || ss.End-ss.First < 2 || ss.End > len(d.Syntax.Tokens) {
			continue
		}
		a.sentIndex = ss.Index
		if a.prevEnd > ss.Span.Start || strings.Contains(d.Text[a.prevEnd:ss.Span.Start], "\n\n") {
			a.storyDate = "" // a new paragraph
		}
		if s.Data.mayShow(d.Syntax.Tokens[ss.First:ss.End]) {
			sc.load(d.Syntax, i)
			a.sentence(&sc)
		}
		a.prevEnd = ss.Span.End
		a.storyTime(ss.Span)
	}
	a.output()
	return nil
}

// sentence reads one sentence: its post mentions, then its triggers.
func (a *article) sentence(s *sent) {
	data := a.st.Data
	refs := map[int]*ref{}
	for j := range s.toks {
		if pn, ok := data.posts[s.lemmas[j]]; ok && s.toks[j].UPOS != "VERB" {
			if ps := a.resolvePost(s, j, pn); len(ps) > 0 {
				refs[j] = &ref{tok: j, role: "post", posts: ps}
			}
		}
	}
	for j := range s.toks {
		if s.toks[j].UPOS == "VERB" && data.triggers[s.lemmas[j]] == nil {
			// A verb the lemmatiser left unrecognised ("stoned" read as
			// "ston"): its regular stems.
			if l, ok := data.triggerStem(strings.ToLower(s.toks[j].Form)); ok {
				s.lemmas[j] = l
			}
		}
		if s.toks[j].UPOS == "NOUN" && data.triggers[s.lemmas[j]] == nil && a.participleOfPost(s, j, refs) {
			continue
		}
		found := false
		for _, tr := range data.triggers[s.lemmas[j]] {
			if tr.POS != nil && !tr.POS[s.toks[j].UPOS] {
				continue
			}
			if tr.Requires != nil && !a.near(s, j, tr.Requires) {
				continue
			}
			if tr.Unless != nil && s.hasChildLemma(j, tr.Unless) {
				continue
			}
			if a.mention(s, j, tr, refs) {
				found = true
				break
			}
		}
		if !found && s.toks[j].UPOS == "VERB" && len(s.childWith(j, "nsubj", "nsubj:pass", "aux", "aux:pass")) == 0 {
			// a participle with no subject or auxiliary of its own that
			// the parser hung away from the post right before it ("found
			// the consulate in X ransacked" with the participle under
			// the next clause): read as the noun-tagged participle is
			a.participleOfPost(s, j, refs)
		}
	}
}

// participleOfPost reads a trigger verb's past participle that the tagger
// took for a noun right after a post's noun phrase ("saw the consulate in
// X looted"): a reduced passive said of that post. It reports whether it
// recorded a change.
func (a *article) participleOfPost(s *sent, j int, refs map[int]*ref) bool {
	form := strings.ToLower(s.toks[j].Form)
	if !strings.HasSuffix(form, "ed") {
		return false
	}
	l, ok := a.st.Data.triggerStem(form)
	if !ok {
		return false
	}
	k := -1
	for x := j - 1; x >= 0 && x >= j-6; x-- {
		if refs[x] != nil {
			// Between the post's phrase and the participle only words of
			// either ("the embassy in X torched" with "in X" on either).
			_, hi := s.span1(x)
			k = x
			for y := hi + 1; y < j; y++ {
				if !s.under(y, j) && !s.under(y, x) {
					k = -1
				}
			}
			break
		}
	}
	if k < 0 {
		return false
	}
	for _, tr := range a.st.Data.triggers[l] {
		if tr.POS == nil || tr.POS["VERB"] {
			s.lemmas[j] = l
			a.forced = k
			found := a.mention(s, j, tr, refs)
			a.forced = -1
			return found
		}
	}
	return false
}

// byHost reports whether the subject of trigger j (of its verb, for a
// noun) is a country none of whose posts the change is about.
func (a *article) byHost(s *sent, j int, posts []*postState) bool {
	var subj []string
	if s.toks[j].UPOS == "VERB" {
		for _, c := range s.childWith(j, "nsubj") {
			subj = append(subj, a.countryCodes(s, c)...)
		}
	} else {
		subj = a.subjectCodes(s, j)
	}
	if len(subj) == 0 {
		return false
	}
	for _, p := range posts {
		if has(subj, p.sender) {
			return false
		}
	}
	return true
}

// triggerStem returns the trigger lemma among the regular stems of an
// inflected verb form: "stoned" -> "stone", "shutting" -> "shut".
func (d *Data) triggerStem(form string) (string, bool) {
	var buf [40]byte
	for _, suf := range []string{"ed", "ing", "es", "s"} {
		stem, ok := strings.CutSuffix(form, suf)
		if !ok || len(stem) <= 2 || len(stem) >= len(buf) {
			continue
		}
		if _, ok := d.triggers[stem]; ok {
			return stem, true
		}
		b := append(append(buf[:0], stem...), 'e')
		if _, ok := d.triggers[string(b)]; ok {
			return string(b), true
		}
		if n := len(stem); n > 3 && stem[n-1] == stem[n-2] {
			if _, ok := d.triggers[stem[:n-1]]; ok {
				return stem[:n-1], true
			}
		}
		return "", false
	}
	return "", false
}

// near reports whether a lemma of set is j's head, sibling, child or
// grandchild.
func (a *article) near(s *sent, j int, set map[string]bool) bool {
	if h := s.head(j); h >= 0 && (set[s.lemmas[h]] || s.hasChildLemma(h, set)) {
		return true
	}
	for _, c := range s.subtree(j, 2)[1:] {
		if set[s.lemmas[c]] {
			return true
		}
	}
	return false
}

// carrier reports whether token x is a noun that carries a post to its
// predicate: a staff or post noun.
func (a *article) carrier(s *sent) func(int) bool {
	return func(x int) bool {
		_, staff := a.st.Data.staff[s.lemmas[x]]
		_, post := a.st.Data.posts[s.lemmas[x]]
		return staff || post
	}
}

// argument finds the post or staff nouns a trigger j is about.
func (a *article) argument(s *sent, j int, tr trigger, status string, refs map[int]*ref) []*postState {
	if a.forced >= 0 {
		var out []*postState
		for _, k := range a.postConjuncts(s, a.forced) {
			if r := refs[k]; r != nil {
				out = append(out, r.posts...)
			}
		}
		return out
	}
	bestD, best := 99, -1
	for k, r := range refs {
		if tr.Args != "post" && tr.Args != "any" && tr.Args != "country" {
			continue
		}
		if !s.sameClause(j, k, s.toks[j].UPOS == "NOUN") || s.toks[j].UPOS == "VERB" && !s.verbalPath(j, k, a.carrier(s)) || s.agentOf(j, k) {
			continue
		}
		if d := s.distance(j, k); d < bestD || (d == bestD && k < best) {
			bestD, best = d, k
			_ = r
		}
	}
	if best >= 0 && bestD <= 4 && a.otherObject(s, j, best, status, tr) {
		// "the embassy evacuated its citizens": the post is the agent;
		// what it moved out is not its staff.
		return nil
	}
	if best >= 0 && bestD <= 4 && a.blocked(s, j, best, refs) {
		// "the opening of new consulates as the sections in X": the
		// trigger's post noun is the nearer one, which names no post.
		return nil
	}
	if best >= 0 && bestD <= 4 {
		var out []*postState
		for _, k := range a.postConjuncts(s, best) {
			if r := refs[k]; r != nil {
				out = append(out, r.posts...)
			}
		}
		// Posts joined by "along with", "together with".
		for k, r := range refs {
			if k != best && s.caseOf(k) == "with" && s.sameClause(j, k, false) && s.distance(j, k) <= 4 {
				for _, kc := range s.conjuncts(k) {
					if rc := refs[kc]; rc != nil {
						out = append(out, rc.posts...)
					}
				}
				_ = r
			}
		}
		// Posts coordinated through the trigger ("X and Y were attacked").
		for k, r := range refs {
			if k != best && s.distance(j, k) == bestD && s.head(k) == s.head(best) && s.toks[k].Rel == s.toks[best].Rel {
				out = append(out, r.posts...)
			}
		}
		return out
	}
	// "before it was moved": a pronoun subject or object refers to the
	// post mentioned last, in this sentence or the one before.
	if a.current != nil && a.currentSent >= s.index-1 {
		for _, c := range s.childWith(j, "nsubj", "obj") {
			if s.lemmas[c] == "it" {
				return []*postState{a.current}
			}
		}
	}
	if tr.Args == "post" {
		return nil
	}
	if tr.Args == "country" {
		return a.countryPosts(s, j)
	}
	bestD, best = 99, -1
	for k := range s.toks {
		role, ok := a.st.Data.staff[s.lemmas[k]]
		if !ok || s.toks[k].UPOS == "VERB" || (tr.Args == "envoy" && role != "envoy") {
			continue
		}
		if !s.sameClause(j, k, s.toks[j].UPOS == "NOUN") || s.agentOf(j, k) {
			continue
		}
		if d := s.distance(j, k); d < bestD {
			bestD, best = d, k
		}
	}
	if best < 0 || bestD > 3 {
		return nil
	}
	if a.st.Data.staff[s.lemmas[best]] == "envoy" && status == "staff_expelled" {
		status = "ambassador_expelled"
	}
	var out []*postState
	for _, k := range s.conjuncts(best) {
		if _, ok := a.st.Data.staff[s.lemmas[k]]; ok {
			out = append(out, a.resolveStaff(s, k, j, status)...)
		}
	}
	return dedup(out)
}

// postConjuncts returns post noun j and the post nouns coordinated with
// it, among them one the parse coordinated with a noun of j's phrase ("the
// embassy in A and the consulate in B" read with "the consulate" as a
// conjunct of "A").
func (a *article) postConjuncts(s *sent, j int) []int {
	out := s.conjuncts(j)
	for _, c := range s.childWith(j, "nmod") {
		for _, x := range s.conjuncts(c)[1:] {
			if a.isPostNoun(s, x) && !a.isPostNoun(s, c) && definite(s, x) {
				out = append(out, x)
			}
		}
	}
	return out
}

// shiftedTense reports whether the clause of j is told in the past
// perfect or with a modal ("had been recalled", "will reopen"): a time
// before or after the story's, so not the last dated change's.
func (a *article) shiftedTense(s *sent, j int) bool {
	for _, v := range s.clauseAncestors(j, 3) {
		for _, c := range s.children[v] {
			if r := s.toks[c].Rel; r == "aux" || r == "aux:pass" {
				if s.toks[c].XPOS == "MD" || s.lemmas[c] == "have" && s.toks[c].XPOS == "VBD" {
					return true
				}
			}
		}
		if s.toks[v].UPOS == "VERB" && s.toks[v].Rel != "xcomp" {
			break
		}
	}
	return false
}

// otherObject reports whether a staffing or opening verb j has post noun
// k as its active subject and an object that is neither people of a post,
// a post, nor a word the trigger requires ("resumed operations").
func (a *article) otherObject(s *sent, j, k int, status string, tr trigger) bool {
	if s.toks[j].UPOS != "VERB" || s.head(k) != j || s.toks[k].Rel != "nsubj" {
		return false
	}
	// "the embassy opened an exhibition" is no opening of the post.
	if a.st.Data.Statuses[status].Family != "staffing" && status != "opened" && status != "reopened" {
		return false
	}
	for _, o := range s.childWith(j, "obj") {
		if _, staff := a.st.Data.staff[s.lemmas[o]]; !staff && !a.isPostNoun(s, o) && !tr.Requires[s.lemmas[o]] {
			return true
		}
	}
	return false
}

// blocked reports whether a post noun that names no post stands on the
// tree path between trigger j and the post noun best it would take.
func (a *article) blocked(s *sent, j, best int, refs map[int]*ref) bool {
	d := s.distance(j, best)
	for x := s.head(best); x >= 0 && x != j; x = s.head(x) {
		if _, ok := a.st.Data.posts[s.lemmas[x]]; ok && refs[x] == nil && s.toks[x].UPOS != "VERB" && s.distance(j, x)+s.distance(x, best) == d {
			return true
		}
	}
	return false
}

func dedup(ps []*postState) []*postState {
	var out []*postState
	seen := map[*postState]bool{}
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// mention records the change a trigger j shows, if it has a post.
func (a *article) mention(s *sent, j int, tr trigger, refs map[int]*ref) bool {
	data := a.st.Data
	status := tr.Status
	quals := a.qualifiers(s, j)
	if data.Statuses[status].Family == "advisory" {
		quals = append(quals, a.advisoryQualifiers(s, j)...)
	}
	if status == "withdrawn" && has(quals, "partial") && !has(quals, "full") {
		status = "reduced_staffing"
	}
	posts := a.argument(s, j, tr, status, refs)
	if status == "ordered_departure" && len(posts) > 0 && a.byHost(s, j, posts) {
		// A country that orders another's diplomats to leave expels them.
		status = "staff_expelled"
		posts = a.argument(s, j, tr, status, refs)
	}
	if status == "staff_expelled" && len(posts) > 0 && a.envoyArgument(s, j) {
		status = "ambassador_expelled"
	}
	stanceVerb, stance := a.stance(s, j)
	anaphoric := false
	if len(posts) == 0 {
		// "the withdrawal", "the drawdown": a nominal trigger refers back
		// to the current post's change of the same family.
		fam := data.Statuses[status].Family
		if s.toks[j].UPOS != "NOUN" || a.current == nil || fam == "-" || a.latest(a.current, fam) == nil {
			return false
		}
		posts = []*postState{a.current}
		anaphoric = true
	}
	polarity := doc.Asserted
	if status == "closed" && a.above(s, j, data.threat, 3) {
		status = "threatened_closure"
	} else if stanceVerb < 0 && a.negated(s, j) {
		polarity = doc.Negated
	} else if stanceVerb < 0 && a.hypothetical(s, j) {
		polarity = doc.Hypothetical
	}
	date, from, until := a.date(s, j, polarity)
	switch {
	case from == "text":
		a.lastDate, a.lastDateSent = date, s.index
	case date == "" && polarity == doc.Asserted && a.lastDate != "" && s.index-a.lastDateSent <= 3 && !a.shiftedTense(s, j):
		// A change told right after a dated one, with no date of its
		// own, happened then ("At 18:15 they burned it. They also
		// attacked the Croatian embassy."); the story's time goes on.
		date, from = a.lastDate, "context"
		a.lastDateSent = s.index
	}
	srcs := a.sources(s, j, stanceVerb, stance)
	for _, p := range posts {
		var c *changeState
		if anaphoric || stanceVerb >= 0 {
			c = a.latest(p, data.Statuses[status].Family)
		}
		if c != nil && anaphoric && c.status == "withdrawn" && status == "reduced_staffing" && !has(c.qualifiers, "full") {
			c.status = "reduced_staffing" // "the draw-down" says it was partial
		}
		if c == nil {
			c = a.find(p, status, polarity)
			// The same change on another date is another change ("closed
			// on August 15 ... closed on August 16").
			if c != nil && from == "text" && c.dateFrom == "text" && c.date != date {
				c = nil
				for _, o := range a.changes {
					if o.post == p && o.status == status && o.polarity == polarity && o.date == date {
						c = o
					}
				}
			}
		}
		if c == nil {
			c = &changeState{post: p, status: status, polarity: polarity}
			a.changes = append(a.changes, c)
		}
		if from == "text" && c.dateFrom != "text" || c.date == "" && date != "" {
			c.date, c.dateFrom = date, from
		}
		if until != "" && c.until == "" {
			c.until = until
		}
		for _, q := range quals {
			if !has(c.qualifiers, q) {
				c.qualifiers = append(c.qualifiers, q)
			}
		}
		if status == "relocated" && c.to == "" {
			if hs := a.hosts(s, j, map[string]bool{"to": true}); len(hs) > 0 {
				c.to = hostName(a.st.Gaz, hs[0])
			}
		}
		c.addSources(srcs)
		if len(c.evidence) == 0 || c.evidence[len(c.evidence)-1] != s.span {
			c.evidence = append(c.evidence, s.span)
		}
		c.triggers = append(c.triggers, s.toks[j].Span)
	}
	return true
}

func has(l []string, v string) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

func (c *changeState) addSources(srcs []doc.PostureSource) {
	for _, n := range srcs {
		found := false
		for i, o := range c.sources {
			if o.Name == n.Name {
				if o.Stance == "" {
					c.sources[i].Stance = n.Stance
				}
				found = true
			}
		}
		if !found {
			c.sources = append(c.sources, n)
		}
	}
}

func (a *article) envoyArgument(s *sent, j int) bool {
	for _, c := range s.subtree(j, 2) {
		if a.st.Data.staff[s.lemmas[c]] == "envoy" {
			return true
		}
	}
	return false
}

// latest returns the last change of post p in a status family.
func (a *article) latest(p *postState, fam string) *changeState {
	for i := len(a.changes) - 1; i >= 0; i-- {
		c := a.changes[i]
		if c.post == p && a.st.Data.Statuses[c.status].Family == fam && c.polarity != doc.Negated {
			return c
		}
	}
	return nil
}

func (a *article) find(p *postState, status, polarity string) *changeState {
	for i := len(a.changes) - 1; i >= 0; i-- {
		c := a.changes[i]
		if c.post == p && c.status == status && c.polarity == polarity {
			return c
		}
	}
	return nil
}

// qualifiers reads partial/full/temporary words on the trigger and its
// arguments.
func (a *article) qualifiers(s *sent, j int) []string {
	var out []string
	add := func(q string) {
		if !has(out, q) {
			out = append(out, q)
		}
	}
	for _, k := range s.subtree(j, 3) {
		if k != j && s.toks[k].Rel != "det" && s.toks[k].Rel != "advmod" && s.toks[k].Rel != "amod" && s.toks[k].Rel != "nummod" && s.head(k) != j {
			continue
		}
		l := s.lemmas[k]
		if k == j {
			continue
		}
		if a.st.Data.partial[l] {
			add("partial")
		}
		if a.st.Data.full[l] {
			add("full")
		}
		if a.st.Data.temporary[l] {
			add("temporary")
		}
		// "withdrawing 150 staff": the number of people, when given.
		if s.toks[k].Rel == "nummod" && s.toks[k].UPOS == "NUM" {
			if h := s.head(k); h >= 0 {
				if _, ok := a.st.Data.staff[s.lemmas[h]]; ok {
					add(s.toks[k].Form + " " + s.lemmas[h])
				}
			}
		}
	}
	return out
}

// above reports whether j or one of its n nearest ancestors has a lemma
// of set.
func (a *article) above(s *sent, j int, set map[string]bool, n int) bool {
	for _, k := range s.ancestors(j, n) {
		if set[s.lemmas[k]] {
			return true
		}
	}
	return false
}

// negated: a negation word on the trigger or on a word above it in its
// clause ("was not selected", "no decision ... to close").
func (a *article) negated(s *sent, j int) bool {
	for _, k := range s.clauseAncestors(j, 3) {
		for _, c := range s.children[k] {
			if r := s.toks[c].Rel; (r == "advmod" || r == "det" || r == "neg") && a.st.Data.negation[s.lemmas[c]] {
				return true
			}
			// "no decision has been made to close": a negated subject.
			if k != j && strings.HasPrefix(s.toks[c].Rel, "nsubj") {
				for _, g := range s.children[c] {
					if s.toks[g].Rel == "det" && a.st.Data.negation[s.lemmas[g]] {
						return true
					}
				}
			}
		}
		if k != j && isSpeech(s.lemmas[k]) {
			break
		}
	}
	return false
}

// hypothetical: a modal, "if", or a word of planning or demand on or
// above the trigger.
func (a *article) hypothetical(s *sent, j int) bool {
	hyp := a.st.Data.hypothetical
	for n, k := range s.clauseAncestors(j, 3) {
		if n > 0 && isSpeech(s.lemmas[k]) {
			break
		}
		if n > 0 && hyp[s.lemmas[k]] {
			return true
		}
		for _, c := range s.children[k] {
			if r := s.toks[c].Rel; (r == "aux" || r == "mark") && hyp[s.lemmas[c]] {
				return true
			}
		}
	}
	return false
}

func isSpeech(l string) bool {
	switch l {
	case "say", "tell", "report", "announce", "state", "add", "claim":
		return true
	}
	return false
}

// stance finds a verb of confirming or denying that governs the trigger
// ("neither confirmed nor denied the withdrawal").
func (a *article) stance(s *sent, j int) (int, string) {
	for _, k := range s.ancestors(j, 2)[1:] {
		st, ok := a.st.Data.stance[s.lemmas[k]]
		if !ok {
			continue
		}
		// "neither confirmed nor denied": the verbs are coordinated.
		for _, v := range []int{k, s.head(k)} {
			if v < 0 {
				continue
			}
			for _, c := range s.children[v] {
				if s.lemmas[c] == "neither" || s.lemmas[c] == "nor" {
					return k, "neither confirmed nor denied"
				}
			}
		}
		if a.negated(s, k) {
			return k, "did not confirm"
		}
		return k, st
	}
	return -1, ""
}
