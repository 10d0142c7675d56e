package eval

import (
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
)

// heldOutDevSets are the events development sets nobody tunes on: their
// sentences are never listed, only their figures printed.
var heldOutDevSets = map[string]bool{"devset-events2.tsv": true, "devset-events3.tsv": true}

// DevMissesReport lists, for the tuned-on events sets only (set one and
// the audits), every sentence with a missed hand-coded event or a false
// positive: the hand coding, every event read (code, actors, confidence,
// trigger, why it was not counted) and the sentence, so the misses of
// eval events -why can be sorted by cause. The held-out sets are skipped.
func DevMissesReport() (string, error) {
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	all := newConfWhy()
	for _, d := range devEventSets {
		if heldOutDevSets[d.name] {
			continue
		}
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "## %s\n", d.title)
		cw := newConfWhy()
		for _, x := range set {
			doc, err := a.Analyze(input.Item{Name: x.ID, Data: []byte(x.Text), Format: input.FormatText, Meta: input.Meta{Published: x.Date}})
			if err != nil {
				return "", err
			}
			read := readEvents(doc)
			lift := cw.add(x.Events, doc.Events)
			w := newMissBreakdown()
			w.add(x.Events, read)
			if w.Missed == 0 && w.FP == 0 && len(lift) == 0 {
				continue
			}
			fmt.Fprintf(&b, "%s #%d: missed %d (a %d, b %s, c %s, d %d), false positives %s\n", x.ID, x.N, w.Missed, w.NoEvent,
				topCounts(w.RightRoot, 0), topCounts(w.Pairs, 0), w.OnlyUncounted, topCounts(w.FPByRoot, 0))
			fmt.Fprintf(&b, "  want %s\n", devList(x.Events))
			for i, e := range doc.Events {
				why := "counted"
				switch {
				case e.Negated:
					why = whyNegated
				case e.Hypothetical:
					why = whyHypothetical
				case e.Confidence < cameo.MinConfidence:
					why = whyLowConf
				}
				fmt.Fprintf(&b, "  read %s %s %s conf %.2f %q %s", devActor(e.Source), devActor(e.Target), e.Code, e.Confidence, e.Trigger.Text, why)
				if e.Caveat != "" {
					fmt.Fprintf(&b, " (%s)", e.Caveat)
				}
				fmt.Fprintf(&b, " [%s]", traceText(e.Trace))
				if l, ok := lift[i]; ok {
					fmt.Fprintf(&b, " counted would %s", l)
				}
				fmt.Fprintln(&b)
			}
			fmt.Fprintf(&b, "  %s\n", x.Text)
		}
		fmt.Fprintf(&b, "## %s: uncounted events\n", d.title)
		cw.write(&b)
		all.merge(cw)
	}
	fmt.Fprintf(&b, "## all tuned-on sets: uncounted events\n")
	all.write(&b)
	return b.String(), nil
}

// traceText names the confidence features an event's confidence was read
// from (bias left out), and how often a later rule halved it or held it
// below the threshold.
func traceText(t doc.ConfidenceTrace) string {
	var on []string
	for f, name := range cameo.ConfFeatureNames {
		if f > 0 && t.Features&(1<<f) != 0 {
			on = append(on, name)
		}
	}
	if t.Halved > 0 {
		on = append(on, fmt.Sprintf("halved*%d", t.Halved))
	}
	if t.Capped {
		on = append(on, "capped")
	}
	return strings.Join(on, " ")
}
