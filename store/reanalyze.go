package store

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"fmt"
	"io"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// Reanalysis selects the stored articles to analyse again.
type Reanalysis struct {
	// Analyzer is the current analyser's version: articles that record
	// another (or none) are selected, unless All.
	Analyzer string
	All      bool
	// Outlet and the publication date range (From, To: YYYY, YYYY-MM or
	// YYYY-MM-DD) narrow the selection.
	Outlet, From, To string
}

// Plan readies a re-analysis: when an earlier one was stopped, its
// remaining articles (resumed is true, and sel is not used); else the
// articles sel selects that kept their input. Kept counts the selected
// articles stored without their input, which cannot be analysed again.
func (db *DB) Plan(sel Reanalysis) (pending, kept int, resumed bool, err error) {
	if err := db.QueryRow("SELECT count(*) FROM pending").Scan(&pending); err != nil {
		return 0, 0, false, err
	}
	if pending > 0 {
		return pending, 0, true, nil
	}
	var conds []string
	var args []any
	if !sel.All {
		conds = append(conds, "coalesce(analyzer, '') != ?")
		args = append(args, sel.Analyzer)
	}
	if sel.Outlet != "" {
		conds = append(conds, "lower(outlet) = lower(?)")
		args = append(args, sel.Outlet)
	}
	if sel.From != "" {
		s, _, err := DateBound("--from", sel.From)
		if err != nil {
			return 0, 0, false, err
		}
		conds = append(conds, "published >= ?")
		args = append(args, s.Format("2006-01-02"))
	}
	if sel.To != "" {
		_, e, err := DateBound("--to", sel.To)
		if err != nil {
			return 0, 0, false, err
		}
		conds = append(conds, "published < ?")
		args = append(args, e.Format("2006-01-02"))
	}
	where := ""
	if len(conds) > 0 {
		where = " AND " + strings.Join(conds, " AND ")
	}
	if err := db.QueryRow("SELECT count(*) FROM articles WHERE input IS NULL"+where, args...).Scan(&kept); err != nil {
		return 0, 0, false, err
	}
	res, err := db.Exec("INSERT INTO pending (article_id) SELECT id FROM articles WHERE input IS NOT NULL"+where, args...)
	if err != nil {
		return 0, 0, false, fmt.Errorf("plan re-analysis: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), kept, false, nil
}

// Pending lists the articles a re-analysis has still to do, in order.
func (db *DB) Pending() ([]int64, error) {
	rows, err := db.Query("SELECT article_id FROM pending ORDER BY article_id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Input returns what a stored article was analysed from.
func (db *DB) Input(id int64) (*Source, error) {
	var blob []byte
	var meta sql.NullString
	if err := db.QueryRow("SELECT input, input_meta FROM articles WHERE id = ?", id).Scan(&blob, &meta); err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	if blob == nil {
		return nil, fmt.Errorf("article %d: its input was not kept", id)
	}
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return &Source{Data: data, Meta: []byte(meta.String)}, nil
}

// Reanalyzed stores a new analysis of article id in its place (same id;
// its events, mentions and sources are redone) and takes it off the
// pending list, in the writer's batch: a re-analysis stopped at any moment
// resumes where its last batch ended. A nil d (the analysis failed) only
// takes it off the list, keeping the old analysis.
func (w *Writer) Reanalyzed(id int64, d *doc.Document, src *Source) error {
	if w.tx == nil {
		tx, err := w.db.Begin()
		if err != nil {
			return fmt.Errorf("begin: %w", err)
		}
		w.tx = tx
	}
	err := func() error {
		if d != nil {
			// The same text keeps its index: a re-analysis mostly redoes
			// events, not the reading of the page.
			var oldHead, oldBody string
			err := w.tx.QueryRow("SELECT headline, body FROM articles_fts WHERE rowid = ?", id).Scan(&oldHead, &oldBody)
			same := err == nil && oldHead == headline(d) && oldBody == d.BodyText()
			if err := removeArticle(w.tx, id, same); err != nil {
				return err
			}
			w.forceID, w.keepIndex = id, same
			_, err = w.add(d, src)
			w.forceID, w.keepIndex = 0, false
			if err != nil {
				return err
			}
		}
		_, err := w.tx.Exec("DELETE FROM pending WHERE article_id = ?", id)
		return err
	}()
	if err != nil {
		w.tx.Rollback()
		w.tx, w.n = nil, 0
		return err
	}
	w.n++
	if w.n >= w.batch {
		return w.Flush()
	}
	return nil
}
