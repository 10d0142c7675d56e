package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func forms(s string) string {
	var f []string
	for _, t := range Sentence(s, 0, len(s), nil) {
		f = append(f, t.Form)
	}
	return strings.Join(f, " ")
}

func TestSentence(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"I don't know.", "I do n't know ."},
		{"We can't, and they cannot.", "We ca n't , and they can not ."},
		{"He's gonna win, isn't he?", "He 's gon na win , is n't he ?"},
		{"Iran's nuclear program", "Iran 's nuclear program"},
		{"Iran’s leader didn’t say.", "Iran 's leader did n't say ."},
		{"the Bush' administration", "the Bush ' administration"},
		{"Gen. Qasem Soleimani met Mr. Smith in the U.S. at 9 a.m. today.", "Gen. Qasem Soleimani met Mr. Smith in the U.S. at 9 a.m. today ."},
		{"They arrived in the U.S.", "They arrived in the U.S ."},
		{"It cost $1,000 or 3.5% more.", "It cost $ 1,000 or 3.5 % more ."},
		{"a well-known e-mail from a non-profit group", "a well - known e-mail from a non-profit group"},
		{"Call 713-853-3989 at 5:30 on 11/20/2000.", "Call 713-853-3989 at 5:30 on 11/20/2000 ."},
		{"See http://example.com/a-b, or mail john.doe@example.com!", "See http://example.com/a-b , or mail john.doe@example.com !"},
		{"Great :) really...", "Great :) really ..."},
		{"\"Stop,\" he said (loudly).", "\" Stop , \" he said ( loudly ) ."},
		{"“No,” she said.", "“ No , ” she said ."},
		{"F-16 jets in the '90s", "F-16 jets in the '90s"},
		{"I'm sure they'll say we'd've", "I 'm sure they 'll say we 'd 've"},
		{"What?! Really!!!", "What ?! Really !!!"},
		{"Sent 01-Feb-02 about a 15-year plan", "Sent 01-Feb-02 about a 15 - year plan"},
		{"", ""},
	} {
		if got := forms(c.in); got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

func TestSpans(t *testing.T) {
	text := "xx Iran’s U.S. don't"
	toks := Sentence(text, 3, len(text), nil)
	want := []string{"Iran", "’s", "U.S.", "do", "n't"}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, tk := range toks {
		if text[tk.Start:tk.End] != want[i] {
			t.Errorf("token %d: span text %q, want %q", i, text[tk.Start:tk.End], want[i])
		}
	}
	if toks[1].Form != "'s" {
		t.Errorf("curly clitic form %q, want 's", toks[1].Form)
	}
}

func TestLoadRejects(t *testing.T) {
	for _, c := range []struct{ name, line string }{
		{"unknown kind", "abbrev\tgen"},
		{"upper case", "abbreviation\tGen"},
		{"final period", "abbreviation\tgen."},
		{"prefix with hyphen", "prefix\tnon-"},
		{"split that does not spell", "split\tgonna\tgo na"},
		{"split with one part", "split\tgonna\tgonna"},
		{"missing field", "split\tgonna"},
		{"empty value", "prefix\t"},
	} {
		_, err := Load(strings.NewReader("abbreviation\tgen\nprefix\tnon\n"+c.line+"\n"), "test.tsv")
		if err == nil {
			t.Errorf("%s: %q loaded without error", c.name, c.line)
		} else if !strings.Contains(err.Error(), "test.tsv:3") {
			t.Errorf("%s: error %q does not name the line", c.name, err)
		}
	}
	if _, err := Default(); err != nil {
		t.Fatalf("embedded data: %v", err)
	}
}

// The list is the one abbreviation list: it holds every abbreviation the
// older token and segment packages knew.
func TestAbbreviationsSuperset(t *testing.T) {
	for _, w := range strings.Fields(`mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov
		pres rev st mt ft hon jr sr inc corp co ltd vs no nos jan feb mar apr jun jul aug sep sept oct nov dec
		u.s u.k u.n e.g i.e a.m p.m etc approx dept est fig op pp vol ave blvd rd supt det insp amb atty gens
		reps sens brig`) {
		if !IsAbbreviation(w) {
			t.Errorf("%q is not in the abbreviation list", w)
		}
	}
}

func FuzzSentence(f *testing.F) {
	for _, s := range []string{"I don't know.", "U.S. Gen. Smith's e-mail: a@b.com", "“No,” she said…", "\xff\xfeab'", "--'s''"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Sentence(s, 0, len(s), nil)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("%q: bad span %v after %d", s, tk.Span, prev)
			}
			if strings.TrimSpace(s[tk.Start:tk.End]) != s[tk.Start:tk.End] {
				t.Fatalf("%q: token %q has space", s, s[tk.Start:tk.End])
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[tk.Start:tk.End]) {
				t.Fatalf("%q: token %q splits a rune", s, s[tk.Start:tk.End])
			}
			prev = tk.End
		}
	})
}

func TestSameWord(t *testing.T) {
	text := "Iran's envoy doesn't (say) U.S. well-known gonna 5%."
	toks := Sentence(text, 0, len(text), nil)
	var got []string
	for i := 1; i < len(toks); i++ {
		if SameWord(text, toks[i-1], toks[i]) {
			got = append(got, toks[i-1].Form+"+"+toks[i].Form)
		}
	}
	if want := "Iran+'s does+n't gon+na"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}
