// Package timex finds time expressions (dates, times, durations, sets) and
// resolves them to TIMEX3-style values against the article's publication
// date, with the tense of the clause deciding between past and future
// readings ("in March", read in December, is last March in past-tense
// reporting and next March in future-tense reporting).
//
// It reads the document's syntax layer: its tokens (each cut into the
// pieces the rules read, see pieces), and its parse, from which the tense,
// aspect and mood of the clause an expression attaches to are read
// (clause.go), and which tells where a four-digit number can be a year.
// An expression tied to the story's time ("the next year", "two days
// later") is resolved from the last date the body told (Story). Tokens
// without a parse (a caller without the syntax stage) fall back to the
// tense words near the expression (tenseAround).
//
// The vocabulary (rules/lexicon.tsv) and the patterns (rules/patterns.tsv)
// are data, validated at load; each pattern names a normaliser written in
// normalize.go.
package timex

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dragoman/dragoman/calendar"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// Expression is one time expression found in a text.
type Expression struct {
	doc.Span
	Text     string
	Type     string
	Value    string // "" when unknown
	Mod      string
	From, To string
	Rule     string
	Relative bool // resolved against the reference date
	Tense    int  // -1 past, 0 unknown, 1 future
	Subject  string
	// Story is the value of the story's date the expression was resolved
	// from ("the next year" after "in August 2016": 2016-08), "" when it
	// was resolved from the reference date or needs none.
	Story string

	ta, tb int  // the expression's tokens in its sentence
	narr   bool // tied to the story's time ("the next day")
	clock  bool // a clock time alone, on the reference's (or story's) day
	aside  bool // told in a relative clause: background, not the story's time
}

// Tagger finds and normalises time expressions.
type Tagger struct {
	rules *Rules
	toks  sync.Pool // *[]token: tagSentence's tokens, reused
	// matches remembers the patterns' matches on a stretch of class
	// letters (segMatches), which recur from sentence to sentence; at
	// most maxSegments are kept
	matches  sync.Map // string -> []segMatch
	segments atomic.Int64
}

// segMatch is one pattern's match in a stretch of class letters: its
// token range within the stretch and the pattern's index.
type segMatch struct{ a, b, pat int32 }

// maxSegments bounds the stretches whose matches a Tagger remembers.
const maxSegments = 1 << 14

// segMatches are the patterns' matches in a stretch of class letters, in
// the order the patterns are listed: the patterns that name none of the
// stretch's interesting letters are not run (a match needs one).
func (tg *Tagger) segMatches(sub string) []segMatch {
	if v, ok := tg.matches.Load(sub); ok {
		return v.([]segMatch)
	}
	var m4 [4]uint64
	for i := 0; i < len(sub); i++ {
		if c := sub[i]; interesting[c] {
			m4[c/64] |= 1 << (c % 64)
		}
	}
	var out []segMatch
	for pi, p := range tg.rules.patterns {
		if p.anchors != ([4]uint64{}) && p.anchors[0]&m4[0] == 0 && p.anchors[1]&m4[1] == 0 && p.anchors[2]&m4[2] == 0 && p.anchors[3]&m4[3] == 0 {
			continue
		}
		for _, m := range p.re.FindAllStringIndex(sub, -1) {
			out = append(out, segMatch{int32(m[0]), int32(m[1]), int32(pi)})
		}
	}
	if tg.segments.Load() < maxSegments {
		if _, loaded := tg.matches.LoadOrStore(strings.Clone(sub), out); !loaded {
			tg.segments.Add(1)
		}
	}
	return out
}

// NewTagger returns a tagger with the built-in rules.
func NewTagger() (*Tagger, error) {
	r, err := DefaultRules()
	if err != nil {
		return nil, err
	}
	return &Tagger{rules: r}, nil
}

// interesting classes: a sentence without any of them has no expression.
var interesting = [256]bool{'M': true, 'W': true, 'Y': true, 'U': true, 'X': true, 'K': true,
	'G': true, 'E': true, 'S': true, 'H': true, 'C': true, 'I': true, 'L': true, 'y': true, 'k': true}

// Tag finds the expressions in text[start:end] (one sentence), resolving
// relative ones against ref when hasRef. The sentence is tokenized by
// package syntax/tokenize, as the syntax stage does; the pipeline's stage
// reads the layer instead (TagTokens).
func (tg *Tagger) Tag(text string, start, end int, ref time.Time, hasRef bool) []Expression {
	return tg.TagTokens(text, tokenize.Sentence(text, start, end, nil), ref, hasRef)
}

// TagTokens finds the expressions in one sentence of tokens, whose spans
// point into text and whose heads, when parsed, count from syn[0], without
// a story (see TagSentence).
func (tg *Tagger) TagTokens(text string, syn []doc.Token, ref time.Time, hasRef bool) []Expression {
	return tg.TagSentence(Sentence{Text: text, Tokens: syn, First: 0}, ref, hasRef, nil)
}

// TagSentence finds the expressions in one sentence, resolving relative
// ones against ref when hasRef, and those tied to the story's time ("the
// next year", "two days later") against the story's, when st knows it
// precisely enough. It does not move the story: the caller tells it the
// expressions it keeps, in order (Story.Tell).
func (tg *Tagger) TagSentence(sen Sentence, ref time.Time, hasRef bool, st *Story) []Expression {
	out := clocksOnTheDay(tg.tagSentence(sen, ref, hasRef, st, nil))
	if rep := reportedRefs(newParse(sen), out); rep != nil {
		out = clocksOnTheDay(tg.tagSentence(sen, ref, hasRef, st, rep))
	}
	if st == nil {
		return out
	}
	// A date told earlier in the same sentence is the story's time for
	// an expression tied to it ("said on Tuesday that the talks would
	// resume the next day"): the sentence is read again with the story
	// told up to the first such expression.
	for i, e := range out {
		if !e.narr {
			continue
		}
		local := *st
		told := false
		for _, p := range out[:i] {
			before := local.value
			local.Tell(p)
			told = told || local.value != before
		}
		if told {
			return tg.tagSentence(sen, ref, hasRef, &local, reportedRefs(newParse(sen), out))
		}
		break
	}
	return out
}

// clocksOnTheDay puts a clock time told without a day on the day the
// sentence tells, when it tells exactly one ("made its first flight
// Tuesday at 18:00 UTC", "at 09:40 UTC, March 3rd").
func clocksOnTheDay(out []Expression) []Expression {
	day := ""
	for _, e := range out {
		if e.Type != "DATE" || len(e.Value) != 10 {
			continue
		}
		if _, ok := calendar.ParseDate(e.Value); !ok {
			continue
		}
		if day != "" && day != e.Value {
			return out // two days: which one is not told
		}
		day = e.Value
	}
	if day == "" {
		return out
	}
	for i := range out {
		if out[i].clock && len(out[i].Value) > 10 && out[i].Value[10] == 'T' {
			out[i].Value = day + out[i].Value[10:]
		}
	}
	return out
}

// tagSentence tags one sentence; reported, when not nil, gives the
// reference of an expression (by its first byte) in reported speech: the
// day of the reporting verb.
func (tg *Tagger) tagSentence(sen Sentence, ref time.Time, hasRef bool, st *Story, reported map[int]string) []Expression {
	text, syn := sen.Text, sen.Tokens
	if len(syn) == 0 {
		return nil
	}
	pa := newParse(sen)
	buf, _ := tg.toks.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	// No expression keeps the tokens (only their indices): the slice
	// they end in goes back to the pool.
	toks := fromLayer(text, syn, slices.Grow((*buf)[:0], len(syn)+len(syn)/4+4))
	defer func() {
		*buf = toks[:0]
		tg.toks.Put(buf)
	}()
	refYear := 0
	if hasRef {
		refYear = ref.Year()
	}
	toks = tg.rules.classify(toks, refYear)
	toks = pa.numbersInContext(toks)
	cls := make([]byte, len(toks))
	var mask [4]uint64
	for i, t := range toks {
		cls[i] = t.class
		if interesting[t.class] {
			mask[t.class/64] |= 1 << (t.class % 64)
		} else if t.class == 'D' && len(t.text) > 2 && !isDigitAt(t.text, len(t.text)-1) {
			mask['D'/64] |= 1 << ('D' % 64) // "on the 21st"
		}
	}
	if mask == ([4]uint64{}) {
		return nil
	}
	s := string(cls)
	type cand struct{ a, b, pat int }
	var cands []cand
	// No pattern matches more than two 'o' (other) tokens in a row, so the
	// patterns run on each stretch between long runs of them, and only
	// on a stretch holding a letter a pattern can be anchored on: most of
	// a sentence is never read by the regular expressions.
	for _, seg := range stretches(cls) {
		var m4 [4]uint64
		for _, c := range cls[seg[0]:seg[1]] {
			if interesting[c] || c == 'D' {
				m4[c/64] |= 1 << (c % 64)
			}
		}
		m4[0], m4[1], m4[2], m4[3] = m4[0]&mask[0], m4[1]&mask[1], m4[2]&mask[2], m4[3]&mask[3]
		if m4 == ([4]uint64{}) {
			continue
		}
		// (the stretch's interesting letters are all in mask: which
		// patterns run depends on the stretch alone)
		for _, m := range tg.segMatches(s[seg[0]:seg[1]]) {
			cands = append(cands, cand{seg[0] + int(m.a), seg[0] + int(m.b), int(m.pat)})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].b-cands[i].a, cands[j].b-cands[j].a
		if li != lj {
			return li > lj
		}
		if cands[i].a != cands[j].a {
			return cands[i].a < cands[j].a
		}
		return cands[i].pat < cands[j].pat
	})
	used := make([]bool, len(toks))
	var out []Expression
	for _, c := range cands {
		free := true
		for k := c.a; k < c.b; k++ {
			if used[k] {
				free = false
				break
			}
		}
		p := tg.rules.patterns[c.pat]
		if !free || pluralWeekday(toks[c.a:c.b]) && p.name != "weekdays-counted" {
			continue // "on Sundays" is no date; "two Sundays from now" is
		}
		cx := &ctx{ref: ref, hasRef: hasRef}
		aside := false
		if pa.parsed {
			cx.tense = pa.tenseOf(toks[c.a].lt, pa.lastLayer(toks[c.b-1]))
			aside = pa.inRelative(toks[c.a].lt, pa.lastLayer(toks[c.b-1]))
			if c.a > 0 && bounds.Attr(toks[c.a-1].lower, "edge") == "to" &&
				(cx.tense == unknown || pa.stillTrue(toks[c.a].lt, toks[c.a].lt)) {
				cx.tense = future // "closed until Friday", "has kept them closed until Friday": a stretch runs ahead
			}
		} else {
			cx.tense = tenseAround(toks, c.a, c.b)
		}
		if c.a > 0 {
			cx.prev = toks[c.a-1].lower
		}
		narr := narrativeAt(toks, c.a, c.b, cx.prev)
		storyValue := ""
		if st != nil {
			storyValue = st.value
		}
		if v, ok := reported[toks[c.a].start]; ok {
			if t, err := time.Parse("2006-01-02", v); err == nil {
				cx.ref, cx.hasRef, cx.story, storyValue = t, true, true, v
			}
		} else if narr {
			if t, ok := st.refFor(unitOf(toks[c.a:c.b])); ok {
				cx.ref, cx.hasRef, cx.story = t, true, true
			}
		}
		bareClock := p.name == "clock" && hasRef && classAt(toks[c.a:c.b], 'X') < 0 && classAt(toks[c.a:c.b], 'W') < 0
		if bareClock && !narr {
			// a clock time alone is on the story's day, when the story
			// is at a day of the week around the reference ("On Tuesday
			// the plane took off at 18:00 UTC")
			if t, ok := st.refFor("D"); ok && t.Sub(ref) <= 7*24*time.Hour && ref.Sub(t) <= 7*24*time.Hour {
				cx.ref, cx.story = t, true
			}
		}
		if c.b < len(toks) {
			cx.next = toks[c.b].lower
		}
		if anniversaryAfter(toks, c.b) && cx.tense != past {
			cx.tense = future
		}
		res, ok := p.norm(cx, toks[c.a:c.b])
		if !ok {
			continue
		}
		for k := c.a; k < c.b; k++ {
			used[k] = true
		}
		typ := p.typ
		if res.typ != "" {
			typ = res.typ
		}
		// "will meet in two weeks": a point ahead, not a length of time
		if typ == "DURATION" && hasRef && (cx.tense == future || cx.tense != past && (unitsTime(toks, c.b) || isAhead(toks, c.a))) && c.a > 0 && aheadIn.Has(toks[c.a-1].lower) {
			if v, mod, ok := ahead(res.value, collect(toks[c.a:c.b]).unit, ref); ok {
				typ, res.value, res.mod, res.relative = "DATE", v, mod, true
			}
		}
		e := Expression{Span: doc.Span{Start: toks[c.a].start, End: toks[c.b-1].end}, Type: typ, Value: res.value,
			Mod: res.mod, From: res.from, To: res.to, Rule: p.name, Relative: res.relative, Tense: cx.tense, ta: c.a, tb: c.b}
		e.narr, e.clock, e.aside = narr, bareClock, aside
		if cx.story && res.relative && res.value != "" {
			e.Story = storyValue
		}
		e.Text = text[e.Start:e.End]
		if c.a > 0 {
			switch bounds.Attr(toks[c.a-1].lower, "edge") {
			case "to":
				if e.To == "" {
					e.To = e.Value
				}
			case "from":
				if e.From == "" {
					e.From = e.Value
				}
			}
		}
		if anniversaryAfter(toks, c.b) {
			e.Subject = anniversarySubject(text, toks, c.b)
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return combine(text, toks, out, ref, hasRef)
}

// pluralWeekday reports whether a weekday is written in the plural.
func pluralWeekday(toks []token) bool {
	for _, t := range toks {
		if t.class == 'W' && strings.HasSuffix(t.lower, "days") {
			return true
		}
	}
	return false
}

// isAhead reports whether "is" or "are" stands right before the "in" of
// a duration: "the vote is in two weeks" names a point ahead, where "the
// highest in two years" names a stretch.
func isAhead(toks []token, a int) bool {
	return a >= 2 && copulaNow.Has(toks[a-2].lower)
}

// unitsTime reports whether "'s time" or "' time" follows a duration: "in
// a fortnight's time", "in two years' time" name a point ahead whatever
// the tense.
func unitsTime(toks []token, b int) bool {
	if b >= len(toks) || toks[b].text != "'" && toks[b].text != "’" {
		return false
	}
	k := b + 1
	if k < len(toks) && decadeS.Has(toks[k].lower) {
		k++
	}
	return k < len(toks) && unitsTimes.Has(toks[k].lower)
}

func anniversaryAfter(toks []token, b int) bool {
	return b < len(toks) && anniversaries.Has(toks[b].lower)
}

// anniversarySubject reads "of the US' killing of Iranian Gen. Qasem
// Soleimani" after "anniversary": up to a clause break.
func anniversarySubject(text string, toks []token, b int) string {
	i := b + 1
	if i >= len(toks) || !partOf.Has(toks[i].lower) {
		return ""
	}
	i++
	start := i
	end := i
	for ; i < len(toks) && i-start < 14; i++ {
		if subjectEnd.Has(toks[i].lower) {
			i = len(toks)
			continue
		}
		switch toks[i].lower {
		case ".":
			// an abbreviation's period ("Gen.") does not end the subject
			if i+1 < len(toks) && startsUpper(toks[i+1].text) && toks[i-1].class == 'o' && len(toks[i-1].lower) <= 4 {
				end = i + 1
				continue
			}
			i = len(toks)
			continue
		}
		end = i + 1
	}
	if end <= start {
		return ""
	}
	return strings.TrimSpace(text[toks[start].start:toks[end-1].end])
}

// tenseAround reads the tense near tokens [a, b): the nearest tense marker
// within the clause wins, a future marker winning a tie.
func tenseAround(toks []token, a, b int) int {
	best, bestD := unknown, 1<<30
	look := func(i, d int) bool {
		t := toks[i]
		if t.lower == ";" || t.lower == "“" || t.lower == "”" || t.lower == "\"" {
			return false
		}
		w := t.lower
		switch {
		case t.class == 'M':
			// "May" the month is not the modal.
		case i > 0 && passiveBe.Has(toks[i-1].lower) && (pastWords.Has(w) || isPastParticiple(w)):
			// "will be held", "is to be signed": a passive ahead
			if d < bestD || d == bestD && best != future {
				best, bestD = future, d
			}
		case futureWords.Has(w) || hasSuffixIn(w, futureClitics): // "we'll", "they’ll"
			if d < bestD || d == bestD && best != future {
				best, bestD = future, d
			}
		case (pastWords.Has(w) || isPastParticiple(w)) && !(i > 0 && conditions.Has(toks[i-1].lower)):
			// ("if needed", "unless required": no past)
			if d < bestD {
				best, bestD = past, d
			}
		}
		return true
	}
	for i, d := a-1, 1; i >= 0 && d <= 12; i, d = i-1, d+1 {
		if !look(i, d) {
			break
		}
	}
	for i, d := b, 1; i < len(toks) && d <= 10; i, d = i+1, d+1 {
		if !look(i, d) {
			break
		}
	}
	return best
}

// isPastParticiple guesses regular past forms: "announced", "ordered".
func isPastParticiple(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	return !notPast.Has(w)
}

// ahead gives the day a whole-unit duration after the reference, as
// pointFrom counts it: P2W read on 2018-07-05 is 2018-07-19, P2Y is about
// 2020-07-05; unit BD (business days, written P4D) counts weekdays.
func ahead(duration, unit string, ref time.Time) (string, string, bool) {
	n, whole, ok := wholeUnits(duration)
	if !ok || n > 100 {
		return "", "", false
	}
	if unit != "BD" {
		unit = whole
	}
	v, mod := pointFrom(ref, unit, n)
	return v, mod, v != ""
}

// stretches cuts a sentence's token classes into [start, end) stretches
// at every run of five or more 'o' (other) tokens: no pattern matches more
// than two of them in a row, so a match lies within one stretch, each of
// which keeps two of a run's 'o' at either end.
func stretches(cls []byte) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(cls); {
		if cls[i] != 'o' {
			i++
			continue
		}
		j := i
		for j < len(cls) && cls[j] == 'o' {
			j++
		}
		if j-i >= 5 {
			if i+2 > start {
				out = append(out, [2]int{start, i + 2})
			}
			start = j - 2
		}
		i = j
	}
	if start < len(cls) {
		out = append(out, [2]int{start, len(cls)})
	}
	return out
}
