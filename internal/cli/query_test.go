package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store"
)

func sp(s string) *string { return &s }

// eventStore writes a store of n one-event articles (distinct actors, so
// n events), every fifth with an unknown date.
func eventStore(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w := db.NewWriter(store.DefaultMerge, 16)
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Report %d: al-Qaeda said the U.S. co-founder's 13,000 troops (Esper: \"no\") left town %d.", i, i)
		d := doc.New(fmt.Sprint("h", i), text)
		d.Headline = sp(fmt.Sprint("Headline ", i))
		d.Body = []doc.Span{{Start: 0, End: len(text)}}
		date := fmt.Sprintf("2019-11-%02d", 1+i%28)
		if i%5 == 0 {
			date = "XXXX-11-19"
		}
		d.Events = []doc.Event{{Code: "190", Root: "19", Label: "Fight", QuadClass: 4,
			Source: &doc.Actor{Name: "US", Actor: sp("USA")}, Target: &doc.Actor{Name: fmt.Sprint("T", i), Actor: sp(fmt.Sprintf("X%02d", i))},
			Date: doc.EventDate{Value: sp(date)}, Sentence: doc.Span{Start: 0, End: len(text)}, Confidence: 0.9}}
		if _, err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func lines(s string) int { return strings.Count(s, "\n") }

// TestLimitHonest: --limit means the same in every format, 0 is all, and
// a table that stops short says how many it left out.
func TestLimitHonest(t *testing.T) {
	db := eventStore(t, 60)
	cases := []struct {
		args      []string
		rows      int // output lines
		notice    string
		noNotices bool
	}{
		{[]string{"events"}, 51, "10 more not shown", false},
		{[]string{"events", "--limit", "0"}, 61, "", true},
		{[]string{"events", "--limit", "5", "--format", "jsonl"}, 5, "55 more not shown", false},
		{[]string{"events", "--format", "jsonl"}, 60, "", true},
		{[]string{"events", "--limit", "5", "--format", "csv"}, 6, "55 more not shown", false},
		{[]string{"articles"}, 51, "10 more not shown", false},
		{[]string{"articles", "--limit", "0"}, 61, "", true},
		{[]string{"articles", "--limit", "7", "--format", "jsonl"}, 7, "53 more not shown", false},
	}
	for _, c := range cases {
		code, out, errs := runCLI(t, "", append(c.args, "--db", db)...)
		if code != 0 || lines(out) != c.rows || !strings.Contains(errs, c.notice) || (c.noNotices && errs != "") {
			t.Errorf("%v: exit %d, %d lines (want %d), stderr %q", c.args, code, lines(out), c.rows, errs)
		}
	}
	if code, _, _ := runCLI(t, "", "events", "--db", db, "--limit", "-3"); code != ExitUsage {
		t.Errorf("--limit -3: exit %d", code)
	}
}

// TestDateFlags: dates that do not parse are refused with status 2; an
// unknown year matches a bounded range only with --include-vague.
func TestDateFlags(t *testing.T) {
	db := eventStore(t, 20)
	for _, bad := range [][]string{{"--from", "notadate"}, {"--to", "notadate"}, {"--from", "2019-02-30"}, {"--to", "19"}, {"--from", "2019-1"}, {"--from", "2020", "--to", "2019"}} {
		for _, cmd := range []string{"events", "export"} {
			args := append([]string{cmd, "--db", db, "--format", "csv"}, bad...)
			code, _, errs := runCLI(t, "", args...)
			if code != ExitUsage || lines(errs) != 1 {
				t.Errorf("%v: exit %d, stderr %q", args, code, errs)
			}
		}
	}
	_, out, _ := runCLI(t, "", "events", "--db", db, "--from", "2019-01-01", "--format", "jsonl")
	_, vague, _ := runCLI(t, "", "events", "--db", db, "--from", "2019-01-01", "--include-vague", "--format", "jsonl")
	if lines(out) != 16 || lines(vague) != 20 || strings.Contains(out, "XXXX") {
		t.Errorf("--from 2019-01-01: %d events, with --include-vague %d", lines(out), lines(vague))
	}
}

// TestSearchShapes: what people type into a search box never reaches
// SQLite as query syntax.
func TestSearchShapes(t *testing.T) {
	db := eventStore(t, 5)
	shapes := []string{"al-Qaeda", "U.S.", "Assange's", "13,000", "co-founder", "Esper:", `"left town"`, "troops OR soldiers", "-Esper troops",
		"co*", "U.S.-led", "$1.5bn", "9/11", "#MeToo", "@user", "(troops)", "e-mail", "Report 3", "50%", "O'Brien", "NOT Esper troops", "troops AND town",
		"Mr. Trump's", "2019-11-19", "10:30", "AT&T", "a/b", "x+y", "\"unclosed"}
	for _, q := range shapes {
		for _, cmd := range []string{"events", "articles"} {
			code, _, errs := runCLI(t, "", cmd, "--db", db, "--search", q)
			if code != 0 || strings.Contains(errs, "SQL") || strings.Contains(errs, "fts5") {
				t.Errorf("%s --search %q: exit %d, %q", cmd, q, code, errs)
			}
		}
	}
	code, out, _ := runCLI(t, "", "articles", "--db", db, "--search", "al-Qaeda")
	if code != 0 || lines(out) != 6 || !strings.Contains(strings.SplitN(out, "\n", 2)[0], "MATCH") {
		t.Errorf("al-Qaeda: %d\n%s", code, out)
	}
	for _, q := range []string{"-Esper", ":", "NOT x"} {
		code, _, errs := runCLI(t, "", "articles", "--db", db, "--search", q)
		if code != ExitUsage || lines(errs) != 1 {
			t.Errorf("--search %q: exit %d, %q", q, code, errs)
		}
	}
}

// TestCommandLineStyle: every command explains its exit status, answers
// an unknown flag with one line pointing to --help, and refuses counts
// below one.
func TestCommandLineStyle(t *testing.T) {
	for _, c := range commands() {
		code, out, _ := runCLI(t, "", c.name, "--help")
		if code != 0 || !strings.Contains(out, "Exit status") {
			t.Errorf("%s --help: exit %d, no Exit status section", c.name, code)
		}
		code, out, errs := runCLI(t, "", c.name, "--no-such-flag")
		if code != ExitUsage || out != "" || lines(errs) != 1 || !strings.Contains(errs, "--help") {
			t.Errorf("%s --no-such-flag: exit %d, stderr %q", c.name, code, errs)
		}
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	for _, cmd := range []string{"analyze", "ingest", "reanalyze"} {
		for _, n := range []string{"0", "-3"} {
			args := []string{cmd, "--workers", n, "--db", filepath.Join(dir, "w.db")}
			if cmd != "reanalyze" {
				args = append(args, filepath.Join(dir, "a.txt"))
			}
			if cmd == "analyze" {
				args = append(args[:3], args[5:]...)
			}
			if code, _, errs := runCLI(t, "", args...); code != ExitUsage || !strings.Contains(errs, "--workers") {
				t.Errorf("%v: exit %d, %q", args, code, errs)
			}
		}
	}
	if code, out, _ := runCLI(t, "", "--version"); code != 0 || !strings.Contains(out, "analyser: dragoman") {
		t.Errorf("--version: %d %q", code, out)
	}
}
