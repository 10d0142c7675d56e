package cameo

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestDefaultRecodings checks that the built-in recodings load.
func TestDefaultRecodings(t *testing.T) {
	tb, err := DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	rs, err := DefaultRecodings(tb)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Fatal("no recodings")
	}
}

// TestRecodingsMalformed checks that each kind of malformed row fails
// with the file, the line and what is wrong.
func TestRecodingsMalformed(t *testing.T) {
	tb, err := DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, row, want string }{
		{"fields", "190\tsource", "want 3 tab-separated fields"},
		{"unknown condition", "190\tsource-wealthy\t180", `unknown condition "source-wealthy"`},
		{"unknown kind", "190\tprev:killing\t180", `unknown condition "prev:killing"`},
		{"unknown class", "190\tword:no-such-class\t180", `declares no class "no-such-class"`},
		{"malformed code", "19x\tsource\t180", `code "19x": want a CAMEO code`},
		{"long prefix", "1711*\tsource\t180", `code "1711*": want a CAMEO code`},
		{"code not in table", "199\tsource\t180", `"199" is no CAMEO code: the row can never fire`},
		{"prefix of no code", "99*\tsource\t180", "no CAMEO code begins 99: the row can never fire"},
		{"new code unknown", "190\tsource\t1999", `new code "1999" is no CAMEO code`},
		{"new code malformed", "190\tsource\tx", `new code "x" is no CAMEO code`},
		{"itself", "190\tsource\t190", "recodes 190 as itself"},
		{"no condition", "190\t\t180", "a row with no condition"},
		{"condition and its negation", "190\tsource !source\t180", `condition "source" named twice`},
		{"condition twice", "190\tpassive passive\t180", `condition "passive" named twice`},
		{"negated need", "190\t!source source-state\t180", `condition "source-state" needs "source", which the row negates: the row can never fire`},
		{"negated direct need", "190\ttarget-official !target\t186", `needs "target", which the row negates`},
		{"shadowed", "19*\tpassive\t180\n190\tpassive target\t185", "line 1 recodes every act this row applies to first, as 180: the row can never fire"},
		{"shadowed by any code", "*\tpassive\t180\n171*\tpassive !target\t145", "line 1 recodes every act this row applies to first"},
		{"repeated", "190\tpassive\t180\n190\tpassive\t180", "the row repeats line 1"},
	} {
		_, err := LoadRecodings(strings.NewReader(c.row+"\n"), "recode.tsv", tb)
		if err == nil {
			t.Errorf("%s: %q loaded", c.name, c.row)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "recode.tsv:") {
			t.Errorf("%s: %q: error %q, want the file, a line and %q", c.name, c.row, err, c.want)
		}
	}
	// rows that may both fire load: an earlier row whose new code the
	// later row applies to, and rows that differ in a condition
	for _, ok := range []string{
		"*\ttarget word:killing\t186\n186\ttarget word:killing killed-in-fight\t190",
		"18*\tprotesting\t145\n190\tprotesting\t145",
		"114\tword:protest-stem !source-state\t141\n114\tword:protest-stem source-locative\t141",
	} {
		if _, err := LoadRecodings(strings.NewReader(ok+"\n"), "recode.tsv", tb); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}

// TestRecode checks the built-in recodings on invented pairs of parties.
func TestRecode(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	person := func(code string) actor { return actor{Type: "PERSON", Code: code} }
	crowd := &doc.Evidence{Arguments: []doc.Argument{{Role: "subject", Text: "Hundreds of nurses"}}}
	for _, c := range []struct {
		name     string
		code     string
		words    []string // the act's word first
		src, tgt *actor
		passive  bool
		ev       *doc.Evidence
		petrarch bool
		want     string
	}{
		{"official killed", "190", []string{"murdered"}, nil, &actor{Type: "PERSON", Code: "NORGOV"}, false, nil, false, "186"},
		{"rebel leader killed by an army", "190", []string{"killed"}, &actor{Type: "ORG", Code: "NORMIL"}, &actor{Type: "PERSON", Code: "NORREBMIL"}, false, nil, false, "190"},
		{"rebel leader killed by rebels", "190", []string{"killed"}, &actor{Type: "ORG", Code: "SWEINS"}, &actor{Type: "PERSON", Code: "NORREB"}, false, nil, false, "186"},
		{"killed, no official", "190", []string{"killed"}, nil, &actor{Type: "ORG", Code: "NORCVL"}, false, nil, false, "190"},
		{"official wounded", "190", []string{"stabbed"}, nil, &actor{Type: "PERSON", Code: "NORGOV"}, false, nil, false, "185"},
		{"official shot dead", "190", []string{"shot", "dead"}, nil, &actor{Type: "PERSON", Code: "NORGOV"}, false, nil, false, "190"},
		{"one person's violence", "190", []string{"punched"}, &actor{Type: "PERSON"}, nil, false, nil, false, "180"},
		{"one person's violence, petrarch", "190", []string{"punched"}, &actor{Type: "PERSON"}, nil, false, nil, true, "190"},
		{"crowd appeals", "0242", []string{"urged"}, nil, nil, false, crowd, false, "1412"},
		{"crowd demands", "100", []string{"demanded"}, nil, nil, false, crowd, false, "141"},
		{"crowd, petrarch", "0242", []string{"urged"}, nil, nil, false, crowd, true, "0242"},
		{"civilian blockade", "191", []string{"blockaded"}, &actor{Type: "ORG", Code: "EDU"}, nil, false, nil, false, "144"},
		{"army blockade", "191", []string{"blockaded"}, &actor{Type: "ORG", Code: "NORMIL"}, nil, false, nil, false, "191"},
		{"uncoded blockade", "191", []string{"blockaded"}, &actor{Type: "ORG"}, nil, false, nil, false, "191"},
		{"labour strike", "190", []string{"struck"}, &actor{Type: "ORG", Code: "NORLAB"}, nil, false, nil, false, "143"},
		{"strike on a target", "190", []string{"struck"}, &actor{Type: "ORG", Code: "NORLAB"}, &actor{Type: "GPE", Code: "SWE"}, false, nil, false, "190"},
		{"strike by jets", "190", []string{"striking"}, &actor{Type: "ORG", Code: "NORMIL"}, nil, false, nil, false, "190"},
		{"passive charge", "110", []string{"charged"}, nil, nil, true, nil, false, "173"},
		{"active charge", "110", []string{"charged"}, nil, nil, false, nil, false, "110"},
		{"state protests", "114", []string{"protested"}, &actor{Type: "GPE", Code: "NOR"}, nil, false, nil, false, "114"},
		{"people protest", "114", []string{"protested"}, &actor{Type: "NORP", Code: "NOR"}, nil, false, nil, false, "141"},
		{"unnamed protest", "114", []string{"protested"}, nil, nil, false, nil, false, "141"},
		{"lone person's stab, official", "190", []string{"stabbed"}, ptr(person("")), &actor{Type: "PERSON", Code: "NORGOV"}, false, nil, false, "185"},
	} {
		var actors []actor
		a, b := -1, -1
		if c.src != nil {
			a, actors = len(actors), append(actors, *c.src)
		}
		if c.tgt != nil {
			b, actors = len(actors), append(actors, *c.tgt)
		}
		tr := &trigger{p: &Pattern{Code: c.code}, at: 0, end: 0, passive: c.passive, evidence: c.ev}
		x := &pairReading{t: tr, lower: c.words, actors: actors, a: a, b: b, codebook: !c.petrarch}
		if got := s.Recode.recode(s.Table, s.Table[c.code], x); got.Code != c.want {
			t.Errorf("%s: %s recoded %s, want %s", c.name, c.code, got.Code, c.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }
