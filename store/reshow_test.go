package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// retold is d with another text (and so another key): a copy of the
// article, or its text cut short, telling the same mentions.
func retold(d *doc.Document, id, text string) *doc.Document {
	c := *d
	c.ID, c.Text = id, text
	c.Body = []doc.Span{{Start: 0, End: len(text)}}
	c.Events = slices.Clone(d.Events)
	return &c
}

// TestReshowAfterRemoval: when the article holding the mention an event
// shows leaves the store, by each way one does (replaced with --replace,
// replaced by a more complete copy of it, analysed again), the event
// shows the best mention it has left and takes the most precise date of
// those left, and an event left with no mention goes: the store lists
// the events a store of the remaining articles alone lists.
func TestReshowAfterRemoval(t *testing.T) {
	full := story(77, 30)
	// the article removed: the best mention of one event, dated to the
	// day, the only mention of another, a weaker mention of a third that
	// dates it to the day
	old := telling("a", "Outlet A", "2031-06-03",
		told{"190", "2031-06-03", "marchers", "Northtown", 10.00, 20.00, 0.9, 10},
		told{"173", "2031-06-02", "traders", "Southfield", 12.00, 22.00, 0.8, 30},
		told{"120", "2031-06-01", "students", "Lakeside", 14.00, 24.00, 0.6, 50})
	old = retold(old, "a", full[:len(full)/2])
	others := []*doc.Document{
		telling("b", "Outlet B", "2031-06-04", told{"190", "2031-06", "crowd", "Easthill", 10.10, 20.10, 0.7, 10}),
		telling("c", "Outlet C", "2031-06-05", told{"190", "2031-06", "protesters", "Westbridge", 10.05, 20.05, 0.8, 20}),
		// shown rather than the removed article's mention, which alone
		// dates the event to the day
		telling("e", "Outlet E", "2031-06-02", told{"120", "2031-06", "pupils", "Lakeside", 14.00, 24.00, 0.9, 10}),
	}
	// what takes its place: the same event told with less confidence, to
	// the month; the other two mentions gone
	weaker := told{"190", "2031-06", "marchers", "Northtown", 10.00, 20.00, 0.6, 10}
	again := retold(telling("a", "Outlet A", "2031-06-03", weaker), "a", old.Text)
	fuller := retold(telling("a", "Outlet A", "2031-06-03", weaker), "a-full", full)
	cases := []struct {
		name string
		with *doc.Document // the article in the old one's place
		redo func(t *testing.T, db *DB)
	}{
		{"replace", again, func(t *testing.T, db *DB) {
			w := db.NewWriter(DefaultMerge, 1)
			w.Replace = true
			if added, err := w.Add(again); err != nil || !added || w.Replaced != 1 {
				t.Fatalf("replace: added %v, replaced %d, %v", added, w.Replaced, err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"more complete copy", fuller, func(t *testing.T, db *DB) {
			w := db.NewWriter(DefaultMerge, 1)
			if added, err := w.Add(fuller); err != nil || !added || w.Replaced != 1 {
				t.Fatalf("copy: added %v, replaced %d, %v", added, w.Replaced, err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"re-analysis", again, func(t *testing.T, db *DB) {
			var id int64
			if err := db.QueryRow("SELECT id FROM articles WHERE hash = 'a'").Scan(&id); err != nil {
				t.Fatal(err)
			}
			w := db.NewWriter(DefaultMerge, 1)
			if err := w.Reanalyzed(id, again, nil); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := open(t)
			add(t, db, old)
			for _, d := range others {
				add(t, db, d)
			}
			c.redo(t, db)
			got := eventsTable(t, db)
			clean := open(t)
			for _, d := range append(slices.Clone(others), c.with) {
				add(t, clean, d)
			}
			want := eventsTable(t, clean)
			if !slices.Equal(got, want) {
				t.Errorf("after the removal the store lists\n%s\nwant, as a store of the articles left,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			// and the rank a mention merging later is compared with
			if got, want := shownRanks(t, db), shownRanks(t, clean); !slices.Equal(got, want) {
				t.Errorf("shown ranks %v, want %v", got, want)
			}
			for _, w := range []string{`2031-06 190 "label 190" "police"/XYZCOP "protesters"/XYZCVL "Westbridge" XY 10.05,20.05 m3 a3 o3`, `2031-06 120 "label 120" "police"/XYZCOP "pupils"/XYZCVL`} {
				if !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, w) }) {
					t.Errorf("no event shows %s:\n%s", w, strings.Join(got, "\n"))
				}
			}
			if len(got) != 2 {
				t.Errorf("%d events, want 2 (the one only the removed article reported goes):\n%s", len(got), strings.Join(got, "\n"))
			}
		})
	}
}

// shownRanks are the events' codes, dates and ranks of the mentions they
// show, in the listing's order.
func shownRanks(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT e.code || ' ' || coalesce(e.date_start, '') || ' ' || coalesce(e.date_end, '') || ' ' || e.shown_confidence || ' ' ||
		coalesce(e.shown_published, '') || ' ' || e.shown_article || ' ' || e.shown_offset FROM events e ORDER BY ` + EventOrder)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestReshowRank: the mention an event shows after its shown mention's
// article is analysed again without it is the one a store of the other
// articles alone shows, however the rank is decided: by publication (an
// article without a date after one with), by article key, by offset.
func TestReshowRank(t *testing.T) {
	m := func(conf float64, at int) told {
		return told{"190", "2031-07-01", fmt.Sprintf("group %d", at), "Northtown", 10.00, 20.00, conf, at}
	}
	cases := []struct {
		name   string
		others []*doc.Document
	}{
		{"publication", []*doc.Document{telling("0", "Outlet X", "", m(0.8, 10)), telling("y", "Outlet Y", "2031-07-03", m(0.8, 11)),
			telling("x", "Outlet Z", "2031-07-02", m(0.8, 12))}},
		{"article key", []*doc.Document{telling("y", "Outlet Y", "2031-07-02", m(0.8, 11)), telling("x", "Outlet Z", "2031-07-02", m(0.8, 12))}},
		{"offset", []*doc.Document{telling("y", "Outlet Y", "2031-07-02", m(0.8, 31), m(0.8, 21)), telling("z", "Outlet Z", "2031-07-02", m(0.7, 12))}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			removed := telling("w", "Outlet W", "2031-07-01", m(0.95, 5))
			db := open(t)
			add(t, db, removed)
			add(t, db, c.others...)
			var id int64
			if err := db.QueryRow("SELECT id FROM articles WHERE hash = 'w'").Scan(&id); err != nil {
				t.Fatal(err)
			}
			w := db.NewWriter(DefaultMerge, 1)
			if err := w.Reanalyzed(id, telling("w", "Outlet W", "2031-07-01"), nil); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			clean := open(t)
			add(t, clean, c.others...)
			if got, want := eventsTable(t, db), eventsTable(t, clean); !slices.Equal(got, want) {
				t.Errorf("after the re-analysis\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if got, want := shownRanks(t, db), shownRanks(t, clean); !slices.Equal(got, want) {
				t.Errorf("shown ranks %v, want %v", got, want)
			}
		})
	}
}
