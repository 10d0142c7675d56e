package cameo

import (
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// docIndex holds, for each sentence of a document, the earlier stages'
// findings that overlap it, in document order: the event coder then reads
// only its sentence's time expressions, quotes and place mentions, and its
// cost grows with the document's length, not with its square.
type docIndex struct {
	times  [][]int // indexes into d.Times
	quotes [][]int // indexes into d.Quotes
	places [][]placeMention
	views  []*sentView // made on first use, by sentence
}

// sentView is a sentence's view tokens, their lower-case forms and its
// parse, made once for the built-in coder and the fallback.
type sentView struct {
	toks  []token.Token
	lower []string
	parse *parse
}

// view returns sentence i's view (sent is its span).
func (ix *docIndex) view(d *doc.Document, sent doc.Span, i int) *sentView {
	if ix.views == nil {
		ix.views = make([]*sentView, len(ix.times))
	}
	if v := ix.views[i]; v != nil {
		return v
	}
	toks := token.In(d, sent)
	v := &sentView{toks: toks, lower: make([]string, len(toks))}
	for k, t := range toks {
		v.lower[k] = strings.ToLower(t.Text(d.Text))
	}
	v.parse = newParse(d, sent, toks)
	// a modal the tagger reads as a name ("Will Jenkins") keeps its
	// capital, so no list of modal or function words reads it
	for k := range toks {
		if j := v.parse.synAt(k); j >= 0 && modals[v.lower[k]] && v.parse.syn[j].XPOS == "NNP" {
			v.lower[k] = toks[k].Text(d.Text)
		}
	}
	ix.views[i] = v
	return v
}

// placeMention is a mention of a place's entity.
type placeMention struct {
	place *doc.Place
	span  doc.Span
}

// newIndex indexes d's time expressions, quotes and place mentions by the
// sentences sents.
func newIndex(d *doc.Document, sents []doc.Span) *docIndex {
	ix := &docIndex{
		times:  bySentence(sents, len(d.Times), func(i int) doc.Span { return bodySpan(d.Times[i].Span, d.Times[i].In) }),
		quotes: bySentence(sents, len(d.Quotes), func(i int) doc.Span { return d.Quotes[i].Span }),
	}
	// place mentions in the order eventPlace weighs them: by place, then
	// by entity, then by mention
	byID := map[string][]int{}
	for i := range d.Entities {
		byID[d.Entities[i].ID] = append(byID[d.Entities[i].ID], i)
	}
	var pms []placeMention
	for i := range d.Places {
		for _, e := range byID[d.Places[i].Entity] {
			for _, m := range d.Entities[e].Mentions {
				if m.In == "" { // not the headline's, whose offsets are not the text's
					pms = append(pms, placeMention{&d.Places[i], m.Span})
				}
			}
		}
	}
	at := bySentence(sents, len(pms), func(i int) doc.Span { return pms[i].span })
	ix.places = make([][]placeMention, len(sents))
	for s, is := range at {
		for _, i := range is {
			ix.places[s] = append(ix.places[s], pms[i])
		}
	}
	return ix
}

// bodySpan is sp when it is an offset into the text (in is ""), else a
// span in no sentence (a negative one): a headline's time expressions and mentions
// (in "headline") have offsets into the headline.
func bodySpan(sp doc.Span, in string) doc.Span {
	if in != "" {
		return doc.Span{Start: -1, End: -1}
	}
	return sp
}

// bySentence lists, for each sentence, the items (0..n-1, spans given by
// span) that overlap it, in item order. Sentences in order and apart (as
// segment makes them) are found by binary search; others by a scan.
func bySentence(sents []doc.Span, n int, span func(int) doc.Span) [][]int {
	out := make([][]int, len(sents))
	ordered := apart(sents)
	for i := 0; i < n; i++ {
		sp := span(i)
		if sp.Start < 0 {
			continue // in no sentence
		}
		if !ordered || sp.Start == sp.End {
			for s, sent := range sents {
				if overlaps(sp, sent) {
					out[s] = append(out[s], i)
				}
			}
			continue
		}
		s := sort.Search(len(sents), func(k int) bool { return sents[k].End > sp.Start })
		for ; s < len(sents) && sents[s].Start < sp.End; s++ {
			out[s] = append(out[s], i)
		}
	}
	return out
}

// overlaps reports whether two spans share a byte, or an empty span a lies
// inside b or at one of its ends.
func overlaps(a, b doc.Span) bool {
	return a.Start < b.End && b.Start < a.End || a.Start == a.End && a.Start >= b.Start && a.Start <= b.End
}

// sentCtx is one sentence as the event coder reads it: its tokens, their
// lower-case forms, its actor phrases, and the earlier stages' findings
// that overlap it.
type sentCtx struct {
	d      *doc.Document
	span   doc.Span
	toks   []token.Token
	lower  []string
	actors []actor
	times  []int // d.Times overlapping the sentence, in document order
	quotes []int // d.Quotes overlapping it
	places []placeMention
	parse  *parse // the sentence's dependency parse, nil without a syntax layer

	place     *doc.EventPlace // weighed once, on first use
	placeDone bool
}

// actor is an actor phrase of a sentence (doc.ActorPhrase) with its token
// range, inclusive.
type actor struct {
	doc.Span
	First, Last int
	Code        string // CAMEO actor code; "" when unknown
	Entity      string // entity id, or ""
	Type        string // entity type, or "ROLE"
	Head        string // the role word or the entity's name
}

// actorsOf reads the actor phrases of sentence n of the document from
// d.Actors, numbering their tokens in toks.
func actorsOf(d *doc.Document, n int, toks []token.Token) []actor {
	if n < 0 {
		return nil
	}
	a := sort.Search(len(d.Actors), func(k int) bool { return d.Actors[k].Sentence >= n })
	if a == len(d.Actors) || d.Actors[a].Sentence != n {
		return nil
	}
	var out []actor
	for ; a < len(d.Actors) && d.Actors[a].Sentence == n; a++ {
		x := d.Actors[a]
		// the tokens starting and ending there (0 when none), by binary
		// search: the tokens are in text order and do not overlap
		first := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= x.Start })
		if first == len(toks) || toks[first].Start != x.Start {
			first = 0
		}
		last := sort.Search(len(toks), func(k int) bool { return toks[k].End >= x.End })
		if last == len(toks) || toks[last].End != x.End {
			last = 0
		}
		out = append(out, actor{Span: x.Span, First: first, Last: last, Code: x.Code, Entity: x.Entity, Type: x.Type, Head: x.Head})
	}
	return out
}
