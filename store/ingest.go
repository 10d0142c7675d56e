package store

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
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
// hypothetical mentions are stored but never merged. An event's place is
// that of the mention it shows (see shownRank).
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

// gzipWriters are reused gzip writers at gzip.BestSpeed: a new one
// allocates and clears about a megabyte of compressor state, which cost
// more than compressing an article's analysis or input.
var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // the level is valid
	return zw
}}

// gzipTo compresses what write writes, at gzip.BestSpeed.
func gzipTo(write func(io.Writer) error) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(&buf)
	if err := write(zw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func compressDoc(d *doc.Document) ([]byte, error) {
	return gzipTo(func(w io.Writer) error { return json.NewEncoder(w).Encode(d) })
}

// Prepared is a document with what storing it computes from it alone
// (its signature, compressed analysis and input, lock keys), made ahead
// of the transaction that stores it (see Writer.Prepare).
type Prepared struct {
	doc    *doc.Document
	src    *Source
	body   string
	words  int
	canon  string
	sig    *signature
	blob   []byte
	inBlob []byte
	keys   []string
}

// Prepare does the work of storing d (with src, which may be nil) that
// needs no database: it is safe to call from several goroutines at once,
// so that a store shared by several writers is locked only for the
// statements themselves (AddPrepared).
func (w *Writer) Prepare(d *doc.Document, src *Source) (*Prepared, error) {
	p := &Prepared{doc: d, src: src, body: d.BodyText()}
	p.words = len(strings.Fields(p.body))
	if d.Input.URL != nil {
		p.canon = CanonicalURL(*d.Input.URL)
	}
	if sig, ok := sign(p.body); ok {
		p.sig = &sig
	}
	var err error
	if p.blob, err = compressDoc(d); err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	if src != nil {
		if p.inBlob, err = gzipBytes(src.Data); err != nil {
			return nil, err
		}
	}
	p.keys = w.lockKeys(d, p.canon, p.sig)
	return p, nil
}

func (w *Writer) add(d *doc.Document, src *Source) (bool, error) {
	p, err := w.Prepare(d, src)
	if err != nil {
		return false, err
	}
	return w.addPrepared(p, true)
}

// addPrepared stores a prepared document in the writer's transaction,
// taking its locks first unless the caller holds them already.
func (w *Writer) addPrepared(p *Prepared, lock bool) (bool, error) {
	tx, d, src := w.tx, p.doc, p.src
	now := time.Now().UTC().Format("20060102150405")
	body, words, canon, sigp := p.body, p.words, p.canon, p.sig
	// Other writers (PostgreSQL) wait here while this one looks for the
	// article, its copies and the events its mentions merge with.
	if lock {
		if err := w.db.Engine().lockMerges(tx, p.keys); err != nil {
			return false, err
		}
	}
	var keepID any // the id to reuse when replacing
	var stored int64
	if w.forceID != 0 {
		keepID = w.forceID
	}
	// One statement reads the article with these bytes and, unless the
	// id is given, the stored articles it may be a copy of.
	var f found
	var err error
	if keepID == nil {
		f, err = findStored(tx, d.ID, canon, sigp)
	} else {
		f, err = findStored(tx, d.ID, "", nil)
	}
	if err != nil {
		return false, err
	}
	stored = f.hash
	if stored != 0 {
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
	} else if keepID == nil {
		other, reason, sim, err := f.nearCopy(w.db.Engine(), tx, body, sigp)
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
	blob := p.blob
	var inBlob, inMeta any
	if src != nil {
		inBlob, inMeta = p.inBlob, string(src.Meta)
	}
	var sigBlob any
	if sigp != nil {
		sigBlob = sigp.bytes()
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
	insert := `INSERT INTO articles (` + cols + `hash, path, url, outlet, headline, published, published_source, words, ingested_at, doc,
		analyzer, input, input_meta, canonical_url, signature, tone)
		VALUES (` + vals + `?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING RETURNING id`
	var aid int64
	if w.db.engine != nil {
		aid, err = insertArticlePG(tx, insert, args, d, body, sigp, !w.keepIndex)
	} else {
		err = tx.QueryRow(insert, args...).Scan(&aid)
	}
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
	if w.db.engine == nil {
		if err := w.indexArticle(aid, d, body, sigp); err != nil {
			return false, err
		}
	}
	if err := w.addMentions(aid, d, now, docTone); err != nil {
		return false, err
	}
	if err := w.addPosture(aid, d, now); err != nil {
		return false, err
	}
	return true, nil
}

// indexArticle adds a new article's signature bands and text index
// (unless the writer keeps them) and its sources, as insertArticlePG does
// on PostgreSQL with the article's insert.
func (w *Writer) indexArticle(aid int64, d *doc.Document, body string, sigp *signature) error {
	tx := w.tx
	if !w.keepIndex {
		if sigp != nil {
			if err := addBands(tx, aid, sigp); err != nil {
				return err
			}
		}
		if err := w.db.Engine().indexText(tx, aid, headline(d), body); err != nil {
			return fmt.Errorf("index text: %w", err)
		}
	}
	for start := 0; start < len(d.Sources); start += mentionRows {
		chunk := d.Sources[start:min(len(d.Sources), start+mentionRows)]
		args := make([]any, 0, 6*len(chunk))
		for _, s := range chunk {
			args = append(args, aid, s.Name, s.Kind, nullStr(s.Role), nullStr(s.Affiliation), s.Quotes)
		}
		if _, err := tx.Exec("INSERT INTO sources (article_id, name, kind, role, affiliation, quotes) VALUES "+
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?), ", len(chunk)), ", "), args...); err != nil {
			return fmt.Errorf("insert source: %w", err)
		}
	}
	return nil
}

func headline(d *doc.Document) string {
	if d.Headline != nil {
		return *d.Headline
	}
	return ""
}

func gzipBytes(b []byte) ([]byte, error) {
	return gzipTo(func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
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
