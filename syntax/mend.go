package syntax

import "strings"

// mendSubjects mends a parse that gives one head two nominal subjects
// (nsubj or nsubj:pass; nsubj:outer is a legitimate second one), which a
// Universal Dependencies tree never has, where the words show what was
// meant; it reports whether it changed an arc. Heads and relations are
// a's (1-based heads).
//   - The later subject starts with its coordinating conjunction right
//     after the earlier one ("the union" and "and the owners" read as two
//     subjects): it is a conjunct of the earlier one.
//   - The earlier subject stands right before the later one, a proper
//     noun before a common noun: it modifies it ("Sony and Honda
//     engineers" read as two subjects: "Sony and Honda" and
//     "engineers"): it becomes a compound of the later one.
//   - A comma parts them and the earlier subject's subtree ends in a
//     coordination right before that comma: the later one continues the
//     list ("the ports of Aden, Mocha, Hodeidah and Salif" cut at
//     "Mocha"): it becomes a conjunct of the list's first member.
//
// Every stage reads the mended parse; posture read it this way first.
func mendSubjects(words []string, a *Analysis, sc *mendScratch) bool {
	n := len(words)
	sc.link(a, n)
	changed := false
	for v := 1; v <= n; v++ {
		k1, k2, count := 0, 0, 0
		for _, c := range sc.children[v] {
			if r := a.Rel[c-1]; strings.HasPrefix(r, "nsubj") && r != "nsubj:outer" {
				count++
				if k1 == 0 {
					k1 = c
				} else {
					k2 = c
				}
			}
		}
		if count != 2 {
			continue
		}
		lo1, hi1 := sc.span(a, k1, 6)
		lo2, _ := sc.span(a, k2, 6)
		if hi1 >= lo2 || lo1 < 1 {
			continue
		}
		switch {
		case hi1+1 == lo2 && a.Rel[lo2-1] == "cc" && a.Head[lo2-1] == k2:
			a.Head[k2-1], a.Rel[k2-1] = k1, "conj"
			changed = true
		case hi1+1 == lo2 && a.UPOS[k2-1] == "NOUN" && a.UPOS[k1-1] == "PROPN":
			a.Head[k1-1], a.Rel[k1-1] = k2, "compound"
			changed = true
		case hi1+2 == lo2 && words[hi1] == ",":
			// the coordination of k1's subtree that ends at hi1
			for x := hi1; x != k1 && x >= 1; x = a.Head[x-1] {
				if a.Rel[x-1] == "conj" {
					first := a.Head[x-1]
					for first >= 1 && a.Rel[first-1] == "conj" && a.Head[first-1] > k1 {
						first = a.Head[first-1]
					}
					if first < 1 {
						break
					}
					a.Head[k2-1], a.Rel[k2-1] = first, "conj"
					changed = true
					break
				}
			}
		}
		if changed {
			// the children lists are stale: rebuild them for the heads
			// after v
			return mendSubjects(words, a, sc) || true
		}
	}
	return changed
}

// mendScratch holds mendSubjects' children lists for the next sentence.
type mendScratch struct {
	children      [][]int
	stack, depths []int
}

// span returns the first and last word (1-based) of j's subtree down to
// depth levels, its punctuation left out.
func (sc *mendScratch) span(a *Analysis, j, depth int) (lo, hi int) {
	lo, hi = j, j
	sc.stack = append(sc.stack[:0], j)
	depths := append(sc.depths[:0], 0)
	defer func() { sc.depths = depths }()
	for len(sc.stack) > 0 {
		w, d := sc.stack[len(sc.stack)-1], depths[len(depths)-1]
		sc.stack, depths = sc.stack[:len(sc.stack)-1], depths[:len(depths)-1]
		if a.UPOS[w-1] != "PUNCT" {
			lo, hi = min(lo, w), max(hi, w)
		}
		if d == depth {
			continue
		}
		for _, c := range sc.children[w] {
			sc.stack = append(sc.stack, c)
			depths = append(depths, d+1)
		}
	}
	return lo, hi
}

func growInts(b [][]int, n int) [][]int {
	if cap(b) < n {
		nb := make([][]int, n)
		copy(nb, b[:cap(b)])
		return nb
	}
	return b[:n]
}

// mendNameModal retags a capitalised modal the tagger read in a name as
// the proper noun it is ("Dr Will Jenkins", "Will Jenkins was
// arrested"): a word tagged MD, capitalised and not all capitals, right
// before a proper noun, inside the sentence, or at its start when the
// sentence asks nothing (a question starts with its modal: "Will Iran
// talk?"). A sentence cased as a headline is left as tagged. It runs before lemmas and the parse, so both read
// the name.
func mendNameModal(words []string, a *Analysis) {
	n := len(words)
	if n < 2 || titleCased(words) {
		return
	}
	for i := 0; i+1 < n; i++ {
		w := words[i]
		if a.XPOS[i] != "MD" || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.ToLower(w[1:]) != w[1:] {
			continue
		}
		if a.XPOS[i+1] != "NNP" && a.XPOS[i+1] != "NNPS" {
			continue
		}
		if i == 0 && words[n-1] == "?" {
			continue
		}
		a.UPOS[i], a.XPOS[i] = "PROPN", "NNP"
	}
}

// titleCased reports whether the sentence is cased as a headline: no
// word of four letters or more starts with a small letter (short function
// words may: "of", "the", "to").
func titleCased(words []string) bool {
	for _, w := range words {
		if len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' {
			return false
		}
	}
	return true
}
