package store

import (
	"database/sql"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/store/pgstore"
)

// Engine is what differs between the databases a store can live in: the
// full-text index and the locking of concurrent writers. Everything else
// (the schema's meaning, idempotent ingest, merging, queries, export) is
// this package's own, written once in SQL both engines run, so the two
// cannot drift apart; the store's test suite runs on each.
//
// Two engines implement it: embedded SQLite (the default: a file, no
// server) and PostgreSQL (package pgstore: a server shared by several
// processes and machines).
type Engine interface {
	// Name is "sqlite" or "postgres".
	Name() string
	// indexText adds an article's text to the full-text index.
	indexText(tx *sql.Tx, id int64, headline, body string) error
	// unindexText takes an article's text out of the index.
	unindexText(tx *sql.Tx, id int64) error
	// articleText is the headline and body an article was indexed with.
	articleText(tx *sql.Tx, id int64) (headline, body string, err error)
	// searchText turns what people type (see SearchQuery) into the
	// engine's full-text query, the parameter of matchArticles and
	// searchArticles; no character of the input becomes query syntax.
	searchText(q string) (string, error)
	// matchArticles selects the ids of articles matching the full-text
	// query given as its one parameter.
	matchArticles() string
	// searchArticles selects cols (of articles a) and a snippet of each
	// article matching its first parameter, best first; where holds more
	// conditions on a (" AND ..."), whose parameters follow.
	searchArticles(cols, where string) string
	// lockMerges serialises, until the transaction ends, the merging of
	// mentions under these keys (sorted) with other writers'.
	lockMerges(tx *sql.Tx, keys []string) error
}

type sqliteEngine struct{}

func (sqliteEngine) Name() string { return "sqlite" }

func (sqliteEngine) indexText(tx *sql.Tx, id int64, headline, body string) error {
	_, err := tx.Exec("INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)", id, headline, body)
	return err
}

func (sqliteEngine) unindexText(tx *sql.Tx, id int64) error {
	_, err := tx.Exec("DELETE FROM articles_fts WHERE rowid = ?", id)
	return err
}

func (sqliteEngine) articleText(tx *sql.Tx, id int64) (headline, body string, err error) {
	err = tx.QueryRow("SELECT headline, body FROM articles_fts WHERE rowid = ?", id).Scan(&headline, &body)
	return headline, body, err
}

func (sqliteEngine) searchText(q string) (string, error) { return SearchQuery(q) }

func (sqliteEngine) matchArticles() string {
	return "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
}

func (sqliteEngine) searchArticles(cols, where string) string {
	return "SELECT " + cols + `, snippet(articles_fts, 1, '[', ']', '…', 12)
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?` + where + ` ORDER BY rank, a.id`
}

// SQLite has one writer at a time: a write transaction excludes others.
func (sqliteEngine) lockMerges(*sql.Tx, []string) error { return nil }

type postgresEngine struct{}

func (postgresEngine) Name() string { return "postgres" }

func (postgresEngine) indexText(tx *sql.Tx, id int64, headline, body string) error {
	return pgstore.IndexText(tx, id, headline, body)
}

func (postgresEngine) unindexText(tx *sql.Tx, id int64) error {
	_, err := tx.Exec("DELETE FROM articles_fts WHERE id = ?", id)
	return err
}

func (postgresEngine) articleText(tx *sql.Tx, id int64) (headline, body string, err error) {
	var h, b sql.NullString
	err = tx.QueryRow("SELECT headline, body FROM articles_fts WHERE id = ?", id).Scan(&h, &b)
	return h.String, b.String, err
}

func (postgresEngine) searchText(q string) (string, error) {
	e, err := parseSearch(q)
	if err != nil {
		return "", err
	}
	return e.tsquery(), nil
}

func (postgresEngine) matchArticles() string { return pgstore.MatchArticles }
func (postgresEngine) searchArticles(cols, where string) string {
	return pgstore.SearchArticles(cols, where)
}

func (postgresEngine) lockMerges(tx *sql.Tx, keys []string) error { return pgstore.LockKeys(tx, keys) }

// Engine returns the store's engine.
func (db *DB) Engine() Engine {
	if db.engine == nil {
		return sqliteEngine{}
	}
	return db.engine
}

// PostgresPrefix marks a store target as a PostgreSQL DSN rather than a
// file: "postgres:" followed by a DSN (a postgres:// URL or key=value
// pairs). A postgres:// or postgresql:// URL alone is recognised too.
const PostgresPrefix = "postgres:"

// postgresDSN returns the DSN of a target that names PostgreSQL.
func postgresDSN(target string) (string, bool) {
	if strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://") {
		return target, true
	}
	if dsn, ok := strings.CutPrefix(target, PostgresPrefix); ok {
		return dsn, true
	}
	return "", false
}

// OpenPostgres opens (creating or upgrading the schema when needed) a
// store in a PostgreSQL database. The tables live in the DSN's first
// search_path schema (postgres://...?search_path=NAME), which must
// exist.
func OpenPostgres(dsn string) (*DB, error) {
	return openPostgres(dsn, func(db *sql.DB) error {
		return pgstore.Migrate(db, map[int]func(*sql.Tx) error{2: fillIntervals})
	})
}

// OpenPostgresReadOnly opens an existing PostgreSQL store for queries.
func OpenPostgresReadOnly(dsn string) (*DB, error) { return openPostgres(dsn, pgstore.Check) }

// openPostgres connects and readies the schema with prepare.
func openPostgres(dsn string, prepare func(*sql.DB) error) (*DB, error) {
	sdb, err := pgstore.Connect(dsn)
	if err != nil {
		return nil, err
	}
	name := redact(dsn)
	if err := prepare(sdb); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &DB{DB: sdb, path: name, engine: postgresEngine{}}, nil
}

// redact names a DSN in messages without its password.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		return u.String()
	}
	var kept []string
	for _, f := range strings.Fields(dsn) {
		if strings.HasPrefix(f, "password=") {
			f = "password=xxxxx"
		}
		kept = append(kept, f)
	}
	return "postgres: " + strings.Join(kept, " ")
}

// mergeKeys are the merge keys (base code, source key, target key) of the
// document's mergeable mentions, sorted and unique: the keys a writer
// locks before merging them, all at once and in one order.
func (w *Writer) mergeKeys(d *doc.Document) []string {
	var keys []string
	for i := range d.Events {
		if k, ok := w.mergeKeyOf(&d.Events[i]); ok {
			keys = append(keys, k.base+"|"+k.src+"|"+k.tgt)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// lockKeys are the keys a writer locks before adding a document (sorted,
// unique): its merge keys, and the keys under which a copy of it would
// be found (its canonical URL, its signature's bands), so that two
// writers storing copies of one article at once take turns and the second
// finds the first. SQLite, one writer at a time, needs none.
func (w *Writer) lockKeys(d *doc.Document, canon string, sig *signature) []string {
	if w.db.engine == nil {
		return nil
	}
	keys := w.mergeKeys(d)
	if canon != "" {
		keys = append(keys, "url|"+canon)
	}
	if sig != nil {
		for _, k := range sig.bandKeys() {
			keys = append(keys, "band|"+strconv.FormatInt(k, 10))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// AddAll stores documents in one transaction, each with what it was
// analysed from (srcs[i], or none when srcs is nil: see AddSource), and
// reports for each whether it was new. It takes the locks (lockKeys) of all of them first, in one order,
// and adds them in the order of their ids, so that writers in other
// processes storing batches at the same time never wait on each other in
// a cycle. What the writer's current batch holds is committed first.
func (w *Writer) AddAll(docs []*doc.Document, srcs []*Source) ([]bool, error) {
	ps := make([]*Prepared, len(docs))
	for i, d := range docs {
		var src *Source
		if srcs != nil {
			src = srcs[i]
		}
		p, err := w.Prepare(d, src)
		if err != nil {
			return nil, err
		}
		ps[i] = p
	}
	return w.AddPrepared(ps)
}

// AddPrepared is AddAll for documents prepared already (Prepare), so
// that the transaction holds its locks only while it writes.
func (w *Writer) AddPrepared(ps []*Prepared) ([]bool, error) {
	if err := w.Flush(); err != nil {
		return nil, err
	}
	tx, err := w.db.Begin()
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	w.tx = tx
	fail := func(err error) ([]bool, error) {
		tx.Rollback()
		w.tx, w.n = nil, 0
		return nil, err
	}
	order := make([]int, len(ps))
	var keys []string
	for i, p := range ps {
		order[i] = i
		keys = append(keys, p.keys...)
	}
	slices.Sort(keys)
	if err := w.db.Engine().lockMerges(tx, slices.Compact(keys)); err != nil {
		return fail(err)
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(ps[a].doc.ID, ps[b].doc.ID) })
	added := make([]bool, len(ps))
	for _, i := range order {
		ok, err := w.addPrepared(ps[i], false)
		if err != nil {
			return fail(err)
		}
		added[i] = ok
	}
	w.tx, w.n = nil, 0
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return added, nil
}
