package article

import (
	_ "embed"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed rules/boilerplate.tsv
var defaultRulesTSV string

//go:embed rules/outlets.tsv
var defaultOutletsTSV string

// Rule is one boilerplate line rule (see rules/boilerplate.tsv).
type Rule struct {
	Kind     string
	Name     string
	MaxWords int // 0: any length
	Prefix   bool
	// Needles are lower-case literals; a block must hold one of them.
	Needles []string
	Pattern *regexp.Regexp

	place, outlet, names, date int // submatch indexes, -1 when absent
}

// Rules is a validated rule set.
type Rules struct {
	Lines    []*Rule // whole-block rules, in file order
	Prefixes []*Rule // prefix rules, in file order
	// Outlets maps a lower-cased alias to the outlet's canonical name.
	Outlets map[string]string
}

var kinds = map[string]bool{
	doc.KindCaption: true, doc.KindVideo: true, doc.KindCredit: true,
	doc.KindByline: true, doc.KindDateline: true, doc.KindNavigation: true,
	doc.KindPromo: true, doc.KindOther: true,
}

// ParseRules reads a boilerplate rule file; name is used in error messages.
func ParseRules(r io.Reader, name string) ([]*Rule, error) {
	var out []*Rule
	seen := map[string]int{}
	err := tsv.Each(r, name, 6, func(ln int, f []string) error {
		ru := &Rule{Kind: f[0], Name: f[1]}
		if !kinds[ru.Kind] {
			return fmt.Errorf("unknown kind %q", f[0])
		}
		if ru.Name == "" {
			return fmt.Errorf("empty rule name")
		}
		if prev, dup := seen[ru.Name]; dup {
			return fmt.Errorf("rule name %q already used on line %d", ru.Name, prev)
		}
		seen[ru.Name] = ln
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 0 {
			return fmt.Errorf("max_words %q is not a whole number >= 0", f[2])
		}
		ru.MaxWords = n
		switch f[3] {
		case "line":
		case "prefix":
			ru.Prefix = true
		default:
			return fmt.Errorf("scope %q is not line or prefix", f[3])
		}
		if f[4] != "-" {
			if f[4] == "" {
				return fmt.Errorf("empty needle (write - for none)")
			}
			for _, n := range strings.Split(f[4], "|") {
				if n == "" {
					return fmt.Errorf("empty alternative in needle %q", f[4])
				}
				ru.Needles = append(ru.Needles, strings.ToLower(n))
			}
		}
		re, err := tsv.Pattern(unicodeSpaces(f[5]))
		if err != nil {
			return err
		}
		ru.Pattern = re
		ru.place, ru.outlet, ru.names, ru.date = re.SubexpIndex("place"), re.SubexpIndex("outlet"), re.SubexpIndex("names"), re.SubexpIndex("date")
		out = append(out, ru)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no rules", name)
	}
	return out, nil
}

// unicodeSpaces makes \s in a pattern also match Unicode space separators
// (the no-break space of "CNN\u00a0—"), inside and outside classes.
func unicodeSpaces(p string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '\\' && i+1 < len(p) {
			if p[i+1] == 's' {
				if inClass {
					b.WriteString(`\s\p{Zs}`)
				} else {
					b.WriteString(`[\s\p{Zs}]`)
				}
			} else {
				b.WriteByte(c)
				b.WriteByte(p[i+1])
			}
			i++
			continue
		}
		switch c {
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// ParseOutlets reads an outlet alias file: "canonical<TAB>alias<TAB>alias…".
func ParseOutlets(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	err := tsv.Each(r, name, 0, func(ln int, f []string) error {
		canon := strings.TrimSpace(f[0])
		if canon == "" {
			return fmt.Errorf("empty canonical outlet name")
		}
		for _, a := range append([]string{canon}, f[1:]...) {
			a = strings.TrimSpace(a)
			if a == "" {
				return fmt.Errorf("empty alias")
			}
			k := strings.ToLower(a)
			if prev, ok := out[k]; ok && prev != canon {
				return fmt.Errorf("alias %q already names %q", a, prev)
			}
			out[k] = canon
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// NewRules builds a rule set from rule and outlet files.
func NewRules(rules io.Reader, rulesName string, outlets io.Reader, outletsName string) (*Rules, error) {
	rs, err := ParseRules(rules, rulesName)
	if err != nil {
		return nil, err
	}
	om, err := ParseOutlets(outlets, outletsName)
	if err != nil {
		return nil, err
	}
	out := &Rules{Outlets: om}
	for _, r := range rs {
		if r.Prefix {
			out.Prefixes = append(out.Prefixes, r)
		} else {
			out.Lines = append(out.Lines, r)
		}
	}
	return out, nil
}

// DefaultRules returns the rules built into dragoman, loaded and validated
// once.
var DefaultRules = sync.OnceValues(func() (*Rules, error) {
	return NewRules(strings.NewReader(defaultRulesTSV), "article/rules/boilerplate.tsv",
		strings.NewReader(defaultOutletsTSV), "article/rules/outlets.tsv")
})

// Outlet returns the canonical name of an outlet alias, and whether it is known.
// A site name such as "The Jerusalem Post | JPost.com" is tried whole, then
// part by part.
func (r *Rules) Outlet(alias string) (string, bool) {
	if c, ok := r.Outlets[strings.ToLower(strings.TrimSpace(alias))]; ok {
		return c, true
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", ": "} {
		if !strings.Contains(alias, sep) {
			continue
		}
		for _, part := range strings.Split(alias, sep) {
			if c, ok := r.Outlets[strings.ToLower(strings.TrimSpace(part))]; ok {
				return c, true
			}
		}
	}
	return "", false
}

// DataDigest is a short digest of the built-in rules (rules/*.tsv).
func DataDigest() string { return digest.Strings(defaultRulesTSV, defaultOutletsTSV) }
