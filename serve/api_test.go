package serve

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/store"
)

func get(t *testing.T, base, path string) (int, map[string]any, http.Header) {
	t.Helper()
	res, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var body map[string]any
	if strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(raw, &body); err != nil {
			t.Fatalf("%s: not JSON: %v: %s", path, err, raw)
		}
	}
	return res.StatusCode, body, res.Header
}

func eventIDs(body map[string]any) []int64 {
	var ids []int64
	for _, e := range body["events"].([]any) {
		ids = append(ids, int64(e.(map[string]any)["id"].(float64)))
	}
	return ids
}

// TestAPIStatus checks each endpoint's answer and error statuses.
func TestAPIStatus(t *testing.T) {
	ts, _ := startServer(t, fixture(t))
	cases := []struct {
		path   string
		status int
		want   string // a key of the answer, or part of the error
	}{
		{"/api/health", 200, "status"},
		{"/api/events", 200, "events"},
		{"/api/events?limit=2&offset=1", 200, "total"},
		{"/api/events/1", 200, "reports"},
		{"/api/events/999999", 404, "not found"},
		{"/api/events/abc", 400, "positive whole number"},
		{"/api/events/1?x=1", 400, "unknown parameter"},
		{"/api/articles", 200, "articles"},
		{"/api/articles?search=Senate&limit=1", 200, "articles"},
		{"/api/articles?outlet=nobody", 200, "articles"},
		{"/api/articles?from=2009&to=2009-12-31", 200, "articles"},
		{"/api/articles/1", 200, "document"},
		{"/api/articles/424242", 404, "not found"},
		{"/api/articles/0", 400, "positive whole number"},
		{"/api/stats", 200, "days"},
		{"/api/stats?actor=USA", 200, "places"},
		{"/api/openapi.json", 200, "paths"},
		{"/api/posture", 200, "posts"},
		{"/api/posture?sender=USA&country=IQ", 200, "posts"},
		{"/api/posture?x=1", 400, "unknown parameter"},
		{"/api/windows?from=2021-01&to=2021-02", 200, "windows"},
		{"/api/windows?from=soon", 400, "from"},
		// bad filters: 400 with a message naming the parameter
		{"/api/events?quad=5", 400, "quad"},
		{"/api/events?quad=x", 400, "quad"},
		{"/api/events?limit=0", 400, "limit"},
		{"/api/events?limit=5000", 400, "limit"},
		{"/api/events?offset=-1", 400, "offset"},
		{"/api/events?offset=99999999", 400, "offset"},
		{"/api/events?near=1,2", 400, "near"},
		{"/api/events?near=100,0,10", 400, "near"},
		{"/api/events?from=yesterday", 400, "from"},
		{"/api/events?to=2009-1", 400, "to"},
		{"/api/events?root=abc", 400, "root"},
		{"/api/events?country=USA", 400, "country"},
		{"/api/events?source-kind=secret", 400, "source-kind"},
		{"/api/events?serch=x", 400, "unknown parameter"},
		{"/api/events?search=%21%21", 400, "search"},
		{"/api/events?from=2009&to=2008", 400, "from"},
		{"/api/events?include-vague=maybe", 400, "include-vague"},
		{"/api/articles?search=%21", 400, "search"},
		{"/api/articles?from=1/2/2009", 400, "from"},
		{"/api/articles?limit=-3", 400, "limit"},
		{"/api/stats?limit=3", 400, "limit"},
		{"/api/stats?quad=0.5", 400, "quad"},
		{"/api/nothing", 404, "no such API endpoint"},
		{"/api/ingest", 404, "no such API endpoint"}, // no token: no ingest
	}
	for _, c := range cases {
		status, body, hd := get(t, ts.URL, c.path)
		if status != c.status {
			t.Errorf("%s: status %d, want %d (%v)", c.path, status, c.status, body)
			continue
		}
		if hd.Get("Content-Type") != "application/json" {
			t.Errorf("%s: content type %q", c.path, hd.Get("Content-Type"))
		}
		if c.status >= 400 {
			msg, _ := body["error"].(string)
			if !strings.Contains(msg, c.want) {
				t.Errorf("%s: error %q does not say %q", c.path, msg, c.want)
			}
		} else if _, ok := body[c.want]; !ok {
			t.Errorf("%s: no %q in %v", c.path, c.want, body)
		}
	}
}

// TestAPIFilters checks that each filter selects what the store's query
// selects for the same parameters (the command line's semantics), and
// that total counts them.
func TestAPIFilters(t *testing.T) {
	path := fixture(t)
	ts, db := startServer(t, path)
	filters := []url.Values{
		{},
		{"actor": {"USA"}}, {"actor": {"USAGOV"}}, {"actor": {"*GOV"}}, {"source": {"USA"}}, {"target": {"IRN"}},
		{"country": {"FR"}}, {"country": {"fr"}}, {"code": {"120"}}, {"code": {"0*"}}, {"code": {"12?"}}, {"root": {"12"}}, {"root": {"4"}},
		{"quad": {"1"}}, {"quad": {"4"}}, {"place": {"tehran"}}, {"near": {"48.85,2.35,600"}}, {"near": {"35.7,51.4,50"}},
		{"from": {"2009"}}, {"from": {"2009-07-01"}, "to": {"2009-07-31"}}, {"to": {"2008-12"}},
		{"from": {"2009-07-15"}}, {"from": {"2009-07-15"}, "include-vague": {"true"}}, {"to": {"2009-07-15"}, "include-vague": {"1"}},
		{"from": {"2009"}, "include-vague": {"false"}},
		{"outlet": {"The <b>Hostile</b> Times"}}, {"outlet": {"nobody"}}, {"source-kind": {"named"}}, {"source-kind": {"anonymous"}},
		{"search": {"Senate"}}, {"search": {"embassy OR Airbus"}}, {"search": {"\"black boxes\""}},
		{"actor": {"USA"}, "quad": {"4"}, "from": {"2008"}},
	}
	nonEmpty := 0
	for _, q := range filters {
		f, err := store.ParseFilter(q.Get)
		if err != nil {
			t.Fatalf("%v: %v", q, err)
		}
		want, err := db.Events(f)
		if err != nil {
			t.Fatal(err)
		}
		var wantIDs []int64
		for _, e := range want {
			wantIDs = append(wantIDs, e.ID)
		}
		q2 := url.Values{}
		for k, v := range q {
			q2[k] = v
		}
		q2.Set("limit", "1000")
		status, body, _ := get(t, ts.URL, "/api/events?"+q2.Encode())
		if status != 200 {
			t.Errorf("%v: status %d: %v", q, status, body)
			continue
		}
		got := eventIDs(body)
		if !slices.Equal(got, wantIDs) {
			t.Errorf("%v: events %v, want %v", q, got, wantIDs)
		}
		if int(body["total"].(float64)) != len(wantIDs) {
			t.Errorf("%v: total %v, want %d", q, body["total"], len(wantIDs))
		}
		// stats count the same events
		delete(q2, "limit")
		_, st, _ := get(t, ts.URL, "/api/stats?"+q2.Encode())
		if int(st["total"].(float64)) != len(wantIDs) {
			t.Errorf("%v: stats total %v, want %d", q, st["total"], len(wantIDs))
		}
		if len(wantIDs) > 0 {
			nonEmpty++
		}
	}
	if nonEmpty < len(filters)*2/3 {
		t.Errorf("only %d of %d filters select events: the fixture does not test them", nonEmpty, len(filters))
	}
}

// TestAPIIncludeVague checks that include-vague widens a date range to
// the events whose date only overlaps it, as --include-vague does.
func TestAPIIncludeVague(t *testing.T) {
	ts, _ := startServer(t, fixture(t))
	_, strict, _ := get(t, ts.URL, "/api/events?from=2009-07-15")
	_, vague, _ := get(t, ts.URL, "/api/events?from=2009-07-15&include-vague=true")
	if a, b := len(eventIDs(strict)), len(eventIDs(vague)); a == 0 || b <= a {
		t.Errorf("from 2009-07-15: %d events, with include-vague %d (want more)", a, b)
	}
}

// TestAPIPaging checks limit and offset against the whole list.
func TestAPIPaging(t *testing.T) {
	ts, _ := startServer(t, fixture(t))
	_, all, _ := get(t, ts.URL, "/api/events?limit=1000")
	ids := eventIDs(all)
	if len(ids) < 5 {
		t.Fatalf("only %d events", len(ids))
	}
	_, page, _ := get(t, ts.URL, "/api/events?limit=2&offset=3")
	if got := eventIDs(page); !slices.Equal(got, ids[3:5]) {
		t.Errorf("page %v, want %v", got, ids[3:5])
	}
	_, past, _ := get(t, ts.URL, "/api/events?offset=10000")
	if got := eventIDs(past); len(got) != 0 || int(past["total"].(float64)) != len(ids) {
		t.Errorf("past the end: %v, total %v", got, past["total"])
	}
	_, arts, _ := get(t, ts.URL, "/api/articles?limit=1&offset=1")
	if n := len(arts["articles"].([]any)); n != 1 || int(arts["total"].(float64)) != 4 {
		t.Errorf("articles page: %d, total %v", n, arts["total"])
	}
}

// TestAPIEventAndArticle checks an event's reports and an article's
// document: offsets, evidence and text kept as data.
func TestAPIEventAndArticle(t *testing.T) {
	ts, _ := startServer(t, fixture(t))
	_, body, _ := get(t, ts.URL, "/api/events?search=embassy&limit=1")
	ids := eventIDs(body)
	if len(ids) == 0 {
		t.Fatal("no event from the hostile article")
	}
	_, ev, _ := get(t, ts.URL, "/api/events/"+strings.TrimSpace(jsonNum(ids[0])))
	reports := ev["reports"].([]any)
	if len(reports) == 0 {
		t.Fatal("no reports")
	}
	r := reports[0].(map[string]any)
	sentence, trigger := r["sentence"].(string), r["trigger"].(string)
	ts0, te := int(r["trigger_start"].(float64)-r["sentence_start"].(float64)), int(r["trigger_end"].(float64)-r["sentence_start"].(float64))
	if sentence[ts0:te] != trigger {
		t.Errorf("trigger offsets give %q, want %q", sentence[ts0:te], trigger)
	}
	aid := jsonNum(int64(r["article_id"].(float64)))
	_, art, _ := get(t, ts.URL, "/api/articles/"+aid)
	doc := art["document"].(map[string]any)
	text := doc["text"].(string)
	if !strings.Contains(text, "<script>window.__pwned = 1</script>") {
		t.Errorf("article text lost its markup-looking characters: %q", text)
	}
	if text[int(r["sentence_start"].(float64)):int(r["sentence_end"].(float64))] != sentence {
		t.Errorf("sentence offsets do not match the document's text")
	}
	// JSON answers escape <, > and & so they never read as markup
	res, _ := http.Get(ts.URL + "/api/articles/" + aid)
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if strings.Contains(string(raw), "<script>") {
		t.Errorf("the article's JSON carries a raw <script>")
	}
}

func jsonNum(n int64) string { b, _ := json.Marshal(n); return string(b) }

// TestSecurityHeaders checks the CSP and friends on the page and the API,
// and that no CORS header is sent.
func TestSecurityHeaders(t *testing.T) {
	ts, _ := startServer(t, fixture(t))
	for _, p := range []string{"/", "/event/1", "/app.js", "/api/events", "/api/nothing"} {
		req, _ := http.NewRequest("GET", ts.URL+p, nil)
		req.Header.Set("Origin", "http://evil.example")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP %q", p, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", p)
		}
		if v := res.Header.Get("Access-Control-Allow-Origin"); v != "" {
			t.Errorf("%s: CORS header %q", p, v)
		}
	}
	res, _ := http.Get(ts.URL + "/")
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if strings.Contains(string(page), "<script>") || strings.Contains(string(page), " style=") || strings.Contains(string(page), "http://") ||
		strings.Contains(string(page), "https://") {
		t.Errorf("the page has inline script, inline style or an outside address")
	}
}

// TestOpenAPI checks that the description is JSON and lists every
// endpoint and every filter.
func TestOpenAPI(t *testing.T) {
	var spec struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/events", "/api/events/{id}", "/api/articles", "/api/articles/{id}", "/api/stats", "/api/health", "/api/ingest", "/api/openapi.json", "/api/posture", "/api/windows"} {
		if spec.Paths[p] == nil {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
	for _, f := range append(slices.Clone(store.FilterNames), "offset") {
		if !strings.Contains(string(openAPI), `"name": "`+f+`"`) {
			t.Errorf("openapi.json does not describe the parameter %s", f)
		}
	}
}
