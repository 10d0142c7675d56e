package store

import (
	"fmt"
	"math/rand"
)

// SyntheticActors are the actor codes of FillSynthetic's events: twelve
// countries, alone and with four agents.
var SyntheticActors = func() []string {
	var out []string
	for _, c := range []string{"USA", "IRQ", "IRN", "ISR", "RUS", "CHN", "FRA", "GBR", "DEU", "TUR", "EGY", "SYR"} {
		for _, a := range []string{"", "GOV", "MIL", "COP", "REB"} {
			out = append(out, c+a)
		}
	}
	return out
}()

// FillSynthetic adds n synthetic events to the store at path (creating
// it), for benchmarks: random CAMEO codes over 20 roots, source and
// target among SyntheticActors, days from 2015 to 2024 (with their date
// intervals), all placed in
// Baghdad and reported by one article. The same n gives the same events.
func FillSynthetic(path string, n int) error {
	db, err := Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	r := rand.New(rand.NewSource(7))
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO articles (id, hash, words, ingested_at, doc) VALUES (1, 'bench', 0, '20260101000000', x'')`); err != nil {
		return err
	}
	stmt, err := tx.Prepare(`INSERT INTO events (code, base, root, label, quad, goldstein, src_actor, src_key, src_cc, tgt_actor, tgt_key, tgt_cc, date, date_start, date_end, country, lat, lon, mentions, articles, outlets, first_article, date_added)
		VALUES (?, ?, ?, 'x', 1, 0, ?, ?, substr(?, 1, 3), ?, ?, substr(?, 1, 3), ?, ?, ?, 'IQ', 33.3, 44.4, 1, 1, 1, 1, '20260101000000')`)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		root := fmt.Sprintf("%02d", 1+r.Intn(20))
		code := root + fmt.Sprint(r.Intn(10))
		src, tgt := SyntheticActors[r.Intn(len(SyntheticActors))], SyntheticActors[r.Intn(len(SyntheticActors))]
		date := fmt.Sprintf("%d-%02d-%02d", 2015+r.Intn(10), 1+r.Intn(12), 1+r.Intn(28))
		ds, de := intervalCols(date)
		if _, err := stmt.Exec(code, code, root, src, src, src, tgt, tgt, tgt, date, ds, de); err != nil {
			return err
		}
	}
	// the one article reports every event, as event_articles keeps it
	if _, err := tx.Exec(`INSERT INTO event_articles (event_id, article_id) SELECT id, 1 FROM events`); err != nil {
		return err
	}
	return tx.Commit()
}
