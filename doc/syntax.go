package doc

// The syntax layer: every sentence of the document (the headline included)
// tokenized once, Universal Dependencies style, each token with its tags,
// lemma and dependency. Stages after package syntax read these tokens
// instead of tokenizing for themselves. The layer is not part of the JSON
// contract; `dragoman analyze --conllu` shows it.

// Token is one syntactic word.
type Token struct {
	// Span is the token's bytes in the text its sentence was read from
	// (Document.Text, or the headline string for a headline that is not in
	// the text). A word split into several syntactic words ("don't" ->
	// "do" + "n't", "Iran's" -> "Iran" + "'s") gives each part its own
	// sub-span.
	Span
	// Form is the token as the parser saw it; it equals the text of Span
	// except where a token was normalised (curly quotes, "ca" of "can't").
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	// Head is the index in Syntax.Tokens of the token's head, -1 for the
	// sentence's root.
	Head int32
	// Rel is the Universal Dependencies relation to the head ("nsubj",
	// "obl:tmod", "root").
	Rel string
}

// SyntaxSentence is one sentence of the syntax layer: the tokens
// Tokens[First:End] of Syntax.
type SyntaxSentence struct {
	Span
	First, End int
	// Headline marks the headline; when it is not in Document.Text (a
	// page's title, a record's headline) its spans are offsets into
	// *Document.Headline.
	Headline bool
	// Index is the sentence's index in Document.Sentences, -1 for a
	// headline not in the text.
	Index int
}

// Syntax is the document's syntax layer.
type Syntax struct {
	Tokens    []Token
	Sentences []SyntaxSentence
}

// SentenceTokens returns the tokens of sentence i of the layer.
func (s *Syntax) SentenceTokens(i int) []Token {
	ss := s.Sentences[i]
	return s.Tokens[ss.First:ss.End]
}

// ModifiesNoun reports whether toks[i], the last word of a name, modifies
// toks[j], the word after it: a common noun written in lower case that is
// its head on the parse. A name so used reads as an adjective of a people
// or a group ("Zorvan militias", "Kelda magazine"), which a
// small town of that name seldom is; the entity and place stages read it
// the same way.
func ModifiesNoun(toks []Token, i, j int) bool {
	if i < 0 || j < 0 || i >= len(toks) || j >= len(toks) {
		return false
	}
	n := &toks[j]
	return n.UPOS == "NOUN" && n.Form != "" && n.Form[0] >= 'a' && n.Form[0] <= 'z' && int(toks[i].Head) == j
}
