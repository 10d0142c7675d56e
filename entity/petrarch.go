package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

// The PETRARCH actor and agent dictionaries (package petrarch: the
// built-in Phoenix production set, or the user's files) complete
// dragoman's own tables:
//
//   - a person, organisation or place without a code in dragoman's tables
//     (leaders.tsv, orgs.tsv, the gazetteer) takes the dictionary's code
//     for its whole name on the article's date ("Robert Mugabe" is ZWEGOV
//     in 2008, "Toyota" MNCJPN); a name the dictionary gives a non-state
//     code (a company, an international or militant organisation) is an
//     organisation even where the gazetteer knows a town of that name;
//   - a role phrase ("police chief", "riot police", "defence ministry")
//     takes the agent dictionary's code when it matches more words than
//     dragoman's own role words;
//   - a role phrase with no country of its own (no adjective, possessive,
//     "of"-phrase) takes the article's country: the country its places and
//     nationalities (headline included) name most often ("police" in a
//     story from Belfast is GBRCOP).
//
// When the user gave the dictionary (--petrarch-actors), it is consulted
// before dragoman's tables, so a researcher's own codes win.

// dictCode returns the actor dictionary's code for a whole name on a date
// ("YYYY-MM-DD" or ""), or "".
func (s *Stage) dictCode(name, date string) string {
	if s.Dicts == nil || s.Dicts.Actors == nil {
		return ""
	}
	// the name as written ("Barad-dur"), then with its hyphens as blanks;
	// with or without a leading "the" ("the Shire" is THE_SHIRE_)
	for _, ws := range [][]string{strings.Fields(name), nameWords(name)} {
		if len(ws) == 0 {
			continue
		}
		for i, w := range ws {
			ws[i] = trimPossessive(w)
		}
		alts := [][]string{ws}
		if nameArticle.Has(strings.ToLower(ws[0])) {
			if len(ws) > 1 {
				alts = append(alts, ws[1:])
			}
		} else {
			for _, art := range nameArticle.Words() {
				alts = append(alts, append([]string{strings.ToUpper(art)}, ws...))
			}
		}
		for _, x := range alts {
			if a, n := s.Dicts.Actors.Match(x); a != nil && n == len(x) {
				return a.CodeNear(dateInt(date))
			}
		}
	}
	return ""
}

// dictPersonCode is dictCode for a person, who may be named without the
// second surname or regnal names the dictionary lists ("Ana Ruiz" for an
// entry ANA_RUIZ_GARCIA_, "King Tomas" for TOMAS_ANDRES_DE_ORLEANS_):
// the names that begin with the person's name count when all those coded
// on the date agree on the country (one of many Johns does not).
func (s *Stage) dictPersonCode(name, date string) string {
	if c := s.dictCode(name, date); c != "" {
		return c
	}
	if s.Dicts == nil || s.Dicts.Actors == nil {
		return ""
	}
	ws := nameWords(name)
	if len(ws) == 1 {
		if c := s.surnameCode(ws[0], date); c != "" {
			return c
		}
	}
	if len(ws) == 0 || len(ws) == 1 && len(ws[0]) < 5 {
		return ""
	}
	const limit = 8
	cands := s.Dicts.Actors.Extending(ws, limit)
	if len(cands) == 0 || len(cands) == limit {
		return ""
	}
	code := ""
	for _, a := range cands {
		c := a.CodeNear(dateInt(date))
		if len(c) < 3 || NonState(c) && c[:3] != "IGO" {
			continue // (a person is no company: "Ms Jones" is not Jones Apparel)
		}
		if code != "" && c[:3] != code[:3] {
			return ""
		}
		if code == "" || len(c) < len(code) {
			code = c
		}
	}
	return code
}

// surnameCode is the code of the person a surname alone names on a date
// ("Bush" in 2007, "Calderón" in 2008), or "". Of the dictionary's
// persons bearing it, those count whose dated roles hold the date with a
// whole office (a country and one role, "XYZGOV"): not a former office
// ("XYZELI") nor a sector's post ("XYZGOVLAB"), which the news seldom
// names by surname alone. They must agree on the country (their common
// code, or the country alone when their roles differ), and the one the
// dictionary lists under the most names (its coders wrote out the
// variants of those the news names most: "President X", "the X
// administration") must stand out: no bearer of another country, in
// office or not, under more names, and no office holder of another
// country under half as many (the bearers count those whose names begin
// with it, where it is no given name: a family name written first, as
// Chinese and Korean names are). A surname more than ten of the
// dictionary's persons bear is a common name and names no one by itself:
// one of many Browns is no one.
func (s *Stage) surnameCode(w, date string) string {
	day := dateInt(date)
	if s.Dicts == nil || s.Dicts.Actors == nil || day == 0 || len(w) < 3 || token.IsAllCaps(w) {
		return ""
	}
	bearers := s.Dicts.Actors.Surnamed(w)
	if len(bearers) > 10 {
		return ""
	}
	office := func(a *petrarch.Actor) string {
		c, ok := a.RoleOn(day)
		if !ok || len(c) != 6 || NonState(c) || strings.HasSuffix(c, "ELI") {
			return ""
		}
		return c
	}
	var lead *petrarch.Actor
	code := ""
	for _, a := range bearers {
		if c := office(a); c != "" && (lead == nil || len(a.Names) > len(lead.Names)) {
			lead, code = a, c
		}
	}
	if lead == nil {
		return ""
	}
	if !s.Lex.Given[w] {
		// a family name written first ("Wen" of WEN_JIABAO_) is borne too
		bearers = append(bearers[:len(bearers):len(bearers)], s.Dicts.Actors.Extending([]string{w}, 11)...)
	}
	for _, a := range bearers {
		c := a.CodeNear(day)
		if a == lead || len(c) < 3 || NonState(c) {
			continue
		}
		o := office(a)
		switch {
		case c[:3] != code[:3] && (len(a.Names) > len(lead.Names) || o != "" && 2*len(a.Names) >= len(lead.Names)):
			return ""
		case c[:3] == code[:3] && o != "" && o != code:
			code = code[:3] // two office holders of one country
		}
	}
	return code
}

// nameWords splits a name into the words the dictionaries use: blanks
// and hyphens separate words, possessive endings go.
func nameWords(name string) []string {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '‑' || r == '\t' || r == '\n' })
	for i, w := range ws {
		ws[i] = trimPossessive(w)
	}
	return ws
}

// dateInt reads "YYYY-MM-DD" (or a prefix) as YYYYMMDD; 0 when unknown.
func dateInt(date string) int {
	if len(date) < 10 {
		return 0
	}
	n := 0
	for _, c := range date[:4] + date[5:7] + date[8:10] {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// NonState reports whether an actor code names no country: an
// international, non-governmental or militant organisation or a company.
func NonState(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "NGM", "MNC", "IMG":
		return true
	}
	return false
}

// givenActors reports whether the user's own actor dictionary is loaded.
func (s *Stage) givenActors() bool { return s.Dicts != nil && s.Dicts.Given.Actors }

// dictAgent matches the agent dictionary at toks[i:] (words not inside
// an entity, up to limit): the agent, the words it spans, and whether it
// matched in the plural.
func (s *Stage) dictAgent(text string, words []string) (*petrarch.Agent, int, bool) {
	if s.Dicts == nil || s.Dicts.Agents == nil || len(words) == 0 {
		return nil, 0, false
	}
	return s.Dicts.Agents.Match(words)
}

// composeAgent joins a country (or other actor) code and an agent from
// the dictionary.
func composeAgent(code string, a *petrarch.Agent) string {
	if a.Before {
		return a.Code + code
	}
	if len(code) == 3 {
		return code + a.Code
	}
	return code
}

// contextCountry is the country the document's places, nationalities and
// state organs ("the White House", "the Duma": organisations coded with a
// country and an agent) name most often, in the body and the headline,
// the dateline counting twice: one named at least twice
// and more often than any other, or the only one named, even once, where
// that names the place of the story rather than a party to it (after a
// place cue: "police fired on protesters in Nairobi" are Kenya's police,
// but "the government thanked Chile" is not Chile's); else "".
func (s *Stage) contextCountry(d *doc.Document) string {
	count := map[string]int{}
	first := map[string]int{}
	place := false // the only mention so far names a place
	organs := false
	for _, e := range d.Entities {
		if e.Actor == nil || len(*e.Actor) < 3 || NonState(*e.Actor) {
			continue
		}
		organ := e.Type == "ORG" && len(*e.Actor) > 3 // a state's organ: "the White House", "the Knesset"
		if !organ && (len(*e.Actor) != 3 || e.Type != "GPE" && e.Type != "NORP") {
			continue
		}
		n := 0
		for _, m := range e.Mentions {
			if m.In == "" {
				n++
				if !organ {
					// "in Nairobi", "in the Kenyan capital"; not "in a
					// Kenyan raid", whose nationality is the raider's
					place = placeCued(d.Text, m.Start) && (e.Type != "NORP" || placeNounAfter(d.Text, m.End))
				}
			} else if m.In == "headline" {
				n++ // the headline names what the story is about
			}
		}
		if n == 0 {
			continue
		}
		organs = organs || organ
		c := (*e.Actor)[:3]
		if _, ok := first[c]; !ok {
			first[c] = e.Mentions[0].Start
		}
		count[c] += n
	}
	if len(count) == 1 && place && !organs && d.Dateline == nil {
		for c, n := range count {
			if n == 1 {
				return c
			}
		}
	}
	if d.Dateline != nil {
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if e.Actor != nil && len(*e.Actor) >= 3 && m.Start >= d.Dateline.Start && m.End <= d.Dateline.End {
					count[(*e.Actor)[:3]] += 2
				}
			}
		}
	}
	best, bestN, second := "", 0, 0
	for c, n := range count {
		if n > bestN || n == bestN && first[c] < first[best] {
			best, bestN = c, n
		}
	}
	for c, n := range count {
		if c != best && n > second {
			second = n
		}
	}
	if bestN < 2 || bestN == second {
		return "" // no country stands out
	}
	return best
}

// companyNotPlace reports whether a name read as a place is one the
// actor dictionary gives a non-state code (a company, an international
// organisation) and that is no country.
func (s *Stage) companyNotPlace(name, date string) bool {
	if !NonState(s.dictCode(name, date)) || s.Lex.Countries[name] != "" {
		return false
	}
	for _, i := range s.Gaz.Lookup(name) {
		if k := s.Gaz.Places[i].Kind; k == 'C' || k == 'D' {
			return false
		}
	}
	return true
}

// placedByRegion reports whether a mention of the group is followed by a
// comma and the name of a country or first-level subdivision ("Toyota,
// Japan", "Lincoln, Nebraska"): the way news names a town, whatever else
// bears its name.
func (s *Stage) placedByRegion(d *doc.Document, g *group) bool {
	for _, m := range g.ms {
		if m.in != "" || m.span.End >= len(d.Text) {
			continue
		}
		rest := d.Text[m.span.End:]
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		rest = rest[2:min(len(rest), 2+48)]
		if i := strings.IndexAny(rest, ".,;:()\n"); i >= 0 {
			rest = rest[:i]
		}
		ws := strings.Fields(rest)
		for n := min(len(ws), 4); n > 0; n-- {
			for _, i := range s.Gaz.Lookup(strings.Join(ws[:n], " ")) {
				if k := s.Gaz.Places[i].Kind; k == 'C' || k == 'D' {
					return true
				}
			}
		}
	}
	return false
}

// regionCountry is the country of a town named with its region ("San
// Jose, California", "Lincoln, Nebraska"): the country of the first-level
// subdivision or country named after a comma where the gazetteer has a
// town of that name, or "" (a town of the name elsewhere, the larger,
// is not the one meant).
func (s *Stage) regionCountry(d *doc.Document, g *group) string {
	for _, m := range g.ms {
		if m.in != "" || m.span.End >= len(d.Text) || !strings.HasPrefix(d.Text[m.span.End:], ", ") {
			continue
		}
		rest := d.Text[m.span.End+2 : min(len(d.Text), m.span.End+2+48)]
		if i := strings.IndexAny(rest, ".,;:()\n"); i >= 0 {
			rest = rest[:i]
		}
		ws := strings.Fields(rest)
		for n := min(len(ws), 4); n > 0; n-- {
			for _, i := range s.Gaz.Lookup(strings.Join(ws[:n], " ")) {
				r := &s.Gaz.Places[i]
				if r.Kind != 'A' && r.Kind != 'C' {
					continue
				}
				for _, j := range s.Gaz.Lookup(m.name) {
					if t := &s.Gaz.Places[j]; t.Kind == 'P' && t.Country == r.Country && (r.Kind == 'C' || t.Admin1 == r.Admin1) {
						return r.Country
					}
				}
			}
		}
	}
	return ""
}

// givenCountry returns the code the user's own actor dictionary gives a
// word or name when it is a bare three-letter state code ("Bree" [BRE] in
// a dictionary of invented states), else "". The built-in dictionary is
// not asked: the gazetteer knows the real countries.
func (s *Stage) givenCountry(name string) string {
	if !s.givenActors() {
		return ""
	}
	c := s.dictCode(name, "")
	if len(c) != 3 || NonState(c) || c == "---" {
		return ""
	}
	return c
}

// title returns the agent code of a title ("-" for one without, as in
// titles.tsv) and whether the phrase is one: dragoman's titles, or a
// portfolio before one of them as the agent dictionary lists it, each
// word capitalised ("Energy Secretary", "Agriculture Minister": the
// dictionary's ENERGY_SECRETARY [~GOV]).
func (s *Stage) title(phrase string) (string, bool) {
	if c, ok := s.Lex.Titles[phrase]; ok {
		return c, true
	}
	// "Deputy Secretary", "Assistant Secretary": a rank before a title
	// holds the same office's title
	if r, rest, ok := strings.Cut(phrase, " "); ok && titleRanks.Has(strings.ToLower(r)) && token.IsCapitalised(r) {
		if c, ok := s.Lex.Titles[rest]; ok {
			return c, true
		}
	}
	if s.Dicts == nil || s.Dicts.Agents == nil || !strings.Contains(phrase, " ") {
		return "", false
	}
	ws := strings.Fields(phrase)
	if _, ok := s.Lex.Titles[ws[len(ws)-1]]; !ok {
		return "", false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", false
		}
	}
	a, n, plural := s.Dicts.Agents.Match(ws)
	if a == nil || n != len(ws) || plural || a.Before {
		return "", false
	}
	return a.Code, true
}

// titleStart returns where a title ending at end and holding the title
// toks[k:end] starts: the smallest j in [a, k] such that toks[j:end] is a
// title ("Prime Minister" for "Minister"); k when none is longer.
func (s *Stage) titleStart(words func(i, j int) string, a, k, end int) int {
	for j := max(a, end-s.Lex.maxTitleWords); j < k; j++ {
		if _, ok := s.title(words(j, end)); ok {
			return j
		}
	}
	return k
}

// codeTitled codes the titled persons without a country ("Defense
// Secretary Mark Esper" in a story about the United States, an office
// holder newer than the dictionaries) with the document's country and
// their title's agent.
func (s *Stage) codeTitled(d *doc.Document) {
	if s.context == "" || len(s.titled) == 0 {
		return
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if a, ok := s.titled[e.ID]; ok && e.Actor == nil {
			code := s.context + a
			e.Actor = &code
		}
	}
}

// placeNounAfter reports whether the word after offset i of text is a
// place noun ("capital", "base": place-noun in data/shapes.tsv).
func placeNounAfter(text string, i int) bool {
	ws := strings.Fields(text[i:min(len(text), i+24)])
	return len(ws) > 0 && placeNouns.Has(strings.ToLower(strings.TrimRight(ws[0], ".,;:")))
}

// placeCued reports whether the word before offset i of text is a place
// cue ("in", "near"), past an article ("at a Zorvan base").
func placeCued(text string, i int) bool {
	ws := strings.Fields(text[max(0, i-24):i])
	if len(ws) > 0 && words.Is("determiner", strings.ToLower(ws[len(ws)-1])) && words.Get("determiner").Attr(strings.ToLower(ws[len(ws)-1]), "kind") == "article" {
		ws = ws[:len(ws)-1]
	}
	return len(ws) > 0 && placeCues.Has(strings.ToLower(ws[len(ws)-1]))
}
