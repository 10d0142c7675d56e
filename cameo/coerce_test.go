package cameo

import "testing"

// Coercion told in other words: a home or an office destroyed, a
// newspaper banned, a person held in custody or detention, a strike
// declared, a ban on rallies, a demonstration broken up, a person forced
// to leave, a prison sentence begun (its subject the target), a scuffle with
// police; a ban on
// fishing is no coercion.
func TestCoercionWords(t *testing.T) {
	s := load(t)
	checkTriggerCode(t, s, "2020-12-02", []triggerCode{
		{"Egyptian police demolished the home of the opposition leader.", "demolished", "1712"},
		{"The Egyptian government banned the opposition newspaper.", "banned", "1721"},
		{"The journalist has been held in custody by Egyptian police since March.", "held", "173"},
		{"Dockworkers in Alexandria declared a strike on Monday.", "declared a strike", "143"},
		{"Egypt's ban on opposition rallies angered the opposition.", "ban", "1721"},
		{"Police broke up the demonstration in Cairo.", "broke up", "175"},
		{"Egyptian police forced the journalist to leave the country.", "forced the journalist to leave", "174"},
		{"The Egyptian blogger is now serving a prison term of four years.", "serving", "173"},
		{"Protesters scuffled with Egyptian police outside the parliament.", "scuffled", "145"},
		// other senses stay other acts
		{"Egyptian officials held talks with the Jordanian minister in Cairo.", "held talks", "046"},
	})
}

func TestBanOnFishingNoEvent(t *testing.T) {
	s := load(t)
	text := "The ban on fishing in the Nile delta angered Egyptian farmers."
	for _, e := range s.run(text, "2020-12-02").Events {
		if e.Trigger.Text == "ban" {
			t.Errorf("%q: ban read as %s", text, e.Code)
		}
	}
}

// The one who begins or serves a sentence undergoes it: the target.
func TestSentenceServedTarget(t *testing.T) {
	s := load(t)
	text := "The Egyptian blogger is now serving a prison term of four years."
	for _, e := range s.on(t, text, "2020-12-02", "serving") {
		if e.Target == nil || e.Target.Actor == nil || *e.Target.Actor != "EGYMED" {
			t.Errorf("%q: target %v, want EGYMED", text, e.Target)
		}
	}
}
