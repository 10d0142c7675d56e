package syntax

// lemmatize fills a.Lemma from the words and their tags.
func (m *Models) lemmatize(words []string, a *Analysis) {
	if m.Lemma == nil {
		return
	}
	for i, w := range words {
		a.Lemma[i] = m.Lemma.Lemma(w, a.UPOS[i], a.XPOS[i])
	}
}

// parse fills a.Head and a.Rel. A sentence longer than MaxParse is parsed
// in chunks; the root of each chunk after the first depends on the first
// chunk's root (parataxis), so the result is still one tree.
func (m *Models) parse(words []string, a *Analysis) {
	if m.Parser == nil {
		return
	}
	n := len(words)
	if n <= MaxParse {
		m.Parser.Parse(words, a.UPOS, a.XPOS, a.Head, a.Rel)
		return
	}
	root := 0
	for _, c := range chunks(words, a.UPOS, n) {
		lo, hi := c[0], c[1]
		m.Parser.Parse(words[lo:hi], a.UPOS[lo:hi], a.XPOS[lo:hi], a.Head[lo:hi], a.Rel[lo:hi])
		for i := lo; i < hi; i++ {
			if a.Head[i] > 0 {
				a.Head[i] += lo
				continue
			}
			if root == 0 {
				root = i + 1
				continue
			}
			a.Head[i], a.Rel[i] = root, "parataxis"
		}
	}
}
