package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func str(s string) *string { return &s }

// report builds an analysed document with one event, as the pipeline
// would: a source reporting that src did code to tgt at a place on a date.
func report(id, outlet, text, code, src, tgt, date string, lat, lon float64, neg bool) *doc.Document {
	d := doc.New(id, text)
	d.Outlet = str(outlet)
	d.Headline = str("Report " + id)
	d.Published = doc.Published{Value: str(date), Source: doc.PublishedGiven}
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	d.Events = []doc.Event{{
		Code: code, Root: code[:2], Label: "x", Goldstein: -4, QuadClass: 4,
		Source:   &doc.Actor{Name: src, Actor: str(src)},
		Target:   &doc.Actor{Name: tgt, Actor: str(tgt)},
		Date:     doc.EventDate{Value: str(date)},
		Place:    &doc.EventPlace{Name: "Baghdad", Country: "IQ", Lat: lat, Lon: lon},
		Sentence: doc.Span{Start: 0, End: len(text)}, Trigger: doc.Trigger{Span: doc.Span{Start: 4, End: 14}, Text: "withdrawing"},
		Negated: neg, Confidence: 0.8,
	}}
	d.Sources = []doc.Source{{Name: "three sources", Kind: "anonymous", Quotes: 1}}
	return d
}

func open(t *testing.T) *DB {
	t.Helper()
	if db := openEngine(t); db != nil {
		return db
	}
	db, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func add(t *testing.T, db *DB, docs ...*doc.Document) {
	t.Helper()
	w := db.NewWriter(DefaultMerge, 2)
	for _, d := range docs {
		if _, err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestMergeAcrossOutlets(t *testing.T) {
	db := open(t)
	add(t, db,
		report("a1", "CNN", "The US is withdrawing staff from its embassy in Baghdad.", "161", "USAGOV", "IRQ", "2020-12-02", 33.34, 44.40, false),
		report("a2", "Reuters", "Washington is withdrawing diplomats from Baghdad, officials said.", "1612", "USAGOV", "IRQ", "2020-12-02", 33.30, 44.38, false),
		// same actors, same day, a different event
		report("a3", "AP", "US forces struck militia targets near Baghdad.", "190", "USAGOV", "IRQ", "2020-12-02", 33.34, 44.40, false),
		// negated: stored, never merged
		report("a4", "BBC", "The US is not withdrawing staff from Baghdad.", "161", "USAGOV", "IRQ", "2020-12-02", 33.34, 44.40, true),
	)
	evs, err := db.Events(Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2: %+v", len(evs), evs)
	}
	for _, e := range evs {
		switch e.Root {
		case "16":
			if e.Mentions != 2 || e.Articles != 2 || e.Outlets != 2 {
				t.Errorf("161: %d mentions, %d articles, %d outlets; want 2, 2, 2", e.Mentions, e.Articles, e.Outlets)
			}
		case "19":
			if e.Mentions != 1 {
				t.Errorf("190: %d mentions", e.Mentions)
			}
		}
	}
	st, _ := db.Stats()
	if st.Mentions != 4 || st.Articles != 4 {
		t.Errorf("stats %+v", st)
	}
}

func TestDatesAgree(t *testing.T) {
	for _, c := range []struct {
		a, b string
		ok   bool
	}{{"2020-12", "2020-12-02", true}, {"2020-12-01", "2020-12-02", false}, {"2020", "2021-01", false}, {"", "", true}, {"", "2020", false}} {
		if datesAgree(c.a, c.b) != c.ok {
			t.Errorf("%q %q", c.a, c.b)
		}
	}
}

func TestIdempotent(t *testing.T) {
	db := open(t)
	d := report("a1", "CNN", "The US is withdrawing staff.", "161", "USA", "IRQ", "2020-12-02", 33.3, 44.4, false)
	add(t, db, d)
	add(t, db, d, d)
	st, _ := db.Stats()
	if st.Articles != 1 || st.Mentions != 1 || st.Events != 1 || st.Sources != 1 {
		t.Errorf("after three adds: %+v", st)
	}
}

func TestQueries(t *testing.T) {
	db := open(t)
	add(t, db,
		report("a1", "CNN", "The US is withdrawing staff from the embassy in Baghdad.", "161", "USAGOV", "IRQ", "2020-12-02", 33.34, 44.40, false),
		report("a2", "AP", "Iran threatened Israel.", "138", "IRN", "ISR", "2020-09", 32.0, 35.0, false),
	)
	cases := []struct {
		f    Filter
		want int
	}{
		{Filter{Actor: "USA"}, 1}, {Filter{Actor: "*GOV"}, 1}, {Filter{Code: "16*"}, 1}, {Filter{Root: "13"}, 1},
		{Filter{Quad: 4}, 2}, {Filter{Near: &Circle{33.3, 44.4, 50}}, 1}, {Filter{From: "2020-10-01"}, 1},
		{Filter{To: "2020-09"}, 1}, {Filter{Outlet: "cnn"}, 1}, {Filter{Kind: "anonymous"}, 0},
		{Filter{Search: "embassy"}, 1}, {Filter{Place: "baghdad"}, 2}, {Filter{Country: "iq"}, 2},
	}
	for _, c := range cases {
		evs, err := db.Events(c.f)
		if err != nil {
			t.Fatalf("%+v: %v", c.f, err)
		}
		if len(evs) != c.want {
			t.Errorf("%+v: %d events, want %d", c.f, len(evs), c.want)
		}
	}
	as, err := db.Articles("embassy", 10)
	if err != nil || len(as) != 1 {
		t.Errorf("articles: %v %v", as, err)
	}
	os_, err := db.Sources()
	if err != nil || len(os_) != 2 || os_[0].Anonymous != 1 {
		t.Errorf("sources: %+v %v", os_, err)
	}
}

func TestGDELTExport(t *testing.T) {
	db := open(t)
	add(t, db, report("a1", "CNN", "The US is withdrawing staff.", "1612", "USAGOV", "IRQ", "2020-12-02", 33.3, 44.4, false))
	var ev, mn bytes.Buffer
	if err := db.ExportGDELT(Filter{}, &ev, &mn); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(ev.String(), "\n"), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 61 {
			t.Fatalf("%d columns, want 61", len(cols))
		}
		if cols[1] != "20201202" || cols[26] != "1612" || cols[27] != "161" || cols[28] != "16" || cols[7] != "USA" || cols[12] != "GOV" || cols[17] != "IRQ" {
			t.Errorf("row %q", cols)
		}
	}
	if n := len(strings.Split(strings.TrimRight(mn.String(), "\n"), "\t")); n != len(GDELTMentionColumns) {
		t.Errorf("mentions row has %d columns", n)
	}
}

func TestForeignAndCorrupt(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte("this is not a database at all, just text"), 0o644)
	if _, err := Open(junk); err == nil || !strings.Contains(err.Error(), "not a dragoman database") {
		t.Errorf("junk: %v", err)
	}
	if b, _ := os.ReadFile(junk); string(b) != "this is not a database at all, just text" {
		t.Error("junk file modified")
	}
	// Another program's SQLite database.
	other := filepath.Join(dir, "other.db")
	odb, err := Open(filepath.Join(dir, "scratch.db")) // make a real SQLite file
	if err != nil {
		t.Fatal(err)
	}
	odb.Close()
	raw, _ := os.ReadFile(filepath.Join(dir, "scratch.db"))
	raw[68], raw[69], raw[70], raw[71] = 0, 0, 0, 7 // another application id
	os.WriteFile(other, raw, 0o644)
	if _, err := Open(other); err == nil || !strings.Contains(err.Error(), "another program") {
		t.Errorf("foreign: %v", err)
	}
	if b, _ := os.ReadFile(other); !bytes.Equal(b, raw) {
		t.Error("foreign file modified")
	}
}

func TestConcurrentReaders(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 4)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ro, err := OpenReadOnly(path)
			if err != nil {
				errs <- err
				return
			}
			defer ro.Close()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := ro.Events(Filter{Actor: "USA"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	w := db.NewWriter(DefaultMerge, 5)
	for i := 0; i < 200; i++ {
		id := strings.Repeat("x", 3) + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if _, err := w.Add(report(id, "CNN", "The US is withdrawing staff "+id+".", "161", "USA", "IRQ", "2020-12-02", 33.3, 44.4, false)); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
