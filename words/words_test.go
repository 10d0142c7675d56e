package words

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestClosedLoads(t *testing.T) {
	for _, c := range []string{"pronoun", "determiner", "number", "modal", "negator", "auxiliary",
		"preposition", "conjunction", "complementizer", "speech", "intent", "month", "weekday"} {
		if len(In(c)) == 0 {
			t.Errorf("class %s is empty", c)
		}
	}
	cases := []struct {
		class, w string
		want     bool
	}{
		{"pronoun", "they", true},
		{"pronoun", "the", false},
		{"modal", "'ll", true},
		{"month", "sept", true},
		{"weekday", "thurs", true},
		{"negator", "n't", true},
		{"speech", "said", true},
	}
	for _, c := range cases {
		if got := Is(c.class, c.w); got != c.want {
			t.Errorf("Is(%q, %q) = %v", c.class, c.w, got)
		}
	}
	if got := Attr("pronoun", "they", "number"); got != "pl" {
		t.Errorf("they number = %q", got)
	}
	if got := Attr("speech", "told", "lemma"); got != "tell" {
		t.Errorf("told lemma = %q", got)
	}
	if got := Attr("month", "sept", "n"); got != "9" {
		t.Errorf("sept n = %q", got)
	}
	if got := strings.Join(Get("modal").Where("future", "yes"), " "); got != "will 'll shall wo" {
		t.Errorf("future modals = %q", got)
	}
	for _, c := range []struct{ class, key, value, want string }{
		{"pronoun", "gender", "m", "he him his himself"},
		{"pronoun", "gender", "n", "it its itself"},
		{"preposition", "role", "genitive", "of"},
		{"preposition", "role", "agent", "by"},
		{"conjunction", "sense", "additive", "and"},
		{"conjunction", "sense", "adversative", "but yet"},
		{"complementizer", "x", "", "that"},
	} {
		if got := strings.Join(Get(c.class).Where(c.key, c.value), " "); got != c.want {
			t.Errorf("%s %s=%s: %q, want %q", c.class, c.key, c.value, got, c.want)
		}
	}
}

func TestUnknownClassPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for an undeclared class")
		}
	}()
	Is("pronouns", "he")
}

func TestParseRejectsMalformed(t *testing.T) {
	const head = "@class\tc\tk\tdesc\n"
	cases := []struct{ name, in, want string }{
		{"unknown class", head + "d\tx\t-\n", `t.tsv:2: unknown class "d"`},
		{"duplicate", head + "c\tx\t-\nc\tx\tk=1\n", `t.tsv:3: "x" is already in class "c"`},
		{"empty field", head + "c\t\t-\n", "t.tsv:2: field 2 is empty"},
		{"spaces", head + "c\tx \t-\n", `t.tsv:2: field 2 "x " has surrounding spaces`},
		{"two fields", head + "c\tx\n", "t.tsv:2: want 3 tab-separated fields"},
		{"bad attr", head + "c\tx\tk\n", `t.tsv:2: attribute "k" is not key=value`},
		{"undeclared attr", head + "c\tx\tj=1\n", `t.tsv:2: class "c" has no attribute "j"`},
		{"attr twice", head + "c\tx\tk=1 k=2\n", `t.tsv:2: attribute "k" given twice`},
		{"class twice", head + head, `t.tsv:2: class "c" declared twice`},
		{"short class", "@class\tc\tk\n", "t.tsv:1: @class wants 4"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(c.in), "t.tsv")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want %q...", err, c.want)
			}
		})
	}
	l, err := Parse(strings.NewReader(head+"c\tx\tk=1\nc\ty\t-\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !l.Class("c").Has("y") || l.Class("c").Attr("x", "k") != "1" {
		t.Error("parsed list lost a word")
	}
}

func TestParseFS(t *testing.T) {
	const a = "@class\tc\tk\tdesc\nc\tx\tk=1\n"
	const b = "@class\td\t-\tdesc\nd\ty\t-\n"
	good := fstest.MapFS{"w/a.tsv": {Data: []byte(a)}, "w/b.tsv": {Data: []byte(b)}, "w/notes.md": {Data: []byte("x")}}
	l, err := ParseFS(good, "w/*.tsv", "w")
	if err != nil {
		t.Fatal(err)
	}
	if l.Class("c").Attr("x", "k") != "1" || !l.Class("d").Has("y") {
		t.Error("merged list lost a word")
	}
	cases := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"class in two files", fstest.MapFS{"w/a.tsv": {Data: []byte(a)}, "w/b.tsv": {Data: []byte(a)}}, `w: class "c" declared in both w/a.tsv and w/b.tsv`},
		{"word of another file's class", fstest.MapFS{"w/a.tsv": {Data: []byte(a)}, "w/b.tsv": {Data: []byte("c\tz\t-\n")}}, `w/b.tsv:1: unknown class "c"`},
		{"malformed line", fstest.MapFS{"w/a.tsv": {Data: []byte(a + "c\tx\n")}}, "w/a.tsv:3: want 3 tab-separated fields"},
		{"no file", fstest.MapFS{}, "w: no file matches w/*.tsv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseFS(c.fsys, "w/*.tsv", "w")
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want %q...", err, c.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add("@class\tc\tk\tdesc\nc\tx\tk=1\n")
	f.Add(closedTSV)
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Parse(strings.NewReader(s), "f.tsv")
		if err == nil {
			for _, n := range l.Classes() {
				for _, w := range l.Class(n).Words() {
					if w == "" || !l.Class(n).Has(w) {
						t.Fatalf("class %s lost %q", n, w)
					}
				}
			}
		}
	})
}
