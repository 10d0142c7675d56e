package serve

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store"
)

// TestAPIEventsArrivalFree: the same (invented) reports stored in
// opposite orders give the same pages of /api/events, every offset and
// limit, and the same events with their reports in the same order from
// /api/events/{id} (what the event's page shows), but for the ids, which
// are the order of arrival. An event told by three articles has the
// earliest published for its first report and outlet, the one of unknown
// date last.
func TestAPIEventsArrivalFree(t *testing.T) {
	var docs []*doc.Document
	for i, c := range []struct{ code, target, date string }{
		{"190", "villagers", "2031-05-01"}, {"173", "traders", "2031-05-01"}, {"120", "students", "2031-05-01"},
		{"141", "workers", "2031-05-01"}, {"190", "farmers", "2031-05-01"}, {"112", "clerks", "2031-05-01"},
		{"190", "crowd", "2031-05"}, {"141", "drivers", "2031-04-30"}, {"120", "nurses", "2031-04-30"}, {"173", "miners", "2031-05-01"},
	} {
		text := fmt.Sprintf("Police in district %d clashed with %s on Thursday, a spokesman for the regional office said.", i, c.target)
		d := doc.New(fmt.Sprintf("%064x", i+1), text)
		d.Outlet = doc.Str(fmt.Sprintf("Outlet %d", i))
		d.Published = doc.Published{Value: doc.Str("2031-05-02"), Source: doc.PublishedGiven}
		d.Body = []doc.Span{{Start: 0, End: len(text)}}
		d.Events = []doc.Event{{Code: c.code, Root: c.code[:2], Label: "label " + c.code, Goldstein: -4, QuadClass: 4,
			Source:   &doc.Actor{Name: "police", Actor: doc.Str("XYZCOP")},
			Target:   &doc.Actor{Name: c.target, Actor: doc.Str("XYZCVL")},
			Date:     doc.EventDate{Value: doc.Str(c.date)},
			Place:    &doc.EventPlace{Name: fmt.Sprintf("Town %d", i), Country: "XY", Lat: float64(10 * i), Lon: 20},
			Sentence: doc.Span{Start: 0, End: len(text)}, Trigger: doc.Trigger{Span: doc.Span{Start: 24, End: 31}, Text: "clashed"},
			Confidence: 0.8}}
		docs = append(docs, d)
	}
	// two more tellings of the first event: one published earlier, one
	// of unknown date
	for i, published := range []string{"2031-05-01", ""} {
		text := fmt.Sprintf("Witnesses in the district number %d told of police clashing with villagers.", i)
		d := doc.New(fmt.Sprintf("%064x", 100+i), text)
		d.Outlet = doc.Str(fmt.Sprintf("Later outlet %d", i))
		if published != "" {
			d.Published = doc.Published{Value: doc.Str(published), Source: doc.PublishedGiven}
		}
		d.Body = []doc.Span{{Start: 0, End: len(text)}}
		e := docs[0].Events[0]
		e.Sentence, e.Trigger = doc.Span{Start: 0, End: len(text)}, doc.Trigger{Span: doc.Span{Start: 45, End: 53}, Text: "clashing"}
		d.Events = []doc.Event{e}
		docs = append(docs, d)
	}
	pages := func(docs []*doc.Document) [][]string {
		path := filepath.Join(t.TempDir(), "t.db")
		db, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		w := db.NewWriter(store.DefaultMerge, 1)
		for _, d := range docs {
			if _, err := w.Add(d); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		db.Close()
		ts, _ := startServer(t, path)
		var out [][]string
		var details []string
		for _, q := range []string{"limit=1000", "limit=3", "limit=3&offset=3", "limit=2&offset=5", "limit=4&offset=6"} {
			_, body, _ := get(t, ts.URL, "/api/events?"+q)
			var page []string
			for _, e := range body["events"].([]any) {
				m := e.(map[string]any)
				if q == "limit=1000" {
					_, one, _ := get(t, ts.URL, fmt.Sprintf("/api/events/%v", m["id"]))
					b, _ := json.Marshal(dropIDs(one))
					details = append(details, string(b))
				}
				b, _ := json.Marshal(dropIDs(m))
				page = append(page, string(b))
			}
			out = append(out, page)
		}
		return append(out, details)
	}
	forward := pages(docs)
	if len(forward[0]) != 10 {
		t.Fatalf("only %d events", len(forward[0]))
	}
	var first string
	for _, e := range forward[len(forward)-1] {
		if strings.Contains(e, `"name":"villagers"`) {
			first = e
		}
	}
	for _, want := range []string{`"first_outlet":"Later outlet 0"`, `"mentions":3`} {
		if !strings.Contains(first, want) {
			t.Errorf("the event told thrice, without %s: %s", want, first)
		}
	}
	if a, b, c := strings.Index(first, `"outlet":"Later outlet 0"`), strings.Index(first, `"outlet":"Outlet 0"`), strings.Index(first, `"outlet":"Later outlet 1"`); a < 0 || !(a < b && b < c) {
		t.Errorf("the event told thrice lists its reports out of order: %s", first)
	}
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	backward := pages(rev)
	for i := range forward {
		if !slices.Equal(forward[i], backward[i]) {
			t.Errorf("page %d:\n%v\nstored the other way round:\n%v", i, forward[i], backward[i])
		}
	}
	// the pages are slices of the whole listing
	all := forward[0]
	for i, want := range [][]string{all[:3], all[3:6], all[5:7], all[6:min(10, len(all))]} {
		if !slices.Equal(forward[i+1], want) {
			t.Errorf("page %d: %s", i+1, fmt.Sprint(forward[i+1]))
		}
	}
}

// dropIDs is v without the ids in it (those of events, articles and
// reports), which are the order of arrival.
func dropIDs(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k == "id" || strings.HasSuffix(k, "_id") || k == "first_article" {
				delete(v, k)
			} else {
				v[k] = dropIDs(x)
			}
		}
	case []any:
		for i := range v {
			v[i] = dropIDs(v[i])
		}
	}
	return v
}
