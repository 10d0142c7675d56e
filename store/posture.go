package store

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/doc"
)

// The posture board in the store: posts (one row per SENDER@HOST key,
// across articles), each article's status changes of them and its risk
// windows. Watches and their alerts are in watch.go. The queries are plain
// SQL that both engines run.
const postureSchema = `CREATE TABLE posture_posts (
		key TEXT PRIMARY KEY, sender TEXT NOT NULL, type TEXT, host TEXT, host_country TEXT,
		lat REAL, lon REAL
	);
	CREATE INDEX posture_posts_sender ON posture_posts(sender);
	CREATE INDEX posture_posts_country ON posture_posts(host_country);
	CREATE TABLE posture_changes (
		id INTEGER PRIMARY KEY,
		article_id INTEGER NOT NULL REFERENCES articles(id),
		post_key TEXT NOT NULL, status TEXT NOT NULL, kind TEXT, polarity TEXT NOT NULL,
		date TEXT, date_start TEXT, date_end TEXT, until TEXT, qualifiers TEXT, relocated_to TEXT,
		sources TEXT, evidence TEXT
	);
	CREATE INDEX posture_changes_post ON posture_changes(post_key, date_start);
	CREATE INDEX posture_changes_article ON posture_changes(article_id);
	CREATE TABLE posture_windows (
		id INTEGER PRIMARY KEY,
		article_id INTEGER NOT NULL REFERENCES articles(id),
		date TEXT NOT NULL, date_start TEXT, date_end TEXT, subject TEXT, actors TEXT, place TEXT, posts TEXT
	);
	CREATE INDEX posture_windows_start ON posture_windows(date_start);
	CREATE INDEX posture_windows_article ON posture_windows(article_id);
	CREATE TABLE watches (
		id INTEGER PRIMARY KEY,
		name TEXT NOT NULL UNIQUE, spec TEXT NOT NULL, target TEXT NOT NULL, created_at TEXT NOT NULL
	);
	CREATE TABLE alerts (
		id INTEGER PRIMARY KEY,
		watch_id INTEGER NOT NULL, watch TEXT NOT NULL, target TEXT NOT NULL,
		key TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL,
		attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, delivered_at TEXT, dead_at TEXT,
		UNIQUE (watch_id, key)
	);
	CREATE INDEX alerts_pending ON alerts(delivered_at, dead_at);`

// addPosture stores the document's posture layer and queues the alerts of
// the watches it matches, in the article's transaction.
func (w *Writer) addPosture(aid int64, d *doc.Document, now string) error {
	tx := w.tx
	if d.Posture != nil {
		for _, p := range d.Posture.Posts {
			if _, err := tx.Exec(`INSERT INTO posture_posts (key, sender, type, host, host_country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (key) DO NOTHING`, p.Key, p.Sender, p.Type, emptyNil(p.Host), p.HostCountry, p.Lat, p.Lon); err != nil {
				return fmt.Errorf("insert post: %w", err)
			}
		}
		for _, c := range d.Posture.Changes {
			var start, end any
			if c.Date != nil {
				start, end = intervalCols(*c.Date)
			}
			srcs, _ := json.Marshal(c.Sources)
			var ev []string
			for _, sp := range c.Evidence {
				if sp.Start >= 0 && sp.End <= len(d.Text) && sp.Start <= sp.End {
					ev = append(ev, d.Text[sp.Start:sp.End])
				}
			}
			if _, err := tx.Exec(`INSERT INTO posture_changes (article_id, post_key, status, kind, polarity, date, date_start, date_end, until, qualifiers, relocated_to, sources, evidence)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, aid, c.Post, c.Status, c.Kind, c.Polarity, nullStr(c.Date), start, end,
				nullStr(c.Until), emptyNil(strings.Join(c.Qualifiers, ",")), emptyNil(c.To), string(srcs), emptyNil(strings.Join(ev, "\n"))); err != nil {
				return fmt.Errorf("insert posture change: %w", err)
			}
		}
		for _, win := range d.Posture.Windows {
			start, end := intervalCols(win.Date)
			if _, err := tx.Exec(`INSERT INTO posture_windows (article_id, date, date_start, date_end, subject, actors, place, posts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				aid, win.Date, start, end, win.Subject, strings.Join(win.Actors, ","), emptyNil(win.Place), strings.Join(win.Posts, ",")); err != nil {
				return fmt.Errorf("insert window: %w", err)
			}
		}
	}
	return w.queueAlerts(aid, d, now)
}

// PostureFilter selects posts.
type PostureFilter struct {
	Post    string // a post key, or a part of its host's name ("Baghdad")
	Country string // ISO alpha-2 of the host country
	Sender  string // the sender's CAMEO country code
}

// PostureChange is one stored status change.
type PostureChange struct {
	Status, Kind, Polarity string
	Date, Until            string
	Qualifiers             string
	To                     string
	Sources                []doc.PostureSource
	Evidence               string
	ArticleID              int64
	URL, Headline          string
}

// Post is a post with its dated history, oldest first.
type Post struct {
	Key, Sender, Type, Host, HostCountry string
	Lat, Lon                             float64
	// Current is the latest asserted status (threats and incidents
	// aside), "" when none is known.
	Current string
	History []PostureChange
}

// Posture returns the posts that match f, each with its history.
func (db *DB) Posture(f PostureFilter) ([]Post, error) {
	q := "SELECT key, sender, coalesce(type, ''), coalesce(host, ''), coalesce(host_country, ''), coalesce(lat, 0), coalesce(lon, 0) FROM posture_posts WHERE 1 = 1"
	var args []any
	if f.Post != "" {
		q += " AND (key = ? OR lower(coalesce(host, '')) = lower(?) OR lower(key) LIKE lower(?))"
		args = append(args, f.Post, f.Post, "%"+f.Post+"%")
	}
	if f.Country != "" {
		q += " AND host_country = ?"
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Sender != "" {
		q += " AND sender = ?"
		args = append(args, strings.ToUpper(f.Sender))
	}
	rows, err := db.Query(q+" ORDER BY key", args...)
	if err != nil {
		return nil, err
	}
	var out []Post
	for rows.Next() {
		var p Post
		if err := rows.Scan(&p.Key, &p.Sender, &p.Type, &p.Host, &p.HostCountry, &p.Lat, &p.Lon); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	kept := out[:0]
	for _, p := range out {
		if err := db.history(&p); err != nil {
			return nil, err
		}
		if len(p.History) > 0 {
			kept = append(kept, p)
		}
	}
	return kept, nil
}

func (db *DB) history(p *Post) error {
	rows, err := db.Query(`SELECT c.status, coalesce(c.kind, ''), c.polarity, coalesce(c.date, ''), coalesce(c.until, ''), coalesce(c.qualifiers, ''),
		coalesce(c.relocated_to, ''), coalesce(c.sources, '[]'), coalesce(c.evidence, ''), c.article_id, coalesce(a.url, coalesce(a.path, '')), coalesce(a.headline, '')
		FROM posture_changes c JOIN articles a ON a.id = c.article_id WHERE c.post_key = ?
		ORDER BY CASE WHEN c.date_start IS NULL THEN 1 ELSE 0 END, c.date_start, c.id`, p.Key)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c PostureChange
		var srcs string
		if err := rows.Scan(&c.Status, &c.Kind, &c.Polarity, &c.Date, &c.Until, &c.Qualifiers, &c.To, &srcs, &c.Evidence, &c.ArticleID, &c.URL, &c.Headline); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(srcs), &c.Sources); err != nil {
			return fmt.Errorf("post %s: sources: %w", p.Key, err)
		}
		p.History = append(p.History, c)
		if c.Polarity == doc.Asserted && c.Kind == "status" && c.Date != "" {
			p.Current = c.Status
		}
	}
	return rows.Err()
}

// StoredWindow is a stored risk window.
type StoredWindow struct {
	Date, Subject, Place string
	Actors, Posts        []string
	ArticleID            int64
}

// Windows returns the risk windows whose date lies in [from, to] (YYYY,
// YYYY-MM or YYYY-MM-DD; "" leaves a side open), by date, one per date
// and subject.
func (db *DB) Windows(from, to string) ([]StoredWindow, error) {
	q := "SELECT date, coalesce(subject, ''), coalesce(place, ''), coalesce(actors, ''), coalesce(posts, ''), article_id FROM posture_windows WHERE 1 = 1"
	var args []any
	if from != "" {
		s, _, err := DateBound("--from", from)
		if err != nil {
			return nil, err
		}
		q += " AND date_end >= ?"
		args = append(args, s.Format(stamp))
	}
	if to != "" {
		_, e, err := DateBound("--to", to)
		if err != nil {
			return nil, err
		}
		q += " AND date_start <= ?"
		args = append(args, e.Format(stamp))
	}
	rows, err := db.Query(q+" ORDER BY date_start, id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []StoredWindow
	seen := map[string]bool{}
	for rows.Next() {
		var w StoredWindow
		var actors, posts string
		if err := rows.Scan(&w.Date, &w.Subject, &w.Place, &actors, &posts, &w.ArticleID); err != nil {
			return nil, err
		}
		k := w.Date + "\x00" + strings.ToLower(strings.ReplaceAll(w.Subject, "’", "'"))
		if seen[k] {
			continue
		}
		seen[k] = true
		w.Actors, w.Posts = splitList(actors), splitList(posts)
		out = append(out, w)
	}
	return out, rows.Err()
}

func splitList(s string) []string {
	if s == "" {
		return []string{}
	}
	return strings.Split(s, ",")
}
