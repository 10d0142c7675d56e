package serve

import (
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/store"
)

var (
	anOnce sync.Once
	an     *analyzer.Analyzer
	anErr  error
)

// buildStore analyses the articles at paths (files, folders, or JSON
// Lines records when jsonl) into a new store in a temporary folder.
func buildStore(tb testing.TB, jsonl bool, paths ...string) string {
	tb.Helper()
	anOnce.Do(func() { an, anErr = analyzer.New(analyzer.Options{}) })
	if anErr != nil {
		tb.Fatal(anErr)
	}
	path := filepath.Join(tb.TempDir(), "test.db")
	db, err := store.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	w := db.NewWriter(store.DefaultMerge, 64)
	err = input.Walk(paths, input.Options{JSONL: jsonl, Format: "auto", MaxBytes: 32 << 20}, func(it input.Item) error {
		if it.Err != nil {
			return it.Err
		}
		d, err := an.Analyze(it)
		if err != nil && d == nil {
			return err
		}
		_, err = w.Add(d)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// startServer serves a store read-only, as dragoman serve does.
func startServer(tb testing.TB, path string) (*httptest.Server, *store.DB) {
	tb.Helper()
	db, err := store.OpenReadOnly(path)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := New(Options{DB: db})
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	tb.Cleanup(func() { ts.Close(); db.Close() })
	return ts, db
}
