// Package entity finds named entities (PERSON, ORG, GPE, LOC, FAC, NORP,
// EVENT) in the article body, merges their mentions into one entity per
// referent, and gives each a CAMEO actor code.
//
// Names are found as runs of capitalised words, then typed with the
// gazetteer (package geo), the dictionaries in data/ (organisations and
// landmarks, titles, role words, office holders with dates) and the shape
// of the name (titles, organisation words, initials). Dictionaries are
// validated when loaded; see each file's header for its format.
package entity

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/token"
)

// Stage is the entity pipeline stage.
type Stage struct {
	Lex *Lexicon
	Gaz *geo.Gazetteer
	// midCaps holds the words capitalised mid-sentence in the document
	// being processed.
	midCaps map[string]bool
	// titleCase is set while a Title Case headline is read: its capitals
	// say nothing of names.
	titleCase bool
	// views are the body sentences' tokens (token.In), read once
	views [][]token.Token
	// demonyms remembers demonym's answers for the document being
	// processed (a name recurs; the gazetteer is searched once for it)
	demonyms map[string]demonymOf
	// Dicts are the PETRARCH actor and agent dictionaries (petrarch.go).
	Dicts *petrarch.Dicts
	// context is the document's country, for role phrases without one.
	context string
	// titled are the persons (entity id) with a title but no country or
	// code, and the organisations whose name's organisation word gives an
	// agent but no country: the agent, coded with the document's country.
	titled map[string]string
	// modifierEnds are the end offsets of the body's words that modify
	// the common noun after them on the parse (doc.ModifiesNoun)
	modifierEnds map[int]bool
	// persons are the body's person mentions in text order, the
	// antecedents of pronouns (pronouns.go)
	persons []personMention
}

type demonymOf struct {
	country string
	ok      bool
}

// New loads the built-in dictionaries and gazetteer, with the built-in
// PETRARCH actor and agent dictionaries.
func New() (*Stage, error) {
	d, err := petrarch.Files{}.Load(false)
	if err != nil {
		return nil, err
	}
	return NewWith(d)
}

// NewWith is New with the PETRARCH dictionaries given (see petrarch.go;
// nil for none).
func NewWith(d *petrarch.Dicts) (*Stage, error) {
	lx, err := LoadLexicon(defaultOpen)
	if err != nil {
		return nil, fmt.Errorf("entity dictionaries: %w", err)
	}
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	return &Stage{Lex: lx, Gaz: g, Dicts: d}, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "entity" }

// mention is one found name before merging.
type mention struct {
	span     doc.Span // the name
	name     string   // the name as it should read ("Matthew Tueller")
	typ      string
	known    *Known
	country  string // ISO alpha-2 the name is, or is of
	modifier string // ISO alpha-2 of a demonym or country before the name
	agent    string // agent code from a title before the name
	owner    string // actor code of an organisation before that title ("UN Envoy Ana Ruiz")
	words    int
	// parts are the name's words: the texts of its tokens but brackets
	// ("(Matthew) Tueller" -> Matthew, Tueller)
	parts    []string
	deferred bool   // a single unknown word, typed after the whole document
	initial  bool   // the name begins its sentence
	in       string // "headline" for a name of the headline
	// family is, for a single word that is the first word of a person
	// named in full before and no given name ("Ma" after "Ma Ying-jeou"),
	// that person's merge key
	family string
}

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	st := *s // per-document state: the stage itself stays safe for concurrent use
	st.views = make([][]token.Token, len(d.Sentences))
	for i, sp := range d.Sentences {
		st.views[i] = token.In(d, sp)
	}
	st.midCaps = midCapitalised(d, st.views)
	st.demonyms = make(map[string]demonymOf, 64)
	st.modifierEnds = modifierEnds(d)
	return st.process(d)
}

func (s *Stage) process(d *doc.Document) error {
	var ms []*mention
	for _, toks := range s.views {
		ms = s.sentence(d.Text, toks, ms)
	}
	// The headline is read like a sentence, after the body, so that its
	// names join the entities the body found.
	htext, htoks := token.Headline(d)
	if len(htoks) > 0 {
		n, title := len(ms), s.isTitleCase(htext, htoks)
		s.titleCase = title
		ms = s.sentence(htext, htoks, ms)
		s.titleCase = false
		for _, m := range ms[n:] {
			m.in = "headline"
			m.initial = m.initial || title // no capital of a Title Case headline vouches for a name
		}
	}
	date := ""
	if d.Published.Value != nil {
		date = *d.Published.Value
	}
	s.resolveDeferred(d.Text, ms, lowerWords(d, s.views), date)
	s.titled = map[string]string{}
	d.Entities = append(d.Entities, s.merge(d, ms, date)...)
	s.context = s.contextCountry(d)
	s.codeTitled(d)
	s.documentActors(d)
	s.headlineRoles(d, htext, htoks)
	return nil
}

// midCapitalised collects the words written capitalised inside sentences.
func midCapitalised(d *doc.Document, views [][]token.Token) map[string]bool {
	out := make(map[string]bool, tokenCount(views)/8)
	for _, toks := range views {
		for i := 1; i < len(toks); i++ {
			if w := toks[i].Text(d.Text); toks[i].Kind == token.Word && token.IsCapitalised(w) && !isOpening(toks[i-1].Text(d.Text)) {
				out[w] = true
			}
		}
	}
	return out
}

// tokenCount is the number of tokens of the views.
func tokenCount(views [][]token.Token) int {
	n := 0
	for _, toks := range views {
		n += len(toks)
	}
	return n
}

// lowerWords collects the lower-case words of the body.
func lowerWords(d *doc.Document, views [][]token.Token) map[string]bool {
	out := make(map[string]bool, tokenCount(views)/3) // room at once: no rehashing as it grows
	for _, toks := range views {
		for _, t := range toks {
			if w := t.Text(d.Text); t.Kind == token.Word && !token.IsCapitalised(w) {
				out[w] = true
			}
		}
	}
	return out
}

// Chunking -----------------------------------------------------------------

func (s *Stage) capWord(text string, t token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	w := t.Text(text)
	if !token.IsCapitalised(w) && !particleName(w) || s.Lex.NoName[w] {
		return false
	}
	// In a Title Case headline a common word is a name only where the
	// body writes it capitalised mid-sentence ("Pulls" is none).
	if s.titleCase && s.Lex.Common[strings.ToLower(w)] && !s.midCaps[w] && !token.IsAllCaps(w) && s.known(w) == nil {
		return false
	}
	return !isCalendarWord(strings.ToLower(strings.TrimSuffix(w, ".")))
}

// particleName reports whether a word is a lower-case name particle, a
// hyphen and a capitalised name: "al-Zorvani", "el-Kadir".
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && connectors.Has(w[:i]) && token.IsCapitalised(w[i+1:])
}

// sentence chunks the names of one sentence's tokens.
func (s *Stage) sentence(text string, toks []token.Token, ms []*mention) []*mention {
	for i := 0; i < len(toks); {
		if !s.capWord(text, toks[i]) {
			i++
			continue
		}
		start, j := i, i+1
		for j < len(toks) {
			if s.capWord(text, toks[j]) {
				j++
				continue
			}
			// "Secretary of the Navy Ana Ruiz": a title's office with its
			// article runs on to the person's name
			if e := s.officeRun(text, toks, i, j); e > j {
				j = e
				continue
			}
			w := strings.ToLower(toks[j].Text(text))
			if connectors.Has(w) && j+1 < len(toks) && s.capWord(text, toks[j+1]) {
				j++
				continue
			}
			// "People's Liberation Army", "Workers' Party": a plural
			// noun's possessive within the name (not where the noun opens
			// the sentence, a common word the name may not begin with)
			if possessives.Has(toks[j].Text(text)) && j+1 < len(toks) && s.capWord(text, toks[j+1]) && possessors.Has(strings.ToLower(toks[j-1].Text(text))) && token.IsCapitalised(toks[j-1].Text(text)) && j >= 2 && !isOpening(toks[j-2].Text(text)) {
				j++
				continue
			}
			// "Ambassador (Matthew) Tueller"
			if toks[j].Text(text) == "(" && j+3 < len(toks) && s.capWord(text, toks[j+1]) && toks[j+2].Text(text) == ")" && s.capWord(text, toks[j+3]) {
				j += 3
				continue
			}
			break
		}
		// "US$16 million", "A$5": a country's letters glued to a currency
		// sign name money, not the country
		if j < len(toks) && toks[j].Start == toks[j-1].End && isCurrencySign(toks[j].Text(text)) {
			i = j
			continue
		}
		// "al Qaeda", "al-Qaeda": a lower-case particle (a connector, its
		// hyphen) before the capitals belongs to a name known with it
		for k := start - 1; k >= 0 && k >= start-2; k-- {
			w := toks[k].Text(text)
			if w != "-" && !connectors.Has(w) {
				break
			}
			if connectors.Has(w) && s.known(text[toks[k].Start:toks[j-1].End]) != nil {
				start = k
				break
			}
		}
		sentenceStart := start == 0 || isOpening(toks[start-1].Text(text))
		n := len(ms)
		ms = s.chunk(text, toks[start:j], sentenceStart, ms)
		// "Zorvan Front in Arda": a transnational militant group's branch
		// in a country is that country's armed group
		if n < len(ms) {
			if e := s.branchIn(text, toks, j, ms[len(ms)-1]); e > j {
				j = e
			}
		}
		// "Rwanda's Senate": the possessive country is the name's
		if start >= 2 && n < len(ms) && ms[n].modifier == "" {
			if p := toks[start-1].Text(text); possessives.Has(p) && len(p) > 1 && p[len(p)-1] == 's' {
				if cc := s.countryNamed(toks[start-2].Text(text)); cc != "" {
					ms[n].modifier = cc
				} else if countryAnaphor(text, toks, start-2) {
					// "the country's Election Commission": the country
					// named last before it
					ms[n].modifier = s.lastCountry(ms[:n])
				}
			}
		}
		i = j
	}
	return ms
}

// lastCountry is the ISO alpha-2 code of the country the last of ms that
// names one names: a country's name or a nationality; "" for none.
func (s *Stage) lastCountry(ms []*mention) string {
	for k := len(ms) - 1; k >= 0; k-- {
		if cc := s.countryNamed(ms[k].name); cc != "" {
			return cc
		}
		if ms[k].typ == "NORP" && ms[k].country != "" {
			return ms[k].country
		}
	}
	return ""
}

// isTitleCase reports whether a headline capitalises its words, common
// ones included ("US Embassy Pulls Staff From Baghdad"): most of its
// common words of four letters or more after the first are capitalised.
func (s *Stage) isTitleCase(text string, toks []token.Token) bool {
	common, caps := 0, 0
	for i, t := range toks {
		w := t.Text(text)
		if i == 0 || t.Kind != token.Word || len(w) < 4 || !s.Lex.Common[strings.ToLower(w)] {
			continue
		}
		common++
		if token.IsCapitalised(w) {
			caps++
		}
	}
	return common >= 2 && caps*4 >= common*3
}

func isOpening(p string) bool { return openings.Has(p) }

// chunk types one run of capitalised words, splitting off demonyms and
// titles before the name.
func (s *Stage) chunk(text string, toks []token.Token, sentenceStart bool, ms []*mention) []*mention {
	words := func(a, b int) string {
		if a >= b {
			return ""
		}
		return text[toks[a].Start:toks[b-1].End]
	}
	a, b := 0, len(toks)
	// Leading stop words ("The", "But", "According").
	for a < b {
		w := toks[a].Text(text)
		lw := strings.ToLower(w)
		if nameArticle.Has(lw) && b-a > 1 {
			// keep "The" only where it is part of the name ("The Washington Post")
			if _, ok := s.Lex.Known[fold(words(a, b))]; ok && isArticle(w) && w != lw && !sentenceStart {
				break
			}
			a++
			continue
		}
		if s.Lex.Stop[lw] && !token.IsAllCaps(w) && (sentenceStart || nameArticle.Has(lw) || a > 0) {
			a++
			continue
		}
		break
	}
	// A common word that only begins the sentence ("Totaling US$...",
	// "Global Markets") is not part of the name that follows it.
	if sentenceStart && b-a > 1 {
		w := toks[a].Text(text)
		// ("French and German students": an acronym is no common word)
		if lw := strings.ToLower(w); s.Lex.Common[lw] && !token.IsAllCaps(w) && !s.Lex.Given[w] && !s.midCaps[w] && s.known(words(a, b)) == nil && len(s.Gaz.Lookup(words(a, b))) == 0 && !s.titleAt(words, a, b) && n0(s.officeTitle(text, toks, a, b)) == 0 && !s.knownBefore(words, a, b) {
			a++
		}
	}
	// Connectors can neither begin nor end a name, save a known one's
	// ("Al Qaeda").
	if k := s.known(words(a, b)); k != nil && connectors.Has(strings.ToLower(toks[a].Text(text))) {
		return append(ms, s.newMention(text, toks, a, b, k, "", ""))
	}
	for a < b && connectors.Has(strings.ToLower(toks[a].Text(text))) {
		a++
	}
	for b > a && connectors.Has(strings.ToLower(toks[b-1].Text(text))) {
		b--
	}
	if a >= b {
		return ms
	}
	// "Western allies", "Eastern Europe's": a compass word alone names no
	// place ("Western" is also a region of Ghana)
	if b-a == 1 && compassWords.Has(toks[a].Text(text)) {
		return ms
	}
	// A whole known name wins over any splitting, save a people's name
	// (a demonym) the gazetteer also knows, where a place cue says it is
	// the place ("in Arab, Alabama").
	if k := s.known(words(a, b)); k != nil && !(k.Type == "NORP" && placeCued(text, toks[a].Start) && len(s.Gaz.Lookup(words(a, b))) > 0) {
		return append(ms, s.newMention(text, toks, a, b, k, "", ""))
	}
	// "X and Y": two names unless the whole is a place.
	for k := a + 1; k < b-1; k++ {
		if coordinators.Has(toks[k].Text(text)) {
			if len(s.Gaz.Lookup(words(a, b))) == 0 {
				ms = s.chunk(text, toks[a:k], false, ms)
				return s.chunk(text, toks[k+1:b], false, ms)
			}
		}
	}
	// A title inside the run splits it: "Apple CEO Steve Jobs" is Apple,
	// then the titled person Steve Jobs.
split:
	for k := a + 1; k < b-1; k++ {
		// "Iranian Gen. Qasem Soleimani": the demonym stays with the person,
		// and so does a title after it ("U.S. Defense Secretary Mark Esper"
		// is not "U.S. Defense" and a Secretary)
		mods := s.allModifiers(text, toks[a:k])
		for n := min(s.Lex.maxTitleWords, b-k-1); n >= 1; n-- {
			if _, ok := s.title(words(k, k+n)); !ok {
				continue
			}
			if mods {
				break split
			}
			// "Minister" of "Prime Minister Falastur": the longer title
			// that ends with this one starts the person
			if j := s.titleStart(words, a, k, k+n); j < k {
				if j == a || s.allModifiers(text, toks[a:j]) {
					break split
				}
				ms = s.chunk(text, toks[a:j], sentenceStart, ms)
				return s.chunk(text, toks[j:b], false, ms)
			}
			next := toks[k+n].Text(text)
			if s.Lex.Common[strings.ToLower(next)] && !s.Lex.Given[next] {
				continue
			}
			ms = s.chunk(text, toks[a:k], sentenceStart, ms)
			n := len(ms)
			ms = s.chunk(text, toks[k:b], false, ms)
			// the organisation whose title it is owns the person ("UN
			// Envoy Ana Ruiz" acts for the UN)
			if n < len(ms) && ms[n].typ == "PERSON" {
				ms[n].owner = s.orgCode(words(a, k))
			}
			return ms
		}
	}
	modifier := ""
	// Leading demonyms and country names used as modifiers: "Iranian Gen.
	// Qasem Soleimani", "US Ambassador Matthew Tueller".
	for a < b-1 {
		w := words(a, a+1)
		cc, isDemonym := s.demonym(w)
		if cc == "" {
			cc = s.Lex.Countries[w]
		}
		if cc == "" {
			cc = s.givenCountry(w) // "Arda Prime Minister Valen" with the user's dictionary
		}
		if cc == "" {
			break
		}
		typ := "GPE"
		if isDemonym {
			typ = "NORP"
		}
		m := &mention{span: doc.Span{Start: toks[a].Start, End: toks[a].End}, name: w, typ: typ, country: cc, words: 1, parts: []string{w}}
		ms = append(ms, m)
		modifier = cc
		a++
	}
	// Titles: "Gen.", "President", "Prime Minister", but not the
	// "General" of "General Motors": a title is followed by a name.
	agent, titled := "", false
	for a < b {
		// "Secretary of Defence Ana Ruiz": a title, "of" and its office
		if n, code := s.officeTitle(text, toks, a, b); n > 0 {
			agent, titled, a = code, true, a+n
			continue
		}
		found := false
		for n := min(s.Lex.maxTitleWords, b-a-1); n >= 1; n-- {
			next := toks[a+n].Text(text)
			if s.Lex.Common[strings.ToLower(next)] && !s.Lex.Given[next] && next != "(" {
				// "of" and a country, then a name ("Prime Minister of
				// Zorvania Ana Ruiz"), not a title's office alone
				if k, _ := s.ofCountry(text, toks, a+n, b); k == a+n || k >= b {
					continue
				}
			}
			if code, ok := s.title(words(a, a+n)); ok {
				agent, titled, found = code, true, true
				a += n
				break
			}
		}
		if !found {
			break
		}
		// "Prime Minister of Zorvania Ana Ruiz": the country after the
		// title is the person's
		if k, cc := s.ofCountry(text, toks, a, b); k > a && k < b {
			ms = append(ms, s.countryMention(text, toks[k-1]))
			modifier, a = cc, k
		}
	}
	// "former President Ana Ruiz": no longer in office, an elite
	if titled && (agent == "GOV" || agent == "LEG") && formerTitle(text, toks, a) {
		agent = "ELI"
	}
	if a >= b {
		return ms
	}
	// "Prime Minister Ana Ruiz of Zorvania": a titled name ends before
	// "of" and a country, which is the person's
	if titled {
		for k := a + 1; k < b-1; k++ {
			if prepositionRole(toks[k].Text(text)) != "genitive" {
				continue
			}
			if end, cc := s.ofCountry(text, toks, k, b); end == b {
				m := s.newMention(text, toks, a, k, nil, cc, agent)
				if m.typ == "" {
					return ms
				}
				m.typ, m.deferred = "PERSON", false
				m.initial = sentenceStart && a == 0
				return append(ms, m, s.countryMention(text, toks[b-1]))
			}
			break
		}
	}
	m := s.newMention(text, toks, a, b, nil, modifier, agent)
	if m.typ == "" {
		return ms
	}
	if titled {
		m.typ = "PERSON"
		m.deferred = false
	}
	m.initial = sentenceStart && a == 0
	return append(ms, m)
}

// knownBefore reports whether a known name of two words or more starts
// at token a and a title follows it before b ("United Nations Envoy Ana
// Ruiz" opening a sentence: "United" is no common word there).
func (s *Stage) knownBefore(words func(a, b int) string, a, b int) bool {
	for j := a + 2; j < b; j++ {
		if s.known(words(a, j)) != nil && s.titleAt(words, j, b) {
			return true
		}
	}
	return false
}

// titleAt reports whether a title starts at token a and a name follows
// it before b ("Secretary of State Ana Ruiz" opening a sentence).
func (s *Stage) titleAt(words func(a, b int) string, a, b int) bool {
	for n := min(s.Lex.maxTitleWords, b-a-1); n >= 1; n-- {
		next := words(a+n, a+n+1)
		if s.Lex.Common[strings.ToLower(next)] && !s.Lex.Given[next] {
			continue // "Secretary Generals": no name follows
		}
		if _, ok := s.title(words(a, a+n)); ok {
			return true
		}
	}
	return false
}

// officeTitle reads at toks[a:] (before b) a title, "of" and the office
// it heads, written in capitals, before a given name: "Secretary of
// Defence Ana Ruiz", "Minister of Foreign Affairs Ana Ruiz"; the office
// ends before a given name or the start of a name the actor dictionary
// codes as a person. It returns the title's token count and its
// agent code, or 0. A country after "of" is left to ofCountry (the
// person's country, not an office), and so is a run with no given name
// after the office, nor a name the actor dictionary codes as a person
// ("Secretary of Defense Office" names no person).
func (s *Stage) officeTitle(text string, toks []token.Token, a, b int) (int, string) {
	const maxOffice = 7
	for n := min(s.Lex.maxTitleWords, b-a-3); n >= 1; n-- {
		code, ok := s.title(text[toks[a].Start:toks[a+n-1].End])
		if !ok || prepositionRole(toks[a+n].Text(text)) != "genitive" {
			continue
		}
		if k, _ := s.ofCountry(text, toks, a+n, b); k > a+n {
			return 0, ""
		}
		k := a + n + 1
		for j := k; j < b-1 && j-k < maxOffice; j++ {
			w := toks[j].Text(text)
			if connectors.Has(w) && j+1 < b-1 && prepositionRole(w) != "genitive" {
				// "Secretary of the Navy for Logistics Ana Ruiz": the
				// office's own connectors, lower case, go on with it (not
				// a second "of", whose place is no office's)
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || s.Lex.Given[w] {
				break
			}
			if s.Lex.Given[toks[j+1].Text(text)] || s.personCoded(text[toks[j+1].Start:toks[b-1].End]) {
				return j + 1 - a, code
			}
		}
		return 0, ""
	}
	return 0, ""
}

// orgCode is the actor code of a name the lexicon or the actor
// dictionary knows as an organisation (not a country nor a person), or "".
func (s *Stage) orgCode(name string) string {
	if k := s.known(name); k != nil {
		if k.Type == "ORG" {
			return k.Actor
		}
		return ""
	}
	if c := s.dictCode(name, ""); len(c) >= 3 && (NonState(c) || len(c) > 3) {
		return c
	}
	return ""
}

// personCoded reports whether the actor dictionary codes a whole name as
// a state's person or office holder (not a company nor a group).
func (s *Stage) personCoded(name string) bool {
	c := s.dictCode(name, "")
	return len(c) > 3 && !NonState(c)
}

// n0 is the count officeTitle returns, without its code.
func n0(n int, _ string) int { return n }

// ofCountry reads "of" and a one-word country name at toks[k:] (before
// b): the index after the country and its ISO code, or k and "".
func (s *Stage) ofCountry(text string, toks []token.Token, k, b int) (int, string) {
	if k+1 >= b || prepositionRole(toks[k].Text(text)) != "genitive" {
		return k, ""
	}
	if cc := s.countryNamed(toks[k+1].Text(text)); cc != "" {
		return k + 2, cc
	}
	return k, ""
}

// countryMention is the mention of a one-word country name.
func (s *Stage) countryMention(text string, t token.Token) *mention {
	w := t.Text(text)
	return &mention{span: doc.Span{Start: t.Start, End: t.End}, name: w, typ: "GPE", country: s.countryNamed(w), words: 1, parts: []string{w}}
}

// allModifiers reports whether every token is a demonym or a country name.
func (s *Stage) allModifiers(text string, toks []token.Token) bool {
	for _, t := range toks {
		w := t.Text(text)
		if _, ok := s.demonym(w); !ok && s.Lex.Countries[w] == "" && s.givenCountry(w) == "" {
			return false
		}
	}
	return true
}

// demonym reports the country of a demonym ("Iranian", "Iranians").
func (s *Stage) demonym(w string) (string, bool) {
	if s.demonyms == nil {
		return s.lookupDemonym(w)
	}
	if h, ok := s.demonyms[w]; ok {
		return h.country, h.ok
	}
	cc, ok := s.lookupDemonym(w)
	s.demonyms[w] = demonymOf{cc, ok}
	return cc, ok
}

func (s *Stage) lookupDemonym(w string) (string, bool) {
	if cc, ok := s.Gaz.Demonym(w); ok {
		return cc, true
	}
	if cc, ok := s.Lex.Demonyms[w]; ok {
		return cc, true // "Scottish": a nation inside a state
	}
	return s.Gaz.Demonym(strings.TrimSuffix(w, "s"))
}

func (s *Stage) known(name string) *Known {
	if k, ok := s.Lex.Known[fold(name)]; ok {
		return k
	}
	for _, p := range articlePrefixes {
		if strings.HasPrefix(name, p) {
			if k, ok := s.Lex.Known[fold(name[len(p):])]; ok {
				return k
			}
		}
	}
	return nil
}

// newMention builds and types the mention of toks[a:b].
func (s *Stage) newMention(text string, toks []token.Token, a, b int, k *Known, modifier, agent string) *mention {
	span := doc.Span{Start: toks[a].Start, End: toks[b-1].End}
	name := text[span.Start:span.End]
	parts := make([]string, 0, b-a)
	for _, t := range toks[a:b] {
		if w := t.Text(text); w != "(" && w != ")" {
			parts = append(parts, w)
		}
	}
	if strings.Contains(name, "(") {
		// "(Matthew) Tueller" reads "Matthew Tueller".
		name = strings.Join(parts, " ")
	}
	m := &mention{span: span, name: name, known: k, modifier: modifier, agent: agent, words: b - a, parts: parts}
	switch {
	case k != nil:
		m.typ = k.Type
	case s.Lex.Leaders[fold(name)] != nil:
		m.typ = "PERSON"
	case s.Lex.Countries[name] != "":
		m.typ, m.country = "GPE", s.Lex.Countries[name]
	default:
		s.typeByShape(m)
	}
	return m
}

// isCurrencySign reports whether a token is a currency sign ("$", "€").
func isCurrencySign(w string) bool {
	switch w {
	case "$", "€", "£", "¥", "₹", "₩", "₽":
		return true
	}
	return false
}
