// Command wikiwords rebuilds the tagger's word profiles
// (syntax/tagger/data/wikinews.tsv, format in syntax/tagger/wiki.go) from
// the English Wikinews articles in the shared data folder:
//
//	go run ./syntax/tagger/cmd/wikiwords [-shared ../shared] [-o syntax/tagger/data/wikinews.tsv]
//
// The output depends only on the articles file.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/internal/testenv"
)

const (
	minCount   = 3   // words seen fewer times are left out
	neighbours = 300 // the most frequent words serve as neighbours
)

func main() {
	shared := flag.String("shared", testenv.SharedDir(), "the shared data folder")
	out := flag.String("o", "syntax/tagger/data/wikinews.tsv", "output file")
	flag.Parse()
	if *shared == "" {
		fail(fmt.Errorf("no shared data folder (../shared); give -shared"))
	}
	path := filepath.Join(*shared, "corpora", "wikinews", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	var docs [][][]tok
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			fail(fmt.Errorf("%s:%d: %v", path, line, err))
		}
		for _, para := range strings.Split(a.Text, "\n") {
			docs = append(docs, sentences(para))
		}
	}
	if err := sc.Err(); err != nil {
		fail(err)
	}
	freq := map[string]int{}
	for _, d := range docs {
		for _, s := range d {
			for _, t := range s {
				freq[t.lower]++
			}
		}
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if freq[a] != freq[b] {
			return cmp.Compare(freq[b], freq[a])
		}
		return cmp.Compare(a, b)
	})
	common := map[string]bool{}
	for _, w := range words[:min(neighbours, len(words))] {
		common[w] = true
	}
	type stats struct {
		count, caps int
		left, right map[string]int
	}
	st := map[string]*stats{}
	for _, d := range docs {
		for _, s := range d {
			for i, t := range s {
				if freq[t.lower] < minCount {
					continue
				}
				x := st[t.lower]
				if x == nil {
					x = &stats{left: map[string]int{}, right: map[string]int{}}
					st[t.lower] = x
				}
				if i > 0 {
					x.count++
					if t.capital {
						x.caps++
					}
					if common[s[i-1].lower] {
						x.left[s[i-1].lower]++
					}
				}
				if i+1 < len(s) && common[s[i+1].lower] {
					x.right[s[i+1].lower]++
				}
			}
		}
	}
	slices.Sort(words)
	var b strings.Builder
	b.WriteString("# Word profiles for the tagger, from English Wikinews (CC BY 2.5); format in syntax/tagger/wiki.go.\n")
	b.WriteString("# Rebuilt by: go run ./syntax/tagger/cmd/wikiwords\n")
	for _, w := range words {
		x := st[w]
		if x == nil {
			continue
		}
		fmt.Fprintf(&b, "%s\t%d\t%d\t%s\t%s\n", w, x.count, x.caps, top(x.left), top(x.right))
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
}

// top returns the most frequent key of c (the smallest on a tie), or "-".
func top(c map[string]int) string {
	best := "-"
	for k, n := range c {
		if best == "-" || n > c[best] || n == c[best] && k < best {
			best = k
		}
	}
	return best
}

type tok struct {
	lower   string
	capital bool
}

// sentences splits a paragraph into sentences of words, roughly as UD
// English does: words are runs of letters and digits with inner hyphens,
// periods and apostrophes ("U.S.", "well-known"), a clitic 's or n't
// split off; every other visible character is a token of its own; a
// sentence ends after . ! or ?.
func sentences(p string) [][]tok {
	var out [][]tok
	var cur []tok
	add := func(s string) {
		r, _ := utf8.DecodeRuneInString(s)
		cur = append(cur, tok{lower: strings.ToLower(s), capital: unicode.IsUpper(r)})
	}
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	rs := []rune(p)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWord(r):
			j := i + 1
			for j < len(rs) && (isWord(rs[j]) || strings.ContainsRune("-.'’", rs[j]) && j+1 < len(rs) && isWord(rs[j+1])) {
				j++
			}
			w := string(rs[i:j])
			lw := strings.ToLower(w)
			switch {
			case strings.HasSuffix(lw, "n't") && len(lw) > 3:
				add(w[:len(w)-3])
				add(w[len(w)-3:])
			case strings.HasSuffix(lw, "'s") && len(lw) > 2:
				add(w[:len(w)-2])
				add(w[len(w)-2:])
			default:
				add(w)
			}
			i = j
		default:
			add(string(r))
			i++
			if r == '.' || r == '!' || r == '?' {
				out = append(out, cur)
				cur = nil
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wikiwords:", err)
	os.Exit(1)
}
