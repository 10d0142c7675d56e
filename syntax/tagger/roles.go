package tagger

import (
	"cmp"
	"slices"
	"strings"
)

// Most words are tagged next to a frequent word, and many are frequent
// words themselves. The class scores of neighbourFeatures of the frequent
// words (those of the tag dictionary, see wordEntry.dict, and the
// commonest others in news), in both roles, and of the sentence's start
// and end, and those of wordFeatures of the frequent words outside the
// dictionary (which are tagged), are summed once when the model is built:
// tagging beside such a word adds one row of class scores instead of the
// weights of five features (about 290 weights in rows spread over the
// table), and tagging such a word one row instead of those of its 14 to
// 20 own features. Integer sums do not depend on their order: the tags
// are those of the features' weights. A sentence's first word is not
// taken from the table, as the word tagged or as the word before the
// second (its flags say it starts the sentence).

// roleSelf is the row of a word's own templates (wordFeatures) in
// Model.roles, after its neighbourFeatures' rows.
const (
	roleSelf    = numRoles
	rowsPerWord = numRoles + 1
)

// buildRoles fills m.roles, m.edge and the role index of the frequent
// words' entries; m.words, m.profiles and the weights are set.
func (m *Model) buildRoles() {
	nc := len(m.upos)
	mem := new(memo)
	var scores [256]int32
	var feats []uint64
	sum := func(role int, w *word) []int32 {
		if role == roleSelf {
			feats = wordFeatures(feats[:0], w)
		} else {
			feats = neighbourFeatures(feats[:0], role, w, m.clusters != nil)
		}
		clear(scores[:nc])
		m.sum(feats, &scores, mem)
		return scores[:nc]
	}
	for r := range numRoles {
		m.edge[r] = append([]int32(nil), sum(r, nil)...)
	}
	m.roles = m.roles[:0]
	var n int32
	for _, s := range m.neighbourWords() {
		e := m.words[s]
		var w word
		w.fill(s, false)
		m.prepareWord(&w, s, false)
		e.role = n
		n++
		for r := range numRoles {
			m.roles = append(m.roles, sum(r, &w)...)
		}
		if e.dict >= 0 {
			// never tagged: its own row stays empty
			m.roles = append(m.roles, make([]int32, nc)...)
		} else {
			m.roles = append(m.roles, sum(roleSelf, &w)...)
		}
		m.words[s] = e
	}
}

// neighbourWords returns the words whose neighbour scores are kept: the
// dictionary words and the commonest other words in news (by their news
// profile's count, then by form), each once, in no order that matters.
func (m *Model) neighbourWords() []string {
	type counted struct {
		s string
		n int
	}
	var out []string
	var other []counted
	for s, e := range m.words {
		e.role = -1
		m.words[s] = e
		switch {
		case e.dict >= 0:
			out = append(out, s)
		case strings.HasPrefix(s, "\x00"):
		default:
			if p, ok := m.profiles[strings.ToLower(s)]; ok {
				other = append(other, counted{s, p.p.count})
			}
		}
	}
	slices.SortFunc(other, func(a, b counted) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return strings.Compare(a.s, b.s)
	})
	for _, c := range other[:min(len(other), neighbourCommon)] {
		out = append(out, c.s)
	}
	return out
}

// neighbourCommon is the number of words other than the dictionary's
// whose neighbour scores are kept: with the dictionary's 569, they are
// about 70% of the words beside a tagged word on EWT dev (40% for the
// dictionary's alone), for 1.7 MB of scores. The tagger tagged EWT dev
// at 1.12-1.15x the tokens per CPU-second of five features' weights
// (1.01-1.07x with the dictionary's words alone).
const neighbourCommon = 1500

// neighbourScores returns the class scores of neighbourFeatures in role
// for ws[j] (the sentence's start or end outside it), or nil when they
// are not in the table.
func (m *Model) neighbourScores(role int, ws []word, j int) []int32 {
	if j < 0 || j >= len(ws) {
		return m.edge[role]
	}
	w := &ws[j]
	if w.role < 0 || j == 0 && role == rolePrev {
		return nil
	}
	return m.row(w, role)
}

// row returns w's row of class scores for role (w.role >= 0).
func (m *Model) row(w *word, role int) []int32 {
	nc := len(m.upos)
	at := (int(w.role)*rowsPerWord + role) * nc
	return m.roles[at : at+nc]
}
