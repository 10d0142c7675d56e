package serve

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
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

// input names articles to store: files and folders, or a JSON Lines file.
type source struct {
	path  string
	jsonl bool
}

// buildStore analyses articles into a new store in dir.
func buildStore(tb testing.TB, dir string, sources ...source) string {
	tb.Helper()
	anOnce.Do(func() { an, anErr = analyzer.New(analyzer.Options{}) })
	if anErr != nil {
		tb.Fatal(anErr)
	}
	path := filepath.Join(dir, "test.db")
	db, err := store.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	w := db.NewWriter(store.DefaultMerge, 64)
	// analysed on all cores, stored in one writer
	for _, src := range sources {
		jobs := make(chan input.Item)
		var mu sync.Mutex
		var wg sync.WaitGroup
		var firstErr error
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for it := range jobs {
					d, err := an.Analyze(it)
					mu.Lock()
					if err == nil || d != nil {
						_, err = w.Add(d)
					}
					if err != nil && firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}()
		}
		err = input.Walk([]string{src.path}, input.Options{JSONL: src.jsonl, Format: "auto", MaxBytes: 32 << 20}, func(it input.Item) error {
			if it.Err != nil {
				return it.Err
			}
			jobs <- it
			return nil
		})
		close(jobs)
		wg.Wait()
		if err == nil {
			err = firstErr
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

var (
	fixtureOnce sync.Once
	fixturePath string
	fixtureDir  string
)

// fixture is a store built once per test run from the shipped examples
// and testdata/hostile.jsonl (an article full of markup and script).
func fixture(tb testing.TB) string {
	tb.Helper()
	fixtureOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dragoman-serve-test-")
		if err != nil {
			tb.Fatal(err)
		}
		fixtureDir = dir
		fixturePath = buildStore(tb, dir, source{path: filepath.Join("..", "examples")}, source{path: filepath.Join("testdata", "hostile.jsonl"), jsonl: true})
	})
	if fixturePath == "" {
		tb.Fatal("no fixture store")
	}
	return fixturePath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
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

func articleFilter(search string) store.ArticleFilter {
	return store.ArticleFilter{Search: search, Limit: 10}
}

func eventFilterFor(search string) store.Filter { return store.Filter{Search: search} }
