// Recoding an event once its parties are read: the rows of
// data/recode.tsv and data/recode-gathered.tsv (format in the files'
// headers), checked when loaded, and tried on an act's pair of parties or
// on a gathered event (the conditions they are written in are in
// recodeconds.go).

package cameo

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
	"github.com/dragoman/dragoman/words"
)

// Recodings are the rows of data/recode.tsv, in file order.
type Recodings []recoding

// recoding is one row: events whose code matches code (a code, a prefix
// when prefix is set, or any code when all is set) and for which every
// condition holds take the code to.
type recoding struct {
	code        string
	prefix, all bool
	conds       []cond
	to          string
	line        int
}

// cond is one condition of a row, negated when neg is set.
type cond struct {
	name string
	neg  bool
	f    func(*pairReading) bool
}

// recodeEvent recodes a gathered event by the rows: an event whose code
// the table does not list is left as it is.
func (rs Recodings) recodeEvent(table Table, ev *doc.Event, codebook bool) {
	c := table[ev.Code]
	if c == nil || !slices.ContainsFunc(rs, func(r recoding) bool { return r.matches(c.Code) }) {
		return
	}
	if n := rs.recode(table, c, gatheredReading(ev, codebook)); n != c {
		recode(ev, n)
	}
}

// recode gives the code the rows leave an act's code c with for one pair
// of its parties, tried in file order; table gives the codes.
func (rs Recodings) recode(table Table, c *Code, x *pairReading) *Code {
	for i := range rs {
		r := &rs[i]
		if !r.matches(c.Code) || !r.holds(x) {
			continue
		}
		if n := table[r.to]; n != nil {
			c = n
		}
	}
	return c
}

// matches reports whether the row applies to code.
func (r *recoding) matches(code string) bool {
	return r.all || r.prefix && strings.HasPrefix(code, r.code) || code == r.code
}

// holds reports whether every condition of the row holds.
func (r *recoding) holds(x *pairReading) bool {
	for _, c := range r.conds {
		if c.f(x) == c.neg {
			return false
		}
	}
	return true
}

// covers reports whether every code row s applies to, row r applies to.
func (r *recoding) covers(s *recoding) bool {
	return r.all || r.prefix && !s.all && strings.HasPrefix(s.code, r.code) || !r.prefix && !r.all && !s.prefix && !s.all && r.code == s.code
}

// LoadRecodings reads the recodings of an act's pair of parties
// (recode.tsv), checking their codes against the table and their word
// conditions against the coder's word classes.
func LoadRecodings(r io.Reader, name string, table Table) (Recodings, error) {
	return loadRecodings(r, name, table, false)
}

// LoadGatheredRecodings reads the recodings of a sentence's events once
// gathered (recode-gathered.tsv): those of LoadRecodings whose conditions
// read the parties' codes and the act's first word only.
func LoadGatheredRecodings(r io.Reader, name string, table Table) (Recodings, error) {
	return loadRecodings(r, name, table, true)
}

func loadRecodings(r io.Reader, name string, table Table, gathered bool) (Recodings, error) {
	var rs Recodings
	err := tsv.Each(r, name, 3, func(line int, f []string) error {
		row, err := parseRecoding(f, table, own, gathered)
		if err != nil {
			return err
		}
		row.line = line
		for i := range rs {
			if err := shadows(&rs[i], row, rs[i+1:]); err != nil {
				return err
			}
		}
		rs = append(rs, *row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rs, nil
}

// parseRecoding reads one row's fields.
func parseRecoding(f []string, table Table, l *words.List, gathered bool) (*recoding, error) {
	row := &recoding{code: f[0], to: f[2]}
	switch {
	case f[0] == "*":
		row.all, row.code = true, ""
	case strings.HasSuffix(f[0], "*"):
		row.prefix, row.code = true, strings.TrimSuffix(f[0], "*")
	}
	if !row.all {
		if !digits(row.code) || len(row.code) < 2 || len(row.code) > 4 || row.prefix && len(row.code) > 3 {
			return nil, fmt.Errorf("code %q: want a CAMEO code, a prefix of two or three digits and a star, or a star", f[0])
		}
		if !row.prefix && table[row.code] == nil {
			return nil, fmt.Errorf("code %q is no CAMEO code: the row can never fire", f[0])
		}
		if row.prefix && !hasCodeUnder(table, row.code) {
			return nil, fmt.Errorf("code %q: no CAMEO code begins %s: the row can never fire", f[0], row.code)
		}
	}
	if !digits(row.to) || table[row.to] == nil {
		return nil, fmt.Errorf("new code %q is no CAMEO code", row.to)
	}
	if !row.prefix && !row.all && row.code == row.to {
		return nil, fmt.Errorf("the row recodes %s as itself", row.to)
	}
	seen := map[string]bool{}
	for _, w := range strings.Fields(f[1]) {
		c := cond{name: strings.TrimPrefix(w, "!"), neg: strings.HasPrefix(w, "!")}
		// next:CLASS reads the word after the act, known only where the
		// pair is read; word:CLASS reads the act's first word, known on a
		// gathered event too
		pair := strings.HasPrefix(c.name, "next:")
		if p, ok := conditions[c.name]; ok {
			c.f, pair = p.f, p.pair
		} else {
			fn, err := wordCondition(c.name, l)
			if err != nil {
				return nil, err
			}
			c.f = fn
		}
		if pair && gathered {
			return nil, fmt.Errorf("condition %q reads the words around the act or the parties' phrases, not known on a gathered event", c.name)
		}
		if _, dup := seen[c.name]; dup {
			return nil, fmt.Errorf("condition %q named twice: the row can never fire or says it twice", c.name)
		}
		seen[c.name] = c.neg
		row.conds = append(row.conds, c)
	}
	if len(row.conds) == 0 {
		return nil, fmt.Errorf("a row with no condition: a code every such act takes belongs in verbs.tsv")
	}
	for name, neg := range seen {
		if neg {
			continue
		}
		for n := conditions[name].needs; n != ""; n = conditions[n].needs {
			if neg, ok := seen[n]; ok && neg {
				return nil, fmt.Errorf("condition %q needs %q, which the row negates: the row can never fire", name, n)
			}
		}
	}
	return row, nil
}

// shadows reports an error when the earlier row e takes every act the
// later row r would recode first, to a code r does not apply to: e
// applies to all r's codes on a part of r's conditions, and no row
// between them (between) gives a code r applies to.
func shadows(e, r *recoding, between []recoding) error {
	if !e.covers(r) {
		return nil
	}
	for _, c := range e.conds {
		if !slices.ContainsFunc(r.conds, func(d cond) bool { return d.name == c.name && d.neg == c.neg }) {
			return nil
		}
	}
	if len(e.conds) == len(r.conds) && e.to == r.to && e.code == r.code && e.prefix == r.prefix && e.all == r.all {
		return fmt.Errorf("the row repeats line %d", e.line)
	}
	if r.matches(e.to) || slices.ContainsFunc(between, func(b recoding) bool { return r.matches(b.to) }) {
		return nil
	}
	return fmt.Errorf("line %d recodes every act this row applies to first, as %s: the row can never fire", e.line, e.to)
}

// hasCodeUnder reports whether a code of the table begins with prefix.
func hasCodeUnder(table Table, prefix string) bool {
	for c := range table {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

// digits reports whether s is made of ASCII digits only.
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// DefaultRecodings loads the built-in recodings of an act's pair of
// parties.
func DefaultRecodings(table Table) (Recodings, error) {
	return loadData("recode.tsv", func(r io.Reader, name string) (Recodings, error) { return LoadRecodings(r, name, table) })
}

// DefaultGatheredRecodings loads the built-in recodings of gathered
// events.
func DefaultGatheredRecodings(table Table) (Recodings, error) {
	return loadData("recode-gathered.tsv", func(r io.Reader, name string) (Recodings, error) {
		return LoadGatheredRecodings(r, name, table)
	})
}
