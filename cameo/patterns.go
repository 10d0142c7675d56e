package cameo

import (
	"fmt"
	"io"
	"strings"

	"github.com/dragoman/dragoman/internal/tsv"
)

// Pattern is one line of verbs.tsv.
type Pattern struct {
	Code    string
	Noun    bool
	Words   []string // the trigger and the words that must follow it
	Object  []string // one must follow in the clause; nil for none
	Prep    string
	Line    int
	negForm bool // "not provide": matches a negated verb, the event is not negated
	Reverse bool // kind r: the subject is the target ("received aid from X")
	Means   bool // kind i: the means of a violent act ("died in a drone strike")
	// Accident marks a kind-a pattern: a cause that is no one's act
	// ("killed in a helicopter crash"); its Code is empty.
	Accident bool
	// Occur marks a kind-o pattern: an event noun counted only where the
	// parse tells it happened ("the rally began", "staged a strike").
	Occur bool
}

// specificity ranks patterns for one trigger.
func (p *Pattern) specificity() int {
	n := 0
	if len(p.Object) > 0 {
		n += 2
	}
	if p.Prep != "" {
		n++
	}
	n += 2 * (len(p.Words) - 1) // "fire tear gas" over "fire at"
	return n
}

// Patterns indexes patterns by the inflected forms of their first word.
type Patterns struct {
	byForm  map[string][]*Pattern // verb forms
	byNoun  map[string][]*Pattern
	byMean  map[string][]*Pattern // kind i, by first word
	byOccur map[string][]*Pattern // kind o, by first word
	all     []*Pattern
	// triggers are the words byForm, byNoun or byOccur list: a token
	// that is none of them triggers no pattern
	triggers map[string]bool
}

// irregular holds lemma -> forms.
type irregular map[string][]string

func loadIrregular(r io.Reader, name string) (irregular, error) {
	out := irregular{}
	err := tsv.Each(r, name, 3, func(_ int, f []string) error {
		if f[0] == "" || f[1] == "" || f[2] == "" {
			return fmt.Errorf("empty form")
		}
		forms := append(strings.Split(f[1], "|"), strings.Split(f[2], "|")...)
		out[f[0]] = forms
		return nil
	})
	return out, err
}

// inflect returns the forms of a verb lemma: base, -s (-es after a
// consonant and o), -ed, -ing, and the irregular past forms.
func inflect(lemma string, irr irregular) []string {
	forms := []string{lemma}
	switch {
	case strings.HasSuffix(lemma, "y") && len(lemma) > 2 && !strings.ContainsRune("aeiou", rune(lemma[len(lemma)-2])):
		stem := lemma[:len(lemma)-1]
		forms = append(forms, stem+"ies", stem+"ied", lemma+"ing")
	case strings.HasSuffix(lemma, "ie"): // die: died, dying
		forms = append(forms, lemma+"s", lemma+"d", lemma[:len(lemma)-2]+"ying")
	case strings.HasSuffix(lemma, "ee"): // agree: agreed, agreeing
		forms = append(forms, lemma+"s", lemma+"d", lemma+"ing")
	case strings.HasSuffix(lemma, "e"):
		forms = append(forms, lemma+"s", lemma+"d", lemma[:len(lemma)-1]+"ing")
	case strings.HasSuffix(lemma, "o") && len(lemma) > 1 && isConsonant(lemma[len(lemma)-2]):
		// veto: vetoes, vetoed; go: goes
		forms = append(forms, lemma+"es", lemma+"ed", lemma+"ing")
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z"):
		forms = append(forms, lemma+"es", lemma+"ed", lemma+"ing")
	default:
		forms = append(forms, lemma+"s", lemma+"ed", lemma+"ing")
		// doubled final consonant: "ban" banned, "stop" stopped, "plan" planned
		if n := len(lemma); n >= 3 && isConsonant(lemma[n-1]) && !isConsonant(lemma[n-2]) && isConsonant(lemma[n-3]) && !strings.ContainsRune("wxy", rune(lemma[n-1])) {
			d := lemma + lemma[n-1:]
			forms = append(forms, d+"ed", d+"ing")
		}
	}
	forms = append(forms, irr[lemma]...)
	return forms
}

func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiou", rune(c)) }

// LoadPatterns reads verbs.tsv, checking codes against the table.
func LoadPatterns(r io.Reader, name string, irr irregular, table Table) (*Patterns, error) {
	ps := &Patterns{byForm: map[string][]*Pattern{}, byNoun: map[string][]*Pattern{}, byMean: map[string][]*Pattern{}, byOccur: map[string][]*Pattern{}}
	ln := 0
	err := tsv.Each(r, name, 5, func(_ int, f []string) error {
		ln++
		if f[1] == "a" {
			if f[0] != "-" || f[3] != "-" || f[4] != "-" {
				return fmt.Errorf("kind a names a cause that is no one's act and takes no code, object or preposition")
			}
		} else if _, ok := table[f[0]]; !ok {
			return fmt.Errorf("unknown CAMEO code %q", f[0])
		}
		if f[1] != "v" && f[1] != "n" && f[1] != "r" && f[1] != "i" && f[1] != "a" && f[1] != "o" {
			return fmt.Errorf("kind %q is not v, n, r, i, a or o", f[1])
		}
		if f[1] == "o" && (f[3] != "-" || f[4] != "-") {
			return fmt.Errorf("kind o names an event noun its clause tells happened and takes no object or preposition")
		}
		if f[1] == "i" && (f[0] < "18" || f[0] >= "21" || f[3] != "-" || f[4] != "-") {
			return fmt.Errorf("kind i names the means of violence (codes 18-20) and takes no object or preposition")
		}
		if f[1] == "r" && f[4] == "-" && f[3] == "-" {
			return fmt.Errorf("kind r needs the preposition before its source or, with none, an object")
		}
		var object []string
		if f[3] != "-" {
			for _, o := range strings.Split(f[3], "|") {
				if o = strings.TrimSpace(o); o == "" {
					return fmt.Errorf("empty object word")
				}
				object = append(object, strings.ToLower(o))
			}
		}
		prep := ""
		if f[4] != "-" {
			prep = strings.ToLower(f[4])
		}
		for _, w := range strings.Split(f[2], "|") {
			words := strings.Fields(strings.ToLower(w))
			if len(words) == 0 {
				return fmt.Errorf("empty trigger word")
			}
			p := &Pattern{Code: f[0], Noun: f[1] == "n" || f[1] == "o", Occur: f[1] == "o", Reverse: f[1] == "r", Means: f[1] == "i" || f[1] == "a", Accident: f[1] == "a", Object: object, Prep: prep, Line: ln}
			if p.Accident {
				p.Code = ""
			}
			if patternNegation[words[0]] && len(words) > 1 {
				p.negForm = true
				words = words[1:]
			}
			p.Words = words
			ps.all = append(ps.all, p)
			if p.Means {
				ps.byMean[words[0]] = append(ps.byMean[words[0]], p)
				continue
			}
			if p.Occur {
				ps.byOccur[words[0]] = append(ps.byOccur[words[0]], p)
				continue
			}
			if p.Noun {
				ps.byNoun[words[0]] = append(ps.byNoun[words[0]], p)
				continue
			}
			for _, form := range inflect(words[0], irr) {
				ps.byForm[form] = append(ps.byForm[form], p)
			}
			if beLemma[words[0]] {
				for _, form := range bePresent {
					ps.byForm[form] = append(ps.byForm[form], p)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(ps.all) == 0 {
		return nil, fmt.Errorf("%s: no patterns", name)
	}
	ps.triggers = map[string]bool{}
	for _, m := range []map[string][]*Pattern{ps.byForm, ps.byNoun, ps.byOccur} {
		for w := range m {
			ps.triggers[w] = true
		}
	}
	return ps, nil
}

// DefaultPatterns loads the built-in patterns.
func DefaultPatterns(table Table) (*Patterns, error) {
	irr, err := loadData("irregular.tsv", loadIrregular)
	if err != nil {
		return nil, err
	}
	return loadData("verbs.tsv", func(r io.Reader, name string) (*Patterns, error) { return LoadPatterns(r, name, irr, table) })
}

// means finds a kind-i pattern at token i: the longest one whose words
// follow there. It returns the pattern and its last token, or nil.
func (ps *Patterns) means(lower []string, i int) (*Pattern, int) {
	var best *Pattern
	end := -1
	for _, p := range ps.byMean[lower[i]] {
		if e, ok := followWords(lower, i, p.Words[1:]); ok && (best == nil || len(p.Words) > len(best.Words)) {
			best, end = p, e
		}
	}
	return best, end
}
