package place

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
)

//go:embed data/cues.txt
var cuesTxt string

// Cues are the words around a name that say how the text uses it (see
// data/cues.txt for the format).
type Cues struct {
	Business  map[string]bool
	OrgAfter  map[string]bool
	OrgBefore [][]string // each a phrase, lower case words
	Before    map[string]bool
	Landmark  map[string]string // head word(s) -> feature class
	// AtCity are the landmark heads whose names' other words usually name
	// their town.
	AtCity map[string]bool
	Orgs   map[string]bool
	Abbrev map[string]string // "mich." -> "Michigan"
	// Regions are continents, oceans and world regions (lower case).
	Regions map[string]bool
	// landmarkWords is the longest landmark head in words.
	landmarkWords int
}

// ParseCues reads a cue file; name is used in errors.
func ParseCues(data, name string) (*Cues, error) {
	c := &Cues{Business: map[string]bool{}, OrgAfter: map[string]bool{}, Before: map[string]bool{},
		Landmark: map[string]string{}, AtCity: map[string]bool{}, Orgs: map[string]bool{}, Abbrev: map[string]string{}, Regions: map[string]bool{}}
	seen := map[string]bool{}
	section := ""
	for ln, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(f string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, ln+1, fmt.Sprintf(f, a...))
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			switch section {
			case "business-verbs", "org-after", "org-before", "place-before", "landmark", "organisations", "region-abbreviations", "regions":
			default:
				return nil, bad("unknown section [%s]", section)
			}
			continue
		}
		if section == "" {
			return nil, bad("entry %q outside a section", line)
		}
		entry := strings.ToLower(line)
		if seen[section+"\x00"+entry] {
			return nil, bad("%q listed twice in [%s]", line, section)
		}
		seen[section+"\x00"+entry] = true
		switch section {
		case "business-verbs":
			c.Business[entry] = true
		case "org-after":
			c.OrgAfter[entry] = true
		case "org-before":
			c.OrgBefore = append(c.OrgBefore, strings.Fields(entry))
		case "place-before":
			c.Before[entry] = true
		case "landmark":
			f := strings.Split(entry, "\t")
			if len(f) < 2 || len(f) > 3 || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" || len(f) == 3 && f[2] != "city" {
				return nil, bad("landmark %q: want the head words, a tab, the feature class, and optionally a tab and city", line)
			}
			head := strings.Join(strings.Fields(f[0]), " ")
			c.Landmark[head] = strings.TrimSpace(f[1])
			c.AtCity[head] = len(f) == 3
			c.landmarkWords = max(c.landmarkWords, len(strings.Fields(head)))
		case "region-abbreviations":
			abbr, full, ok := strings.Cut(line, "\t")
			if !ok || strings.TrimSpace(abbr) == "" || strings.TrimSpace(full) == "" {
				return nil, bad("abbreviation %q: want the abbreviation, a tab and the region's name", line)
			}
			c.Abbrev[strings.ToLower(strings.TrimSpace(abbr))] = strings.TrimSpace(full)
		case "regions":
			c.Regions[strings.Join(strings.Fields(entry), " ")] = true
		case "organisations":
			c.Orgs[strings.Join(strings.Fields(entry), " ")] = true
		}
	}
	if len(c.Before) == 0 || len(c.Landmark) == 0 {
		return nil, fmt.Errorf("%s: no [place-before] or [landmark] entries", name)
	}
	return c, nil
}

// tokIndex finds the syntax tokens of body text by byte offset.
type tokIndex struct {
	toks  []doc.Token
	order []int32 // indices of body tokens, by start
}

func newTokIndex(d *doc.Document) *tokIndex {
	ix := &tokIndex{}
	if d.Syntax == nil {
		return ix
	}
	ix.toks = d.Syntax.Tokens
	for _, s := range d.Syntax.Sentences {
		if s.Headline && s.Index < 0 {
			continue // offsets into the headline string
		}
		for i := s.First; i < s.End; i++ {
			ix.order = append(ix.order, int32(i))
		}
	}
	sort.SliceStable(ix.order, func(a, b int) bool { return ix.toks[ix.order[a]].Start < ix.toks[ix.order[b]].Start })
	return ix
}

// within returns the positions (in order) of the tokens inside sp.
func (ix *tokIndex) within(sp doc.Span) (lo, hi int) {
	lo = sort.Search(len(ix.order), func(k int) bool { return ix.toks[ix.order[k]].Start >= sp.Start })
	hi = lo
	for hi < len(ix.order) && ix.toks[ix.order[hi]].End <= sp.End {
		hi++
	}
	return lo, hi
}

func (ix *tokIndex) tok(k int) *doc.Token { return &ix.toks[ix.order[k]] }

// Uses of a name in the text.
const (
	useUnknown = 0
	usePlace   = 1
	useOther   = -1 // a company, product or currency
	// useModifier: the name modifies a common noun ("Arab militias"),
	// which a small town's name seldom does
	useModifier = 2
)

// use says how the mention m uses its name, from the words around it (the
// syntax layer's tokens, or the text's words without one) and the parse: a
// place cue before it ("in X") makes it a place; a company cue (the subject
// of a business verb, "X Motor", "shares of X") makes it something else,
// except for the name of a country, subdivision or capital (major), which
// only a currency sign ("US$") makes no place.
func (s *Stage) use(d *doc.Document, ix *tokIndex, m doc.Mention, major bool) int {
	if m.In != "" || m.End > len(d.Text) {
		return useUnknown
	}
	if strings.HasPrefix(d.Text[m.End:], "$") {
		return useOther // US$, C$
	}
	lo, hi := ix.within(m.Span)
	var before, after []string // lower case, nearest first
	if lo < hi {
		for k := lo - 1; k >= 0 && k >= lo-3; k-- {
			before = append(before, strings.ToLower(ix.tok(k).Form))
		}
		for k := hi; k < len(ix.order) && k < hi+2; k++ {
			after = append(after, strings.ToLower(ix.tok(k).Form))
		}
	} else {
		// no syntax layer: the words of the text
		before = textWords(d.Text[max(0, m.Start-40):m.Start], true, 3)
		after = textWords(d.Text[m.End:min(len(d.Text), m.End+40)], false, 2)
	}
	if len(before) > 0 {
		prev := before[0]
		if prev == "the" && len(before) > 1 {
			prev = before[1]
		}
		if s.Cues.Before[prev] {
			return usePlace
		}
		if major {
			return useUnknown // "US investors" is the country as a modifier
		}
		for _, ph := range s.Cues.OrgBefore {
			if len(before) >= len(ph) {
				ok := true
				for j, w := range ph {
					if before[len(ph)-1-j] != w {
						ok = false
						break
					}
				}
				if ok {
					return useOther
				}
			}
		}
	}
	if len(after) > 0 && !major {
		nf := after[0]
		if (nf == "'s" || nf == "’s") && len(after) > 1 {
			nf = after[1]
		}
		if s.Cues.OrgAfter[nf] {
			return useOther
		}
	}
	if lo >= hi && len(after) > 0 && s.Cues.Landmark[after[0]] != "" {
		return useModifier // without the parse: "Heathrow airport"
	}
	if lo < hi && hi < len(ix.order) {
		// the parse: the next word is a common noun the name modifies
		if doc.ModifiesNoun(ix.toks, int(ix.order[hi-1]), int(ix.order[hi])) {
			return useModifier
		}
	}
	// the parse: the name's head word is the subject of a business verb
	// (not a country's or a capital's: "China announced" is the country)
	for k := lo; k < hi && !major; k++ {
		t := ix.tok(k)
		if t.Head < 0 || int(t.Head) >= len(ix.toks) {
			continue
		}
		h := &ix.toks[t.Head]
		if h.Start >= m.Start && h.End <= m.End {
			continue // inside the name
		}
		if strings.HasPrefix(t.Rel, "nsubj") && h.UPOS == "VERB" && s.Cues.Business[strings.ToLower(h.Lemma)] {
			return useOther
		}
		break
	}
	return useUnknown
}

// textWords splits a stretch of text into lower-case words and "'s",
// nearest the name first (from the end when backward), at most n.
func textWords(t string, backward bool, n int) []string {
	var ws []string
	for _, f := range strings.Fields(t) {
		f = strings.ReplaceAll(strings.ToLower(f), "’", "'")
		if base, ok := strings.CutSuffix(f, "'s"); ok && base != "" {
			ws = append(ws, base, "'s")
			continue
		}
		ws = append(ws, strings.Trim(f, ",;:()\"“”"))
	}
	if backward {
		for i, j := 0, len(ws)-1; i < j; i, j = i+1, j-1 {
			ws[i], ws[j] = ws[j], ws[i]
		}
		if len(ws) > 0 && !strings.HasSuffix(t, " ") && !strings.HasSuffix(t, "\n") {
			ws = ws[1:] // glued to the name ("(Toyota"): punctuation, not a word
		}
	} else if len(ws) > 0 && !strings.HasPrefix(t, " ") && !strings.HasPrefix(t, "\n") {
		if ws[0] != "'s" {
			ws = ws[1:] // glued to the name: punctuation, not a word
		}
	}
	return ws[:min(n, len(ws))]
}

// major says whether a name is a country's, a subdivision's or a
// capital's, which act as governments do ("China announced", "Moscow
// announced"): a business verb says nothing of them.
func (s *Stage) major(name string) bool {
	if s.countryOf(name) != "" {
		return true
	}
	for _, i := range s.Gaz.Lookup(name) {
		if p := &s.Gaz.Places[i]; p.Kind == 'A' || p.Feature == geo.Capital {
			return true
		}
	}
	return false
}

// entityUse sums the uses of an entity's mentions: a place cue anywhere
// wins over company cues.
func (s *Stage) entityUse(d *doc.Document, ix *tokIndex, e *doc.Entity) int {
	u := useUnknown
	major := s.major(e.Name)
	mods, plain := 0, 0
	for _, m := range e.Mentions {
		switch s.use(d, ix, m, major || s.major(m.Text)) {
		case usePlace:
			return usePlace
		case useOther:
			u = useOther
		case useModifier:
			mods++
		default:
			if m.In == "" {
				plain++
			}
		}
	}
	if u == useUnknown && mods > 0 && plain == 0 {
		u = useModifier // every body mention modifies a noun
	}
	if u == useUnknown && s.Cues.Orgs[strings.ToLower(e.Name)] {
		u = useOther
	}
	return u
}
