package store

import (
	"context"
	"errors"
	"math"
	"reflect"
	"testing"
)

func browseStore(t *testing.T) *DB {
	db := open(t)
	add(t, db,
		report("a1", "CNN", "The US is withdrawing staff from the embassy in Baghdad.", "161", "USAGOV", "IRQ", "2020-12-02", 33.34, 44.40, false),
		report("a2", "AP", "Iran threatened Israel.", "138", "IRN", "ISR", "2020-09", 32.0, 35.0, false),
		report("a3", "AP", "Israel struck Gaza.", "190", "ISR", "PSE", "2020-09-14", 31.5, 34.45, false),
		report("a4", "Reuters", "The US is withdrawing staff from the embassy in Baghdad, officials said.", "161", "USAGOV", "IRQ", "2020-12-02", 33.34, 44.40, false),
		report("a5", "CNN", "Iran did not attack.", "190", "IRN", "USA", "2020-12-03", 35.7, 51.4, true),
	)
	return db
}

// TestEventStatsPaths checks that the one-pass breakdown and the grouping
// queries give the same counts, and that they agree with Events.
func TestEventStatsPaths(t *testing.T) {
	db := browseStore(t)
	ctx := context.Background()
	defer func(n int) { StatsScanLimit = n }(StatsScanLimit)
	for _, f := range []Filter{{}, {Actor: "USA"}, {Quad: 4}, {From: "2020-10"}, {Near: &Circle{33.3, 44.4, 50}}, {Outlet: "ap"}, {Search: "embassy"}, {Kind: "anonymous"}} {
		StatsScanLimit = 20000
		scan, err := db.EventStats(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		StatsScanLimit = 0
		group, err := db.EventStats(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range scan.Places {
			if math.Abs(scan.Places[i].Lat-group.Places[i].Lat) > 1e-9 || math.Abs(scan.Places[i].Lon-group.Places[i].Lon) > 1e-9 {
				t.Errorf("%+v: place %d at %v,%v and %v,%v", f, i, scan.Places[i].Lat, scan.Places[i].Lon, group.Places[i].Lat, group.Places[i].Lon)
			}
			scan.Places[i].Lat, scan.Places[i].Lon = group.Places[i].Lat, group.Places[i].Lon
		}
		if !reflect.DeepEqual(scan, group) {
			t.Errorf("%+v: the scan gives\n%+v\nthe queries\n%+v", f, scan, group)
		}
		evs, _ := db.Events(f)
		n, err := db.CountEvents(f)
		if err != nil || n != len(evs) || scan.Total != len(evs) {
			t.Errorf("%+v: %d events, count %d, stats total %d (%v)", f, len(evs), n, scan.Total, err)
		}
	}
	all, _ := db.EventStats(ctx, Filter{})
	if all.Total != 3 || len(all.Days) != 2 || all.Quads[4] != 3 || len(all.Outlets) != 3 || len(all.Places) != 1 {
		t.Errorf("stats: %+v", all)
	}
}

func TestEventAndArticle(t *testing.T) {
	db := browseStore(t)
	ctx := context.Background()
	evs, _ := db.Events(Filter{Actor: "USA"})
	e, ms, err := db.EventByID(ctx, evs[0].ID)
	if err != nil || e.ID != evs[0].ID || len(ms) != 2 || ms[0].Trigger != "withdrawing" {
		t.Errorf("event: %+v %+v %v", e, ms, err)
	}
	if _, _, err := db.EventByID(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing event: %v", err)
	}
	a, doc, err := db.ArticleDoc(ctx, ms[0].ArticleID)
	if err != nil || a.Outlet != "CNN" || len(doc) == 0 || doc[0] != '{' {
		t.Errorf("article: %+v %q %v", a, doc, err)
	}
	if _, _, err := db.ArticleDoc(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
	for _, c := range []struct {
		f    ArticleFilter
		want int
	}{{ArticleFilter{}, 5}, {ArticleFilter{Outlet: "ap"}, 2}, {ArticleFilter{Search: "embassy"}, 2}, {ArticleFilter{From: "2020-12"}, 3},
		{ArticleFilter{To: "2020-09"}, 2}, {ArticleFilter{Limit: 2, Offset: 4}, 5},
		{ArticleFilter{Search: "embassy", Outlet: "reuters"}, 1}, {ArticleFilter{Search: "embassy", From: "2020-12-03"}, 0}} {
		as, total, err := db.FindArticles(ctx, c.f)
		if err != nil || total != c.want {
			t.Errorf("%+v: total %d, want %d (%v)", c.f, total, c.want, err)
		}
		if c.f.Limit > 0 && len(as) != 1 {
			t.Errorf("%+v: %d articles on the last page", c.f, len(as))
		}
	}
}
