package wordlit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// check parses one file's declarations and returns the words found.
func check(t *testing.T, decls string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", "package x\n\n"+decls, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, fd := range Check(fset, []*ast.File{f}) {
		out = append(out, fd.Word)
	}
	return out
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string
	}{
		// words compared with text: found
		{"equality", `func f(lower []string) bool { return lower[0] == "according" && lower[1] != "to" }`, []string{"according", "to"}},
		{"case", `func f(w string) { switch w { case "from", "out of": } }`, []string{"from", "out of"}},
		{"set literal", `var s = map[string]bool{"the": true, "an": true}`, []string{"the", "an"}},
		{"struct set", `var s = map[string]struct{}{"nor": {}}`, []string{"nor"}},
		{"list literal", `var s = []string{"he", "she"}`, []string{"he", "she"}},
		{"nested list", `var s = [][]string{{"due", "to"}}`, []string{"due", "to"}},
		{"prefix", `func f(w string) bool { return strings.HasPrefix(w, "protest") }`, []string{"protest"}},
		{"fields", `var s = strings.Fields("of in at")`, []string{"of in at"}},
		{"contains", `func f(ws []string) bool { return slices.Contains(ws, "and") }`, []string{"and"}},
		{"fold", `func f(w string) bool { return strings.EqualFold(w, "the") }`, []string{"the"}},
		{"clitic ending is a word", `func f(w string) bool { return strings.HasSuffix(w, "n't") }`, []string{"n't"}},
		{"slice parameter of a declared function is text", `func f(lower []string) bool { return lower[1] == "said" }`, []string{"said"}},
		{"local from text", `func f(lower []string) bool { w := lower[0]; return w == "would" }`, []string{"would"}},
		// allowed
		{"UD relation", `func f(r string) bool { return r == "nsubj:pass" || r == "obl" }`, nil},
		{"tag in capitals", `func f(x string) bool { return x == "NNS" || x == "PROPN" || x == "Plur" }`, nil},
		{"ending", `func f(w string) bool { return strings.HasSuffix(w, "ing") || strings.TrimSuffix(w, "ly") == w }`, nil},
		{"attribute value", `func f(w string) bool { return c.Attr(w, "kind") == "article" }`, nil},
		{"attribute index", `func f(a map[string]string) bool { return a["case"] == "nom" }`, nil},
		{"variable from lookup", `func f(w string) bool { j := c.Attr(w, "k"); return j == "only" || strings.Contains(j, "armed") }`, nil},
		{"data function", `func role(w string) string { return c.Attr(w, "role") }
func f(w string) bool { return role(w) == "agent" }`, nil},
		{"record field in a loader", `func f() { tsv.Each(r, "x", 2, func(_ int, f []string) error { if f[0] == "cue" { return nil }; return nil }) }`, nil},
		{"label holder", `func f(e expr, how string) bool { return e.Rule == "weekday" || how == "staging" }`, nil},
		{"labels ranged over", `func f() { for _, class := range []string{"month", "weekday"} { _ = class } }`, nil},
		{"table keyed by labels", `var m = map[string]func(){"easter": nil}`, nil},
		{"format and punctuation", `func f(w string) bool { return w == "," || w == "%s said" || w == "data/x.tsv" }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := check(t, c.src); !reflect.DeepEqual(got, c.want) {
				t.Errorf("found %q, want %q", got, c.want)
			}
		})
	}
}

func TestIsWord(t *testing.T) {
	for w, want := range map[string]bool{"to": true, "due to": true, "'s": true, "n't": true, "well-known": true,
		"NN": false, "Plur": false, ",": false, "%d": false, "": false, "'": false, "x/y": false} {
		if IsWord(w) != want {
			t.Errorf("IsWord(%q) = %v", w, !want)
		}
	}
}

// TestCheckDir: a package with a word compared is found, naming the file
// and line; a file that does not parse is an error.
func TestCheckDir(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a\n\nfunc f(w string) bool {\n\treturn w == \"against\"\n}\n")
	write("a_test.go", "package a\n\nvar _ = []string{\"ignored\"}\n")
	found, err := CheckDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].Pos.Line != 4 || !strings.HasSuffix(found[0].Pos.Filename, "a.go") || !strings.Contains(found[0].String(), `"against"`) {
		t.Fatalf("found %v, want a.go:4 \"against\"", found)
	}
	write("b.go", "package a\n\nfunc g( {\n")
	if _, err := CheckDir(dir); err == nil {
		t.Fatal("a malformed file passed")
	}
}
