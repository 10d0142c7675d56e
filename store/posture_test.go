package store

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func TestPostureAndWatches(t *testing.T) {
	db := open(t)
	if err := db.AddWatch("all-posts", WatchSpec{Kind: "posture"}, "-"); err != nil {
		t.Fatal(err)
	}
	if err := db.AddWatch("soon", WatchSpec{Kind: "window", Days: 45}, "-"); err != nil {
		t.Fatal(err)
	}
	if err := db.AddWatch("usa", WatchSpec{Kind: "events", Events: map[string]string{"actor": "USA"}}, "-"); err != nil {
		t.Fatal(err)
	}
	if err := db.AddWatch("soon", WatchSpec{Kind: "window", Days: 3}, "-"); err == nil {
		t.Error("a second watch of the same name was stored")
	}
	if err := db.AddWatch("bad", WatchSpec{Kind: "window"}, "-"); err == nil {
		t.Error("a window watch without days was stored")
	}
	d0, d1 := benchDoc(0), benchDoc(1)
	d1.Events = nil
	d1.Posture.Changes[0].Date = doc.Str("2020-11")
	add(t, db, d0, d1, d0)
	posts, err := db.Posture(PostureFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2", len(posts))
	}
	p := posts[1]
	if p.Key != "USA@Baghdad" || p.Current != "reduced_staffing" || len(p.History) != 2 || p.History[0].Date != "2020-12-01" || p.History[1].Polarity != "negated" {
		t.Errorf("post %+v", p)
	}
	if ps, _ := db.Posture(PostureFilter{Sender: "IRQ"}); len(ps) != 1 || ps[0].Key != "IRQ@Baghdad" {
		t.Errorf("by sender: %+v", ps)
	}
	if ps, _ := db.Posture(PostureFilter{Country: "FR"}); len(ps) != 0 {
		t.Errorf("by country: %+v", ps)
	}
	ws, err := db.Windows("2021-01", "2021-01")
	if err != nil || len(ws) != 1 || ws[0].Date != "2021-01-03" {
		t.Errorf("windows %+v %v", ws, err)
	}
	if ws, _ := db.Windows("2021-02", ""); len(ws) != 0 {
		t.Errorf("windows after: %+v", ws)
	}
	alerts, err := db.PendingAlerts(100)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int{}
	for _, a := range alerts {
		by[a.Watch]++
	}
	// 2 changes of each stored article, one window for both, and the
	// events of d0 with USA as source or target.
	if by["all-posts"] != 4 || by["soon"] != 1 || by["usa"] == 0 {
		t.Errorf("alerts by watch: %v", by)
	}
	if err := db.MarkAlert(alerts[0].ID, true, "", false); err != nil {
		t.Fatal(err)
	}
	if rest, _ := db.PendingAlerts(100); len(rest) != len(alerts)-1 {
		t.Errorf("%d pending after one delivered, want %d", len(rest), len(alerts)-1)
	}
	if err := db.RemoveWatch("usa"); err != nil {
		t.Fatal(err)
	}
	if ws, _ := db.Watches(); len(ws) != 2 {
		t.Errorf("%d watches after removal", len(ws))
	}
}
