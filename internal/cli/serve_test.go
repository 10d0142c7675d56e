package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/serve"
	"github.com/dragoman/dragoman/store"
)

// TestServeSameAsEvents checks that the API and 'dragoman events' select
// the same events for the same filters on the same store, embedded and,
// where a server is reachable, on PostgreSQL.
func TestServeSameAsEvents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	serveSameAsEvents(t, []string{"--db", db}, db)
}

func TestServeSameAsEventsPostgres(t *testing.T) {
	dsn := testenv.Postgres(t)
	serveSameAsEvents(t, []string{"--postgres", dsn}, store.PostgresPrefix+dsn)
}

// serveSameAsEvents ingests the examples into the store that storeArgs
// name (target as store.Open takes it) and compares the two front ends.
func serveSameAsEvents(t *testing.T, storeArgs []string, target string) {
	if code, _, errs := runCLI(t, "", append(append([]string{"ingest"}, storeArgs...), filepath.Join("..", "..", "examples"))...); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	sdb, err := store.OpenReadOnly(target)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	srv, err := serve.New(serve.Options{DB: sdb})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	for _, q := range []url.Values{{}, {"actor": {"USA"}}, {"quad": {"4"}}, {"root": {"12"}}, {"country": {"FR"}}, {"code": {"0*"}},
		{"from": {"2009-07"}}, {"to": {"2008"}}, {"near": {"48.85,2.35,700"}}, {"search": {"Senate"}}, {"place": {"new york city"}},
		{"from": {"2009-07-15"}}, {"from": {"2009-07-15"}, "include-vague": {"true"}}, {"to": {"2009-07-15"}, "include-vague": {"true"}}} {
		args := append(append([]string{"events"}, storeArgs...), "--format", "jsonl")
		for k, v := range q {
			args = append(args, "--"+k+"="+v[0])
		}
		code, out, errs := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
		var cliIDs []int64
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct {
				ID int64 `json:"id"`
			}
			if line != "" && json.Unmarshal([]byte(line), &r) == nil {
				cliIDs = append(cliIDs, r.ID)
			}
		}
		q.Set("limit", "1000")
		res, err := http.Get(ts.URL + "/api/events?" + q.Encode())
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Events []struct {
				ID int64 `json:"id"`
			} `json:"events"`
		}
		json.NewDecoder(res.Body).Decode(&body)
		res.Body.Close()
		var apiIDs []int64
		for _, e := range body.Events {
			apiIDs = append(apiIDs, e.ID)
		}
		if !slices.Equal(cliIDs, apiIDs) {
			t.Errorf("%v: the command line lists %v, the API %v", q, cliIDs, apiIDs)
		}
	}
	// a bad filter is refused by both, naming the parameter
	if code, _, errs := runCLI(t, "", append(append([]string{"events"}, storeArgs...), "--quad", "7")...); code != ExitUsage || !strings.Contains(errs, "--quad 7") {
		t.Errorf("--quad 7: exit %d, %q", code, errs)
	}
}

// TestServeIngest posts an article through the API's ingest and finds
// its events; without the token nothing is written.
func TestServeIngest(t *testing.T) {
	db := filepath.Join(t.TempDir(), "i.db")
	wdb, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer wdb.Close()
	ing, err := newServeIngest(wdb)
	if err != nil {
		t.Fatal(err)
	}
	rdb, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer rdb.Close()
	srv, err := serve.New(serve.Options{DB: rdb, Ingest: ing, IngestToken: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	post := func(token, ctype, body string) (int, string) {
		req, _ := http.NewRequestWithContext(context.Background(), "POST", ts.URL+"/api/ingest", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, _ := post("", "text/plain", article); code != http.StatusUnauthorized {
		t.Errorf("no token: status %d", code)
	}
	if code, _ := post("wrong", "text/plain", article); code != http.StatusUnauthorized {
		t.Errorf("wrong token: status %d", code)
	}
	if code, body := post("s3cret", "text/plain", article); code != 200 || !strings.Contains(body, `"stored":1`) {
		t.Errorf("ingest: %d %s", code, body)
	}
	if code, body := post("s3cret", "text/plain", article); code != 200 || !strings.Contains(body, `"already_stored":1`) {
		t.Errorf("ingest again: %d %s", code, body)
	}
	rec := `{"id":"r1","text":"The army said on Monday that it had arrested ten rebels in Kabul.","published":"2020-05-04","outlet":"X"}` + "\n" + "not json\n"
	if code, body := post("s3cret", "application/jsonl", rec); code != 200 || !strings.Contains(body, `"stored":1`) || !strings.Contains(body, `"failed":1`) {
		t.Errorf("jsonl ingest: %d %s", code, body)
	}
	res, err := http.Get(ts.URL + "/api/events?actor=USA")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	io.Copy(&buf, res.Body)
	res.Body.Close()
	if !strings.Contains(buf.String(), `"total":`) || strings.Contains(buf.String(), `"total":0`) {
		t.Errorf("the ingested article's events are not served: %s", buf.String())
	}
}

func TestServeFlags(t *testing.T) {
	if code, out, _ := runCLI(t, "", "serve", "--help"); code != 0 || !strings.Contains(out, "--ingest-token") {
		t.Errorf("serve --help: %d %q", code, out)
	}
	if code, _, errs := runCLI(t, "", "serve", "--addr", "nonsense"); code != ExitUsage || !strings.Contains(errs, "--addr") {
		t.Errorf("bad --addr: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "serve", "--db", filepath.Join(t.TempDir(), "none.db"), "--addr", "127.0.0.1:0"); code != ExitFailed || !strings.Contains(errs, "no database") {
		t.Errorf("missing store: %d %q", code, errs)
	}
}
