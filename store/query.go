package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/geo"
)

// Event is a merged event as queries return it.
type Event struct {
	ID                                   int64
	Code, Root, Label, Plover            string
	Quad                                 int
	Goldstein                            float64
	SrcActor, SrcName, TgtActor, TgtName string
	Date, Place, Country                 string
	Lat, Lon                             sql.NullFloat64
	Mentions, Articles, Outlets          int
	// FirstArticle, FirstURL and FirstOutlet are the event's first
	// report: its earliest published article (see firstBefore).
	FirstArticle          int64
	FirstURL, FirstOutlet string
	DateAdded             string
	// DateStart and DateEnd are the calendar interval of Date
	// ([start, end), "" when Date names none); FirstPublished is the
	// publication date of the first report.
	DateStart, DateEnd, FirstPublished string
	// PlaceFeature (country, admin1, city, capital...), PlaceAdmin1 and
	// PlaceGazetteerID describe the event's place; SrcGeo and TgtGeo are
	// the actors' own places when they are places (nil otherwise).
	PlaceFeature, PlaceAdmin1, PlaceGazetteerID string
	SrcGeo, TgtGeo                              *GeoPlace
	// AvgTone is the mean tone of the reporting articles (NaN when none
	// has one).
	AvgTone float64
}

func likePattern(code string) (string, bool) {
	if strings.ContainsAny(code, "*?") {
		return strings.NewReplacer("*", "%", "?", "_").Replace(code), true
	}
	return code, false
}

// where builds the WHERE clause of an event query.
func (f Filter) where(eng Engine) (string, []any) {
	var conds []string
	var args []any
	// An actor filter is an index lookup when it is a country (USA) or a
	// country and agent (IRQGOV); other forms are LIKE patterns.
	actorCond := func(side, v string) (string, []any) {
		p, wild := likePattern(v)
		switch {
		case !wild && len(v) == 3:
			return "e." + side + "_cc = ?", []any{v}
		case !wild && len(v) == 6:
			return "e." + side + "_key = ?", []any{v}
		case !wild:
			p = v + "%"
		}
		return "e." + side + "_actor LIKE ?", []any{p}
	}
	if f.Actor != "" {
		a, aa := actorCond("src", f.Actor)
		b, ba := actorCond("tgt", f.Actor)
		conds = append(conds, "("+a+" OR "+b+")")
		args = append(args, aa...)
		args = append(args, ba...)
	}
	if f.Source != "" {
		c, a := actorCond("src", f.Source)
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.Target != "" {
		c, a := actorCond("tgt", f.Target)
		conds = append(conds, c)
		args = append(args, a...)
	}
	if f.Country != "" {
		conds = append(conds, "e.country = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Code != "" {
		p, wild := likePattern(f.Code)
		if wild {
			conds = append(conds, "e.code LIKE ?")
		} else {
			conds = append(conds, "e.code = ?")
		}
		args = append(args, p)
	}
	if f.Root != "" {
		conds = append(conds, "e.root = ?")
		args = append(args, fmt.Sprintf("%02s", f.Root))
	}
	if f.Quad != 0 {
		conds = append(conds, "e.quad = ?")
		args = append(args, f.Quad)
	}
	if f.Place != "" {
		conds = append(conds, "lower(e.place) = lower(?)")
		args = append(args, f.Place)
	}
	if f.Near != nil {
		// a bounding box in SQL, the exact distance after
		dlat := f.Near.Km / 111.0
		dlon := f.Near.Km / (111.0 * math.Max(0.01, math.Cos(f.Near.Lat*math.Pi/180)))
		conds = append(conds, "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
		args = append(args, f.Near.Lat-dlat, f.Near.Lat+dlat, f.Near.Lon-dlon, f.Near.Lon+dlon)
	}
	// Dates compare as calendar intervals: an event's date must lie
	// wholly in the range, or, with IncludeVague, overlap it or be unknown.
	from, to := f.dateRange()
	switch {
	case (from != "" || to != "") && f.IncludeVague:
		var c []string
		if from != "" {
			c = append(c, "e.date_end > ?")
			args = append(args, from)
		}
		if to != "" {
			c = append(c, "e.date_start < ?")
			args = append(args, to)
		}
		conds = append(conds, "(e.date_start IS NULL OR ("+strings.Join(c, " AND ")+"))")
	default:
		if from != "" {
			conds = append(conds, "e.date_start >= ?")
			args = append(args, from)
		}
		if to != "" {
			// date_start < date_end, so the first condition follows from
			// the second; it bounds the index range on date_start
			conds = append(conds, "e.date_start < ?", "e.date_end <= ?")
			args = append(args, to, to)
		}
	}
	if f.Outlet != "" {
		conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE lower(a.outlet) = lower(?))")
		args = append(args, f.Outlet)
	}
	if f.Kind != "" {
		conds = append(conds, "e.id IN (SELECT event_id FROM mentions WHERE attribution_kind = ?)")
		args = append(args, f.Kind)
	}
	if f.Search != "" {
		// Validate has checked it; a query that does not parse finds nothing.
		q, err := eng.searchText(f.Search)
		if err != nil {
			return " WHERE 0 = 1", nil
		}
		conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN ("+eng.matchArticles()+"))")
		args = append(args, q)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// EventOrder is the order of every event listing (Events, and through it
// the command line, the exports and the server's pages): newest date
// first (by the start of its calendar interval, then the date itself,
// the more precise first; events whose date is unknown last), then, among
// events of the same date, by what the event shows: its CAMEO code, its
// source's and target's codes and names, its place and coordinates, and
// the mention it shows (its article's key, the SHA-256 of the article's
// bytes, and its offset there; see shownRank). None of these depends on
// the order the articles were stored in, or on how many workers stored
// them, so the same articles list their events in the same order, and a
// page (offset, limit) holds the same events, however they were ingested.
// The event's id, which is the order of arrival, comes last, and decides
// only between events alike in all of that: two mentions of one article at
// one offset with the same code, actors and place join one event, so only
// events stored before the shown mention's rank was kept (schema 6) can
// tie.
// Nulls sort as SQLite's ascending order puts them, first, on both
// engines; PostgreSQL compares text in byte order as SQLite does.
const EventOrder = `e.date_start IS NULL, e.date_start DESC, e.date DESC NULLS LAST, e.code,
	e.src_actor NULLS FIRST, e.src_name NULLS FIRST, e.tgt_actor NULLS FIRST, e.tgt_name NULLS FIRST,
	e.place NULLS FIRST, e.country NULLS FIRST, e.lat NULLS FIRST, e.lon NULLS FIRST,
	e.shown_article NULLS FIRST, e.shown_offset NULLS FIRST, e.id`

// Events runs an event query in EventOrder: newest event date first
// (events whose date is unknown last). A filter that does not validate is
// an ErrUsage error.
func (db *DB) Events(f Filter) ([]Event, error) { return db.EventsContext(context.Background(), f) }

// EventsContext is Events, stopped when ctx is done.
func (db *DB) EventsContext(ctx context.Context, f Filter) ([]Event, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	w, args := f.where(db.Engine())
	q := `SELECT e.id, e.code, e.root, coalesce(e.label, ''), coalesce(e.plover, ''), coalesce(e.quad, 0), coalesce(e.goldstein, 0),
		coalesce(e.src_actor, ''), coalesce(e.src_name, ''), coalesce(e.tgt_actor, ''), coalesce(e.tgt_name, ''),
		coalesce(e.date, ''), coalesce(e.place, ''), coalesce(e.country, ''), e.lat, e.lon, e.mentions, e.articles, e.outlets,
		e.date_added, coalesce(e.date_start, ''), coalesce(e.date_end, ''),
		coalesce(e.place_feature, ''), coalesce(e.place_adm1, ''), coalesce(e.place_gid, ''), coalesce(e.src_geo, ''), coalesce(e.tgt_geo, '')
		FROM events e` + w + " ORDER BY " + EventOrder
	if f.Limit > 0 && f.Near == nil {
		q += " LIMIT " + strconv.Itoa(f.Limit)
	}
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var srcGeo, tgtGeo string
		if err := rows.Scan(&e.ID, &e.Code, &e.Root, &e.Label, &e.Plover, &e.Quad, &e.Goldstein, &e.SrcActor, &e.SrcName, &e.TgtActor, &e.TgtName,
			&e.Date, &e.Place, &e.Country, &e.Lat, &e.Lon, &e.Mentions, &e.Articles, &e.Outlets, &e.DateAdded,
			&e.DateStart, &e.DateEnd, &e.PlaceFeature, &e.PlaceAdmin1, &e.PlaceGazetteerID, &srcGeo, &tgtGeo); err != nil {
			return nil, err
		}
		e.SrcGeo, e.TgtGeo = readGeo(srcGeo), readGeo(tgtGeo)
		e.AvgTone = math.NaN()
		if f.Near != nil && (!e.Lat.Valid || geo.Distance(f.Near.Lat, f.Near.Lon, e.Lat.Float64, e.Lon.Float64) > f.Near.Km) {
			continue
		}
		out = append(out, e)
		if f.Limit > 0 && len(out) >= f.Limit {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if err := db.addFirsts(out); err != nil {
		return nil, err
	}
	return out, db.addTones(out)
}

// firstBefore reports whether an article published on p (a date or a
// time, "" when unknown) with key k (the SHA-256 of its bytes) is an
// earlier report than one published on op with key ok: the earlier
// publication first, then the smaller key; articles of unknown date come
// last. An event's first report is its earliest article in this order,
// and its mentions are listed in it (then by offset; see Mentions), so
// neither depends on the order the articles were stored in.
func firstBefore(p, k, op, ok string) bool {
	if (p == "") != (op == "") {
		return op == ""
	}
	if p != op {
		return p < op
	}
	return k < ok
}

// reportOrder is firstBefore, then the mention's offset, in SQL over the
// mention m of the article a (on both engines: false sorts before true,
// text compares in byte order).
const reportOrder = `coalesce(a.published, '') = '', coalesce(a.published, ''), coalesce(a.hash, ''), coalesce(m.trigger_start, 0)`

// addFirsts sets each event's first report (FirstArticle, FirstURL,
// FirstOutlet, FirstPublished) to its first article in firstBefore's
// order, a few hundred events a query.
func (db *DB) addFirsts(evs []Event) error {
	at := make(map[int64]int, len(evs))
	for i := range evs {
		at[evs[i].ID] = i
	}
	key := make([]string, len(evs))
	for start := 0; start < len(evs); start += 500 {
		part := evs[start:min(len(evs), start+500)]
		args := make([]any, len(part))
		for i := range part {
			args[i] = part[i].ID
		}
		rows, err := db.Query(`SELECT ea.event_id, a.id, coalesce(a.url, a.path, ''), coalesce(a.outlet, ''), coalesce(a.published, ''), coalesce(a.hash, '')
			FROM event_articles ea JOIN articles a ON a.id = ea.article_id
			WHERE ea.event_id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(part)), ",")+`)`, args...)
		if err != nil {
			return fmt.Errorf("query first reports: %w", err)
		}
		for rows.Next() {
			var id, art int64
			var url, outlet, published, hash string
			if err := rows.Scan(&id, &art, &url, &outlet, &published, &hash); err != nil {
				rows.Close()
				return err
			}
			i := at[id]
			if e := &evs[i]; e.FirstArticle == 0 || firstBefore(published, hash, e.FirstPublished, key[i]) {
				e.FirstArticle, e.FirstURL, e.FirstOutlet, e.FirstPublished, key[i] = art, url, outlet, published, hash
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// addTones sets the events' AvgTone, for the rows a query returns only.
func (db *DB) addTones(evs []Event) error {
	at := make(map[int64]int, len(evs))
	for i := range evs {
		at[evs[i].ID] = i
	}
	for start := 0; start < len(evs); start += 500 {
		part := evs[start:min(len(evs), start+500)]
		args := make([]any, len(part))
		for i := range part {
			args[i] = part[i].ID
		}
		rows, err := db.Query(`SELECT ea.event_id, avg(t.tone) FROM event_articles ea JOIN articles t ON t.id = ea.article_id
			WHERE ea.event_id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(part)), ",")+`) GROUP BY ea.event_id`, args...)
		if err != nil {
			return fmt.Errorf("query tone: %w", err)
		}
		for rows.Next() {
			var id int64
			var tone sql.NullFloat64
			if err := rows.Scan(&id, &tone); err != nil {
				rows.Close()
				return err
			}
			if tone.Valid {
				evs[at[id]].AvgTone = tone.Float64
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

func nullNaN(v sql.NullFloat64) float64 {
	if v.Valid {
		return v.Float64
	}
	return math.NaN()
}

func readGeo(s string) *GeoPlace {
	if s == "" {
		return nil
	}
	var g GeoPlace
	if json.Unmarshal([]byte(s), &g) != nil {
		return nil
	}
	return &g
}

// CountEvents counts the events a filter matches, whatever its Limit.
func (db *DB) CountEvents(f Filter) (int, error) {
	if err := f.Validate(); err != nil {
		return 0, err
	}
	if f.Near != nil {
		f.Limit = 0
		evs, err := db.Events(f)
		return len(evs), err
	}
	w, args := f.where(db.Engine())
	var n int
	if err := db.QueryRow("SELECT count(*) FROM events e"+w, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// Mention is one report of an event.
type Mention struct {
	EventID                                  int64
	ArticleID                                int64
	Code                                     string
	Outlet, URL, Path, Published             string
	Sentence, Trigger, Attribution, AttrKind string
	SentenceStart, SentenceEnd               int
	TriggerStart, TriggerEnd                 int
	Confidence                               float64
	Negated, Hypothetical                    bool
	Date, DateText                           string
	// Ingested is when the article was stored (YYYYMMDDHHMMSS, UTC);
	// Tone the mention's sentence's tone and DocTone its article's (NaN
	// when unknown).
	Ingested      string
	Tone, DocTone float64
}

// Mentions returns the mentions of events (all mentions when ids is nil).
func (db *DB) Mentions(ids []int64) ([]Mention, error) {
	q := `SELECT coalesce(m.event_id, 0), m.article_id, m.code, coalesce(a.outlet, ''), coalesce(a.url, ''), coalesce(a.path, ''), coalesce(a.published, ''),
		coalesce(m.sentence, ''), coalesce(m.trigger, ''), coalesce(m.attribution, ''), coalesce(m.attribution_kind, ''),
		m.sentence_start, m.sentence_end, m.trigger_start, m.trigger_end, coalesce(m.confidence, 0), m.negated, m.hypothetical,
		coalesce(m.date, ''), coalesce(m.date_text, ''), a.ingested_at, m.tone, a.tone
		FROM mentions m JOIN articles a ON a.id = m.article_id`
	var args []any
	if ids != nil {
		if len(ids) == 0 {
			return nil, nil
		}
		ph := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
		q += " WHERE m.event_id IN (" + ph + ")"
		for _, id := range ids {
			args = append(args, id)
		}
	}
	q += " ORDER BY m.event_id NULLS FIRST, " + reportOrder + ", m.id"
	rows, err := db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("query mentions: %w", err)
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		var tone, docTone sql.NullFloat64
		if err := rows.Scan(&m.EventID, &m.ArticleID, &m.Code, &m.Outlet, &m.URL, &m.Path, &m.Published, &m.Sentence, &m.Trigger, &m.Attribution, &m.AttrKind,
			&m.SentenceStart, &m.SentenceEnd, &m.TriggerStart, &m.TriggerEnd, &m.Confidence, &m.Negated, &m.Hypothetical, &m.Date, &m.DateText,
			&m.Ingested, &tone, &docTone); err != nil {
			return nil, err
		}
		m.Tone, m.DocTone = nullNaN(tone), nullNaN(docTone)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Article is a stored article's summary.
type Article struct {
	ID        int64  `json:"id"`
	Outlet    string `json:"outlet"`
	Headline  string `json:"headline"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Path      string `json:"path"`
	Words     int    `json:"words"`
	Snippet   string `json:"snippet,omitempty"`  // the passage a search matched
	Analyzer  string `json:"analyzer,omitempty"` // the analyser version that read it
	Copies    int    `json:"copies,omitempty"`   // inputs recorded as its copies
}

// Articles finds articles by full-text search (all when query is ""),
// best match first; query is what people type (see SearchQuery), and one
// that has nothing to find is an ErrUsage error.
func (db *DB) Articles(query string, limit int) ([]Article, error) {
	if limit < 0 {
		return nil, usagef("--limit %d: want 0 (all) or more", limit)
	}
	if query != "" {
		q, err := db.Engine().searchText(query)
		if err != nil {
			return nil, err
		}
		query = q
	}
	q := `SELECT a.id, coalesce(a.outlet, ''), coalesce(a.headline, ''), coalesce(a.published, ''), coalesce(a.url, ''), coalesce(a.path, ''), a.words,
		coalesce(a.analyzer, ''), (SELECT count(*) FROM copies c WHERE c.article_id = a.id), ''
		FROM articles a ORDER BY a.id`
	var args []any
	if query != "" {
		q = db.Engine().searchArticles(`a.id, coalesce(a.outlet, ''), coalesce(a.headline, ''), coalesce(a.published, ''), coalesce(a.url, ''), coalesce(a.path, ''), a.words,
			coalesce(a.analyzer, ''), (SELECT count(*) FROM copies c WHERE c.article_id = a.id)`, "")
		args = append(args, query)
	}
	if limit > 0 {
		q += " LIMIT " + strconv.Itoa(limit)
	}
	rows, err := db.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", err)
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		var a Article
		if err := rows.Scan(&a.ID, &a.Outlet, &a.Headline, &a.Published, &a.URL, &a.Path, &a.Words, &a.Analyzer, &a.Copies, &a.Snippet); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// CountArticles counts the articles a search finds (all when query is "").
func (db *DB) CountArticles(query string) (int, error) {
	var n int
	if query == "" {
		err := db.QueryRow("SELECT count(*) FROM articles").Scan(&n)
		return n, err
	}
	q, err := db.Engine().searchText(query)
	if err != nil {
		return 0, err
	}
	if err := db.QueryRow("SELECT count(*) FROM ("+db.Engine().matchArticles()+") m", q).Scan(&n); err != nil {
		return 0, fmt.Errorf("search articles: %w", err)
	}
	return n, nil
}

// OutletSources is one outlet's sourcing profile.
type OutletSources struct {
	Outlet   string `json:"outlet"`
	Articles int    `json:"articles"`
	// quotes and paraphrases by source kind
	Named         int `json:"named"`
	Anonymous     int `json:"anonymous"`
	Institutional int `json:"institutional"`
	Media         int `json:"media"`
	Unknown       int `json:"unknown"`
}

// AnonymousShare is the share of attributed statements from anonymous
// sources.
func (o OutletSources) AnonymousShare() float64 {
	total := o.Named + o.Anonymous + o.Institutional + o.Media
	if total == 0 {
		return 0
	}
	return float64(o.Anonymous) / float64(total)
}

// Sources sums quotes by source kind per outlet.
func (db *DB) Sources() ([]OutletSources, error) {
	rows, err := db.Query(`SELECT coalesce(a.outlet, '(unknown)'), count(DISTINCT a.id),
		coalesce(sum(CASE s.kind WHEN 'named' THEN s.quotes END), 0),
		coalesce(sum(CASE s.kind WHEN 'anonymous' THEN s.quotes END), 0),
		coalesce(sum(CASE s.kind WHEN 'institutional' THEN s.quotes END), 0),
		coalesce(sum(CASE s.kind WHEN 'media' THEN s.quotes END), 0),
		coalesce(sum(CASE WHEN s.kind NOT IN ('named', 'anonymous', 'institutional', 'media') THEN s.quotes END), 0)
		FROM articles a LEFT JOIN sources s ON s.article_id = a.id GROUP BY 1 ORDER BY 2 DESC, 1`)
	if err != nil {
		return nil, fmt.Errorf("query sources: %w", err)
	}
	defer rows.Close()
	var out []OutletSources
	for rows.Next() {
		var o OutletSources
		if err := rows.Scan(&o.Outlet, &o.Articles, &o.Named, &o.Anonymous, &o.Institutional, &o.Media, &o.Unknown); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
