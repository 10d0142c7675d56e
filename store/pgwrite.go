package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store/pgstore"
)

// On PostgreSQL each statement is a round trip to the server, made while
// the writer holds its merge locks, and each costs the server (and the
// client) a read, a wake-up and a reply besides its work. So the rows
// that follow from one another's ids go in together: an article with its
// signature bands, text index and sources in one statement, and an
// article's (last) mentions with their events' links and counts in
// another, as data-modifying WITH queries (SQLite, whose statements are
// calls in the same process, runs them one by one). What they store is
// the same on both engines.

// insertArticlePG runs insert (the article's INSERT ... ON CONFLICT DO
// NOTHING RETURNING id, with args) together with the inserts of its
// signature bands (sig, when not nil), its text index (when index) and
// its sources, and returns the new article's id (sql.ErrNoRows when an
// article with its bytes is stored already: then nothing is inserted).
func insertArticlePG(tx *sql.Tx, insert string, args []any, d *doc.Document, body string, sig *signature, index bool) (int64, error) {
	var q strings.Builder
	q.WriteString("WITH a AS (" + insert + ")")
	if index && sig != nil {
		q.WriteString(", b AS (INSERT INTO signature_bands (key, article_id) SELECT k, a.id FROM a, unnest(CAST(? AS BIGINT[])) AS k ON CONFLICT DO NOTHING)")
		args = append(args, sig.bandKeys())
	}
	if index {
		insert, more := pgstore.IndexTextSelect(headline(d), body)
		q.WriteString(", f AS (" + insert + ")")
		args = append(args, more...)
	}
	if n := len(d.Sources); n > 0 {
		names, kinds := make([]string, n), make([]string, n)
		roles, affs := make([]*string, n), make([]*string, n)
		quotes := make([]int64, n)
		for i, s := range d.Sources {
			names[i], kinds[i], roles[i], affs[i], quotes[i] = s.Name, s.Kind, s.Role, s.Affiliation, int64(s.Quotes)
		}
		q.WriteString(`, s AS (INSERT INTO sources (article_id, name, kind, role, affiliation, quotes)
			SELECT a.id, s.name, s.kind, s.role, s.affiliation, s.quotes FROM a,
			unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[])) WITH ORDINALITY AS s(name, kind, role, affiliation, quotes, n)
			ORDER BY s.n)`)
		args = append(args, names, kinds, roles, affs, quotes)
	}
	q.WriteString(" SELECT id FROM a")
	var aid int64
	err := tx.QueryRow(q.String(), args...).Scan(&aid)
	return aid, err
}

// storeMentionsPG stores an article's mentions (the statements of
// mentionInserts) and links the events they mention to the article and
// its outlet, adding to the counts of the stored events among them
// (stored: events made by this article were inserted with their
// counts), as countMentions does, with the last mention insert, the
// links and the counts in one statement.
func (w *Writer) storeMentionsPG(aid int64, d *doc.Document, inserts []stmt, eventIDs []any, stored []candidate) error {
	ids, mentions := mentionCounts(eventIDs)
	var last *stmt
	if len(ids) > 0 && len(inserts) > 0 {
		last, inserts = &inserts[len(inserts)-1], inserts[:len(inserts)-1]
	}
	for _, st := range inserts {
		if _, err := w.tx.Exec(st.q, st.args...); err != nil {
			return fmt.Errorf("insert mention: %w", err)
		}
	}
	if last == nil {
		return nil
	}
	old := map[int64]bool{}
	for _, c := range stored {
		old[c.id] = true
	}
	var oldIDs, oldMentions []int64
	for _, id := range ids {
		if old[id] {
			oldIDs = append(oldIDs, id)
			oldMentions = append(oldMentions, int64(mentions[id]))
		}
	}
	// the last mentions' insert and the links in one statement, which
	// returns what the stored events' counts gain; their update is a
	// statement of its own, planned each time (pgstore.PlanEachTime): a
	// plan kept from a store's first articles joins every event
	q := "WITH m AS (" + last.q + `),
		ea AS (INSERT INTO event_articles (event_id, article_id) SELECT e, CAST(? AS BIGINT) FROM unnest(CAST(? AS BIGINT[])) AS e ON CONFLICT DO NOTHING RETURNING event_id),
		eo AS (INSERT INTO event_outlets (event_id, outlet) SELECT e, CAST(? AS TEXT) FROM unnest(CAST(? AS BIGINT[])) AS e ON CONFLICT DO NOTHING RETURNING event_id)
		SELECT v.id, v.n, (SELECT count(*) FROM ea WHERE ea.event_id = v.id), (SELECT count(*) FROM eo WHERE eo.event_id = v.id)
		FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) WITH ORDINALITY AS v(id, n, k) ORDER BY v.k`
	args := append(last.args, aid, ids, outletOf(aid, d), ids, oldIDs, oldMentions)
	rows, err := w.tx.Query(q, args...)
	if err != nil {
		return fmt.Errorf("insert mention: %w", err)
	}
	var gains [4][]int64
	for rows.Next() {
		var g [4]int64
		if err := rows.Scan(&g[0], &g[1], &g[2], &g[3]); err != nil {
			rows.Close()
			return fmt.Errorf("insert mention: %w", err)
		}
		for i := range g {
			gains[i] = append(gains[i], g[i])
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("insert mention: %w", err)
	}
	if len(gains[0]) == 0 {
		return nil
	}
	if _, err := w.tx.Exec(pgstore.PlanEachTime+`UPDATE events SET mentions = mentions + v.m, articles = articles + v.a, outlets = outlets + v.o
		FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS v(id, m, a, o) WHERE events.id = v.id`,
		gains[0], gains[1], gains[2], gains[3]); err != nil {
		return fmt.Errorf("count mentions: %w", err)
	}
	return nil
}
