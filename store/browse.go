package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// This file holds the queries of browsing (dragoman serve): counts and
// breakdowns of the events a Filter selects, one event, and one article's
// analysis document. They read the filter as Events does.

// ErrNotFound is returned for an event or article id that is not stored.
var ErrNotFound = errors.New("not found")

// exactWhere is the filter's WHERE clause with a --near circle tested
// exactly (great-circle distance, as geo.Distance) rather than by its
// bounding box, for queries that count in SQL. The test compares the
// haversine term with its value at the circle's radius, which needs no
// inverse sine and reads the same in both engines' SQL.
func (f Filter) exactWhere(eng Engine) (string, []any) {
	w, args := f.where(eng)
	if f.Near == nil {
		return w, args
	}
	half := f.Near.Km / (2 * 6371.0) // the radius as half a central angle
	if half >= math.Pi/2 {
		return w, args // the circle covers the globe
	}
	limit := math.Pow(math.Sin(half), 2)
	const hav = `power(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat)) * power(sin(radians(e.lon - ?) / 2), 2)`
	return w + " AND " + hav + " <= ?", append(args, f.Near.Lat, f.Near.Lat, f.Near.Lon, limit)
}

// EventByID returns one event with its mentions.
func (db *DB) EventByID(ctx context.Context, id int64) (Event, []Mention, error) {
	var e Event
	err := db.QueryRowContext(ctx, `SELECT e.id, e.code, e.root, coalesce(e.label, ''), coalesce(e.plover, ''), coalesce(e.quad, 0), coalesce(e.goldstein, 0),
		coalesce(e.src_actor, ''), coalesce(e.src_name, ''), coalesce(e.tgt_actor, ''), coalesce(e.tgt_name, ''),
		coalesce(e.date, ''), coalesce(e.place, ''), coalesce(e.country, ''), e.lat, e.lon, e.mentions, e.articles, e.outlets,
		e.date_added
		FROM events e WHERE e.id = ?`, id).Scan(
		&e.ID, &e.Code, &e.Root, &e.Label, &e.Plover, &e.Quad, &e.Goldstein, &e.SrcActor, &e.SrcName, &e.TgtActor, &e.TgtName,
		&e.Date, &e.Place, &e.Country, &e.Lat, &e.Lon, &e.Mentions, &e.Articles, &e.Outlets, &e.DateAdded)
	if errors.Is(err, sql.ErrNoRows) {
		return e, nil, ErrNotFound
	}
	if err != nil {
		return e, nil, fmt.Errorf("event %d: %w", id, err)
	}
	evs := []Event{e}
	if err := db.addFirsts(evs); err != nil {
		return e, nil, err
	}
	ms, err := db.Mentions([]int64{id})
	return evs[0], ms, err
}

// ArticleDoc returns an article's summary and its analysis document (JSON).
func (db *DB) ArticleDoc(ctx context.Context, id int64) (Article, []byte, error) {
	var a Article
	var blob []byte
	err := db.QueryRowContext(ctx, `SELECT a.id, coalesce(a.outlet, ''), coalesce(a.headline, ''), coalesce(a.published, ''), coalesce(a.url, ''), coalesce(a.path, ''), a.words, a.doc
		FROM articles a WHERE a.id = ?`, id).Scan(&a.ID, &a.Outlet, &a.Headline, &a.Published, &a.URL, &a.Path, &a.Words, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return a, nil, ErrNotFound
	}
	if err != nil {
		return a, nil, fmt.Errorf("article %d: %w", id, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(blob))
	if err != nil {
		return a, nil, fmt.Errorf("article %d: document: %w", id, err)
	}
	doc, err := io.ReadAll(zr)
	if err != nil {
		return a, nil, fmt.Errorf("article %d: document: %w", id, err)
	}
	return a, bytes.TrimSpace(doc), nil
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	Search   string // full-text search, as people type it (SearchQuery)
	Outlet   string // case-insensitive
	From, To string // publication date range, inclusive, YYYY-MM-DD (or a prefix)
	Limit    int
	Offset   int
}

// FindArticles returns the articles a filter selects (by relevance when
// searching, else newest first) and how many there are in all.
func (db *DB) FindArticles(ctx context.Context, f ArticleFilter) ([]Article, int, error) {
	var conds []string
	var args []any
	if f.Outlet != "" {
		conds = append(conds, "lower(a.outlet) = lower(?)")
		args = append(args, f.Outlet)
	}
	if f.From != "" {
		conds = append(conds, "a.published >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "a.published <= ?")
		args = append(args, f.To+"\uffff")
	}
	const cols = `a.id, coalesce(a.outlet, ''), coalesce(a.headline, ''), coalesce(a.published, ''), coalesce(a.url, ''), coalesce(a.path, ''), a.words`
	var count, q string
	if f.Search != "" {
		eng := db.Engine()
		text, err := eng.searchText(f.Search)
		if err != nil {
			return nil, 0, err
		}
		extra := ""
		for _, c := range conds {
			extra += " AND " + c
		}
		count = "SELECT count(*) FROM articles a WHERE a.id IN (" + eng.matchArticles() + ")" + extra
		q = eng.searchArticles(cols, extra)
		args = append([]any{text}, args...)
	} else {
		where := ""
		if len(conds) > 0 {
			where = " WHERE " + strings.Join(conds, " AND ")
		}
		count = "SELECT count(*) FROM articles a" + where
		q = "SELECT " + cols + ", '' FROM articles a" + where + " ORDER BY a.published DESC, a.id"
	}
	var total int
	if err := db.QueryRowContext(ctx, count, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("search articles: %w", err)
	}
	if f.Limit > 0 {
		q += " LIMIT " + strconv.Itoa(f.Limit) + " OFFSET " + strconv.Itoa(max(0, f.Offset))
	}
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("search articles: %w", err)
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		var a Article
		if err := rows.Scan(&a.ID, &a.Outlet, &a.Headline, &a.Published, &a.URL, &a.Path, &a.Words, &a.Snippet); err != nil {
			return nil, 0, err
		}
		out = append(out, a)
	}
	return out, total, rows.Err()
}

// Count is a number of events for a key.
type Count struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// DayCount is a day's events by quad class (Quad[0] for none).
type DayCount struct {
	Date string `json:"date"`
	Quad [5]int `json:"quad"`
}

// PlaceCount is a place's events by quad class.
type PlaceCount struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Count   int     `json:"count"`
	Quad    [5]int  `json:"quad"`
}

// SourcingCount is an outlet's events in a month and how many of them
// rest on an anonymous source (a mention attributed to one).
type SourcingCount struct {
	Outlet    string `json:"outlet"`
	Month     string `json:"month"`
	Events    int    `json:"events"`
	Anonymous int    `json:"anonymous"`
}

// EventStats breaks down the events a filter selects: by day and quad
// class (a timeline), root, actor, country and place (a map), outlet and
// source kind, and each outlet's sourcing by month. The long lists keep
// their largest entries (StatsLimits).
type EventStats struct {
	Total     int             `json:"total"`
	Quads     [5]int          `json:"quads"` // by quad class, [0] for none
	Days      []DayCount      `json:"days"`
	Roots     []Count         `json:"roots"`
	Actors    []Count         `json:"actors"`
	Countries []Count         `json:"countries"`
	Places    []PlaceCount    `json:"places"`
	Outlets   []Count         `json:"outlets"`
	Kinds     []Count         `json:"source_kinds"`
	Sourcing  []SourcingCount `json:"sourcing"`
}

// StatsLimits bound the lists of EventStats.
var StatsLimits = struct{ Actors, Outlets, Places, SourcingOutlets int }{30, 30, 3000, 12}

// EventStats counts the events a filter selects (its Limit aside).
func (db *DB) EventStats(ctx context.Context, f Filter) (EventStats, error) {
	f.Limit = 0
	if err := f.Validate(); err != nil {
		return EventStats{}, err
	}
	w, args := f.exactWhere(db.Engine())
	var s EventStats
	sub := "SELECT e.id FROM events e" + w
	counts := func(q string, args []any, into *[]Count) error {
		rows, err := db.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Count
			if err := rows.Scan(&c.Key, &c.Count); err != nil {
				return err
			}
			*into = append(*into, c)
		}
		return rows.Err()
	}
	// The event-level breakdowns: one scan counted here when the filter
	// selects few events, else one grouping query each.
	scanned, err := db.scanStats(ctx, w, args, &s)
	if err != nil {
		return s, fmt.Errorf("event stats: %w", err)
	}
	eventSteps := []func() error{
		func() error {
			rows, err := db.QueryContext(ctx, "SELECT coalesce(e.date, ''), coalesce(e.quad, 0), count(*) FROM events e"+w+" GROUP BY 1, 2 ORDER BY 1", args...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var d string
				var q, n int
				if err := rows.Scan(&d, &q, &n); err != nil {
					return err
				}
				s.Total += n
				if q >= 0 && q <= 4 {
					s.Quads[q] += n
				}
				if !isDay(d) {
					continue // undated, dated to a month or year only, or a weekday of an unknown week
				}
				if len(s.Days) == 0 || s.Days[len(s.Days)-1].Date != d {
					s.Days = append(s.Days, DayCount{Date: d})
				}
				if q < 0 || q > 4 {
					q = 0
				}
				s.Days[len(s.Days)-1].Quad[q] += n
			}
			return rows.Err()
		},
		func() error {
			return counts("SELECT e.root, count(*) FROM events e"+w+" GROUP BY 1 ORDER BY 1", args, &s.Roots)
		},
		func() error {
			return counts(`SELECT a, count(*) FROM (SELECT e.src_actor a FROM events e`+w+` UNION ALL SELECT e.tgt_actor FROM events e`+w+`) AS u
				WHERE a IS NOT NULL AND a != '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT `+strconv.Itoa(StatsLimits.Actors), append(append([]any{}, args...), args...), &s.Actors)
		},
		func() error {
			return counts("SELECT e.country, count(*) FROM events e"+w+and(w, "e.country IS NOT NULL AND e.country != ''")+" GROUP BY 1 ORDER BY 2 DESC, 1", args, &s.Countries)
		},
		func() error {
			rows, err := db.QueryContext(ctx, `SELECT e.place, coalesce(e.country, ''), avg(e.lat), avg(e.lon), count(*),
				count(CASE WHEN e.quad = 1 THEN 1 END), count(CASE WHEN e.quad = 2 THEN 1 END),
				count(CASE WHEN e.quad = 3 THEN 1 END), count(CASE WHEN e.quad = 4 THEN 1 END) FROM events e`+w+and(w, "e.lat IS NOT NULL AND e.place IS NOT NULL")+
				" GROUP BY 1, 2 ORDER BY 5 DESC, 1 LIMIT "+strconv.Itoa(StatsLimits.Places), args...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var p PlaceCount
				if err := rows.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Count, &p.Quad[1], &p.Quad[2], &p.Quad[3], &p.Quad[4]); err != nil {
					return err
				}
				p.Quad[0] = p.Count - p.Quad[1] - p.Quad[2] - p.Quad[3] - p.Quad[4]
				s.Places = append(s.Places, p)
			}
			return rows.Err()
		},
	}
	mentionSteps := []func() error{
		func() error {
			return counts("SELECT o.outlet, count(*) FROM event_outlets o WHERE o.event_id IN ("+sub+") GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT "+
				strconv.Itoa(StatsLimits.Outlets), args, &s.Outlets)
		},
		func() error {
			return counts("SELECT m.attribution_kind, count(DISTINCT m.event_id) FROM mentions m WHERE m.attribution_kind IS NOT NULL AND m.event_id IN ("+
				sub+") GROUP BY 1 ORDER BY 2 DESC", args, &s.Kinds)
		},
		func() error {
			// the outlets counted above, largest first
			var top []any
			for _, o := range s.Outlets {
				if len(top) < StatsLimits.SourcingOutlets {
					top = append(top, o.Key)
				}
			}
			if len(top) == 0 {
				return nil
			}
			rows, err := db.QueryContext(ctx, `SELECT coalesce(a.outlet, '(unknown)'), substr(e.date, 1, 7), count(DISTINCT e.id),
				count(DISTINCT CASE WHEN m.attribution_kind = 'anonymous' THEN e.id END)
				FROM events e JOIN mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id`+w+and(w, "length(e.date) >= 7")+
				` AND a.outlet IN (`+strings.TrimSuffix(strings.Repeat("?,", len(top)), ",")+`) GROUP BY 1, 2 ORDER BY 1, 2`, append(append([]any{}, args...), top...)...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var c SourcingCount
				if err := rows.Scan(&c.Outlet, &c.Month, &c.Events, &c.Anonymous); err != nil {
					return err
				}
				s.Sourcing = append(s.Sourcing, c)
			}
			return rows.Err()
		},
	}
	// The steps fill separate fields and run at once, each on its own
	// connection, except sourcing, which reads the outlets.
	steps := mentionSteps[:len(mentionSteps)-1]
	if !scanned {
		steps = append(eventSteps, steps...)
	}
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	for i, step := range steps {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = step() }()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return s, fmt.Errorf("event stats: %w", err)
	}
	if err := mentionSteps[len(mentionSteps)-1](); err != nil {
		return s, fmt.Errorf("event stats: %w", err)
	}
	return s, nil
}

// and extends a WHERE clause (possibly empty) with a condition.
func and(where, cond string) string {
	if where == "" {
		return " WHERE " + cond
	}
	return " AND " + cond
}

// isDay tells a calendar date, YYYY-MM-DD.
func isDay(d string) bool {
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return false
	}
	for i, c := range d {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// StatsScanLimit is the most events EventStats counts by reading them
// rather than by grouping queries (one pass over a few thousand rows is
// cheaper than five index scans).
var StatsScanLimit = 20000

// scanStats fills the event-level breakdowns of s by reading the selected
// events once, unless there are more than StatsScanLimit of them; it
// gives the same counts as the grouping queries.
func (db *DB) scanStats(ctx context.Context, w string, args []any, s *EventStats) (bool, error) {
	if StatsScanLimit <= 0 {
		return false, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT coalesce(e.date, ''), coalesce(e.quad, 0), e.root, coalesce(e.src_actor, ''), coalesce(e.tgt_actor, ''),
		coalesce(e.country, ''), e.place, e.lat, e.lon FROM events e`+w+" LIMIT "+strconv.Itoa(StatsScanLimit+1), args...)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	type placeKey struct{ name, country string }
	type placeSum struct {
		lat, lon float64
		n        int
		quad     [5]int
	}
	days, roots, actors, countries := map[string]*[5]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	places := map[placeKey]*placeSum{}
	var st EventStats
	n := 0
	for rows.Next() {
		var date, root, src, tgt, country string
		var quad int
		var place sql.NullString
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&date, &quad, &root, &src, &tgt, &country, &place, &lat, &lon); err != nil {
			return false, err
		}
		if n++; n > StatsScanLimit {
			return false, nil
		}
		st.Total++
		q := quad
		if q < 0 || q > 4 {
			q = 0
		}
		if quad >= 0 && quad <= 4 {
			st.Quads[quad]++
		}
		if isDay(date) {
			if days[date] == nil {
				days[date] = &[5]int{}
			}
			days[date][q]++
		}
		roots[root]++
		if src != "" {
			actors[src]++
		}
		if tgt != "" {
			actors[tgt]++
		}
		if country != "" {
			countries[country]++
		}
		if lat.Valid && place.Valid {
			k := placeKey{place.String, country}
			p := places[k]
			if p == nil {
				p = &placeSum{}
				places[k] = p
			}
			p.lat += lat.Float64
			p.lon += lon.Float64
			p.n++
			if quad >= 1 && quad <= 4 {
				p.quad[quad]++
			}
		}
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	for d, q := range days {
		st.Days = append(st.Days, DayCount{Date: d, Quad: *q})
	}
	sort.Slice(st.Days, func(i, j int) bool { return st.Days[i].Date < st.Days[j].Date })
	st.Roots = sortedCounts(roots, false, 0)
	st.Actors = sortedCounts(actors, true, StatsLimits.Actors)
	st.Countries = sortedCounts(countries, true, 0)
	for k, p := range places {
		pc := PlaceCount{Name: k.name, Country: k.country, Lat: p.lat / float64(p.n), Lon: p.lon / float64(p.n), Count: p.n, Quad: p.quad}
		pc.Quad[0] = p.n - p.quad[1] - p.quad[2] - p.quad[3] - p.quad[4]
		st.Places = append(st.Places, pc)
	}
	sort.Slice(st.Places, func(i, j int) bool {
		a, b := st.Places[i], st.Places[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Country < b.Country
	})
	if len(st.Places) > StatsLimits.Places {
		st.Places = st.Places[:StatsLimits.Places]
	}
	s.Total, s.Quads, s.Days, s.Roots, s.Actors, s.Countries, s.Places = st.Total, st.Quads, st.Days, st.Roots, st.Actors, st.Countries, st.Places
	return true, nil
}

// sortedCounts orders counts by key, or by count (largest first, then
// key) keeping at most limit when limit > 0.
func sortedCounts(m map[string]int, byCount bool, limit int) []Count {
	var out []Count
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if byCount && out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
