package serve

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser tests drive headless Chromium (Debian's chromium package,
// which .ci/run installs) and skip where none is installed. With
// DRAGOMAN_SCREENSHOTS=DIR they save a screenshot of each view there.

// browser starts headless Chromium, or skips the test.
func browser(t testing.TB) context.Context {
	t.Helper()
	var bin string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no Chromium installed (apt-get install chromium): browser tests skipped")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.WindowSize(1280, 860), chromedp.Flag("disable-gpu", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("Chromium at %s does not start: %v", bin, err)
	}
	return ctx
}

// run runs steps with a time limit, failing the test on an error.
func run(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, steps...); err != nil {
		var state string
		sctx, c2 := context.WithTimeout(ctx, 5*time.Second)
		state, _ = chromedp.Run(sctx, chromedp.Evaluate[string](`location.href + " error=" + (document.body.dataset.error || "") + " main=" + document.getElementById("main").innerText.slice(0, 300)`))
		c2()
		t.Fatalf("%s: %v (page: %s)", what, err, state)
	}
}

// eval evaluates a script and returns its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// rendered waits until the view has rendered since mark (the UI stamps
// body[data-ready] after each render).
func rendered(view string, after int64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](fmt.Sprintf(`document.body.dataset.view === %q && Number(document.body.dataset.ready || 0) > %d`, view, after),
			chromedp.WithPollingTimeout(30*time.Second))(ctx, t)
		return err
	})
}

func now() int64 { return time.Now().UnixMilli() - 1 }

// noErrors fails when the page recorded a script error or shows one.
func noErrors(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	if e := eval[string](t, ctx, `document.body.dataset.error || (document.querySelector("#main .error") || {}).textContent || ""`); e != "" {
		t.Fatalf("%s: the page has an error: %s", where, e)
	}
}

// shot saves a screenshot into $DRAGOMAN_SCREENSHOTS, when set.
func shot(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		dir := os.Getenv("DRAGOMAN_SCREENSHOTS")
		if dir == "" {
			return nil
		}
		buf, err := chromedp.CaptureScreenshot()(ctx, t)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// re-encoded at the best compression, for the README's copies
		img, err := png.Decode(bytes.NewReader(buf))
		if err != nil {
			return err
		}
		var out bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, img); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), out.Bytes(), 0o644)
	})
}

// TestBrowserFlow is an analyst's path through the UI on the examples'
// store: load the events, filter by an actor, brush the timeline, open an
// event, open its article and see the evidence highlighted.
func TestBrowserFlow(t *testing.T) {
	ctx := browser(t)
	ts, _ := startServer(t, fixture(t))
	m := now()
	run(t, ctx, "load /", chromedp.Navigate(ts.URL+"/"), rendered("events", m))
	noErrors(t, ctx, "/")
	total := eval[int](t, ctx, `Number(document.getElementById("total").textContent)`)
	rows := eval[int](t, ctx, `document.querySelectorAll("#events-table tbody tr").length`)
	places := eval[int](t, ctx, `document.querySelectorAll("#map .leaflet-interactive, #map .cluster").length`)
	if total < 5 || rows != total || places == 0 {
		t.Fatalf("events view: total %d, %d rows, %d places on the map", total, rows, places)
	}

	// filter by actor: the USA facet
	m = now()
	run(t, ctx, "facet actor", chromedp.Click(chromedp.CSS(`[data-facet="actor"] a[data-key="USA"]`)), rendered("events", m))
	noErrors(t, ctx, "actor facet")
	if href := eval[string](t, ctx, `location.search`); !strings.Contains(href, "actor=USA") {
		t.Fatalf("the URL does not hold the actor filter: %s", href)
	}
	byActor := eval[int](t, ctx, `Number(document.getElementById("total").textContent)`)
	if byActor == 0 || byActor >= total {
		t.Fatalf("actor USA: %d events of %d", byActor, total)
	}
	if chip := eval[string](t, ctx, `document.getElementById("chips").textContent`); !strings.Contains(chip, "actor: USA") {
		t.Errorf("no filter chip for the actor: %q", chip)
	}

	// brush the timeline across its plotting area
	box := eval[[]float64](t, ctx, `(() => { const r = document.querySelector("#timeline .u-over").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)
	m = now()
	y := box[1] + box[3]/2
	run(t, ctx, "brush", chromedp.DragAndDropXY(box[0]+2, y, box[0]+box[2]-2, y, 10), rendered("events", m))
	noErrors(t, ctx, "brush")
	search := eval[string](t, ctx, `location.search`)
	if !strings.Contains(search, "from=") || !strings.Contains(search, "to=") || !strings.Contains(search, "actor=USA") {
		t.Fatalf("the brush did not set the date range in the URL: %s", search)
	}
	brushed := eval[int](t, ctx, `Number(document.getElementById("total").textContent)`)
	if brushed == 0 || brushed > byActor {
		t.Fatalf("after the brush: %d events (%d before)", brushed, byActor)
	}
	run(t, ctx, "shot", shot("flow-events"))

	// the view survives a reload from its URL (bookmarks)
	m = now()
	run(t, ctx, "reload", chromedp.Reload(), rendered("events", m))
	if again := eval[int](t, ctx, `Number(document.getElementById("total").textContent)`); again != brushed {
		t.Errorf("reloaded view shows %d events, want %d", again, brushed)
	}

	// open an event
	m = now()
	run(t, ctx, "open event", chromedp.Click(chromedp.CSS(`#events-table a.event-link`)), rendered("event", m))
	noErrors(t, ctx, "event")
	trig := eval[string](t, ctx, `document.querySelector("#reports blockquote.evidence mark.trigger").textContent`)
	if trig == "" {
		t.Fatal("the event's evidence has no highlighted trigger")
	}
	run(t, ctx, "shot", shot("flow-event"))

	// open its article: the evidence sentence and trigger are highlighted
	m = now()
	run(t, ctx, "open article", chromedp.Click(chromedp.CSS(`#reports a.article-link`)), rendered("article", m))
	noErrors(t, ctx, "article")
	ev := eval[[]string](t, ctx, `[...document.querySelectorAll("#article-text .evidence")].map((e) => e.textContent)`)
	evTrig := eval[string](t, ctx, `[...document.querySelectorAll("#article-text .evidence-trigger")].map((e) => e.textContent).join("")`)
	if len(ev) == 0 || evTrig != trig {
		t.Fatalf("article: evidence %q, trigger %q (want %q)", ev, evTrig, trig)
	}
	if !strings.Contains(strings.Join(ev, ""), trig) {
		t.Errorf("the highlighted sentence %q does not hold the trigger %q", strings.Join(ev, ""), trig)
	}
	run(t, ctx, "shot", shot("flow-article"))

	// back to the brushed events view
	m = now()
	run(t, ctx, "back", chromedp.NavigateBack(), chromedp.NavigateBack(), rendered("events", m))
	if s := eval[string](t, ctx, `location.search`); s != search {
		t.Errorf("back: %s, want %s", s, search)
	}

	// the sourcing view
	m = now()
	run(t, ctx, "sourcing", chromedp.Click(chromedp.CSS(`#nav-sourcing`)), rendered("sourcing", m))
	noErrors(t, ctx, "sourcing")
	if n := eval[int](t, ctx, `document.querySelectorAll("#sourcing-table tbody tr").length`); n == 0 {
		t.Error("the sourcing table is empty")
	}

	// a bookmarked view with include-vague counts what the API counts
	for _, q := range []string{"from=2009-07-15", "from=2009-07-15&include-vague=true"} {
		m = now()
		run(t, ctx, q, chromedp.Navigate(ts.URL+"/?"+q), rendered("events", m))
		noErrors(t, ctx, q)
		_, body, _ := get(t, ts.URL, "/api/events?"+q)
		if got, want := eval[int](t, ctx, `Number(document.getElementById("total").textContent)`), int(body["total"].(float64)); got != want {
			t.Errorf("/?%s shows %d events, the API counts %d", q, got, want)
		}
	}
}

// TestBrowserHostileArticle loads every view of an article whose text,
// headline, outlet and address hold markup and script: nothing runs,
// nothing becomes an element, and the text shows as written.
func TestBrowserHostileArticle(t *testing.T) {
	ctx := browser(t)
	ts, db := startServer(t, fixture(t))
	as, _, err := db.FindArticles(context.Background(), findHostile)
	if err != nil || len(as) != 1 {
		t.Fatalf("the hostile article is not in the store: %v %v", as, err)
	}
	id := as[0].ID
	evs, err := db.Events(hostileEvents)
	if err != nil || len(evs) == 0 {
		t.Fatalf("no events from the hostile article: %v", err)
	}
	pages := []struct{ path, view string }{
		{"/?search=embassy", "events"},
		{"/?outlet=" + url.QueryEscape("The <b>Hostile</b> Times"), "events"},
		{fmt.Sprintf("/event/%d", evs[0].ID), "event"},
		{"/sourcing?search=embassy", "sourcing"},
		{fmt.Sprintf("/article/%d", id), "article"}, // last: its text is read below
	}
	for _, p := range pages {
		m := now()
		run(t, ctx, p.path, chromedp.Navigate(ts.URL+p.path), rendered(p.view, m), chromedp.Sleep(200*time.Millisecond))
		noErrors(t, ctx, p.path)
		if v := eval[string](t, ctx, `String(window.__pwned)`); v != "undefined" {
			t.Errorf("%s: a payload ran (window.__pwned = %s)", p.path, v)
		}
		bad := eval[string](t, ctx, `[...document.querySelectorAll("#main script, #main img, #main b, #main [onerror], #main a[href^='javascript']")].map((e) => e.outerHTML).join(" ")`)
		if bad != "" {
			t.Errorf("%s: text became markup: %s", p.path, bad)
		}
	}
	text := eval[string](t, ctx, `document.getElementById("article-text").textContent`)
	head := eval[string](t, ctx, `document.getElementById("headline").textContent`)
	for _, want := range []string{"<script>window.__pwned = 1</script>", `<img src=x onerror="window.__pwned=2">`, "</script><script>window.__pwned=3</script>", `<a href="javascript:window.__pwned=4">`} {
		if !strings.Contains(text, want) {
			t.Errorf("the article's text does not show %q as text", want)
		}
	}
	if !strings.Contains(head, `<img src=x onerror="window.__pwned=5">`) {
		t.Errorf("the headline does not show its markup as text: %q", head)
	}
}

var (
	findHostile   = articleFilter("embassy")
	hostileEvents = eventFilterFor("embassy")
)
