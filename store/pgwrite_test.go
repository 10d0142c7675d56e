package store

import (
	"context"
	"database/sql"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// TestArticleRowsStored checks that what goes in with an article's insert
// (its sources, in order, with and without role and affiliation, and its
// text index) is stored alike on both engines, and that a second copy of
// the same bytes adds none of it.
func TestArticleRowsStored(t *testing.T) {
	db := open(t)
	d := report("r1", "wire", "The ministry began withdrawing troops from the border town.", "190", "IRQMIL", "IRQ", "2021-03-04", 33.3, 44.4, false)
	d.Sources = []doc.Source{
		{Name: "a spokeswoman", Kind: "official", Role: str("spokeswoman"), Affiliation: str("the ministry"), Quotes: 2},
		{Name: "residents", Kind: "anonymous", Quotes: 0},
	}
	add(t, db, d, d)
	rows, err := db.Query("SELECT name, kind, role, affiliation, quotes FROM sources ORDER BY quotes DESC")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type src struct {
		name, kind        string
		role, affiliation sql.NullString
		quotes            int
	}
	var got []src
	for rows.Next() {
		var s src
		if err := rows.Scan(&s.name, &s.kind, &s.role, &s.affiliation, &s.quotes); err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	want := []src{
		{"a spokeswoman", "official", sql.NullString{String: "spokeswoman", Valid: true}, sql.NullString{String: "the ministry", Valid: true}, 2},
		{"residents", "anonymous", sql.NullString{}, sql.NullString{}, 0},
	}
	if len(got) != len(want) {
		t.Fatalf("sources %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("source %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	for _, c := range []struct {
		query string
		n     int
	}{
		{"troops", 1},
		{"border town", 1},
		{"parliament", 0},
	} {
		_, n, err := db.FindArticles(context.Background(), ArticleFilter{Search: c.query, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if n != c.n {
			t.Errorf("search %q: %d articles, want %d", c.query, n, c.n)
		}
	}
}
