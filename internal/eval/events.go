package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/place"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
)

// EventCoder codes one sentence (with its date) and returns the codes of
// the events it says happened (neither negated nor hypothetical).
type EventCoder struct {
	syn *syntax.Stage
	ent *entity.Stage
	pl  *place.Stage
	tx  *timex.Stage
	ev  *cameo.Stage
}

// NewEventCoder loads the stages events need.
func NewEventCoder() (*EventCoder, error) {
	ent, err := entity.New()
	if err != nil {
		return nil, err
	}
	tx, err := timex.New()
	if err != nil {
		return nil, err
	}
	ev, err := cameo.New()
	if err != nil {
		return nil, err
	}
	syn, err := syntax.New()
	if err != nil {
		return nil, err
	}
	return &EventCoder{syn: syn, ent: ent, pl: place.New(ent.Gaz, ent.Lex), tx: tx, ev: ev}, nil
}

// analyse runs a sentence, published on date, through the stages events
// need.
func (c *EventCoder) analyse(text, date string) *doc.Document {
	d := sentenceDoc(text, date)
	c.syn.Process(d)
	c.tx.Process(d)
	c.ent.Process(d)
	c.pl.Process(d)
	c.ev.Process(d)
	return d
}

// Code returns the event codes of a sentence.
func (c *EventCoder) Code(text, date string) []string {
	d := c.analyse(text, date)
	// One event per code and pair of actors: "met ... to discuss" is one
	// meeting of the same two parties.
	var out []string
	seen := map[string]bool{}
	for _, e := range d.Events {
		if !cameo.Counted(&e) {
			continue
		}
		k := e.Code + "|" + actorKey(e.Source) + "|" + actorKey(e.Target)
		if !seen[k] {
			seen[k] = true
			out = append(out, e.Code)
		}
	}
	return out
}

func actorKey(p *doc.Actor) string {
	if p == nil {
		return ""
	}
	if p.Actor != nil {
		return *p.Actor + " " + p.Name
	}
	return p.Name
}

// F1 counts true and false positives and negatives.
type F1 struct{ TP, FP, FN int }

// Scores returns precision, recall and F1.
func (f F1) Scores() (p, r, f1 float64) {
	return prf(f.TP, f.TP+f.FP, f.TP+f.FN)
}

// match counts a record's predicted codes against the expected ones as
// multisets, comparing the first n characters (2 for roots; 0 for whole
// codes).
// distinct keeps one code per key: a codebook example names one event,
// so a code found twice in it (each party's side of a meeting) is one.
func distinct(codes []string, n int) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range codes {
		k := c
		if n > 0 && len(c) >= n {
			k = c[:n]
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

func match(pred, gold []string, n int) F1 {
	key := func(c string) string {
		if n > 0 && len(c) >= n {
			return c[:n]
		}
		return c
	}
	left := map[string]int{}
	for _, g := range gold {
		left[key(g)]++
	}
	// Both sides are multisets: the gold lists one event per pair of
	// actors ("Chile, Peru, and Bolivia met" is six 040s), and so
	// does dragoman.
	var f F1
	for _, p := range pred {
		k := key(p)
		if left[k] > 0 {
			left[k]--
			f.TP++
		} else {
			f.FP++
		}
	}
	for _, v := range left {
		f.FN += v
	}
	return f
}

// GSRScore is the outcome on the PETRARCH-2 validation records.
type GSRScore struct {
	Root, Full           F1
	NoEvents, NoEventsOK int
}

// ScoreGSR codes every record and compares codes with the expected ones.
func ScoreGSR(recs []PetrRecord, c *EventCoder) (GSRScore, []string) {
	var s GSRScore
	var notes []string
	for _, r := range recs {
		pred := c.Code(r.Text, isoDate(r.Date))
		if r.NoEvents && len(r.Events) == 0 {
			s.NoEvents++
			if len(pred) == 0 {
				s.NoEventsOK++
			} else {
				notes = append(notes, fmt.Sprintf("%s: expected no event, got %v: %s", r.ID, pred, firstN(r.Text, 100)))
			}
			continue
		}
		var gold []string
		for _, e := range r.Events {
			gold = append(gold, e.Code)
		}
		add := func(a *F1, b F1) { a.TP += b.TP; a.FP += b.FP; a.FN += b.FN }
		add(&s.Root, match(pred, gold, 2))
		add(&s.Full, match(pred, gold, 0))
		if m := match(pred, gold, 2); m.FP > 0 || m.FN > 0 {
			notes = append(notes, fmt.Sprintf("%s: want %v got %v: %s", r.ID, gold, pred, firstN(r.Text, 100)))
		}
	}
	return s, notes
}

// CodebookExample is one example sentence of the CAMEO codebook.
type CodebookExample struct {
	Code, Text string
}

// LoadCodebook reads the example column of cameo-codes.tsv.
func LoadCodebook(path string) ([]CodebookExample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("CAMEO codebook: %w", err)
	}
	defer f.Close()
	var out []CodebookExample
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 11 && strings.TrimSpace(cols[10]) != "" {
			out = append(out, CodebookExample{Code: cols[0], Text: strings.TrimSpace(cols[10])})
		}
	}
	return out, sc.Err()
}

// ScoreCodebook codes each example and compares roots.
func ScoreCodebook(ex []CodebookExample, c *EventCoder) (F1, []string) {
	var f F1
	var notes []string
	for _, e := range ex {
		pred := c.Code(e.Text, "")
		m := match(distinct(pred, 2), []string{e.Code}, 2)
		f.TP += m.TP
		f.FP += m.FP
		f.FN += m.FN
		if m.FN > 0 {
			notes = append(notes, fmt.Sprintf("%s: got %v: %s", e.Code, pred, firstN(e.Text, 110)))
		}
	}
	return f, notes
}

// EventsReport renders the event-coding figures.
func EventsReport(shared string, verbose bool) (string, error) {
	recs, err := LoadPetrarch(filepath.Join(shared, "peers", "universalpetrarch", "PETR2_GSR_validation.xml"))
	if err != nil {
		return "", err
	}
	ex, err := LoadCodebook(filepath.Join(shared, "peers", "cameo", "cameo-codes.tsv"))
	if err != nil {
		return "", err
	}
	c, err := NewEventCoder()
	if err != nil {
		return "", err
	}
	g, gn := ScoreGSR(recs, c)
	cb, cn := ScoreCodebook(ex, c)
	var b strings.Builder
	_, _, rf := g.Root.Scores()
	rp, rr, _ := g.Root.Scores()
	fp, fr, ff := g.Full.Scores()
	fmt.Fprintf(&b, "PETRARCH-2 validation records (%d):\n", len(recs))
	fmt.Fprintf(&b, "  root code  P %.3f  R %.3f  F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(&b, "  full code  P %.3f  R %.3f  F1 %.3f\n", fp, fr, ff)
	fmt.Fprintf(&b, "  no-event records with no event: %.3f (%d of %d)\n", ratio(g.NoEventsOK, g.NoEvents), g.NoEventsOK, g.NoEvents)
	ea := ScoreEventActors(recs, c)
	fmt.Fprintf(&b, "  expected source and target countries found on dragoman's events: %.3f (%d of %d)\n", ratio(ea.Matched, ea.Codes), ea.Matched, ea.Codes)
	// the same records with PETRARCH's convention, whose codings they are
	c.ev.Convention = cameo.Petrarch
	gp, _ := ScoreGSR(recs, c)
	agree, matched := ScoreMatchedActors(recs, c)
	c.ev.Convention = cameo.Codebook
	_, _, prf := gp.Root.Scores()
	_, _, pff := gp.Full.Scores()
	fmt.Fprintf(&b, "  with --convention petrarch: root F1 %.3f, full code F1 %.3f; expected source and target countries on %.3f of root-matched events (%d of %d)\n",
		prf, pff, ratio(agree, matched), agree, matched)
	p, r, f := cb.Scores()
	fmt.Fprintf(&b, "CAMEO codebook examples (%d): root code  P %.3f  R %.3f  F1 %.3f\n", len(ex), p, r, f)
	if verbose {
		for _, n := range append(gn, cn...) {
			fmt.Fprintln(&b, "  "+n)
		}
	}
	return b.String(), nil
}

// ScoreEventActors checks, for each expected event of the PETRARCH-2
// records, that some event dragoman codes in the sentence has a source
// (and, separately, a target) whose country part matches the expected
// one's. Expected codes without a country ("---REB") are left out.
func ScoreEventActors(recs []PetrRecord, c *EventCoder) ActorCoverage {
	var s ActorCoverage
	for _, r := range recs {
		if len(r.Events) == 0 {
			continue
		}
		d := c.analyse(r.Text, isoDate(r.Date))
		srcs, tgts := map[string]bool{}, map[string]bool{}
		for _, e := range d.Events {
			if e.Source != nil && e.Source.Actor != nil && len(*e.Source.Actor) >= 3 {
				srcs[(*e.Source.Actor)[:3]] = true
			}
			if e.Target != nil && e.Target.Actor != nil && len(*e.Target.Actor) >= 3 {
				tgts[(*e.Target.Actor)[:3]] = true
			}
		}
		for _, ev := range r.Events {
			for _, x := range []struct {
				code string
				have map[string]bool
			}{{ev.Source, srcs}, {ev.Target, tgts}} {
				if len(x.code) < 3 || strings.HasPrefix(x.code, "---") {
					continue
				}
				s.Codes++
				if x.have[x.code[:3]] {
					s.Matched++
				}
			}
		}
	}
	return s
}

// ScoreMatchedActors pairs each expected event of the PETRARCH-2 records
// with an unused counted event of dragoman's in the sentence that has its
// root code, and counts the pairs whose source and target countries (the
// first three letters of the actor codes) are the expected ones; an
// expected actor without a country ("---", "---REB") asks nothing.
func ScoreMatchedActors(recs []PetrRecord, c *EventCoder) (agree, matched int) {
	country := func(a *doc.Actor) string {
		if a == nil || a.Actor == nil || len(*a.Actor) < 3 {
			return ""
		}
		return (*a.Actor)[:3]
	}
	for _, r := range recs {
		if len(r.Events) == 0 {
			continue
		}
		d := c.analyse(r.Text, isoDate(r.Date))
		var pred []*doc.Event
		for i := range d.Events {
			if e := &d.Events[i]; cameo.Counted(e) {
				pred = append(pred, e)
			}
		}
		used := make([]bool, len(pred))
		for _, g := range r.Events {
			best := -1
			for i, p := range pred {
				if used[i] || len(p.Code) < 2 || len(g.Code) < 2 || p.Code[:2] != g.Code[:2] {
					continue
				}
				ok := func(want string, got *doc.Actor) bool {
					return len(want) < 3 || strings.HasPrefix(want, "---") || country(got) == want[:3]
				}
				if best < 0 || ok(g.Source, p.Source) && ok(g.Target, p.Target) {
					best = i
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			matched++
			p := pred[best]
			if (len(g.Source) < 3 || strings.HasPrefix(g.Source, "---") || country(p.Source) == g.Source[:3]) &&
				(len(g.Target) < 3 || strings.HasPrefix(g.Target, "---") || country(p.Target) == g.Target[:3]) {
				agree++
			}
		}
	}
	return agree, matched
}
