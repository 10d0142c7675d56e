package cli

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/syntax/conllu"
)

func TestParseText(t *testing.T) {
	code, out, errs := runCLI(t, "Iran's envoy didn't leave the U.S. on Monday. He said: \"We can't.\"\n\nA second paragraph\n", "parse", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"# newdoc id = stdin\n", "# sent_id = stdin-1\n", "# text = Iran's envoy didn't leave the U.S. on Monday.\n",
		"1-2\tIran's\t", "\n1\tIran\t", "\n2\t's\t", "4-5\tdidn't\t", "\tU.S.\t", "# text = A second paragraph\n", "# sent_id = stdin-3\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	sents, err := conllu.ReadAll(strings.NewReader(out), "out")
	if err != nil || len(sents) != 3 {
		t.Fatalf("%d sentences, %v", len(sents), err)
	}
	if w := sents[0].Words[9]; w.Form != "Monday" || w.SpaceAfter() {
		t.Errorf("word 10 %q SpaceAfter %v, want Monday with SpaceAfter=No", w.Form, w.SpaceAfter())
	}
}

func TestParseCoNLLU(t *testing.T) {
	in, err := os.ReadFile("../../syntax/testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, string(in), "parse", "--input", "conllu", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	gold, _ := conllu.ReadAll(strings.NewReader(string(in)), "in")
	got, err := conllu.ReadAll(strings.NewReader(out), "out")
	if err != nil || len(got) != len(gold) {
		t.Fatalf("%d sentences of %d: %v", len(got), len(gold), err)
	}
	for i := range gold {
		if len(got[i].Lines) != len(gold[i].Lines) {
			t.Fatalf("sentence %d: %d lines, want %d", i, len(got[i].Lines), len(gold[i].Lines))
		}
		for j, l := range gold[i].Lines {
			if l.Word < 0 && got[i].Lines[j].Raw != l.Raw {
				t.Errorf("sentence %d line %d: %q, want %q kept", i, j, got[i].Lines[j].Raw, l.Raw)
			}
		}
		for j, w := range gold[i].Words {
			g := got[i].Words[j]
			if g.Form != w.Form || g.Misc != w.Misc {
				t.Errorf("sentence %d word %d: form/misc changed: %+v", i, j, g)
			}
		}
	}
}

func TestParseBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.conllu")
	bad := filepath.Join(dir, "bad.conllu")
	os.WriteFile(good, []byte("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n"), 0o644)
	os.WriteFile(bad, []byte("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tbroken line\n"), 0o644)
	code, out, errs := runCLI(t, "", "parse", "--input", "conllu", bad, filepath.Join(dir, "missing.conllu"), good)
	if code != ExitFailed {
		t.Errorf("exit %d, want %d", code, ExitFailed)
	}
	if !strings.Contains(errs, bad+":3: want 10 tab-separated columns") || !strings.Contains(errs, "missing.conllu: no such file") {
		t.Errorf("stderr %q does not name the bad inputs", errs)
	}
	if strings.Count(out, "\tHello\t") != 2 {
		t.Errorf("the good sentences were not all written:\n%s", out)
	}
	code, _, errs = runCLI(t, "caf\xe9", "parse", "-")
	if code != ExitFailed || !strings.Contains(errs, "-:") {
		t.Errorf("invalid UTF-8: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "parse", "--input", "xml", "-"); code != ExitUsage {
		t.Errorf("--input xml: exit %d", code)
	}
}

func FuzzParseText(f *testing.F) {
	st, err := syntax.New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Iran's envoy didn't go. He left.", "“No,” she said…\n\nU.S. Gen. Smith", "\xff'\n\n--", "a\u00a0b\tc\r\nd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := ParseText(st, s)
		var b strings.Builder
		w := bufioWriter(&b)
		writeSyntaxCoNLLU(w, "fuzz", d)
		w.Flush()
		sents, err := conllu.ReadAll(strings.NewReader(b.String()), "out")
		if err != nil {
			t.Fatalf("%q: output is not CoNLL-U: %v\n%s", s, err, b.String())
		}
		n := 0
		for _, ss := range sents {
			n += len(ss.Words)
		}
		if n != len(d.Syntax.Tokens) {
			t.Fatalf("%q: %d words written of %d tokens", s, n, len(d.Syntax.Tokens))
		}
	})
}

func bufioWriter(b *strings.Builder) *bufio.Writer { return bufio.NewWriter(b) }

func TestAnalyzeCoNLLU(t *testing.T) {
	code, out, errs := runCLI(t, article, "analyze", "--conllu", "-")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "# newdoc id = stdin\n") || !strings.Contains(out, "\tdrawdown\t") {
		t.Errorf("output:\n%s", out)
	}
	if _, err := conllu.ReadAll(strings.NewReader(out), "out"); err != nil {
		t.Error(err)
	}
}
