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
