package serve

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/store"
)

// TestScreenshots takes the README's screenshots of each view on a store
// built from the Wikinews politics corpus in ../shared (3,000 articles,
// 2004-2009; Wikinews, CC BY 2.5). It runs only when asked:
//
//	DRAGOMAN_SCREENSHOTS=/tmp/shots go test ./serve -run TestScreenshots
//
// and writes events.png, event.png, article.png and sourcing.png there.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("DRAGOMAN_SCREENSHOTS")
	if dir == "" {
		t.Skip("DRAGOMAN_SCREENSHOTS not set")
	}
	corpus := testenv.Shared(t, "corpora", "wikinews", "articles.jsonl")
	ctx := browser(t)
	records := filepath.Join(t.TempDir(), "wikinews.jsonl")
	if err := wikinewsRecords(corpus, records); err != nil {
		t.Fatal(err)
	}
	path := buildStore(t, t.TempDir(), source{path: records, jsonl: true})
	ts, db := startServer(t, path)
	// the event shown: the most reported attack (CAMEO root 19)
	evs, err := db.Events(store.Filter{Root: "19"})
	if err != nil || len(evs) == 0 {
		t.Fatalf("no attacks in the corpus: %v", err)
	}
	best := evs[0]
	for _, e := range evs {
		if e.Articles > best.Articles && e.Place != "" {
			best = e
		}
	}
	_, ms, err := db.EventByID(t.Context(), best.ID)
	if err != nil || len(ms) == 0 {
		t.Fatal(err)
	}
	m := ms[0]
	for _, v := range []struct{ name, path, view string }{
		{"events", "/", "events"},
		{"events-filtered", "/?actor=IRQ&from=2006-01-01&to=2008-12-31", "events"},
		{"event", fmt.Sprintf("/event/%d", best.ID), "event"},
		{"article", fmt.Sprintf("/article/%d?s=%d-%d&t=%d-%d", m.ArticleID, m.SentenceStart, m.SentenceEnd, m.TriggerStart, m.TriggerEnd), "article"},
		{"sourcing", "/sourcing", "sourcing"},
	} {
		mark := now()
		run(t, ctx, v.path, chromedp.Navigate(ts.URL+v.path), rendered(v.view, mark), chromedp.Sleep(1500*time.Millisecond), shot(v.name))
		noErrors(t, ctx, v.path)
	}
	t.Logf("screenshots in %s", dir)
}

// wikinewsRecords writes the corpus as dragoman's JSON Lines records
// (title as headline, date as publication date, outlet Wikinews).
func wikinewsRecords(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	defer out.Close()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	enc := json.NewEncoder(out)
	for sc.Scan() {
		var r struct {
			ID, Title, URL, Text string
			Date                 *string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return err
		}
		rec := map[string]string{"id": r.ID, "headline": r.Title, "url": r.URL, "text": r.Text, "outlet": "Wikinews"}
		if r.Date != nil {
			rec["published"] = *r.Date
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return sc.Err()
}
