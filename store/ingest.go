package store

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
)

// MergeOptions are the settings of cross-report merging.
//
// Two mentions are one event when: they are not negated or hypothetical
// and have at least MinConfidence; their CAMEO codes share the base code
// (first three digits); their sources agree on country and agent (the
// first six letters of the actor code, or both unknown), and so do their
// targets; their dates agree at the precision both have (2020-12 agrees
// with 2020-12-02; 2020-12-01 does not agree with 2020-12-02); and their
// places lie within RadiusKm of each other, or, where either has no
// coordinates, in the same country (or neither has a place). Negated and
// hypothetical mentions are stored but never merged.
type MergeOptions struct {
	RadiusKm      float64
	MinConfidence float64
}

// DefaultMerge are the default merge settings.
var DefaultMerge = MergeOptions{RadiusKm: 100, MinConfidence: 0.5}

// Writer adds analysed documents in batched transactions.
type Writer struct {
	db    *DB
	opts  MergeOptions
	tx    *sql.Tx
	batch int
	n     int
}

// NewWriter starts a writer that commits every batch documents.
func (db *DB) NewWriter(opts MergeOptions, batch int) *Writer {
	if batch < 1 {
		batch = 1
	}
	return &Writer{db: db, opts: opts, batch: batch}
}

// Has reports whether an article with this hash is committed. It reads on
// a connection of its own, so it is safe to call from other goroutines
// while the writer works (an article of the current batch is not seen, and
// is skipped when added again).
func (w *Writer) Has(hash string) (bool, error) {
	var one int
	switch err := w.db.QueryRow("SELECT 1 FROM articles WHERE hash = ?", hash).Scan(&one); err {
	case nil:
		return true, nil
	case sql.ErrNoRows:
		return false, nil
	default:
		return false, err
	}
}

// Add stores one document; it reports false when the article was already
// stored. The document is committed with its batch (Flush commits now).
func (w *Writer) Add(d *doc.Document) (bool, error) {
	if w.tx == nil {
		tx, err := w.db.Begin()
		if err != nil {
			return false, fmt.Errorf("begin: %w", err)
		}
		w.tx = tx
	}
	added, err := w.add(d)
	if err != nil {
		w.tx.Rollback()
		w.tx, w.n = nil, 0
		return false, err
	}
	if added {
		w.n++
	}
	if w.n >= w.batch {
		return added, w.Flush()
	}
	return added, nil
}

// Flush commits the current batch.
func (w *Writer) Flush() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx, w.n = nil, 0
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Close commits what is pending.
func (w *Writer) Close() error { return w.Flush() }

func compressDoc(d *doc.Document) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if err := json.NewEncoder(zw).Encode(d); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (w *Writer) add(d *doc.Document) (bool, error) {
	tx := w.tx
	blob, err := compressDoc(d)
	if err != nil {
		return false, fmt.Errorf("encode document: %w", err)
	}
	now := time.Now().UTC().Format("20060102150405")
	body := d.BodyText()
	var aid int64
	err = tx.QueryRow(`INSERT INTO articles (hash, path, url, outlet, headline, published, published_source, words, ingested_at, doc)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING RETURNING id`,
		d.ID, nullStr(d.Input.Path), nullStr(d.Input.URL), nullStr(d.Outlet), nullStr(d.Headline),
		nullStr(d.Published.Value), d.Published.Source, len(strings.Fields(body)), now, blob).Scan(&aid)
	if err == sql.ErrNoRows {
		return false, nil // stored already
	}
	if err != nil {
		return false, fmt.Errorf("insert article: %w", err)
	}
	headline := ""
	if d.Headline != nil {
		headline = *d.Headline
	}
	if err := w.db.Engine().indexText(tx, aid, headline, body); err != nil {
		return false, fmt.Errorf("index text: %w", err)
	}
	for _, s := range d.Sources {
		if _, err := tx.Exec("INSERT INTO sources (article_id, name, kind, role, affiliation, quotes) VALUES (?, ?, ?, ?, ?, ?)",
			aid, s.Name, s.Kind, nullStr(s.Role), nullStr(s.Affiliation), s.Quotes); err != nil {
			return false, fmt.Errorf("insert source: %w", err)
		}
	}
	if err := w.db.Engine().lockMerges(tx, w.mergeKeys(d)); err != nil {
		return false, err
	}
	for i := range d.Events {
		if err := w.addMention(aid, d, &d.Events[i], now); err != nil {
			return false, err
		}
	}
	return true, nil
}

func actorKey(a *doc.Actor) (code, name, key any, keyStr string) {
	if a == nil {
		return nil, nil, nil, ""
	}
	name = a.Name
	if a.Actor == nil {
		return nil, name, nil, ""
	}
	c := *a.Actor
	k := c
	if len(k) > 6 {
		k = k[:6]
	}
	return c, name, k, k
}

func (w *Writer) addMention(aid int64, d *doc.Document, e *doc.Event, now string) error {
	tx := w.tx
	srcCode, srcName, _, srcKey := actorKey(e.Source)
	tgtCode, tgtName, _, tgtKey := actorKey(e.Target)
	var place, country any
	var lat, lon any
	if e.Place != nil {
		place, country, lat, lon = e.Place.Name, e.Place.Country, e.Place.Lat, e.Place.Lon
	}
	date := ""
	if e.Date.Value != nil {
		date = *e.Date.Value
	}
	var eventID any
	if !e.Negated && !e.Hypothetical && e.Confidence >= w.opts.MinConfidence {
		id, err := w.merge(aid, e, srcKey, tgtKey, date, now)
		if err != nil {
			return err
		}
		eventID = id
	}
	attrKind := ""
	if e.Attribution != nil {
		for _, q := range d.Quotes {
			if q.Speaker != nil && q.Speaker.Name == *e.Attribution {
				attrKind = q.Speaker.Kind
				break
			}
		}
	}
	_, err := tx.Exec(`INSERT INTO mentions (event_id, article_id, code, root, src_actor, src_name, tgt_actor, tgt_name,
		date, date_text, place, country, lat, lon, sentence_start, sentence_end, trigger_start, trigger_end, trigger, sentence,
		attribution, attribution_kind, negated, hypothetical, confidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventID, aid, e.Code, e.Root, srcCode, srcName, tgtCode, tgtName, emptyNil(date), nullStr(e.Date.Text), place, country, lat, lon,
		e.Sentence.Start, e.Sentence.End, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, d.Text[e.Sentence.Start:e.Sentence.End],
		nullStr(e.Attribution), emptyNil(attrKind), e.Negated, e.Hypothetical, e.Confidence)
	if err != nil {
		return fmt.Errorf("insert mention: %w", err)
	}
	if eventID != nil {
		// Count the mention, and the article and outlet when new to the event.
		newArticle, newOutlet := int64(0), int64(0)
		res, err := tx.Exec("INSERT INTO event_articles (event_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING", eventID, aid)
		if err != nil {
			return fmt.Errorf("update event: %w", err)
		}
		newArticle, _ = res.RowsAffected()
		outlet := fmt.Sprintf("article:%d", aid)
		if d.Outlet != nil {
			outlet = *d.Outlet
		}
		if res, err = tx.Exec("INSERT INTO event_outlets (event_id, outlet) VALUES (?, ?) ON CONFLICT DO NOTHING", eventID, outlet); err != nil {
			return fmt.Errorf("update event: %w", err)
		}
		newOutlet, _ = res.RowsAffected()
		if _, err := tx.Exec("UPDATE events SET mentions = mentions + 1, articles = articles + ?, outlets = outlets + ? WHERE id = ?",
			newArticle, newOutlet, eventID); err != nil {
			return fmt.Errorf("update event: %w", err)
		}
	}
	return nil
}

// merge returns the event a mention joins, creating it when none fits.
func (w *Writer) merge(aid int64, e *doc.Event, srcKey, tgtKey, date, now string) (int64, error) {
	tx := w.tx
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	rows, err := tx.Query("SELECT id, coalesce(date, ''), lat, lon, coalesce(country, '') FROM events WHERE base = ? AND src_key = ? AND tgt_key = ? ORDER BY id", base, srcKey, tgtKey)
	if err != nil {
		return 0, fmt.Errorf("find event: %w", err)
	}
	var match int64
	matchDate := ""
	for rows.Next() {
		var id int64
		var d2, c2 string
		var lat2, lon2 sql.NullFloat64
		if err := rows.Scan(&id, &d2, &lat2, &lon2, &c2); err != nil {
			rows.Close()
			return 0, err
		}
		if !datesAgree(date, d2) {
			continue
		}
		if !w.placesAgree(e.Place, lat2, lon2, c2) {
			continue
		}
		match, matchDate = id, d2
		break
	}
	rows.Close()
	if match != 0 {
		if len(date) > len(matchDate) {
			if _, err := tx.Exec("UPDATE events SET date = ? WHERE id = ?", date, match); err != nil {
				return 0, err
			}
		}
		return match, nil
	}
	srcCode, srcName, _, _ := actorKey(e.Source)
	tgtCode, tgtName, _, _ := actorKey(e.Target)
	var place, country, lat, lon any
	if e.Place != nil {
		place, country, lat, lon = e.Place.Name, e.Place.Country, e.Place.Lat, e.Place.Lon
	}
	var id int64
	err = tx.QueryRow(`INSERT INTO events (code, base, root, label, quad, goldstein, plover, src_actor, src_name, src_key, src_cc, tgt_actor, tgt_name, tgt_key, tgt_cc,
		date, place, country, lat, lon, first_article, date_added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		e.Code, base, e.Root, e.Label, e.QuadClass, e.Goldstein, nullStr(e.Plover), srcCode, srcName, srcKey, emptyNil(prefix3(srcKey)), tgtCode, tgtName, tgtKey, emptyNil(prefix3(tgtKey)),
		emptyNil(date), place, country, lat, lon, aid, now).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert event: %w", err)
	}
	return id, nil
}

func prefix3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

// datesAgree compares dates at the precision both have.
func datesAgree(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a)
}

func (w *Writer) placesAgree(p *doc.EventPlace, lat, lon sql.NullFloat64, country string) bool {
	if p == nil || country == "" {
		return p == nil && country == ""
	}
	if lat.Valid && lon.Valid && (p.Lat != 0 || p.Lon != 0) {
		return geo.Distance(p.Lat, p.Lon, lat.Float64, lon.Float64) <= w.opts.RadiusKm
	}
	return p.Country == country
}
