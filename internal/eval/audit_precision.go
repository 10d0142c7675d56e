package eval

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/tsv"
)

// The precision audit: every counted event dragoman gave on whole Wikinews
// articles nobody wrote rules for, judged right or wrong by hand
// (testdata/devsets.md, "audit-precision.tsv"). Re-running the analyzer on
// the articles tells how many right events are still counted and how many
// wrong ones are gone.

//go:embed testdata/audit-precision.tsv
var auditPrecisionTSV string

// JudgedEvent is one counted event of the precision audit.
type JudgedEvent struct {
	ID             string
	N, Offset      int // sentence number and trigger byte offset in the article's text
	Trigger, Code  string
	Source, Target string
	Right          bool
	Reason         string // why it is wrong; "-" when right
}

var precisionReasons = map[string]bool{"sense": true, "modality": true, "noun": true, "not-event": true,
	"code": true, "appeal": true, "duplicate": true}

// PrecisionAudit is the audit: its articles in the pool's order and its
// judged events.
type PrecisionAudit struct {
	Articles []string
	Events   []JudgedEvent
}

// LoadPrecisionAudit reads the audit's format (see the file's head): an
// article line ("article", its id) for each article analysed, and an event
// line for each judged event: article id, sentence number, trigger offset, trigger, code, source,
// target, judgement (right or wrong), reason (- when right, else one of
// sense, modality, noun, not-event, code, appeal, duplicate). Every
// malformed line is an error naming its line.
func LoadPrecisionAudit(name, data string) (PrecisionAudit, error) {
	var out PrecisionAudit
	table, err := cameo.DefaultTable()
	if err != nil {
		return out, err
	}
	arts := map[string]bool{}
	err = tsv.Each(strings.NewReader(data), name, 0, func(_ int, f []string) error {
		if f[0] == "article" {
			if len(f) != 2 || strings.TrimSpace(f[1]) == "" || arts[f[1]] {
				return fmt.Errorf("an article line is \"article\" and a new article id")
			}
			arts[f[1]] = true
			out.Articles = append(out.Articles, f[1])
			return nil
		}
		if len(f) != 9 {
			return fmt.Errorf("want 9 tab-separated fields in an event line, got %d", len(f))
		}
		if !arts[f[0]] {
			return fmt.Errorf("article %q has no article line before it", f[0])
		}
		n, err1 := strconv.Atoi(f[1])
		off, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || n < 0 || off < 0 {
			return fmt.Errorf("sentence number %q or offset %q", f[1], f[2])
		}
		if strings.TrimSpace(f[3]) == "" {
			return fmt.Errorf("empty trigger")
		}
		if table[f[4]] == nil {
			return fmt.Errorf("%s is not a CAMEO code", f[4])
		}
		for _, a := range f[5:7] {
			if !reDevActor.MatchString(a) {
				return fmt.Errorf("actor %q: want an actor code or ---", a)
			}
		}
		e := JudgedEvent{ID: f[0], N: n, Offset: off, Trigger: f[3], Code: f[4], Source: f[5], Target: f[6], Reason: f[8]}
		switch {
		case f[7] == "right" && f[8] == "-":
			e.Right = true
		case f[7] == "wrong" && precisionReasons[f[8]]:
		default:
			return fmt.Errorf("judgement %q, reason %q: want right with -, or wrong with a known reason", f[7], f[8])
		}
		out.Events = append(out.Events, e)
		return nil
	})
	return out, err
}

// PrecisionScore is the precision audit's figures.
type PrecisionScore struct {
	Right, RightKept int
	// RightRecoded counts the right events not kept whose trigger is still
	// counted with another code (a refined or changed code): neither kept
	// nor new.
	RightRecoded     int
	Wrong, WrongGone int
	GoneBy           map[string][2]int // reason: wrong events of that reason, how many gone
	New              int               // counted events no line judges
	Notes            []string
}

// ScorePrecisionAudit analyses each article whole (arts by id) and pairs
// each judged event with a counted event of its article with its trigger
// offset and code, one to one, an event with the same actors first.
func ScorePrecisionAudit(pa PrecisionAudit, a *analyzer.Analyzer, arts map[string]devArticle) (PrecisionScore, error) {
	s := PrecisionScore{GoneBy: map[string][2]int{}}
	audit := pa.Events
	byArt := map[string][]int{}
	for i, e := range audit {
		byArt[e.ID] = append(byArt[e.ID], i)
	}
	for _, id := range pa.Articles {
		art, ok := arts[id]
		if !ok {
			return s, fmt.Errorf("precision audit: article %s is not in the corpus", id)
		}
		d, err := a.Analyze(input.Item{Name: id, Data: []byte(art.Text), Format: input.FormatText,
			Meta: input.Meta{ID: id, Published: art.Date}})
		if err != nil {
			return s, fmt.Errorf("precision audit: %s: %v", id, err)
		}
		used := map[int]bool{}
		kept := map[int]bool{}
		// Two passes: the same actors first, then any.
		for pass := 0; pass < 2; pass++ {
			for _, i := range byArt[id] {
				if kept[i] {
					continue
				}
				e := audit[i]
				for k := range d.Events {
					ev := &d.Events[k]
					if used[k] || !cameo.Counted(ev) || ev.Trigger.Start != e.Offset || ev.Code != e.Code {
						continue
					}
					if pass == 0 && (devActor(ev.Source) != e.Source || devActor(ev.Target) != e.Target) {
						continue
					}
					used[k], kept[i] = true, true
					break
				}
			}
		}
		for _, i := range byArt[id] {
			e := audit[i]
			if e.Right {
				s.Right++
				if kept[i] {
					s.RightKept++
				} else if k := recodedAt(d, used, e.Offset); k >= 0 {
					used[k] = true
					s.RightRecoded++
					s.Notes = append(s.Notes, fmt.Sprintf("right, recoded %s -> %s: %s #%d %s %s [%s]", e.Code, d.Events[k].Code, e.ID, e.N, e.Source, e.Target, e.Trigger))
				} else {
					s.Notes = append(s.Notes, fmt.Sprintf("right, lost: %s #%d %s %s %s [%s]", e.ID, e.N, e.Source, e.Target, e.Code, e.Trigger))
				}
				continue
			}
			s.Wrong++
			g := s.GoneBy[e.Reason]
			g[0]++
			if !kept[i] {
				s.WrongGone++
				g[1]++
			} else {
				s.Notes = append(s.Notes, fmt.Sprintf("wrong (%s), still counted: %s #%d %s %s %s [%s]", e.Reason, e.ID, e.N, e.Source, e.Target, e.Code, e.Trigger))
			}
			s.GoneBy[e.Reason] = g
		}
		for k := range d.Events {
			ev := &d.Events[k]
			if used[k] || !cameo.Counted(ev) {
				continue
			}
			s.New++
			s.Notes = append(s.Notes, fmt.Sprintf("new, unjudged: %s #%d %s %s %s [%s@%d]", id, sentenceNumber(d, ev), devActor(ev.Source), devActor(ev.Target), ev.Code, ev.Trigger.Text, ev.Trigger.Start))
		}
	}
	return s, nil
}

// recodedAt returns the first counted event of d not yet paired whose
// trigger starts at off, or -1.
func recodedAt(d *doc.Document, used map[int]bool, off int) int {
	for k := range d.Events {
		if !used[k] && cameo.Counted(&d.Events[k]) && d.Events[k].Trigger.Start == off {
			return k
		}
	}
	return -1
}

func sentenceNumber(d *doc.Document, ev *doc.Event) int {
	for i, s := range d.Sentences {
		if s.Start == ev.Sentence.Start {
			return i
		}
	}
	return -1
}

// PrecisionAuditReport scores the built-in precision audit on the Wikinews
// corpus under shared; -v lists the right events lost, the wrong ones
// still counted and the new ones.
func PrecisionAuditReport(shared string, verbose bool) (string, error) {
	audit, err := LoadPrecisionAudit("audit-precision.tsv", auditPrecisionTSV)
	if err != nil {
		return "", err
	}
	ids := map[string]bool{}
	for _, id := range audit.Articles {
		ids[id] = true
	}
	arts, a, err := auditArticles(shared, ids, "precision audit")
	if err != nil {
		return "", err
	}
	s, err := ScorePrecisionAudit(audit, a, arts)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Precision audit (%d judged counted events of %d unseen Wikinews articles)\n", s.Right+s.Wrong, len(audit.Articles))
	fmt.Fprintf(&b, "  right still counted: %d of %d (and %d at the same trigger with another code); wrong no longer counted: %d of %d; new counted events (unjudged): %d\n",
		s.RightKept, s.Right, s.RightRecoded, s.WrongGone, s.Wrong, s.New)
	fmt.Fprintf(&b, "  precision of the judged events still counted: %.3f (at the audit %.3f)\n",
		ratio(s.RightKept, s.RightKept+s.Wrong-s.WrongGone), ratio(s.Right, s.Right+s.Wrong))
	var rs []string
	for r := range s.GoneBy {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	b.WriteString("  wrong gone by reason:")
	for _, r := range rs {
		fmt.Fprintf(&b, " %s %d/%d", r, s.GoneBy[r][1], s.GoneBy[r][0])
	}
	b.WriteString("\n")
	if verbose {
		for _, n := range s.Notes {
			fmt.Fprintln(&b, "    "+n)
		}
	}
	return b.String(), nil
}
