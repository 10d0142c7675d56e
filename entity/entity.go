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
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/token"
)

// Stage is the entity pipeline stage.
type Stage struct {
	Lex *Lexicon
	Gaz *geo.Gazetteer
	// midCaps holds the words capitalised mid-sentence in the document
	// being processed.
	midCaps map[string]bool
}

// New loads the built-in dictionaries and gazetteer.
func New() (*Stage, error) {
	lx, err := LoadLexicon(defaultOpen)
	if err != nil {
		return nil, fmt.Errorf("entity dictionaries: %w", err)
	}
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	return &Stage{Lex: lx, Gaz: g}, nil
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
	words    int
	deferred bool // a single unknown word, typed after the whole document
	initial  bool // the name begins its sentence
}

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	st := *s // per-document state: the stage itself stays safe for concurrent use
	st.midCaps = midCapitalised(d)
	return st.process(d)
}

func (s *Stage) process(d *doc.Document) error {
	var ms []*mention
	spans := append([]doc.Span(nil), d.Sentences...)
	for _, sp := range spans {
		ms = s.sentence(d.Text, sp, ms)
	}
	s.resolveDeferred(ms, lowerWords(d))
	date := ""
	if d.Published.Value != nil {
		date = *d.Published.Value
	}
	d.Entities = append(d.Entities, s.merge(d, ms, date)...)
	return nil
}

// midCapitalised collects the words written capitalised inside sentences.
func midCapitalised(d *doc.Document) map[string]bool {
	out := map[string]bool{}
	for _, sp := range d.Sentences {
		toks := token.Split(d.Text, sp.Start, sp.End, nil)
		for i := 1; i < len(toks); i++ {
			if w := toks[i].Text(d.Text); toks[i].Kind == token.Word && token.IsCapitalised(w) && !isOpening(toks[i-1].Text(d.Text)) {
				out[w] = true
			}
		}
	}
	return out
}

// lowerWords collects the lower-case words of the body.
func lowerWords(d *doc.Document) map[string]bool {
	out := map[string]bool{}
	for _, sp := range d.Sentences {
		for _, t := range token.Split(d.Text, sp.Start, sp.End, nil) {
			if w := t.Text(d.Text); t.Kind == token.Word && !token.IsCapitalised(w) {
				out[w] = true
			}
		}
	}
	return out
}

// Chunking -----------------------------------------------------------------

var connectors = map[string]bool{"of": true, "de": true, "del": true, "da": true, "al": true,
	"bin": true, "ibn": true, "van": true, "von": true, "der": true, "la": true, "le": true,
	"du": true, "the": true, "for": true, "and": true, "&": true, "y": true}

var calendarWords = map[string]bool{"january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true}

func (s *Stage) capWord(text string, t token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	w := t.Text(text)
	if !token.IsCapitalised(w) || w == "I" || s.Lex.NoName[w] {
		return false
	}
	return !calendarWords[strings.ToLower(strings.TrimSuffix(w, "."))]
}

func (s *Stage) sentence(text string, sp doc.Span, ms []*mention) []*mention {
	toks := token.Split(text, sp.Start, sp.End, nil)
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
			w := strings.ToLower(toks[j].Text(text))
			if connectors[w] && j+1 < len(toks) && s.capWord(text, toks[j+1]) {
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
		sentenceStart := start == 0 || isOpening(toks[start-1].Text(text))
		n := len(ms)
		ms = s.chunk(text, toks[start:j], sentenceStart, ms)
		// "Rwanda's Senate": the possessive country is the name's
		if start >= 2 && n < len(ms) && ms[n].modifier == "" {
			if p := toks[start-1].Text(text); p == "'s" || p == "’s" {
				if cc := s.countryNamed(toks[start-2].Text(text)); cc != "" {
					ms[n].modifier = cc
				}
			}
		}
		i = j
	}
	return ms
}

func isOpening(p string) bool {
	switch p {
	case "\"", "“", "‘", "(", "—", "–", "-", ":":
		return true
	}
	return false
}

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
		if lw == "the" && b-a > 1 {
			// keep "The" only where it is part of the name ("The Washington Post")
			if _, ok := s.Lex.Known[fold(words(a, b))]; ok && w == "The" && !sentenceStart {
				break
			}
			a++
			continue
		}
		if s.Lex.Stop[lw] && !token.IsAllCaps(w) && (sentenceStart || lw == "the" || a > 0) {
			a++
			continue
		}
		break
	}
	// A common word that only begins the sentence ("Totaling US$...",
	// "Global Markets") is not part of the name that follows it.
	if sentenceStart && b-a > 1 {
		w := toks[a].Text(text)
		// ("US and British activists": an acronym is no common word)
		if lw := strings.ToLower(w); s.Lex.Common[lw] && !token.IsAllCaps(w) && !s.Lex.Given[w] && !s.midCaps[w] && s.known(words(a, b)) == nil && len(s.Gaz.Lookup(words(a, b))) == 0 {
			a++
		}
	}
	// Connectors can neither begin nor end a name.
	for a < b && connectors[strings.ToLower(toks[a].Text(text))] {
		a++
	}
	for b > a && connectors[strings.ToLower(toks[b-1].Text(text))] {
		b--
	}
	if a >= b {
		return ms
	}
	// "Western allies", "Eastern Europe's": a compass word alone names no
	// place ("Western" is also a region of Ghana)
	if b-a == 1 && compassWords[toks[a].Text(text)] {
		return ms
	}
	// A whole known name wins over any splitting.
	if k := s.known(words(a, b)); k != nil {
		return append(ms, s.newMention(text, toks, a, b, k, "", ""))
	}
	// "X and Y": two names unless the whole is a place.
	for k := a + 1; k < b-1; k++ {
		if w := toks[k].Text(text); w == "and" || w == "&" {
			if len(s.Gaz.Lookup(words(a, b))) == 0 {
				ms = s.chunk(text, toks[a:k], false, ms)
				return s.chunk(text, toks[k+1:b], false, ms)
			}
		}
	}
	// A title inside the run splits it: "Apple CEO Steve Jobs" is Apple,
	// then the titled person Steve Jobs.
	for k := a + 1; k < b-1; k++ {
		if s.allModifiers(text, toks[a:k]) {
			continue // "Iranian Gen. Qasem Soleimani": the demonym stays with the person
		}
		for n := min(s.Lex.maxTitleWords, b-k-1); n >= 1; n-- {
			if _, ok := s.Lex.Titles[words(k, k+n)]; !ok {
				continue
			}
			next := toks[k+n].Text(text)
			if s.Lex.Common[strings.ToLower(next)] && !s.Lex.Given[next] {
				continue
			}
			ms = s.chunk(text, toks[a:k], sentenceStart, ms)
			return s.chunk(text, toks[k:b], false, ms)
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
			break
		}
		typ := "GPE"
		if isDemonym {
			typ = "NORP"
		}
		m := &mention{span: doc.Span{Start: toks[a].Start, End: toks[a].End}, name: w, typ: typ, country: cc, words: 1}
		ms = append(ms, m)
		modifier = cc
		a++
	}
	// Titles: "Gen.", "President", "Prime Minister", but not the
	// "General" of "General Motors": a title is followed by a name.
	agent, titled := "", false
	for a < b {
		found := false
		for n := min(s.Lex.maxTitleWords, b-a-1); n >= 1; n-- {
			next := toks[a+n].Text(text)
			if s.Lex.Common[strings.ToLower(next)] && !s.Lex.Given[next] && next != "(" {
				continue
			}
			if code, ok := s.Lex.Titles[words(a, a+n)]; ok {
				agent, titled, found = code, true, true
				a += n
				break
			}
		}
		if !found {
			break
		}
	}
	if a >= b {
		return ms
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

// allModifiers reports whether every token is a demonym or a country name.
func (s *Stage) allModifiers(text string, toks []token.Token) bool {
	for _, t := range toks {
		w := t.Text(text)
		if _, ok := s.demonym(w); !ok && s.Lex.Countries[w] == "" {
			return false
		}
	}
	return true
}

// demonym reports the country of a demonym ("Iranian", "Iranians").
func (s *Stage) demonym(w string) (string, bool) {
	for _, cand := range []string{w, strings.TrimSuffix(w, "s")} {
		for _, i := range s.Gaz.Lookup(cand) {
			if p := &s.Gaz.Places[i]; p.Kind == 'D' {
				return p.Country, true
			}
		}
	}
	return "", false
}

func (s *Stage) known(name string) *Known {
	if k, ok := s.Lex.Known[fold(name)]; ok {
		return k
	}
	if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ") {
		if k, ok := s.Lex.Known[fold(name[4:])]; ok {
			return k
		}
	}
	return nil
}

// newMention builds and types the mention of toks[a:b].
func (s *Stage) newMention(text string, toks []token.Token, a, b int, k *Known, modifier, agent string) *mention {
	span := doc.Span{Start: toks[a].Start, End: toks[b-1].End}
	name := text[span.Start:span.End]
	if strings.Contains(name, "(") {
		// "(Matthew) Tueller" reads "Matthew Tueller".
		name = strings.Join(strings.Fields(strings.NewReplacer("(", "", ")", "").Replace(name)), " ")
	}
	m := &mention{span: span, name: name, known: k, modifier: modifier, agent: agent, words: b - a}
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

// Organisation, facility and location words at the end (or start) of a
// name.
var orgWords = map[string]string{
	"department": "GOV", "ministry": "GOV", "government": "GOV", "administration": "GOV",
	"council": "GOV", "committee": "GOV", "commission": "GOV", "agency": "GOV", "office": "GOV",
	"authority": "GOV", "bureau": "GOV", "service": "GOV", "cabinet": "GOV",
	"army": "MIL", "forces": "MIL", "force": "MIL", "navy": "MIL", "corps": "MIL", "guard": "MIL", "guards": "MIL", "brigade": "MIL", "command": "MIL",
	"police": "COP", "party": "", "movement": "", "front": "",
	"court": "JUD", "tribunal": "JUD", "parliament": "LEG", "senate": "LEG", "congress": "LEG", "assembly": "LEG",
	"university": "EDU", "college": "EDU", "school": "EDU", "institute": "EDU",
	"bank": "BUS", "inc": "BUS", "inc.": "BUS", "corp": "BUS", "corp.": "BUS", "corporation": "BUS", "company": "BUS", "co.": "BUS",
	"ltd": "BUS", "ltd.": "BUS", "group": "BUS", "holdings": "BUS", "airlines": "BUS", "airways": "BUS", "motors": "BUS",
	"industries": "BUS", "technologies": "BUS", "systems": "BUS", "partners": "BUS", "capital": "BUS", "fund": "BUS",
	"exchange": "BUS", "association": "", "union": "", "federation": "", "foundation": "NGO", "society": "",
	"organization": "", "organisation": "", "league": "", "club": "", "network": "MED", "times": "MED",
	"post": "MED", "news": "MED", "press": "MED", "journal": "MED", "herald": "MED", "tribune": "MED", "telegraph": "MED",
	"board": "", "alliance": "", "coalition": "", "church": "REL", "hospital": "HLH", "federal": "GOV",
}

var orgStarts = map[string]bool{"ministry": true, "department": true, "bank": true, "university": true, "institute": true, "council": true, "office": true, "commission": true, "house": true}

var facWords = map[string]bool{"airport": true, "embassy": true, "consulate": true, "bridge": true, "square": true,
	"palace": true, "stadium": true, "base": true, "prison": true, "mosque": true, "cathedral": true,
	"tower": true, "plant": true, "port": true, "station": true, "street": true, "avenue": true, "road": true, "highway": true}

var eventWords = map[string]bool{"conference": true, "show": true, "summit": true, "games": true,
	"olympics": true, "cup": true, "championship": true, "championships": true, "festival": true,
	"expo": true, "forum": true, "war": true, "election": true, "elections": true, "crisis": true}

var locWords = map[string]bool{"river": true, "mountains": true, "mountain": true, "sea": true, "ocean": true,
	"gulf": true, "valley": true, "desert": true, "island": true, "islands": true, "peninsula": true,
	"strait": true, "lake": true, "bay": true, "coast": true, "region": true, "province": true,
	"county": true, "district": true, "governorate": true, "state": false, "border": true}

func (s *Stage) typeByShape(m *mention) {
	words := strings.Fields(m.name)
	// "Iranian-backed", "US-led": a country's involvement, not a name.
	if len(words) == 1 && strings.ContainsAny(m.name, "-‑") {
		head := strings.FieldsFunc(m.name, func(r rune) bool { return r == '-' || r == '‑' })[0]
		if cc, ok := s.demonym(head); ok {
			m.typ, m.country = "NORP", cc
			return
		}
		if cc := s.Lex.Countries[head]; cc != "" {
			m.typ, m.country = "NORP", cc
			return
		}
	}
	for _, r := range m.name {
		if unicode.IsDigit(r) {
			m.typ = "" // "COVID-19", "A380": not a name we type
			return
		}
	}
	last := strings.ToLower(words[len(words)-1])
	first := strings.ToLower(words[0])
	if _, ok := orgWords[last]; ok && len(words) > 1 {
		m.typ = "ORG"
		return
	}
	if orgStarts[first] && len(words) > 2 {
		m.typ = "ORG"
		return
	}
	if eventWords[last] && len(words) > 1 {
		m.typ = "EVENT"
		return
	}
	if facWords[last] && len(words) > 1 {
		m.typ = "FAC"
		return
	}
	if locWords[last] && len(words) > 1 {
		m.typ = "LOC"
		return
	}
	if cc, ok := s.demonym(m.name); ok && len(words) == 1 {
		m.typ, m.country = "NORP", cc
		return
	}
	// A common English word is a place only as a country or subdivision
	// ("Chad", "Jordan"), not as a town ("Police", in Poland).
	common := len(words) == 1 && s.Lex.Common[strings.ToLower(m.name)]
	if cc, ok := s.placeCountry(m.name, len(words)); ok && (!common || s.isCountryOrRegion(m.name)) {
		m.typ, m.country = "GPE", cc
		return
	}
	if len(words) == 1 {
		if token.IsAllCaps(m.name) && utf8.RuneCountInString(m.name) <= 6 {
			m.typ = "ORG"
			return
		}
		m.typ, m.deferred = "ORG", true
		return
	}
	if nameLike(words) && s.personName(words) {
		m.typ = "PERSON"
		return
	}
	m.typ = "ORG"
}

// personName reports whether a name-like run of words names a person: it
// starts with a given name or an initial, and its last word is no common
// English word ("Air France" is not a person; "Mark Green" may be).
func (s *Stage) personName(words []string) bool {
	first := strings.TrimSuffix(words[0], ".")
	if !s.Lex.Given[first] && !(utf8.RuneCountInString(first) == 1 && strings.HasSuffix(words[0], ".")) {
		return false
	}
	return true
}

// placeCountry reports whether a name is a country, subdivision or a
// sizeable populated place, and its country.
func (s *Stage) placeCountry(name string, words int) (string, bool) {
	best, bestScore := "", -1
	for _, i := range s.Gaz.Lookup(name) {
		p := &s.Gaz.Places[i]
		score := 0
		switch p.Feature {
		case geo.Country:
			score = 1 << 30
		case geo.Admin1:
			score = 1 << 28
		case geo.Capital:
			score = 1 << 27
			if p.Population >= 1000000 {
				score = 1<<29 + p.Population // "Santiago": Chile's capital, not a Dominican province
			}
		case geo.City:
			score = p.Population
			min := 20000
			if words > 1 {
				min = 2000
			}
			if p.Population < min {
				continue
			}
		default:
			continue
		}
		if score > bestScore {
			best, bestScore = p.Country, score
		}
	}
	return best, bestScore >= 0
}

// nameLike reports whether words look like a personal name: two to four
// capitalised words of letters, none of them all capitals.
func nameLike(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if token.IsAllCaps(w) && len(w) > 2 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
	}
	return true
}

// resolveDeferred types single unknown words after the whole document is
// read: a surname of a person named in full is that person; else a place
// in the gazetteer; else an organisation.
func (s *Stage) resolveDeferred(ms []*mention, lower map[string]bool) {
	surnames := map[string]bool{}
	for _, m := range ms {
		if m.typ == "PERSON" && m.words >= 1 {
			w := strings.Fields(m.name)
			surnames[fold(w[len(w)-1])] = true
		}
	}
	midSentence := map[string]bool{}
	for _, m := range ms {
		if !m.initial {
			midSentence[m.name] = true
		}
	}
	for _, m := range ms {
		// A surname of a person named in full, even if a town bears it.
		if m.words == 1 && surnames[fold(m.name)] && (m.deferred || m.typ == "GPE" && !s.isCountryName(m) && !s.isBigPlace(m.name)) {
			m.typ, m.deferred, m.country = "PERSON", false, ""
			continue
		}
		if !m.deferred {
			continue
		}
		if cc, ok := s.placeCountryAny(m.name); ok && !s.Lex.Common[strings.ToLower(m.name)] {
			m.typ, m.country = "GPE", cc
			continue
		}
		// A word also written in lower case in the article, or one that
		// only begins a sentence, is a common word, not a name.
		// A word also written in lower case in the article is a common
		// word; so is a common English word that only ever begins
		// sentences. A common word capitalised mid-sentence ("Apple",
		// "Shell") is a name.
		lw := strings.ToLower(m.name)
		common := s.Lex.Common[lw] || s.Lex.Common[singular(lw)]
		if lower[lw] || lower[singular(lw)] || common && !midSentence[m.name] || m.initial && s.Lex.Stop[lw] {
			m.typ = ""
		}
	}
}

// singular undoes a regular English plural.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return strings.TrimSuffix(w, "es")
	}
	return strings.TrimSuffix(w, "s")
}

// isCountryOrRegion reports whether a name is a country's or a first-level
// subdivision's.
func (s *Stage) isCountryOrRegion(name string) bool {
	for _, i := range s.Gaz.Lookup(name) {
		if k := s.Gaz.Places[i].Kind; k == 'C' || k == 'A' {
			return true
		}
	}
	return s.Lex.Countries[name] != ""
}

// isBigPlace reports whether a name is a capital or a city of at least
// 100,000 people.
func (s *Stage) isBigPlace(name string) bool {
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Feature == geo.Capital || p.Feature == geo.Admin1 || p.Population >= 100000 {
			return true
		}
	}
	return false
}

// placeCountryAny accepts smaller places too (at least 5,000 people).
// countryNamed gives the ISO code of a country's name ("Rwanda", "US"), or
// "".
func (s *Stage) countryNamed(name string) string {
	if cc := s.Lex.Countries[name]; cc != "" {
		return cc
	}
	for _, i := range s.Gaz.Lookup(name) {
		if s.Gaz.Places[i].Kind == 'C' {
			return s.Gaz.Places[i].Country
		}
	}
	return ""
}

func (s *Stage) placeCountryAny(name string) (string, bool) {
	best, bestPop := "", 4999
	for _, i := range s.Gaz.Lookup(name) {
		p := &s.Gaz.Places[i]
		if p.Kind == 'P' && p.Population > bestPop {
			best, bestPop = p.Country, p.Population
		}
	}
	return best, best != ""
}

// Merging ------------------------------------------------------------------

type group struct {
	key   string
	typ   string
	names []string
	ms    []*mention
}

func (s *Stage) mergeKey(m *mention) string {
	switch m.typ {
	case "PERSON":
		w := strings.Fields(m.name)
		return "P:" + fold(w[len(w)-1])
	case "GPE":
		if m.country != "" && s.isCountryName(m) {
			return "C:" + m.country
		}
		return "G:" + fold(m.name)
	case "NORP":
		return "N:" + m.country
	}
	if m.known != nil {
		return "K:" + m.known.Name
	}
	return m.typ + ":" + fold(strings.TrimPrefix(strings.TrimPrefix(m.name, "The "), "the "))
}

func (s *Stage) isCountryName(m *mention) bool {
	if s.Lex.Countries[m.name] != "" {
		return true
	}
	for _, i := range s.Gaz.Lookup(m.name) {
		if s.Gaz.Places[i].Kind == 'C' {
			return true
		}
	}
	return false
}

func (s *Stage) merge(d *doc.Document, ms []*mention, date string) []doc.Entity {
	groups := map[string]*group{}
	var order []*group
	for _, m := range ms {
		if m.typ == "" {
			continue
		}
		k := s.mergeKey(m)
		// Persons: a different given name is a different person.
		if m.typ == "PERSON" {
			if g, ok := groups[k]; ok && !sameGiven(g, m) {
				k += "#" + strconv.Itoa(len(order))
			}
		}
		g, ok := groups[k]
		if !ok {
			g = &group{key: k, typ: m.typ}
			groups[k] = g
			order = append(order, g)
		}
		g.ms = append(g.ms, m)
	}
	// Acronyms: "NSC" joins "National Security Council".
	for _, g := range order {
		if len(g.ms) == 0 || g.typ != "ORG" || !token.IsAllCaps(g.ms[0].name) {
			continue
		}
		for _, h := range order {
			if h != g && h.typ == "ORG" && len(h.ms) > 0 && initials(canonical(h)) == g.ms[0].name {
				h.ms = append(h.ms, g.ms...)
				g.ms = nil
				break
			}
		}
	}
	var out []doc.Entity
	for _, g := range order {
		if len(g.ms) == 0 {
			continue
		}
		sort.Slice(g.ms, func(i, j int) bool { return g.ms[i].span.Start < g.ms[j].span.Start })
		e := doc.Entity{ID: "e" + strconv.Itoa(len(out)+1), Name: canonical(g), Type: g.typ}
		for _, m := range g.ms {
			e.Mentions = append(e.Mentions, doc.Mention{Span: m.span, Text: d.Text[m.span.Start:m.span.End]})
		}
		if code := s.actorFor(g, e.Name, date); code != "" {
			e.Actor = &code
		}
		out = append(out, e)
	}
	return out
}

func sameGiven(g *group, m *mention) bool {
	mw := strings.Fields(m.name)
	if len(mw) < 2 {
		return true
	}
	for _, o := range g.ms {
		ow := strings.Fields(o.name)
		if len(ow) < 2 {
			continue
		}
		a, b := strings.TrimSuffix(mw[0], "."), strings.TrimSuffix(ow[0], ".")
		if a != b && !(len(a) == 1 && strings.HasPrefix(b, a)) && !(len(b) == 1 && strings.HasPrefix(a, b)) {
			return false
		}
	}
	return true
}

// canonical is the fullest name among the mentions.
func canonical(g *group) string {
	best := ""
	for _, m := range g.ms {
		n := m.name
		if m.known != nil {
			n = m.known.Name
		}
		if g.typ == "NORP" && strings.ContainsAny(n, "-‑") && best != "" {
			continue
		}
		if utf8.RuneCountInString(n) > utf8.RuneCountInString(best) {
			best = n
		}
	}
	return best
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if lw := strings.ToLower(w); lw == "of" || lw == "the" || lw == "for" || lw == "and" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// Actor codes --------------------------------------------------------------

// ISO3 returns the CAMEO country code (ISO alpha-3) of an alpha-2 code.
func (s *Stage) ISO3(cc string) string {
	if c, ok := cameoCountry[cc]; ok {
		return c
	}
	if p, ok := s.Gaz.Country(cc); ok && p.Extra != "" {
		return p.Extra
	}
	return ""
}

// cameoCountry holds the CAMEO country codes that differ from ISO 3166
// alpha-3: Kosovo (the gazetteer's UNK), Romania (CAMEO keeps ROM).
var cameoCountry = map[string]string{"XK": "KSV", "RO": "ROM"}

func (s *Stage) actorFor(g *group, name, date string) string {
	switch g.typ {
	case "GPE", "NORP":
		for _, m := range g.ms {
			if m.known != nil && m.known.Actor != "" {
				return m.known.Actor
			}
			if m.country != "" {
				return s.ISO3(m.country)
			}
		}
		return ""
	case "PERSON":
		leader, isLeader := s.Lex.LeaderCode(name, date)
		if isLeader && s.Lex.InOffice(name, date) {
			return leader
		}
		country, agent := "", ""
		for _, m := range g.ms {
			if country == "" && m.modifier != "" {
				country = s.ISO3(m.modifier)
			}
			if agent == "" {
				agent = m.agent
			}
		}
		if country == "" {
			return leader
		}
		return country + agent
	}
	for _, m := range g.ms {
		if m.known != nil && m.known.Actor != "" {
			// "Rwanda's Senate", "the Rwandan Senate": a country's own
			// organ, though "Senate" alone is the US one
			if m.modifier != "" && len(m.known.Actor) > 3 && !strings.HasPrefix(m.known.Actor, "IGO") {
				if cc := s.ISO3(m.modifier); cc != "" && cc != m.known.Actor[:3] {
					return cc + m.known.Actor[3:]
				}
			}
			return m.known.Actor
		}
	}
	// An organisation: country from a modifier or a place named inside it,
	// agent from its organisation word.
	country := ""
	for _, m := range g.ms {
		if m.modifier != "" {
			country = s.ISO3(m.modifier)
			break
		}
	}
	words := strings.Fields(name)
	if country == "" {
		for _, w := range words {
			if cc, ok := s.demonym(w); ok {
				country = s.ISO3(cc)
				break
			}
			if cc := s.Lex.Countries[w]; cc != "" {
				country = s.ISO3(cc)
				break
			}
			for _, i := range s.Gaz.Lookup(w) {
				if s.Gaz.Places[i].Kind == 'C' {
					country = s.ISO3(s.Gaz.Places[i].Country)
				}
			}
			if country != "" {
				break
			}
		}
	}
	agent := ""
	if len(words) > 0 {
		agent = orgWords[strings.ToLower(words[len(words)-1])]
		if agent == "" {
			agent = orgWords[strings.ToLower(words[0])]
		}
	}
	if country == "" {
		return ""
	}
	return country + agent
}

var compassWords = map[string]bool{"Western": true, "Eastern": true, "Northern": true, "Southern": true,
	"Central": true, "Northeastern": true, "Northwestern": true, "Southeastern": true, "Southwestern": true}
