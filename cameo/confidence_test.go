package cameo

import "testing"

// The confidence model's evidence, sentence by sentence: whether the
// event of a trigger counts (confidence at or above MinConfidence, neither
// negated nor hypothetical).
func TestConfidenceEvidence(t *testing.T) {
	checkTriggerCounted(t, load(t), "2020-12-02", []triggerCounted{
		// a verb conjoined to a predicate is a predicate, not a
		// participle on the noun before it (conjoinedPredicate)
		{"conjoined", "Chile said that Peru had taken no bribes and apologized for the delays in the inquiry.", "apologized", "05", true},
		{"conjoined", "The Chilean government said it had paid the fees and apologized for the delays to Peru.", "apologized", "05", true},
		// an act told as done in a relative clause, with both parties
		// and its object, counts; told as planned it does not
		// (passingFactor, scaled once)
		{"passing", "Kenya condemned Uganda, which expelled Kenyan diplomats from Kampala last week.", "expelled", "16", true},
		{"passing", "Kenya condemned Uganda, which plans to expel Kenyan diplomats from Kampala next week.", "expel", "16", false},
		// "may have" with a participle: done, its certainty hedged;
		// "could have": what did not happen (epistemicPerfect)
		{"epistemic", "A rocket may have killed four Syrian soldiers near the border, Turkish officials said.", "killed", "19", true},
		{"epistemic", "A rocket could have killed four Syrian soldiers near the border, Turkish officials said.", "killed", "19", false},
		// a cooperative act told with only the one it is done to does
		// not count; with its doer named, coded or not, or a
		// conflictual act told of its victim alone, it does (doerUntold)
		{"doer", "Peru's president was praised at the summit.", "praised", "05", false},
		{"doer", "Two senators praised Peru's president at the summit.", "praised", "05", true},
		{"doer", "She praised Peru's president at the summit.", "praised", "05", true},
		{"doer", "Peru's president was attacked in Lima on Monday.", "attacked", "18", true},
		// a pronoun subject, up a conjunct and an open complement, or
		// on a copula, tells the doer (pronounDoer)
		{"pronoun", "We remain committed to close cooperation with Peru.", "committed to", "03", true},
		{"pronoun", "The envoy said they were committed to close cooperation with Peru.", "committed to", "03", true},
		{"pronoun", "The envoy said the plan was committed to close cooperation with Peru.", "committed to", "03", false},
	})
}
