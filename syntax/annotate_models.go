package syntax

// The calls into the lemmatizer and the parser, with the models there are.

func (m *Models) lemmatize(words []string, a *Analysis) {}

func (m *Models) parse(words []string, a *Analysis) {}
