package store_test

import (
	"path/filepath"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/store"
)

// Two outlets report the same expulsion of diplomats; a third story on the
// same day between the same countries is a different event.
const (
	reportA = `MOSCOW (Reuters) - Russia expelled two German diplomats from its embassy in Moscow on Tuesday, the foreign ministry said, in retaliation for a similar move by Berlin.

The ministry said the diplomats had been given a week to leave the country.`
	reportB = `BERLIN (AP) — Russia on Tuesday expelled two diplomats of the German embassy in Moscow, escalating a row with Berlin, officials said.

German officials called the move unjustified.`
	reportC = `MOSCOW (Reuters) - Russia criticized Germany on Tuesday over its handling of the case, the Kremlin said.`
)

func TestRealisticPair(t *testing.T) {
	an, err := analyzer.New(analyzer.Options{Published: "2021-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w := db.NewWriter(store.DefaultMerge, 10)
	for i, text := range []string{reportA, reportB, reportC} {
		d, err := an.Analyze(input.Item{Name: string(rune('A' + i)), Data: []byte(text), Format: "text"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	evs, err := db.Events(store.Filter{Source: "RUS"})
	if err != nil {
		t.Fatal(err)
	}
	var expel, criticize int
	for _, e := range evs {
		switch e.Root {
		case "16", "17":
			expel++
			if e.Articles != 2 || e.Outlets != 2 || e.Mentions != 2 {
				t.Errorf("expulsion %s: %d mentions, %d articles, %d outlets; want 2, 2, 2", e.Code, e.Mentions, e.Articles, e.Outlets)
			}
		case "11":
			criticize++
		}
	}
	if expel != 1 || criticize != 1 {
		for _, e := range evs {
			t.Logf("%s %s %s->%s %s %s m=%d a=%d", e.Date, e.Code, e.SrcActor, e.TgtActor, e.Place, e.Label, e.Mentions, e.Articles)
		}
		t.Errorf("%d expulsion events (want 1, merged) and %d criticisms (want 1, apart)", expel, criticize)
	}
}
