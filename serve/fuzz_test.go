package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/store"
)

var (
	fuzzOnce    sync.Once
	fuzzHandler http.Handler
)

// FuzzAPIQuery sends any query string to the endpoints that read one:
// the answer is JSON, and a bad query is the client's error (4xx), never
// the server's (500).
//
//	go test ./serve -run '^$' -fuzz FuzzAPIQuery -fuzztime 1m
func FuzzAPIQuery(f *testing.F) {
	for _, s := range []string{"", "actor=USA", "quad=9", "near=1,2,3", "search=%22x", "search=AND", "from=2009&to=2008",
		"limit=5&offset=2", "code=1%2A", "source-kind=named", "place=%00", "search=NEAR(a+b)", "search=col:x", "actor=%2A%2A%2A",
		"search=%5E", "search=a*+OR+-b", "offset=9999999999999999999", "%zz"} {
		f.Add(s)
	}
	fuzzOnce.Do(func() {
		db, err := store.OpenReadOnly(fixture(f))
		if err != nil {
			f.Fatal(err)
		}
		s, err := New(Options{DB: db})
		if err != nil {
			f.Fatal(err)
		}
		fuzzHandler = s.Handler()
	})
	f.Fuzz(func(t *testing.T, q string) {
		for _, ep := range []string{"/api/events", "/api/stats", "/api/articles"} {
			req := httptest.NewRequest("GET", "/", nil)
			req.URL.Path, req.URL.RawQuery = ep, q
			rec := httptest.NewRecorder()
			fuzzHandler.ServeHTTP(rec, req)
			if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable {
				t.Fatalf("%s?%s: status %d: %s", ep, q, rec.Code, rec.Body)
			}
			var body map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("%s?%s: not JSON: %s", ep, q, rec.Body)
			}
			if rec.Code >= 400 && body["error"] == nil {
				t.Fatalf("%s?%s: status %d without a message", ep, q, rec.Code)
			}
		}
	})
}
