package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// removeArticle takes an article and all it added out of the store: its
// text index, sources, mentions, and its share of the events they merged
// into (an event no other article reports goes; one that showed its
// mention shows the best left: see reshow). Its copies stay recorded
// under its id, for the article that takes its place. With keepIndex its
// text index and signature bands stay, for a new analysis of the same
// text under the same id.
func removeArticle(eng Engine, tx *sql.Tx, aid int64, keepIndex bool) error {
	var outlet, hash string
	if err := tx.QueryRow("SELECT coalesce(outlet, 'article:' || id), hash FROM articles WHERE id = ?", aid).Scan(&outlet, &hash); err != nil {
		return fmt.Errorf("remove article %d: %w", aid, err)
	}
	rows, err := tx.Query("SELECT event_id, count(*), max(coalesce(length(date), 0)) FROM mentions WHERE article_id = ? AND event_id IS NOT NULL GROUP BY event_id", aid)
	if err != nil {
		return fmt.Errorf("remove article %d: %w", aid, err)
	}
	var shares []share
	for rows.Next() {
		var s share
		if err := rows.Scan(&s.event, &s.mentions, &s.dated); err != nil {
			rows.Close()
			return err
		}
		shares = append(shares, s)
	}
	rows.Close()
	if err := lockEvents(eng, tx, shares); err != nil {
		return fmt.Errorf("remove article %d: %w", aid, err)
	}
	type step struct {
		sql  string
		args []any
	}
	steps := []step{
		{"DELETE FROM mentions WHERE article_id = ?", []any{aid}},
		{"DELETE FROM sources WHERE article_id = ?", []any{aid}},
		{"DELETE FROM posture_changes WHERE article_id = ?", []any{aid}},
		{"DELETE FROM posture_windows WHERE article_id = ?", []any{aid}},
	}
	if !keepIndex {
		if err := eng.unindexText(tx, aid); err != nil {
			return fmt.Errorf("remove article %d: %w", aid, err)
		}
		steps = append(steps, step{"DELETE FROM signature_bands WHERE article_id = ?", []any{aid}})
	}
	for _, st := range steps {
		if _, err := tx.Exec(st.sql, st.args...); err != nil {
			return fmt.Errorf("remove article %d: %w", aid, err)
		}
	}
	for _, s := range shares {
		if _, err := tx.Exec("DELETE FROM event_articles WHERE event_id = ? AND article_id = ?", s.event, aid); err != nil {
			return fmt.Errorf("remove article %d: %w", aid, err)
		}
		// The outlet still reports the event when another of its articles does.
		var still int
		err := tx.QueryRow(`SELECT count(*) FROM event_articles ea JOIN articles a ON a.id = ea.article_id
			WHERE ea.event_id = ? AND coalesce(a.outlet, 'article:' || a.id) = ?`, s.event, outlet).Scan(&still)
		if err != nil {
			return fmt.Errorf("remove article %d: %w", aid, err)
		}
		lostOutlet := 0
		if still == 0 {
			lostOutlet = 1
			if _, err := tx.Exec("DELETE FROM event_outlets WHERE event_id = ? AND outlet = ?", s.event, outlet); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(`UPDATE events SET mentions = mentions - ?, articles = articles - 1, outlets = outlets - ?,
			first_article = CASE WHEN first_article = ? THEN (SELECT min(article_id) FROM event_articles WHERE event_id = ?) ELSE first_article END
			WHERE id = ?`, s.mentions, lostOutlet, aid, s.event, s.event); err != nil {
			return fmt.Errorf("remove article %d: %w", aid, err)
		}
	}
	var left []share
	for _, s := range shares {
		// an event no other article reports goes
		res, err := tx.Exec("DELETE FROM events WHERE id = ? AND mentions <= 0", s.event)
		if err != nil {
			return fmt.Errorf("remove article %d: %w", aid, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			if _, err := tx.Exec("DELETE FROM event_outlets WHERE event_id = ?", s.event); err != nil {
				return fmt.Errorf("remove article %d: %w", aid, err)
			}
		} else {
			left = append(left, s)
		}
	}
	// an event that showed one of its mentions shows the best it has left
	if err := reshow(tx, left, hash); err != nil {
		return fmt.Errorf("remove article %d: %w", aid, err)
	}
	if _, err := tx.Exec("DELETE FROM articles WHERE id = ?", aid); err != nil {
		return fmt.Errorf("remove article %d: %w", aid, err)
	}
	return nil
}

// share is an article's mentions of one event, and the length of the
// most precise of their dates.
type share struct{ event, mentions, dated int64 }

// lockEvents takes the merge locks of the events an article's removal
// changes, so that no other writer merges into one of them meanwhile. It
// may wait on a writer that waits on this one (the keys are taken after
// the document's own): PostgreSQL then fails one transaction as a
// deadlock, which the worker tries again.
func lockEvents(eng Engine, tx *sql.Tx, shares []share) error {
	if _, ok := eng.(postgresEngine); !ok || len(shares) == 0 {
		return nil
	}
	args := make([]any, len(shares))
	for i, s := range shares {
		args[i] = s.event
	}
	rows, err := tx.Query("SELECT DISTINCT base, src_key, tgt_key FROM events WHERE id IN ("+strings.TrimSuffix(strings.Repeat("?,", len(shares)), ",")+")", args...)
	if err != nil {
		return err
	}
	var keys []string
	for rows.Next() {
		var b, s, t string
		if err := rows.Scan(&b, &s, &t); err != nil {
			rows.Close()
			return err
		}
		keys = append(keys, b+"|"+s+"|"+t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	slices.Sort(keys)
	return eng.lockMerges(tx, keys)
}

// eventPlace is the resolved place of the document that an event's place
// is (same name and coordinates), or nil.
func eventPlace(d *doc.Document, p *doc.EventPlace) *doc.Place {
	if p == nil {
		return nil
	}
	for i := range d.Places {
		q := &d.Places[i]
		if q.Name == p.Name && q.Lat == p.Lat && q.Lon == p.Lon {
			return q
		}
	}
	// an event placed at the dateline's place, which no entity names
	if d.Dateline != nil && d.Dateline.Geo != nil {
		if q := d.Dateline.Geo; q.Name == p.Name && q.Lat == p.Lat && q.Lon == p.Lon {
			return q
		}
	}
	return nil
}

// GeoPlace is a place as exports write it.
type GeoPlace struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1,omitempty"`
	Feature   string  `json:"feature"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Gazetteer string  `json:"gazetteer_id,omitempty"`
}

// actorGeo is the place of an actor that is itself a resolved place in the
// document (the country or city that acts), as JSON, or nil.
func actorGeo(d *doc.Document, a *doc.Actor) any {
	if a == nil || a.Entity == nil {
		return nil
	}
	for i := range d.Places {
		p := &d.Places[i]
		if p.Entity == *a.Entity {
			b, err := json.Marshal(GeoPlace{p.Name, p.Country, p.Admin1, p.Feature, p.Lat, p.Lon, p.GazetteerID})
			if err != nil {
				return nil
			}
			return string(b)
		}
	}
	return nil
}

// tones are a document's tone and its sentences'.
type tones struct {
	doc       any // the body's tone, nil without a lexicon or words
	sentences map[doc.Span]float64
}

func (t tones) sentence(s doc.Span) any {
	if v, ok := t.sentences[s]; ok {
		return v
	}
	return nil
}

// toneOf reads the document's tone and its sentences' (the tone stage's
// layer: doc.Document.Tone and SentenceTones).
func toneOf(d *doc.Document) tones {
	var t tones
	if d.Tone != nil {
		t.doc = *d.Tone
	}
	if len(d.SentenceTones) == len(d.Sentences) {
		t.sentences = make(map[doc.Span]float64, len(d.Sentences))
		for i, sp := range d.Sentences {
			t.sentences[sp] = d.SentenceTones[i]
		}
	}
	return t
}
