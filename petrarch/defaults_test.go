package petrarch

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltin(t *testing.T) {
	v, err := BuiltinVerbs()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Blocks) != 397 || v.Patterns() != 4668 {
		t.Errorf("built-in verbs: %d blocks, %d patterns; want 397, 4668", len(v.Blocks), v.Patterns())
	}
	a, err := BuiltinActors()
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Entries) != 18390+7841+1021 {
		t.Errorf("built-in actors: %d entries", len(a.Entries))
	}
	g, err := BuiltinAgents()
	if err != nil {
		t.Fatal(err)
	}
	d, err := BuiltinDiscards()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) != 3374 || len(d.Entries) != 506 {
		t.Errorf("built-in agents %d, discards %d", len(g.Entries), len(d.Entries))
	}
	for _, name := range []string{"verbs.txt", "actors.txt", "agents.txt", "discards.txt"} {
		b, _ := dataFS.ReadFile("data/" + name)
		if !bytes.Contains(b[:min(len(b), 4000)], []byte("Permission is hereby granted")) {
			t.Errorf("%s lacks the MIT notice", name)
		}
	}
	for _, tc := range []struct{ name, date, code string }{
		{"Robert Mugabe", "20080601", "ZWEGOV"},
		{"Felipe Calderón", "20080422", "MEXGOV"},
		{"George W. Bush", "20080422", "USAGOV"},
		{"Toyota", "20080422", "MNCJPN"},
	} {
		e, n := a.Match(strings.Fields(tc.name))
		if e == nil || n != len(strings.Fields(tc.name)) {
			t.Errorf("%s: no match", tc.name)
			continue
		}
		var date int
		for _, c := range tc.date {
			date = date*10 + int(c-'0')
		}
		if got := e.CodeOn(date); got != tc.code {
			t.Errorf("%s on %s = %s, want %s", tc.name, tc.date, got, tc.code)
		}
	}
}

func TestFilesLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.txt")
	os.WriteFile(good, []byte("ARAGORN [RNG]\n"), 0o644)
	os.WriteFile(bad, []byte("ARAGORN [RNG]\n\t[RNG\n"), 0o644)
	d, err := Files{Actors: ParseList(good + ",")}.Load(false)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Given.Actors || d.Given.Agents || len(d.Actors.Entries) != 1 || d.Verbs != nil || d.Agents == nil {
		t.Errorf("dicts = %+v", d)
	}
	_, err = Files{Actors: []string{good, bad}}.Load(false)
	if err == nil || !strings.Contains(err.Error(), bad+":2:") || !strings.HasPrefix(err.Error(), "--petrarch-actors: ") {
		t.Errorf("err = %v, want --petrarch-actors: %s:2: ...", err, bad)
	}
	_, err = Files{Verbs: filepath.Join(dir, "missing.txt")}.Load(true)
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("err = %v", err)
	}
}

func BenchmarkLoadBuiltin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		for _, name := range []string{"verbs.txt", "actors.txt", "agents.txt", "discards.txt"} {
			data, _ := dataFS.ReadFile("data/" + name)
			var err error
			switch name {
			case "verbs.txt":
				_, err = ReadVerbs(bytes.NewReader(data), name)
			case "actors.txt":
				_, err = ReadActors(bytes.NewReader(data), name)
			case "agents.txt":
				_, err = ReadAgents(bytes.NewReader(data), name)
			default:
				_, err = ReadDiscards(bytes.NewReader(data), name)
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLoadProductionFiles is the start-up cost of the --petrarch-*
// flags with the original production files (verbs, the three actor
// files, agents, discards).
func BenchmarkLoadProductionFiles(b *testing.B) {
	dir := dictPath(b, "production")
	f := Files{
		Verbs:    filepath.Join(dir, "CAMEO.2.0.txt"),
		Actors:   []string{filepath.Join(dir, "Phoenix.Countries.actors.txt"), filepath.Join(dir, "Phoenix.International.actors.txt"), filepath.Join(dir, "Phoenix.MilNonState.actors.txt")},
		Agents:   filepath.Join(dir, "Phoenix.agents.txt"),
		Discards: filepath.Join(dir, "Phoenix.discards.txt"),
	}
	for i := 0; i < b.N; i++ {
		if _, err := f.Load(true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActorMatch is one longest-match lookup in the production
// actors (a name of three words).
func BenchmarkActorMatch(b *testing.B) {
	a, err := BuiltinActors()
	if err != nil {
		b.Fatal(err)
	}
	ws := []string{"George", "W.", "Bush", "said"}
	for i := 0; i < b.N; i++ {
		a.Match(ws)
	}
}
