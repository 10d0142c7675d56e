package cameo

import (
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/token"
)

// sentParse returns the parse of a one-sentence text and its lower-case view
// tokens.
func sentParse(t *testing.T, s stages, text string) (*parse, []string) {
	t.Helper()
	d := s.run(text, "2020-01-01")
	if len(d.Sentences) == 0 {
		t.Fatalf("%q: no sentence", text)
	}
	toks := token.In(d, d.Sentences[0])
	lower := make([]string, len(toks))
	for k, tk := range toks {
		lower[k] = strings.ToLower(tk.Text(d.Text))
	}
	p := newParse(d, d.Sentences[0], toks)
	if p == nil {
		t.Fatalf("%q: no parse", text)
	}
	return p, lower
}

// TestVerbGroup checks the verb group the parse gives a predicate: where
// it opens, and its voice, modal, perfect and negation.
func TestVerbGroup(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, verb, start string
		passive, perfect  bool
		negated           bool
		modal             string
	}{
		{"The rebels burned the depot.", "burned", "burned", false, false, false, ""},
		{"The depot was burned by rebels.", "burned", "was", true, false, false, ""},
		{"The depot had not yet been burned.", "burned", "had", true, true, true, ""},
		{"Farmers will probably block the highway.", "block", "will", false, false, false, "will"},
		{"The mayor could have closed the market.", "closed", "could", false, true, false, "could"},
		{"The envoy never met the king.", "met", "never", false, false, true, ""},
		{"Two reporters got arrested at the border.", "arrested", "got", true, false, false, ""},
		{"The clerks who were quietly dismissed sued the firm.", "dismissed", "were", true, false, false, ""},
		{"The ferry is being towed to the harbour.", "towed", "is", true, false, false, ""},
		{"The guards had reportedly once again been quietly paid.", "paid", "had", true, true, false, ""},
	} {
		p, lower := sentParse(t, s, c.text)
		i := -1
		for k, w := range lower {
			if w == c.verb {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q: no %q", c.text, c.verb)
		}
		g, ok := p.verbGroupAt(i)
		if !ok {
			t.Errorf("%q: no verb group at %q", c.text, c.verb)
			continue
		}
		modal := ""
		if g.modal >= 0 {
			modal = strings.ToLower(p.syn[g.modal].Form)
		}
		if lower[g.start] != c.start || g.passive != c.passive || g.perfect != c.perfect || g.negated != c.negated || modal != c.modal {
			t.Errorf("%q: group of %q opens at %q, passive %v, perfect %v, negated %v, modal %q; want %q, %v, %v, %v, %q",
				c.text, c.verb, lower[g.start], g.passive, g.perfect, g.negated, modal, c.start, c.passive, c.perfect, c.negated, c.modal)
		}
	}
	// a word the parse reads as a noun has no verb group
	p, lower := sentParse(t, s, "The attack on the depot angered farmers.")
	for k, w := range lower {
		if w == "attack" {
			if _, ok := p.verbGroupAt(k); ok {
				t.Errorf("the noun %q was given a verb group", w)
			}
		}
	}
}

// TestRelativeBeforeGroup checks that a relative pronoun before the verb
// group the parse gives a verb marks it as told in passing, however many
// adverbs the group holds, and that a participle with an auxiliary is no
// reduced relative.
func TestRelativeBeforeGroup(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, verb string
		want       bool
	}{
		{"The villagers mourned the guards, who had reportedly once again been quietly shot.", "shot", true},
		{"The guards who were shot yesterday were buried.", "shot", true},
		{"The guards had reportedly once again been quietly shot.", "shot", false},
		// a participle the parse gives an auxiliary is no reduced relative
		{"The envoy was himself expelled by the junta.", "expelled", false},
		{"The envoys expelled by the junta were flown home.", "expelled", true},
	} {
		p, lower := sentParse(t, s, c.text)
		i := slices.Index(lower, c.verb)
		tr := trigger{p: &Pattern{Code: "180", Words: []string{c.verb}}, at: i, end: i, objectEnd: -1, intent: -1, must: -1, obj: -1, subj: -1, means: -1}
		g := p.groupAt(i)
		if got := background(lower, nil, &tr, []trigger{tr}, func(int) bool { return false }, false, true, g); got != c.want {
			t.Errorf("%q: %q told in passing %v, want %v (group %+v)", c.text, c.verb, got, c.want, g)
		}
	}
}

// TestArgsVoiceFromGroup checks that a predicate's arguments take their
// voice, modal and negation from its verb group, and that the doer of a
// passive is its "by" phrase.
func TestArgsVoiceFromGroup(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, verb, subj string
		passive, negated bool
		modal            string
	}{
		{"The jury acquitted the driver.", "acquitted", "jury", false, false, ""},
		{"The mill has not been sold by its owners.", "sold", "owners", true, true, ""},
		{"Dockers may never strike again.", "strike", "dockers", false, true, "may"},
		{"The bridge would soon be repaired by engineers.", "repaired", "engineers", true, false, "would"},
		{"The pilots were quietly grounded by the airline.", "grounded", "airline", true, false, ""},
	} {
		p, lower := sentParse(t, s, c.text)
		i := slices.Index(lower, c.verb)
		if i < 0 || p.synAt(i) < 0 {
			t.Fatalf("%q: no word %q", c.text, c.verb)
		}
		a := p.argsOf(p.synAt(i))
		subj := ""
		if len(a.subj) > 0 {
			subj = strings.ToLower(p.syn[a.subj[0]].Form)
		}
		if a.passive != c.passive || a.negated != c.negated || a.modal != c.modal || subj != c.subj {
			t.Errorf("%q: %q passive %v, negated %v, modal %q, subject %q; want %v, %v, %q, %q",
				c.text, c.verb, a.passive, a.negated, a.modal, subj, c.passive, c.negated, c.modal, c.subj)
		}
	}
}

// TestComplementMarker checks that a verb the parse gives a "to" of its
// own is a complement with adverbs and a conjunction between, and that
// the words before a verb still tell where the parse gives it none.
func TestComplementMarker(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, appeal, verb string
		want               bool
	}{
		{"The union asked the mayor to reopen the library.", "asked", "reopen", true},
		{"The union asked the mayor to swiftly reopen the library.", "asked", "reopen", true},
		{"The council urged farmers to immediately and fully stop the burning.", "urged", "stop", true},
		{"The union asked the mayor whether officials would reopen the library.", "asked", "reopen", false},
	} {
		p, lower := sentParse(t, s, c.text)
		sc := &sentCtx{lower: lower, parse: p}
		a, v := slices.Index(lower, c.appeal), slices.Index(lower, c.verb)
		if a < 0 || v < 0 {
			t.Fatalf("%q: no %q or %q", c.text, c.appeal, c.verb)
		}
		if got := complementAt(lower, a+1, v, sc.infinitiveAt(v)); got != c.want {
			t.Errorf("%q: %q a complement of %q %v, want %v", c.text, c.verb, c.appeal, got, c.want)
		}
	}
}

// TestStatedRefusalGroup checks that a negation counts as a stated
// refusal only inside the act's own verb group, after the intent word.
func TestStatedRefusalGroup(t *testing.T) {
	s := load(t)
	for _, c := range []struct {
		text, intent, verb string
		want               bool
	}{
		{"Spain will not be sending troops to Chad.", "will", "sending", true},
		{"The king vowed not to visit the island.", "vowed", "visit", true},
		{"Spain will not quickly send troops.", "will", "send", true},
		{"The firm has vowed not to sell the mine.", "vowed", "sell", true},
		{"The king would not allow them to visit the island.", "would", "visit", false},
		{"The king will visit the island.", "will", "visit", false},
	} {
		p, lower := sentParse(t, s, c.text)
		in, v := slices.Index(lower, c.intent), slices.Index(lower, c.verb)
		if in < 0 || v < 0 {
			t.Fatalf("%q: no %q or %q", c.text, c.intent, c.verb)
		}
		tr := trigger{p: &Pattern{Code: "070", Words: []string{c.verb}}, at: v, end: v, objectEnd: -1, intent: in, must: -1, obj: -1, subj: -1, means: -1}
		g := p.groupAt(v)
		if g == nil {
			t.Errorf("%q: no verb group at %q", c.text, c.verb)
		}
		if got := statedRefusal(lower, &tr, p, g); got != c.want {
			t.Errorf("%q: %q refused %v, want %v", c.text, c.verb, got, c.want)
		}
	}
}
