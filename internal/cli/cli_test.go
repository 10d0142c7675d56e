package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

const article = "WASHINGTON (Reuters) - The United States said on Tuesday it would withdraw some staff from its embassy in Baghdad, officials said.\n\nThe drawdown will last until mid-January, a State Department spokesperson said in a statement.\n"

func TestAnalyzeOneFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte(article), 0o644)
	code, out, errs := runCLI(t, "", "analyze", "--published", "2020-12-02", p)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("not one JSON object: %v", err)
	}
	if d["schema"] != "dragoman.analysis/v1" || d["outlet"] != "Reuters" {
		t.Errorf("schema %v outlet %v", d["schema"], d["outlet"])
	}
	pub := d["published"].(map[string]any)
	if pub["value"] != "2020-12-02" || pub["source"] != "given" {
		t.Errorf("published %v", pub)
	}
}

func TestAnalyzeBatchWithBadInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"1-good.txt":   []byte(article),
		"2-empty.txt":  {},
		"3-png.txt":    []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"4-bad.txt":    []byte("caf\xe9 au lait"),
		"5-good.html":  []byte("<html><body><article><p>" + strings.Repeat("The army said on Monday that it had taken the town after heavy fighting. ", 5) + "</p></article></body></html>"),
		"6-trunc.html": []byte("<html><head><title>x</title></head><body><div"),
	}
	for n, b := range files {
		os.WriteFile(filepath.Join(dir, n), b, 0o644)
	}
	code, out, errs := runCLI(t, "", "analyze", "--workers", "3", dir, filepath.Join(dir, "missing.txt"))
	if code != ExitFailed {
		t.Errorf("exit %d, want %d", code, ExitFailed)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d documents, want 2:\n%s", len(lines), out)
	}
	for i, want := range []string{"1-good.txt", "5-good.html"} {
		if !strings.Contains(lines[i], want) {
			t.Errorf("document %d is not %s (order must follow the inputs)", i, want)
		}
	}
	errLines := strings.Split(strings.TrimSpace(errs), "\n")
	for _, want := range []string{"2-empty.txt: error: empty input", "3-png.txt: error: binary data (PNG image)", "4-bad.txt: error: invalid UTF-8", "6-trunc.html: error: truncated HTML", "missing.txt: error: no such file or directory"} {
		found := false
		for _, l := range errLines {
			if strings.Contains(l, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if len(errLines) != 5 {
		t.Errorf("want one line per bad input, got %d:\n%s", len(errLines), errs)
	}
}

func TestAnalyzeStdinAndJSONL(t *testing.T) {
	code, out, errs := runCLI(t, article, "analyze", "-")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Fatalf("stdin: exit %d, stderr %q, out %q", code, errs, out)
	}
	recs := `{"id":"r1","text":"The army said on Monday that it had taken the town after heavy fighting.","published":"2019-05-01"}` + "\n" +
		`{"id":"r2","text":"Rebels said on Tuesday that they had retaken the town after a night of fighting."}` + "\n"
	code, out, errs = runCLI(t, recs, "analyze", "--input", "jsonl", "--published", "2019-01-01", "-")
	if code != 0 {
		t.Fatalf("jsonl: exit %d, stderr %q", code, errs)
	}
	var docs []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var d map[string]any
		json.Unmarshal([]byte(l), &d)
		docs = append(docs, d)
	}
	if len(docs) != 2 {
		t.Fatalf("%d docs", len(docs))
	}
	if v := docs[0]["published"].(map[string]any)["value"]; v != "2019-05-01" {
		t.Errorf("record's own date should win: %v", v)
	}
	if v := docs[1]["published"].(map[string]any)["value"]; v != "2019-01-01" {
		t.Errorf("flag date for a record without one: %v", v)
	}
	if docs[0]["input"].(map[string]any)["record"] != "r1" {
		t.Errorf("record id: %v", docs[0]["input"])
	}
}

func TestUsage(t *testing.T) {
	if code, out, _ := runCLI(t, "", "analyze", "--help"); code != 0 || !strings.Contains(out, "Exit status") {
		t.Errorf("help: %d %q", code, out)
	}
	if code, _, _ := runCLI(t, ""); code != ExitUsage {
		t.Errorf("no args: %d", code)
	}
	if code, _, errs := runCLI(t, "", "analyze"); code != ExitUsage || !strings.Contains(errs, "no PATH") {
		t.Errorf("no path: %d %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "analyze", "--published", "yesterday", "x"); code != ExitUsage {
		t.Errorf("bad date: %d", code)
	}
	if code, _, _ := runCLI(t, "", "frobnicate"); code != ExitUsage {
		t.Errorf("unknown command: %d", code)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"32MiB": 32 << 20, "500k": 500 << 10, "1048576": 1 << 20, "2MB": 2e6} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("%s: %d %v", in, got, err)
		}
	}
	if _, err := parseSize("lots"); err == nil {
		t.Error("accepted 'lots'")
	}
}
