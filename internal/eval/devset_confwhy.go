package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
)

// confWhy counts, over the uncounted events of the tuned-on sets, which
// would add a root match if counted (a rescue) and which would not (a
// false positive let through), by why they were not counted, by the
// confidence features set on those below the threshold, and by which
// feature, were it off, would lift them to the threshold (the hand model
// recomputed, the later halvings applied again; a capped event stays).
type confWhy struct {
	byWhy    map[string][2]int
	features map[string][2]int
	lift     map[string][2]int
	stray    int // below-threshold events whose confidence the trace does not give back
}

func newConfWhy() *confWhy {
	return &confWhy{byWhy: map[string][2]int{}, features: map[string][2]int{}, lift: map[string][2]int{}}
}

// add classifies the uncounted events of one sentence; it returns, by
// event index, whether each uncounted one would add a match if counted.
func (w *confWhy) add(gold []DevEvent, evs []doc.Event) map[int]string {
	lift := map[int]string{}
	root := prefix(2)
	var pred []DevEvent
	for i := range evs {
		if cameo.Counted(&evs[i]) {
			pred = append(pred, devEventOf(&evs[i]))
		}
	}
	base := len(devMatch(pred, gold, root))
	bump := func(m map[string][2]int, k string, i int) {
		v := m[k]
		v[i]++
		m[k] = v
	}
	for i := range evs {
		e := &evs[i]
		if cameo.Counted(e) {
			continue
		}
		k := 1
		if len(devMatch(append(append([]DevEvent(nil), pred...), devEventOf(e)), gold, root)) > base {
			k = 0
		}
		lift[i] = [2]string{"match", "not match"}[k]
		why := whyLowConf
		switch {
		case e.Negated:
			why = whyNegated
		case e.Hypothetical:
			why = whyHypothetical + ": " + modalityKind(e)
		}
		bump(w.byWhy, why, k)
		if e.Negated || e.Hypothetical {
			continue
		}
		x := e.Trace.Features
		if x == 0 {
			bump(w.features, "(no model)", k)
			continue
		}
		if replay(x, e.Trace.Halved) != e.Confidence && !e.Trace.Capped {
			w.stray++
		}
		for f, name := range cameo.ConfFeatureNames {
			if f > 0 && x&(1<<f) != 0 {
				bump(w.features, name, k)
			}
		}
		if e.Trace.Halved > 0 {
			bump(w.features, fmt.Sprintf("halved*%d", e.Trace.Halved), k)
		}
		if e.Trace.Capped {
			bump(w.features, "capped", k)
			continue
		}
		for f, name := range cameo.ConfFeatureNames {
			if f > 0 && x&(1<<f) != 0 && replay(x&^(1<<f), e.Trace.Halved) >= cameo.MinConfidence {
				bump(w.lift, "without "+name, k)
			}
		}
		for _, f := range []string{"source", "target", "object-party"} {
			b := uint64(1) << confBit(f)
			if x&b == 0 && replay(x|b, e.Trace.Halved) >= cameo.MinConfidence {
				bump(w.lift, "with "+f, k)
			}
		}
		if e.Trace.Halved > 0 && replay(x, 0) >= cameo.MinConfidence {
			bump(w.lift, "not halved", k)
		}
	}
	return lift
}

func devEventOf(e *doc.Event) DevEvent {
	return DevEvent{devActor(e.Source), devActor(e.Target), e.Code}
}

// modalityKind is the first words of a hypothetical event's caveat.
func modalityKind(e *doc.Event) string {
	c := e.Caveat
	if c == "" {
		return "no caveat"
	}
	if i := strings.IndexAny(c, ":(,"); i > 0 {
		c = c[:i]
	}
	return strings.TrimSpace(c)
}

func confBit(name string) int {
	for f, n := range cameo.ConfFeatureNames {
		if n == name {
			return f
		}
	}
	panic(name)
}

// replay is the hand model's confidence of x, rounded, halved n times.
func replay(x uint64, n int) float64 {
	c := float64(int(cameo.HandConfidence(x)*100+0.5)) / 100
	for ; n > 0; n-- {
		c = float64(int(c*50+0.5)) / 100
	}
	return c
}

func (w *confWhy) write(b *strings.Builder) {
	list := func(title string, m map[string][2]int) {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool {
			if m[ks[i]][0] != m[ks[j]][0] {
				return m[ks[i]][0] > m[ks[j]][0]
			}
			return ks[i] < ks[j]
		})
		fmt.Fprintf(b, "  %s (rescue/false positive):", title)
		for _, k := range ks {
			fmt.Fprintf(b, " %s %d/%d;", k, m[k][0], m[k][1])
		}
		fmt.Fprintln(b)
	}
	list("uncounted by why", w.byWhy)
	list("below threshold, features", w.features)
	list("below threshold, lifted", w.lift)
	fmt.Fprintf(b, "  below threshold not replayed: %d\n", w.stray)
}

func (w *confWhy) merge(o *confWhy) {
	for _, p := range []struct{ to, from map[string][2]int }{{w.byWhy, o.byWhy}, {w.features, o.features}, {w.lift, o.lift}} {
		for k, v := range p.from {
			t := p.to[k]
			t[0] += v[0]
			t[1] += v[1]
			p.to[k] = t
		}
	}
	w.stray += o.stray
}
