package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/store"
)

func storeStats(t *testing.T, path string) store.Stats {
	t.Helper()
	db, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestReplaceAndReanalyze: an article ingested with a wrong --published is
// corrected by ingest --replace; reanalyze redoes the stored articles from
// their inputs and leaves the counts a clean run gives.
func TestReplaceAndReanalyze(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(in, "b.txt"), []byte("MOSCOW (Reuters) - Russia criticized Turkey on Tuesday over the border dispute, officials in Moscow said.\n\nTurkey said it would respond, a spokesperson said in a statement.\n"), 0o644)
	db := filepath.Join(dir, "s.db")
	clean := filepath.Join(dir, "clean.db")
	if code, _, errs := runCLI(t, "", "ingest", "--db", clean, "--published", "2020-12-02", in); code != 0 {
		t.Fatalf("clean: %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, "", "ingest", "--db", db, "--published", "2001-01-01", in); code != 0 {
		t.Fatalf("wrong date: %d %s", code, errs)
	}
	code, _, errs := runCLI(t, "", "ingest", "--db", db, "--published", "2020-12-02", in)
	if code != 0 || !strings.Contains(errs, "0 stored, 2 already there") {
		t.Fatalf("again without --replace: %d %s", code, errs)
	}
	code, _, errs = runCLI(t, "", "ingest", "--db", db, "--replace", "--published", "2020-12-02", in)
	if code != 0 || !strings.Contains(errs, "2 stored") || !strings.Contains(errs, "2 replaced") {
		t.Fatalf("--replace: %d %s", code, errs)
	}
	_, out, _ := runCLI(t, "", "articles", "--db", db, "--format", "csv")
	if strings.Contains(out, "2001-01-01") || strings.Count(out, "2020-12-02") != 2 {
		t.Errorf("publication dates not corrected:\n%s", out)
	}
	if a, b := storeStats(t, db), storeStats(t, clean); a != b {
		t.Errorf("after --replace %+v, clean %+v", a, b)
	}
	code, _, errs = runCLI(t, "", "reanalyze", "--db", db)
	if code != 0 || !strings.Contains(errs, "0 redone") {
		t.Errorf("reanalyze with nothing changed: %d %s", code, errs)
	}
	code, _, errs = runCLI(t, "", "reanalyze", "--db", db, "--all")
	if code != 0 || !strings.Contains(errs, "2 redone, 0 failed") {
		t.Errorf("reanalyze --all: %d %s", code, errs)
	}
	if a, b := storeStats(t, db), storeStats(t, clean); a != b {
		t.Errorf("after reanalyze %+v, clean %+v", a, b)
	}
	_, out1, _ := runCLI(t, "", "export", "--db", db, "--format", "gdelt")
	_, out2, _ := runCLI(t, "", "export", "--db", clean, "--format", "gdelt")
	if lines(out1) != lines(out2) {
		t.Errorf("gdelt rows %d, clean %d", lines(out1), lines(out2))
	}
}

// TestRecordDateWarning: a JSON Lines record whose published is not a
// date is named on standard error by file and line, and still analysed.
func TestRecordDateWarning(t *testing.T) {
	recs := `{"id":"r1","text":"The army said on Monday that it had taken the town after heavy fighting.","published":"2019-05-01"}` + "\n" +
		`{"id":"r2","text":"Rebels said on Tuesday that they had retaken the town after a night of fighting.","published":"last Tuesday"}` + "\n"
	for _, cmd := range [][]string{{"analyze"}, {"ingest", "--db", filepath.Join(t.TempDir(), "r.db")}} {
		code, _, errs := runCLI(t, recs, append(cmd, "--input", "jsonl", "-")...)
		if code != 0 || !strings.Contains(errs, "-:2 (id r2): warning: record's published \"last Tuesday\" is not a date") || strings.Contains(errs, "-:1") {
			t.Errorf("%s: exit %d, stderr %q", cmd[0], code, errs)
		}
	}
}

// TestTruncatedPageIsAWarning: a page cut off after its text is analysed
// as far as it goes, with a warning and status 0, by analyze as by ingest.
func TestTruncatedPageIsAWarning(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "cut.html")
	os.WriteFile(page, []byte("<html><head><title>Talks</title></head><body><article><p>"+
		strings.Repeat("The army said on Monday that it had taken the town after heavy fighting. ", 6)+"</p></article><div"), 0o644)
	for _, cmd := range [][]string{{"analyze"}, {"ingest", "--db", filepath.Join(dir, "c.db")}} {
		code, _, errs := runCLI(t, "", append(cmd, page)...)
		if code != 0 || !strings.Contains(errs, "cut.html: warning:") || strings.Contains(errs, "error") {
			t.Errorf("%s: exit %d, stderr %q", cmd[0], code, errs)
		}
	}
}
