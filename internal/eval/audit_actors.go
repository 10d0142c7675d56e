package eval

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/tsv"
)

// The actor audit: counted events dragoman gave on whole Wikinews articles
// no rule was written for, with the source and target a careful coder
// gives them (testdata/devsets.md, "audit-actors.tsv"). Each article is
// analysed whole, as 'dragoman analyze' reads a corpus record, and each
// audited event is paired with a counted event of its sentence and root.

//go:embed testdata/audit-actors.tsv
var auditActorsTSV string

// The second actor audit, drawn and coded the same way on fresh articles
// before any change was made for it (testdata/devsets.md,
// "audit-actors2.tsv").
//
//go:embed testdata/audit-actors2.tsv
var auditActors2TSV string

// actorAudits are the built-in actor audits, in the order they are
// reported: a title and the file.
var actorAudits = []struct{ title, name, data string }{
	{"Actor audit", "audit-actors.tsv", auditActorsTSV},
	{"Actor audit two", "audit-actors2.tsv", auditActors2TSV},
}

// AuditEvent is one audited event: where it is, what dragoman gave at the
// audit, and the hand coding.
type AuditEvent struct {
	ID, Date string
	N        int    // the sentence's number in the article's text, from 0
	Trigger  string // the event's trigger at the audit
	Was      DevEvent
	Want     DevEvent // the hand-coded source and target (Code: Was.Code)
	Reasons  []string // "src:why" or "tgt:why"; none when dragoman was right
	Sentence string
}

var reAuditReason = regexp.MustCompile(`^(src|tgt):[a-z][^\s;:]*$`)

// LoadActorAudit reads the audit's format (see the file's head): article
// id, date, sentence number, trigger, code, dragoman's source and target,
// the hand-coded source and target, the reasons ("-", or "src:why" and
// "tgt:why" joined by ";"), the sentence. Every malformed line is an error
// naming its line.
func LoadActorAudit(name, data string) ([]AuditEvent, error) {
	table, err := cameo.DefaultTable()
	if err != nil {
		return nil, err
	}
	var out []AuditEvent
	err = tsv.Each(strings.NewReader(data), name, 11, func(_ int, f []string) error {
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 0 {
			return fmt.Errorf("sentence number %q", f[2])
		}
		if !reDevDate.MatchString(f[1]) {
			return fmt.Errorf("date %q is not YYYY-MM-DD", f[1])
		}
		if strings.TrimSpace(f[3]) == "" || strings.TrimSpace(f[10]) == "" {
			return fmt.Errorf("empty trigger or sentence")
		}
		if table[f[4]] == nil {
			return fmt.Errorf("%s is not a CAMEO code", f[4])
		}
		for _, a := range f[5:9] {
			if !reDevActor.MatchString(a) {
				return fmt.Errorf("actor %q: want an actor code or ---", a)
			}
		}
		e := AuditEvent{ID: f[0], Date: f[1], N: n, Trigger: f[3], Sentence: f[10],
			Was: DevEvent{f[5], f[6], f[4]}, Want: DevEvent{f[7], f[8], f[4]}}
		if f[9] != "-" {
			for _, r := range strings.Split(f[9], ";") {
				if !reAuditReason.MatchString(r) {
					return fmt.Errorf("reason %q: want src:WHY or tgt:WHY joined by ; (- for none)", r)
				}
				e.Reasons = append(e.Reasons, r)
			}
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// AuditScore is the audit's figures.
type AuditScore struct {
	Events, Agree int
	Lost          int      // audited events no longer given
	Notes         []string // the events whose actors disagree
}

// ScoreActorAudit analyses each audited article whole (arts by id, dated
// as the audit was) and pairs each audited event with a counted event of
// its sentence (see auditPair).
func ScoreActorAudit(audit []AuditEvent, a *analyzer.Analyzer, arts map[string]devArticle) (AuditScore, error) {
	var s AuditScore
	byArt := map[string][]int{}
	var order []string
	for i, e := range audit {
		if byArt[e.ID] == nil {
			order = append(order, e.ID)
		}
		byArt[e.ID] = append(byArt[e.ID], i)
	}
	sort.Strings(order)
	for _, id := range order {
		art, ok := arts[id]
		if !ok {
			return s, fmt.Errorf("audit: article %s is not in the corpus", id)
		}
		first := audit[byArt[id][0]]
		d, err := a.Analyze(input.Item{Name: id, Data: []byte(art.Text), Format: input.FormatText,
			Meta: input.Meta{ID: id, Published: first.Date, Headline: art.Title}})
		if err != nil {
			return s, fmt.Errorf("audit: %s: %v", id, err)
		}
		used := map[int]bool{}
		for _, i := range byArt[id] {
			e := audit[i]
			s.Events++
			got, ok := auditPair(d, e, used)
			switch {
			case !ok:
				s.Lost++
				s.Notes = append(s.Notes, fmt.Sprintf("%s #%d %s %s: no longer given, want %s %s: %s", e.ID, e.N, e.Code(), e.Trigger, e.Want.Source, e.Want.Target, e.Sentence))
			case actorsAgree(got, e.Want):
				s.Agree++
			default:
				s.Notes = append(s.Notes, fmt.Sprintf("%s #%d %s %s: got %s %s, want %s %s: %s", e.ID, e.N, got.Code, e.Trigger, got.Source, got.Target, e.Want.Source, e.Want.Target, e.Sentence))
			}
		}
	}
	return s, nil
}

// Code is the audited event's code.
func (e AuditEvent) Code() string { return e.Was.Code }

func actorsAgree(a, b DevEvent) bool {
	return country(a.Source) == country(b.Source) && country(a.Target) == country(b.Target)
}

// auditPair finds the counted event of d that e audited: in e's sentence
// (found by its text, else by its number), with e's trigger or root, not
// used yet; the best has e's trigger, then e's root, then actors that
// agree (an event whose code changed with its actors, "killed" coded 186
// once the victim is known, is still the audited one).
func auditPair(d *doc.Document, e AuditEvent, used map[int]bool) (DevEvent, bool) {
	start, end, ok := auditSentence(d, e)
	if !ok {
		return DevEvent{}, false
	}
	best, bestScore := -1, -1
	var got DevEvent
	for i, ev := range d.Events {
		if used[i] || !cameo.Counted(&ev) {
			continue
		}
		sameTrigger := ev.Trigger.Text == e.Trigger
		if ev.Sentence.Start < start || ev.Sentence.Start >= end || !sameTrigger && prefix(2)(ev.Code) != prefix(2)(e.Code()) {
			continue
		}
		p := DevEvent{devActor(ev.Source), devActor(ev.Target), ev.Code}
		score := 0
		if sameTrigger {
			score += 4
		}
		if prefix(2)(ev.Code) == prefix(2)(e.Code()) {
			score += 2
		}
		if actorsAgree(p, e.Want) {
			score++
		}
		if score > bestScore {
			best, bestScore, got = i, score, p
		}
	}
	if best < 0 {
		return DevEvent{}, false
	}
	used[best] = true
	return got, true
}

// auditSentence is the span of e's sentence in d: the sentence whose text
// is e's, else the one numbered e.N.
func auditSentence(d *doc.Document, e AuditEvent) (start, end int, ok bool) {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	want := norm(e.Sentence)
	for _, s := range d.Sentences {
		if s.Start >= 0 && s.End <= len(d.Text) && norm(d.Text[s.Start:s.End]) == want {
			return s.Start, s.End, true
		}
	}
	if e.N < len(d.Sentences) {
		return d.Sentences[e.N].Start, d.Sentences[e.N].End, true
	}
	return 0, 0, false
}

// ActorAuditReport scores the built-in actor audits on the Wikinews
// corpus under shared, one block each; -v lists the events whose actors
// disagree.
func ActorAuditReport(shared string, verbose bool) (string, error) {
	audits := make([][]AuditEvent, len(actorAudits))
	ids := map[string]bool{}
	for i, f := range actorAudits {
		audit, err := LoadActorAudit(f.name, f.data)
		if err != nil {
			return "", err
		}
		audits[i] = audit
		for _, e := range audit {
			ids[e.ID] = true
		}
	}
	arts, a, err := auditArticles(shared, ids, "actor audit")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, f := range actorAudits {
		s, err := ScoreActorAudit(audits[i], a, arts)
		if err != nil {
			return "", err
		}
		n := map[string]bool{}
		for _, e := range audits[i] {
			n[e.ID] = true
		}
		fmt.Fprintf(&b, "%s (%d counted events of %d unseen Wikinews articles, coded by hand)\n", f.title, s.Events, len(n))
		fmt.Fprintf(&b, "  actors agree (source and target country): %.3f (%d of %d); audited events no longer given: %d\n", ratio(s.Agree, s.Events), s.Agree, s.Events, s.Lost)
		if verbose {
			for _, n := range s.Notes {
				fmt.Fprintln(&b, "    "+n)
			}
		}
	}
	return b.String(), nil
}
