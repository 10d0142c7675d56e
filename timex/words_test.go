package timex

import "testing"

func TestWordsData(t *testing.T) {
	for _, c := range []struct {
		ok   bool
		what string
	}{
		{futureWords.Has("scheduled") && pastWords.Has("withdrew"), "tense words"},
		{isPastParticiple("announced") && !isPastParticiple("hundred"), "-ed guesses"},
		{bounds.Attr("until", "edge") == "to" && bounds.Attr("since", "edge") == "from", "bounds"},
		{verbBefore.Has("would") && verbBefore.Has("to"), "verb-before"},
		{seasonBefore.Has("-") && starting.Has("commencing"), "context words"},
	} {
		if !c.ok {
			t.Error(c.what)
		}
	}
}
