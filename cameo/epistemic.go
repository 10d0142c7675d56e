// A past act told as likely: "may have fled".

package cameo

import "strings"

var epistemicModals = own.Class("epistemic-modal").Set()

// epistemicPerfect reports whether the modal at token k, before the verb
// trigger t, is an epistemic modal with a perfect ("a blast may have
// killed six", "the envoy might have been detained"): the act is told as
// done, only its certainty hedged, as a report's source hedges what it
// has not confirmed. CAMEO's convention of coding an act still to come as
// the intent to do it (03) does not apply; the act counts as reported.
// "could have", "would have" and "should have" tell what did not happen.
func epistemicPerfect(lower []string, k int, t *trigger) bool {
	if t.p.Noun || k+1 >= t.at || !epistemicModals[lower[k]] || !haveForms[lower[k+1]] {
		return false
	}
	for j := k + 2; j < t.at; j++ {
		if w := lower[j]; !beForms[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	w := lower[t.at]
	return strings.HasSuffix(w, "ed") || isIrregularParticiple(w)
}
