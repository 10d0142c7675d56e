package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// sameDayReports are invented reports of several events of one day (and
// one of the day before), which only what the events show tells apart:
// codes, targets, places, and two events of one article.
func sameDayReports() []*doc.Document {
	return []*doc.Document{
		telling("k", "Outlet K", "2031-05-02", told{"190", "2031-05-01", "villagers", "Rivermouth", 11.0, 21.0, 0.8, 10}),
		telling("m", "Outlet M", "2031-05-02", told{"173", "2031-05-01", "traders", "Hillcrest", 13.0, 23.0, 0.8, 10},
			told{"120", "2031-05-01", "students", "Hillcrest", 13.0, 23.0, 0.8, 40}),
		telling("n", "Outlet N", "2031-05-02", told{"173", "2031-05-01", "traders", "Hillcrest", 13.0, 23.0, 0.7, 12}),
		telling("p", "Outlet P", "2031-05-02", told{"190", "2031-05-01", "farmers", "Stonebridge", 16.0, 26.0, 0.9, 10}),
		telling("q", "Outlet Q", "2031-05-01", told{"141", "2031-05-01", "workers", "Rivermouth", 11.0, 21.0, 0.6, 10}),
		telling("r", "Outlet R", "2031-05-01", told{"141", "2031-04-30", "workers", "Rivermouth", 11.0, 21.0, 0.6, 10}),
		telling("s", "Outlet S", "2031-05-02", told{"190", "2031-05", "crowd", "Lakeside", 30.0, 40.0, 0.6, 10}),
	}
}

// TestEventOrderArrivalFree: events of the same date are listed in an
// order of their own (EventOrder), not in the order their articles were
// stored: the same reports stored one by one in three orders, and in one
// transaction, list the same events in the same order, and every page of
// the listing is the same.
func TestEventOrderArrivalFree(t *testing.T) {
	docs := sameDayReports()
	orders := [][]int{{0, 1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1, 0}, {3, 0, 6, 2, 5, 1, 4}}
	var first []string
	check := func(name string, db *DB) {
		t.Helper()
		got := eventsTable(t, db)
		if first == nil {
			first = got
			if len(got) != 7 {
				t.Fatalf("%d events, want 7:\n%s", len(got), strings.Join(got, "\n"))
			}
		} else if !slices.Equal(got, first) {
			t.Errorf("%s lists\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(first, "\n"))
		}
		// a page is a slice of the whole listing, whatever its size
		evs, err := db.Events(Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for limit := 1; limit <= len(evs); limit++ {
			page, err := db.Events(Filter{Limit: limit})
			if err != nil {
				t.Fatal(err)
			}
			for i := range page {
				if page[i].ID != evs[i].ID {
					t.Errorf("%s: with limit %d, event %d is %d, not %d as in the whole listing", name, limit, i, page[i].ID, evs[i].ID)
				}
			}
		}
	}
	for _, order := range orders {
		db := open(t)
		for _, i := range order {
			add(t, db, docs[i]) // an article a transaction, as workers store them
		}
		check(fmt.Sprint("order ", order), db)
	}
	db := open(t)
	w := db.NewWriter(DefaultMerge, 1)
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	if _, err := w.AddAll(rev, nil); err != nil {
		t.Fatal(err)
	}
	check("one transaction", db)
	// what the listing is: newest date first; in a day, by code, then
	// target (the source is the same)
	evs, err := db.Events(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, e := range evs {
		heads = append(heads, e.Date+" "+e.Code+" "+e.TgtName)
	}
	want := []string{"2031-05-01 120 students", "2031-05-01 141 workers", "2031-05-01 173 traders",
		"2031-05-01 190 farmers", "2031-05-01 190 villagers", "2031-05 190 crowd", "2031-04-30 141 workers"}
	if !slices.Equal(heads, want) {
		t.Errorf("listing\n%s\nwant\n%s", strings.Join(heads, "\n"), strings.Join(want, "\n"))
	}
}
