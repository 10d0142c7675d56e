// Package quote finds who is quoted, paraphrased or said to believe, want
// or know something in an article: every attribution, a source, a cue and
// a content. Direct quotes (straight or curly double quotes, across
// paragraphs, broken by "he said") are read by their marks; the rest from
// the dependency parse (doc.Syntax, parse.go): a cue of the lexicon
// (data/lexicon.tsv: verbs, cue nouns with a light verb, phrases such as
// "according to", each of kind speech, writing, belief, intention or
// knowledge), its source (subject, agent, the object of the phrase) and
// its content (the clause, infinitive or object it governs, or the clause
// before an inverted "..., X said"). Speakers are noun phrases of the
// parse, pronouns and descriptions resolved in text order; from them come
// the article's sources, each classed as named, anonymous, institutional
// or media, with its role, affiliation and how many quotes it carries.
package quote

import (
	_ "embed"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
	"github.com/dragoman/dragoman/token"
	"github.com/dragoman/dragoman/words"
)

//go:embed data/cues.tsv
var cuesTSV string

// Stage is the quote and source pipeline stage.
type Stage struct {
	// Cues maps cue verb forms to their lemma: the speech verbs of package
	// words, and any cue lines of data/cues.tsv.
	Cues map[string]string
	// anonymous role words ("official", "source") and institutional ones
	// ("spokesperson", "statement").
	anon, inst map[string]bool
	// Lex is the attribution cue lexicon (data/lexicon.tsv).
	Lex *Lexicon
	// ments are the body's entity mentions by start, for the document
	// being processed
	ments []mentionAt
}

// mentionAt is an entity mention: its span and its entity's index.
type mentionAt struct {
	doc.Span
	e int
}

// New loads the cue verbs and source words.
func New() (*Stage, error) {
	cues, anon, inst, err := LoadCues(strings.NewReader(cuesTSV), "quote/data/cues.tsv")
	if err != nil {
		return nil, err
	}
	speech := words.Get("speech")
	for _, w := range speech.Words() {
		if _, ok := cues[w]; !ok {
			cues[w] = speech.Attr(w, "lemma")
		}
	}
	if len(cues) == 0 {
		return nil, fmt.Errorf("quote: no cue verbs")
	}
	lex, err := LoadLexicon(strings.NewReader(lexiconTSV), "quote/data/lexicon.tsv")
	if err != nil {
		return nil, err
	}
	return &Stage{Cues: cues, anon: anon, inst: inst, Lex: lex}, nil
}

// LoadCues reads the cue file: the role words, "anonymous<TAB>role<TAB>word|word"
// and "institutional<TAB>role<TAB>word|word", and cue verbs beyond the
// shared speech verbs, "cue<TAB>lemma<TAB>form|form…".
func LoadCues(r io.Reader, name string) (cues map[string]string, anon, inst map[string]bool, err error) {
	cues, anon, inst = map[string]string{}, map[string]bool{}, map[string]bool{}
	err = tsv.Each(r, name, 3, func(_ int, f []string) error {
		words := strings.Split(f[2], "|")
		for _, w := range words {
			if w == "" || w != strings.ToLower(w) {
				return fmt.Errorf("form %q must be a lower-case word", w)
			}
		}
		switch f[0] {
		case "cue":
			for _, w := range words {
				cues[w] = f[1]
			}
		case "anonymous":
			for _, w := range words {
				anon[w] = true
			}
		case "institutional":
			for _, w := range words {
				inst[w] = true
			}
		default:
			return fmt.Errorf("kind %q is not cue, anonymous or institutional", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return cues, anon, inst, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "quote" }

// qspan is a direct quote found in the text.
type qspan struct {
	open, close int // byte offsets of the marks; close = -1 while open
	para        int
}

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	st := *s // per-document state: the stage itself stays safe for concurrent use
	for i := range d.Entities {
		for _, m := range d.Entities[i].Mentions {
			if m.In == "" {
				st.ments = append(st.ments, mentionAt{m.Span, i})
			}
		}
	}
	sort.SliceStable(st.ments, func(i, j int) bool { return st.ments[i].Start < st.ments[j].Start })
	return st.process(d)
}

// item is a quote on its way to the document: its speaker before
// resolution, and the parse's attribution it came from.
type item struct {
	q    doc.Quote
	sp   speaker
	has  bool // sp holds the speaker's words
	cont bool // a quote with no attribution of its own: the previous speaker's
	pa   *attr
	also bool // only a second source of the attribution before it
}

func (s *Stage) process(d *doc.Document) error {
	direct := findDirect(d)
	parsed := s.parseAttributions(d)
	used := make([]bool, len(parsed))
	var items []item
	// Direct and mixed quotes.
	for i, q := range direct {
		sent := sentenceOf(d, q.open)
		content := doc.Span{Start: q.open, End: q.close + closeLen(d.Text, q.close)}
		words := countWords(d.Text[q.open:q.close])
		cue, sp, ok := s.attributeDirect(d, sent, q, direct)
		kind := "direct"
		if embedded(d.Text, sent, q) {
			kind = "mixed"
		}
		// The parse's attribution of the quote, when it shows one: a cue
		// outside the quote whose content is mostly the quote.
		var pa *attr
		if k := matchParsed(parsed, used, content); k >= 0 && (words >= 3 || ok) {
			pa, used[k] = &parsed[k], true
			if !ok || cue == "" {
				cue = pa.lemma
			}
		}
		switch {
		case ok:
			// the words around the quote name its speaker: as a phrase of the parse
			sp, ok = s.normalize(d, sp)
			if ok && sp.kind == "unknown" && !strings.HasPrefix(sp.key, "pronoun:") && cue != "" && !s.agentLike(d, sp.span) {
				sp, ok = speaker{}, false // "several times", "one day": no one
			}
		case pa != nil && pa.src >= 0:
			sp, ok = pa.sp, true
		}
		if words < 3 && pa == nil && !ok {
			continue // scare quotes, a title
		}
		if words >= 2 && isTitle(d.Text[q.open+utf8.RuneLen([]rune(d.Text[q.open:min(len(d.Text), q.open+utf8.UTFMax)])[0]):q.close]) {
			continue // a title ("The Old Man and the Sea"), not a quotation
		}
		it := item{q: doc.Quote{Text: d.Text[content.Start:content.End], Span: content, Kind: kind, Cue: cue}, sp: sp, has: ok, pa: pa}
		// A paragraph of quoted words with no attribution of its own
		// continues the previous speaker.
		it.cont = !ok && pa == nil && i > 0
		items = append(items, it)
	}
	// Reported speech, beliefs and intentions the parse shows, beyond the
	// direct quotes.
	for k := range parsed {
		if used[k] {
			continue
		}
		a := &parsed[k]
		has := a.src >= 0
		items = append(items, item{q: doc.Quote{Text: d.Text[a.content.Start:a.content.End], Span: a.content, Kind: "indirect", Cue: a.lemma},
			sp: a.sp, has: has, pa: a, also: a.also})
	}
	items = mergeMixed(items)
	// Speakers are resolved in text order: a pronoun or a description
	// refers back to the speakers before it.
	sort.SliceStable(items, func(i, j int) bool { return items[i].q.Start < items[j].q.Start })
	var speakers, quoted []speaker // all speakers, and direct quotes' speakers
	var quotedAt []doc.Span        // the direct quotes those speak
	base := len(d.Quotes)
	for _, it := range items {
		q := it.q
		if it.cont {
			if prev := lastSpeakerBefore(quoted, q.Start); prev != nil {
				it.sp, q.Cue, it.has = *prev, prev.cue, true
			}
		}
		if it.has {
			var sp speaker
			if k := len(quotedAt) - 1; k >= 0 && it.pa != nil && firstPerson(it.sp.key) && it.pa.cue.Start >= quotedAt[k].Start && it.pa.cue.End <= quotedAt[k].End {
				// "“I think ...”, X said": I is the quote's speaker
				sp = quoted[k]
				sp.span = it.sp.span
			} else {
				sp = s.resolve(d, it.sp, speakers)
			}
			sp.cue = q.Cue
			speakers = append(speakers, sp)
			if q.Kind != "indirect" {
				quoted, quotedAt = append(quoted, sp), append(quotedAt, q.Span)
			}
			q.Speaker = sp.toDoc()
		}
		if q.Kind == "mixed" && q.Speaker == nil && q.Cue == "" {
			continue // quoted words inside a sentence no one is said to say: a term, not a quotation
		}
		if it.also {
			continue // its speaker counts among the sources; the quote is the first source's
		}
		if a := it.pa; a != nil {
			cs, kind := a.cue, a.kind
			q.CueSpan, q.CueKind = &cs, kind
		}
		d.Quotes = append(d.Quotes, q)
	}
	nest(d.Quotes[base:], base)
	d.Sources = append(d.Sources, s.sources(d, speakers)...)
	return nil
}

// lastSpeakerBefore is the speaker of the latest quote before at (direct
// quotes are attributed in text order).
func lastSpeakerBefore(sps []speaker, at int) *speaker {
	for i := len(sps) - 1; i >= 0; i-- {
		if sps[i].span.Start < at {
			return &sps[i]
		}
	}
	if len(sps) > 0 {
		return &sps[len(sps)-1] // an inverted attribution after the quote
	}
	return nil
}

func closeLen(text string, at int) int {
	if at < len(text) {
		_, n := utf8.DecodeRuneInString(text[at:])
		return n
	}
	return 0
}

// findDirect pairs quote marks within body paragraphs. A quote left open
// at a paragraph's end continues when the next paragraph opens with a
// quote mark; otherwise it is dropped (a quote ends at a line break).
func findDirect(d *doc.Document) []qspan {
	var out []qspan
	var pending *qspan
	for pi, p := range d.Body {
		t := d.Text[p.Start:p.End]
		if pending != nil {
			r, _ := utf8.DecodeRuneInString(t)
			if r != '“' && r != '"' {
				pending = nil
			} else {
				out = append(out, qspan{open: pending.open, close: p.Start - 1, para: pending.para})
				pending = nil
			}
		}
		var open = -1
		for i, r := range t {
			at := p.Start + i
			// Wire copy closes with two right single quotes (’’).
			if r == '’' && open >= 0 && strings.HasPrefix(t[i:], "’’") {
				out = append(out, qspan{open: open, close: at, para: pi})
				open = -1
				continue
			}
			switch r {
			case '“':
				if open < 0 {
					open = at
				}
			case '”':
				if open >= 0 {
					out = append(out, qspan{open: open, close: at, para: pi})
					open = -1
				}
			case '"':
				if open < 0 {
					if opensQuote(d.Text, at) {
						open = at
					}
				} else {
					out = append(out, qspan{open: open, close: at, para: pi})
					open = -1
				}
			}
		}
		if open >= 0 {
			pending = &qspan{open: open, close: -1, para: pi}
		}
	}
	// A paragraph-spanning quote is recorded up to its paragraph's end.
	for i := range out {
		if out[i].close < out[i].open {
			out[i].close = out[i].open
		}
	}
	return out
}

// opensQuote: a straight mark opens when followed by a letter or digit.
func opensQuote(text string, at int) bool {
	if at+1 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[at+1:])
	return !unicode.IsSpace(r)
}

func countWords(s string) int { return len(strings.Fields(s)) }

// isTitle reports whether every word is capitalised (a book or film title).
func isTitle(s string) bool {
	s = strings.Trim(s, " ,.!?\"“”")
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if nameInner.Has(lw) {
			continue
		}
		if !token.IsCapitalised(w) {
			return false
		}
	}
	return !strings.ContainsAny(s, ".!?")
}

func sentenceOf(d *doc.Document, at int) doc.Span {
	// the sentences are in order and apart: the first that ends after at
	if k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > at }); k < len(d.Sentences) && at >= d.Sentences[k].Start {
		return d.Sentences[k]
	}
	for _, p := range d.Body {
		if at >= p.Start && at < p.End {
			return p
		}
	}
	return doc.Span{Start: at, End: at}
}

// embedded reports whether a quote sits inside a reported clause ("want
// revenge “and they aren’t going to give up,”"): words before it in its
// sentence that are not an attribution ending in a colon or comma.
func embedded(text string, sent doc.Span, q qspan) bool {
	before := strings.TrimSpace(text[sent.Start:max(sent.Start, q.open)])
	if before == "" {
		return false
	}
	return !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ":")
}

// DataDigest is a short digest of the built-in cue and word lists
// (data/*.tsv).
func DataDigest() string { return digest.Strings(cuesTSV, wordsTSV) }

// firstPerson reports whether a speaker is "I" or "we".
func firstPerson(key string) bool { return key == "pronoun:i" || key == "pronoun:we" }

// mergeMixed makes a reported clause that holds quoted words ("he had
// “no interest” in running GM") one mixed quote: the quoted words inside
// it are not a quote of their own.
func mergeMixed(items []item) []item {
	drop := make([]bool, len(items))
	for i := range items {
		in := &items[i]
		if in.q.Kind != "mixed" || in.pa != nil {
			continue
		}
		for j := range items {
			out := &items[j]
			if out.q.Kind != "indirect" || out.also || out.pa == nil || out.pa.kind != "speech" && out.pa.kind != "writing" ||
				in.q.Start < out.q.Start || in.q.End > out.q.End+len("”") || out.pa.cue.Start >= in.q.Start && out.pa.cue.End <= in.q.End {
				continue
			}
			out.q.Kind, drop[i] = "mixed", true
			if out.q.End < in.q.End {
				out.q.End = in.q.End
			}
			break
		}
	}
	kept := items[:0]
	for i, it := range items {
		if !drop[i] {
			kept = append(kept, it)
		}
	}
	return kept
}
