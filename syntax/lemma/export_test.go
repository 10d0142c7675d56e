package lemma

// WithoutVerbList returns a copy of m that knows only the verbs of its
// own lexicon, not those of the verb list: the spelling rules alone.
func WithoutVerbList(m *Model) *Model {
	c := *m
	c.list = &verbList{}
	return &c
}
