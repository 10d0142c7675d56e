package cameo

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
)

// OffTopicStory is how many different off-topic phrases make a whole story
// off topic.
const OffTopicStory = 2

// OffTopic holds phrases that mark a sentence or a story as outside
// political events (data/offtopic.tsv): sport, where "defeated" and
// "attacked" name no political act.
type OffTopic struct {
	first map[string][]cand // by the phrase's first word
	topic map[string]string
}

// cand is a phrase to try where its first word stands.
type cand struct {
	phrase string
	rest   []string // the words after the first
}

// LoadOffTopic reads off-topic phrases.
func LoadOffTopic(r io.Reader, name string) (*OffTopic, error) {
	o := &OffTopic{first: map[string][]cand{}, topic: map[string]string{}}
	err := tsv.Each(r, name, 2, func(_ int, f []string) error {
		p, topic := f[0], f[1]
		if p == "" || p != strings.ToLower(p) || strings.TrimSpace(p) != p || strings.Contains(p, "  ") {
			return fmt.Errorf("phrase %q must be lower case, single-spaced, without outer spaces", p)
		}
		if topic == "" {
			return fmt.Errorf("phrase %q has no topic", p)
		}
		if _, dup := o.topic[p]; dup {
			return fmt.Errorf("phrase %q listed twice", p)
		}
		for i := 0; i < len(p); i++ {
			if c := p[i]; c != ' ' && !isWordByte(c) {
				return fmt.Errorf("phrase %q: only letters, digits, hyphens and spaces", p)
			}
		}
		o.topic[p] = topic
		w := strings.Split(p, " ")
		// the longest phrase first where two share a first word
		cs := append(o.first[w[0]], cand{phrase: p, rest: w[1:]})
		sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].rest) > len(cs[j].rest) })
		o.first[w[0]] = cs
		return nil
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// DefaultOffTopic loads the built-in off-topic phrases.
func DefaultOffTopic() (*OffTopic, error) {
	return loadData("offtopic.tsv", LoadOffTopic)
}

// hit is an off-topic phrase found at a byte offset.
type hit struct {
	at     int
	phrase string
}

// hits finds the off-topic phrases of text as whole words, in one pass
// (a phrase's further words are read only where its first word stands).
func (o *OffTopic) hits(text string) []hit {
	var out []hit
	var buf [40]byte
	for i := 0; i < len(text); {
		a, b, ok := nextWord(text, i)
		if !ok {
			break
		}
		i = b
		n := b - a
		if n > len(buf) {
			continue
		}
		for x := 0; x < n; x++ {
			buf[x] = lowerByte(text[a+x])
		}
		cands, ok := o.first[string(buf[:n])]
		if !ok {
			continue
		}
	next:
		for _, c := range cands {
			at := b
			for _, r := range c.rest {
				s, e, ok := nextWord(text, at)
				if !ok || !strings.EqualFold(text[s:e], r) {
					continue next
				}
				at = e
			}
			out = append(out, hit{at: a, phrase: c.phrase})
			break
		}
	}
	return out
}

// nextWord finds the first word of text at or after byte i (a run of word
// bytes, isWordByte): its start and end, and false when there is none.
func nextWord(text string, i int) (int, int, bool) {
	for i < len(text) && !isWordByte(lowerByte(text[i])) {
		i++
	}
	if i == len(text) {
		return 0, 0, false
	}
	j := i
	for j < len(text) && isWordByte(lowerByte(text[j])) {
		j++
	}
	return i, j, true
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// cues holds the off-topic phrases of one article: those of its body, each
// once, and every hit with its offset.
type cues struct {
	story []string
	hits  []hit
}

// find gathers the off-topic phrases of an article.
func (o *OffTopic) find(d *doc.Document) cues {
	if o == nil {
		return cues{}
	}
	c := cues{hits: o.hits(d.Text)}
	seen := map[string]bool{}
	ordered := apart(d.Body)
	for _, h := range c.hits {
		inBody := len(d.Body) == 0 || within(d.Body, ordered, h.at)
		if inBody && !seen[h.phrase] {
			seen[h.phrase] = true
			c.story = append(c.story, h.phrase)
		}
	}
	return c
}

// caveat gives the caveat for the events of a sentence, or "": the
// sentence names an off-topic phrase, or the story names OffTopicStory
// different ones.
func (o *OffTopic) caveat(c cues, sent doc.Span) string {
	if len(c.story) >= OffTopicStory {
		return fmt.Sprintf("the story is %s (%q, %q)", o.topic[c.story[0]], c.story[0], c.story[1])
	}
	// the hits are in text order: the first at or after the sentence's start
	k := sort.Search(len(c.hits), func(k int) bool { return c.hits[k].at >= sent.Start })
	if k < len(c.hits) && c.hits[k].at < sent.End {
		h := c.hits[k]
		return fmt.Sprintf("the sentence is %s (%q)", o.topic[h.phrase], h.phrase)
	}
	return ""
}

// apart reports whether spans are in order and do not overlap.
func apart(spans []doc.Span) bool {
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].End {
			return false
		}
	}
	return true
}

// within reports whether offset at lies in one of spans: by binary search
// when they are in order and apart (a document's paragraphs), else by a
// scan.
func within(spans []doc.Span, ordered bool, at int) bool {
	if !ordered {
		for _, sp := range spans {
			if at >= sp.Start && at < sp.End {
				return true
			}
		}
		return false
	}
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > at })
	return k < len(spans) && at >= spans[k].Start
}
