package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// story is a news text of n sentences, different for each seed.
func story(seed, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "In report %d the minister of region %d said on day %d that talks over item %d would resume next week. ", seed, seed*7+i, i, seed*13+i)
	}
	return b.String()
}

func article(id, text, url string) *doc.Document {
	d := report(id, "Outlet", text, "190", "USA", "IRQ", "2019-11-19", 0, 0, false)
	d.Events[0].Place = nil
	if url != "" {
		d.Input.URL = str(url)
	}
	return d
}

func counts(t *testing.T, db *DB) Stats {
	t.Helper()
	st, err := db.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestNearDuplicates(t *testing.T) {
	full := story(1, 30)
	cases := []struct {
		name     string
		first    *doc.Document
		second   *doc.Document
		articles int
		keep     string // hash of the article kept
	}{
		{"changed comment", article("a", full, ""), article("b", full+" Comments (3)", ""), 1, "a"},
		{"re-scrape, a word changed", article("a", full, ""), article("b", strings.Replace(full, "minister", "ministers", 1), ""), 1, "a"},
		{"truncated, then full", article("a", full[:len(full)/2], ""), article("b", full, ""), 1, "b"},
		{"full, then truncated", article("a", full, ""), article("b", full[:len(full)/2], ""), 1, "a"},
		{"same canonical URL", article("a", full, "https://www.example.com/news/1?utm_source=x"), article("b", story(2, 30), "http://example.com/news/1/"), 1, "a"},
		{"different stories", article("a", full, ""), article("b", story(2, 30), ""), 2, ""},
		{"same template, other facts", article("a", story(3, 30), ""), article("b", story(4, 30), ""), 2, ""},
		{"short texts are not compared", article("a", "Troops left the city.", ""), article("b", "Troops left the city today.", ""), 2, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := open(t)
			add(t, db, c.first)
			add(t, db, c.second)
			st := counts(t, db)
			if st.Articles != c.articles {
				t.Fatalf("%d articles, want %d", st.Articles, c.articles)
			}
			// the store's signature bands are those of what it kept
			clean := open(t)
			for _, d := range []*doc.Document{c.first, c.second} {
				if c.keep == "" || d.ID == c.keep {
					add(t, clean, d)
				}
			}
			if got, want := bands(db), bands(clean); got != want {
				t.Errorf("signature bands %+v, a clean store's %+v", got, want)
			}
			if c.keep != "" {
				var hash string
				db.QueryRow("SELECT hash FROM articles").Scan(&hash)
				if hash != c.keep {
					t.Errorf("kept %s, want %s", hash, c.keep)
				}
				var copies int
				db.QueryRow("SELECT count(*) FROM copies").Scan(&copies)
				if copies != 1 {
					t.Errorf("%d copies recorded", copies)
				}
				evs, _ := db.Events(Filter{})
				if len(evs) != 1 || evs[0].Articles != 1 || evs[0].Mentions != 1 {
					t.Errorf("events %+v", evs)
				}
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://www.example.com/a/b/?utm_source=tw&id=3#top", "example.com/a/b?id=3"},
		{"http://m.example.com/a/b/amp", "example.com/a/b"},
		{"HTTPS://Example.COM/a/index.html", "example.com/a"},
		{"ftp://example.com/a", ""},
		{"not a url", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := CanonicalURL(c.in); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// bandCount is how many signature bands a store holds, and how many of
// them are of no stored article.
type bandCount struct{ all, orphans int }

func bands(db *DB) bandCount {
	var n bandCount
	db.QueryRow("SELECT count(*), count(*) FILTER (WHERE article_id NOT IN (SELECT id FROM articles)) FROM signature_bands").Scan(&n.all, &n.orphans)
	return n
}

// TestReplace: an article stored with a wrong publication date is
// corrected by storing it again with Replace; the store then holds what a
// clean run with the right date holds.
func TestReplace(t *testing.T) {
	text := story(5, 30)
	wrong := report("r", "Outlet", text, "190", "USA", "IRQ", "2001-01-01", 0, 0, false)
	wrong.Events[0].Date = doc.EventDate{}
	right := report("r", "Outlet", text, "190", "USA", "IRQ", "2019-11-19", 0, 0, false)
	right.Events[0].Date = doc.EventDate{}
	other := report("o", "Other", story(6, 30), "190", "USA", "IRQ", "2019-11-19", 0, 0, false)
	other.Events[0].Date = doc.EventDate{}

	db := open(t)
	add(t, db, wrong, other)
	w := db.NewWriter(DefaultMerge, 1)
	w.Replace = true
	if ok, err := w.Add(right); err != nil || !ok {
		t.Fatalf("replace: %v %v", ok, err)
	}
	w.Close()
	clean := open(t)
	add(t, clean, right, other)
	if a, b := counts(t, db), counts(t, clean); a != b {
		t.Errorf("after replace %+v, clean %+v", a, b)
	}
	if got, want := bands(db), bands(clean); got != want {
		t.Errorf("signature bands %+v, a clean store's %+v", got, want)
	}
	var pub string
	db.QueryRow("SELECT published FROM articles WHERE hash = 'r'").Scan(&pub)
	if pub != "2019-11-19" {
		t.Errorf("published %q", pub)
	}
	evs, _ := db.Events(Filter{})
	if len(evs) != 1 || evs[0].Articles != 2 || evs[0].Outlets != 2 || evs[0].Mentions != 2 {
		t.Errorf("events %+v", evs)
	}
}

// TestReanalyzed: a re-analysis keeps ids, redoes counts, and resumes.
func TestReanalyzed(t *testing.T) {
	db := open(t)
	w := db.NewWriter(DefaultMerge, 1)
	w.Analyzer = "old"
	for i := 0; i < 4; i++ {
		d := report(fmt.Sprint(i), fmt.Sprint("O", i), story(10+i, 30), "190", "USA", "IRQ", "2019-11-19", 0, 0, false)
		if _, err := w.AddSource(d, &Source{Data: []byte(d.Text), Meta: []byte(`{}`)}); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	before := counts(t, db)
	n, kept, resumed, err := db.Plan(Reanalysis{Analyzer: "new"})
	if err != nil || n != 4 || kept != 0 || resumed {
		t.Fatalf("plan %d %d %v %v", n, kept, resumed, err)
	}
	ids, _ := db.Pending()
	w = db.NewWriter(DefaultMerge, 1)
	w.Analyzer = "new"
	// two done, then "killed"
	for _, id := range ids[:2] {
		src, err := db.Input(id)
		if err != nil {
			t.Fatal(err)
		}
		var hash string
		db.QueryRow("SELECT hash FROM articles WHERE id = ?", id).Scan(&hash)
		d := report(hash, "O"+hash, string(src.Data), "190", "USA", "IRQ", "2019-11-19", 0, 0, false)
		if err := w.Reanalyzed(id, d, src); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	n, _, resumed, _ = db.Plan(Reanalysis{Analyzer: "new", All: true})
	if n != 2 || !resumed {
		t.Errorf("resume: %d %v", n, resumed)
	}
	if got := counts(t, db); got != before {
		t.Errorf("after re-analysis %+v, before %+v", got, before)
	}
	var stillOld int
	db.QueryRow("SELECT count(*) FROM articles WHERE analyzer = 'old'").Scan(&stillOld)
	if stillOld != 2 {
		t.Errorf("%d articles still old", stillOld)
	}
	evs, _ := db.Events(Filter{})
	if len(evs) != 1 || evs[0].Articles != 4 || evs[0].Outlets != 4 {
		t.Errorf("events %+v", evs)
	}
	if as, err := db.Articles("minister", 0); err != nil || len(as) != 4 {
		t.Errorf("search after re-analysis: %d articles, %v", len(as), err)
	}
}

// TestNearCopyAmongMany: among many stored texts alike (a shared part and
// a part of their own: a resemblance of about 0.5, some 5 bands shared),
// an article is compared with the few sharing the most bands, and a
// re-scrape of one of them is still found, as its copy.
func TestNearCopyAmongMany(t *testing.T) {
	db := open(t)
	common := story(100, 20)
	var docs []*doc.Document
	for i := range 30 {
		docs = append(docs, article(fmt.Sprintf("alike%02d", i), common+story(200+i, 10), ""))
	}
	add(t, db, docs...)
	if st := counts(t, db); st.Articles != 30 {
		t.Fatalf("%d articles stored, want 30 (none is a copy of another)", st.Articles)
	}
	rescrape := article("rescrape", strings.Replace(docs[17].Text, "minister", "ministers", 1), "")
	another := article("another", common+story(300, 10), "")
	for _, c := range []struct {
		d    *doc.Document
		copy string // the hash of the article it is a copy of ("": none)
	}{{rescrape, "alike17"}, {another, ""}} {
		sig, ok := sign(c.d.BodyText())
		if !ok {
			t.Fatal("no signature")
		}
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		f, err := findStored(tx, "", "", &sig)
		tx.Rollback()
		if err != nil {
			t.Fatal(err)
		}
		if len(f.banded) != maxBanded {
			t.Errorf("%s: compared with %d stored articles, want %d", c.d.ID, len(f.banded), maxBanded)
		}
		add(t, db, c.d)
		var of string
		db.QueryRow("SELECT a.hash FROM copies c JOIN articles a ON a.id = c.article_id WHERE c.hash = ?", c.d.ID).Scan(&of)
		if of != c.copy {
			t.Errorf("%s: a copy of %q, want %q", c.d.ID, of, c.copy)
		}
	}
	if st := counts(t, db); st.Articles != 31 {
		t.Errorf("%d articles stored, want 31", st.Articles)
	}
}
