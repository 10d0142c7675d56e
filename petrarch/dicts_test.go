package petrarch

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestActorFiles(t *testing.T) {
	for _, tc := range []struct {
		file           string
		entries, names int // -1: not checked
		minDated       int
		maxWarnings    int
	}{
		{"production/Phoenix.Countries.actors.txt", -1, -1, 25000, 20},
		{"production/Phoenix.International.actors.txt", -1, -1, 0, 5},
		{"production/Phoenix.MilNonState.actors.txt", -1, -1, 0, 5},
		{"PETR.Validate.actors.txt", -1, -1, 0, 0},
	} {
		t.Run(tc.file, func(t *testing.T) {
			a, err := LoadActors(dictPath(t, strings.Split(tc.file, "/")...))
			if err != nil {
				t.Fatal(err)
			}
			dated := 0
			for _, e := range a.Entries {
				dated += len(e.Dated)
			}
			t.Logf("entries %d names %d dated %d warnings %d", len(a.Entries), a.Names(), dated, len(a.Warnings))
			for _, w := range a.Warnings {
				t.Log(w)
			}
			if dated < tc.minDated {
				t.Errorf("dated codes = %d, want at least %d", dated, tc.minDated)
			}
			if len(a.Warnings) > tc.maxWarnings {
				t.Errorf("%d warnings, want at most %d", len(a.Warnings), tc.maxWarnings)
			}
		})
	}
}

func TestAgentFiles(t *testing.T) {
	for _, file := range []string{"production/Phoenix.agents.txt", "PETR.Validate.agents.txt"} {
		t.Run(file, func(t *testing.T) {
			g, err := LoadAgents(dictPath(t, strings.Split(file, "/")...))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("entries %d warnings %d", len(g.Entries), len(g.Warnings))
			for _, w := range g.Warnings {
				t.Log(w)
			}
			if len(g.Entries) < 90 {
				t.Errorf("only %d entries", len(g.Entries))
			}
		})
	}
}

func TestDiscardAndIssueFiles(t *testing.T) {
	for _, file := range []string{"production/Phoenix.discards.txt", "PETR.Validate.discards.txt"} {
		d, err := LoadDiscards(dictPath(t, strings.Split(file, "/")...))
		if err != nil {
			t.Fatal(err)
		}
		story := 0
		for _, e := range d.Entries {
			if e.Story {
				story++
			}
		}
		t.Logf("%s: %d entries, %d story-level", file, len(d.Entries), story)
		if file == "production/Phoenix.discards.txt" && (len(d.Entries) != 506 || story != 64) {
			t.Errorf("%s: %d entries, %d story-level; want 506, 64", file, len(d.Entries), story)
		}
	}
	is, err := LoadIssues(dictPath(t, "production", "Phoenix.IssueCoding.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cats, codes, ign := map[string]bool{}, map[string]bool{}, 0
	for _, e := range is.Entries {
		cats[e.Category] = true
		if e.Ignore {
			ign++
		} else {
			codes[e.Code] = true
		}
	}
	t.Logf("issues: %d entries, %d categories, %d codes, %d ignore", len(is.Entries), len(cats), len(codes), ign)
	if len(cats) != 51 || ign != 181 { // 52 blocks, ELECTIONS empty
		t.Errorf("issues: %d categories with phrases, %d ignore phrases; want 51, 181", len(cats), ign)
	}
}

const sampleActors = `# sample
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
HAMID_KARZAI_  # a person
+PRESIDENT_KARZAI
	[AFGELI 320101-331108]
	[AFGGOV 011222-140929]
	[AFGELI]
ASHRAF_GHANI_	[AFGELI]
	[AFGGOV >140929]
SOME_REBEL
	[XXXREB <050101]
	[---]
UNITED NATIONS [IGOUNO]
`

func TestReadActorsSample(t *testing.T) {
	a, err := ReadActors(strings.NewReader(sampleActors), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Entries) != 5 || a.Names() != 8 || len(a.Warnings) != 0 {
		t.Fatalf("entries %d names %d warnings %v", len(a.Entries), a.Names(), a.Warnings)
	}
	for _, tc := range []struct {
		phrase string
		date   int
		code   string
		n      int
	}{
		{"AFGHAN TROOPS", 20100101, "AFG", 1},
		{"AFGHANS", 20100101, "", 0}, // exact: no plural
		{"HAMID KARZAI SAID", 20100101, "AFGGOV", 2},
		{"HAMID KARZAI", 19320101, "AFGELI", 2},
		{"HAMID KARZAI", 20150101, "AFGELI", 2},
		{"PRESIDENT KARZAI", 20140929, "AFGGOV", 2}, // ends inclusive
		{"ASHRAF GHANI", 20140928, "AFGELI", 2},
		{"ASHRAF GHANI", 20140930, "AFGGOV", 2},
		{"SOME REBELS", 20000101, "XXXREB", 2}, // plural of a non-exact name
		{"SOME REBEL", 20060101, "", 2},        // the null code
		{"UNITED NATIONS", 0, "IGOUNO", 2},
		{"HAMID KARZAI", 0, "AFGELI", 2},
	} {
		e, n := a.Match(strings.Fields(tc.phrase))
		got := ""
		if e != nil {
			got = e.CodeOn(tc.date)
		}
		if got != tc.code || n != tc.n {
			t.Errorf("%s on %d: %q (%d words), want %q (%d)", tc.phrase, tc.date, got, n, tc.code, tc.n)
		}
	}
}

// CodeNear gives a date no restriction covers the code of the nearest
// one, for an actor with no undated code.
func TestCodeNear(t *testing.T) {
	const dict = "ANA_RUIZ_\n\t[ZORELI 900101-991231]\n\t[ZORGOV 000101-051231]\nTOM_ALDER_ [XYZ]\n\t[XYZGOV 100101-101231]\nJO_NULL_\n\t[---  <991231]\n"
	a, err := ReadActors(strings.NewReader(dict), "near")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		phrase   string
		date     int
		on, near string
	}{
		{"ANA RUIZ", 20030101, "ZORGOV", "ZORGOV"}, // covered
		{"ANA RUIZ", 20080101, "", "ZORGOV"},       // after the last role
		{"ANA RUIZ", 19800101, "", "ZOR"},          // before the first: its country
		{"ANA RUIZ", 0, "ZORGOV", "ZORGOV"},        // no date: the latest
		{"TOM ALDER", 20200101, "XYZ", "XYZ"},      // the undated code
		{"JO NULL", 20200101, "", ""},              // the nearest is null
	} {
		e, _ := a.Match(strings.Fields(tc.phrase))
		if e == nil {
			t.Fatalf("%s: no entry", tc.phrase)
		}
		if on, near := e.CodeOn(tc.date), e.CodeNear(tc.date); on != tc.on || near != tc.near {
			t.Errorf("%s on %d: CodeOn %q CodeNear %q, want %q %q", tc.phrase, tc.date, on, near, tc.on, tc.near)
		}
	}
}

func TestReadActorsQuirks(t *testing.T) {
	text := "LIAMINE_Z\x1aROUAL_\n\t[DZAGOV 9008223-911221]\n\t[DZAGOV > 140608]\n\t[DZAGOV 20121204]\nCOTE_D\uFFFDIVOIRE_ [CIV]\n"
	a, err := ReadActors(strings.NewReader(text), "q")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Entries) != 2 || strings.Join(a.Entries[0].Names[0].Words, " ") != "LIAMINE ZROUAL" {
		t.Fatalf("entries = %+v", a.Entries)
	}
	if d := a.Entries[0].Dated; len(d) != 2 || d[0].From != 20140608 || d[1].From != 20121204 {
		t.Errorf("dated = %+v", d)
	}
	if len(a.Warnings) != 2 || !strings.HasPrefix(a.Warnings[0].Error(), "q:2: bad date") {
		t.Errorf("warnings = %v", a.Warnings)
	}
}

func TestReadAgentsSample(t *testing.T) {
	text := "!PERSON! = MAN, MEN, WOMAN\n!MIN! = MINISTER, MINISTRY\nPOLICE!PERSON! [~COP]\nFOREIGN_!MIN! [~GOV]\nPOLICE {} [~COP] # no plural\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nHUMAN_RIGHTS_GROUP [NGO~]\nMINISTER [~GOV]\nDEPARTMENT_OF_X [~ENV}\nISLAMIC_EXTREMIST\n"
	g, err := ReadAgents(strings.NewReader(text), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) != 3+2+1+1+1+1+1 || len(g.Warnings) != 2 {
		t.Fatalf("entries %d warnings %v", len(g.Entries), g.Warnings)
	}
	for _, tc := range []struct {
		phrase, actor, code string
		n                   int
		plural              bool
	}{
		{"POLICEMEN SAID", "USA", "USACOP", 1, false},
		{"POLICE", "USA", "USACOP", 1, false},
		{"POLICES", "USA", "", 0, false},
		{"FOREIGN MINISTER", "IRN", "IRNGOV", 2, false},
		{"FOREIGN MINISTRY", "IRN", "IRNGOV", 2, false},
		{"ATTORNEYS GENERAL", "USA", "USAGOV", 2, true},
		{"HUMAN RIGHTS GROUPS", "USA", "NGOUSA", 3, true},
		{"MINISTERS", "AUS", "AUSGOV", 1, true},
		{"DEPARTMENT OF X", "AUS", "AUSENV", 3, false},
	} {
		a, n, pl := g.Match(strings.Fields(tc.phrase))
		got := ""
		if a != nil {
			got = a.Compose(tc.actor)
		}
		if got != tc.code || n != tc.n || pl != tc.plural {
			t.Errorf("%s: %q %d %v, want %q %d %v", tc.phrase, got, n, pl, tc.code, tc.n, tc.plural)
		}
	}
}

func TestReadListsSample(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader("MONTHS LATER\n+World Golf Championships   # c\nBASEBALL\nCUP_\n"), "d")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		s     string
		line  int
		story bool
	}{
		{"TWO MONTHS LATER THEY MET", 1, false},
		{"THE WORLD GOLF CHAMPIONSHIPS", 2, true},
		{"BASEBALLS", 3, false},
		{"CUPS", 0, false},
		{"THE CUP", 4, false},
	} {
		m := d.Match(strings.Fields(tc.s))
		if (m == nil) != (tc.line == 0) || (m != nil && (m.Line != tc.line || m.Story != tc.story)) {
			t.Errorf("%s: %+v, want line %d", tc.s, m, tc.line)
		}
	}
	is, err := ReadIssues(strings.NewReader("<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\npre+n:school [EARLY]\nv:teach n:child [TEACH]\n~a head start\nastrovirus†infection [HEALTH]\n</ISSUE>\n"), "i")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"[pre school pre-school pre schools pre-schools] EARLY false",
		"[teach child teach childs teaches child teaches childs teached child teached childs teaching child teaching childs] TEACH false",
		"[a head start]  true",
		"[astrovirus infection] HEALTH false",
	}
	for k, e := range is.Entries {
		if got := fmt.Sprintf("%v %s %v", e.Phrases, e.Code, e.Ignore); k >= len(want) || got != want[k] {
			t.Errorf("issue %d = %s", k, got)
		}
	}
}

func TestReadDictsMalformed(t *testing.T) {
	type reader func(string) error
	actors := func(s string) error { _, err := ReadActors(strings.NewReader(s), "bad"); return err }
	agents := func(s string) error { _, err := ReadAgents(strings.NewReader(s), "bad"); return err }
	discards := func(s string) error { _, err := ReadDiscards(strings.NewReader(s), "bad"); return err }
	issues := func(s string) error { _, err := ReadIssues(strings.NewReader(s), "bad"); return err }
	for _, tc := range []struct {
		name string
		read reader
		text string
		line int
		msg  string
	}{
		{"actor code first", actors, "\t[USA]\n", 1, "before any actor"},
		{"actor synonym first", actors, "+USA\n", 1, "before any actor"},
		{"actor unindented code", actors, "USA\n[USA]\n", 2, "must start with a blank"},
		{"actor bad code line", actors, "USA\n\t[USA\n", 2, "malformed code line"},
		{"actor empty code", actors, "USA\n\t[ >050101]\n", 2, "malformed code"},
		{"actor bad phrase code", actors, "USA [<US]\n", 1, "malformed code"},
		{"agent bad marker", agents, "!PERSON = MAN\n", 1, "malformed substitution"},
		{"agent undefined marker", agents, "POLICE!PERSON! [~COP]\n", 1, "undefined substitution"},
		{"agent no tilde", agents, "POLICE [COP]\n", 1, "must start or end with ~"},
		{"agent bad plurals", agents, "POLICE {X [~COP]\n", 1, "malformed"},
		{"agent text after code", agents, "POLICE [~COP] X\n", 1, "malformed code"},
		{"discard bad", discards, "\nA [B]\n", 2, "malformed discard"},
		{"issue outside", issues, "x [Y]\n", 1, "outside an <ISSUE> block"},
		{"issue bad code", issues, "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\nx [Y\n</ISSUE>\n", 2, "malformed issue code"},
		{"issue unclosed", issues, "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\nx [Y]\n", 2, "not closed"},
		{"issue bad open", issues, "<ISSUE CAT=\"A\">\n", 1, "malformed issue block"},
		{"issue stray close", issues, "</ISSUE>\n", 1, "without a block"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.read(tc.text)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.File != "bad" || e.Line != tc.line || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("err = %v, want bad:%d: ...%s...", err, tc.line, tc.msg)
			}
		})
	}
}

func fuzzReader(f *testing.F, read func(string) error, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := read(s); err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "fuzz" {
				t.Fatalf("error %v is not a *Error naming the file", err)
			}
		}
	})
}

func FuzzReadActors(f *testing.F) {
	fuzzReader(f, func(s string) error {
		a, err := ReadActors(strings.NewReader(s), "fuzz")
		if err == nil {
			for _, e := range a.Entries {
				for _, n := range e.Names {
					a.Match(n.Words)
				}
				e.CodeOn(20200101)
				e.CodeOn(0)
			}
		}
		return err
	}, sampleActors, "A\n\t[B 9008223-911221]\n\t[C > 140608]\n")
}

func FuzzReadAgents(f *testing.F) {
	fuzzReader(f, func(s string) error {
		g, err := ReadAgents(strings.NewReader(s), "fuzz")
		if err == nil {
			for _, e := range g.Entries {
				g.Match(e.Words)
			}
		}
		return err
	}, "!P! = MAN, MEN\nPOLICE!P! {} [~COP]\nX {XS} [NGO~]\n")
}

func FuzzReadDiscards(f *testing.F) {
	fuzzReader(f, func(s string) error { _, err := ReadDiscards(strings.NewReader(s), "fuzz"); return err }, "+A B_\nC # x\n")
}

func FuzzReadIssues(f *testing.F) {
	fuzzReader(f, func(s string) error { _, err := ReadIssues(strings.NewReader(s), "fuzz"); return err },
		"<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\npre+n:school [X]\n~v:go\n</ISSUE>\n")
}

func TestSplitCodes(t *testing.T) {
	for in, want := range map[string]string{"FRO/BIL/SAM": "FRO BIL SAM", "USAGOV": "USAGOV", "A//B": "A B"} {
		if got := strings.Join(SplitCodes(in), " "); got != want {
			t.Errorf("SplitCodes(%q) = %q, want %q", in, got, want)
		}
	}
	a, err := ReadActors(strings.NewReader("RICARDO_LAGOS_ESCOBAR_\n\t[CHLGOV 000311-060311]\nRICARDO_LAGOS_WEBER_ [CHLLEG]\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Extending([]string{"Ricardo", "Lagos"}, 8); len(got) != 2 {
		t.Errorf("Extending(Ricardo Lagos) = %d actors, want 2", len(got))
	}
	if got := a.Extending([]string{"Ricardo", "Lagos", "Escobar"}, 8); len(got) != 0 {
		t.Errorf("Extending(the whole name) = %d actors, want 0", len(got))
	}
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{"Calderón": "CALDERON", "U.S.": "US", "W.": "W", "d’Ivoire": "D'IVOIRE", "ISRAEL": "ISRAEL", "Zürich": "ZURICH"} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSurnamed(t *testing.T) {
	a, err := ReadActors(strings.NewReader("ALMA_VOSKUIJLEN_\n+PRESIDENT_VOSKUIJLEN_\n\t[ZZZGOV 950101-991231]\n\t[ZZZELI 000101-051231]\n\t[--- 060101-071231]\n"+
		"PIETER_VOSKUIJLEN_ [ZZZBUS]\nVOSKUIJLEN_HOLDINGS_\n\t[ZZZBUS >900101]\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	// each once, however many of its names end so
	got := a.Surnamed("Voskuijlen")
	if len(got) != 2 || got[0].Names[0].Words[0] != "ALMA" {
		t.Fatalf("Surnamed(Voskuijlen) = %d actors, want ALMA_ and PIETER_VOSKUIJLEN_", len(got))
	}
	for _, c := range []struct {
		date int
		want string
		ok   bool
	}{{19970505, "ZZZGOV", true}, {20030101, "ZZZELI", true}, {20070101, "", false}, {20100101, "", false}, {0, "", false}} {
		if code, ok := got[0].RoleOn(c.date); code != c.want || ok != c.ok {
			t.Errorf("RoleOn(%d) = %q, %v; want %q, %v", c.date, code, ok, c.want, c.ok)
		}
	}
	if len(a.Surnamed("Holdings")) != 1 || len(a.Surnamed("Pieter")) != 0 {
		t.Errorf("Surnamed: a name's last word only")
	}
	if _, ok := got[1].RoleOn(19970505); ok {
		t.Errorf("RoleOn: an undated code is no office")
	}
}
