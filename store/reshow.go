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
// removeArticle. The event's date is likewise the most precise of its
// remaining mentions' dates (they agree: each mention joined an event
// whose date its own agreed with), and the removed article's date no
// longer narrows it.

// reshown is a mention an event may show, read back from the store.
type reshown struct {
	event, mention, article int64
	rank                    shownRank
	date                    string
}

// reshow makes each event of ids (events that lost mentions) show the
// best of its remaining mentions and take the most precise of their
// dates. Only the events whose shown mention was in article gone (its
// key, the hash of its bytes), just removed, are redone, and those that
// kept no rank (stored before schema 6).
func reshow(tx *sql.Tx, ids []int64, gone string) error {
	if len(ids) == 0 {
		return nil
	}
	best := map[int64]*reshown{}
	longest := map[int64]string{}
	var order []int64
	for start := 0; start < len(ids); start += mentionRows {
		chunk := ids[start:min(len(ids), start+mentionRows)]
		args := make([]any, 0, len(chunk)+1)
		args = append(args, gone)
		for _, id := range chunk {
			args = append(args, id)
		}
		rows, err := tx.Query(`SELECT m.event_id, m.id, m.article_id, coalesce(m.confidence, 0), coalesce(a.published, ''), a.hash,
			coalesce(m.trigger_start, 0), coalesce(m.date, '')
			FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
			WHERE (e.shown_article IS NULL OR e.shown_article = ?) AND m.event_id IN (`+
			strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+`)`, args...)
		if err != nil {
			return fmt.Errorf("reshow events: %w", err)
		}
		for rows.Next() {
			var r reshown
			if err := rows.Scan(&r.event, &r.mention, &r.article, &r.rank.confidence, &r.rank.published, &r.rank.article,
				&r.rank.offset, &r.date); err != nil {
				rows.Close()
				return fmt.Errorf("reshow events: %w", err)
			}
			b := best[r.event]
			if b == nil {
				order = append(order, r.event)
			}
			// of equal ranks (one article, one offset), the mention
			// stored first, as addMentions keeps the first of equals
			if b == nil || r.rank.before(b.rank) || r.rank == b.rank && r.mention < b.mention {
				best[r.event] = &r
			}
			if len(r.date) > len(longest[r.event]) {
				longest[r.event] = r.date
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reshow events: %w", err)
		}
	}
	docs := map[int64]*doc.Document{}
	set := strings.ReplaceAll(shownCols, ",", " = ?,") + " = ?, date = ?, date_start = ?, date_end = ?"
	for _, id := range order {
		r := best[id]
		d := docs[r.article]
		if d == nil {
			var err error
			if d, err = storedDoc(tx, r.article); err != nil {
				return err
			}
			docs[r.article] = d
		}
		e, err := mentionEvent(tx, d, r)
		if err != nil {
			return err
		}
		ds, de := intervalCols(longest[id])
		args := append(shownArgs(d, e, r.rank), emptyNil(longest[id]), ds, de, id)
		if _, err := tx.Exec("UPDATE events SET "+set+" WHERE id = ?", args...); err != nil {
			return fmt.Errorf("reshow event %d: %w", id, err)
		}
	}
	return nil
}

// storedDoc is the analysis document stored with an article.
func storedDoc(tx *sql.Tx, aid int64) (*doc.Document, error) {
	var blob []byte
	if err := tx.QueryRow("SELECT doc FROM articles WHERE id = ?", aid).Scan(&blob); err != nil {
		return nil, fmt.Errorf("article %d: %w", aid, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, fmt.Errorf("article %d: document: %w", aid, err)
	}
	var d doc.Document
	if err := json.NewDecoder(zr).Decode(&d); err != nil {
		return nil, fmt.Errorf("article %d: document: %w", aid, err)
	}
	return &d, nil
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
