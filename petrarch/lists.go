package petrarch

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Discards is a discard list (Phoenix.discards.txt): phrases that mark a
// sentence, or with a leading "+" a whole story, as not to be coded
// (sports results, chronologies).
type Discards struct {
	Entries []Discard
}

// Discard is one phrase of a discard list.
type Discard struct {
	Words []string // upper case
	Story bool     // "+": the whole story is discarded, not only the sentence
	// Whole is set when the phrase ended in "_": its last word must be a
	// whole word; otherwise it is a stem ("BASEBALL" matches BASEBALLS).
	Whole bool
	Line  int
}

// LoadDiscards reads the discard list at path.
func LoadDiscards(path string) (*Discards, error) { return openWith(path, ReadDiscards) }

// ReadDiscards reads a discard list; name is used in errors.
func ReadDiscards(r io.Reader, name string) (*Discards, error) {
	lines, err := readLines(r, name, false)
	if err != nil {
		return nil, err
	}
	out := &Discards{}
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		d := Discard{Line: l.n}
		if t[0] == '+' {
			d.Story, t = true, strings.TrimSpace(t[1:])
		}
		if strings.ContainsAny(t, "[]{}+") {
			return nil, &Error{File: name, Line: l.n, Msg: fmt.Sprintf("malformed discard phrase %q", t)}
		}
		d.Whole = strings.HasSuffix(t, "_")
		if d.Words = words(t); len(d.Words) == 0 {
			return nil, &Error{File: name, Line: l.n, Msg: "empty discard phrase"}
		}
		out.Entries = append(out.Entries, d)
	}
	return out, nil
}

// Match returns the first discard phrase found in ws (upper-case words),
// or nil.
func (d *Discards) Match(ws []string) *Discard {
	for k := range d.Entries {
		e := &d.Entries[k]
		n := len(e.Words)
		for i := 0; i+n <= len(ws); i++ {
			ok := true
			for j, w := range e.Words {
				got := ws[i+j]
				if got == w || (j == n-1 && !e.Whole && strings.HasPrefix(got, w)) {
					continue
				}
				ok = false
				break
			}
			if ok {
				return e
			}
		}
	}
	return nil
}

// Issues is an issue-coding dictionary (Phoenix.IssueCoding.txt).
type Issues struct {
	Entries []Issue
	// Warnings are slips tolerated: a second </ISSUE>, two entries on one
	// line.
	Warnings []error
}

// Issue is one phrase line of an issue block.
type Issue struct {
	Category string // the block's CATEGORY
	Type     string // the block's TYPE ("ALL", "COUNTEVENT")
	// Code is the phrase's [CODE], the block's category for a phrase
	// without one, "" for an ignore phrase.
	Code string
	// Phrases are the phrase's expansions, lower case: "n:" nouns in
	// singular and plural, "v:" verbs in their regular forms, "+" both a
	// blank and a hyphen ("pre+k": "pre k", "pre-k"), "†" a blank.
	Phrases []string
	// Ignore is set for "~" and "~~" lines: phrases that look like the
	// issue but are not ("a head start").
	Ignore bool
	Line   int
}

var issueOpenRE = regexp.MustCompile(`^<ISSUE\s+CATEGORY="([^"]*)"(?:\s+TYPE="([^"]*)")?\s*>$`)

// LoadIssues reads the issue dictionary at path.
func LoadIssues(path string) (*Issues, error) { return openWith(path, ReadIssues) }

// ReadIssues reads an issue dictionary; name is used in errors.
func ReadIssues(r io.Reader, name string) (*Issues, error) {
	lines, err := readLines(r, name, false)
	if err != nil {
		return nil, err
	}
	out := &Issues{}
	fail := func(l line, f string, a ...any) error {
		return &Error{File: name, Line: l.n, Msg: fmt.Sprintf(f, a...)}
	}
	category, typ, open := "", "", false
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "<ISSUE") {
			m := issueOpenRE.FindStringSubmatch(t)
			if m == nil {
				return nil, fail(l, "malformed issue block %q (want <ISSUE CATEGORY=\"...\" TYPE=\"...\">)", t)
			}
			if open {
				return nil, fail(l, "issue block opened inside block %s", category)
			}
			category, typ, open = m[1], m[2], true
			continue
		}
		if t == "</ISSUE>" {
			if !open {
				if category != "" { // the production file closes one block twice
					out.Warnings = append(out.Warnings, fail(l, "</ISSUE> closes block %s again", category))
					continue
				}
				return nil, fail(l, "</ISSUE> without a block")
			}
			open = false
			continue
		}
		if !open {
			return nil, fail(l, "issue phrase %q outside an <ISSUE> block", t)
		}
		for t != "" {
			is := Issue{Category: category, Type: typ, Line: l.n}
			rest := ""
			if t[0] == '~' {
				is.Ignore = true
				t = strings.TrimSpace(strings.TrimLeft(t, "~"))
			} else if i := strings.IndexByte(t, '['); i < 0 && !strings.ContainsAny(t, "[]") {
				is.Code = category // a phrase without a code counts for its block
			} else {
				j := strings.IndexByte(t, ']')
				if i < 0 || j < i {
					return nil, fail(l, "malformed issue code in %q (want PHRASE [CODE])", t)
				}
				is.Code = strings.TrimSpace(t[i+1 : j])
				if is.Code == "" || strings.ContainsAny(is.Code, " \t[") {
					return nil, fail(l, "malformed issue code in %q", t)
				}
				if rest = strings.TrimSpace(t[j+1:]); strings.HasPrefix(rest, "[") {
					out.Warnings = append(out.Warnings, fail(l, "second code ignored: %q", rest))
					rest = ""
				} else if rest != "" {
					// "a [X]b": two entries run together on one line
					out.Warnings = append(out.Warnings, fail(l, "text after the code read as another phrase: %q", rest))
				}
				t = strings.TrimSpace(t[:i])
			}
			if t == "" || strings.ContainsAny(t, "[]{}") {
				return nil, fail(l, "malformed issue phrase %q", t)
			}
			is.Phrases = expandIssue(t)
			out.Entries = append(out.Entries, is)
			t = rest
		}
	}
	if open {
		return nil, &Error{File: name, Line: len(lines), Msg: "issue block " + category + " not closed with </ISSUE>"}
	}
	return out, nil
}

// expandIssue expands one issue phrase into its forms.
func expandIssue(p string) []string {
	p = strings.ReplaceAll(strings.ToLower(p), "†", " ")
	forms := []string{""}
	for k, w := range strings.Fields(p) {
		var alts []string
		// "+" inside a word joins its parts with a blank or a hyphen;
		// "n:" and "v:" may stand before any part ("pre+n:school")
		parts := strings.Split(w, "+")
		joined := []string{""}
		for i, part := range parts {
			var variants []string
			switch {
			case strings.HasPrefix(part, "n:"):
				s := part[2:]
				variants = []string{s, strings.ToLower(plural(strings.ToUpper(s)))}
			case strings.HasPrefix(part, "v:"):
				s := part[2:]
				variants = []string{s}
				for _, f := range Inflect(strings.ToUpper(s)) {
					variants = append(variants, strings.ToLower(f))
				}
			default:
				variants = []string{part}
			}
			var next []string
			for _, j := range joined {
				for _, v := range variants {
					if i == 0 {
						next = append(next, v)
						continue
					}
					next = append(next, j+" "+v, j+"-"+v)
				}
			}
			joined = capForms(next)
		}
		alts = joined
		var next []string
		for _, f := range forms {
			for _, a := range alts {
				if k == 0 {
					next = append(next, a)
				} else {
					next = append(next, f+" "+a)
				}
			}
		}
		forms = capForms(next)
	}
	return forms
}

// maxForms bounds the expansions of one issue phrase (a phrase of many
// "+" joins would otherwise double per join).
const maxForms = 256

func capForms(f []string) []string {
	if len(f) > maxForms {
		return f[:maxForms]
	}
	return f
}
