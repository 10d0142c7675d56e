// An intent told as reported speech with no one it is addressed to (see
// reportedIntent).

package cameo

// reportedFactor scales an intent told with its content clause and its
// speaker alone: from 0.65 (a coded source) to below the threshold.
const reportedFactor = 0.75

// reportedIntent reports whether an intent (root 03: "vowed", "pledged")
// is told with a coded source, no coded target, no pattern object or
// preposition (no one it is made to), and its content as a clause the
// parse gives the trigger (ccomp: "vowed that the strike would go on").
// The clause tells the act intended, which is read on its own words (an
// intent of that act, the clause's modal marking it); the verb alone,
// with no party the intent is towards, tells no interaction and would
// count the same evidence twice. CAMEO's 03 is an intent towards
// another actor: one made to a party ("pledged to Peru that"), with an
// object ("pledged aid") or with an open complement ("vowed to
// cooperate with Peru") is not scaled. Statements and appeals (01, 02)
// with a content clause and no addressee are not scaled: hand coders
// code a warning told so ("warned that the crisis would deepen") as a
// comment of its speaker.
func reportedIntent(t *trigger, a, b int, code string) bool {
	return a >= 0 && b < 0 && t.content && len(t.p.Object) == 0 && t.p.Prep == "" && len(code) >= 2 && code[:2] == "03"
}

// contentClause reports whether the parse gives word j a content clause
// (ccomp) among its children.
func (p *parse) contentClause(j int) bool {
	if j < 0 {
		return false
	}
	found := false
	p.kids(j, func(k int) bool {
		found = p.syn[k].Rel == "ccomp"
		return !found
	})
	return found
}
