package petrarch

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// Verbs is a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt):
// its synonym sets, its verb blocks with their verbs and patterns, and its
// transformations.
type Verbs struct {
	// Synsets are the synonym sets by name, with the leading "&" ("&CURRENCY").
	Synsets map[string]*Synset
	// Blocks are the verb blocks in file order.
	Blocks []*Block
	// Verbs are all the verbs of all blocks, in file order.
	Verbs []*Verb
	// Transforms are the "~ a (a b ATTACK) SAY = a b 015" lines, read
	// (transforms.go).
	Transforms []*Transform
	// Warnings are entries kept but that cannot match as written: patterns
	// naming a synonym set the file does not define.
	Warnings []error

	byWord map[string][]*Verb
}

// Synset is a synonym set: "&NAME" followed by "+WORD OR PHRASE" lines.
type Synset struct {
	Name string // with the leading "&", without a trailing "_"
	// NoPlural is set when the label ends in "_": no plurals are formed
	// for its members.
	NoPlural bool
	Members  []Member
	Line     int
}

// Member is one "+" line of a synonym set: a phrase of consecutive words,
// or another set ("+&TIETYPES").
type Member struct {
	Words    []string // upper case; nil when Synset is set
	Synset   string   // a nested set's name with "&", or ""
	NoPlural bool     // the phrase ended in "_"
}

// Block is a verb block: "--- NAME [CODE] ---", its verbs and its patterns.
// The patterns apply to every verb of the block.
type Block struct {
	Name     string
	Code     Code // the block's code; the null code "---" when absent
	Line     int
	Verbs    []*Verb
	Patterns []*Pattern
}

// Verb is one verb line of a block: a single verb ("ATTACK") or a phrase
// with the verb marked by "+" ("+BREAK_DOWN", "WIRE_+TAP"), its inflected
// forms and its code.
type Verb struct {
	// Lemma is the verb phrase's words joined by spaces ("BREAK DOWN").
	Lemma string
	Words []string
	// Head is the index in Words of the verb itself.
	Head int
	// Forms are all the forms the verb is matched in, the lemma first:
	// the forms given in {...} when the line has them (an empty {} means
	// the lemma only), else the regular English ones.
	Forms []Form
	// Irregular is set when the forms were given in {...}.
	Irregular bool
	// Code is the verb's own code when the line has one, else the block's.
	Code    Code
	OwnCode bool
	Block   *Block
	Line    int
}

// Form is one form of a verb phrase.
type Form struct {
	Words []string
	Head  int // index of the verb in Words
}

// Text is the form's words joined by spaces.
func (f Form) Text() string { return strings.Join(f.Words, " ") }

// Pattern is one "- ... * ... [CODE]" line of a block.
type Pattern struct {
	// Elements are the pattern's elements in order; exactly one is the
	// verb slot ElemVerb ("*"), except in legacy patterns without one.
	Elements []Element
	Code     Code
	Comment  string
	Block    *Block
	Line     int
	// Text is the pattern as written, without the code and comment.
	Text string
	// Warning says what was odd but tolerated in the pattern, or "".
	Warning string
}

// VerbAt returns the index of the pattern's verb slot, or -1.
func (p *Pattern) VerbAt() int {
	for i, e := range p.Elements {
		if e.Kind == ElemVerb {
			return i
		}
	}
	return -1
}

// ElemKind says what a pattern element stands for.
type ElemKind uint8

// Pattern element kinds.
const (
	ElemWord     ElemKind = iota // a word that must occur
	ElemSynset                   // any member of a synonym set
	ElemVerb                     // "*": the verb itself
	ElemSource                   // "$": the source actor
	ElemTarget                   // "+": the target actor
	ElemSkip                     // "^": skip a noun phrase
	ElemCompound                 // "%": a compound actor (both source and target)
	ElemPrep                     // the preposition heading a (...) phrase
)

var elemNames = [...]string{"word", "synset", "verb", "source", "target", "skip", "compound", "prep"}

func (k ElemKind) String() string {
	if int(k) < len(elemNames) {
		return elemNames[k]
	}
	return fmt.Sprintf("ElemKind(%d)", k)
}

// Element is one element of a pattern.
type Element struct {
	Kind ElemKind
	// Word is the word (ElemWord, ElemPrep) in upper case, or the set's
	// name with "&" (ElemSynset).
	Word string
	// Prep is the preposition of the (...) phrase the element is in;
	// "" outside one. A phrase's ElemPrep element carries its own word.
	Prep string
	// Group numbers the innermost (...) or {...} group holding the
	// element, from 1 in pattern order; 0 outside groups.
	Group int
	// NounPhrase is set inside {...}: the words form one noun phrase.
	NounPhrase bool
	// Joined is set when "_" joins the element to the one before it: the
	// two must be consecutive words.
	Joined bool
}

// Code is a code in brackets: "[042]", the null code "[---]", or the
// "[A:B]" form of an event A from source to target and B back from target
// to source ("[:173]" has only the reverse event).
type Code struct {
	Event   string // "" when the bracket has only a reverse code
	Reverse string // "" unless the code has the A:B form
	Raw     string // as written, without brackets
}

// Null reports whether the code codes no event ("---" or empty).
func (c Code) Null() bool { return (c.Event == "" || c.Event == "---") && c.Reverse == "" }

func (c Code) String() string { return c.Raw }

// ParseCode reads a code without its brackets.
func ParseCode(s string) (Code, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Code{}, fmt.Errorf("empty code []")
	}
	if strings.ContainsAny(s, " \t[]") {
		return Code{}, fmt.Errorf("malformed code [%s]", s)
	}
	c := Code{Raw: s, Event: s}
	if i := strings.IndexByte(s, ':'); i >= 0 {
		c.Event, c.Reverse = s[:i], s[i+1:]
		if strings.IndexByte(c.Reverse, ':') >= 0 || (c.Event == "" && c.Reverse == "") {
			return Code{}, fmt.Errorf("malformed code [%s]", s)
		}
	}
	return c, nil
}

// LoadVerbs reads the verb dictionary at path.
func LoadVerbs(path string) (*Verbs, error) { return openWith(path, ReadVerbs) }

var (
	codeRE  = regexp.MustCompile(`\[([^\]]*)\]\s*$`)
	formsRE = regexp.MustCompile(`\{([^}]*)\}`)
)

// ReadVerbs reads a verb dictionary; name is used in errors.
func ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	lines, err := readLines(r, name, false)
	if err != nil {
		return nil, err
	}
	v := &Verbs{Synsets: map[string]*Synset{}}
	fail := func(l line, f string, a ...any) error {
		return &Error{File: name, Line: l.n, Msg: fmt.Sprintf(f, a...)}
	}
	var set *Synset  // the synonym set being read
	var block *Block // the current verb block
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "&"):
			nm := strings.Fields(t)[0]
			if len(strings.Fields(t)) > 1 || len(nm) < 2 {
				return nil, fail(l, "malformed synonym set label %q", t)
			}
			set = &Synset{Name: strings.TrimSuffix(nm, "_"), NoPlural: strings.HasSuffix(nm, "_"), Line: l.n}
			if old := v.Synsets[set.Name]; old != nil {
				// defined again: the members add to the first definition
				v.Warnings = append(v.Warnings, &Error{File: name, Line: l.n, Msg: fmt.Sprintf("synonym set %s defined again (first at line %d); members merged", set.Name, old.Line)})
				set = old
				continue
			}
			v.Synsets[set.Name] = set
			continue
		case strings.HasPrefix(t, "+") && set != nil:
			m := strings.TrimSpace(t[1:])
			if m == "" {
				return nil, fail(l, "empty member of synonym set %s", set.Name)
			}
			if strings.HasPrefix(m, "&") {
				set.Members = append(set.Members, Member{Synset: strings.TrimSuffix(m, "_")})
				continue
			}
			ws := words(m)
			if len(ws) == 0 {
				return nil, fail(l, "empty member of synonym set %s", set.Name)
			}
			set.Members = append(set.Members, Member{Words: ws, NoPlural: strings.HasSuffix(m, "_")})
			continue
		}
		set = nil
		switch {
		case strings.HasPrefix(t, "---"):
			nm, code, extra := splitHeader(t)
			if nm == "" {
				return nil, fail(l, "malformed block header %q (want --- NAME [CODE] ---)", t)
			}
			block = &Block{Name: strings.TrimSuffix(nm, "_"), Line: l.n, Code: Code{Event: "---", Raw: "---"}}
			if code != nil {
				c, err := ParseCode(*code)
				if err != nil {
					return nil, fail(l, "%v", err)
				}
				block.Code = c
			}
			if extra != "" {
				v.Warnings = append(v.Warnings, &Error{File: name, Line: l.n, Msg: "block header " + t + ": ignored " + extra})
			}
			v.Blocks = append(v.Blocks, block)
		case strings.HasPrefix(t, "-"), block != nil && strings.IndexByte("*$%^({", t[0]) >= 0:
			if block == nil {
				return nil, fail(l, "pattern before any verb block")
			}
			if t[0] != '-' {
				// "* (TO X) [110]": a pattern that lost its "-"
				v.Warnings = append(v.Warnings, &Error{File: name, Line: l.n, Msg: "pattern without its leading -"})
				t = "-" + t
			}
			p, err := parsePattern(strings.TrimSpace(t[1:]))
			if err != nil {
				return nil, fail(l, "%v", err)
			}
			p.Line, p.Block, p.Comment = l.n, block, l.comment
			if p.Warning != "" {
				v.Warnings = append(v.Warnings, &Error{File: name, Line: l.n, Msg: p.Warning})
			}
			block.Patterns = append(block.Patterns, p)
		case strings.HasPrefix(t, "~"):
			lhs, rhs, ok := strings.Cut(strings.TrimSpace(t[1:]), "=")
			if !ok || strings.TrimSpace(lhs) == "" || strings.TrimSpace(rhs) == "" {
				return nil, fail(l, "malformed transformation %q (want ~ PATTERN = RESULT)", t)
			}
			tr, err := parseTransform(lhs, rhs)
			if err != nil {
				return nil, fail(l, "malformed transformation %q: %v", t, err)
			}
			tr.Line = l.n
			v.Transforms = append(v.Transforms, tr)
		default:
			vb, err := parseVerb(t)
			if err != nil {
				return nil, fail(l, "%v", err)
			}
			if block == nil { // a verb before any block header starts its own block
				block = &Block{Name: vb.Lemma, Line: l.n, Code: Code{Event: "---", Raw: "---"}}
				v.Blocks = append(v.Blocks, block)
			}
			vb.Line, vb.Block = l.n, block
			if !vb.OwnCode {
				vb.Code = block.Code
			}
			block.Verbs = append(block.Verbs, vb)
			v.Verbs = append(v.Verbs, vb)
		}
	}
	for _, b := range v.Blocks {
		for _, p := range b.Patterns {
			for _, e := range p.Elements {
				if e.Kind == ElemSynset && v.Synsets[e.Word] == nil {
					v.Warnings = append(v.Warnings, &Error{File: name, Line: p.Line, Msg: "undefined synonym set " + e.Word})
				}
			}
		}
	}
	for _, s := range v.Synsets {
		for _, m := range s.Members {
			if m.Synset != "" && v.Synsets[m.Synset] == nil {
				v.Warnings = append(v.Warnings, &Error{File: name, Line: s.Line, Msg: "synonym set " + s.Name + " names undefined set " + m.Synset})
			}
		}
	}
	v.index()
	if err := v.resolveTransforms(name); err != nil {
		return nil, err
	}
	sort.Slice(v.Warnings, func(i, j int) bool { return v.Warnings[i].(*Error).Line < v.Warnings[j].(*Error).Line })
	return v, nil
}

// splitHeader reads a block header "--- NAME [CODE] ---": its name, its
// code (nil without one) and what else the line has after the code,
// tolerating the files' slips ("[110]---  ---", a missing closing "---", a
// second code).
func splitHeader(t string) (name string, code *string, extra string) {
	t = strings.TrimLeft(t, "-")
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "-"))
	i := strings.IndexByte(t, '[')
	if i < 0 {
		return strings.TrimSpace(t), nil, ""
	}
	name = strings.TrimSpace(t[:i])
	j := strings.IndexByte(t[i:], ']')
	if j < 0 {
		return "", nil, ""
	}
	c := t[i+1 : i+j]
	rest := strings.TrimSpace(strings.Trim(strings.TrimSpace(t[i+j+1:]), "-"))
	return name, &c, rest
}

// parseVerb reads a verb line: "SPEED {SPEEDING SPEEDS SPED}",
// "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]", "WIRE_+TAP", "GRILL [110]".
func parseVerb(t string) (*Verb, error) {
	vb := &Verb{}
	if m := codeRE.FindStringSubmatchIndex(t); m != nil {
		c, err := ParseCode(t[m[2]:m[3]])
		if err != nil {
			return nil, err
		}
		vb.Code, vb.OwnCode = c, true
		t = strings.TrimSpace(t[:m[0]])
	}
	var forms []string
	if m := formsRE.FindStringSubmatchIndex(t); m != nil {
		if strings.TrimSpace(t[m[1]:]) != "" {
			return nil, fmt.Errorf("text after the forms in verb line %q", t)
		}
		forms = strings.Fields(t[m[2]:m[3]])
		vb.Irregular = true
		t = strings.TrimSpace(t[:m[0]])
	}
	if strings.ContainsAny(t, "{}[]()*$%^&") {
		return nil, fmt.Errorf("malformed verb line %q (want VERB {FORMS} [CODE])", t)
	}
	f, err := parseForm(t)
	if err != nil {
		return nil, err
	}
	vb.Words, vb.Head, vb.Lemma = f.Words, f.Head, f.Text()
	vb.Forms = []Form{f}
	if vb.Irregular {
		for _, s := range forms {
			g, err := parseForm(s)
			if err != nil {
				return nil, err
			}
			vb.Forms = append(vb.Forms, g)
		}
		return vb, nil
	}
	for _, w := range Inflect(f.Words[f.Head]) {
		ws := append([]string(nil), f.Words...)
		ws[f.Head] = w
		vb.Forms = append(vb.Forms, Form{Words: ws, Head: f.Head})
	}
	return vb, nil
}

// parseForm reads one verb phrase: "ATTACK", "+BREAK_DOWN", "WIRE_+TAP".
// Without a "+" a single word is the verb; in a phrase without one, the
// first word is.
func parseForm(s string) (Form, error) {
	ws := strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == ' ' || r == '_' })
	if len(ws) == 0 {
		return Form{}, fmt.Errorf("empty verb")
	}
	f := Form{}
	marks := 0
	for i, w := range ws {
		if strings.HasPrefix(w, "+") {
			w = w[1:]
			f.Head = i
			marks++
		}
		if w == "" {
			return Form{}, fmt.Errorf("empty word in verb %q", s)
		}
		f.Words = append(f.Words, w)
	}
	if marks > 1 {
		return Form{}, fmt.Errorf("verb %q marks more than one word with +", s)
	}
	return f, nil
}

// Inflect returns the regular English forms of an upper-case verb other
// than the base: third person singular, past (and participle), and -ING.
func Inflect(w string) []string {
	if w == "" {
		return nil
	}
	consY := len(w) > 1 && w[len(w)-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[len(w)-2]))
	var s, ed, ing string
	switch {
	case consY:
		s, ed = w[:len(w)-1]+"IES", w[:len(w)-1]+"IED"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "SH"), strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"), strings.HasSuffix(w, "O"):
		s = w + "ES"
	default:
		s = w + "S"
	}
	if ed == "" {
		if strings.HasSuffix(w, "E") {
			ed = w + "D"
		} else {
			ed = w + "ED"
		}
	}
	switch {
	case strings.HasSuffix(w, "IE"):
		ing = w[:len(w)-2] + "YING"
	case strings.HasSuffix(w, "E") && !strings.HasSuffix(w, "EE") && !strings.HasSuffix(w, "YE") && !strings.HasSuffix(w, "OE") && len(w) > 2:
		ing = w[:len(w)-1] + "ING"
	default:
		ing = w + "ING"
	}
	return []string{s, ed, ing}
}

// parsePattern reads a pattern line after its "-".
func parsePattern(t string) (*Pattern, error) {
	m := codeRE.FindStringSubmatchIndex(t)
	if m == nil {
		return nil, fmt.Errorf("pattern %q has no [CODE]", t)
	}
	c, err := ParseCode(t[m[2]:m[3]])
	if err != nil {
		return nil, err
	}
	p := &Pattern{Code: c, Text: strings.TrimSpace(t[:m[0]])}
	body := p.Text
	type group struct {
		id   int
		prep string
		np   bool
		open byte
	}
	var stack []group
	groups := 0
	joinNext := false
	for i := 0; i < len(body); {
		ch := body[i]
		switch {
		case ch == ' ' || ch == '\t':
			i++
			continue
		case ch == '(' || ch == '{':
			groups++
			g := group{id: groups, np: ch == '{', open: ch}
			if len(stack) > 0 {
				g.prep = stack[len(stack)-1].prep
				g.np = g.np || stack[len(stack)-1].np
			}
			stack = append(stack, g)
			i++
			continue
		case ch == ')' || ch == '}':
			want := byte('(')
			if ch == '}' {
				want = '{'
			}
			if len(stack) == 0 {
				// a stray closer after a complete pattern ("(WITH VISIT) VISIT)"
				// in the production file): kept, reported as a warning
				p.Warning = fmt.Sprintf("stray %q in pattern %q", ch, body)
				i++
				continue
			}
			if stack[len(stack)-1].open != want {
				return nil, fmt.Errorf("unbalanced %q in pattern %q", ch, body)
			}
			stack = stack[:len(stack)-1]
			i++
			joinNext = false
			continue
		}
		j := i
		for j < len(body) && !strings.ContainsRune(" \t(){}", rune(body[j])) {
			j++
		}
		tok := body[i:j]
		i = j
		// "*SCEPTICAL": a slot glued to a word is two elements
		if len(tok) > 1 && strings.IndexByte("*$^%", tok[0]) >= 0 && isWordByte(tok[1]) {
			tok = tok[:1] + " " + tok[1:]
		}
		pieces := strings.FieldsFunc(tok, func(r rune) bool { return r == '_' || r == ' ' })
		if strings.HasSuffix(tok, "_") {
			pieces = append(pieces, "")
		}
		if strings.HasPrefix(tok, "_") {
			pieces = append([]string{""}, pieces...)
		}
		for k, pc := range pieces {
			if pc == "" {
				if k == len(pieces)-1 && k > 0 {
					joinNext = true // "IN_ *": the next token follows directly
				}
				continue
			}
			e := Element{Joined: joinNext || (k > 0 && pieces[k-1] != "")}
			joinNext = false
			switch {
			case pc == "*" || pc == "**":
				e.Kind = ElemVerb
			case pc == "$":
				e.Kind = ElemSource
			case pc == "+":
				e.Kind = ElemTarget
			case pc == "^":
				e.Kind = ElemSkip
			case pc == "%":
				e.Kind = ElemCompound
			case strings.HasPrefix(pc, "&"):
				if len(pc) < 2 {
					return nil, fmt.Errorf("empty synonym set name in pattern %q", body)
				}
				e.Kind, e.Word = ElemSynset, strings.ToUpper(pc)
			default:
				if strings.ContainsAny(pc, "[]|*$^%&+") {
					return nil, fmt.Errorf("malformed word %q in pattern %q", pc, body)
				}
				e.Kind, e.Word = ElemWord, strings.ToUpper(pc)
			}
			if n := len(stack); n > 0 {
				g := &stack[n-1]
				e.Group, e.NounPhrase = g.id, g.np
				if g.open == '(' && g.prep == "" && e.Kind == ElemWord {
					// the first word of a (...) phrase is its preposition
					e.Kind = ElemPrep
					for s := n - 1; s >= 0 && stack[s].prep == ""; s-- {
						stack[s].prep = e.Word
					}
				}
				e.Prep = g.prep
			}
			p.Elements = append(p.Elements, e)
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("unclosed %q in pattern %q", stack[len(stack)-1].open, body)
	}
	if len(p.Elements) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	verbs := 0
	for _, e := range p.Elements {
		if e.Kind == ElemVerb {
			verbs++
		}
	}
	if verbs > 1 {
		return nil, fmt.Errorf("pattern %q has more than one verb slot *", body)
	}
	return p, nil
}

func isWordByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// index builds the verb lookup by form.
func (v *Verbs) index() {
	v.byWord = map[string][]*Verb{}
	for _, vb := range v.Verbs {
		seen := map[string]bool{}
		for _, f := range vb.Forms {
			w := f.Words[f.Head]
			if !seen[w] {
				seen[w] = true
				v.byWord[w] = append(v.byWord[w], vb)
			}
		}
	}
}

// Lookup returns the verbs one of whose forms has the word (any case) as
// its verb: "said" finds SAY, "broke" finds BREAK and BREAK DOWN. Phrase
// verbs are returned too; the caller checks their other words.
func (v *Verbs) Lookup(word string) []*Verb { return v.byWord[strings.ToUpper(word)] }

// Patterns counts the patterns of all blocks.
func (v *Verbs) Patterns() int {
	n := 0
	for _, b := range v.Blocks {
		n += len(b.Patterns)
	}
	return n
}

// Expand returns the phrases a synonym set stands for, nested sets
// expanded and regular plurals added (unless the set's label or the
// phrase ends in "_"; the plural inflects the phrase's last word). It
// returns nil for an unknown set.
func (v *Verbs) Expand(name string) [][]string {
	var out [][]string
	seen := map[string]bool{}
	var walk func(string)
	walk = func(n string) {
		s := v.Synsets[n]
		if s == nil || seen[n] {
			return
		}
		seen[n] = true
		for _, m := range s.Members {
			if m.Synset != "" {
				walk(m.Synset)
				continue
			}
			out = append(out, m.Words)
			if !s.NoPlural && !m.NoPlural {
				pl := append([]string(nil), m.Words...)
				pl[len(pl)-1] = plural(pl[len(pl)-1])
				out = append(out, pl)
			}
		}
	}
	walk(name)
	return out
}
