package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
)

// Where the development sets' missed events are lost (eval events -why):
// every hand-coded event whose root no counted event matched is put in
// one place, by what the coder read in its sentence, and every counted
// event that matched none is counted by its root. Only counts are kept,
// never sentences, so the breakdown of a held-out set can be printed
// without showing its sentences.

// Why an event was read but not counted.
const (
	whyNegated      = "negated"
	whyHypothetical = "hypothetical"
	whyLowConf      = "below confidence"
	whyOther        = "other"
)

// readEvent is one event the coder read in a sentence, counted or not:
// uncounted says why it was not counted ("" when it was).
type readEvent struct {
	DevEvent
	uncounted string
}

// readEvents are all the events of the document, counted or not, each
// with why it was not counted (negated before hypothetical before a
// confidence below cameo.MinConfidence).
func readEvents(d *doc.Document) []readEvent {
	var out []readEvent
	for _, e := range d.Events {
		r := readEvent{DevEvent: DevEvent{devActor(e.Source), devActor(e.Target), e.Code}}
		switch {
		case e.Negated:
			r.uncounted = whyNegated
		case e.Hypothetical:
			r.uncounted = whyHypothetical
		case e.Confidence < cameo.MinConfidence:
			r.uncounted = whyLowConf
		}
		out = append(out, r)
	}
	return out
}

// MissBreakdown counts the missed hand-coded events (root not matched)
// by where they were lost, and the false positives (counted events that
// matched no hand-coded event) by root.
type MissBreakdown struct {
	Gold, Missed int
	// NoEvent: the coder read no event at all in the sentence;
	// NoEventByRoot counts them by wanted root.
	NoEvent       int
	NoEventByRoot map[string]int
	// Unread and UnreadActors count them, when a stage diagnosed them
	// (eval events -why), by cause (cameo.Stage.UnreadCause: the word of
	// the wanted root the dictionaries have in the sentence and where the
	// parse puts it) and by the coded actor phrases of the sentence.
	Unread, UnreadActors map[string]int
	// RightRoot: an event of the wanted root was read but not counted,
	// by why (negated, hypothetical, below confidence; other: the read
	// events of the root were all counted and matched other hand-coded
	// events of the same root).
	RightRoot map[string]int
	// WrongCode: a counted event of another root was read; Pairs counts
	// them by wanted and got root ("04->01").
	WrongCode int
	Pairs     map[string]int
	// OnlyUncounted: only uncounted events of other roots were read.
	OnlyUncounted int
	// ByRoot counts the misses by wanted root.
	ByRoot map[string]int
	// FP counts the counted events that matched no hand-coded event, by
	// root, and by whether their sentence has a hand-coded event.
	FP, FPWithGold, FPNoGold int
	FPByRoot                 map[string]int
	// Parties counts the counted events by which parties they have coded
	// (both, source only, target only, none), and Right those of them
	// that matched a hand-coded root.
	Parties, Right [4]int
}

// The party classes of a counted event.
const (
	partiesBoth = iota
	partiesSource
	partiesTarget
	partiesNone
)

// partyClass is the class of a counted event by its coded parties.
func partyClass(e DevEvent) int {
	switch {
	case e.Source != "---" && e.Target != "---":
		return partiesBoth
	case e.Source != "---":
		return partiesSource
	case e.Target != "---":
		return partiesTarget
	}
	return partiesNone
}

func newMissBreakdown() *MissBreakdown {
	return &MissBreakdown{NoEventByRoot: map[string]int{}, Unread: map[string]int{}, UnreadActors: map[string]int{}, RightRoot: map[string]int{}, Pairs: map[string]int{}, ByRoot: map[string]int{}, FPByRoot: map[string]int{}}
}

// add classifies one sentence: its hand-coded events and all the events
// the coder read in it.
func (w *MissBreakdown) add(gold []DevEvent, read []readEvent) {
	root := prefix(2)
	var pred []DevEvent
	for _, r := range read {
		if r.uncounted == "" {
			pred = append(pred, r.DevEvent)
		}
	}
	matched := devMatch(pred, gold, root)
	// Which gold and predicted events were matched (by position: devMatch
	// returns copies, so count them off by value).
	goldLeft := append([]DevEvent(nil), gold...)
	predLeft := append([]DevEvent(nil), pred...)
	for _, m := range matched {
		predLeft = removeEvent(predLeft, m[0])
		goldLeft = removeEvent(goldLeft, m[1])
	}
	w.Gold += len(gold)
	for _, p := range pred {
		w.Parties[partyClass(p)]++
		w.Right[partyClass(p)]++
	}
	for _, p := range predLeft {
		w.Right[partyClass(p)]--
		w.FP++
		w.FPByRoot[root(p.Code)]++
		if len(gold) > 0 {
			w.FPWithGold++
		} else {
			w.FPNoGold++
		}
	}
	for _, g := range goldLeft {
		w.Missed++
		want := root(g.Code)
		w.ByRoot[want]++
		if len(read) == 0 {
			w.NoEvent++
			w.NoEventByRoot[want]++
			continue
		}
		if why, ok := rightRootWhy(read, want); ok {
			w.RightRoot[why]++
			continue
		}
		if got, ok := otherCounted(read, predLeft, want); ok {
			w.WrongCode++
			w.Pairs[want+"->"+got]++
			continue
		}
		w.OnlyUncounted++
	}
}

// unread diagnoses the hand-coded events of a sentence in which nothing
// was read (all of them missed) with the stage st.
func (w *MissBreakdown) unread(st *cameo.Stage, d *doc.Document, gold []DevEvent) {
	for _, g := range gold {
		cause, actors := st.UnreadCause(d, prefix(2)(g.Code))
		w.Unread[cause]++
		w.UnreadActors[actors]++
	}
}

// removeEvent removes the first event equal to e.
func removeEvent(es []DevEvent, e DevEvent) []DevEvent {
	for i, x := range es {
		if x == e {
			return append(es[:i], es[i+1:]...)
		}
	}
	return es
}

// rightRootWhy says why the events of root want read in the sentence
// were not counted: the first uncounted one's reason, or other when all
// were counted (and matched other hand-coded events); false when none
// was read.
func rightRootWhy(read []readEvent, want string) (string, bool) {
	found := false
	for _, r := range read {
		if prefix(2)(r.Code) != want {
			continue
		}
		if r.uncounted != "" {
			return r.uncounted, true
		}
		found = true
	}
	if found {
		return whyOther, true
	}
	return "", false
}

// otherCounted is the root of a counted event of another root than want,
// one that matched no hand-coded event first.
func otherCounted(read []readEvent, unmatched []DevEvent, want string) (string, bool) {
	for _, p := range unmatched {
		if r := prefix(2)(p.Code); r != want {
			return r, true
		}
	}
	for _, x := range read {
		if r := prefix(2)(x.Code); x.uncounted == "" && r != want {
			return r, true
		}
	}
	return "", false
}

// write prints the breakdown as a compact table.
func (w *MissBreakdown) write(b *strings.Builder) {
	fmt.Fprintf(b, "  misses by where lost (%d of %d hand-coded events):\n", w.Missed, w.Gold)
	fmt.Fprintf(b, "    (a) no event read in the sentence        %3d  by wanted root: %s\n", w.NoEvent, topCounts(w.NoEventByRoot, 0))
	if len(w.Unread) > 0 {
		fmt.Fprintf(b, "        by coded actor phrases in the sentence: %s\n", topCounts(w.UnreadActors, 0))
		fmt.Fprintf(b, "        by cause (the word of the wanted root the dictionaries have, where the parse puts it):\n")
		for _, line := range strings.Split(topCounts(w.Unread, 0), ", ") {
			fmt.Fprintf(b, "          %s\n", line)
		}
	}
	rr := 0
	for _, n := range w.RightRoot {
		rr += n
	}
	fmt.Fprintf(b, "    (b) right root read, not counted         %3d  (negated %d, hypothetical %d, below confidence %d, other %d)\n",
		rr, w.RightRoot[whyNegated], w.RightRoot[whyHypothetical], w.RightRoot[whyLowConf], w.RightRoot[whyOther])
	fmt.Fprintf(b, "    (c) counted event of another root        %3d  want->got: %s\n", w.WrongCode, topCounts(w.Pairs, 8))
	fmt.Fprintf(b, "    (d) only uncounted events of other roots %3d\n", w.OnlyUncounted)
	fmt.Fprintf(b, "    misses by wanted root: %s\n", topCounts(w.ByRoot, 0))
	fmt.Fprintf(b, "  false positives %d (in sentences with a hand-coded event %d, without %d), by root: %s\n",
		w.FP, w.FPWithGold, w.FPNoGold, topCounts(w.FPByRoot, 0))
	fmt.Fprintf(b, "  counted events by coded parties (right: root matched): both %d (%d), source only %d (%d), target only %d (%d), none %d (%d)\n",
		w.Parties[partiesBoth], w.Right[partiesBoth], w.Parties[partiesSource], w.Right[partiesSource],
		w.Parties[partiesTarget], w.Right[partiesTarget], w.Parties[partiesNone], w.Right[partiesNone])
}

// topCounts lists the counts, largest first (ties by key), at most n of
// them (all when n is 0): "04->01 3, 11->01 2".
func topCounts(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if n > 0 && len(keys) > n {
		keys = keys[:n]
	}
	if len(keys) == 0 {
		return "-"
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
