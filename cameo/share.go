package cameo

import (
	"sort"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/token"
)

// Shares of a group. "72% of the miners opposed the merger", "a ballot in
// which 64 percent of members backed the strike", "the channel drew 18% of
// the audience": a share's act is a poll's or a vote's result, or an
// audience's count, not an act of a party towards another, and the
// codebook codes none. An event whose subject, object or passive doer
// (read by the parse) is a share, a number before a word of class share
// in data/words, is set aside.

var shareWords = own.Class("share").Set()

// shareArgument reports whether one of the event's subject, object or
// doer phrases opens with a share: a number (digits or a number word)
// followed by a share word, within the phrase's first words.
func (sc *sentCtx) shareArgument(ev *doc.Event) bool {
	if ev.Evidence == nil {
		return false
	}
	subject := false
	for _, a := range ev.Evidence.Arguments {
		if a.Role != "subject" && a.Role != "object" && a.Role != "agent" {
			continue
		}
		subject = subject || a.Role == "subject"
		if sc.opensWithShare(a.Span) {
			return true
		}
	}
	return !subject && sc.shareBefore(ev.Trigger.Start)
}

// shareBefore reports whether a share (a number and a share word) stands
// within the few words before the verb at offset at, in its clause: the
// subject the parse did not give the verb ("yesterday 58 percent of the
// voters supported Mendoza", the parse heading the clause with the share
// or hanging the verb on its noun).
func (sc *sentCtx) shareBefore(at int) bool {
	v := sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].Start >= at })
	if v == len(sc.toks) || sc.toks[v].Start != at {
		return false
	}
	for i := v - 1; i >= 0 && i >= v-6; i-- {
		if clauseBreak(sc.lower[i]) {
			return false
		}
		if (sc.toks[i].Kind == token.Number || numberWords[sc.lower[i]]) && i+1 < v && shareWords[sc.lower[i+1]] {
			return true
		}
	}
	return false
}

// opensWithShare reports whether the phrase at sp has a share among its
// first four words.
func (sc *sentCtx) opensWithShare(sp doc.Span) bool {
	seen := 0
	for i, t := range sc.toks {
		if t.Start < sp.Start || t.End > sp.End {
			continue
		}
		if seen++; seen > 4 {
			return false
		}
		if t.Kind != token.Number && !numberWords[sc.lower[i]] || i+1 >= len(sc.toks) {
			continue
		}
		if shareWords[sc.lower[i+1]] || i+2 < len(sc.toks) && shareWords[sc.lower[i+1]+" "+sc.lower[i+2]] {
			return true
		}
	}
	return false
}

// shares sets aside the events of sentence i of the index that a share
// does or undergoes (shareArgument), those of the built-in patterns and of
// the fallback alike.
func shares(d *doc.Document, ix *docIndex, i int, out []doc.Event) []doc.Event {
	if len(out) == 0 {
		return out
	}
	v := ix.view(d, d.Sentences[i], i)
	sc := &sentCtx{d: d, span: d.Sentences[i], toks: v.toks, lower: v.lower}
	for j := range out {
		if Counted(&out[j]) && sc.shareArgument(&out[j]) {
			setAside(&out[j], "a share of a group (a poll, a vote, an audience) is no party that acts")
		}
	}
	return out
}
