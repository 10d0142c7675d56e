package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// told is one mention of an invented event, as an article tells it.
type told struct {
	code, date, tgtName, place string
	lat, lon                   float64
	conf                       float64
	trigger                    int
}

// telling is an article reporting the mentions, published on published
// ("" unknown).
func telling(id, outlet, published string, ms ...told) *doc.Document {
	text := story(int(id[0])*256+int(id[len(id)-1]), 30) // a text of its own: no copy of another
	d := doc.New(id, text)
	d.Outlet = str(outlet)
	if published != "" {
		d.Published = doc.Published{Value: str(published), Source: doc.PublishedGiven}
	}
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	for _, m := range ms {
		d.Events = append(d.Events, doc.Event{
			Code: m.code, Root: m.code[:2], Label: "label " + m.code, Goldstein: -4, QuadClass: 4,
			Source:   &doc.Actor{Name: "police", Actor: str("XYZCOP")},
			Target:   &doc.Actor{Name: m.tgtName, Actor: str("XYZCVL")},
			Date:     doc.EventDate{Value: str(m.date)},
			Place:    &doc.EventPlace{Name: m.place, Country: "XY", Lat: m.lat, Lon: m.lon},
			Sentence: doc.Span{Start: 0, End: 42}, Trigger: doc.Trigger{Span: doc.Span{Start: m.trigger, End: m.trigger + 5}, Text: "clash"},
			Confidence: m.conf,
		})
	}
	return d
}

// eventsTable is what 'dragoman events' shows of a store's events, and
// the counts and coordinates behind it, one line an event.
func eventsTable(t *testing.T, db *DB) []string {
	t.Helper()
	evs, err := db.Events(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, fmt.Sprintf("%s %s %q %q/%s %q/%s %q %s %.2f,%.2f m%d a%d o%d", e.Date, e.Code, e.Label, e.SrcName, e.SrcActor,
			e.TgtName, e.TgtActor, e.Place, e.Country, e.Lat.Float64, e.Lon.Float64, e.Mentions, e.Articles, e.Outlets))
	}
	return out
}

// TestShownMentionOrderFree: the mention an event shows is chosen by its
// rank (confidence, then publication, then article key, then offset), so
// the same reports stored in any order show the same events (the events
// here have dates of their own, so that the output's order is theirs).
func TestShownMentionOrderFree(t *testing.T) {
	docs := []*doc.Document{
		// one event told three ways: the most confident tellings (b, c)
		// tie, and the earlier published (c) is shown
		telling("a", "Outlet A", "2031-04-05", told{"182", "2031-04-05", "crowd", "Northtown", 10.00, 20.00, 0.7, 10}),
		telling("b", "Outlet B", "2031-04-06", told{"1823", "2031-04-05", "marchers", "Easthill", 10.10, 20.10, 0.9, 10}),
		telling("c", "Outlet C", "2031-04-05T18:00:00Z", told{"1822", "2031-04-05", "protesters", "Westbridge", 10.05, 20.05, 0.9, 20}),
		// another event: same confidence and date, so the smaller article
		// key (d1) is shown, and within it the earlier mention
		telling("d2", "Outlet D", "2031-04-05", told{"173", "2031-04-04", "villagers", "Southfield", 12.00, 22.00, 0.8, 10}),
		telling("d1", "Outlet D", "2031-04-05", told{"173", "2031-04-04", "farmers", "Southfield", 12.00, 22.00, 0.8, 30},
			told{"173", "2031-04-04", "herders", "Southfield", 12.00, 22.00, 0.8, 50}),
		// an article with no publication date is shown after one with
		// one, even when it would sort first by key
		telling("0", "Outlet E", "", told{"120", "2031-04-03", "students", "Lakeside", 14.00, 24.00, 0.6, 10}),
		telling("e", "Outlet E", "2031-04-07", told{"120", "2031-04-03", "pupils", "Lakeside", 14.00, 24.00, 0.6, 10}),
	}
	orders := [][]int{{0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, {2, 4, 0, 6, 1, 3, 5}}
	var first []string
	for n, order := range orders {
		db := open(t)
		for _, i := range order {
			add(t, db, docs[i]) // an article a transaction, as workers store them
		}
		got := eventsTable(t, db)
		if n == 0 {
			first = got
			want := []string{
				`"protesters"/XYZCVL "Westbridge" XY 10.05,20.05 m3 a3 o3`,
				`"farmers"/XYZCVL "Southfield" XY 12.00,22.00 m3 a2 o1`,
				`"pupils"/XYZCVL "Lakeside" XY 14.00,24.00 m2 a2 o1`,
			}
			for _, w := range want {
				if !slices.ContainsFunc(got, func(l string) bool { return strings.HasSuffix(l, w) }) {
					t.Errorf("no event shows %s:\n%s", w, strings.Join(got, "\n"))
				}
			}
			continue
		}
		if !slices.Equal(got, first) {
			t.Errorf("order %v shows\n%s\nwant (order %v)\n%s", order, strings.Join(got, "\n"), orders[0], strings.Join(first, "\n"))
		}
	}
}
