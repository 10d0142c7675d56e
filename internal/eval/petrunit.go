package eval

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
)

// PetrUnitFiles are the dictionaries the PETRARCH unit tests are run
// with; an empty path takes the PETR.Validate file beside the records.
type PetrUnitFiles struct {
	Verbs, Agents, Discards string
	Actors                  []string
}

// PetrUnitScore is the share of unit-test records coded exactly, by
// category, with the failures.
type PetrUnitScore struct {
	Records, Exact int
	ByCategory     map[string][2]int // category -> records, exact
	Failures       []string
}

// LoadPetrDicts reads the dictionaries named in f, defaulting to the
// PETR.Validate files in dir.
func LoadPetrDicts(dir string, f PetrUnitFiles) (*cameo.PetrDicts, error) {
	def := func(p, name string) string {
		if p == "" {
			return filepath.Join(dir, "dictionaries", name)
		}
		return p
	}
	verbs, err := petrarch.LoadVerbs(def(f.Verbs, "PETR.Validate.verbs.txt"))
	if err != nil {
		return nil, err
	}
	actors := f.Actors
	if len(actors) == 0 {
		actors = []string{def("", "PETR.Validate.actors.txt")}
	}
	act, err := petrarch.LoadActors(actors...)
	if err != nil {
		return nil, err
	}
	agents, err := petrarch.LoadAgents(def(f.Agents, "PETR.Validate.agents.txt"))
	if err != nil {
		return nil, err
	}
	disc, err := petrarch.LoadDiscards(def(f.Discards, "PETR.Validate.discards.txt"))
	if err != nil {
		return nil, err
	}
	pd := &cameo.PetrDicts{Verbs: verbs, Actors: act, Agents: agents, Discards: disc}
	pd.Prepare()
	return pd, nil
}

// ScorePetrUnit codes each record (parsed, dated by its record) with the
// dictionaries and compares the multiset of (source, target, code) with
// the record's: a record with no expected event (noevents, an expected
// discard or error) is right when nothing is coded.
func ScorePetrUnit(recs []PetrRecord, pd *cameo.PetrDicts, st *syntax.Stage, conv cameo.Convention) PetrUnitScore {
	s := PetrUnitScore{ByCategory: map[string][2]int{}}
	for _, r := range recs {
		d, date := parseRecord(r, st)
		var got []string
		discarded := false
		for i := range d.Syntax.Sentences {
			evs, disc := pd.CodeSentence(d, i, date, conv)
			discarded = discarded || disc
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
		}
		var want []string
		for _, e := range r.Events {
			want = append(want, e.Source+" "+e.Target+" "+e.Code)
		}
		sort.Strings(got)
		sort.Strings(want)
		ok := strings.Join(got, ";") == strings.Join(want, ";")
		why := ""
		switch {
		case strings.HasSuffix(r.Error, "discard"):
			ok = discarded
			why = "expected a discard"
		case ok:
		case len(got) == 0:
			why = "nothing coded"
		case len(want) == 0:
			why = "coded an event where none is expected"
		default:
			why = diffWhy(got, want)
		}
		c := s.ByCategory[r.Category]
		c[0]++
		s.Records++
		if ok {
			c[1]++
			s.Exact++
		} else {
			s.Failures = append(s.Failures, fmt.Sprintf("%s [%s] %s: got [%s] want [%s]: %s", r.ID, r.Category, why,
				strings.Join(got, "; "), strings.Join(want, "; "), short(r.Text)))
		}
		s.ByCategory[r.Category] = c
	}
	return s
}

// diffWhy says how two codings of a record differ: the event codes, the
// actors, or the count.
func diffWhy(got, want []string) string {
	codes := func(xs []string) string {
		var c []string
		for _, x := range xs {
			f := strings.Fields(x)
			c = append(c, f[len(f)-1])
		}
		sort.Strings(c)
		return strings.Join(c, " ")
	}
	switch {
	case len(got) != len(want):
		return fmt.Sprintf("%d events for %d", len(got), len(want))
	case codes(got) != codes(want):
		return "event codes differ"
	}
	return "actors differ"
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 110 {
		return s[:110] + "…"
	}
	return s
}

// PetrUnitReport runs PETRARCH-2's unit-test records (dir is the
// petrarch2 peer folder) and reports the exact-match share by category
// and, verbose, every failing record with why.
func PetrUnitReport(dir string, f PetrUnitFiles, conv cameo.Convention, verbose bool) (string, error) {
	recs, err := LoadPetrarch(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		return "", err
	}
	pd, err := LoadPetrDicts(dir, f)
	if err != nil {
		return "", err
	}
	st, err := syntax.New()
	if err != nil {
		return "", err
	}
	s := ScorePetrUnit(recs, pd, st, conv)
	var b strings.Builder
	fmt.Fprintf(&b, "PETRARCH-2 unit-test records (%d): coded exactly %.3f (%d)\n", s.Records, ratio(s.Exact, s.Records), s.Exact)
	var cats []string
	for c := range s.ByCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		x := s.ByCategory[c]
		fmt.Fprintf(&b, "  %-10s %.3f (%d of %d)\n", c, ratio(x[1], x[0]), x[1], x[0])
	}
	if verbose {
		for _, l := range s.Failures {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	return b.String(), nil
}

// PetrGSRScore is the dictionary coder's figures on PETRARCH-2's GSR
// validation records: root and full-code F1 over the records' events, and
// the share of matched events whose source and target countries agree.
type PetrGSRScore struct {
	Root, Code           F1
	Matched, ActorsAgree int
}

// ScorePetrGSR codes each GSR record with the dictionaries and scores its
// events against the expected ones.
func ScorePetrGSR(recs []PetrRecord, pd *cameo.PetrDicts, st *syntax.Stage, conv cameo.Convention) (PetrGSRScore, []string) {
	var s PetrGSRScore
	var notes []string
	for _, r := range recs {
		d, date := parseRecord(r, st)
		var pred []DevEvent
		for i := range d.Syntax.Sentences {
			evs, _ := pd.CodeSentence(d, i, date, conv)
			for _, e := range evs {
				pred = append(pred, DevEvent{e.Source, e.Target, e.Code})
			}
		}
		var gold []DevEvent
		for _, e := range r.Events {
			gold = append(gold, DevEvent{e.Source, e.Target, e.Code})
		}
		root := devMatch(pred, gold, prefix(2))
		s.Root.TP += len(root)
		s.Root.FP += len(pred) - len(root)
		s.Root.FN += len(gold) - len(root)
		full := devMatch(pred, gold, prefix(8)) // the whole code
		s.Code.TP += len(full)
		s.Code.FP += len(pred) - len(full)
		s.Code.FN += len(gold) - len(full)
		for _, m := range root {
			s.Matched++
			if country(m[0].Source) == country(m[1].Source) && country(m[0].Target) == country(m[1].Target) {
				s.ActorsAgree++
			}
		}
		if len(full) != len(pred) || len(full) != len(gold) {
			notes = append(notes, fmt.Sprintf("%s: got %s, want %s: %s", r.ID, devList(pred), devList(gold), short(r.Text)))
		}
	}
	return s, notes
}

// PetrGSRReport runs the dictionary coder on the GSR validation records
// (file) with the dictionaries in f, defaulting to the production ones in
// dir (the petrarch2 peer folder).
func PetrGSRReport(dir, file string, f PetrUnitFiles, conv cameo.Convention, verbose bool) (string, error) {
	recs, err := LoadPetrarch(file)
	if err != nil {
		return "", err
	}
	prod := filepath.Join(dir, "dictionaries", "production")
	if f.Verbs == "" {
		f.Verbs = filepath.Join(prod, "CAMEO.2.0.txt")
	}
	if len(f.Actors) == 0 {
		f.Actors = []string{filepath.Join(prod, "Phoenix.Countries.actors.txt"), filepath.Join(prod, "Phoenix.International.actors.txt"), filepath.Join(prod, "Phoenix.MilNonState.actors.txt")}
	}
	if f.Agents == "" {
		f.Agents = filepath.Join(prod, "Phoenix.agents.txt")
	}
	if f.Discards == "" {
		f.Discards = filepath.Join(prod, "Phoenix.discards.txt")
	}
	pd, err := LoadPetrDicts(dir, f)
	if err != nil {
		return "", err
	}
	st, err := syntax.New()
	if err != nil {
		return "", err
	}
	s, notes := ScorePetrGSR(recs, pd, st, conv)
	var b strings.Builder
	rp, rr, rf := s.Root.Scores()
	fp, fr, ff := s.Code.Scores()
	fmt.Fprintf(&b, "PETRARCH-2 GSR validation records (%d) coded with the PETRARCH dictionaries:\n", len(recs))
	fmt.Fprintf(&b, "  root code  P %.3f  R %.3f  F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(&b, "  full code  P %.3f  R %.3f  F1 %.3f\n", fp, fr, ff)
	fmt.Fprintf(&b, "  source and target countries agree on root-matched events: %.3f (%d of %d)\n", ratio(s.ActorsAgree, s.Matched), s.ActorsAgree, s.Matched)
	if verbose {
		for _, n := range notes {
			fmt.Fprintf(&b, "  %s\n", n)
		}
	}
	return b.String(), nil
}

// parseRecord makes a record's text one document, segmented and parsed,
// and reads its date (YYYYMMDD as a number, 0 when missing).
func parseRecord(r PetrRecord, st *syntax.Stage) (*doc.Document, int) {
	d := doc.New(r.ID, r.Text)
	d.Body = []doc.Span{{Start: 0, End: len(r.Text)}}
	segment.Stage{}.Process(d)
	st.Process(d)
	date := 0
	fmt.Sscanf(r.Date, "%d", &date)
	return d, date
}
