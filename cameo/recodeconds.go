// The conditions of the recoding tables (data/recode.tsv,
// data/recode-gathered.tsv): the closed vocabulary a row is written in,
// and the readings of an act and its parties they name.

package cameo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/words"
)

// pairReading is what the conditions read: the act's trigger, the
// sentence's words and actors, and the pair of parties (a the source, b
// the target; -1 when none).
type pairReading struct {
	t        *trigger
	lower    []string
	actors   []actor
	a, b     int
	codebook bool
}

// srcCode is the source's actor code, "" when there is none.
func (x *pairReading) srcCode() string {
	if x.a < 0 {
		return ""
	}
	return x.actors[x.a].Code
}

// tgtCode is the target's actor code, "" when there is none.
func (x *pairReading) tgtCode() string {
	if x.b < 0 {
		return ""
	}
	return x.actors[x.b].Code
}

// gatheredReading reads an event's parties as a pair for the rows of
// recode-gathered.tsv, whose conditions read the parties' codes and the
// first word of the act.
func gatheredReading(ev *doc.Event, codebook bool) *pairReading {
	// the trigger's first word, for word:CLASS; the words around it are
	// not kept, so next:CLASS is refused on these rows
	first, _, _ := strings.Cut(strings.ToLower(ev.Trigger.Text), " ")
	x := &pairReading{codebook: codebook, t: &trigger{}, lower: []string{first}}
	party := func(p *doc.Actor) int {
		if p == nil {
			return -1
		}
		a := actor{}
		if p.Actor != nil {
			a.Code = *p.Actor
		}
		x.actors = append(x.actors, a)
		return len(x.actors) - 1
	}
	x.a, x.b = party(ev.Source), party(ev.Target)
	return x
}

// condition is a condition of the closed vocabulary: what it reads, the
// condition it cannot hold without ("" for none), and whether it reads
// the act's words or its parties' phrases, known only where the act's
// pair of parties is read (recode.tsv), not on an event once gathered
// (recode-gathered.tsv).
type condition struct {
	f     func(*pairReading) bool
	needs string
	pair  bool
}

// conditions are the conditions a row may name, besides word:CLASS and
// next:CLASS (wordCondition), which read the act's words.
var conditions = map[string]condition{
	"codebook":           {f: func(x *pairReading) bool { return x.codebook }},
	"passive":            {f: func(x *pairReading) bool { return x.t.passive }, pair: true},
	"protesting":         {f: func(x *pairReading) bool { return x.t.protesting }, pair: true},
	"crowd-subject":      {f: func(x *pairReading) bool { return crowdSubject(x.t.evidence) }, pair: true},
	"lone-doer":          {f: func(x *pairReading) bool { return loneDoer(x.t, x.actors, x.a) }, pair: true},
	"source":             {f: func(x *pairReading) bool { return x.a >= 0 }},
	"source-coded":       {f: func(x *pairReading) bool { return x.srcCode() != "" }, needs: "source"},
	"source-armed":       {f: func(x *pairReading) bool { return armedActor(x.srcCode()) }, needs: "source-coded"},
	"source-armed-force": {f: func(x *pairReading) bool { return armedForce(x.srcCode()) }, needs: "source-coded"},
	"source-state":       {f: func(x *pairReading) bool { return stateActor(x.srcCode()) }, needs: "source-coded"},
	"source-governing":   {f: func(x *pairReading) bool { return governingActor(x.srcCode()) }, needs: "source-coded"},
	"source-nationality": {f: func(x *pairReading) bool { return x.a >= 0 && x.actors[x.a].Type == "NORP" },
		needs: "source", pair: true},
	"source-locative": {f: func(x *pairReading) bool { return x.a >= 0 && locative(x.lower, x.actors[x.a]) },
		needs: "source", pair: true},
	"target":             {f: func(x *pairReading) bool { return x.b >= 0 }},
	"target-coded":       {f: func(x *pairReading) bool { return x.tgtCode() != "" }, needs: "target"},
	"target-armed-force": {f: func(x *pairReading) bool { return armedForce(x.tgtCode()) }, needs: "target-coded"},
	"target-official": {f: func(x *pairReading) bool { return x.b >= 0 && namedOfficial(x.actors[x.b]) },
		needs: "target", pair: true},
	"killed-in-fight": {f: func(x *pairReading) bool { return x.b >= 0 && killedInFight(x.actors, x.a, x.b) }, needs: "target"},
}

// wordCondition reads a condition on the act's words: word:CLASS (the
// act's first word begins with a word of the class of data/words; one
// marked whole=yes must be the word) or next:CLASS (the word after the
// act's words is one of the class), with the classes of list l.
func wordCondition(name string, l *words.List) (func(*pairReading) bool, error) {
	kind, class, ok := strings.Cut(name, ":")
	if !ok || kind != "word" && kind != "next" {
		return nil, fmt.Errorf("unknown condition %q", name)
	}
	if !slices.Contains(l.Classes(), class) {
		return nil, fmt.Errorf("condition %q: %s declares no class %q", name, l.Name, class)
	}
	c := l.Class(class)
	if len(c.Words()) == 0 {
		return nil, fmt.Errorf("condition %q: class %q has no words", name, class)
	}
	if kind == "next" {
		set := c.Set()
		return func(x *pairReading) bool {
			return x.t.end+1 < len(x.lower) && set[x.lower[x.t.end+1]]
		}, nil
	}
	type stem struct {
		s     string
		whole bool
	}
	var stems []stem
	for _, w := range c.Words() {
		stems = append(stems, stem{w, c.Attr(w, "whole") == "yes"})
	}
	return func(x *pairReading) bool {
		w := x.lower[x.t.at]
		for _, s := range stems {
			if s.whole && w == s.s || !s.whole && strings.HasPrefix(w, s.s) {
				return true
			}
		}
		return false
	}, nil
}

// namedOfficial reports whether an actor is a named person with a role
// (an actor code with an agent: "Iranian Gen. Qasem Soleimani", IRNMIL).
// CAMEO codes the killing of such a politically significant person as an
// assassination (186) rather than the residual 190.
func namedOfficial(a actor) bool {
	return a.Type == "PERSON" && len(a.Code) >= 6
}

// killedInFight reports whether the killing of a named official (a
// target of 186, assassinate) is an act of war instead (190): the official
// leads an armed group outside the state (insurgents, rebels, a
// militarised group) and the doer is a state's own force or is not named.
// CAMEO keeps 186 for the targeted killings of unconventional violence
// (a guerrilla group's killing of a militia's second in command): a doer
// outside the state keeps it, and so does a state's general killed by
// another state.
func killedInFight(actors []actor, a, b int) bool {
	if !nonStateArmed(actors[b].Code) {
		return false
	}
	return a < 0 || actors[a].Code == "" || stateActor(actors[a].Code) && !nonStateArmed(actors[a].Code)
}

// nonStateArmed reports whether an actor code names an armed group outside
// the state: rebels, insurgents, an unidentified armed force, an
// international militarised group.
func nonStateArmed(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	for _, a := range []string{"REB", "INS", "UAF"} {
		if strings.Contains(code, a) {
			return true
		}
	}
	return false
}

// crowdSubject reports whether the parse's subject of an event names a
// great many people: its first word is a crowd word ("thousands of
// students", "tens of thousands of Kenyans").
func crowdSubject(ev *doc.Evidence) bool {
	if ev == nil {
		return false
	}
	for _, a := range ev.Arguments {
		if a.Role != "subject" {
			continue
		}
		first, _, _ := strings.Cut(strings.TrimSpace(a.Text), " ")
		if crowdWords[strings.ToLower(first)] {
			return true
		}
	}
	return false
}

// loneDoer reports whether the doer of a trigger's act is one person who
// is no state organ and no armed force: a person's pronoun as the parse's
// subject with no coded actor, or a person's name coded neither.
func loneDoer(t *trigger, actors []actor, a int) bool {
	if a < 0 || actors[a].Code == "" {
		return t.lone || a >= 0 && actors[a].Type == "PERSON"
	}
	code := actors[a].Code
	return actors[a].Type == "PERSON" && !armedForce(code) && !stateActor(code)
}
