package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Actors is one or more PETRARCH actor dictionaries (Phoenix.*.actors.txt,
// PETR.Validate.actors.txt), merged in the order read.
type Actors struct {
	Entries []*Actor
	// Warnings are entries kept in part: a date restriction whose date
	// cannot be read (the production files have a few, "9008223"), or a
	// bare date without "<", ">" or a range, read as "from".
	Warnings []error

	byFirst map[string][]nameRef
	// match holds byFirst's lists again for Match, split by the second
	// word a name needs, so that a common first word ("UNITED",
	// "PRESIDENT") does not try every name it begins.
	match map[string]*firstWord
	first *firstWords // match's keys
	// byLast holds, for the last word of each name of two words or more,
	// the actors bearing it (Surnamed).
	byLast map[string][]*Actor
}

// Actor is one record: a primary phrase, its synonyms, and its codes.
type Actor struct {
	// Names are the primary phrase first, then the "+" synonyms.
	Names []Name
	// Code is the code that applies when no restriction does: the code
	// on the primary line, else the last undated "\t[CODE]" line; "" when
	// the record has none.
	Code string
	// Dated are the date-restricted codes in file order.
	Dated []Restriction
	File  string
	Line  int
}

// Name is a phrase naming an actor: its words, upper case. Blanks and
// underscores both separate words; the words must be consecutive.
type Name struct {
	Words []string
	// Exact is set when the phrase ended in "_": no plural is formed.
	Exact bool
	Line  int
}

// Restriction is a code that applies between two dates, inclusive. A date
// is an int YYYYMMDD; 0 leaves that end open.
type Restriction struct {
	Code     string
	From, To int
	Line     int
}

// Date returns t as a YYYYMMDD int, the form restrictions use.
func Date(t time.Time) int { return t.Year()*10000 + int(t.Month())*100 + t.Day() }

// CodeOn returns the actor's code on a date (YYYYMMDD; 0 when the date is
// unknown): the first restriction whose dates hold it, else the default.
// The null code "---" is returned as "".
func (a *Actor) CodeOn(date int) string {
	c := a.Code
	if date != 0 {
		if d, ok := a.datedOn(date); ok {
			c = d
		}
	} else if c == "" && len(a.Dated) > 0 {
		// no date: the latest role (the last restriction open at its end,
		// else the one that ends last)
		best := a.Dated[0]
		for _, r := range a.Dated[1:] {
			if best.To != 0 && (r.To == 0 || r.To > best.To) {
				best = r
			}
		}
		c = best.Code
	}
	if c == "---" {
		return ""
	}
	return c
}

// CodeNear is CodeOn, except that a date no restriction covers, for an
// actor with no undated code, takes the code of the restriction nearest
// to it: the last role after it ended ("[XYZELI 961105-071227]" for an
// article of 2008), the country of the first before it began (a role not
// taken up yet is not the person's). A person outside the
// dictionary's dates is still of the same country; PETRARCH itself
// leaves such an actor uncoded, as CodeOn does. An explicit null "---"
// stays null.
func (a *Actor) CodeNear(date int) string {
	if date == 0 || a.Code != "" || len(a.Dated) == 0 {
		return a.CodeOn(date)
	}
	best, gap, ahead := "", 0, false
	for _, r := range a.Dated {
		g, before := 0, false
		switch {
		case r.From != 0 && date < r.From:
			g, before = days(date, r.From), true
		case r.To != 0 && date > r.To:
			g = days(r.To, date)
		}
		if g == 0 {
			return a.CodeOn(date) // a restriction covers the date
		}
		if best == "" || g < gap {
			best, gap, ahead = r.Code, g, before
		}
	}
	if best == "---" {
		return ""
	}
	if ahead && len(best) > 3 {
		// a role taken up after the date is not the person's yet: the
		// country only ("[XYZGOV >080101]" for an article of 2005 is XYZ)
		return best[:3]
	}
	return best
}

// days is a rough count of days from YYYYMMDD a to a later b, for
// comparing distances between dates.
func days(a, b int) int {
	d := func(x int) int { return x/10000*372 + x/100%100*31 + x%100 }
	return d(b) - d(a)
}

// LoadActors reads and merges the actor dictionaries at paths.
func LoadActors(paths ...string) (*Actors, error) {
	all := &Actors{}
	for _, p := range paths {
		a, err := openWith(p, readActors)
		if err != nil {
			return nil, err
		}
		all.Entries = append(all.Entries, a.Entries...)
		all.Warnings = append(all.Warnings, a.Warnings...)
	}
	all.index()
	return all, nil
}

// Merge adds the entries of b after a's.
func (a *Actors) Merge(b *Actors) {
	a.Entries = append(a.Entries, b.Entries...)
	a.Warnings = append(a.Warnings, b.Warnings...)
	a.index()
}

// ReadActors reads one actor dictionary; name is used in errors.
func ReadActors(r io.Reader, name string) (*Actors, error) {
	a, err := readActors(r, name)
	if err != nil {
		return nil, err
	}
	a.index()
	return a, nil
}

// readActors reads one actor dictionary without indexing it.
func readActors(r io.Reader, name string) (*Actors, error) {
	lines, err := readLines(r, name, false)
	if err != nil {
		return nil, err
	}
	out := &Actors{}
	fail := func(l line, f string, a ...any) error {
		return &Error{File: name, Line: l.n, Msg: fmt.Sprintf(f, a...)}
	}
	var cur *Actor
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		indented := l.text[0] == ' ' || l.text[0] == '\t'
		switch {
		case indented && t[0] == '[':
			if cur == nil {
				return nil, fail(l, "code line %q before any actor", t)
			}
			if !strings.HasSuffix(t, "]") || strings.Count(t, "[") != 1 {
				return nil, fail(l, "malformed code line %q (want [CODE] or [CODE DATES])", t)
			}
			if err := out.addCode(cur, t[1:len(t)-1], name, l.n); err != nil {
				return nil, err
			}
		case t[0] == '+':
			if cur == nil {
				return nil, fail(l, "synonym %q before any actor", t)
			}
			nm, codes, err := out.nameAndCodes(t[1:], name, l.n)
			if err != nil {
				return nil, err
			}
			cur.Names = append(cur.Names, nm)
			for _, c := range codes {
				if err := out.addCode(cur, c, name, l.n); err != nil {
					return nil, err
				}
			}
		case t[0] == '[':
			return nil, fail(l, "code line %q must start with a blank or TAB", t)
		default:
			nm, codes, err := out.nameAndCodes(t, name, l.n)
			if err != nil {
				return nil, err
			}
			cur = &Actor{Names: []Name{nm}, File: name, Line: l.n}
			out.Entries = append(out.Entries, cur)
			for _, c := range codes {
				if err := out.addCode(cur, c, name, l.n); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

// addCode adds one code, "CODE" or "CODE DATES" (the text inside the
// brackets), to an actor: undated, it becomes the default code.
func (a *Actors) addCode(cur *Actor, body, file string, n int) error {
	body = strings.TrimSpace(body)
	code, restr, _ := strings.Cut(body, " ")
	code = strings.ToUpper(code)
	if code == "" || strings.ContainsAny(code, "<>[]{}") {
		return &Error{File: file, Line: n, Msg: fmt.Sprintf("empty or malformed code in [%s]", body)}
	}
	restr = strings.TrimSpace(restr)
	if restr == "" {
		cur.Code = code
		return nil
	}
	rs, warn, err := parseRestriction(restr)
	if err != nil {
		a.Warnings = append(a.Warnings, &Error{File: file, Line: n, Msg: err.Error() + "; restriction ignored"})
		return nil
	}
	if warn != "" {
		a.Warnings = append(a.Warnings, &Error{File: file, Line: n, Msg: warn})
	}
	rs.Code, rs.Line = code, n
	cur.Dated = append(cur.Dated, rs)
	return nil
}

// nameAndCodes reads "PHRASE_ [CODE] [CODE DATES]..." or "PHRASE": the
// name and the texts inside the brackets. A stray bracket inside the
// phrase ("FAEROYENE]_") is dropped with a warning.
func (a *Actors) nameAndCodes(s, file string, n int) (Name, []string, error) {
	s = strings.TrimSpace(s)
	var codes []string
	if i := strings.IndexByte(s, '['); i >= 0 {
		rest := s[i:]
		s = strings.TrimSpace(s[:i])
		for rest != "" {
			if rest[0] != '[' {
				// "[MNCMED]\tNewspapers/Magazines\t$137,000,000": notes after
				// the codes without a "#"
				a.Warnings = append(a.Warnings, &Error{File: file, Line: n, Msg: fmt.Sprintf("text after the code ignored: %q", rest)})
				break
			}
			j := strings.IndexByte(rest, ']')
			if rest[0] != '[' || j < 0 || strings.IndexByte(rest[1:j], '[') >= 0 {
				return Name{}, nil, &Error{File: file, Line: n, Msg: fmt.Sprintf("malformed code in %q (want PHRASE [CODE])", rest)}
			}
			codes = append(codes, rest[1:j])
			rest = strings.TrimSpace(rest[j+1:])
		}
	}
	if strings.ContainsAny(s, "[]{}") {
		a.Warnings = append(a.Warnings, &Error{File: file, Line: n, Msg: fmt.Sprintf("stray bracket in phrase %q dropped", s)})
		s = strings.Map(func(r rune) rune {
			if strings.ContainsRune("[]{}", r) {
				return -1
			}
			return r
		}, s)
	}
	ws := words(s)
	if len(ws) == 0 {
		return Name{}, nil, &Error{File: file, Line: n, Msg: "empty phrase"}
	}
	return Name{Words: ws, Exact: strings.HasSuffix(s, "_"), Line: n}, codes, nil
}

// parseRestriction reads "<DATE", ">DATE", "DATE-DATE", or a bare DATE
// (read as ">DATE", with a warning).
func parseRestriction(s string) (Restriction, string, error) {
	var r Restriction
	var err error
	switch s[0] {
	case '<':
		r.To, err = parseDate(strings.TrimSpace(s[1:]))
	case '>':
		r.From, err = parseDate(strings.TrimSpace(s[1:]))
	default:
		a, b, ok := strings.Cut(s, "-")
		if !ok {
			r.From, err = parseDate(s)
			if err == nil {
				return r, fmt.Sprintf("bare date %q read as >%s", s, s), nil
			}
			break
		}
		if r.From, err = parseDate(strings.TrimSpace(a)); err == nil {
			r.To, err = parseDate(strings.TrimSpace(b))
		}
	}
	return r, "", err
}

// parseDate reads YYMMDD (years up to 30 are 20YY, later ones 19YY, as in
// the files, which hold 1930s office holders) or YYYYMMDD.
func parseDate(s string) (int, error) {
	if len(s) != 6 && len(s) != 8 {
		return 0, fmt.Errorf("bad date %q (want YYMMDD or YYYYMMDD)", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad date %q (want YYMMDD or YYYYMMDD)", s)
	}
	if len(s) == 6 {
		if n/10000 <= 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	}
	if m, d := n/100%100, n%100; m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("bad date %q (month or day out of range)", s)
	}
	return n, nil
}

// nameRef points at one name of one actor, for the index, with the
// name's words normalised (Norm).
type nameRef struct {
	a     *Actor
	words []string
	exact bool
	// plural is the plural of the last word, "" for an exact name (the
	// plural is then not read)
	plural string
	// pos is the name's place in its byFirst list: of names of equal
	// length, the earlier wins
	pos int
}

// firstWord is one first word's names for Match: those of one word, and
// those of more by the word the second must be (a name of two words not
// exact is listed under its second word's plural too).
type firstWord struct {
	one    []nameRef
	second map[string][]nameRef
}

func (a *Actors) index() {
	a.byFirst = make(map[string][]nameRef, len(a.Entries)*2)
	a.byLast = map[string][]*Actor{}
	for _, e := range a.Entries {
		for _, n := range e.Names {
			ws := make([]string, len(n.Words))
			for i, w := range n.Words {
				ws[i] = Norm(w)
			}
			if ws[0] == "" {
				continue
			}
			if last := ws[len(ws)-1]; len(ws) > 1 {
				if l := a.byLast[last]; len(l) == 0 || l[len(l)-1] != e {
					a.byLast[last] = append(l, e)
				}
			}
			r := nameRef{a: e, words: ws, exact: n.Exact}
			if !n.Exact {
				r.plural = plural(ws[len(ws)-1])
			}
			r.pos = len(a.byFirst[ws[0]])
			a.byFirst[ws[0]] = append(a.byFirst[ws[0]], r)
			if len(ws) == 1 && !n.Exact {
				if p := r.plural; p != ws[0] {
					r.pos = len(a.byFirst[p])
					a.byFirst[p] = append(a.byFirst[p], r)
				}
			}
		}
	}
	a.match = make(map[string]*firstWord, len(a.byFirst))
	a.first = new(firstWords)
	for w, rs := range a.byFirst {
		a.first.add(w)
		fw := &firstWord{}
		for _, r := range rs {
			if len(r.words) == 1 {
				fw.one = append(fw.one, r)
				continue
			}
			if fw.second == nil {
				fw.second = map[string][]nameRef{}
			}
			w2 := r.words[1]
			fw.second[w2] = append(fw.second[w2], r)
			if len(r.words) == 2 && !r.exact && r.plural != w2 {
				fw.second[r.plural] = append(fw.second[r.plural], r)
			}
		}
		a.match[w] = fw
	}
}

// Match finds the longest actor name at the start of ws: the actor and the
// number of words matched, or nil, 0. Words are compared normalised (Norm:
// case, accents and periods do not count, "Calderón" is CALDERON, "U.S."
// is US). A name not ending in "_" also matches with its last word in the
// plural. Of names of equal length, the first read wins.
func (a *Actors) Match(ws []string) (*Actor, int) {
	if len(ws) == 0 || a.match == nil {
		return nil, 0
	}
	var kb [64]byte
	if b, ok := normASCII(&kb, ws[0]); ok && (!a.first.may(b) || a.match[string(b)] == nil) {
		return nil, 0
	}
	first := Norm(ws[0])
	fw := a.match[first]
	if fw == nil {
		return nil, 0
	}
	var buf [8]string
	norm := append(buf[:0], first)
	var best *Actor
	bestN, bestPos := 0, 0
	try := func(cands []nameRef) {
		for _, r := range cands {
			if len(r.words) < bestN || len(r.words) == bestN && r.pos > bestPos || len(r.words) > len(ws) {
				continue
			}
			for len(norm) < len(r.words) {
				norm = append(norm, Norm(ws[len(norm)]))
			}
			if phraseAt(r.words, r.plural, norm) {
				best, bestN, bestPos = r.a, len(r.words), r.pos
			}
		}
	}
	try(fw.one)
	if len(ws) > 1 && fw.second != nil {
		try(fw.second[Norm(ws[1])])
	}
	return best, bestN
}

// phraseAt reports whether the normalised name words match the start of
// ws, the last also in its plural when plural is not "".
func phraseAt(name []string, plural string, ws []string) bool {
	last := len(name) - 1
	for i, w := range name {
		if ws[i] == w {
			continue
		}
		if i == last && plural != "" && ws[i] == plural {
			continue
		}
		return false
	}
	return true
}

// Names counts all names (primary phrases and synonyms).
func (a *Actors) Names() int {
	n := 0
	for _, e := range a.Entries {
		n += len(e.Names)
	}
	return n
}

// Extending returns the actors one of whose names begins with all of ws
// and goes on ("Ricardo Lagos" finds RICARDO_LAGOS_ESCOBAR_): a person
// named in the news without the second surname or the regnal names the
// dictionary lists. Words compare normalised, as in Match; at most limit
// actors are returned.
func (a *Actors) Extending(ws []string, limit int) []*Actor {
	if len(ws) == 0 || a.byFirst == nil {
		return nil
	}
	norm := make([]string, len(ws))
	for i, w := range ws {
		norm[i] = Norm(w)
	}
	var out []*Actor
	for _, r := range a.byFirst[norm[0]] {
		if len(r.words) <= len(norm) {
			continue
		}
		ok := true
		for i, w := range norm {
			if r.words[i] != w {
				ok = false
				break
			}
		}
		if ok && (len(out) == 0 || out[len(out)-1] != r.a) {
			out = append(out, r.a)
			if len(out) >= limit {
				break
			}
		}
	}
	return out
}

// Surnamed returns the actors one of whose names of two words or more
// ends in w ("Bush" finds GEORGE_W._BUSH_ and GEORGE_H._W._BUSH_), each
// once, for a person the news names by surname alone (RoleOn tells the
// office holders among them). Words compare normalised, as in Match.
func (a *Actors) Surnamed(w string) []*Actor {
	if a.byLast == nil {
		return nil
	}
	return a.byLast[Norm(w)]
}

// RoleOn returns the code of the first dated role that holds date
// (YYYYMMDD) and true, or "" and false when none does or the date is
// unknown: whether the actor held an office that day. A null role ("---")
// is no office.
func (a *Actor) RoleOn(date int) (string, bool) {
	if date == 0 {
		return "", false
	}
	if c, ok := a.datedOn(date); ok && c != "---" && c != "" {
		return c, true
	}
	return "", false
}

// datedOn returns the code of the first dated role that holds date
// (YYYYMMDD) and true, or "" and false when none does.
func (a *Actor) datedOn(date int) (string, bool) {
	for _, r := range a.Dated {
		if (r.From == 0 || date >= r.From) && (r.To == 0 || date <= r.To) {
			return r.Code, true
		}
	}
	return "", false
}

// SplitCodes splits a code that names several actors at once
// ("THE_SHIRE [FRO/BIL/SAM]" in the validation dictionary) into its
// codes; a single code is returned alone.
func SplitCodes(code string) []string {
	if !strings.Contains(code, "/") {
		return []string{code}
	}
	var out []string
	for _, c := range strings.Split(code, "/") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
