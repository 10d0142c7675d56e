package lemma

// The lexicon and the rules are looked up by word: words holds, for each
// word of a lexicon key, its entries of every kind and tag, and suffixes,
// for each suffix of a rule key, its rules by tag. Lemma finds a word's
// lexicon entries with one look-up by a string (two when the form has
// capitals), where a map by (kind, word, tag) key took one look-up of a
// three-field key for each kind, each hashing and comparing the whole
// key. The answers are those of the maps by key (TestIndex).
type lexEntry struct {
	kind       uint8
	tag, lemma string
}

type suffixRule struct {
	tag  string
	rule rule
}

// fromMaps returns the model of a lexicon and rules by key.
func fromMaps(lex map[key]string, rules map[key]rule) *Model {
	m := &Model{words: make(map[string][]lexEntry, len(lex)/2), suffixes: make(map[string][]suffixRule, len(rules)/4)}
	// sortedKeys orders the keys by kind first, so that a word's entries
	// come as Lemma tries them: byForm, byLower, byUPOS (as Read adds
	// them, in the file's order).
	for _, k := range sortedKeys(lex) {
		m.words[k.word] = append(m.words[k.word], lexEntry{k.kind, k.tag, lex[k]})
	}
	for _, k := range sortedKeys(rules) {
		m.suffixes[k.word] = append(m.suffixes[k.word], suffixRule{k.tag, rules[k]})
	}
	m.verbs, m.list = verbLemmas(m.words), builtinVerbs()
	return m
}

// maps returns the model's lexicon and rules by key.
func (m *Model) maps() (lex map[key]string, rules map[key]rule) {
	lex, rules = map[key]string{}, map[key]rule{}
	for w, es := range m.words {
		for _, e := range es {
			lex[key{e.kind, w, e.tag}] = e.lemma
		}
	}
	for suf, rs := range m.suffixes {
		for _, r := range rs {
			rules[key{0, suf, r.tag}] = r.rule
		}
	}
	return lex, rules
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
