package store

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestMentionsOfOneArticle checks the merging of an article's mentions
// among themselves and with stored events: two reports of one act in an
// article make one event with two mentions but one article and one
// outlet; a later, more precise date refines the event's; a negated
// mention is stored unmerged; another outlet's report joins the event.
func TestMentionsOfOneArticle(t *testing.T) {
	db := open(t)
	a := report("m1", "CNN", "The US is withdrawing staff. The US withdrew staff. Iran did not attack.", "161", "USA", "IRQ", "2020-12", 33.34, 44.40, false)
	second := a.Events[0]
	second.Date = doc.EventDate{Value: str("2020-12-01")}
	neg := a.Events[0]
	neg.Code, neg.Negated = "190", true
	a.Events = append(a.Events, second, neg)
	b := report("m2", "AP", "The US is withdrawing staff from Baghdad.", "161", "USA", "IRQ", "2020-12-01", 33.34, 44.40, false)
	add(t, db, a, b)
	evs, err := db.Events(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Mentions != 3 || e.Articles != 2 || e.Outlets != 2 || e.Date != "2020-12-01" {
		t.Errorf("event: %d mentions, %d articles, %d outlets, date %q; want 3, 2, 2, 2020-12-01", e.Mentions, e.Articles, e.Outlets, e.Date)
	}
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Mentions != 4 || st.Articles != 2 {
		t.Errorf("stats: %+v; want 4 mentions (one negated) in 2 articles", st)
	}
}
