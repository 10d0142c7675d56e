package serve

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/dragoman/dragoman/store"
)

// The benchmarks serve a store of 1,000,000 synthetic events (the store
// benchmark's generator, store.FillSynthetic; the file is shared with it
// and made once) on loopback and query it with 8 concurrent clients,
// reporting the 95th percentile latency and requests per second:
//
//	go test ./serve -run '^$' -bench . -benchtime 400x

const benchClients = 8

func benchStore(b *testing.B) string {
	path := filepath.Join(os.TempDir(), "dragoman-bench-1m-v5.db")
	if _, err := os.Stat(path); err != nil {
		b.Logf("filling %s with 1,000,000 events (once)", path)
		if err := store.FillSynthetic(path, 1000000); err != nil {
			os.Remove(path)
			b.Fatal(err)
		}
	}
	return path
}

// benchFilter is a random filter as an analyst sets one: an actor, a
// root and a year (the store benchmark's query).
func benchFilter(r *rand.Rand) url.Values {
	y := 2015 + r.Intn(9)
	return url.Values{"actor": {store.SyntheticActors[r.Intn(len(store.SyntheticActors))]}, "root": {fmt.Sprintf("%02d", 1+r.Intn(20))},
		"from": {fmt.Sprintf("%d-%02d-01", y, 1+r.Intn(12))}, "to": {fmt.Sprintf("%d-12-31", y)}}
}

// load runs b.N requests from benchClients concurrent clients and
// reports the latencies' 95th percentile and the requests per second.
func load(b *testing.B, base string, path func(r *rand.Rand) string) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: benchClients}}
	var mu sync.Mutex
	var times []float64
	next := make(chan int)
	var wg sync.WaitGroup
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for c := 0; c < benchClients; c++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			r := rand.New(rand.NewSource(seed))
			for range next {
				u := base + path(r)
				st := time.Now()
				res, err := client.Get(u)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != 200 {
					b.Errorf("%s: status %d", u, res.StatusCode)
				}
				el := float64(time.Since(st).Microseconds()) / 1000
				mu.Lock()
				times = append(times, el)
				mu.Unlock()
			}
		}(int64(c + 1))
	}
	for i := 0; i < b.N; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	el, cpu := time.Since(start), cpuTime()-cpu0
	b.StopTimer()
	sort.Float64s(times)
	if len(times) > 0 {
		b.ReportMetric(times[len(times)*95/100], "p95-ms")
		b.ReportMetric(float64(len(times))/el.Seconds(), "req/s")
		// the process's CPU time per request (server and clients), which
		// the machine's other load does not change
		b.ReportMetric(cpu.Seconds()*1000/float64(len(times)), "cpu-ms/req")
	}
}

func benchServer(b *testing.B) *httptest.Server {
	db, err := store.OpenReadOnly(benchStore(b))
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(Options{DB: db})
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	b.Cleanup(func() { ts.Close(); db.Close() })
	return ts
}

// BenchmarkEvents: GET /api/events with an actor, root and date filter
// (a page of 100 events and the total).
func BenchmarkEvents(b *testing.B) {
	ts := benchServer(b)
	load(b, ts.URL, func(r *rand.Rand) string { return "/api/events?" + benchFilter(r).Encode() })
}

// BenchmarkStats: GET /api/stats with an actor, root and date filter.
func BenchmarkStats(b *testing.B) {
	ts := benchServer(b)
	load(b, ts.URL, func(r *rand.Rand) string { return "/api/stats?" + benchFilter(r).Encode() })
}

// BenchmarkFirstView loads the UI's first view as a browser does (the
// page, its scripts and styles, then the unfiltered stats, the first page
// of events and the base map in parallel) on a server just started and
// warmed as 'dragoman serve' warms it; it reports the time to the last
// byte, and the warm-up's time.
func BenchmarkFirstView(b *testing.B) {
	path := benchStore(b)
	var times, warm []float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := store.OpenReadOnly(path)
		if err != nil {
			b.Fatal(err)
		}
		s, _ := New(Options{DB: db, QueryTimeout: 5 * time.Minute})
		ts := httptest.NewServer(s.Handler())
		wst := time.Now()
		if err := s.Warm(context.Background()); err != nil {
			b.Fatal(err)
		}
		warm = append(warm, time.Since(wst).Seconds())
		b.StartTimer()
		st := time.Now()
		fetch := func(p string) {
			res, err := http.Get(ts.URL + p)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != 200 {
				b.Fatalf("%s: %d", p, res.StatusCode)
			}
		}
		var wg sync.WaitGroup
		for _, group := range [][]string{
			{"/", "/vendor/leaflet.js", "/vendor/leaflet.markercluster.js", "/vendor/uPlot.iife.min.js", "/vendor/leaflet.css", "/style.css", "/app.js"},
			{"/dom.js", "/events.js", "/event.js", "/article.js", "/sourcing.js"},
			{"/api/stats", "/api/events?limit=50", "/vendor/countries-110m.geojson"},
		} {
			for _, p := range group {
				wg.Add(1)
				go func(p string) { defer wg.Done(); fetch(p) }(p)
			}
			wg.Wait()
		}
		times = append(times, float64(time.Since(st).Milliseconds()))
		b.StopTimer()
		ts.Close()
		db.Close()
		b.StartTimer()
	}
	sort.Float64s(times)
	b.ReportMetric(times[len(times)/2], "median-ms")
	b.ReportMetric(times[len(times)-1], "max-ms")
	sort.Float64s(warm)
	b.ReportMetric(warm[len(warm)/2], "warm-up-s")
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkFirstViewBrowser opens the UI's first view in headless
// Chromium on the 1,000,000-event store, warmed as 'dragoman serve'
// warms it, and reports the time until the view has rendered (map,
// timeline, facets, table), from the navigation's start; it skips where
// no browser is installed.
func BenchmarkFirstViewBrowser(b *testing.B) {
	ctx := browser(b)
	db, err := store.OpenReadOnly(benchStore(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s, _ := New(Options{DB: db, QueryTimeout: 5 * time.Minute})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	if err := s.Warm(context.Background()); err != nil {
		b.Fatal(err)
	}
	var times []float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// a new tab each time, with an empty cache
		tab, cancel := chromedp.NewContext(ctx)
		err := chromedp.Do(tab, chromedp.Navigate(ts.URL+"/"), rendered("events", 0))
		if err != nil {
			b.Fatal(err)
		}
		// from the navigation's start to the end of the view's render, as
		// the page measures it
		ms, err := chromedp.Run(tab, chromedp.Evaluate[float64](`Number(document.body.dataset.ready) - performance.timeOrigin`))
		cancel()
		if err != nil {
			b.Fatal(err)
		}
		times = append(times, ms)
	}
	sort.Float64s(times)
	b.ReportMetric(times[len(times)/2], "median-ms")
	b.ReportMetric(times[len(times)-1], "max-ms")
}
