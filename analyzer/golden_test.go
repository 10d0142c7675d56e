package analyzer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite golden files")

func analyzeFile(t testing.TB, an *Analyzer, path string) *doc.Document {
	t.Helper()
	var got *doc.Document
	err := input.Walk([]string{path}, input.Options{}, func(it input.Item) error {
		d, err := an.Analyze(it)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		got = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review with -update and git diff.\n%s", name, firstDiff(string(want), string(got)))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ":\n  want: " + x + "\n  got:  " + y
		}
	}
	return ""
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestGoldenExample(t *testing.T) {
	an, err := New(Options{Published: "2020-12-02"})
	if err != nil {
		t.Fatal(err)
	}
	d := analyzeFile(t, an, "../testdata/cnn-baghdad-embassy-drawdown.txt")
	d.Input.Path = nil // machine-independent
	got, _ := json.MarshalIndent(d, "", "  ")
	compareGolden(t, "cnn-baghdad-embassy-drawdown.json", append(got, '\n'))
}

// pageDigest is what the golden files keep of a benchmark page.
type pageDigest struct {
	ID           string            `json:"id"`
	Outlet       *string           `json:"outlet"`
	Authors      []string          `json:"authors"`
	Contributors []string          `json:"contributors"`
	Published    doc.Published     `json:"published"`
	Dateline     *doc.Dateline     `json:"dateline"`
	TextSHA256   string            `json:"text_sha256"`
	BodySHA256   string            `json:"body_sha256"`
	Body         []doc.Span        `json:"body"`
	Boilerplate  []boilerplateRule `json:"boilerplate"`
	Sentences    int               `json:"sentences"`
}

type boilerplateRule struct {
	Kind string `json:"kind"`
	Rule string `json:"rule"`
	doc.Span
}

func digest(d *doc.Document) pageDigest {
	h := func(s string) string { x := sha256.Sum256([]byte(s)); return hex.EncodeToString(x[:8]) }
	p := pageDigest{ID: d.ID[:16], Outlet: d.Outlet, Authors: d.Authors, Contributors: d.Contributors,
		Published: d.Published, Dateline: d.Dateline, TextSHA256: h(d.Text), BodySHA256: h(d.BodyText()),
		Body: d.Body, Sentences: len(d.Sentences), Boilerplate: []boilerplateRule{}}
	for _, b := range d.Boilerplate {
		p.Boilerplate = append(p.Boilerplate, boilerplateRule{b.Kind, b.Rule, b.Span})
	}
	return p
}

// goldenPages are benchmark pages from several outlets and styles: AP and
// Reuters wire copy, a CNN page, a BBC page, a Fox page, a non-English page.
var goldenPages = []string{
	"c467d507", "359fee22", "ef4e67b6", "c7e39ac4", "7dfc3e35", "08f79376", "23aaecd1", "e372e42c",
}

func TestGoldenBenchmarkPages(t *testing.T) {
	dir := testenv.Shared(t, "peers", "article-extraction-benchmark", "html")
	an, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range goldenPages {
		var file string
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), prefix) {
				file = filepath.Join(dir, e.Name())
			}
		}
		if file == "" {
			t.Errorf("benchmark page %s not found", prefix)
			continue
		}
		t.Run(prefix, func(t *testing.T) {
			d := analyzeFile(t, an, file)
			got, _ := json.MarshalIndent(digest(d), "", "  ")
			compareGolden(t, "page-"+prefix+".json", append(got, '\n'))
		})
	}
}
