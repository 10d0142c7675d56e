package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/token"
)

func (s *Stage) typeByShape(m *mention) {
	words := m.parts
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
		// "London-based", "Tehran-backed": a place's country, where what
		// follows the place is a lower-case word, no part of a name
		if rest := m.name[len(head)+1:]; rest != "" && strings.ToLower(rest) == rest && len(head) < len(m.name) {
			if k := s.known(head); k != nil && (k.Type == "GPE" || k.Type == "LOC") && len(k.Actor) == 3 {
				m.typ, m.known = "NORP", k // "Gaza-based": the known place's code
				return
			}
			if cc, ok := s.placeCountry(head, 1); ok && !s.Lex.Common[strings.ToLower(head)] {
				m.typ, m.country = "NORP", cc
				return
			}
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
	if orgWords.Has(last) && len(words) > 1 {
		m.typ = "ORG"
		return
	}
	if orgStarts.Has(first) && len(words) > 2 {
		m.typ = "ORG"
		return
	}
	// a name's last word says its type: "... Summit", "... Bridge", "... Valley"
	for _, k := range []struct {
		set interface{ Has(string) bool }
		typ string
	}{{eventWords, "EVENT"}, {facWords, "FAC"}, {locWords, "LOC"}} {
		if k.set.Has(last) && len(words) > 1 {
			m.typ = k.typ
			return
		}
	}
	if cc, ok := s.demonym(m.name); ok && len(words) == 1 {
		m.typ, m.country = "NORP", cc
		return
	}
	// A common English word is a place only as a country or subdivision
	// ("Chad", "Jordan"), not as a town ("Police", in Poland).
	common := len(words) == 1 && s.Lex.Common[strings.ToLower(m.name)]
	if cc, ok := s.placeCountry(m.name, len(words)); ok && (!common || s.isCountryOrRegion(m.name)) && !s.adjectiveUse(m) {
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
// in the gazetteer; else an organisation. (A name after a person's
// lower-case title is a person first: titledByRole.)
func (s *Stage) resolveDeferred(text string, ms []*mention, lower map[string]bool, date string) {
	surnames := map[string]bool{}
	families := map[string]string{} // a first word that is no given name -> the person's merge key
	for _, m := range ms {
		if m.typ == "ORG" && m.known == nil && m.in == "" && s.titledByRole(text, m) {
			m.typ = "PERSON" // "the Zorvan envoy Ana Ruiz"
		}
		if m.typ == "PERSON" && m.words >= 1 {
			surnames[fold(m.parts[len(m.parts)-1])] = true
		}
		// "Ma Ying-jeou", "Kim Jong-il": a name whose first word is no
		// given name may put the family name first
		if m.typ == "PERSON" && len(m.parts) >= 2 && m.known == nil && !s.Lex.Given[m.parts[0]] && nameLike(m.parts) {
			f := fold(m.parts[0])
			if _, ok := families[f]; !ok {
				families[f] = "P:" + fold(m.parts[len(m.parts)-1])
			}
		}
	}
	midSentence := map[string]bool{}
	for _, m := range ms {
		if !m.initial {
			midSentence[m.name] = true
		}
	}
	for _, m := range ms {
		// A surname of a person named in full, even if a town or a city
		// bears it ("Harper" after "Stephen Harper"), save a capital or a
		// name after a place cue ("in Harper").
		// A family name put first, alone after the name in full ("Ma"
		// after "Ma Ying-jeou"), is that person, a common word too.
		if k, ok := families[fold(m.name)]; ok && m.words == 1 && m.deferred && !surnames[fold(m.name)] {
			m.typ, m.deferred, m.country, m.family = "PERSON", false, "", k
			continue
		}
		if m.words == 1 && surnames[fold(m.name)] && (m.deferred || m.typ == "GPE" && !s.isCountryName(m) && !s.isCapital(m.name) && !(m.in == "" && placeCued(text, m.span.Start))) {
			m.typ, m.deferred, m.country = "PERSON", false, ""
			continue
		}
		// The surname of a person in office on the article's date ("Bush"
		// in 2007), before the towns that bear it and the common word.
		if m.words == 1 && (m.deferred || m.typ == "GPE" && !s.isCountryName(m) && !s.isBigPlace(m.name)) &&
			!(m.initial && s.Lex.Stop[strings.ToLower(m.name)]) && s.surnameCode(m.name, date) != "" {
			m.typ, m.deferred, m.country = "PERSON", false, ""
			continue
		}
		if !m.deferred {
			continue
		}
		if cc, ok := s.placeCountryAny(m.name); ok && !s.Lex.Common[strings.ToLower(m.name)] && !s.adjectiveUse(m) {
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
		// so is a role word ("Protesters", "Villagers" opening a sentence)
		if _, role := s.Lex.Agents[lw]; role {
			common = true
		}
		if lower[lw] || lower[singular(lw)] || common && !midSentence[m.name] || m.initial && s.Lex.Stop[lw] {
			m.typ = ""
		}
	}
}

// titledByRole reports whether a name of two to four words that only its
// shape typed an organisation follows a lower-case title that names one
// person ("the French ambassador Ana Ruiz", "envoy Ana Ruiz"), or follows
// a comma a few words after one ("the ambassador to Peru, Ana Ruiz"), or
// has one open its apposition ("Ana Ruiz, former Mayor of Lima,"): the
// name is that person, whose given name the lists lack. A name whose words say
// an organisation ("... Party", "Bank of ...") or that the dictionary
// codes as no state's is left alone.
func (s *Stage) titledByRole(text string, m *mention) bool {
	if m.words < 2 || m.words > 4 || !nameLike(m.parts) {
		return false
	}
	if orgWords.Has(strings.ToLower(m.parts[len(m.parts)-1])) || orgStarts.Has(strings.ToLower(m.parts[0])) || NonState(s.dictCode(m.name, "")) {
		return false
	}
	before := s.tokensBefore(m.span.Start)
	if len(before) > 0 && m.span.Start > 0 && !unicode.IsSpace(rune(text[m.span.Start-1])) {
		return false
	}
	if len(before) == 0 {
		return s.titleApposed(text, m)
	}
	if t := before[len(before)-1]; t.Text(text) != "," {
		return s.lowerTitle(t.Text(text)) || s.titleApposed(text, m)
	}
	// "the Zorvan ambassador to Peru, Ana Ruiz": the title within a few
	// words before the comma
	for k := len(before) - 2; k >= 1 && k >= len(before)-6; k-- {
		w := before[k].Text(text)
		if w == "," || strings.HasSuffix(w, ".") {
			return false
		}
		if s.lowerTitle(w) {
			return true
		}
	}
	return false
}

// titleApposed reports whether a title opens the apposition after the
// name, within three words of its comma ("Ana Ruiz, former Mayor of
// Lima,", "Ana Ruiz, the Zorvan ambassador,").
func (s *Stage) titleApposed(text string, m *mention) bool {
	for _, p := range m.parts {
		if _, ok := s.Lex.Titles[p]; ok {
			return false // a title itself ("Vice President, ...")
		}
	}
	after := s.tokensAfter(m.span.End)
	if len(after) < 2 || after[0].Text(text) != "," {
		return false
	}
	for k := 1; k < len(after) && k <= 4; k++ {
		w := after[k].Text(text)
		if w == "," || w == "." {
			return false
		}
		if _, ok := s.Lex.Titles[w]; ok && token.IsCapitalised(w) || s.lowerTitle(w) {
			return true
		}
	}
	return false
}

// sentenceView is the tokens of the sentence holding byte off (the first
// sentence whose last token ends at or after it), or nil.
func (s *Stage) sentenceView(off int) []token.Token {
	i := sort.Search(len(s.views), func(i int) bool {
		for ; i >= 0 && len(s.views[i]) == 0; i-- {
		}
		// (an empty view stands as the last one before it: the smallest
		// i found is never empty)
		return i >= 0 && s.views[i][len(s.views[i])-1].End >= off
	})
	if i == len(s.views) {
		return nil
	}
	return s.views[i]
}

// tokensAfter is the tokens of the sentence holding byte off that start at
// or after it.
func (s *Stage) tokensAfter(off int) []token.Token {
	v := s.sentenceView(off)
	n := sort.Search(len(v), func(k int) bool { return v[k].Start >= off })
	return v[n:]
}

// tokensBefore is the tokens of the sentence holding byte off that end at
// or before it.
func (s *Stage) tokensBefore(off int) []token.Token {
	v := s.sentenceView(off)
	n := sort.Search(len(v), func(k int) bool { return v[k].End > off })
	return v[:n]
}

// lowerTitle reports whether w is a title written in lower case
// ("ambassador", "minister").
func (s *Stage) lowerTitle(w string) bool {
	if w != strings.ToLower(w) || len(w) < 3 {
		return false
	}
	_, ok := s.Lex.Titles[strings.ToUpper(w[:1])+w[1:]]
	return ok
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

// isCapital reports whether a name is a country's capital.
func (s *Stage) isCapital(name string) bool {
	for _, i := range s.Gaz.Lookup(name) {
		if s.Gaz.Places[i].Feature == geo.Capital {
			return true
		}
	}
	return false
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
	return s.givenCountry(name)
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

// adjectiveUse reports whether a one-word name that the gazetteer knows
// only as a town (no country, region or capital, under 100,000 people)
// modifies a common noun on the parse: "Zorvan militias" are a people's,
// "Kelda magazine" is a title, neither the town (the place stage reads
// such a name the same way, doc.ModifiesNoun).
func (s *Stage) adjectiveUse(m *mention) bool {
	if len(m.parts) != 1 || m.in != "" || !s.modifierEnds[m.span.End] || s.Lex.Countries[m.name] != "" {
		return false
	}
	for _, i := range s.Gaz.Lookup(m.name) {
		if p := &s.Gaz.Places[i]; p.Kind != 'P' || p.Feature == geo.Capital || p.Population >= 100000 {
			return false
		}
	}
	return true
}

// modifierEnds lists the end offsets of the body's words that modify the
// common noun after them on the parse (doc.ModifiesNoun).
func modifierEnds(d *doc.Document) map[int]bool {
	if d.Syntax == nil {
		return nil
	}
	var out map[int]bool
	toks := d.Syntax.Tokens
	for _, ss := range d.Syntax.Sentences {
		if ss.Headline && ss.Index < 0 {
			continue // offsets into the headline string
		}
		for i := ss.First; i+1 < ss.End; i++ {
			if doc.ModifiesNoun(toks, i, i+1) {
				if out == nil {
					out = map[int]bool{}
				}
				out[toks[i].End] = true
			}
		}
	}
	return out
}
