package store

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// An event shows one of its mentions (shownRank). Every way mentions
// leave the store goes through removeArticle: an article removed by
// 'ingest --replace', one replaced by a more complete copy of it, one
// analysed again (its old mentions go, its new ones come). When the
// article removed held the mention an event shows, reshow makes the
// event show the best of the mentions it has left, as if that article
// had never been stored; an event with none left is deleted by
// removeArticle. Likewise the event's date, the most precise of its
// mentions' dates (they agree: each mention joined an event whose date
// its own agreed with, and the event took the more precise), is that of
// the mentions left when a removed one gave it.

// bestMention selects an event's mention of the best shownRank (the
// first stored of equals, as addMentions keeps the first) with what the
// rank is made of; published is NULL or "" when unknown, and text
// compares in byte order on both engines.
const bestMention = `SELECT m.id, m.article_id, coalesce(m.confidence, 0), coalesce(a.published, ''), a.hash, coalesce(m.trigger_start, 0)
	FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?
	ORDER BY coalesce(m.confidence, 0) DESC, ` + reportOrder + `, m.id LIMIT 1`

// longestDate selects the most precise date of an event's mentions.
const longestDate = "SELECT coalesce(date, '') FROM mentions WHERE event_id = ? ORDER BY coalesce(length(date), 0) DESC LIMIT 1"

// reshow redoes, after article gone (its key, the hash of its bytes) has
// lost the shares of the events that remain, the mention each shows when
// gone held it (or when the event kept no rank: stored before schema
// 6), and the date of each whose date one of gone's mentions gave.
func reshow(tx *sql.Tx, left []share, gone string) error {
	type state struct{ shown, date string }
	now := make(map[int64]state, len(left))
	for start := 0; start < len(left); start += mentionRows {
		chunk := left[start:min(len(left), start+mentionRows)]
		args := make([]any, len(chunk))
		for i, s := range chunk {
			args[i] = s.event
		}
		rows, err := tx.Query("SELECT id, coalesce(shown_article, ''), coalesce(date, '') FROM events WHERE id IN ("+
			strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+")", args...)
		if err != nil {
			return fmt.Errorf("reshow events: %w", err)
		}
		for rows.Next() {
			var id int64
			var st state
			if err := rows.Scan(&id, &st.shown, &st.date); err != nil {
				rows.Close()
				return fmt.Errorf("reshow events: %w", err)
			}
			now[id] = st
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reshow events: %w", err)
		}
	}
	docs := map[int64]*doc.Document{}
	set := strings.ReplaceAll(shownCols, ",", " = ?,") + " = ?, date = ?, date_start = ?, date_end = ?"
	for _, s := range left {
		shown, date := now[s.event].shown, now[s.event].date
		redate := s.dated > 0 && int(s.dated) >= len(date)
		if shown != "" && shown != gone && !redate {
			continue
		}
		if redate {
			if err := tx.QueryRow(longestDate, s.event).Scan(&date); err != nil {
				return fmt.Errorf("reshow event %d: %w", s.event, err)
			}
		}
		ds, de := intervalCols(date)
		if shown != "" && shown != gone {
			if _, err := tx.Exec("UPDATE events SET date = ?, date_start = ?, date_end = ? WHERE id = ?", emptyNil(date), ds, de, s.event); err != nil {
				return fmt.Errorf("reshow event %d: %w", s.event, err)
			}
			continue
		}
		r := reshown{event: s.event}
		if err := tx.QueryRow(bestMention, s.event).Scan(&r.mention, &r.article, &r.rank.confidence, &r.rank.published, &r.rank.article, &r.rank.offset); err != nil {
			return fmt.Errorf("reshow event %d: %w", s.event, err)
		}
		d := docs[r.article]
		if d == nil {
			var err error
			if d, err = storedDoc(tx, r.article); err != nil {
				return err
			}
			docs[r.article] = d
		}
		e, err := mentionEvent(tx, d, &r)
		if err != nil {
			return err
		}
		args := append(shownArgs(d, e, r.rank), emptyNil(date), ds, de, s.event)
		if _, err := tx.Exec("UPDATE events SET "+set+" WHERE id = ?", args...); err != nil {
			return fmt.Errorf("reshow event %d: %w", s.event, err)
		}
	}
	return nil
}

// reshown is the mention an event is to show, read back from the store.
type reshown struct {
	event, mention, article int64
	rank                    shownRank
}

// storedDoc is what an event's showing reads of the analysis document
// stored with an article (shownArgs: its events, places and dateline;
// the rest, most of it, is not decoded).
func storedDoc(tx *sql.Tx, aid int64) (*doc.Document, error) {
	var blob []byte
	if err := tx.QueryRow("SELECT doc FROM articles WHERE id = ?", aid).Scan(&blob); err != nil {
		return nil, fmt.Errorf("article %d: %w", aid, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, fmt.Errorf("article %d: document: %w", aid, err)
	}
	var part struct {
		Dateline *doc.Dateline `json:"dateline"`
		Places   []doc.Place   `json:"places"`
		Events   []doc.Event   `json:"events"`
	}
	if err := json.NewDecoder(zr).Decode(&part); err != nil {
		return nil, fmt.Errorf("article %d: document: %w", aid, err)
	}
	return &doc.Document{Dateline: part.Dateline, Places: part.Places, Events: part.Events}, nil
}

// mentionEvent is the event of document d that mention r was stored
// from. An article's mentions are its document's events, stored in order
// (one statement, or several in order, numbering them as they go), so the
// mention's place among its article's is the event's index; the event
// found there must have the mention's code and offset (else the first
// event that has them, and the mention's confidence, is taken).
func mentionEvent(tx *sql.Tx, d *doc.Document, r *reshown) (*doc.Event, error) {
	var k int
	var code string
	if err := tx.QueryRow("SELECT (SELECT count(*) FROM mentions WHERE article_id = ? AND id < ?), code FROM mentions WHERE id = ?",
		r.article, r.mention, r.mention).Scan(&k, &code); err != nil {
		return nil, fmt.Errorf("reshow event %d: %w", r.event, err)
	}
	if k < len(d.Events) && d.Events[k].Code == code && d.Events[k].Trigger.Start == r.rank.offset {
		return &d.Events[k], nil
	}
	for i := range d.Events {
		if e := &d.Events[i]; e.Code == code && e.Trigger.Start == r.rank.offset && e.Confidence == r.rank.confidence {
			return e, nil
		}
	}
	return nil, fmt.Errorf("reshow event %d: article %d's document has no event %d with code %s at %d", r.event, r.article, k, code, r.rank.offset)
}
