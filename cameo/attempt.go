// Attempted violence: "rebels tried to shoot down an airliner".

package cameo

// attempted tells as done a violent act (roots 18 to 20) the sentence
// tells tried: its "to" right after an attempt word ("tried to",
// "an attempt to", "attempts were made to"), the attempt itself told,
// not announced (no modal or intent word before it: "will try to").
// The modality walks read the attempt word as an intent and make the act
// hypothetical; the coders, like the codebook's attempted assassination,
// code an attempted attack as the attack.
func attempted(lower []string, t *trigger) {
	if !t.hypo || t.negated || !violent(t.p.Code) || t.p.Noun || t.at < 2 || !infinitiveMarkers[lower[t.at-1]] {
		return
	}
	k := t.at - 2
	if !attemptWords[lower[k]] {
		// "attempts were made to", "an attempt is made to"
		if k < 2 || !attemptVerbs[lower[k]] || !beForms[lower[k-1]] || !attemptWords[lower[k-2]] {
			return
		}
		k -= 2
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := lower[j]; modals[w] || intentWords[w] || commissive[w] || infinitiveMarkers[w] {
			return
		}
	}
	t.hypo = false
}
