package main

import (
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dragoman/dragoman/internal/cli"
	_ "modernc.org/sqlite"
)

// TestMain lets the test binary act as the dragoman command when asked,
// so that tests can run it as a separate process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("DRAGOMAN_AS_CLI") == "1" {
		os.Exit(cli.Main(os.Args[1:], cli.OSEnv()))
	}
	os.Exit(m.Run())
}

func dragoman(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DRAGOMAN_AS_CLI=1")
	return cmd
}

var (
	countries = []string{"France", "Germany", "Iran", "Iraq", "Israel", "Egypt", "Turkey", "Russia", "China", "Japan"}
	cities    = []string{"Paris", "Berlin", "Tehran", "Baghdad", "Jerusalem", "Cairo", "Ankara", "Moscow", "Beijing", "Tokyo"}
	verbs     = []string{"accused", "criticized", "threatened", "attacked", "praised"}
)

// corpus writes n small wire reports with events between countries.
func corpus(t *testing.T, dir string, n int) {
	t.Helper()
	r := rand.New(rand.NewSource(7))
	for i := 0; i < n; i++ {
		a, b := r.Intn(len(countries)), r.Intn(len(countries))
		if a == b {
			b = (b + 1) % len(countries)
		}
		text := fmt.Sprintf("%s (Reuters) - %s %s %s on Tuesday, officials in %s said, in the dispute number %d.\n\n"+
			"The government of %s said it would respond, a spokesperson said in a statement on Wednesday.\n",
			strings.ToUpper(cities[a]), countries[a], verbs[r.Intn(len(verbs))], countries[b], cities[a], i, countries[b])
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type counts struct{ articles, events, mentions, sources, orphans int }

func count(t *testing.T, path string) counts {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var c counts
	var ok string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity: %q %v", ok, err)
	}
	for q, dst := range map[string]*int{
		"SELECT count(*) FROM articles": &c.articles, "SELECT count(*) FROM events": &c.events,
		"SELECT count(*) FROM mentions": &c.mentions, "SELECT count(*) FROM sources": &c.sources,
		// an event without mentions, or an article without its text index, is a partial write
		"SELECT (SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions WHERE event_id IS NOT NULL)) + (SELECT count(*) FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts))": &c.orphans,
	} {
		if err := db.QueryRow(q).Scan(dst); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// TestKillDuringIngest kills ingest at random moments, reruns it, and
// checks that the store ends exactly as after a clean run: every article
// once, the same events and mentions, nothing partial.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	corpus(t, in, 80)
	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := dragoman("ingest", "--db", clean, "--batch", "4", "--published", "2020-12-02", in).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	full := time.Since(start)
	want := count(t, clean)
	if want.articles != 80 || want.events == 0 {
		t.Fatalf("clean run stored %+v", want)
	}
	r := rand.New(rand.NewSource(42))
	for trial := 0; trial < 20; trial++ {
		db := filepath.Join(dir, fmt.Sprintf("t%02d.db", trial))
		cmd := dragoman("ingest", "--db", db, "--batch", "4", "--published", "2020-12-02", in)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(r.Int63n(int64(full))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if out, err := dragoman("ingest", "--db", db, "--batch", "4", "--published", "2020-12-02", in).CombinedOutput(); err != nil {
			t.Fatalf("trial %d: rerun: %v\n%s", trial, err, out)
		}
		got := count(t, db)
		if got != want {
			t.Errorf("trial %d: %+v, want %+v", trial, got, want)
		}
	}
	// The same directory ingested again adds nothing.
	if out, err := dragoman("ingest", "--db", clean, "--published", "2020-12-02", in).CombinedOutput(); err != nil || !strings.Contains(string(out), "0 stored, 80 already there") {
		t.Errorf("second ingest: %v %s", err, out)
	}
	if got := count(t, clean); got != want {
		t.Errorf("after second ingest: %+v, want %+v", got, want)
	}
}

// TestForeignDatabase: a non-dragoman file given as --db is refused and
// left as it was.
func TestForeignDatabase(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "notes.db")
	os.WriteFile(bad, []byte("my notes"), 0o644)
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("The United States criticized Russia on Tuesday, officials said."), 0o644)
	out, err := dragoman("ingest", "--db", bad, in).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "not a dragoman database") {
		t.Errorf("ingest into a text file: %v %s", err, out)
	}
	if b, _ := os.ReadFile(bad); string(b) != "my notes" {
		t.Error("file modified")
	}
}
