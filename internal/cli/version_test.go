package cli

import (
	"regexp"
	"strings"
	"testing"
)

// TestVersionNamesData: both spellings print the syntax models and a
// digest of every stage's built-in data, each digest computed from the
// embedded bytes (so distinct data sets never share one).
func TestVersionNamesData(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, errs := runCLI(t, "", args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d, %s", args, code, errs)
		}
		for _, want := range []string{"analyser: dragoman", "tone lexicon: AFINN-165", "syntax model: "} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: no %q in\n%s", args, want, out)
			}
		}
		seen := map[string]string{}
		for _, d := range dataDigests() {
			line := "data " + d.name + ": " + d.digest + "\n"
			if !strings.Contains(out, line) {
				t.Errorf("%v: no line %q", args, line)
			}
			if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(d.digest) {
				t.Errorf("%s: digest %q", d.name, d.digest)
			}
			if other, dup := seen[d.digest]; dup {
				t.Errorf("%s and %s share digest %s", d.name, other, d.digest)
			}
			seen[d.digest] = d.name
		}
		if len(seen) < 8 {
			t.Errorf("%d data sets named", len(seen))
		}
	}
}
