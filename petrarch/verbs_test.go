package petrarch

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
)

func dictPath(t testing.TB, elem ...string) string {
	t.Helper()
	return testenv.Shared(t, append([]string{"peers", "petrarch2", "dictionaries"}, elem...)...)
}

func TestVerbFiles(t *testing.T) {
	for _, tc := range []struct {
		path                                    []string
		synsets, blocks, verbs, patterns, trans int
	}{
		{[]string{"production", "CAMEO.2.0.txt"}, 40, 397, -1, 4668, 8},
		{[]string{"PETR.Validate.verbs.txt"}, -1, -1, -1, -1, 0},
	} {
		t.Run(filepath.Base(filepath.Join(tc.path...)), func(t *testing.T) {
			v, err := LoadVerbs(dictPath(t, tc.path...))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("synsets %d blocks %d verbs %d patterns %d transforms %d warnings %d", len(v.Synsets), len(v.Blocks), len(v.Verbs), v.Patterns(), len(v.Transforms), len(v.Warnings))
			for _, w := range v.Warnings {
				t.Log(w)
			}
			check := func(what string, got, want int) {
				if want >= 0 && got != want {
					t.Errorf("%s = %d, want %d", what, got, want)
				}
			}
			check("synsets", len(v.Synsets), tc.synsets)
			check("blocks", len(v.Blocks), tc.blocks)
			check("verbs", len(v.Verbs), tc.verbs)
			check("patterns", v.Patterns(), tc.patterns)
			check("transforms", len(v.Transforms), tc.trans)
		})
	}
}

func TestUniversalPetrarchVerbs(t *testing.T) {
	for _, f := range []string{"dictionaries/PETR.Validate.verbs.2.0.txt", "fixture-dictionaries/CAMEO.2.0.txt"} {
		p := testenv.Shared(t, append([]string{"peers", "universalpetrarch"}, strings.Split(f, "/")...)...)
		v, err := LoadVerbs(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d blocks, %d patterns, %d warnings", f, len(v.Blocks), v.Patterns(), len(v.Warnings))
		if len(v.Blocks) == 0 || v.Patterns() == 0 {
			t.Fatalf("%s: no blocks or patterns: %d %d", f, len(v.Blocks), v.Patterns())
		}
	}
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		if _, err := LoadActors(testenv.Shared(t, "peers", "universalpetrarch", "fixture-dictionaries", f)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := LoadAgents(testenv.Shared(t, "peers", "universalpetrarch", "fixture-dictionaries", "Phoenix.agents.txt")); err != nil {
		t.Fatal(err)
	}
}

const sampleVerbs = `<!-- a sample -->
&CURRENCY
+DOLLAR
+SWISS_FRANC_
# a comment line inside the set
&TIES_
+&CURRENCY
+MILITARY

--- BREAK  [1717]  ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN } [195]
WIRE_+TAP
HURRY
- + KNOWN_ * IN_ $  [076]  # comment
- * (TO BORDER)  [154]
- * (OF {BANNED PARTIES}) [1722]
- % * [030:030]
- * (BEFORE COURT) [:173]
- SUGGESTED_+ * &TIES  [111]
- * OFF_  [195];legacy
~ a (a b BREAK) HURRY = a b 015
`

func TestReadVerbsSample(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(sampleVerbs), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Warnings) != 0 {
		t.Errorf("warnings: %v", v.Warnings)
	}
	if got := v.Expand("&TIES"); fmt.Sprint(got) != "[[DOLLAR] [DOLLARS] [SWISS FRANC] [MILITARY]]" {
		t.Errorf("Expand(&TIES) = %v", got)
	}
	b := v.Blocks[0]
	if b.Name != "BREAK" || b.Code.Event != "1717" || len(b.Verbs) != 4 || len(b.Patterns) != 7 {
		t.Fatalf("block = %+v", b)
	}
	verbs := []struct {
		lemma string
		head  int
		code  string
		forms string
	}{
		{"BREAK", 0, "1717", "BREAK|BROKE|BROKEN"},
		{"BREAK DOWN", 0, "195", "BREAK DOWN|BREAKS DOWN|BROKE DOWN"},
		{"WIRE TAP", 1, "1717", "WIRE TAP|WIRE TAPS|WIRE TAPED|WIRE TAPING"},
		{"HURRY", 0, "1717", "HURRY|HURRIES|HURRIED|HURRYING"},
	}
	for i, want := range verbs {
		vb := b.Verbs[i]
		var forms []string
		for _, f := range vb.Forms {
			forms = append(forms, f.Text())
		}
		if vb.Lemma != want.lemma || vb.Head != want.head || vb.Code.Raw != want.code || strings.Join(forms, "|") != want.forms {
			t.Errorf("verb %d = %q head %d code %s forms %v; want %+v", i, vb.Lemma, vb.Head, vb.Code, forms, want)
		}
	}
	if got := v.Lookup("broke"); len(got) != 2 {
		t.Errorf("Lookup(broke) = %d verbs, want 2", len(got))
	}
	pats := []struct {
		elems string
		code  Code
	}{
		{"target KNOWN_ _verb IN_ _source", Code{Event: "076", Raw: "076"}},
		{"verb prep:TO@1 word:BORDER/TO@1", Code{Event: "154", Raw: "154"}},
		{"verb prep:OF@1 word:BANNED/OF@2{} word:PARTIES/OF@2{}", Code{Event: "1722", Raw: "1722"}},
		{"compound verb", Code{Event: "030", Reverse: "030", Raw: "030:030"}},
		{"verb prep:BEFORE@1 word:COURT/BEFORE@1", Code{Reverse: "173", Raw: ":173"}},
		{"SUGGESTED_ _target verb synset:&TIES", Code{Event: "111", Raw: "111"}},
		{"verb OFF", Code{Event: "195", Raw: "195"}},
	}
	for i, want := range pats {
		p := b.Patterns[i]
		if got := describe(p); got != want.elems || p.Code != want.code {
			t.Errorf("pattern %d (line %d) = %q %+v; want %q %+v", i, p.Line, got, p.Code, want.elems, want.code)
		}
	}
	if b.Patterns[0].Comment != "comment" || b.Patterns[6].Comment != "legacy" {
		t.Errorf("comments = %q, %q", b.Patterns[0].Comment, b.Patterns[6].Comment)
	}
	if len(v.Transforms) != 1 || v.Transforms[0].Result != "a b 015" {
		t.Errorf("transforms = %+v", v.Transforms)
	}
}

// describe writes a pattern's elements compactly for the tests: plain
// words as themselves, other kinds by name, "_" before a joined element
// and after one joined to the next, /PREP@GROUP and {} for groups.
func describe(p *Pattern) string {
	var out []string
	for i, e := range p.Elements {
		s := e.Kind.String()
		if e.Kind == ElemWord && e.Group == 0 {
			s = e.Word
		} else if e.Word != "" {
			s += ":" + e.Word
		}
		if e.Prep != "" && e.Kind != ElemPrep {
			s += "/" + e.Prep
		}
		if e.Group > 0 {
			s += fmt.Sprintf("@%d", e.Group)
		}
		if e.NounPhrase {
			s += "{}"
		}
		if e.Joined {
			s = "_" + s
		}
		if i+1 < len(p.Elements) && p.Elements[i+1].Joined && !strings.HasPrefix(s, "_") {
			s += "_"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestReadVerbsMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       int
		msg        string
	}{
		{"no code", "--- A [010] ---\nA\n- * THING\n", 3, "has no [CODE]"},
		{"empty code", "--- A [010] ---\nA\n- * THING []\n", 3, "empty code"},
		{"code with blank", "--- A [01 0] ---\nA\n", 1, "malformed code"},
		{"unclosed", "--- A [010] ---\nA\n- * (TO THING [010]\n", 3, "unclosed"},
		{"mismatched", "--- A [010] ---\nA\n- * (TO {THING) } [010]\n", 3, "unbalanced"},
		{"two verbs", "--- A [010] ---\nA\n- * THING * [010]\n", 3, "more than one verb"},
		{"pattern first", "- * THING [010]\n", 1, "before any verb block"},
		{"bad verb", "--- A [010] ---\nA $B\n", 2, "malformed verb line"},
		{"two heads", "--- A [010] ---\n+A_+B\n", 2, "more than one word"},
		{"bad set", "&A B\n", 1, "malformed synonym set"},
		{"bad transform", "~ a b c\n", 1, "malformed transformation"},
		{"transform of an unknown verb", "--- A [010] ---\nA\n~ a (a b A) B = a b 015\n", 3, "does not list"},
		{"bad header", "--- [010] ---\n", 1, "malformed block header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadVerbs(strings.NewReader(tc.text), "bad.verbs")
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.File != "bad.verbs" || e.Line != tc.line || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("err = %v, want bad.verbs:%d: ...%s...", err, tc.line, tc.msg)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("bad.verbs:%d: ", tc.line)) {
				t.Errorf("message %q does not start with file:line", err)
			}
		})
	}
}

func TestReadVerbsQuirks(t *testing.T) {
	text := "--- A  [110]---  ---\nA\n- *SCEPTICAL [012]\n- * \x1aB (WITH C) C) [013]\n- * D\uFFFDE [###]\n--- B [---]\nB\n"
	v, err := ReadVerbs(strings.NewReader(text), "q")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Blocks) != 2 || v.Blocks[0].Code.Event != "110" || v.Blocks[1].Name != "B" || !v.Blocks[1].Code.Null() {
		t.Fatalf("blocks = %+v %+v", v.Blocks[0], v.Blocks[1])
	}
	ps := v.Blocks[0].Patterns
	if len(ps) != 3 || describe(ps[0]) != "verb_ _SCEPTICAL" || describe(ps[1]) != "verb B prep:WITH@1 word:C/WITH@1 C" || ps[2].Code.Raw != "###" {
		t.Errorf("patterns = %q %q %q", describe(ps[0]), describe(ps[1]), ps[2].Code.Raw)
	}
	if len(v.Warnings) != 1 || !strings.Contains(v.Warnings[0].Error(), "q:4: stray") {
		t.Errorf("warnings = %v", v.Warnings)
	}
}

func FuzzReadVerbs(f *testing.F) {
	f.Add(sampleVerbs)
	f.Add("--- A [010] ---\nA\n- * (TO {THING}) [010:011]\n")
	f.Add("&X_\n+&Y\n&Y\n+&X\n--- A\nA {}\n- _ [:1]\n")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ReadVerbs(strings.NewReader(s), "fuzz")
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "fuzz" {
				t.Fatalf("error %v is not a *Error naming the file", err)
			}
			return
		}
		for n := range v.Synsets {
			v.Expand(n)
		}
		for _, b := range v.Blocks {
			for _, p := range b.Patterns {
				if len(p.Elements) == 0 {
					t.Fatalf("empty pattern at line %d", p.Line)
				}
			}
		}
	})
}
