package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/dragoman/dragoman/calendar"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
)

// Watches: what an analyst follows. Each ingest evaluates every watch on
// the articles it stores and queues an alert for each new match in the
// alerts table (the outbox), in the article's transaction: an alert exists
// exactly when its article is stored, and its (watch, key) is unique, so a
// match already alerted (the same window named by a later report) is not
// queued again. Delivery reads the outbox and marks each alert delivered
// (or dead after its last try); see internal/cli's watch delivery.

// WatchSpec is what a watch matches.
type WatchSpec struct {
	// Kind is events, posture or window.
	Kind string `json:"kind"`
	// Events is the event filter's flags (as `dragoman events` takes them)
	// for Kind events.
	Events map[string]string `json:"events,omitempty"`
	// Posts are post keys, host names, sender codes or host country codes
	// for Kind posture; empty: every post.
	Posts []string `json:"posts,omitempty"`
	// Days: a window dated within Days days after the report's publication
	// date (Kind window).
	Days int `json:"days,omitempty"`
}

// Watch is a stored watch.
type Watch struct {
	ID     int64
	Name   string
	Spec   WatchSpec
	Target string // "-" (standard output), a file path, or an http(s) URL
	filter *Filter
}

// Validate checks a spec.
func (s WatchSpec) Validate() error {
	switch s.Kind {
	case "events":
		_, err := ParseFilter(func(n string) string { return s.Events[n] })
		return err
	case "posture":
		return nil
	case "window":
		if s.Days <= 0 {
			return usagef("a window watch needs --days N (N > 0)")
		}
		return nil
	}
	return usagef("watch kind %q: want events, posture or window", s.Kind)
}

// AddWatch stores a new watch.
func (db *DB) AddWatch(name string, spec WatchSpec, target string) error {
	if strings.TrimSpace(name) == "" {
		return usagef("a watch needs a NAME")
	}
	if err := spec.Validate(); err != nil {
		return err
	}
	b, _ := json.Marshal(spec)
	if _, err := db.Exec("INSERT INTO watches (name, spec, target, created_at) VALUES (?, ?, ?, ?)", name, string(b), target, time.Now().UTC().Format(stamp)); err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "unique") || strings.Contains(err.Error(), "duplicate") {
			return usagef("a watch named %q exists already", name)
		}
		return err
	}
	return nil
}

// RemoveWatch deletes a watch and its undelivered alerts.
func (db *DB) RemoveWatch(name string) error {
	var id int64
	if err := db.QueryRow("SELECT id FROM watches WHERE name = ?", name).Scan(&id); err != nil {
		return usagef("no watch named %q", name)
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec("DELETE FROM alerts WHERE watch_id = ? AND delivered_at IS NULL", id); err != nil {
		return err
	}
	if _, err := tx.Exec("DELETE FROM watches WHERE id = ?", id); err != nil {
		return err
	}
	return tx.Commit()
}

// Watches lists the watches.
func (db *DB) Watches() ([]Watch, error) {
	return loadWatches(func(q string, a ...any) (rowsIter, error) { return db.Query(q, a...) })
}

func loadWatches(query func(string, ...any) (rowsIter, error)) ([]Watch, error) {
	rows, err := query("SELECT id, name, spec, target FROM watches ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Watch
	for rows.Next() {
		var w Watch
		var spec string
		if err := rows.Scan(&w.ID, &w.Name, &spec, &w.Target); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(spec), &w.Spec); err != nil {
			return nil, fmt.Errorf("watch %s: %w", w.Name, err)
		}
		if w.Spec.Kind == "events" {
			f, err := ParseFilter(func(n string) string { return w.Spec.Events[n] })
			if err != nil {
				return nil, fmt.Errorf("watch %s: %w", w.Name, err)
			}
			f.Actor, f.Source, f.Target, f.Code = strings.ToUpper(f.Actor), strings.ToUpper(f.Source), strings.ToUpper(f.Target), strings.ToUpper(f.Code)
			w.filter = &f
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// rowsIter is what a watch query needs of *sql.Rows.
type rowsIter interface {
	Next() bool
	Scan(...any) error
	Close() error
	Err() error
}

// Alert is a queued alert.
type Alert struct {
	ID       int64
	Watch    string
	Target   string
	Key      string
	Payload  json.RawMessage
	Attempts int
}

// queueAlerts evaluates the watches on a stored document.
func (w *Writer) queueAlerts(aid int64, d *doc.Document, now string) error {
	if w.watches == nil {
		ws, err := loadWatches(func(q string, a ...any) (rowsIter, error) { return w.tx.Query(q, a...) })
		if err != nil {
			return fmt.Errorf("load watches: %w", err)
		}
		w.watches = &ws
	}
	if len(*w.watches) == 0 {
		return nil
	}
	ref := ""
	if d.Published.Value != nil {
		ref = *d.Published.Value
	}
	art := map[string]any{"id": aid, "doc": d.ID, "headline": d.Headline, "url": d.Input.URL, "path": d.Input.Path, "published": ref}
	// The reference day of window watches, and each window's first day,
	// read once for all watches.
	refT := time.Now().UTC().Truncate(24 * time.Hour)
	if ref != "" {
		if t, _, ok := calendar.Interval(ref); ok {
			refT = t
		}
	}
	var winStart []*time.Time
	if d.Posture != nil {
		for _, win := range d.Posture.Windows {
			if t, _, ok := calendar.Interval(win.Date); ok {
				winStart = append(winStart, &t)
			} else {
				winStart = append(winStart, nil)
			}
		}
	}
	for _, wt := range *w.watches {
		var err error
		switch wt.Spec.Kind {
		case "events":
			for i := range d.Events {
				if wt.filter.MatchEvent(&d.Events[i], d) {
					err = w.queue(wt, now, d.ID+":event:"+d.Events[i].ID, map[string]any{"watch": wt.Name, "kind": "event", "article": art, "event": d.Events[i]})
				}
			}
		case "posture":
			if d.Posture == nil {
				continue
			}
			posts := map[string]doc.Post{}
			for _, p := range d.Posture.Posts {
				posts[p.Key] = p
			}
			for i, c := range d.Posture.Changes {
				if watchesPost(wt.Spec.Posts, posts[c.Post]) {
					err = w.queue(wt, now, fmt.Sprintf("%s:change:%d", d.ID, i), map[string]any{"watch": wt.Name, "kind": "posture", "article": art, "post": posts[c.Post], "change": c})
				}
			}
		case "window":
			if d.Posture == nil {
				continue
			}
			for wi, win := range d.Posture.Windows {
				if winStart[wi] != nil && withinDays(*winStart[wi], refT, wt.Spec.Days) {
					k := "window:" + win.Date + ":" + strings.ToLower(strings.ReplaceAll(win.Subject, "’", "'"))
					err = w.queue(wt, now, k, map[string]any{"watch": wt.Name, "kind": "window", "article": art, "window": win})
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (w *Writer) queue(wt Watch, now, key string, payload map[string]any) error {
	if len(key) > 200 {
		h := sha256.Sum256([]byte(key))
		key = key[:100] + ":" + hex.EncodeToString(h[:8])
	}
	// A match this writer queued already (a window named by many reports)
	// needs no second try at the unique key.
	qk := fmt.Sprintf("%d\x00%s", wt.ID, key)
	if w.queued[qk] {
		return nil
	}
	if w.queued == nil {
		w.queued = map[string]bool{}
	}
	w.queued[qk] = true
	payload["key"] = key
	b, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	const q = "INSERT INTO alerts (watch_id, watch, target, key, payload, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (watch_id, key) DO NOTHING"
	if w.db.engine != nil {
		_, err = w.tx.Exec(q, wt.ID, wt.Name, wt.Target, key, string(b), now)
	} else {
		// SQLite: one prepared statement per transaction.
		if w.alertTx != w.tx {
			if w.alertStmt, err = w.tx.Prepare(q); err != nil {
				return fmt.Errorf("queue alert: %w", err)
			}
			w.alertTx = w.tx
		}
		_, err = w.alertStmt.Exec(wt.ID, wt.Name, wt.Target, key, string(b), now)
	}
	if err != nil {
		return fmt.Errorf("queue alert: %w", err)
	}
	return nil
}

func watchesPost(want []string, p doc.Post) bool {
	if p.Key == "" {
		return false
	}
	if len(want) == 0 {
		return true
	}
	for _, v := range want {
		if strings.EqualFold(v, p.Key) || strings.EqualFold(v, p.Host) || strings.EqualFold(v, p.Sender) || strings.EqualFold(v, p.HostCountry) {
			return true
		}
	}
	return false
}

// withinDays: the window starts on the reference day or at most days
// after it.
func withinDays(start, ref time.Time, days int) bool {
	return !start.Before(ref) && start.Sub(ref) <= time.Duration(days)*24*time.Hour
}

// PendingAlerts returns the alerts not yet delivered nor dead, oldest first.
func (db *DB) PendingAlerts(limit int) ([]Alert, error) {
	rows, err := db.Query("SELECT id, watch, target, key, payload, attempts FROM alerts WHERE delivered_at IS NULL AND dead_at IS NULL ORDER BY id LIMIT ?", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Alert
	for rows.Next() {
		var a Alert
		var p string
		if err := rows.Scan(&a.ID, &a.Watch, &a.Target, &a.Key, &p, &a.Attempts); err != nil {
			return nil, err
		}
		a.Payload = json.RawMessage(p)
		out = append(out, a)
	}
	return out, rows.Err()
}

// MarkAlert records a delivery: delivered, or a failed try (dead when
// dead is true).
func (db *DB) MarkAlert(id int64, delivered bool, errMsg string, dead bool) error {
	now := time.Now().UTC().Format(stamp)
	var err error
	switch {
	case delivered:
		_, err = db.Exec("UPDATE alerts SET delivered_at = ?, attempts = attempts + 1 WHERE id = ?", now, id)
	case dead:
		_, err = db.Exec("UPDATE alerts SET dead_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?", now, errMsg, id)
	default:
		_, err = db.Exec("UPDATE alerts SET attempts = attempts + 1, last_error = ? WHERE id = ?", errMsg, id)
	}
	return err
}

// MatchEvent reports whether an event of document d passes the filter,
// read the way the events query reads it (the full-text search as words
// of the article, all required).
func (f *Filter) MatchEvent(e *doc.Event, d *doc.Document) bool {
	code := func(a *doc.Actor) string {
		if a == nil || a.Actor == nil {
			return ""
		}
		return *a.Actor
	}
	src, tgt := code(e.Source), code(e.Target)
	if f.Actor != "" && !codeMatch(f.Actor, src) && !codeMatch(f.Actor, tgt) {
		return false
	}
	if f.Source != "" && !codeMatch(f.Source, src) || f.Target != "" && !codeMatch(f.Target, tgt) {
		return false
	}
	if f.Code != "" && !codeMatch(f.Code, e.Code) || f.Root != "" && f.Root != e.Root || f.Quad != 0 && f.Quad != e.QuadClass {
		return false
	}
	if f.Country != "" && (e.Place == nil || !strings.EqualFold(f.Country, e.Place.Country)) {
		return false
	}
	if f.Place != "" && (e.Place == nil || !strings.EqualFold(f.Place, e.Place.Name)) {
		return false
	}
	if f.Near != nil && (e.Place == nil || geo.Distance(f.Near.Lat, f.Near.Lon, e.Place.Lat, e.Place.Lon) > f.Near.Km) {
		return false
	}
	if f.From != "" || f.To != "" {
		from, to := f.dateRange()
		if e.Date.Value == nil {
			return false
		}
		s, en := intervalCols(*e.Date.Value)
		ss, _ := s.(string)
		es, _ := en.(string)
		if ss == "" || from != "" && ss < from || to != "" && es > to {
			return false
		}
	}
	if f.Outlet != "" && (d.Outlet == nil || !strings.EqualFold(*d.Outlet, f.Outlet)) {
		return false
	}
	if f.Kind != "" {
		ok := false
		for _, s := range d.Sources {
			if e.Attribution != nil && s.Name == *e.Attribution && s.Kind == f.Kind {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if f.Search != "" {
		text := strings.ToLower(d.Text)
		for _, word := range strings.Fields(strings.ToLower(f.Search)) {
			word = strings.Trim(word, `"()`)
			if word == "and" || word == "or" || word == "" {
				continue
			}
			if !strings.Contains(text, word) {
				return false
			}
		}
	}
	return true
}

// codeMatch: a pattern with * or ? is a wildcard; a bare code a prefix.
// Patterns are upper case (loadWatches makes them so), as codes are.
func codeMatch(pattern, code string) bool {
	if strings.ContainsAny(pattern, "*?") {
		if n := len(pattern) - 1; pattern[n] == '*' && !strings.ContainsAny(pattern[:n], "*?") {
			return strings.HasPrefix(code, pattern[:n])
		}
		ok, _ := path.Match(pattern, code)
		return ok
	}
	return strings.HasPrefix(code, pattern)
}
