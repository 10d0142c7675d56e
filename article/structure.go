package article

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dragoman/dragoman/doc"
)

// Structural rules: these look at a block's neighbours and its place in the
// article, not only at its own words.
const (
	headlineMaxWords = 30
	fragmentMaxWords = 8  // a kicker or section label above the article
	linkMaxWords     = 16 // one entry of a related-links list
	bodyMinWords     = 12 // a block this long that ends a sentence is prose
)

func (b *block) isBody() bool { return b.kind == "" }

func (b *block) prose() bool { return b.kind == "" && b.words >= bodyMinWords && b.terminal }

func (s *Stage) structure(d *doc.Document, bs []block, m *meta) {
	text := d.Text
	// Video teaser titles: a short title line right above a video duration.
	for i := 1; i < len(bs); i++ {
		if bs[i].rule == "video-duration" && bs[i-1].isBody() && bs[i-1].words <= 20 && !bs[i-1].terminal {
			bs[i-1].kind, bs[i-1].rule = doc.KindVideo, "video-title"
		}
	}
	head := s.headline(d, bs)

	// The standfirst: the page's own summary, right below the headline.
	if head >= 0 && d.Description != nil {
		for i := head + 1; i < len(bs) && i <= head+2; i++ {
			b := &bs[i]
			// A description often repeats the lede; a standfirst is short or
			// is no full sentence.
			if b.isBody() && (!b.terminal || b.words <= 15) && sameTitle(text[b.span.Start:b.span.End], *d.Description) {
				bs[i].kind, bs[i].rule = doc.KindOther, "standfirst"
				break
			}
		}
	}

	first := -1 // first prose block
	last := -1  // last prose block
	for i := range bs {
		if bs[i].prose() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	// Kickers, section labels and date lines right around the headline.
	for i := 0; i < first; i++ {
		b := &bs[i]
		near := i < head || head >= 0 && i == head+1
		if near && b.isBody() && b.words <= fragmentMaxWords && !b.terminal {
			b.kind, b.rule = doc.KindNavigation, "top-fragment"
		}
		if b.isBody() && b.words == 1 && isURL(text[b.span.Start:b.span.End]) {
			b.kind, b.rule = doc.KindNavigation, "top-url"
		}
	}
	// Lists of links: the entries after a "Related"/"Read more" heading, and
	// short title lines below the last paragraph of prose.
	for i := range bs {
		if bs[i].rule != "read-more" || !headingOnly(text[bs[i].span.Start:bs[i].span.End]) {
			continue
		}
		for j := i + 1; j < len(bs) && bs[j].isBody() && bs[j].words <= linkMaxWords && !bs[j].prose(); j++ {
			bs[j].kind, bs[j].rule = doc.KindNavigation, "link-list"
		}
	}
	// Below the last paragraph of prose, once boilerplate has begun, short
	// title lines are links to other stories; so are all-capitals lines.
	inTail := false
	for i := last + 1; i < len(bs); i++ {
		b := &bs[i]
		if !b.isBody() {
			inTail = true
			continue
		}
		if b.words > linkMaxWords || b.terminal || listItem(text[b.span.Start:b.span.End]) {
			continue
		}
		if inTail {
			b.kind, b.rule = doc.KindNavigation, "tail-link"
		} else if b.words >= 3 && mostlyUpper(text[b.span.Start:b.span.End]) {
			b.kind, b.rule = doc.KindNavigation, "all-caps"
			inTail = true
		}
	}
}

func isURL(t string) bool {
	return strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www.")
}

// listItem reports whether a line starts like an item of a numbered or
// bulleted list, which belongs to the article.
func listItem(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == ')' || t[i] == '.') {
		return true
	}
	return strings.HasPrefix(t, "•") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ")
}

// headline finds the headline among the first blocks: the page's title when
// the reader gave one, else a short title-like first line. It returns the
// headline block's index, or -1.
func (s *Stage) headline(d *doc.Document, bs []block) int {
	text := d.Text
	for i := 0; i < len(bs) && i < 4; i++ {
		b := &bs[i]
		if !b.isBody() {
			continue
		}
		t := text[b.span.Start:b.span.End]
		if d.Headline != nil && sameTitle(t, *d.Headline) {
			b.kind, b.rule = doc.KindOther, "headline"
			sp := b.span
			d.HeadlineSpan = &sp
			return i
		}
		// Plain text: the first body block, if it reads as a title and
		// prose follows it.
		if b.words > headlineMaxWords || b.terminal && !strings.HasSuffix(t, "?") || b.words < 2 {
			return -1
		}
		for j := i + 1; j < len(bs); j++ {
			if bs[j].prose() {
				if d.Headline != nil {
					// The page's title differs from the text's title line:
					// take the line only when it shares most of its words.
					if wordOverlap(t, *d.Headline) < 0.5 {
						return -1
					}
					b.kind, b.rule = doc.KindOther, "title-line"
					return i
				}
				b.kind, b.rule = doc.KindOther, "headline"
				sp := b.span
				d.HeadlineSpan = &sp
				h := t
				d.Headline = &h
				return i
			}
			if bs[j].isBody() {
				return -1
			}
		}
		return -1
	}
	return -1
}

// sameTitle compares a line with a page title, ignoring case, punctuation
// and a " | Site name" or " - Site name" tail on the title.
func sameTitle(line, title string) bool {
	l, t := normTitle(line), normTitle(title)
	if l == "" || t == "" {
		return false
	}
	if l == t {
		return true
	}
	// Titles often carry the site name: "Headline | Outlet".
	return len(l) >= 20 && strings.HasPrefix(t, l) || len(t) >= 20 && strings.HasPrefix(l, t)
}

// wordOverlap is the share of line's words that occur in title.
func wordOverlap(line, title string) float64 {
	tw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		tw[strings.Trim(w, ",.:;!?'\"‘’“”()|-–—")] = true
	}
	n, hit := 0, 0
	for _, w := range strings.Fields(strings.ToLower(line)) {
		n++
		if tw[strings.Trim(w, ",.:;!?'\"‘’“”()|-–—")] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

func normTitle(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func headingOnly(t string) bool {
	return countWords(t) <= 5
}

func mostlyUpper(t string) bool {
	up, low := 0, 0
	for _, r := range t {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up >= 8 && low*10 <= up
}

// prefixes applies prefix rules (wire datelines) to the first body block.
func (s *Stage) prefixes(text string, bs []block, m *meta) {
	for i := range bs {
		b := &bs[i]
		if !b.isBody() {
			continue
		}
		if b.words < 4 {
			continue
		}
		t := text[b.span.Start:b.span.End]
		for _, r := range s.Rules.Prefixes {
			if len(r.Needles) > 0 && !containsAny(asciiLower(t), r.Needles) {
				continue
			}
			sm := r.Pattern.FindStringSubmatchIndex(t)
			if sm == nil || sm[0] != 0 || sm[1] >= len(t) {
				continue
			}
			s.collect(r, t, b.span.Start, sm, m)
			b.rule = r.Name
			b.body.Start = b.span.Start + sm[1]
			break
		}
		return
	}
}

// emit writes the layer into the document.
func (s *Stage) emit(d *doc.Document, bs []block, m *meta) {
	text := d.Text
	for _, b := range bs {
		if b.kind != "" {
			d.Boilerplate = append(d.Boilerplate, doc.Boilerplate{Kind: b.kind, Span: b.span, Text: text[b.span.Start:b.span.End], Rule: b.rule})
			continue
		}
		if b.body.Start > b.span.Start {
			sp := doc.Span{Start: b.span.Start, End: b.body.Start}
			st, en := trimSpan(text, sp.Start, sp.End)
			d.Boilerplate = append(d.Boilerplate, doc.Boilerplate{Kind: doc.KindDateline, Span: doc.Span{Start: st, End: en}, Text: text[st:en], Rule: b.rule})
		}
		d.Body = append(d.Body, b.body)
	}
	sort.SliceStable(d.Boilerplate, func(i, j int) bool { return d.Boilerplate[i].Start < d.Boilerplate[j].Start })

	if d.Outlet == nil && len(m.outlets) > 0 {
		o := m.outlets[0]
		d.Outlet = &o
	} else if d.Outlet != nil {
		if c, ok := s.Rules.Outlet(*d.Outlet); ok {
			d.Outlet = &c
		}
	}
	if len(d.Authors) == 0 {
		d.Authors = appendNew(d.Authors, m.authors...)
	}
	d.Contributors = appendNew(d.Contributors, m.contributors...)
	if d.Dateline == nil && m.dateline != nil {
		d.Dateline = m.dateline
	}
	if m.stamp != nil && (d.Published.Source == doc.PublishedUnknown || d.Published.Source == "") {
		v := m.stampValue
		d.Published = doc.Published{Value: &v, Source: doc.PublishedText, Earliest: &v, Latest: &v, Evidence: m.stamp}
	}
}
