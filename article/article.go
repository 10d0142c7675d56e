// Package article is dragoman's news layer. It runs over plain text, or over
// the text extracted from a web page, and splits the article proper from
// the debris around it: photo captions and credits, video teasers, outlet
// and dateline markers, bylines, credit lines, update stamps, "read more"
// links and promotions. Each piece of boilerplate is recorded with its kind
// and offsets, and the metadata it carries (outlet, authors, contributors,
// dateline place, a publication date stamp) is filled in.
//
// The rules are data (rules/boilerplate.tsv, rules/outlets.tsv), validated
// at load; the structural rules (headline, video teaser titles, link lists)
// are in this file.
package article

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/calendar"
	"github.com/dragoman/dragoman/doc"
)

// Stage is the news-layer pipeline stage.
type Stage struct {
	Rules *Rules
}

// New returns the stage with dragoman's built-in rules.
func New() (*Stage, error) {
	r, err := DefaultRules()
	if err != nil {
		return nil, err
	}
	return &Stage{Rules: r}, nil
}

// Name implements pipeline.Stage.
func (s *Stage) Name() string { return "article" }

// block is one paragraph candidate: a line, or a run of wrapped lines.
type block struct {
	span  doc.Span // trimmed
	words int
	// terminal is set when the block ends like a sentence.
	terminal bool
	kind     string // "" while body
	rule     string
	// body is the part of the block that stays body (after a prefix rule).
	body doc.Span
}

// Process implements pipeline.Stage.
func (s *Stage) Process(d *doc.Document) error {
	blocks := splitBlocks(d.Text)
	m := meta{}
	for i := range blocks {
		s.classify(d.Text, &blocks[i], &m)
	}
	s.structure(d, blocks, &m)
	keepCaptionsAsBody(d, blocks)
	s.prefixes(d.Text, blocks, &m)
	s.emit(d, blocks, &m)
	return nil
}

// keepCaptionsAsBody: when every block looks like boilerplate and some are
// captions of more than a fragment's length (a short photo feature, its
// text ending "(Supplied photo)"), the captions are the article: they stay
// body, and a warning says so, rather than the text having no body at all.
func keepCaptionsAsBody(d *doc.Document, bs []block) {
	for i := range bs {
		if bs[i].isBody() {
			return
		}
	}
	kept := 0
	for i := range bs {
		if b := &bs[i]; b.kind == doc.KindCaption && b.words > fragmentMaxWords {
			b.kind, b.rule, b.body = "", "", b.span
			kept++
		}
	}
	if kept > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("article: every line looks like boilerplate; %d caption line(s) kept as the body", kept))
	}
}

// meta collects what boilerplate says about the article.
type meta struct {
	outlets      []string
	authors      []string
	contributors []string
	dateline     *doc.Dateline
	stamp        *doc.Span // update or date stamp text
	stampValue   string
}

func (m *meta) addOutlet(r *Rules, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	if c, ok := r.Outlet(s); ok {
		s = c
	}
	m.outlets = append(m.outlets, s)
}

// splitBlocks cuts text into blocks: one per line, or, in hard-wrapped text
// where paragraphs are separated by blank lines, one per paragraph.
func splitBlocks(text string) []block {
	var lines []lineSpan
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		lines = append(lines, lineSpan{i, end})
		if j < 0 {
			break
		}
		i = end + 1
	}
	wrapped := isWrapped(text, lines)
	var out []block
	var cur *block
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, l := range lines {
		st, en := trimSpan(text, l.start, l.end)
		if st >= en {
			flush()
			continue
		}
		if wrapped && cur != nil {
			cur.span.End = en
			continue
		}
		flush()
		cur = &block{span: doc.Span{Start: st, End: en}}
		if !wrapped {
			flush()
		}
	}
	flush()
	for i := range out {
		b := &out[i]
		b.body = b.span
		t := text[b.span.Start:b.span.End]
		b.words = countWords(t)
		b.terminal = endsSentence(t)
	}
	return out
}

// isWrapped detects hard-wrapped plain text: most lines of similar middling
// length, continued on the next line, paragraphs separated by blank lines.
type lineSpan struct{ start, end int }

func isWrapped(text string, lines []lineSpan) bool {
	nonBlank, continued, mid, long := 0, 0, 0, 0
	for i, l := range lines {
		st, en := trimSpan(text, l.start, l.end)
		if st >= en {
			continue
		}
		nonBlank++
		n := utf8.RuneCountInString(text[st:en])
		if n >= 40 && n <= 100 {
			mid++
		}
		if n > 120 {
			long++
		}
		if i+1 < len(lines) {
			nx := lines[i+1]
			if a, b := trimSpan(text, nx.start, nx.end); a < b {
				continued++
			}
		}
	}
	if nonBlank < 6 || long > 0 {
		return false
	}
	return mid*10 >= nonBlank*6 && continued*2 >= nonBlank
}

func trimSpan(text string, st, en int) (int, int) {
	for st < en {
		r, n := utf8.DecodeRuneInString(text[st:en])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		st += n
	}
	for en > st {
		r, n := utf8.DecodeLastRuneInString(text[st:en])
		if !unicode.IsSpace(r) {
			break
		}
		en -= n
	}
	return st, en
}

func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»', '*':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…', ':', ';':
			return true
		}
		return false
	}
	return false
}

// classify applies the whole-block rules to one block.
func (s *Stage) classify(text string, b *block, m *meta) {
	t := text[b.span.Start:b.span.End]
	var lower string
	for _, r := range s.Rules.Lines {
		if r.MaxWords > 0 && b.words > r.MaxWords {
			continue
		}
		if len(r.Needles) > 0 {
			if lower == "" {
				lower = asciiLower(t)
			}
			if !containsAny(lower, r.Needles) {
				continue
			}
		}
		sm := r.Pattern.FindStringSubmatchIndex(t)
		if sm == nil {
			continue
		}
		b.kind, b.rule = r.Kind, r.Name
		s.collect(r, t, b.span.Start, sm, m)
		return
	}
}

// group returns the text of submatch i, or "".
func group(t string, sm []int, i int) (string, int, int) {
	if i < 0 || 2*i+1 >= len(sm) || sm[2*i] < 0 {
		return "", -1, -1
	}
	return t[sm[2*i]:sm[2*i+1]], sm[2*i], sm[2*i+1]
}

// collect records the metadata a matched rule carries.
func (s *Stage) collect(r *Rule, t string, base int, sm []int, m *meta) {
	if o, _, _ := group(t, sm, r.outlet); o != "" {
		m.addOutlet(s.Rules, o)
	}
	if p, a, e := group(t, sm, r.place); p != "" && m.dateline == nil {
		m.dateline = &doc.Dateline{Place: placeName(p), Span: doc.Span{Start: base + a, End: base + e}}
	}
	if n, _, _ := group(t, sm, r.names); n != "" {
		names, outlets := s.splitNames(n)
		for _, o := range outlets {
			m.addOutlet(s.Rules, o)
		}
		switch r.Kind {
		case doc.KindByline:
			m.authors = appendNew(m.authors, names...)
		case doc.KindCredit:
			m.contributors = appendNew(m.contributors, names...)
		}
	}
	if dt, a, e := group(t, sm, r.date); dt != "" && m.stamp == nil {
		if v, ok := calendar.ParseDate(dt); ok {
			m.stamp = &doc.Span{Start: base + a, End: base + e}
			m.stampValue = v
		}
	}
}

// placeName turns an all-caps dateline place into title case: "NEW DELHI"
// -> "New Delhi", "ST. JOSEPH, Mich." -> "St. Joseph, Mich.".
func placeName(p string) string {
	p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ",:"))
	words := strings.Fields(p)
	for i, w := range words {
		if isUpperWord(w) {
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

func titleWord(w string) string {
	var b strings.Builder
	start := true
	for _, r := range w {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, x := range list {
			if strings.EqualFold(x, it) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

// nameStop are words of a byline or credit list that are not names.
var nameStop = map[string]bool{
	"staff": true, "staff writer": true, "staff writers": true, "staff reporter": true,
	"correspondent": true, "reporter": true, "reporters": true, "editor": true,
	"contributor": true, "wire services": true, "agencies": true, "and agencies": true,
	"writer": true, "senior writer": true, "news desk": true, "desk": true,
}

// splitNames splits "CNN's Barbara Starr and Jane Roe" or "Jane Doe, CNN"
// into person names and the outlets named alongside them.
func (s *Stage) splitNames(n string) (names, outlets []string) {
	n = strings.TrimSpace(n)
	n = strings.TrimRight(n, ".;:,")
	// "in London" / "in Washington" tails of credit lines.
	parts := splitList(n)
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if i := strings.Index(p, " in "); i > 0 {
			p = p[:i]
		}
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p, "the "), "The "))
		// Possessive outlet: "CNN's Barbara Starr".
		for _, ap := range []string{"'s ", "’s "} {
			if i := strings.Index(p, ap); i > 0 {
				if o, ok := s.Rules.Outlet(p[:i]); ok {
					outlets = append(outlets, o)
					p = strings.TrimSpace(p[i+len(ap):])
				}
			}
		}
		if p == "" || nameStop[strings.ToLower(p)] {
			continue
		}
		if o, ok := s.Rules.Outlet(p); ok {
			outlets = append(outlets, o)
			continue
		}
		if !startsUpper(p) || countWords(p) > 5 {
			continue
		}
		names = append(names, p)
	}
	return names, outlets
}

func splitList(s string) []string {
	s = strings.ReplaceAll(s, " & ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	s = strings.ReplaceAll(s, ";", ",")
	s = strings.ReplaceAll(s, "|", ",")
	return strings.Split(s, ",")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}
