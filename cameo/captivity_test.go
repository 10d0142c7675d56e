package cameo

import (
	"slices"
	"testing"
)

// Captivity, confinement, coups, vetoes, operations halted, wars and
// slayings told in other words (verbs.tsv): each read with its code and counted where the
// sentence tells it done; an intended halt is read but not counted.
func TestCaptivityAndCoupWords(t *testing.T) {
	checkTriggerCounted(t, load(t), "2008-05-01", []triggerCounted{
		{"captive", "Ugandan rebels kept two Kenyan journalists captive for a week.", "kept two Kenyan journalists captive", "18", true},
		{"locked up", "Zimbabwean police locked up the opposition leader in Harare on Monday.", "locked up", "17", true},
		{"coup", "Following the army's coup against Prime Minister Thaksin Shinawatra, Japan suspended aid to Thailand.", "coup", "18", true},
		{"veto", "The Kenyan opposition criticized President Kibaki's veto of the media bill.", "veto", "12", true},
		{"halted", "The Ethiopian army halted military operations in Somalia on Friday.", "halted", "08", true},
		{"halt planned", "The Ethiopian army plans to halt military operations in Somalia next month.", "halt", "08", false},
		// a war told as having taken place; a slaying with its victim
		// as possessor
		{"war", "In the wake of Ethiopia's two-month war in Somalia, aid groups warned of famine.", "war", "19", true},
		{"slaying", "Students rioted in Nairobi in retaliation for the Kenyan activist's slaying.", "slaying", "18", true},
	})
}

// An idiom of a verb and a content word standing together ("opened fire")
// wins over the verb alone with an object word found further on ("opened
// ... crossing"), as no preposition idiom ("agreed to") does.
func TestIdiomOverFarObject(t *testing.T) {
	s := load(t)
	text := "Ethiopian soldiers opened fire on Somali villagers crossing the border near Dolo."
	var roots []string
	for _, e := range s.run(text, "2008-05-01").Events {
		roots = append(roots, e.Root+" "+e.Trigger.Text)
	}
	if !slices.Contains(roots, "19 opened fire") || slices.Contains(roots, "08 opened") {
		t.Errorf("%q: events %v, want a 19 on \"opened fire\" and no 08", text, roots)
	}
}

// A "when" clause tells a done act, no act in passing, only with its verb
// in the past tense (past-conjunction tense=past).
func TestWhenPast(t *testing.T) {
	checkTriggerCounted(t, load(t), "2012-10-04", []triggerCounted{
		{"past", "Turkish villagers fled their homes when Syrian troops shelled Akcakale.", "shelled", "19", true},
		{"present when", "Turkish villagers say they flee their homes when Syrian troops shell Akcakale.", "shell", "19", false},
	})
}
