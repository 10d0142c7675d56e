package eval

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/tsv"
)

// The events development sets: sentences of Wikinews politics articles
// coded by hand with the CAMEO codebook before any tuning (see
// testdata/devsets.md, and testdata/devsets2.md from audit six on). They
// measure how the coder generalises to news nobody wrote rules for; the
// second and the third are held out (nobody tunes on them).
var (
	//go:embed testdata/devset-events.tsv
	devEventsTSV string
	//go:embed testdata/devset-events2.tsv
	devEvents2TSV string
	//go:embed testdata/devset-events3.tsv
	devEvents3TSV string
	//go:embed testdata/audit-events.tsv
	auditEventsTSV string
	//go:embed testdata/audit-events2.tsv
	auditEvents2TSV string
	//go:embed testdata/audit-events3.tsv
	auditEvents3TSV string
	//go:embed testdata/audit-events4.tsv
	auditEvents4TSV string
	//go:embed testdata/audit-events5.tsv
	auditEvents5TSV string
	//go:embed testdata/audit-events6.tsv
	auditEvents6TSV string
	//go:embed testdata/audit-events7.tsv
	auditEvents7TSV string
)

// devEventSets are the events development sets eval events scores, in
// the order it reports them: a title, the file's name and its text.
var devEventSets = []struct{ title, name, data string }{
	{"Wikinews development set", "devset-events.tsv", devEventsTSV},
	{"Wikinews development set two (held out)", "devset-events2.tsv", devEvents2TSV},
	{"Wikinews development set three (held out)", "devset-events3.tsv", devEvents3TSV},
	{"Wikinews events audit (tuned on)", "audit-events.tsv", auditEventsTSV},
	{"Wikinews events audit two (tuned on)", "audit-events2.tsv", auditEvents2TSV},
	{"Wikinews events audit three (tuned on)", "audit-events3.tsv", auditEvents3TSV},
	{"Wikinews events audit four (tuned on)", "audit-events4.tsv", auditEvents4TSV},
	{"Wikinews events audit five (tuned on)", "audit-events5.tsv", auditEvents5TSV},
	{"Wikinews events audit six (paired; tuned on)", "audit-events6.tsv", auditEvents6TSV},
	{"Wikinews events audit seven (paired; tuned on)", "audit-events7.tsv", auditEvents7TSV},
}

// DevEvent is one hand-coded event: actor codes ("---" when the sentence
// names no such actor) and a CAMEO code.
type DevEvent struct{ Source, Target, Code string }

// DevSentence is one sentence of the development set.
type DevSentence struct {
	ID, Date string
	N        int
	Text     string
	Events   []DevEvent // empty: the sentence reports no event
}

var (
	reDevActor = regexp.MustCompile(`^(---|[A-Z]{3}[A-Z]*)$`)
	reDevCode  = regexp.MustCompile(`^[0-2][0-9]{2,3}$`)
	reDevDate  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// LoadDevEvents reads the development set's format: tab-separated article
// id, date, sentence number, sentence, and events ("-", or "SRC TGT CODE"
// joined by "; "); lines starting with # are comments. Every malformed
// line is an error naming its line.
func LoadDevEvents(name, data string) ([]DevSentence, error) {
	table, err := cameo.DefaultTable()
	if err != nil {
		return nil, err
	}
	var out []DevSentence
	seen := map[string]bool{}
	err = tsv.Each(strings.NewReader(data), name, 5, func(_ int, f []string) error {
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 0 {
			return fmt.Errorf("sentence number %q", f[2])
		}
		if !reDevDate.MatchString(f[1]) {
			return fmt.Errorf("date %q is not YYYY-MM-DD", f[1])
		}
		if strings.TrimSpace(f[3]) == "" {
			return fmt.Errorf("empty sentence")
		}
		key := f[0] + "#" + f[2]
		if seen[key] {
			return fmt.Errorf("sentence %s %s listed twice", f[0], f[2])
		}
		seen[key] = true
		s := DevSentence{ID: f[0], Date: f[1], N: n, Text: f[3]}
		if f[4] != "-" {
			for _, e := range strings.Split(f[4], "; ") {
				p := strings.Fields(e)
				if len(p) != 3 || !reDevActor.MatchString(p[0]) || !reDevActor.MatchString(p[1]) || !reDevCode.MatchString(p[2]) {
					return fmt.Errorf("event %q: want SOURCE TARGET CODE (actor codes or ---, a CAMEO code)", e)
				}
				if table[p[2]] == nil {
					return fmt.Errorf("event %q: %s is not a CAMEO code", e, p[2])
				}
				s.Events = append(s.Events, DevEvent{p[0], p[1], p[2]})
			}
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

// DevScore is the development set's figures.
type DevScore struct {
	Root, Code F1
	// Plover counts events by PLOVER type (CAMEO codes mapped through the
	// cameo table's PLOVER crosswalk); events whose code has no PLOVER type
	// (most statements and appeals) are left out on both sides.
	Plover F1
	// Matched counts events matched by root; ActorsAgree those whose
	// source and target countries (first three letters, "---" for none)
	// both agree with the hand coding.
	Matched, ActorsAgree int
	// NoEvent counts sentences coded with no event; NoEventCounted those
	// given a counted event anyway.
	NoEvent, NoEventCounted int
	Notes                   []string
	// Why counts where the missed events were lost (filled by
	// ScoreDevEvents).
	Why *MissBreakdown
	// Actors counts the root-matched events by how their actors agree
	// with the hand coding.
	Actors ActorBreakdown
	plover func(code string) string
}

// newDevScore returns an empty score that maps codes to PLOVER types
// with the cameo table's crosswalk.
func newDevScore() (DevScore, error) {
	table, err := cameo.DefaultTable()
	if err != nil {
		return DevScore{}, err
	}
	return DevScore{Why: newMissBreakdown(), plover: func(c string) string {
		if t := table[c]; t != nil {
			return t.Plover
		}
		return ""
	}}, nil
}

// ScoreDevEvents runs the analyzer on each sentence (dated by its
// article) and scores its counted events against the hand coding.
func ScoreDevEvents(set []DevSentence, a *analyzer.Analyzer) (DevScore, error) {
	return scoreDevEvents(set, a, nil)
}

// scoreDevEvents is ScoreDevEvents; with a stage, the missed events of
// sentences in which nothing was read are diagnosed with it too
// (MissBreakdown.Unread).
func scoreDevEvents(set []DevSentence, a *analyzer.Analyzer, st *cameo.Stage) (DevScore, error) {
	s, err := newDevScore()
	if err != nil {
		return s, err
	}
	for _, x := range set {
		d, err := a.Analyze(input.Item{Name: x.ID, Data: []byte(x.Text), Format: input.FormatText, Meta: input.Meta{Published: x.Date}})
		var pred []DevEvent
		var read []readEvent
		if err == nil {
			pred = countedEvents(d, 0, len(d.Text))
			read = readEvents(d)
		}
		s.add(x, pred)
		s.Why.add(x.Events, read)
		if st != nil && err == nil && len(read) == 0 {
			s.Why.unread(st, d, x.Events)
		}
	}
	return s, nil
}

// add counts tp matches of pred predicted and gold expected items.
func (f *F1) add(tp, pred, gold int) {
	f.TP += tp
	f.FP += pred - tp
	f.FN += gold - tp
}

// prefix keys a CAMEO code by its first n characters.
func prefix(n int) func(string) string {
	return func(c string) string { return c[:min(n, len(c))] }
}

// withKey keeps the events whose code has a key.
func withKey(es []DevEvent, key func(string) string) []DevEvent {
	var out []DevEvent
	for _, e := range es {
		if key(e.Code) != "" {
			out = append(out, e)
		}
	}
	return out
}

// countedEvents are the document's counted events (neither negated nor
// hypothetical, confident enough) told in a sentence that overlaps the
// text from start to end.
func countedEvents(d *doc.Document, start, end int) []DevEvent {
	var pred []DevEvent
	for _, e := range d.Events {
		if !cameo.Counted(&e) {
			continue
		}
		if e.Sentence.End <= start || e.Sentence.Start >= end {
			continue
		}
		pred = append(pred, DevEvent{devActor(e.Source), devActor(e.Target), e.Code})
	}
	return pred
}

// add scores one sentence's predicted events against its hand coding.
func (s *DevScore) add(x DevSentence, pred []DevEvent) {
	if len(x.Events) == 0 {
		s.NoEvent++
		if len(pred) > 0 {
			s.NoEventCounted++
		}
	}
	root := devMatch(pred, x.Events, prefix(2))
	s.Root.add(len(root), len(pred), len(x.Events))
	code := devMatch(pred, x.Events, prefix(3))
	s.Code.add(len(code), len(pred), len(x.Events))
	pp, pg := withKey(pred, s.plover), withKey(x.Events, s.plover)
	s.Plover.add(len(devMatch(pp, pg, s.plover)), len(pp), len(pg))
	actorsDiffer := false
	for _, m := range root {
		s.Actors.add(m[0], m[1])
		s.Matched++
		if actorsAgree(m[0], m[1]) {
			s.ActorsAgree++
		} else {
			actorsDiffer = true
		}
	}
	if len(root) != len(pred) || len(root) != len(x.Events) || actorsDiffer {
		s.Notes = append(s.Notes, fmt.Sprintf("%s #%d: got %s, want %s: %s", x.ID, x.N, devList(pred), devList(x.Events), x.Text))
	}
}

func devActor(a *doc.Actor) string {
	if a == nil || a.Actor == nil || *a.Actor == "" {
		return "---"
	}
	return *a.Actor
}

func country(code string) string {
	if len(code) < 3 {
		return "---"
	}
	return code[:3]
}

// devMatch pairs predicted and gold events whose codes have the same key
// (a prefix, a PLOVER type), preferring pairs whose actors agree too.
func devMatch(pred, gold []DevEvent, key func(string) string) [][2]DevEvent {
	used := make([]bool, len(gold))
	done := make([]bool, len(pred))
	var out [][2]DevEvent
	for pass := 0; pass < 2; pass++ {
		for j, p := range pred {
			if done[j] {
				continue
			}
			for i, g := range gold {
				if used[i] || key(p.Code) != key(g.Code) {
					continue
				}
				if pass == 0 && (country(p.Source) != country(g.Source) || country(p.Target) != country(g.Target)) {
					continue
				}
				used[i], done[j] = true, true
				out = append(out, [2]DevEvent{p, g})
				break
			}
		}
	}
	return out
}

func devList(es []DevEvent) string {
	if len(es) == 0 {
		return "-"
	}
	var parts []string
	for _, e := range es {
		parts = append(parts, e.Source+" "+e.Target+" "+e.Code)
	}
	return strings.Join(parts, "; ")
}

// DevEventsReport scores the built-in development sets, one block each,
// each sentence read alone and, where the Wikinews corpus is under
// shared, in its article; with why, each block adds where its missed
// events were lost (counts only). With verbose, the tuned-on sets list
// their failures; the held-out sets (heldOutDevSets) print figures only.
func DevEventsReport(shared string, verbose, why bool) (string, error) {
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return "", err
	}
	var st *cameo.Stage
	if why {
		if st, err = cameo.New(); err != nil {
			return "", err
		}
	}
	var b strings.Builder
	for _, d := range devEventSets {
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			return "", err
		}
		s, err := scoreDevEvents(set, a, st)
		if err != nil {
			return "", err
		}
		// A held-out set's sentences are never listed, whatever the flags.
		notes := verbose && !heldOutDevSets[d.name]
		writeDevScore(&b, d.title, set, s, notes)
		if why {
			s.Why.write(&b)
			s.Actors.write(&b)
		}
		if err := writeDevContextScore(&b, shared, set, a, notes); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

func writeDevScore(b *strings.Builder, title string, set []DevSentence, s DevScore, verbose bool) {
	rp, rr, rf := s.Root.Scores()
	cp, cr, cf := s.Code.Scores()
	pp, pr, pf := s.Plover.Scores()
	events := 0
	for _, x := range set {
		events += len(x.Events)
	}
	fmt.Fprintf(b, "%s (%d sentences, %d hand-coded events):\n", title, len(set), events)
	fmt.Fprintf(b, "  root code  P %.3f  R %.3f  F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(b, "  code       P %.3f  R %.3f  F1 %.3f\n", cp, cr, cf)
	fmt.Fprintf(b, "  PLOVER type P %.3f  R %.3f  F1 %.3f (%d hand-coded events have a type)\n", pp, pr, pf, s.Plover.TP+s.Plover.FN)
	fmt.Fprintf(b, "  actors agree (source and target country) on root-matched events: %.3f (%d of %d)\n", ratio(s.ActorsAgree, s.Matched), s.ActorsAgree, s.Matched)
	fmt.Fprintf(b, "  no-event sentences given a counted event: %.3f (%d of %d)\n", ratio(s.NoEventCounted, s.NoEvent), s.NoEventCounted, s.NoEvent)
	if verbose {
		for _, n := range s.Notes {
			fmt.Fprintln(b, "  "+n)
		}
	}
}
