package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dragoman/dragoman/input"
)

// site is a local news site: an RSS feed, an Atom feed, a robots.txt and
// article pages, recording every request.
type site struct {
	mu       sync.Mutex
	items    []int // article numbers in the RSS feed
	version  int   // the RSS feed's ETag
	requests []request
}

type request struct {
	path, agent, ifNoneMatch string
	at                       time.Time
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, request{r.URL.RequestURI(), r.UserAgent(), r.Header.Get("If-None-Match"), time.Now()})
	switch {
	case r.URL.Path == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case r.URL.Path == "/feed.xml":
		etag := fmt.Sprintf(`"v%d"`, s.version)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>http://example/</link>`)
		for i := len(s.items) - 1; i >= 0; i-- {
			n := s.items[i]
			dir := "news"
			if n == 4 {
				dir = "private"
			}
			fmt.Fprintf(w, `<item><title>Story %d</title><link>/%s/%d</link><guid>story-%d</guid><pubDate>Mon, 0%d Nov 2020 10:00:00 GMT</pubDate></item>`, n, dir, n, n, n)
		}
		fmt.Fprint(w, `</channel></rss>`)
	case r.URL.Path == "/atom.xml":
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Atom story</title><link href="/news/9"/><id>urn:atom:9</id><updated>2020-11-09T08:00:00Z</updated></entry></feed>`)
	case strings.HasPrefix(r.URL.Path, "/news/"), strings.HasPrefix(r.URL.Path, "/private/"):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><p>Officials met in Geneva, the report %s said.</p></article></body></html>", r.URL.Path, r.URL.Path)
	default:
		http.NotFound(w, r)
	}
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if r.path == path {
			n++
		}
	}
	return n
}

func TestPollFeeds(t *testing.T) {
	st := &site{items: []int{1, 2, 3, 4}, version: 1}
	srv := httptest.NewServer(st)
	defer srv.Close()
	statePath := filepath.Join(t.TempDir(), "feeds.json")
	state, err := Load(statePath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := state.Add(srv.URL + "/feed.xml"); err != nil {
		t.Fatal(err)
	}
	if _, err := state.Add("ftp://x/feed"); err == nil {
		t.Error("ftp feed accepted")
	}
	const perSecond = 20
	sent := &sendTimes{}
	opts := Options{UserAgent: "dragoman/test (+https://github.com/dragoman/dragoman)", Rate: perSecond, Client: &http.Client{Transport: sent}}
	var got []input.Item
	sink := func(it input.Item) error { got = append(got, it); return nil }
	ctx := context.Background()

	p := NewPoller(opts)
	res, err := p.Poll(ctx, state.Feeds[0], sink, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 3 || res.Disallowed != 1 || len(got) != 3 {
		t.Fatalf("first poll: %+v, %d items", res, len(got))
	}
	it := got[0]
	if it.Meta.URL != srv.URL+"/news/1" || it.Meta.Headline != "Story 1" || it.Meta.Published != "2020-11-01T10:00:00Z" ||
		it.Path != srv.URL+"/feed.xml" || it.Format != input.FormatHTML || !strings.Contains(string(it.Data), "Geneva") {
		t.Errorf("item: %+v", it.Meta)
	}
	if st.count("/private/4") != 0 {
		t.Error("robots.txt not honoured: /private/4 fetched")
	}

	// conditional GET: nothing new, nothing fetched
	res, err = p.Poll(ctx, state.Feeds[0], sink, nil)
	if err != nil || !res.NotModified {
		t.Fatalf("second poll: %+v %v", res, err)
	}
	st.mu.Lock()
	last := st.requests[len(st.requests)-1]
	st.mu.Unlock()
	if last.path != "/feed.xml" || last.ifNoneMatch != `"v1"` {
		t.Errorf("second poll's request: %+v", last)
	}
	if err := state.Save(); err != nil {
		t.Fatal(err)
	}

	// a restart, and a new item: only it is fetched
	st.mu.Lock()
	st.items = append(st.items, 5)
	st.version = 2
	st.mu.Unlock()
	state, err = Load(statePath)
	if err != nil {
		t.Fatal(err)
	}
	p = NewPoller(opts)
	got = nil
	res, err = p.Poll(ctx, state.Feeds[0], sink, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 1 || res.Seen != 4 || len(got) != 1 || got[0].Meta.URL != srv.URL+"/news/5" {
		t.Errorf("after restart: %+v %v", res, got)
	}
	for _, path := range []string{"/news/1", "/news/2", "/news/3", "/news/5"} {
		if n := st.count(path); n != 1 {
			t.Errorf("%s fetched %d times, want once", path, n)
		}
	}

	// the rate limit, as the poller sends (the server's arrival times
	// carry the machine's scheduling jitter): a token bucket of one lets
	// the k-th request of a poller go no sooner than k-1 intervals after
	// its first (less a little for when the first was sent)
	interval := time.Second / perSecond
	sent.mu.Lock()
	defer sent.mu.Unlock()
	if len(sent.at) != 9 {
		t.Fatalf("%d requests sent, want 9", len(sent.at))
	}
	for _, seg := range [][2]int{{0, 6}, {6, 9}} { // the first poller's six, the restarted one's three
		first := sent.at[seg[0]]
		for i := seg[0] + 1; i < seg[1]; i++ {
			want := time.Duration(i-seg[0])*interval - 15*time.Millisecond
			if got := sent.at[i].Sub(first); got < want {
				t.Errorf("request %d sent %s after its poller's first, want at least %s", i, got, want)
			}
		}
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, r := range st.requests {
		if !strings.HasPrefix(r.agent, "dragoman/") {
			t.Errorf("request %s with user agent %q", r.path, r.agent)
		}
	}
}

// sendTimes records when each request is sent.
type sendTimes struct {
	mu sync.Mutex
	at []time.Time
}

func (s *sendTimes) RoundTrip(r *http.Request) (*http.Response, error) {
	s.mu.Lock()
	s.at = append(s.at, time.Now())
	s.mu.Unlock()
	return http.DefaultTransport.RoundTrip(r)
}

func TestAtom(t *testing.T) {
	srv := httptest.NewServer(&site{})
	defer srv.Close()
	var got []input.Item
	f := &Feed{URL: srv.URL + "/atom.xml"}
	res, err := NewPoller(Options{UserAgent: "dragoman/test", Rate: 100}).Poll(context.Background(), f, func(it input.Item) error {
		got = append(got, it)
		return nil
	}, nil)
	if err != nil || res.New != 1 || f.Title != "Atom News" || got[0].Meta.Published != "2020-11-09T08:00:00Z" || got[0].Meta.ID != "urn:atom:9" {
		t.Errorf("atom: %+v %v %+v", res, err, got)
	}
}

func TestBadStateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feeds.json")
	for _, content := range []string{"not json", `{"feeds":[{"title":"no url"}]}`} {
		if err := writeFile(path, content); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(path); err == nil {
			t.Errorf("%q loaded", content)
		}
	}
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }
