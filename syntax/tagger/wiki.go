package tagger

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// The word profiles of data/wikinews.tsv give the tagger distributional
// facts about words, many of them never seen in its training treebank,
// drawn from unlabeled news text (English Wikinews, CC BY 2.5; rebuilt by
// `go run ./syntax/tagger/cmd/wikiwords`). Format: '#' comment lines, then
// one word a line, five tab-separated fields:
//
//	word   the word, lowercased (no tab, no space)
//	count  its occurrences not first in a sentence (integer >= 0)
//	caps   how many of those are capitalized (0 <= caps <= count)
//	left   its most frequent left neighbour among the corpus's most
//	       frequent words, lowercased, or "-" for none
//	right  the same for its right neighbour
//
// Words are in ascending byte order, each once.
//
//go:embed data/wikinews.tsv
var wikiData string

// profile is a word's entry in the word profiles.
type profile struct {
	count, caps int
	left, right string
}

var (
	wikiOnce sync.Once
	wiki     map[string]profile
)

// wikiProfiles returns the embedded word profiles. The file is checked by
// the tests; a malformed embedded file is a programming error.
func wikiProfiles() map[string]profile {
	wikiOnce.Do(func() {
		var err error
		wiki, err = parseProfiles(strings.NewReader(wikiData), "data/wikinews.tsv")
		if err != nil {
			panic(err)
		}
	})
	return wiki
}

// parseProfiles reads word profiles in the format above.
func parseProfiles(r io.Reader, name string) (map[string]profile, error) {
	out := map[string]profile{}
	sc := bufio.NewScanner(r)
	line, prev := 0, ""
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s:%d: want 5 tab-separated fields, found %d", name, line, len(f))
		}
		w := f[0]
		if w == "" || strings.ContainsAny(w, " ") || strings.ToLower(w) != w {
			return nil, fmt.Errorf("%s:%d: word %q is not one lowercase word", name, line, w)
		}
		if w <= prev {
			return nil, fmt.Errorf("%s:%d: word %q out of order or repeated", name, line, w)
		}
		prev = w
		count, err1 := strconv.Atoi(f[1])
		caps, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || count < 0 || caps < 0 || caps > count {
			return nil, fmt.Errorf("%s:%d: counts %q %q: want 0 <= caps <= count", name, line, f[1], f[2])
		}
		for _, n := range f[3:] {
			if n == "" || strings.ContainsAny(n, " ") || strings.ToLower(n) != n {
				return nil, fmt.Errorf("%s:%d: neighbour %q is not one lowercase word or -", name, line, n)
			}
		}
		out[w] = profile{count: count, caps: caps, left: f[3], right: f[4]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// capBucket sorts a word by how often news text capitalizes it inside a
// sentence: 1 rarely (under 10%), 2 sometimes, 3 mostly, 4 nearly always
// (90% or more), 5 never seen inside a sentence.
func (p profile) capBucket() uint64 {
	if p.count == 0 {
		return 5
	}
	s := float64(p.caps) / float64(p.count)
	switch {
	case s < 0.1:
		return 1
	case s < 0.5:
		return 2
	case s < 0.9:
		return 3
	}
	return 4
}
