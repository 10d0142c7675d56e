package cameo

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestPresentStates checks the present forms of "be" in the patterns of
// "be": a present state of opinion or intent counts when it is told with
// its holder and the party it is directed at, not of its holder alone or
// of no coded party; a past state is told as a stance taken and counts of
// its holder alone; a modal or a negation before a finite "be" belongs to
// another verb; the same words in other senses stay no event.
func TestPresentStates(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"The Danish government is highly critical of the Syrian government.", "111", true},
		{"The Kenyan president is furious with the British government.", "111", true},
		{"The Danish government is angry.", "111", false},
		{"The Syrian government was angry.", "111", true},
		{"The weather is critical for the harvest.", "11", false},
		{"The Egyptian president is ready to resume talks with the Israeli government.", "03", true},
		{"The Egyptian president is ready to resume talks with the Israeli government.", "04", false},
		{"The Egyptian government is ready to carry on.", "03", false},
		{"The Egyptian government will hold a free vote next year and is ready to resume talks with Israel.", "036", true},
		{"The Iranian government will not talk and is critical of the French plan.", "111", true},
		{"Critics say the outcome is critical of nothing.", "11", false},
	})
}

// TestDoerRead checks that an event noun whose doer is told by a
// possessor or a subject still counts (TestHasDoer checks the rule).
func TestDoerRead(t *testing.T) {
	checkCounts(t, load(t), []codeCounted{
		{"The Kenyan president made a trip to Uganda.", "042", true},
		{"His trip to the island was cut short.", "042", true},
	})
}

// TestHasDoer checks the doers of an event with no coded party: a
// subject or an agent, a noun's possessor; not an object or a modifier
// alone, nor a verb's possessor.
func TestHasDoer(t *testing.T) {
	args := func(roles ...string) *doc.Evidence {
		ev := &doc.Evidence{}
		for _, r := range roles {
			ev.Arguments = append(ev.Arguments, doc.Argument{Role: r})
		}
		return ev
	}
	for _, c := range []struct {
		ev   *doc.Evidence
		noun bool
		want bool
	}{
		{nil, false, false},
		{args("subject"), false, true},
		{args("object", "agent"), false, true},
		{args("possessor", "nmod:to"), true, true},
		{args("possessor"), false, false},
		{args("object"), false, false},
		{args("modifier", "obl:in"), false, false},
	} {
		if got := hasDoer(c.ev, c.noun); got != c.want {
			t.Errorf("hasDoer(%v, noun %v) = %v, want %v", c.ev, c.noun, got, c.want)
		}
	}
}
