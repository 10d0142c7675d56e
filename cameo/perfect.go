// The perfect the tagger misreads: a participle after a form of "have"
// tagged as an adjective on the name that follows.

package cameo

import "strings"

// perfectOnName reports whether the participle j, which the parse hangs
// as a modifier on the noun h after it, stands right after a form of
// "have" and h is a name ("Ruritania has slain Zorvan's envoy" is no
// envoy slain, "has wounded Zorvan" no wounded Zorvan): the tagger read
// the perfect's verb as an adjective, and the act is the clause's own.
// Before a common noun the reading stays ("the army has wounded soldiers
// in its hospitals" may tell what it has).
func (p *parse) perfectOnName(j, h int) bool {
	if j == 0 || h <= j || !haveForms[strings.ToLower(p.syn[j-1].Form)] {
		return false
	}
	return p.syn[h].UPOS == "PROPN"
}
