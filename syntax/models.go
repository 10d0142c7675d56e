package syntax

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/internal/digest"
	"github.com/dragoman/dragoman/internal/tsv"
	"github.com/dragoman/dragoman/syntax/lemma"
	"github.com/dragoman/dragoman/syntax/parser"
	"github.com/dragoman/dragoman/syntax/tagger"
	"github.com/dragoman/dragoman/syntax/tokenize"
)

// The shipped models, written by tools/train-syntax: model/MANIFEST.tsv
// lists every model file with its size and SHA-256, and each listed file
// must be there and read without error.
//
//go:embed model/*
var modelFS embed.FS

// ModelDir is the folder of the shipped models in the repository, for
// messages and for the training tool.
const ModelDir = "syntax/model"

// ManifestFile is the name of the manifest in the model folder.
const ManifestFile = "MANIFEST.tsv"

// Model kinds and the file each is written to.
var modelFiles = map[string]string{
	"tagger": "tagger.model",
	"lemma":  "lemma.model",
	"parser": "parser.model",
}

// ModelFile returns the file name of a model kind ("tagger").
func ModelFile(kind string) string { return modelFiles[kind] }

// Models are the trained models; a nil model leaves its columns empty.
type Models struct {
	Tagger *tagger.Model
	Lemma  *lemma.Model
	Parser *parser.Model
}

var (
	defaultOnce   sync.Once
	defaultModels *Models
	defaultErr    error
)

// DefaultModels returns the embedded models, read once.
func DefaultModels() (*Models, error) {
	defaultOnce.Do(func() {
		sub, _ := fs.Sub(modelFS, "model")
		defaultModels, defaultErr = LoadModels(sub, ModelDir)
	})
	return defaultModels, defaultErr
}

// ManifestEntry is one line of the manifest.
type ManifestEntry struct {
	Kind, File string
	Size       int64
	SHA256     string
}

// ReadManifest reads a manifest: "kind<TAB>file<TAB>bytes<TAB>sha256"
// lines, # comments.
func ReadManifest(r io.Reader, name string) ([]ManifestEntry, error) {
	var out []ManifestEntry
	seen := map[string]bool{}
	err := tsv.Each(r, name, 4, func(_ int, f []string) error {
		want, ok := modelFiles[f[0]]
		if !ok {
			return fmt.Errorf("unknown model kind %q", f[0])
		}
		if f[1] != want {
			return fmt.Errorf("%s model file %q, want %q", f[0], f[1], want)
		}
		if seen[f[0]] {
			return fmt.Errorf("%s model listed twice", f[0])
		}
		seen[f[0]] = true
		n, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil || n <= 0 {
			return fmt.Errorf("size %q is not a positive number", f[2])
		}
		if b, err := hex.DecodeString(f[3]); err != nil || len(b) != sha256.Size {
			return fmt.Errorf("checksum %q is not a SHA-256 in hex", f[3])
		}
		out = append(out, ManifestEntry{Kind: f[0], File: f[1], Size: n, SHA256: f[3]})
		return nil
	})
	return out, err
}

// LoadModels reads the models a manifest in fsys lists; dir names the
// folder in messages. A folder without a manifest has no models.
func LoadModels(fsys fs.FS, dir string) (*Models, error) {
	m := &Models{}
	mf, err := fs.ReadFile(fsys, ManifestFile)
	if err != nil {
		if errorsIsNotExist(err) {
			return m, nil
		}
		return nil, fmt.Errorf("%s: %v", path.Join(dir, ManifestFile), err)
	}
	entries, err := ReadManifest(bytes.NewReader(mf), path.Join(dir, ManifestFile))
	if err != nil {
		return nil, err
	}
	// the files are read in parallel: start-up waits for the largest only
	errs := make([]error, len(entries))
	var wg sync.WaitGroup
	for i, e := range entries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = m.load(fsys, dir, e)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return m, nil
}

// load reads one model file into m, checking it against the manifest.
func (m *Models) load(fsys fs.FS, dir string, e ManifestEntry) error {
	name := path.Join(dir, e.File)
	b, err := fs.ReadFile(fsys, e.File)
	if err != nil {
		if errorsIsNotExist(err) {
			return fmt.Errorf("%s: listed in %s but missing (run go run ./tools/train-syntax)", name, ManifestFile)
		}
		return fmt.Errorf("%s: %v", name, err)
	}
	sum := sha256.Sum256(b)
	if int64(len(b)) != e.Size || hex.EncodeToString(sum[:]) != e.SHA256 {
		return fmt.Errorf("%s: corrupt model file (%d bytes, checksum does not match %s; run go run ./tools/train-syntax)", name, len(b), ManifestFile)
	}
	switch e.Kind {
	case "tagger":
		m.Tagger, err = tagger.Read(bytes.NewReader(b))
	case "lemma":
		m.Lemma, err = lemma.Read(bytes.NewReader(b))
	case "parser":
		m.Parser, err = parser.Read(bytes.NewReader(b))
	}
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

func errorsIsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// ModelVersions names the shipped models, one line each: the model files
// MANIFEST.tsv lists with their SHA-256, or, without a manifest, the
// files the model folder holds and their short digest.
func ModelVersions() []string {
	sub, _ := fs.Sub(modelFS, "model")
	if mf, err := fs.ReadFile(sub, ManifestFile); err == nil {
		entries, err := ReadManifest(bytes.NewReader(mf), path.Join(ModelDir, ManifestFile))
		if err != nil {
			return []string{"unreadable: " + err.Error()}
		}
		out := make([]string, len(entries))
		for i, e := range entries {
			out[i] = fmt.Sprintf("%s %s (%d bytes), sha256 %s", e.Kind, e.File, e.Size, e.SHA256)
		}
		return out
	}
	var names []string
	fs.WalkDir(sub, ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	return []string{fmt.Sprintf("no trained models (no %s; %s holds %s, digest %s)", ManifestFile, ModelDir, strings.Join(names, ", "), digest.FS(sub))}
}

// DataDigest is a short digest of the syntax stage's built-in data other
// than the models: the tokenizer's lists, the tagged Wikinews
// sentences and the lemmatizer's verb list.
func DataDigest() string {
	return digest.Strings(tokenize.DataDigest(), tagger.DataDigest(), lemma.DataDigest())
}
