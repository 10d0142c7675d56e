package cameo

import "testing"

// TestAttempted checks that an attempted violent act is counted as the
// act, while an announced attempt, a denied one and an attempt at a
// cooperative act stay uncounted.
func TestAttempted(t *testing.T) {
	load(t).checkCounted(t, false, []countedCase{
		{"Militants tried to shoot down a Zorvan airliner on Monday.", "2020-12-02", "shoot down", true},
		{"Two attempts were made to storm the Zorvan embassy.", "2020-12-02", "storm", true},
		{"Militants will try to attack the Zorvan capital.", "2020-12-02", "attack", false},
		{"Militants did not try to attack the Zorvan capital.", "2020-12-02", "attack", false},
		{"Zorvan tried to negotiate with the militants.", "2020-12-02", "negotiate", false},
	})
	// every attempt word is an intent word too: the walks that read the
	// attempt make the act hypothetical first
	for w := range attemptWords {
		if !intentWords[w] {
			t.Errorf("attempt word %q is no intent word", w)
		}
	}
}
