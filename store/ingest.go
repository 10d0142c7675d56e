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
	// Analyzer names the analyser version recorded with each article.
	Analyzer string
	// Replace makes Add replace an article already stored with the same
	// bytes (re-analysed, say with a corrected publication date) instead
	// of skipping it.
	Replace bool
	// Copies counts the inputs recorded as copies of a stored article,
	// and Replaced the stored articles replaced (by --replace or by a
	// better copy).
	Copies, Replaced int
	// forceID, when set, is the id the next article is stored under
	// (a re-analysis), with no look-up of copies; keepIndex says that its
	// text index and signature bands are still there (the same text).
	forceID   int64
	keepIndex bool
	// watches are loaded at the first article (nil: not yet).
	watches *[]Watch
	// queued are the (watch, key) alerts this writer queued.
	queued map[string]bool
	// alertStmt is the alerts insert prepared in transaction alertTx.
	alertStmt *sql.Stmt
	alertTx   *sql.Tx
}

// Source is what an article was analysed from, kept so that it can be
// analysed again: its bytes and what was said about them (format, record
// metadata, a given publication date), as JSON the caller defines.
type Source struct {
	Data []byte
	Meta []byte
}

// NewWriter starts a writer that commits every batch documents.
func (db *DB) NewWriter(opts MergeOptions, batch int) *Writer {
	if batch < 1 {
		batch = 1
	}
	return &Writer{db: db, opts: opts, batch: batch}
}

// Has reports whether an article with this hash is committed (stored, or
// recorded as a copy of a stored article). It reads on
// a connection of its own, so it is safe to call from other goroutines
// while the writer works (an article of the current batch is not seen, and
// is skipped when added again).
func (w *Writer) Has(hash string) (bool, error) {
	var one int
	switch err := w.db.QueryRow("SELECT 1 FROM articles WHERE hash = ? UNION ALL SELECT 1 FROM copies WHERE hash = ? LIMIT 1", hash, hash).Scan(&one); err {
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
func (w *Writer) Add(d *doc.Document) (bool, error) { return w.AddSource(d, nil) }

// AddSource stores one document with what it was analysed from (nil: not
// kept, and the article cannot be re-analysed). It reports false when the
// article was already stored, or is a copy of one that is at least as
// complete (recorded in the copies table).
func (w *Writer) AddSource(d *doc.Document, src *Source) (bool, error) {
	if w.tx == nil {
		tx, err := w.db.Begin()
		if err != nil {
			return false, fmt.Errorf("begin: %w", err)
		}
		w.tx = tx
	}
	added, err := w.add(d, src)
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

func (w *Writer) add(d *doc.Document, src *Source) (bool, error) {
	tx := w.tx
	now := time.Now().UTC().Format("20060102150405")
	body := d.BodyText()
	words := len(strings.Fields(body))
	canon := ""
	if d.Input.URL != nil {
		canon = CanonicalURL(*d.Input.URL)
	}
	sig, signed := sign(body)
	var sigp *signature
	if signed {
		sigp = &sig
	}
	// Other writers (PostgreSQL) wait here while this one looks for the
	// article, its copies and the events its mentions merge with.
	if err := w.db.Engine().lockMerges(tx, w.lockKeys(d, canon, sigp)); err != nil {
		return false, err
	}
	var keepID any // the id to reuse when replacing
	var stored int64
	if w.forceID != 0 {
		keepID = w.forceID
	}
	switch err := tx.QueryRow("SELECT id FROM articles WHERE hash = ?", d.ID).Scan(&stored); err {
	case nil:
		if keepID != nil {
			return false, fmt.Errorf("article %d: its new analysis has the bytes of article %d", w.forceID, stored)
		}
		if !w.Replace {
			return false, nil
		}
		if err := removeArticle(w.db.Engine(), tx, stored, false); err != nil {
			return false, err
		}
		keepID = stored
		w.Replaced++
	case sql.ErrNoRows:
	default:
		return false, fmt.Errorf("find article: %w", err)
	}
	if keepID == nil {
		other, reason, sim, err := nearCopy(w.db.Engine(), tx, canon, body, sigp)
		if err != nil {
			return false, err
		}
		if other != 0 {
			var otherWords int
			var otherHash string
			var otherPath, otherURL sql.NullString
			if err := tx.QueryRow("SELECT words, hash, path, url FROM articles WHERE id = ?", other).Scan(&otherWords, &otherHash, &otherPath, &otherURL); err != nil {
				return false, fmt.Errorf("find copies: %w", err)
			}
			if words <= otherWords+otherWords/20 {
				// The stored article is as complete: this one is its copy.
				if _, err := tx.Exec("INSERT INTO copies (article_id, hash, path, url, reason, similarity, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
					other, d.ID, nullStr(d.Input.Path), nullStr(d.Input.URL), reason, sim, now); err != nil {
					return false, fmt.Errorf("record copy: %w", err)
				}
				w.Copies++
				return false, nil
			}
			// This one is more complete (the full text after a truncated
			// copy): it takes the stored one's place, which becomes its copy.
			if err := removeArticle(w.db.Engine(), tx, other, false); err != nil {
				return false, err
			}
			if _, err := tx.Exec("INSERT INTO copies (article_id, hash, path, url, reason, similarity, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
				other, otherHash, otherPath, otherURL, reason, sim, now); err != nil {
				return false, fmt.Errorf("record copy: %w", err)
			}
			keepID = other
			w.Replaced++
		}
	}
	blob, err := compressDoc(d)
	if err != nil {
		return false, fmt.Errorf("encode document: %w", err)
	}
	var inBlob, inMeta any
	if src != nil {
		b, err := gzipBytes(src.Data)
		if err != nil {
			return false, err
		}
		inBlob, inMeta = b, string(src.Meta)
	}
	var sigBlob any
	if signed {
		sigBlob = sig.bytes()
	}
	docTone := toneOf(d)
	// The id is given only when one is kept (a replacement, a
	// re-analysis); else the engine assigns it. A concurrent writer that
	// stored the same bytes first makes this one a no-op.
	cols, vals := "", ""
	args := []any{d.ID, nullStr(d.Input.Path), nullStr(d.Input.URL), nullStr(d.Outlet), nullStr(d.Headline),
		nullStr(d.Published.Value), d.Published.Source, words, now, blob,
		emptyNil(w.Analyzer), inBlob, inMeta, emptyNil(canon), sigBlob, docTone.doc}
	if keepID != nil {
		cols, vals = "id, ", "?, "
		args = append([]any{keepID}, args...)
	}
	var aid int64
	err = tx.QueryRow(`INSERT INTO articles (`+cols+`hash, path, url, outlet, headline, published, published_source, words, ingested_at, doc,
		analyzer, input, input_meta, canonical_url, signature, tone)
		VALUES (`+vals+`?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING RETURNING id`, args...).Scan(&aid)
	if err == sql.ErrNoRows {
		if keepID != nil {
			// What this transaction removed to make room must come back.
			return false, fmt.Errorf("article %s: stored meanwhile by another writer", d.ID)
		}
		return false, nil // stored meanwhile by another writer
	}
	if err != nil {
		return false, fmt.Errorf("insert article: %w", err)
	}
	if !w.keepIndex {
		if signed {
			if err := addBands(tx, aid, &sig); err != nil {
				return false, err
			}
		}
		if err := w.db.Engine().indexText(tx, aid, headline(d), body); err != nil {
			return false, fmt.Errorf("index text: %w", err)
		}
	}
	for _, s := range d.Sources {
		if _, err := tx.Exec("INSERT INTO sources (article_id, name, kind, role, affiliation, quotes) VALUES (?, ?, ?, ?, ?, ?)",
			aid, s.Name, s.Kind, nullStr(s.Role), nullStr(s.Affiliation), s.Quotes); err != nil {
			return false, fmt.Errorf("insert source: %w", err)
		}
	}
	for i := range d.Events {
		if err := w.addMention(aid, d, &d.Events[i], now, docTone); err != nil {
			return false, err
		}
	}
	if err := w.addPosture(aid, d, now); err != nil {
		return false, err
	}
	return true, nil
}

func headline(d *doc.Document) string {
	if d.Headline != nil {
		return *d.Headline
	}
	return ""
}

func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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

func (w *Writer) addMention(aid int64, d *doc.Document, e *doc.Event, now string, tn tones) error {
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
		id, err := w.merge(aid, d, e, srcKey, tgtKey, date, now)
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
		attribution, attribution_kind, negated, hypothetical, confidence, tone)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventID, aid, e.Code, e.Root, srcCode, srcName, tgtCode, tgtName, emptyNil(date), nullStr(e.Date.Text), place, country, lat, lon,
		e.Sentence.Start, e.Sentence.End, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, d.Text[e.Sentence.Start:e.Sentence.End],
		nullStr(e.Attribution), emptyNil(attrKind), e.Negated, e.Hypothetical, e.Confidence, tn.sentence(e.Sentence))
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
func (w *Writer) merge(aid int64, d *doc.Document, e *doc.Event, srcKey, tgtKey, date, now string) (int64, error) {
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
			s, e := intervalCols(date)
			if _, err := tx.Exec("UPDATE events SET date = ?, date_start = ?, date_end = ? WHERE id = ?", date, s, e, match); err != nil {
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
	ds, de := intervalCols(date)
	var feature, adm1, gid any
	if p := eventPlace(d, e.Place); p != nil {
		feature, adm1, gid = p.Feature, emptyNil(p.Admin1), emptyNil(p.GazetteerID)
	}
	var id int64
	err = tx.QueryRow(`INSERT INTO events (code, base, root, label, quad, goldstein, plover, src_actor, src_name, src_key, src_cc, tgt_actor, tgt_name, tgt_key, tgt_cc,
		date, date_start, date_end, place, country, lat, lon, first_article, date_added, place_feature, place_adm1, place_gid, src_geo, tgt_geo)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		e.Code, base, e.Root, e.Label, e.QuadClass, e.Goldstein, nullStr(e.Plover), srcCode, srcName, srcKey, emptyNil(prefix3(srcKey)), tgtCode, tgtName, tgtKey, emptyNil(prefix3(tgtKey)),
		emptyNil(date), ds, de, place, country, lat, lon, aid, now, feature, adm1, gid, actorGeo(d, e.Source), actorGeo(d, e.Target)).Scan(&id)
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
