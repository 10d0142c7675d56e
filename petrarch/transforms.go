package petrarch

import (
	"fmt"
	"strings"
)

// Transform is a transformation line of a verb dictionary:
//
//	~ a (a b ATTACK) SAY = a b 015
//
// The left side is a framing verb's event over the event its complement
// tells, written source, then target, then verb: "a (a b ATTACK) SAY" is
// a SAY by a whose target is an ATTACK by a on b. The right side is the
// event coded instead: source, target, code. The variables are one
// lower-case letter, bound to the first actor met in its place and
// standing for that actor wherever it is written again; "_" is a place
// with no actor and "." any actor, bound to no name. A verb name stands
// for the code the dictionary gives that verb (SAY is the 010 of its
// block), "Q" for any act, and "Q" on the right for the act's own code.
type Transform struct {
	Pattern string // left of "="
	Result  string // right of "="
	Line    int
	// Frame is the pattern read: the framing verb's event.
	Frame *TEvent
	// Source and Target are the result's variables; Code is its code, or
	// "Q" for the code of the act the pattern's "Q" matched.
	Source, Target, Code string
}

// TEvent is one event of a transformation's pattern: its source
// variable, its target (a variable, or the event it frames) and its verb.
type TEvent struct {
	Source string
	Target string  // the target's variable when Inner is nil
	Inner  *TEvent // the event framed, in the target's place
	// Verb is the verb name as written ("SAY"), or "Q" for any act.
	Verb string
	// Code is the code the dictionary gives Verb ("---" for a verb that
	// codes nothing alone); "" for "Q".
	Code string
}

// tvar reports whether s is a transformation variable: a lower-case
// letter, "_" (no actor) or "." (any actor).
func tvar(s string) bool {
	return len(s) == 1 && (s[0] >= 'a' && s[0] <= 'z' || s[0] == '_' || s[0] == '.')
}

// tname reports whether s can be a verb name: upper-case letters, with
// "_" joining the words of a phrase verb.
func tname(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// parseTransform reads the two sides of a "~" line (without the "~").
func parseTransform(lhs, rhs string) (*Transform, error) {
	t := &Transform{Pattern: strings.TrimSpace(lhs), Result: strings.TrimSpace(rhs)}
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(t.Pattern))
	var ev func() (*TEvent, error)
	ev = func() (*TEvent, error) {
		if len(toks) < 3 {
			return nil, fmt.Errorf("an event is SOURCE TARGET VERB")
		}
		e := &TEvent{Source: toks[0]}
		if !tvar(e.Source) {
			return nil, fmt.Errorf("source %q is not a variable (a letter, _ or .)", e.Source)
		}
		toks = toks[1:]
		if toks[0] == "(" {
			toks = toks[1:]
			in, err := ev()
			if err != nil {
				return nil, err
			}
			if len(toks) == 0 || toks[0] != ")" {
				return nil, fmt.Errorf("missing )")
			}
			e.Inner, toks = in, toks[1:]
		} else {
			e.Target, toks = toks[0], toks[1:]
			if !tvar(e.Target) {
				return nil, fmt.Errorf("target %q is not a variable (a letter, _ or .)", e.Target)
			}
		}
		if len(toks) == 0 || !tname(toks[0]) {
			return nil, fmt.Errorf("an event ends in its verb's name")
		}
		e.Verb, toks = toks[0], toks[1:]
		return e, nil
	}
	f, err := ev()
	if err == nil && len(toks) > 0 {
		err = fmt.Errorf("unexpected %q after the framing verb", strings.Join(toks, " "))
	}
	if err == nil && f.Inner == nil {
		err = fmt.Errorf("the framing verb's target must be the event it frames, in (...)")
	}
	if err != nil {
		return nil, err
	}
	t.Frame = f
	r := strings.Fields(t.Result)
	if len(r) != 3 {
		return nil, fmt.Errorf("the result is SOURCE TARGET CODE")
	}
	t.Source, t.Target, t.Code = r[0], r[1], r[2]
	bound, qs := map[string]bool{}, 0
	for e := f; e != nil; e = e.Inner {
		bound[e.Source], bound[e.Target] = true, true
		if e.Verb == "Q" {
			qs++
		}
	}
	for _, v := range []string{t.Source, t.Target} {
		if len(v) != 1 || v[0] < 'a' || v[0] > 'z' || !bound[v] {
			return nil, fmt.Errorf("result actor %q is not a letter of the pattern", v)
		}
	}
	if qs > 1 {
		return nil, fmt.Errorf("more than one Q in the pattern")
	}
	if t.Code == "Q" {
		if qs == 0 {
			return nil, fmt.Errorf("result code Q with no Q in the pattern")
		}
	} else if !digits(t.Code) || len(t.Code) < 2 || len(t.Code) > 4 {
		return nil, fmt.Errorf("result code %q is not a CAMEO code or Q", t.Code)
	}
	return t, nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// resolveTransforms gives each transformation's verb names their codes:
// the code of the dictionary's first single-word verb of that name, as
// PETRARCH reads it. A name the dictionary does not list is an error
// (PETRARCH stops on it); a phrase name ("WILL_ATTACK", whose codes
// PETRARCH adds up) cannot be coded as a CAMEO code and is a warning, the
// line dropped.
func (v *Verbs) resolveTransforms(name string) error {
	keep := v.Transforms[:0]
next:
	for _, t := range v.Transforms {
		for e := t.Frame; e != nil; e = e.Inner {
			if e.Verb == "Q" {
				continue
			}
			if strings.Contains(e.Verb, "_") {
				v.Warnings = append(v.Warnings, &Error{File: name, Line: t.Line, Msg: "transformation names the phrase verb " + e.Verb + "; ignored"})
				continue next
			}
			var vb *Verb
			for _, c := range v.Lookup(e.Verb) {
				if len(c.Words) == 1 && c.Lemma == e.Verb {
					vb = c
					break
				}
			}
			if vb == nil {
				return &Error{File: name, Line: t.Line, Msg: "transformation names the verb " + e.Verb + ", which the dictionary does not list"}
			}
			e.Code = vb.Code.Event
			if e.Code == "" {
				e.Code = "---"
			}
		}
		keep = append(keep, t)
	}
	v.Transforms = keep
	return nil
}

// CodeUnder reports whether an event coded c falls under a transformation
// verb's code k, as PETRARCH compares them: the same code, or one under it
// in CAMEO's tree, a root's cue code ("190") standing for the whole root.
// The null code "---" matches only a verb that codes nothing.
func CodeUnder(c, k string) bool {
	if c == "" || c == "---" || k == "" || k == "---" {
		return (c == "" || c == "---") && k == "---"
	}
	if len(k) == 3 && k[2] == '0' {
		k = k[:2]
	}
	return strings.HasPrefix(c, k)
}
