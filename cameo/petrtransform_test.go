package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/syntax"
)

// transformVerbs is an invented verb dictionary with PETRARCH's
// production transformations.
const transformVerbs = `&WEAPON
+ROCKET
--- VERBAL [010] ---
SAY {SAYS SAID SAYING}
--- ALLEGE [110] ---
CLAIM
--- DEMAND [100] ---
WANT [030]
--- ATTEMPT [---] ---
ATTEMPT
TRY {TRIES TRIED TRYING}
--- MEET [040] ---
MEET {MEETS MET MEETING}
--- STRIKE [190] ---
STRIKE {STRIKES STRUCK STRIKING}
SHELL
KILL
- * REPORT [110]
--- ASSASSINATE [186] ---
ASSASSINATE
--- EASE [085] ---
EASE
--- APPEAL [020] ---
URGE
--- AID [070] ---
AID
--- RELEASE [084] ---
RELEASE
--- APPROVE [080] ---
RATIFY
- * TREATY [031]
- * TREATY [057]
--- LAUNCH [190] ---
LAUNCH
- &WEAPON * [183]
--- SUBMIT [---] ---
SUBMIT
- * DOSSIER [1124]
--- COMMIT [030] ---
COMMIT
- * (TO BLOCKADE) [163]
--- END [080] ---
END
- * BLOCKADE [085]
--- HOLD [---] ---
HOLD
- * BANNER [0841]
- * RALLY [141]
--- VISIT [042:043] ---
VISIT
~ a (a b ATTACK) SAY = a b 015
~ a (a b ATTACK) CLAIM = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (b . ATTACK) CLAIM = a b 112
~ a (a b Q) SAY = a b Q
~ a (_ b ATTACK) WANT = a b 138
~ a (b . ATTACK ) WANT = a b 021
~ a (_ b ASSASSINATE) ATTEMPT = a b 185
`

// transformDicts reads transformVerbs (with or without its "~" lines)
// and invented actors.
func transformDicts(t *testing.T, withTransforms bool) *PetrDicts {
	t.Helper()
	text := strings.ReplaceAll(transformVerbs, "ATTACK", "STRIKE")
	if !withTransforms {
		text = text[:strings.Index(text, "~")]
	}
	v, err := petrarch.ReadVerbs(strings.NewReader(text), "test verbs")
	if err != nil {
		t.Fatal(err)
	}
	a, err := petrarch.ReadActors(strings.NewReader("ZORVAN [ZOR]\nKELDA [KEL]\nMORLAND [MRL]\nTARSA [TRS]\nTAL_AMREV [KELGOV]\n"), "test actors")
	if err != nil {
		t.Fatal(err)
	}
	g, err := petrarch.ReadAgents(strings.NewReader("SOLDIER {SOLDIERS} [~MIL]\n"), "test agents")
	if err != nil {
		t.Fatal(err)
	}
	pd := &PetrDicts{Verbs: v, Actors: a, Agents: g}
	pd.Prepare()
	return pd
}

// TestPetrTransforms codes invented sentences whose framing verb the
// dictionary's transformations compose with the act its complement
// tells, under PETRARCH's convention only; with them, an act negated
// (a refusal) and an appeal for an act, as PETRARCH codes them.
func TestPetrTransforms(t *testing.T) {
	st, err := syntax.New()
	if err != nil {
		t.Fatal(err)
	}
	with, without := transformDicts(t, true), transformDicts(t, false)
	for _, c := range []struct {
		name string
		text string
		pd   *PetrDicts
		conv Convention
		want string // events "SRC TGT CODE" joined by "; "
	}{
		{"own attack claimed", "Zorvan said it would strike Kelda.", with, Petrarch, "ZOR KEL 015"},
		{"another's attack reported", "Zorvan said Kelda struck Morland.", with, Petrarch, "ZOR KEL 112"},
		{"another's attack alleged", "Zorvan claimed that Kelda had shelled Morland.", with, Petrarch, "ZOR KEL 112"},
		{"conjoined attacks alleged", "Zorvan claimed that Kelda had struck Morland and shelled Tarsa.", with, Petrarch, "ZOR KEL 112"},
		{"own act: the act", "Zorvan said it would meet Kelda.", with, Petrarch, "ZOR KEL 040"},
		{"another's act: no transformation", "Zorvan said Kelda would meet Morland.", with, Petrarch, "KEL MRL 040"},
		{"wanting to attack", "Zorvan wants to strike Kelda.", with, Petrarch, "ZOR KEL 138"},
		{"wanting another to attack", "Zorvan wants Kelda to strike Morland.", with, Petrarch, "ZOR KEL 021"},
		{"an attempt", "Zorvan tried to assassinate Tal Amrev.", with, Petrarch, "ZOR KELGOV 185"},
		{"a reporter after the clause frames nothing", "Kelda struck Morland, Zorvan said.", with, Petrarch, "KEL MRL 190"},
		// a negated act is its refusal where CAMEO has one, else no event
		{"a refusal", "Zorvan will not ease the blockade of Kelda.", with, Petrarch, "ZOR KEL 1244"},
		{"a refusal announced", "Zorvan said it would not ease the blockade of Kelda.", with, Petrarch, "ZOR KEL 1244"},
		{"an act not done", "Zorvan did not strike Kelda.", with, Petrarch, ""},
		// an appeal takes in the act it asks for
		{"an appeal for an act", "Zorvan urged Kelda to aid Morland.", with, Petrarch, "ZOR KEL 023"},
		// the one acted on by a reflexive; the agent of a passive on the
		// noun of the act
		{"a reflexive", "Zorvan said that Kelda had struck itself.", with, Petrarch, "ZOR KEL 112"},
		{"a passive's agent on its noun", "Zorvan said ten people were killed in a raid by Kelda.", with, Petrarch, "ZOR KEL 112"},
		// (a list of three subjects the parser split)
		{"a meeting of three", "Zorvan, Kelda, and Morland met yesterday.", with, Petrarch, "ZOR KEL 040; ZOR MRL 040; KEL ZOR 040; KEL MRL 040; MRL ZOR 040; MRL KEL 040"},
		// an agent on its actor's way up the phrase
		{"an agent inside a quantity", "Hundreds of Zorvan soldiers struck Kelda.", with, Petrarch, "ZORMIL KEL 190"},
		// a pattern written again: the last one, as PETRARCH keeps it
		{"a pattern written twice", "Zorvan ratified a treaty with Kelda.", with, Petrarch, "ZOR KEL 057"},
		{"a pattern written twice, codebook", "Zorvan ratified a treaty with Kelda.", with, Codebook, "ZOR KEL 031"},
		// the attribution a sentence ends with is no event
		{"an attribution", "Zorvan released a mayor of Kelda, a man jailed last year, Morland officials said on Monday.", with, Petrarch, "ZOR KEL 084"},
		// a statement whose clause tells no act is no event
		{"a statement of a state", "Zorvan says it holds clear proof.", with, Petrarch, ""},
		// an infinitive on a noun is the act the noun is about
		{"an act on a noun", "Zorvan faces pressure from Kelda to aid Morland.", with, Petrarch, ""},
		// a pattern does not read the words of a clause set beside
		{"a clause beside", "Zorvan shelled Kelda overnight, state media reported.", with, Petrarch, "ZOR KEL 190"},
		// the reverse of an act goes to the verb's own subject only
		{"a visit and its reverse", "Zorvan visited Kelda.", with, Petrarch, "ZOR KEL 042; KEL ZOR 043"},
		{"a visit planned: no reverse", "Zorvan hopes to visit Kelda.", with, Petrarch, "ZOR KEL 042"},
		{"a visit planned, codebook", "Zorvan hopes to visit Kelda.", with, Codebook, "ZOR KEL 042; KEL ZOR 043"},
		// a passive: no agent, the source where the act came from; the
		// pattern's words before the verb do not read the one acted on;
		// with no target it is anyone to a transformation
		{"a passive from a place", "Rockets were launched from Kelda at Morland.", with, Petrarch, "KEL MRL 190"},
		{"a passive reported", "Zorvan said rockets were launched from Kelda.", with, Petrarch, "ZOR KEL 112"},
		{"an active weapon", "The rocket launched at Morland.", with, Petrarch, ""},
		{"a passive in another's act", "Kelda soldiers were killed in a Zorvan raid.", with, Petrarch, "ZOR KELMIL 190"},
		{"a passive in a place, no one acted on", "Ten people were killed in Kelda.", with, Petrarch, ""},
		{"a passive's pattern on its subject", "A dossier on Zorvan was submitted by Kelda.", with, Petrarch, "KEL ZOR 1124"},
		{"the active pattern", "Kelda submitted a dossier on Zorvan.", with, Petrarch, "KEL ZOR 1124"},
		{"a passive's subject no pattern names", "A plan was submitted by Kelda.", with, Petrarch, ""},
		// a (...) phrase's preposition is no infinitive's "to"
		{"committed to the blockade", "Zorvan committed to the blockade of Kelda.", with, Petrarch, "ZOR KEL 163"},
		{"committed to end the blockade", "Zorvan committed to end the blockade of Kelda.", with, Petrarch, "ZOR KEL 0354"}, // (an intent to ease it)
		// of patterns as specific, the one whose words come first
		{"the first of two patterns", "Zorvan held a rally against Kelda, carrying a banner.", with, Petrarch, "ZOR KEL 141"},
		{"the first of two patterns, codebook", "Zorvan held a rally against Kelda, carrying a banner.", with, Codebook, "ZOR KEL 0841"},
		// an object that names only an agent takes the country of the
		// verb's phrase of where it is from
		{"an agent's country in the verb's phrase", "Zorvan aided soldiers from Kelda.", with, Petrarch, "ZOR KELMIL 070"},
		{"an agent's country in the verb's phrase, codebook", "Zorvan aided soldiers from Kelda.", with, Codebook, "ZOR ---MIL 070"},
		// a dateline before a colon is no subject
		{"a dateline", "TARSA CITY, Kelda Territories: Two farmers and one man were killed by Zorvan soldiers in the north on Friday evening, doctors said.", with, Petrarch, "ZORMIL --- 190"},
		{"a dateline, codebook", "TARSA CITY, Kelda Territories: Two farmers and one man were killed by Zorvan soldiers in the north on Friday evening, doctors said.", with, Codebook, "ZORMIL --- 190; TRS --- 010"},
		{"a passive from a place, codebook", "Rockets were launched from Kelda at Morland.", with, Codebook, ""},
		{"no transformations in the dictionary", "Zorvan said Kelda struck Morland.", without, Petrarch, "KEL MRL 190"},
		{"the codebook convention", "Zorvan said Kelda struck Morland.", with, Codebook, "ZOR KEL 010; KEL MRL 190"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parsed(t, st, c.text)
			var got []string
			for i := range d.Syntax.Sentences {
				evs, _ := c.pd.CodeSentence(d, i, 20100101, c.conv)
				for _, e := range evs {
					got = append(got, e.Source+" "+e.Target+" "+e.Code)
				}
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("%q: got %q, want %q", c.text, g, c.want)
			}
		})
	}
}
