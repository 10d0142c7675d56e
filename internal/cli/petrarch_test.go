package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The --petrarch-* flags of analyze and ingest: a file given replaces the
// built-in dictionary of its kind; a bad file stops the command with an
// error naming file:line.
func TestPetrarchFlags(t *testing.T) {
	dir := t.TempDir()
	actors := filepath.Join(dir, "my.actors.txt")
	agents := filepath.Join(dir, "my.agents.txt")
	verbs := filepath.Join(dir, "my.verbs.txt")
	bad := filepath.Join(dir, "bad.actors.txt")
	text := filepath.Join(dir, "a.txt")
	os.WriteFile(actors, []byte("ARAGORN [RNG]\nBREE [BRE]\n"), 0o644)
	os.WriteFile(agents, []byte("RANGER [~RNG]\n"), 0o644)
	os.WriteFile(verbs, []byte("--- ATTACK [190] ---\nATTACK\n- * (IN $) [191]\n"), 0o644)
	os.WriteFile(bad, []byte("ARAGORN [RNG]\n\t[RNG >0101]\n\t[RNG\n"), 0o644)
	os.WriteFile(text, []byte("Aragorn met the mayor of Bree on Monday.\n"), 0o644)

	code, out, errs := runCLI(t, "", "analyze", "--published", "2010-01-04", "--petrarch-actors", actors, "--petrarch-agents", agents, "--petrarch-verbs", verbs, text)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var d struct {
		Entities []struct {
			Name  string
			Actor *string
		}
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range d.Entities {
		if e.Actor != nil {
			got[e.Name] = *e.Actor
		}
	}
	if got["Aragorn"] != "RNG" || got["Bree"] != "BRE" {
		t.Errorf("actor codes %v, want Aragorn RNG, Bree BRE from the given dictionary", got)
	}

	for _, cmd := range [][]string{
		{"analyze", "--petrarch-actors", actors + "," + bad, text},
		{"ingest", "--db", filepath.Join(dir, "x.db"), "--petrarch-actors", bad, text},
	} {
		code, _, errs = runCLI(t, "", cmd...)
		if code != ExitUsage || !strings.Contains(errs, bad+":3: malformed code line") || !strings.Contains(errs, "--petrarch-actors") {
			t.Errorf("%s: exit %d, stderr %q; want %d and %s:3: ...", cmd[0], code, errs, ExitUsage, bad)
		}
	}
	code, _, errs = runCLI(t, "", "analyze", "--petrarch-verbs", filepath.Join(dir, "missing.txt"), text)
	if code != ExitUsage || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing verbs file: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCLI(t, "", "analyze", "--convention", "tabari", text)
	if code != ExitUsage || !strings.Contains(errs, "--convention") {
		t.Errorf("bad convention: exit %d, stderr %q", code, errs)
	}
}
