package syntax

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/tagger"
)

func tinyTreebank(tb testing.TB) []*conllu.Sentence {
	tb.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f, "testdata/tiny.conllu")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func manifestLine(kind string, b []byte) string {
	sum := sha256.Sum256(b)
	return fmt.Sprintf("%s\t%s\t%d\t%s\n", kind, ModelFile(kind), len(b), hex.EncodeToString(sum[:]))
}

func TestLoadModels(t *testing.T) {
	var tb bytes.Buffer
	if err := tagger.Train(tinyTreebank(t), tagger.Options{Epochs: 2}, io.Discard).Write(&tb); err != nil {
		t.Fatal(err)
	}
	good := tb.Bytes()
	corrupt := bytes.Clone(good)
	corrupt[len(corrupt)/2] ^= 0xff
	truncated := good[:len(good)/2]
	for _, c := range []struct {
		name    string
		fsys    fstest.MapFS
		wantErr string // "" = loads
	}{
		{"no manifest: no models", fstest.MapFS{"NOTICE": {Data: []byte("x")}}, ""},
		{"tagger", fstest.MapFS{ManifestFile: {Data: []byte(manifestLine("tagger", good))}, "tagger.model": {Data: good}}, ""},
		{"corrupt file", fstest.MapFS{ManifestFile: {Data: []byte(manifestLine("tagger", good))}, "tagger.model": {Data: corrupt}},
			"syntax/model/tagger.model: corrupt model file"},
		{"missing file", fstest.MapFS{ManifestFile: {Data: []byte(manifestLine("tagger", good))}},
			"syntax/model/tagger.model: listed in MANIFEST.tsv but missing"},
		{"unreadable model", fstest.MapFS{ManifestFile: {Data: []byte(manifestLine("tagger", truncated))}, "tagger.model": {Data: truncated}},
			"syntax/model/tagger.model: "},
		{"bad manifest", fstest.MapFS{ManifestFile: {Data: []byte("# c\ntagger\ttagger.model\t12\tnothex\n")}},
			"syntax/model/MANIFEST.tsv:2: checksum"},
		{"unknown kind", fstest.MapFS{ManifestFile: {Data: []byte("chunker\tchunker.model\t12\t00\n")}},
			"syntax/model/MANIFEST.tsv:1: unknown model kind"},
	} {
		m, err := LoadModels(c.fsys, ModelDir)
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.wantErr)
		case c.name == "tagger" && m.Tagger == nil:
			t.Errorf("%s: tagger not loaded", c.name)
		}
	}
}

// The embedded models (whatever tools/train-syntax last wrote) load.
func TestDefaultModels(t *testing.T) {
	if _, err := DefaultModels(); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkLoadModels reads the embedded models as analyzer.New does
// once per process (target: under 0.5 s).
func BenchmarkLoadModels(b *testing.B) {
	sub, _ := fs.Sub(modelFS, "model")
	var cpu time.Duration
	for b.Loop() {
		c0 := testenv.CPUTime()
		if _, err := LoadModels(sub, ModelDir); err != nil {
			b.Fatal(err)
		}
		cpu += testenv.CPUTime() - c0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s/op")
}

// TestModelVersions: the version lines name what the model folder holds,
// the manifest's models when there is one.
func TestModelVersions(t *testing.T) {
	lines := ModelVersions()
	if len(lines) == 0 {
		t.Fatal("no lines")
	}
	if _, err := fs.Stat(modelFS, "model/"+ManifestFile); err == nil {
		for _, l := range lines {
			if !strings.Contains(l, "sha256 ") {
				t.Errorf("%q: no checksum", l)
			}
		}
	} else if !strings.Contains(lines[0], "no trained models") {
		t.Errorf("without a manifest: %q", lines[0])
	}
}
