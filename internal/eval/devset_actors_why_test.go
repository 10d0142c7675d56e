package eval

import (
	"strings"
	"testing"
)

// TestActorBreakdown classifies invented root-matched pairs, one per
// class, and checks the sums and the printed lines.
func TestActorBreakdown(t *testing.T) {
	g := func(src, tgt string) DevEvent { return DevEvent{src, tgt, "042"} }
	cases := []struct {
		name      string
		got, want DevEvent
		check     func(a ActorBreakdown) bool
	}{
		{"agree", g("ZRV", "QAL"), g("ZRV", "QAL"), func(a ActorBreakdown) bool { return a.Agree == 1 && a.AgentOnly == 0 }},
		{"agent only", g("ZRVGOV", "QAL"), g("ZRV", "QALMIL"), func(a ActorBreakdown) bool { return a.Agree == 1 && a.AgentOnly == 1 }},
		{"swapped", g("QAL", "ZRV"), g("ZRV", "QAL"), func(a ActorBreakdown) bool { return a.Swapped == 1 && a.Both == 0 && a.Source == [sideKinds]int{} }},
		{"same country both sides is not swapped", g("---", "ZRV"), g("ZRV", "ZRV"), func(a ActorBreakdown) bool {
			return a.Swapped == 0 && a.SourceOnly == 1 && a.Source[sideMissing] == 1
		}},
		{"source missing", g("---", "QAL"), g("ZRV", "QAL"), func(a ActorBreakdown) bool { return a.SourceOnly == 1 && a.Source[sideMissing] == 1 }},
		{"source spurious", g("ZRV", "QAL"), g("---REB", "QAL"), func(a ActorBreakdown) bool { return a.SourceOnly == 1 && a.Source[sideSpurious] == 1 }},
		{"target other", g("ZRV", "MOK"), g("ZRV", "QAL"), func(a ActorBreakdown) bool { return a.TargetOnly == 1 && a.Target[sideOther] == 1 }},
		{"both wrong", g("MOK", "---"), g("ZRV", "QAL"), func(a ActorBreakdown) bool {
			return a.Both == 1 && a.Source[sideOther] == 1 && a.Target[sideMissing] == 1
		}},
		{"target a role with no country", g("ZRV", "MIL"), g("ZRV", "QALMIL"), func(a ActorBreakdown) bool {
			return a.TargetOnly == 1 && a.Target[sideBareRole] == 1 && a.Target[sideOther] == 0
		}},
	}
	var all ActorBreakdown
	for _, c := range cases {
		var a ActorBreakdown
		a.add(c.got, c.want)
		all.add(c.got, c.want)
		if a.Matched != 1 || !c.check(a) {
			t.Errorf("%s: got %+v", c.name, a)
		}
	}
	var b strings.Builder
	all.write(&b)
	for _, line := range []string{
		"agree 2 of 9 (of them agent or sector only differs, ignored: 1); disagree 7: source only 3, target only 2, both 1, swapped 1",
		"source wrong 4: missing 2, spurious 1, a role with no country 0, another country 1",
		"target wrong 3: missing 1, spurious 0, a role with no country 1, another country 1",
	} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("breakdown lacks %q:\n%s", line, b.String())
		}
	}
}
