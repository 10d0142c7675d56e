package cameo

import (
	"strings"
)

// Conventional and unconventional violence. CAMEO keeps 19 (use
// conventional military force) for the acts of organised armed forces and
// 18 (use unconventional violence) for violence outside them: killings,
// shootings and attacks on civilians, towns or countries by no one named.
// The violent verbs and nouns of verbs.tsv ("killed", "attack", "shot")
// say 190 alone; where the coder found no one who did the act and its
// target is no armed force ("five civilians were killed", "an attack on
// the town"), the act is coded 180, use unconventional violence, in the
// codebook convention (PETRARCH codes such acts 190). So is such an act by
// a coded party that is neither a state organ nor an armed force
// ("villagers attacked the traders": force that needs no military
// organisation) and, on any target, by one person (loneDoer in events.go).
// The rows of data/recode-gathered.tsv and data/recode.tsv say so.
// Combat ("fighting", "clashes", "a battle") is a fight between armed
// sides by its meaning, so it stays 19 when neither side is named
// (!word:combat in the row).

// armedForce reports whether an actor code names an armed force (soldiers,
// police, rebels, insurgents, an armed group, spies: armed-agent in
// data/words): not a country alone.
func armedForce(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true // an international militarised group
	}
	for _, a := range armedAgents {
		if strings.Contains(code, a) {
			return true
		}
	}
	return false
}

// combatStems begin the words that name combat (combat in data/words).
var combatStems = own.Class("combat")

// injuryStems begin the verbs of injuring (injury in data/words): with no
// doer told, the outcome of an act rather than an act.
var (
	injuryStems   = own.Class("injury")
	lethalAdverbs = own.Class("lethal-adverb").Set()
)

// outcomeOnly reports whether an injury trigger t with no doer (no
// subject, no agent) tells only the outcome of an act: no means follows it
// ("injured in an explosion", "wounded when a shell landed": the means
// names the act), no adverb makes it a killing ("fatally wounded"), and
// its injured are no police (police hurt with no doer are a riot's
// casualties, riotCasualties in riot.go).
func (sc *sentCtx) outcomeOnly(t *trigger, tgt []int) bool {
	if t.end+1 < len(sc.lower) && meansOpeners[sc.lower[t.end+1]] {
		return false
	}
	if t.at > 0 && lethalAdverbs[sc.lower[t.at-1]] {
		return false
	}
	for _, k := range tgt {
		if k >= 0 && k < len(sc.actors) && strings.HasSuffix(sc.actors[k].Code, "COP") {
			return false
		}
	}
	return true
}
