package cameo

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
)

// verbForm is one way a sentence can tell an act: a template whose %[1]s is
// the doer, %[2]s the party acted on and %[3]s the verb form.
type verbForm struct {
	name, template string
	form           func(lemma string, irr irregular) string
	// counted: the form's event must count (the future's is hypothetical
	// and need only be read)
	counted bool
	passive bool
}

// pastOf and participleOf inflect a lemma by the irregular list, or else
// by the spelling rules of inflect (its -ed form, the doubled consonant
// where it doubles).
func pastOf(lemma string, irr irregular, participle bool) string {
	if c, ok := irrColumns[lemma]; ok {
		if participle {
			return c[1]
		}
		return c[0]
	}
	forms := inflect(lemma, irr)
	ed := forms[2]
	if len(forms) > 4 { // doubled consonant
		ed = forms[4]
	}
	return ed
}

// irrColumns is the irregular list by column: the first past and first
// participle of each lemma.
var irrColumns = map[string][2]string{}

func thirdPerson(lemma string, irr irregular) string { return inflect(lemma, irr)[1] }

var verbForms = []verbForm{
	{"present", "%[1]s %[3]s %[2]s.", thirdPerson, true, false},
	{"past", "%[1]s %[3]s %[2]s.", func(l string, irr irregular) string { return pastOf(l, irr, false) }, true, false},
	{"perfect", "%[1]s has %[3]s %[2]s.", func(l string, irr irregular) string { return pastOf(l, irr, true) }, true, false},
	{"future", "%[1]s will %[3]s %[2]s.", func(l string, _ irregular) string { return l }, false, false},
	{"passive", "%[2]s was %[3]s by %[1]s.", func(l string, irr irregular) string { return pastOf(l, irr, true) }, true, true},
}

// formSample is the verb patterns the check reads: kind v, one word, no
// object or preposition required (the plain transitive shape), one lemma
// each; the lemmas of "be", "have" and "do" are left out (auxiliaries).
func formSample(t *testing.T, ps *Patterns) []*Pattern {
	seen := map[string]bool{}
	var out []*Pattern
	for _, p := range ps.all {
		if p.Noun || p.Reverse || p.Means || p.Accident || p.Occur || p.negForm {
			continue
		}
		if len(p.Words) != 1 || len(p.Object) > 0 || p.Prep != "" {
			continue
		}
		w := p.Words[0]
		if seen[w] || w == auxBe || w == auxHave || w == auxDo {
			continue
		}
		seen[w] = true
		out = append(out, p)
	}
	if len(out) < 50 {
		t.Fatalf("sample of %d verb patterns, want 50 or more", len(out))
	}
	return out
}

// the auxiliaries' lemmas, not sampled (they are not the acts of the check).
const (
	auxBe   = "be"
	auxHave = "have"
	auxDo   = "do"
)

// formRead reports whether the document reads an event of code on the
// sentence's verb, and whether it counts.
func formRead(d *doc.Document, code string) (read, counted bool) {
	for _, e := range d.Events {
		if e.Code != code {
			continue
		}
		read = true
		if Counted(&e) {
			counted = true
		}
	}
	return read, counted
}

// formCause names why a form lost its event: the verb's tag, lemma and
// relation in the parse.
func formCause(d *doc.Document, form, lemma string) string {
	if d.Syntax == nil {
		return "no parse"
	}
	for _, e := range d.Events {
		if strings.ToLower(e.Trigger.Text) == form && Counted(&e) {
			return "another sense " + e.Code
		}
	}
	for _, tok := range d.Syntax.Tokens {
		if strings.ToLower(tok.Form) != form {
			continue
		}
		switch {
		case form == lemma:
			return "participle spelt as the lemma, " + tok.XPOS + " " + tok.Rel
		case tok.Lemma != lemma:
			return "lemma " + tok.Lemma
		case tok.UPOS != "VERB":
			return "tag " + tok.UPOS + "/" + tok.XPOS + " " + tok.Rel
		default:
			return "read as " + tok.XPOS + " " + tok.Rel
		}
	}
	return "form not found"
}

// formsTolerance is how many (verb, shape) pairs of the sample may lose,
// in each form, the event that the present form counts: the losses
// measured when the check was written (docs/measurements/events2.md,
// round forms13), with the sample of 212 verbs in two shapes, 407 pairs
// counted in the present. Past, perfect and future lose none. The
// passive loses two: "was charged by" is read as a legal charge (173,
// another sense, in both shapes). A change that loses more fails the
// test; one that recovers some should lower the figure.
var formsTolerance = map[string]int{
	"past":    0,
	"perfect": 0,
	"future":  0,
	"passive": 2,
}

// formShapes are the parties acted on: a country, and a thing a country's
// adjective names.
var formShapes = []string{"Germany", "the German proposal"}

// TestVerbForms checks that an act the present form reads ("France
// condemns Germany.") is read in the past, the perfect, the future
// (hypothetical) and the passive with "by", for the verb patterns of the
// plain transitive shape, with two invented country parties. Losses are
// counted by form and by cause (VERBFORMS_REPORT=1 writes each).
func TestVerbForms(t *testing.T) {
	s := load(t)
	irr, err := loadData("irregular.tsv", loadIrregular)
	if err != nil {
		t.Fatal(err)
	}
	irrColumns, err = loadData("irregular.tsv", func(r io.Reader, name string) (map[string][2]string, error) {
		out := map[string][2]string{}
		err := tsv.Each(r, name, 3, func(_ int, f []string) error {
			out[f[0]] = [2]string{strings.Split(f[1], "|")[0], strings.Split(f[2], "|")[0]}
			return nil
		})
		return out, err
	})
	if err != nil {
		t.Fatal(err)
	}
	var report io.Writer = io.Discard
	if os.Getenv("VERBFORMS_REPORT") != "" {
		report = os.Stdout
	}
	const doer = "France"
	lost := map[string]int{}
	causes := map[string]int{}
	sample := formSample(t, s.ev.Patterns)
	base := 0
	for _, sh := range formShapes {
		for _, p := range sample {
			done := sh
			lemma := p.Words[0]
			present := fmt.Sprintf(verbForms[0].template, doer, done, verbForms[0].form(lemma, irr))
			if _, c := formRead(s.run(present, "2020-12-02"), p.Code); !c {
				fmt.Fprintf(report, "%s\t%s\tpresent not counted\t%s\n", p.Code, lemma, present)
				continue
			}
			base++
			for _, vf := range verbForms[1:] {
				form := vf.form(lemma, irr)
				text := fmt.Sprintf(vf.template, doer, done, form)
				text = strings.ToUpper(text[:1]) + text[1:]
				d := s.run(text, "2020-12-02")
				read, counted := formRead(d, p.Code)
				if read && (counted || !vf.counted) {
					continue
				}
				cause := formCause(d, form, lemma)
				if read {
					cause = "not counted"
				}
				lost[vf.name]++
				causes[vf.name+": "+cause]++
				fmt.Fprintf(report, "%s\t%s\t%s\t%s\t%s\n", p.Code, lemma, vf.name, cause, text)
			}
		}
	}
	var keys []string
	for k := range causes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(report, "cause\t%s\t%d\n", k, causes[k])
	}
	fmt.Fprintf(report, "sample %d, present counted %d, lost %v\n", len(sample), base, lost)
	for _, vf := range verbForms[1:] {
		if lost[vf.name] > formsTolerance[vf.name] {
			t.Errorf("%s: %d of %d verbs lose the present's event, tolerance %d", vf.name, lost[vf.name], base, formsTolerance[vf.name])
		}
	}
}

// TestStanceParticiple checks that a stance told by a participle after a
// form of "be" ("was opposed to") is read as the act in its verb forms,
// past, present (a present state, scaled) and perfect, with the party it
// is directed at after "to", and that "as opposed to" is no act.
func TestStanceParticiple(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		counted bool
	}{
		{"France was opposed to the German proposal.", true},
		{"France is opposed to the German proposal.", true},
		{"France has been opposed to the German proposal.", true},
		{"France was firmly opposed to Germany.", true},
		{"Prices in France, as opposed to wages, rose.", false},
	} {
		if got, codes := s.counts(c.text, "110"); got != c.counted {
			t.Errorf("%q: 110 counted %v, want %v (events %v)", c.text, got, c.counted, codes)
		}
	}
}

// TestParticipleAsLemma checks that a participle spelt as its lemma
// ("hit") is read as the verb of a perfect, and of a passive whose agent
// is an actor, but not of a passive whose agent is a thing.
func TestParticipleAsLemma(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text    string
		counted bool
	}{
		{"France has hit Germany.", true},
		{"Germany was hit by France.", true},
		{"A cyclist was hit by a lorry on the ring road.", false},
	} {
		if got, codes := s.counts(c.text, "19"); got != c.counted {
			t.Errorf("%q: 19 counted %v, want %v (events %v)", c.text, got, c.counted, codes)
		}
	}
}
