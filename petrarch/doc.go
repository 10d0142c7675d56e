// Package petrarch reads the dictionaries of the PETRARCH and TABARI event
// coders (the Phoenix/PETRARCH-2 production set and the PETR.Validate test
// set): verbs with their patterns, actors with date-bounded codes, agents,
// discards and issues. It knows the file formats and nothing of the
// pipeline: stages that code events or actors load a dictionary here and
// match it against the document's own layers.
//
// Every reader takes an io.Reader and a name used in errors, and has a
// Load* twin taking a path. A malformed entry is an *Error naming
// file:line. Comments are removed everywhere: "#" to the end of a line,
// <!-- ... --> (also over lines) and, in the verb, agent and discard
// files, the legacy KEDS ";". Control bytes other than TAB (the
// production actor file has stray 0x1A bytes) are dropped and invalid
// UTF-8 becomes U+FFFD, which the files also carry; such words are kept
// and simply never match.
//
// # Verbs
//
// ReadVerbs / LoadVerbs return *Verbs:
//
//   - Synsets: "&NAME" followed by "+WORD OR PHRASE" lines (a member may be
//     another set, "+&TIETYPES"); Verbs.Expand(name) gives the phrases a
//     set stands for, nested sets expanded and regular plurals added
//     unless the label or the phrase ends in "_".
//   - Blocks: "--- NAME [CODE] ---", then verb lines, then patterns. A verb
//     line is "VERB {FORMS} [CODE]": "+" marks the verb inside a phrase
//     ("+BREAK_DOWN", "WIRE_+TAP"), {...} lists the forms (an empty {}
//     means the lemma only), else the regular English forms are made
//     (Inflect). A verb without its own code takes the block's
//     (Verb.OwnCode says which). Verbs.Lookup(word) finds the verbs one of
//     whose forms has that word as its verb.
//   - Patterns: "- ELEMENTS [CODE] # comment". Elements (Element, with its
//     ElemKind): a word, "&SET", "*" the verb, "$" the source, "+" the
//     target, "^" skip a noun phrase, "%" a compound actor; "(PREP ...)"
//     is a prepositional phrase (its first word is an ElemPrep element and
//     every element inside carries Prep), "{...}" a noun phrase
//     (NounPhrase); "_" joins two elements that must be consecutive words
//     (Joined on the second). Pattern.VerbAt gives the verb slot.
//   - Codes (Code): "[042]", the null "[---]", "[042:043]" (Event from
//     source to target, Reverse from target back to source), "[:173]".
//   - Transforms: the "~ a (a b ATTACK) SAY = a b 015" lines, read into
//     a framing verb's event over its complement's (Transform.Frame) and
//     the event coded instead; verb names get their dictionary codes at
//     load (an unknown name is an error). CodeUnder compares codes as
//     PETRARCH does.
//   - Warnings: patterns naming a synonym set the file never defines (the
//     production file has a few; PETRARCH ignores those patterns).
//
// Reading the patterns on a dependency parse (as UniversalPetrarch does;
// the matching itself belongs to the event stage): the verb slot is the
// clause's predicate, found by Verbs.Lookup on its form or lemma; elements
// before it stand on the subject side and elements after it in the
// predicate's dependents; a "(PREP ...)" group is an obl/nmod dependent
// whose case marker is PREP; a "{...}" group is one noun phrase (a head and
// its compound/amod dependents); "$" and "+" are the noun phrases that give
// the source and target; "%" a coordinated (conj) subject coded both ways;
// "^" a noun phrase skipped; Joined elements are adjacent tokens. Synonym
// sets stand for any of Verbs.Expand's phrases. Block.Code or Verb.Code is
// the code of the verb alone, Pattern.Code that of the whole pattern.
//
// # Actors
//
// ReadActors / LoadActors(paths...) return *Actors (several files merge in
// order). Each Actor has Names (the primary phrase, then "+" synonyms;
// a trailing "_" makes a name Exact: no plural), a default Code (on the
// primary line, or an undated "\t[CODE]" line) and Dated restrictions
// ("\t[CODE >YYMMDD]", "<YYMMDD", "YYMMDD-YYMMDD", also YYYYMMDD; two-digit
// years up to 30 are 20YY; ends inclusive). Actor.CodeOn(Date(t)) picks
// the code for an article's date (the null "---" is ""; CodeNear also
// gives a date outside every restriction the nearest one's code); Actors.Match(ws)
// finds the longest name at the beginning of a word sequence (words compare
// by Norm: case, accents and periods do not count); Actors.Extending finds
// the names that go on from a shorter one ("Ricardo Lagos" for
// RICARDO_LAGOS_ESCOBAR_). A code may name several actors, "FRO/BIL/SAM"
// (SplitCodes). The files'
// slips are warnings (Actors.Warnings): unreadable dates (the restriction
// is dropped), a bare date (read as ">"), notes after the codes without
// "#", stray brackets in a phrase.
//
// # Agents
//
// ReadAgents / LoadAgents return *Agents: "PHRASE {PLURALS} [~CODE]" or
// "[CODE~]", "!NAME! = A, B" substitution sets expanded ("POLICE!PERSON!"
// gives POLICEMAN, POLICEMEN...). Agents.Match(ws) finds the longest
// singular or plural form; Agent.Compose(actor) puts the code after the
// actor's ("~GOV": USA -> USAGOV) or before it ("NGO~").
//
// # Discards and issues
//
// ReadDiscards: one phrase a line, "+" for the whole story, a trailing "_"
// for a whole word (else the last word is a stem); Discards.Match(ws).
// ReadIssues: <ISSUE CATEGORY="..." TYPE="..."> blocks of "phrase [CODE]"
// lines ("n:" noun, "v:" verb, "+" blank or hyphen, "~" ignore phrases; a
// phrase without a code counts for its category), expanded to lower-case
// Phrases.
//
// The dictionaries are MIT-licensed (Open Event Data Alliance); see
// ../shared/peers/petrarch2/dictionaries/production/LICENSE and the NOTICE
// of any data derived from them.
package petrarch
