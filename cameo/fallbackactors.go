// The fallback's target from the document's actor phrases: where the
// production dictionaries' actors name no party on the target side of an
// act, the entity stage's phrase on the target's head word may ("his
// opponents", a role the entity stage gives the country of its context).
// The source stays the dictionaries' (measured: taking it from the
// document's phrases too coded subjects that are no party to the act,
// docs/measurements/events6.md).

package cameo

import "github.com/dragoman/dragoman/doc"

// docPartyCodes are the codes of the document's actor phrases that hold
// the head word of one of the argument words ws or of their conjuncts.
func docPartyCodes(d *doc.Document, p *parse, ws []int) []string {
	var out []string
	for _, w := range p.withConjuncts(ws) {
		sp := p.syn[w].Span
		for _, a := range d.Actors {
			if a.Code != "" && a.Start <= sp.Start && sp.End <= a.End {
				out = append(out, a.Code)
			}
		}
	}
	return splitCodes(out)
}

// docTargetWords are the words of a predicate's target side as roleCodes
// reads it: the object of the pattern's preposition prep, else its
// objects (not a clause), else the object of a preposition an act is done
// to.
func (p *parse) docTargetWords(a args, prep string) []int {
	var ws []int
	if prep != "" {
		for _, o := range a.obl {
			if o.prep == prep {
				ws = append(ws, o.head)
			}
		}
		return ws
	}
	for _, w := range append(append([]int(nil), a.iobj...), a.obj...) {
		if p.syn[w].UPOS != "VERB" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		for _, o := range a.obl {
			if targetPreps[o.prep] {
				ws = append(ws, o.head)
				break
			}
		}
	}
	return ws
}
