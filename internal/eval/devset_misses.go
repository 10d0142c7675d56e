package eval

import (
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
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
	for _, d := range devEventSets {
		if heldOutDevSets[d.name] {
			continue
		}
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, "## %s\n", d.title)
		for _, x := range set {
			doc, err := a.Analyze(input.Item{Name: x.ID, Data: []byte(x.Text), Format: input.FormatText, Meta: input.Meta{Published: x.Date}})
			if err != nil {
				return "", err
			}
			read := readEvents(doc)
			w := newMissBreakdown()
			w.add(x.Events, read)
			if w.Missed == 0 && w.FP == 0 {
				continue
			}
			fmt.Fprintf(&b, "%s #%d: missed %d (a %d, b %s, c %s, d %d), false positives %s\n", x.ID, x.N, w.Missed, w.NoEvent,
				topCounts(w.RightRoot, 0), topCounts(w.Pairs, 0), w.OnlyUncounted, topCounts(w.FPByRoot, 0))
			fmt.Fprintf(&b, "  want %s\n", devList(x.Events))
			for _, e := range doc.Events {
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
				fmt.Fprintln(&b)
			}
			fmt.Fprintf(&b, "  %s\n", x.Text)
		}
	}
	return b.String(), nil
}
