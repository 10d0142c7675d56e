package lemma

// The lexicon and the rules are looked up by word: words holds, for each
// word of a lexicon key, its entries of every kind and tag, and suffixes,
// for each suffix of a rule key, its rules by tag. Lemma finds a word's
// lexicon entries with one look-up by a string (two when the form has
// capitals), where the (kind, word, tag) keys of lex took one look-up of
// a three-field key for each kind, and each of those hashed and compared
// the whole key. The answers are those of lex and rules.
type lexEntry struct {
	kind       uint8
	tag, lemma string
}

type suffixRule struct {
	tag  string
	rule rule
}

// index builds m.words and m.suffixes from m.lex and m.rules.
func (m *Model) index() {
	m.words = make(map[string][]lexEntry, len(m.lex)/2)
	// sortedKeys orders the keys by kind first, so that a word's
	// entries come as Lemma tries them: byForm, byLower, byUPOS.
	for _, k := range sortedKeys(m.lex) {
		m.words[k.word] = append(m.words[k.word], lexEntry{k.kind, k.tag, m.lex[k]})
	}
	m.suffixes = make(map[string][]suffixRule, len(m.rules)/4)
	for _, k := range sortedKeys(m.rules) {
		m.suffixes[k.word] = append(m.suffixes[k.word], suffixRule{k.tag, m.rules[k]})
	}
}

// lookup returns the lemma of (kind, tag) among a word's entries.
func lookup(es []lexEntry, kind uint8, tag string) (string, bool) {
	for i := range es {
		if es[i].kind == kind && es[i].tag == tag {
			return es[i].lemma, true
		}
	}
	return "", false
}

// tagRule returns the rule of tag among a suffix's rules.
func tagRule(rs []suffixRule, tag string) (rule, bool) {
	for i := range rs {
		if rs[i].tag == tag {
			return rs[i].rule, true
		}
	}
	return rule{}, false
}
