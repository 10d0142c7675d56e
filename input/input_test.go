package input

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	cases := []struct {
		name, data, hint, format, err string
	}{
		{"text", "Hello world.", "auto", "text", ""},
		{"html-sniffed", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", "auto", "html", ""},
		{"html-fragment", "<div><p>One</p><p>Two</p></div>", "auto", "html", ""},
		{"bom", "\xef\xbb\xbfHello", "auto", "text", ""},
		{"empty", "", "auto", "", "empty input"},
		{"spaces", " \n\t ", "auto", "", "empty input (only white space)"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00", "auto", "", "binary data (PNG image)"},
		{"pdf", "%PDF-1.4 ...", "text", "", "binary data (PDF document)"},
		{"nul", "abc\x00def", "text", "", "binary data (contains NUL bytes)"},
		{"invalid-utf8", "abc \xff def", "text", "", "invalid UTF-8 at byte 4"},
		{"forced-html", "plain words", "html", "html", ""},
		{"latin1-html", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xe9</p></body></html>", "html", "html", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, _, err := Check([]byte(c.data), c.hint)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f != c.format {
				t.Errorf("format = %q, want %q", f, c.format)
			}
		})
	}
}

func TestCheckTranscodes(t *testing.T) {
	_, out, err := Check([]byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xe9</p></body></html>"), "html")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte("café")) {
		t.Errorf("not transcoded: %q", out)
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func collect(t *testing.T, paths []string, opts Options) []Item {
	t.Helper()
	var out []Item
	if err := Walk(paths, opts, func(it Item) error { out = append(out, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWalkDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), []byte("Second article."))
	write(t, filepath.Join(dir, "a.txt"), []byte("First article."))
	write(t, filepath.Join(dir, "sub", "c.html.gz"), gz("<html><body><p>Third.</p></body></html>"))
	write(t, filepath.Join(dir, "bad.txt"), []byte("bad \xff"))
	write(t, filepath.Join(dir, "notes.md"), []byte("skipped"))
	items := collect(t, []string{dir}, Options{})
	var names []string
	for _, it := range items {
		names = append(names, filepath.Base(it.Name))
	}
	if got := strings.Join(names, ","); got != "a.txt,b.txt,bad.txt,c.html.gz" {
		t.Fatalf("order = %s", got)
	}
	if items[2].Err == nil || items[0].Err != nil || items[3].Err != nil {
		t.Fatalf("errors: %v %v %v", items[0].Err, items[2].Err, items[3].Err)
	}
	if items[3].Format != FormatHTML || string(items[3].Data) != "<html><body><p>Third.</p></body></html>" {
		t.Errorf("gzipped html: %q %q", items[3].Format, items[3].Data)
	}
}

func TestWalkErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.txt"), bytes.Repeat([]byte("word "), 1000))
	write(t, filepath.Join(dir, "empty", "x.md"), []byte("nothing we read"))
	items := collect(t, []string{filepath.Join(dir, "missing.txt"), filepath.Join(dir, "big.txt"), filepath.Join(dir, "empty")}, Options{MaxBytes: 100})
	want := []string{"no such file or directory", "too large", "directory holds no readable files"}
	if len(items) != len(want) {
		t.Fatalf("got %d items", len(items))
	}
	for i, w := range want {
		if items[i].Err == nil || !strings.Contains(items[i].Err.Error(), w) {
			t.Errorf("item %d: err = %v, want %q", i, items[i].Err, w)
		}
	}
}

func TestStdin(t *testing.T) {
	items := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("From standard input.")})
	if len(items) != 1 || items[0].Err != nil || items[0].Name != "-" || string(items[0].Data) != "From standard input." {
		t.Fatalf("%+v", items)
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := strings.Join([]string{
		`{"id":"a1","text":"First.","published":"2020-12-02","outlet":"CNN"}`,
		``,
		`{"id":"a2","html":"<html><body><p>Second.</p></body></html>","url":"https://example.org/x"}`,
		`not json`,
		`{"id":"a4"}`,
		`{"id":"a5","text":""}`,
	}, "\n")
	write(t, filepath.Join(dir, "corpus.jsonl"), []byte(lines))
	items := collect(t, []string{dir}, Options{JSONL: true})
	if len(items) != 5 {
		t.Fatalf("got %d items, want 5", len(items))
	}
	if items[0].Err != nil || items[0].Meta.Published != "2020-12-02" || items[0].Meta.Outlet != "CNN" || items[0].Format != FormatText {
		t.Errorf("record 1: %+v", items[0])
	}
	if items[1].Err != nil || items[1].Format != FormatHTML || items[1].Meta.URL != "https://example.org/x" {
		t.Errorf("record 2: %+v", items[1])
	}
	if !strings.HasSuffix(items[1].Name, "corpus.jsonl:3 (id a2)") {
		t.Errorf("record 2 name %q", items[1].Name)
	}
	for i, w := range map[int]string{2: "not a JSON record", 3: `neither "text" nor "html"`, 4: "empty input"} {
		if items[i].Err == nil || !strings.Contains(items[i].Err.Error(), w) {
			t.Errorf("item %d: err = %v, want %q", i, items[i].Err, w)
		}
	}
}

func TestJSONLTooLong(t *testing.T) {
	rec := `{"text":"` + strings.Repeat("x", 500) + `"}`
	items := collect(t, []string{"-"}, Options{JSONL: true, MaxBytes: 100, Stdin: strings.NewReader(rec + "\n" + `{"text":"ok"}` + "\n")})
	if len(items) != 2 || items[0].Err == nil || items[1].Err != nil {
		t.Fatalf("%+v", items)
	}
}

func FuzzCheck(f *testing.F) {
	f.Add([]byte("plain text"), "auto")
	f.Add([]byte("<html><meta charset=\"windows-1252\"><p>\x93hi\x94</p>"), "html")
	f.Add([]byte("\x89PNG\r\n\x1a\n"), "text")
	f.Fuzz(func(t *testing.T, data []byte, hint string) {
		format, out, err := Check(data, hint)
		if err != nil {
			return
		}
		if format != FormatText && format != FormatHTML {
			t.Fatalf("format %q", format)
		}
		if len(bytes.TrimSpace(out)) == 0 {
			t.Fatal("empty data accepted")
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"1","text":"hello"}` + "\n" + `{"html":"<p>x</p>"}`))
	f.Add([]byte("\n\n{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		err := Walk([]string{"-"}, Options{JSONL: true, MaxBytes: 1 << 16, Stdin: bytes.NewReader(data)}, func(it Item) error {
			n++
			if it.Err == nil && len(it.Data) == 0 {
				t.Fatal("item without data or error")
			}
			return nil
		})
		if err != nil || n == 0 {
			t.Fatalf("err %v, %d items", err, n)
		}
	})
}
