// Package words holds the closed-class English words every stage needs
// (pronouns, determiners, modals, negators, auxiliaries, prepositions,
// the complementizer, conjunctions, reporting and intent verbs, month and
// weekday names) in one data file, data/closed.tsv, validated when the
// package loads. The same file format serves the word lists a single stage
// keeps for itself (see Parse): one format, one validator.
//
// Words are stored as written in the file (lower case for the shared
// list); callers look up lower-cased words.
package words

import (
	_ "embed"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed data/closed.tsv
var closedTSV string

// Attrs are a word's attributes in its class ("person" -> "3").
type Attrs map[string]string

// Class is one class of words.
type Class struct {
	Name        string
	Description string
	keys        map[string]bool
	words       map[string]Attrs
	order       []string
}

// Has reports whether w is in the class. A nil class has no words.
func (c *Class) Has(w string) bool {
	if c == nil {
		return false
	}
	_, ok := c.words[w]
	return ok
}

// Attrs returns w's attributes in the class (nil when w is not in it).
func (c *Class) Attrs(w string) Attrs {
	if c == nil {
		return nil
	}
	return c.words[w]
}

// Attr returns one attribute of w ("" when absent).
func (c *Class) Attr(w, key string) string { return c.Attrs(w)[key] }

// Words returns the class's words in file order.
func (c *Class) Words() []string {
	if c == nil {
		return nil
	}
	return append([]string(nil), c.order...)
}

// Where returns the words of the class whose attribute key has value v, in
// file order.
func (c *Class) Where(key, v string) []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, w := range c.order {
		if c.words[w][key] == v {
			out = append(out, w)
		}
	}
	return out
}

// Set returns the class's words as a set, for hot loops.
func (c *Class) Set() map[string]bool {
	out := map[string]bool{}
	if c != nil {
		for _, w := range c.order {
			out[w] = true
		}
	}
	return out
}

// List is a file of word classes.
type List struct {
	Name    string
	classes map[string]*Class
}

// Class returns the named class. It panics on a class the file does not
// declare: a misspelt class name in code is a programming error that the
// package's tests catch.
func (l *List) Class(name string) *Class {
	c, ok := l.classes[name]
	if !ok {
		panic(fmt.Sprintf("words: %s declares no class %q", l.Name, name))
	}
	return c
}

// Classes returns the names of the declared classes, sorted.
func (l *List) Classes() []string {
	out := make([]string, 0, len(l.classes))
	for n := range l.classes {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Parse reads a word list in the format of data/README.md:
//
//	@class	NAME	KEYS	DESCRIPTION   declares a class; KEYS are its
//	                                     attribute names, comma-separated,
//	                                     or "-"
//	NAME	WORD	ATTRS                 a word of a declared class; ATTRS
//	                                     are key=value pairs separated by
//	                                     spaces, or "-"
//
// An unknown class, an undeclared attribute, a duplicate word in a class,
// an empty field or a class declared twice is an error naming the file and
// the line.
func Parse(r io.Reader, name string) (*List, error) {
	l := &List{Name: name, classes: map[string]*Class{}}
	err := tsv.Each(r, name, 0, func(ln int, f []string) error {
		for i, x := range f {
			if strings.TrimSpace(x) == "" {
				return fmt.Errorf("field %d is empty", i+1)
			}
			if x != strings.TrimSpace(x) {
				return fmt.Errorf("field %d %q has surrounding spaces", i+1, x)
			}
		}
		if f[0] == "@class" {
			if len(f) != 4 {
				return fmt.Errorf("@class wants 4 tab-separated fields (@class, name, keys, description), got %d", len(f))
			}
			if _, dup := l.classes[f[1]]; dup {
				return fmt.Errorf("class %q declared twice", f[1])
			}
			c := &Class{Name: f[1], Description: f[3], keys: map[string]bool{}, words: map[string]Attrs{}}
			if f[2] != "-" {
				for _, k := range strings.Split(f[2], ",") {
					if k == "" || c.keys[k] {
						return fmt.Errorf("class %q: empty or repeated attribute name in %q", f[1], f[2])
					}
					c.keys[k] = true
				}
			}
			l.classes[f[1]] = c
			return nil
		}
		if len(f) != 3 {
			return fmt.Errorf("want 3 tab-separated fields (class, word, attributes), got %d", len(f))
		}
		c, ok := l.classes[f[0]]
		if !ok {
			return fmt.Errorf("unknown class %q (declare it with an @class line first)", f[0])
		}
		if _, dup := c.words[f[1]]; dup {
			return fmt.Errorf("%q is already in class %q", f[1], f[0])
		}
		attrs := Attrs{}
		if f[2] != "-" {
			for _, kv := range strings.Fields(f[2]) {
				k, v, ok := strings.Cut(kv, "=")
				if !ok || k == "" || v == "" {
					return fmt.Errorf("attribute %q is not key=value", kv)
				}
				if !c.keys[k] {
					return fmt.Errorf("class %q has no attribute %q", f[0], k)
				}
				if _, dup := attrs[k]; dup {
					return fmt.Errorf("attribute %q given twice", k)
				}
				attrs[k] = v
			}
		}
		c.words[f[1]] = attrs
		c.order = append(c.order, f[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// ParseFS reads every file of fsys that matches pattern (path.Match
// syntax, in name order) as one list: each file in the format of Parse,
// self-contained (a word's class is declared in its own file), and a
// class declared in two files is an error naming both. It lets a stage
// keep its classes in several files split by concern.
func ParseFS(fsys fs.FS, pattern, name string) (*List, error) {
	files, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no file matches %s", name, pattern)
	}
	sort.Strings(files)
	l := &List{Name: name, classes: map[string]*Class{}}
	from := map[string]string{}
	for _, f := range files {
		r, err := fsys.Open(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		part, err := Parse(r, f)
		r.Close()
		if err != nil {
			return nil, err
		}
		for n, c := range part.classes {
			if other, dup := from[n]; dup {
				return nil, fmt.Errorf("%s: class %q declared in both %s and %s", name, n, other, f)
			}
			from[n] = f
			l.classes[n] = c
		}
	}
	return l, nil
}

// MustParseFS is ParseFS for a stage's package-level lists: it panics on
// a malformed file.
func MustParseFS(fsys fs.FS, pattern, name string) *List {
	l, err := ParseFS(fsys, pattern, name)
	if err != nil {
		panic(err)
	}
	return l
}

// Closed is the shared closed-class list, data/closed.tsv.
var Closed = mustParse(closedTSV, "words/data/closed.tsv")

func mustParse(s, name string) *List {
	l, err := Parse(strings.NewReader(s), name)
	if err != nil {
		panic(err)
	}
	return l
}

// Is reports whether w is in the shared class.
func Is(class, w string) bool { return Closed.Class(class).Has(w) }

// In returns the words of the shared class in file order.
func In(class string) []string { return Closed.Class(class).Words() }

// Attr returns an attribute of w in the shared class ("" when absent).
func Attr(class, w, key string) string { return Closed.Class(class).Attr(w, key) }

// Get returns a shared class, for lookups in hot loops.
func Get(class string) *Class { return Closed.Class(class) }

// MustParse parses an embedded list and panics on a malformed one: for a
// stage's package-level lists, whose tests then fail at once.
func MustParse(s, name string) *List { return mustParse(s, name) }

// DataDigest is a short digest of the built-in word classes
// (data/closed.tsv).
func DataDigest() string { return digest.Strings(closedTSV) }
