package lemma_test

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/lemma"
)

// The verb check: every single-word verb of the event dictionaries
// (cameo/data/verbs.tsv and the built-in PETRARCH verb dictionary), in
// each inflected form (-s, -ed, -ing by the English spelling rules, and
// the irregular forms PETRARCH lists), is lemmatized by the shipped model
// with the tag the tagger gives such a form; a form whose lemma is not
// its verb is a miss, counted by kind. Event coding looks verbs up by
// lemma, so a miss loses the verb's events wherever the form is not in
// EWT's lexicon.

// verbCase is one inflected form of a dictionary verb and its tag.
type verbCase struct {
	form, tag, verb string
	irregular       bool
}

// dictVerbs returns the single-word verbs of both dictionaries, lower
// case, and the irregular forms PETRARCH lists for them.
func dictVerbs(t testing.TB) (verbs []string, listed map[string][]string) {
	seen := map[string]bool{}
	listed = map[string][]string{}
	add := func(v string) {
		v = strings.ToLower(v)
		if v == "" || seen[v] || strings.ContainsAny(v, " _-'") {
			return
		}
		seen[v] = true
		verbs = append(verbs, v)
	}
	f, err := os.Open("../../cameo/data/verbs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || strings.HasPrefix(cols[0], "#") || cols[1] != "v" && cols[1] != "r" {
			continue
		}
		for _, alt := range strings.Split(cols[2], "|") {
			if ws := strings.Fields(alt); len(ws) > 0 {
				add(ws[0])
			}
		}
	}
	vs, err := petrarch.BuiltinVerbs()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs.Verbs {
		if len(v.Words) != 1 {
			continue
		}
		add(v.Words[0])
		if v.Irregular {
			lv := strings.ToLower(v.Words[0])
			for _, fm := range v.Forms[1:] {
				if len(fm.Words) == 1 {
					listed[lv] = append(listed[lv], strings.ToLower(fm.Words[0]))
				}
			}
		}
	}
	slices.Sort(verbs)
	return verbs, listed
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doubles reports whether a verb doubles its final consonant before -ed
// and -ing: one syllable ending in a single vowel and a consonant other
// than w, x or y ("stop", not "visit", "loot" or "fix").
func doubles(v string) bool {
	n := len(v)
	if n < 3 || isVowel(v[n-1]) || strings.IndexByte("wxy", v[n-1]) >= 0 || !isVowel(v[n-2]) || isVowel(v[n-3]) && v[n-3] != 'u' {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(v[i]) && (i == 0 || !isVowel(v[i-1])) {
			groups++
		}
	}
	return groups == 1
}

// regularForms returns a verb's -s, -ed and -ing forms.
func regularForms(v string) (s, ed, ing string) {
	n := len(v)
	switch {
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		s, ed, ing = v[:n-1]+"ies", v[:n-1]+"ied", v+"ing"
	case strings.HasSuffix(v, "ie"):
		s, ed, ing = v+"s", v+"d", v[:n-2]+"ying"
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"):
		s, ed, ing = v+"s", v+"d", v+"ing"
	case v[n-1] == 'e':
		s, ed, ing = v+"s", v+"d", v[:n-1]+"ing"
	case doubles(v):
		s, ed, ing = v+"s", v+string(v[n-1])+"ed", v+string(v[n-1])+"ing"
	default:
		s, ed, ing = v+"s", v+"ed", v+"ing"
	}
	for _, suf := range []string{"s", "sh", "ch", "x", "z", "o"} {
		if strings.HasSuffix(v, suf) {
			s = v + "es"
		}
	}
	return s, ed, ing
}

// verbCases returns the forms to check.
func verbCases(t testing.TB) []verbCase {
	verbs, listed := dictVerbs(t)
	isVerb := map[string]bool{}
	for _, v := range verbs {
		isVerb[v] = true
	}
	var cs []verbCase
	for _, v := range verbs {
		if fs, ok := listed[v]; ok {
			for _, f := range fs {
				if isVerb[f] {
					// A form that is itself a verb ("found", "lay")
					// is its own verb's lemma as well.
					continue
				}
				switch {
				case strings.HasSuffix(f, "ing"):
					cs = append(cs, verbCase{f, "VBG", v, true})
				case strings.HasSuffix(f, "s") && !strings.HasSuffix(v, "s"):
					cs = append(cs, verbCase{f, "VBZ", v, true})
				default:
					cs = append(cs, verbCase{f, "VBD", v, true}, verbCase{f, "VBN", v, true})
				}
			}
			continue
		}
		if len(v) < 3 {
			// The two-letter verbs ("be", "do", "go") are irregular.
			continue
		}
		s, ed, ing := regularForms(v)
		cs = append(cs, verbCase{s, "VBZ", v, false}, verbCase{ed, "VBD", v, false}, verbCase{ed, "VBN", v, false}, verbCase{ing, "VBG", v, false})
	}
	return cs
}

// missKind names the kind of a wrong lemma.
func missKind(c verbCase, got string) string {
	want := c.verb
	switch {
	case c.irregular && got == c.form:
		return "irregular"
	case got+got[len(got)-1:] == want || want+want[len(want)-1:] == got:
		return "doubling"
	case got+"e" == want || want+"e" == got:
		return "e-restoration"
	case len(got) == len(want) && len(got) > 0 && got[:len(got)-1] == want[:len(want)-1] &&
		strings.Contains("yi", got[len(got)-1:]) && strings.Contains("yi", want[len(want)-1:]):
		return "y/i"
	case c.irregular:
		return "irregular"
	}
	return "other"
}

// verbMissAllowance is the most misses of each kind the check allows.
// Before the verb list and the spelling rules of verbs.go the shipped
// model missed 377 of 6,865 forms (doubling 48, e-restoration 229, y/i 2,
// irregular 78, other 20); now 7: EWT's lexicon spells two lemmas with
// one l ("enrol", "fulfil") where the dictionaries write two, PETRARCH
// lists a form of another verb under "lay" (the lexicon's lemma wins),
// and one "-ie" verb is longer than the short ones whose "-ying" the
// rules undo.
var verbMissAllowance = map[string]int{
	"doubling":      4,
	"e-restoration": 0,
	"y/i":           0,
	"irregular":     2,
	"other":         1,
}

func TestDictionaryVerbForms(t *testing.T) {
	m, err := syntax.DefaultModels()
	if err != nil {
		t.Fatal(err)
	}
	if m.Lemma == nil {
		t.Skip("no lemma model")
	}
	checkVerbForms(t, m.Lemma, verbMissAllowance)
}

// verbMissAllowanceUnlisted is verbMissAllowance for the model without the
// verb list, which knows only EWT's verbs: the spelling rules, the
// attested words, EWT's irregular forms and the learned rules alone on
// the dictionaries' verbs EWT train lacks, and no listed irregular forms.
// Before, 377 misses, as above; now 161 (doubling 17, e-restoration 88,
// y/i 2, irregular 50, other 4; the three forms of "muzzle", a verb of
// cameo's verbs.tsv since issue 13's codebook coverage, that EWT lacks).
var verbMissAllowanceUnlisted = map[string]int{
	"doubling":      17,
	"e-restoration": 88,
	"y/i":           2,
	"irregular":     50,
	"other":         4,
}

func TestDictionaryVerbFormsUnlisted(t *testing.T) {
	m, err := syntax.DefaultModels()
	if err != nil {
		t.Fatal(err)
	}
	if m.Lemma == nil {
		t.Skip("no lemma model")
	}
	checkVerbForms(t, lemma.WithoutVerbList(m.Lemma), verbMissAllowanceUnlisted)
}

// checkVerbForms lemmatizes the forms of verbCases and fails when the
// misses of a kind pass their allowance.
func checkVerbForms(t *testing.T, m *lemma.Model, allow map[string]int) {
	cs := verbCases(t)
	misses := map[string][]string{}
	for _, c := range cs {
		got := m.Lemma(c.form, "VERB", c.tag)
		if got != c.verb {
			k := missKind(c, got)
			misses[k] = append(misses[k], fmt.Sprintf("%s/%s -> %s (want %s)", c.form, c.tag, got, c.verb))
		}
	}
	total := 0
	for _, k := range []string{"doubling", "e-restoration", "y/i", "irregular", "other"} {
		total += len(misses[k])
		t.Logf("%-14s %4d", k, len(misses[k]))
		if testing.Verbose() || len(misses[k]) > allow[k] {
			for _, s := range misses[k] {
				t.Logf("  %s", s)
			}
		}
		if len(misses[k]) > allow[k] {
			t.Errorf("%d %s misses, at most %d allowed", len(misses[k]), k, allow[k])
		}
	}
	t.Logf("%d of %d forms missed", total, len(cs))
}
