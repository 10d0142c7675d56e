package eval

import (
	"reflect"
	"strings"
	"testing"
)

// TestMissBreakdown classifies the misses and false positives of a tiny
// invented set, one sentence per case, and the sums of all of them.
func TestMissBreakdown(t *testing.T) {
	ev := func(src, tgt, code, why string) readEvent {
		return readEvent{DevEvent{src, tgt, code}, why}
	}
	g := func(src, tgt, code string) DevEvent { return DevEvent{src, tgt, code} }
	cases := []struct {
		name string
		gold []DevEvent
		read []readEvent
		want MissBreakdown
	}{
		{"matched", []DevEvent{g("ZRV", "QAL", "042")}, []readEvent{ev("ZRV", "QAL", "040", "")},
			MissBreakdown{Gold: 1, Parties: [4]int{1, 0, 0, 0}, Right: [4]int{1, 0, 0, 0}}},
		{"nothing read", []DevEvent{g("ZRV", "QAL", "190")}, nil,
			MissBreakdown{Gold: 1, Missed: 1, NoEvent: 1, NoEventByRoot: map[string]int{"19": 1}, ByRoot: map[string]int{"19": 1}}},
		{"negated", []DevEvent{g("ZRV", "QAL", "111")}, []readEvent{ev("ZRV", "QAL", "111", whyNegated)},
			MissBreakdown{Gold: 1, Missed: 1, RightRoot: map[string]int{whyNegated: 1}, ByRoot: map[string]int{"11": 1}}},
		{"hypothetical before an other root", []DevEvent{g("ZRV", "---", "036")},
			[]readEvent{ev("ZRV", "QAL", "010", ""), ev("ZRV", "---", "036", whyHypothetical)},
			MissBreakdown{Gold: 1, Missed: 1, RightRoot: map[string]int{whyHypothetical: 1}, ByRoot: map[string]int{"03": 1},
				FP: 1, FPWithGold: 1, FPByRoot: map[string]int{"01": 1}, Parties: [4]int{1, 0, 0, 0}}},
		{"below confidence", []DevEvent{g("ZRV", "QAL", "173")}, []readEvent{ev("ZRV", "QAL", "173", whyLowConf)},
			MissBreakdown{Gold: 1, Missed: 1, RightRoot: map[string]int{whyLowConf: 1}, ByRoot: map[string]int{"17": 1}}},
		{"root taken by another hand-coded event", []DevEvent{g("ZRV", "QAL", "042"), g("QAL", "ZRV", "042")},
			[]readEvent{ev("ZRV", "QAL", "040", "")},
			MissBreakdown{Gold: 2, Missed: 1, RightRoot: map[string]int{whyOther: 1}, ByRoot: map[string]int{"04": 1}, Parties: [4]int{1, 0, 0, 0}, Right: [4]int{1, 0, 0, 0}}},
		{"wrong code", []DevEvent{g("ZRV", "QAL", "181")}, []readEvent{ev("ZRV", "QAL", "190", ""), ev("ZRV", "---", "010", whyLowConf)},
			MissBreakdown{Gold: 1, Missed: 1, WrongCode: 1, Pairs: map[string]int{"18->19": 1}, ByRoot: map[string]int{"18": 1},
				FP: 1, FPWithGold: 1, FPByRoot: map[string]int{"19": 1}, Parties: [4]int{1, 0, 0, 0}}},
		{"only uncounted other roots", []DevEvent{g("ZRV", "QAL", "057")}, []readEvent{ev("ZRV", "QAL", "036", whyHypothetical)},
			MissBreakdown{Gold: 1, Missed: 1, OnlyUncounted: 1, ByRoot: map[string]int{"05": 1}}},
		{"false positive without a hand-coded event", nil, []readEvent{ev("ZRV", "---", "010", ""), ev("ZRV", "---", "111", whyNegated)},
			MissBreakdown{FP: 1, FPNoGold: 1, FPByRoot: map[string]int{"01": 1}, Parties: [4]int{0, 1, 0, 0}}},
		{"parties: target only right, none wrong", []DevEvent{g("---", "QAL", "173")},
			[]readEvent{ev("---", "QAL", "173", ""), ev("---", "---", "042", "")},
			MissBreakdown{Gold: 1, FP: 1, FPWithGold: 1, FPByRoot: map[string]int{"04": 1}, Parties: [4]int{0, 0, 1, 1}, Right: [4]int{0, 0, 1, 0}}},
	}
	all := newMissBreakdown()
	for _, c := range cases {
		w := newMissBreakdown()
		w.add(c.gold, c.read)
		all.add(c.gold, c.read)
		want := c.want
		for _, m := range []*map[string]int{&want.NoEventByRoot, &want.Unread, &want.UnreadActors, &want.RightRoot, &want.Pairs, &want.ByRoot, &want.FPByRoot} {
			if *m == nil {
				*m = map[string]int{}
			}
		}
		if !reflect.DeepEqual(*w, want) {
			t.Errorf("%s: got %+v, want %+v", c.name, *w, want)
		}
	}
	// the diagnosis of the sentences nothing was read in, when a stage
	// made one (eval events -why)
	all.Unread["built-in verb of the root: main clause"] = 1
	all.UnreadActors["2+"] = 1
	var b strings.Builder
	all.write(&b)
	for _, line := range []string{
		"by coded actor phrases in the sentence: 2+ 1",
		"  built-in verb of the root: main clause 1",
		"misses by where lost (7 of 10 hand-coded events):",
		"(a) no event read in the sentence          1  by wanted root: 19 1",
		"(b) right root read, not counted           4  (negated 1, hypothetical 1, below confidence 1, other 1)",
		"(c) counted event of another root          1  want->got: 18->19 1",
		"(d) only uncounted events of other roots   1",
		"misses by wanted root: 03 1, 04 1, 05 1, 11 1, 17 1, 18 1, 19 1",
		"false positives 4 (in sentences with a hand-coded event 3, without 1), by root: 01 2, 04 1, 19 1",
		"counted events by coded parties (right: root matched): both 4 (2), source only 1 (0), target only 1 (1), none 1 (0)",
	} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("breakdown lacks %q:\n%s", line, b.String())
		}
	}
}

// TestDevMissesHeldOut: the list of misses names the tuned-on sets only,
// never a held-out set or one of its sentences.
func TestDevMissesHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the tuned-on sets")
	}
	rep, err := DevMissesReport()
	if err != nil {
		t.Fatal(err)
	}
	// (a sentence a tuned-on set holds too may be listed as its)
	tuned := tunedTexts(t)
	for _, d := range devEventSets {
		listed := strings.Contains(rep, "## "+d.title+"\n")
		if listed == heldOutDevSets[d.name] {
			t.Errorf("%s listed %v, want %v", d.name, listed, !heldOutDevSets[d.name])
		}
		if !heldOutDevSets[d.name] {
			continue
		}
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range set {
			if !tuned[x.Text] && strings.Contains(rep, "  "+x.Text+"\n") {
				t.Fatalf("%s: a held-out sentence (%s #%d) is listed", d.name, x.ID, x.N)
			}
		}
	}
}

// TestDevEventsVerboseHeldOut: eval events -v lists the failures of the
// tuned-on sets but never a sentence of a held-out set.
func TestDevEventsVerboseHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes every development set")
	}
	rep, err := DevEventsReport("", true, true)
	if err != nil {
		t.Fatal(err)
	}
	tuned := tunedTexts(t)
	listedTuned := false
	for _, d := range devEventSets {
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range set {
			listed := strings.Contains(rep, ": "+x.Text+"\n")
			if heldOutDevSets[d.name] && listed && !tuned[x.Text] {
				t.Fatalf("%s: a held-out sentence (%s #%d) is listed", d.name, x.ID, x.N)
			}
			if !heldOutDevSets[d.name] && listed {
				listedTuned = true
			}
		}
	}
	if !listedTuned {
		t.Error("no failure of a tuned-on set is listed with -v")
	}
}

// tunedTexts is the set of sentences of the tuned-on events sets (a
// sentence a held-out set shares with one of them may be listed as its).
func tunedTexts(t *testing.T) map[string]bool {
	t.Helper()
	tuned := map[string]bool{}
	for _, d := range devEventSets {
		if heldOutDevSets[d.name] {
			continue
		}
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range set {
			tuned[x.Text] = true
		}
	}
	return tuned
}
