// Package store keeps analysed articles in an embedded SQLite database
// (pure Go, WAL mode, full-text search over article text): the articles
// and their analysis documents, every event mention with its evidence, the
// events those mentions merge into across reports, and the sources each
// article quotes. Writes go in transactions, so a crash leaves no partial
// article; articles are keyed by the hash of their bytes, so ingesting
// the same input twice adds nothing.
package store

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dragoman/dragoman/calendar"
	_ "modernc.org/sqlite"
)

// ApplicationID marks a dragoman database in the SQLite header ("DRAG").
const ApplicationID = 0x44524147

// DB is an open store.
type DB struct {
	*sql.DB
	path   string
	engine Engine // nil: SQLite
}

// migrations are applied in order; user_version counts those applied.
var migrations = []string{
	// 1: articles, full text, mentions, events, sources
	`CREATE TABLE articles (
		id INTEGER PRIMARY KEY,
		hash TEXT NOT NULL UNIQUE,
		path TEXT, url TEXT, outlet TEXT, headline TEXT,
		published TEXT, published_source TEXT,
		words INTEGER NOT NULL DEFAULT 0,
		ingested_at TEXT NOT NULL,
		doc BLOB NOT NULL
	);
	CREATE INDEX articles_outlet ON articles(outlet);
	CREATE INDEX articles_published ON articles(published);
	CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body);
	CREATE TABLE events (
		id INTEGER PRIMARY KEY,
		code TEXT NOT NULL, base TEXT NOT NULL, root TEXT NOT NULL,
		label TEXT, quad INTEGER, goldstein REAL, plover TEXT,
		src_actor TEXT, src_name TEXT, src_key TEXT NOT NULL,
		tgt_actor TEXT, tgt_name TEXT, tgt_key TEXT NOT NULL,
		date TEXT, place TEXT, country TEXT, lat REAL, lon REAL,
		mentions INTEGER NOT NULL DEFAULT 0,
		articles INTEGER NOT NULL DEFAULT 0,
		outlets INTEGER NOT NULL DEFAULT 0,
		first_article INTEGER REFERENCES articles(id),
		date_added TEXT NOT NULL
	);
	CREATE INDEX events_src ON events(src_actor, root, date);
	CREATE INDEX events_tgt ON events(tgt_actor, root, date);
	CREATE INDEX events_date ON events(date);
	CREATE INDEX events_merge ON events(base, src_key, tgt_key);
	CREATE INDEX events_country ON events(country);
	CREATE TABLE mentions (
		id INTEGER PRIMARY KEY,
		event_id INTEGER REFERENCES events(id),
		article_id INTEGER NOT NULL REFERENCES articles(id),
		code TEXT NOT NULL, root TEXT NOT NULL,
		src_actor TEXT, src_name TEXT, tgt_actor TEXT, tgt_name TEXT,
		date TEXT, date_text TEXT, place TEXT, country TEXT, lat REAL, lon REAL,
		sentence_start INTEGER, sentence_end INTEGER,
		trigger_start INTEGER, trigger_end INTEGER, trigger TEXT, sentence TEXT,
		attribution TEXT, attribution_kind TEXT,
		negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL, confidence REAL
	);
	CREATE INDEX mentions_event ON mentions(event_id);
	CREATE INDEX mentions_article ON mentions(article_id);
	CREATE TABLE sources (
		article_id INTEGER NOT NULL REFERENCES articles(id),
		name TEXT, kind TEXT, role TEXT, affiliation TEXT, quotes INTEGER
	);
	CREATE INDEX sources_article ON sources(article_id);
	CREATE INDEX sources_kind ON sources(kind);`,
	// 2: country parts of actor codes, indexed with root and date, so that
	// a query by actor, root and date range is an index range scan
	`ALTER TABLE events ADD COLUMN src_cc TEXT;
	ALTER TABLE events ADD COLUMN tgt_cc TEXT;
	UPDATE events SET src_cc = substr(src_actor, 1, 3), tgt_cc = substr(tgt_actor, 1, 3);
	DROP INDEX events_src;
	DROP INDEX events_tgt;
	CREATE INDEX events_src_cc ON events(src_cc, root, date);
	CREATE INDEX events_tgt_cc ON events(tgt_cc, root, date);
	CREATE INDEX events_src_key ON events(src_key, root, date);
	CREATE INDEX events_tgt_key ON events(tgt_key, root, date);`,
	// 3: which articles and outlets reported each event, so that counts
	// grow by one lookup per mention rather than a recount
	`CREATE TABLE event_articles (event_id INTEGER NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (event_id, article_id)) WITHOUT ROWID;
	CREATE TABLE event_outlets (event_id INTEGER NOT NULL, outlet TEXT NOT NULL, PRIMARY KEY (event_id, outlet)) WITHOUT ROWID;
	INSERT OR IGNORE INTO event_articles SELECT event_id, article_id FROM mentions WHERE event_id IS NOT NULL;
	INSERT OR IGNORE INTO event_outlets SELECT m.event_id, coalesce(a.outlet, 'article:' || a.id) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IS NOT NULL;`,
	// 4: dates as calendar intervals (filled from date by fillIntervals);
	// what each article was analysed from and by; near-duplicates; tone
	`ALTER TABLE events ADD COLUMN date_start TEXT;
	ALTER TABLE events ADD COLUMN date_end TEXT;
	DROP INDEX events_src_cc;
	DROP INDEX events_tgt_cc;
	DROP INDEX events_src_key;
	DROP INDEX events_tgt_key;
	DROP INDEX events_date;
	CREATE INDEX events_src_cc_start ON events(src_cc, root, date_start);
	CREATE INDEX events_tgt_cc_start ON events(tgt_cc, root, date_start);
	CREATE INDEX events_src_key_start ON events(src_key, root, date_start);
	CREATE INDEX events_tgt_key_start ON events(tgt_key, root, date_start);
	CREATE INDEX events_start ON events(date_start);
	CREATE INDEX events_first_article ON events(first_article);
	ALTER TABLE events ADD COLUMN place_feature TEXT;
	ALTER TABLE events ADD COLUMN place_adm1 TEXT;
	ALTER TABLE events ADD COLUMN place_gid TEXT;
	ALTER TABLE events ADD COLUMN src_geo TEXT;
	ALTER TABLE events ADD COLUMN tgt_geo TEXT;
	ALTER TABLE mentions ADD COLUMN tone REAL;
	ALTER TABLE articles ADD COLUMN analyzer TEXT;
	ALTER TABLE articles ADD COLUMN input BLOB;
	ALTER TABLE articles ADD COLUMN input_meta TEXT;
	ALTER TABLE articles ADD COLUMN canonical_url TEXT;
	ALTER TABLE articles ADD COLUMN signature BLOB;
	ALTER TABLE articles ADD COLUMN tone REAL;
	CREATE INDEX articles_canonical ON articles(canonical_url);
	CREATE TABLE copies (
		article_id INTEGER NOT NULL, -- the article kept (an id kept through replacement)
		hash TEXT NOT NULL UNIQUE,
		path TEXT, url TEXT, reason TEXT NOT NULL, similarity REAL,
		ingested_at TEXT NOT NULL
	);
	CREATE INDEX copies_article ON copies(article_id);
	CREATE TABLE signature_bands (key INTEGER NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
	CREATE INDEX signature_bands_article ON signature_bands(article_id);
	CREATE TABLE pending (article_id INTEGER PRIMARY KEY);`,
	// 5: the posture board (posts, their status changes, risk windows),
	// watches and the outbox of their alerts (see posture.go)
	postureSchema,
	// 6: the rank of the mention an event shows (see shownRank)
	shownSchema,
}

// shownSchema adds the rank of the mention an event shows (its
// confidence, its article's publication date and key, its offset), so
// that a mention that merges in later can be compared with it. An event
// stored before takes the rank of its first article's first mention of
// it, the mention it shows unless that article was since removed.
const shownSchema = `ALTER TABLE events ADD COLUMN shown_confidence REAL;
	ALTER TABLE events ADD COLUMN shown_published TEXT;
	ALTER TABLE events ADD COLUMN shown_article TEXT;
	ALTER TABLE events ADD COLUMN shown_offset INTEGER;
	UPDATE events SET
		shown_confidence = (SELECT m.confidence FROM mentions m WHERE m.event_id = events.id AND m.article_id = events.first_article ORDER BY m.id LIMIT 1),
		shown_offset = (SELECT m.trigger_start FROM mentions m WHERE m.event_id = events.id AND m.article_id = events.first_article ORDER BY m.id LIMIT 1),
		shown_published = (SELECT a.published FROM articles a WHERE a.id = events.first_article),
		shown_article = (SELECT a.hash FROM articles a WHERE a.id = events.first_article)`

// afterMigration are Go steps run in the transaction of the migration
// with the same index, for what SQL alone cannot compute.
var afterMigration = map[int]func(*sql.Tx) error{4: fillIntervals}

// fillIntervals sets every event's date_start and date_end from its
// TIMEX3 date (left empty when the date names no calendar interval).
func fillIntervals(tx *sql.Tx) error {
	rows, err := tx.Query("SELECT id, date FROM events WHERE date IS NOT NULL")
	if err != nil {
		return err
	}
	type row struct {
		id   int64
		date string
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.date); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	rows.Close()
	for _, r := range all {
		s, e := intervalCols(r.date)
		if _, err := tx.Exec("UPDATE events SET date_start = ?, date_end = ? WHERE id = ?", s, e, r.id); err != nil {
			return err
		}
	}
	return nil
}

// intervalCols are the date_start and date_end of a TIMEX3 value (nil
// when it names no calendar interval).
func intervalCols(value string) (start, end any) {
	s, e, ok := calendar.Interval(value)
	if !ok {
		return nil, nil
	}
	return s.Format(stamp), e.Format(stamp)
}

// Open opens (creating it when missing) the database at path (a
// PostgreSQL store when path is a DSN marked as PostgresPrefix says). A file that
// is not SQLite, or is another program's SQLite database, is refused and
// left untouched.
func Open(path string) (*DB, error) {
	if dsn, ok := postgresDSN(path); ok {
		return OpenPostgres(dsn)
	}
	if err := checkFile(path); err != nil {
		return nil, err
	}
	// Transactions take the write lock when they begin: a writer reads
	// (is this article stored? a copy of which?) before it writes, and a
	// read transaction that then wants to write would fail at once,
	// instead of waiting, while another process writes.
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_txlock=immediate"
	sdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	db := &DB{DB: sdb, path: path}
	if err := db.migrate(); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return db, nil
}

// OpenReadOnly opens an existing database for queries.
func OpenReadOnly(path string) (*DB, error) {
	if dsn, ok := postgresDSN(path); ok {
		return OpenPostgresReadOnly(dsn)
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%s: no database (run 'dragoman ingest' first): %w", path, err)
	}
	if err := checkFile(path); err != nil {
		return nil, err
	}
	sdb, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)&_pragma=mmap_size(1073741824)")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var v int
	if err := sdb.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if v < len(migrations) {
		sdb.Close()
		return nil, fmt.Errorf("%s: database schema version %d is older than this dragoman's (%d); run 'dragoman ingest' to upgrade it", path, v, len(migrations))
	}
	return &DB{DB: sdb, path: path}, nil
}

// checkFile refuses files that are not empty, not SQLite, or SQLite with
// another application's id, reading only their header.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if n == 0 {
		return nil // an empty file becomes a new database
	}
	if err != nil || !bytes.HasPrefix(head, []byte("SQLite format 3\x00")) {
		return fmt.Errorf("%s: not a dragoman database (not SQLite); refusing to touch it", path)
	}
	appID := binary.BigEndian.Uint32(head[68:72])
	userVersion := binary.BigEndian.Uint32(head[60:64])
	if appID != ApplicationID && (appID != 0 || userVersion != 0) {
		return fmt.Errorf("%s: a SQLite database of another program (application id %#x); refusing to touch it", path, appID)
	}
	if appID == 0 {
		// A plain SQLite file: only an empty one may become ours.
		pages := binary.BigEndian.Uint32(head[28:32])
		if pages > 1 {
			return fmt.Errorf("%s: a SQLite database of another program; refusing to touch it", path)
		}
	}
	return nil
}

func (db *DB) migrate() error {
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this dragoman's (%d)", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if step := afterMigration[i+1]; step != nil {
			if err := step(tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
	}
	return nil
}

// Path is the database file.
func (db *DB) Path() string { return db.path }

// Stats counts what the store holds.
type Stats struct {
	Articles, Events, Mentions, Sources int
}

// Stats counts rows.
func (db *DB) Stats() (Stats, error) {
	var s Stats
	for _, q := range []struct {
		sql string
		dst *int
	}{{"SELECT count(*) FROM articles", &s.Articles}, {"SELECT count(*) FROM events", &s.Events},
		{"SELECT count(*) FROM mentions", &s.Mentions}, {"SELECT count(*) FROM sources", &s.Sources}} {
		if err := db.QueryRow(q.sql).Scan(q.dst); err != nil {
			return s, err
		}
	}
	return s, nil
}

func nullStr(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func emptyNil(s string) any {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return s
}
