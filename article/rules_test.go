package article

import (
	"strings"
	"testing"
)

func TestDefaultRulesLoad(t *testing.T) {
	r, err := DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Lines) == 0 || len(r.Prefixes) == 0 || len(r.Outlets) == 0 {
		t.Fatalf("rules look empty: %d line, %d prefix, %d outlets", len(r.Lines), len(r.Prefixes), len(r.Outlets))
	}
	if c, _ := r.Outlet("AP"); c != "Associated Press" {
		t.Errorf("AP -> %q", c)
	}
}

func TestMalformedRules(t *testing.T) {
	good := "caption\tok\t10\tline\t-\t^x$\n"
	cases := []struct {
		name, file, want string
	}{
		{"fields", "caption\tx\t10\tline\t-\n", "rules.tsv:1: want 6 tab-separated fields"},
		{"kind", "picture\tx\t10\tline\t-\t^x$\n", "rules.tsv:1: unknown kind"},
		{"maxwords", "caption\tx\tten\tline\t-\t^x$\n", "rules.tsv:1: max_words"},
		{"scope", "caption\tx\t10\tblock\t-\t^x$\n", "rules.tsv:1: scope"},
		{"regexp", "# comment\n\ncaption\tx\t10\tline\t-\t(unclosed\n", "rules.tsv:3: pattern"},
		{"empty-match", "caption\tx\t10\tline\t-\ta*\n", "rules.tsv:1: pattern matches the empty string"},
		{"duplicate", good + good, "rules.tsv:2: rule name \"ok\" already used on line 1"},
		{"needle", "caption\tx\t10\tline\t\t^x$\n", "rules.tsv:1: empty needle"},
		{"needle-alt", "caption\tx\t10\tline\ta||b\t^x$\n", "rules.tsv:1: empty alternative in needle"},
		{"none", "# nothing\n", "no rules"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseRules(strings.NewReader(c.file), "rules.tsv")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestMalformedOutlets(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"\tCNN\n", "outlets.tsv:1: empty canonical"},
		{"CNN\t\n", "outlets.tsv:1: empty alias"},
		{"CNN\tX\nBBC\tX\n", "outlets.tsv:2: alias \"X\" already names \"CNN\""},
	} {
		_, err := ParseOutlets(strings.NewReader(c.file), "outlets.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error = %v, want it to contain %q", err, c.want)
		}
	}
}
