// Dating: the time expression an event is dated by.

package cameo

import (
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
)

// eventDate takes the date from the nearest time expression of the
// sentence (an anniversary's subject happened on the anniversary's day in
// an earlier year), else the publication date.
func (sc *sentCtx) eventDate(trig doc.Span) doc.EventDate {
	d, sent := sc.d, sc.span
	best := -1
	bestDist := 1 << 30
	for _, i := range sc.times {
		t := d.Times[i]
		if t.Start < sent.Start || t.End > sent.End || t.Value == nil || t.Type == "DURATION" || t.Type == "SET" {
			continue
		}
		v := *t.Value
		if strings.HasSuffix(v, "_REF") {
			continue
		}
		if t.Subject == "" && attributive(d.Text, t.Span) && (trig.Start < t.End || strings.TrimSpace(d.Text[t.End:trig.Start]) != "") {
			continue // "the 1994 genocide" dates the genocide, not "condemned"
		}
		dist := t.Start - trig.End
		if dist < 0 {
			dist = trig.Start - t.End
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		t := d.Times[best]
		v := *t.Value
		text := t.Text
		// "the January 3 anniversary of the US' killing of ...": the
		// killing happened on January 3 of an earlier year.
		if t.Subject != "" && trig.Start > t.End {
			v = pastOccurrence(v, d.Published.Value)
		}
		return doc.EventDate{Value: &v, Text: &text}
	}
	if d.Published.Value != nil {
		v := *d.Published.Value
		return doc.EventDate{Value: &v}
	}
	return doc.EventDate{}
}

// attributive reports whether a time expression modifies the noun after
// it ("the 1994 genocide", "its 2019 budget"): a determiner before, a
// lower-case word after.
func attributive(text string, sp doc.Span) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, sp.Start-8):sp.Start], " "))
	det := false
	for _, w := range attributiveOpener {
		if !strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "’") {
			w = " " + w // a word, not a clitic: whole
		}
		if strings.HasSuffix(" "+before, w) {
			det = true
			break
		}
	}
	if !det || sp.End+2 > len(text) || text[sp.End] != ' ' {
		return false
	}
	c := text[sp.End+1]
	return c >= 'a' && c <= 'z'
}

// pastOccurrence moves a YYYY-MM-DD date to its latest occurrence before
// the publication date.
func pastOccurrence(v string, published *string) string {
	if published == nil || len(v) != 10 {
		return v
	}
	t, err1 := time.Parse("2006-01-02", v)
	p, err2 := time.Parse("2006-01-02", *published)
	if err1 != nil || err2 != nil {
		return v
	}
	for !t.Before(p) {
		t = t.AddDate(-1, 0, 0)
	}
	return t.Format("2006-01-02")
}
