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
	if rs, err = DefaultGatheredRecodings(tb); err != nil || len(rs) == 0 {
		t.Fatalf("gathered recodings: %d rows, %v", len(rs), err)
	}
}

// TestGatheredRecodingsMalformed checks that a row of gathered events
// that reads the act's words or phrases fails, as the rows of
// recode.tsv's malformed kinds do.
func TestGatheredRecodingsMalformed(t *testing.T) {
	tb, err := DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ row, want string }{
		{"190	passive	180", `condition "passive" reads the words around the act or the parties' phrases`},
		{"190	target-official	186", `condition "target-official" reads the words around the act or the parties' phrases`},
		{"190	next:toll-death	186", `condition "next:toll-death" reads the words around the act or the parties' phrases`},
		{"190	source-wealthy	180", `unknown condition "source-wealthy"`},
		{"190	!target target-armed-force	180", `needs "target", which the row negates`},
		{"190	target-coded	190", "recodes 190 as itself"},
	} {
		_, err := LoadGatheredRecodings(strings.NewReader(c.row+"\n"), "recode-gathered.tsv", tb)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "recode-gathered.tsv:1:") {
			t.Errorf("%q: error %v, want the file, line 1 and %q", c.row, err, c.want)
		}
	}
}

// TestRecodeGathered checks the built-in recodings of gathered events on
// invented parties.
func TestRecodeGathered(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	party := func(code string) *doc.Actor {
		a := &doc.Actor{Name: "x"}
		doc.SetStr(&a.Actor, code)
		return a
	}
	for _, c := range []struct {
		name     string
		code     string
		src, tgt *doc.Actor
		petrarch bool
		want     string
	}{
		{"no doer, civilians", "190", nil, party("NORCVL"), false, "180"},
		{"no doer, civilians, petrarch", "190", nil, party("NORCVL"), true, "190"},
		{"uncoded doer, a town", "190", party(""), party("NOR"), false, "180"},
		{"villagers on traders", "190", party("NORCVL"), party("NORBUS"), false, "180"},
		{"army on civilians", "190", party("NORMIL"), party("NORCVL"), false, "190"},
		{"a state on civilians", "190", party("NOR"), party("NORCVL"), false, "190"},
		{"on soldiers", "190", nil, party("NORMIL"), false, "190"},
		{"on no coded target", "190", nil, party(""), false, "190"},
		{"no target", "190", nil, nil, false, "190"},
		{"another code", "193", nil, party("NORCVL"), false, "193"},
		{"a code the table lacks", "1999", nil, party("NORCVL"), false, "1999"},
	} {
		ev := doc.Event{Code: c.code, Source: c.src, Target: c.tgt}
		s.RecodeGathered.recodeEvent(s.Table, &ev, !c.petrarch)
		if ev.Code != c.want {
			t.Errorf("%s: %s recoded %s, want %s", c.name, c.code, ev.Code, c.want)
		}
		if c.want == "180" && (ev.Root != "18" || ev.Label != s.Table["180"].Name) {
			t.Errorf("%s: root %s label %q, want the table's 180", c.name, ev.Root, ev.Label)
		}
	}
}

// TestRecodeGatheredCombat checks that combat with no doer on a target
// that is no armed force stays 190 (word:combat reads the act's first
// word on a gathered event), while another violent word is recoded.
func TestRecodeGatheredCombat(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ trig, want string }{
		{"fighting", "190"},
		{"Clashes broke out", "190"},
		{"attacked", "180"},
		{"", "180"},
	} {
		tgt := &doc.Actor{Name: "x"}
		doc.SetStr(&tgt.Actor, "NORCVL")
		ev := doc.Event{Code: "190", Target: tgt, Trigger: doc.Trigger{Text: c.trig}}
		s.RecodeGathered.recodeEvent(s.Table, &ev, true)
		if ev.Code != c.want {
			t.Errorf("%q: 190 recoded %s, want %s", c.trig, ev.Code, c.want)
		}
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
		// a row between them may give back a code the later row applies to
		"190\tpassive\t180\n180\tpassive\t190\n190\tpassive target\t185",
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

// TestRecodeConditionsDocumented checks that every condition of the
// vocabulary is documented in the header of recode.tsv, and that the
// header documents no other.
func TestRecodeConditionsDocumented(t *testing.T) {
	b, err := dataFS.ReadFile("data/recode.tsv")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		// "#   name  what it reads": a name of lower-case letters and
		// dashes after three spaces
		rest, ok := strings.CutPrefix(line, "#   ")
		if !ok || strings.HasPrefix(rest, " ") {
			continue
		}
		name, _, _ := strings.Cut(rest, " ")
		if strings.Trim(name, "abcdefghijklmnopqrstuvwxyz-") == "" && strings.Contains(rest, "  ") {
			documented[name] = true
		}
	}
	for name := range conditions {
		if !documented[name] {
			t.Errorf("condition %q is not documented in recode.tsv", name)
		}
		delete(documented, name)
	}
	for _, col := range []string{"code", "conditions", "new"} {
		delete(documented, col)
	}
	for name := range documented {
		t.Errorf("recode.tsv documents %q, no condition", name)
	}
}
