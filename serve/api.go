package serve

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/store"
)

// Actor is an event's source or target.
type Actor struct {
	Actor string `json:"actor,omitempty"`
	Name  string `json:"name,omitempty"`
}

// Place is where an event happened.
type Place struct {
	Name    string   `json:"name"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// Event is an event as the API returns it.
type Event struct {
	ID          int64   `json:"id"`
	Code        string  `json:"code"`
	Root        string  `json:"root"`
	Label       string  `json:"label"`
	RootLabel   string  `json:"root_label,omitempty"`
	Quad        int     `json:"quad"`
	Goldstein   float64 `json:"goldstein"`
	Plover      string  `json:"plover,omitempty"`
	Source      *Actor  `json:"source"`
	Target      *Actor  `json:"target"`
	Date        string  `json:"date"`
	Place       *Place  `json:"place"`
	Mentions    int     `json:"mentions"`
	Articles    int     `json:"articles"`
	Outlets     int     `json:"outlets"`
	FirstReport int64   `json:"first_article,omitempty"`
	FirstOutlet string  `json:"first_outlet,omitempty"`
}

// Report is one mention of an event, with its evidence.
type Report struct {
	ArticleID     int64   `json:"article_id"`
	Outlet        string  `json:"outlet,omitempty"`
	URL           string  `json:"url,omitempty"`
	Published     string  `json:"published,omitempty"`
	Code          string  `json:"code"`
	Sentence      string  `json:"sentence"`
	SentenceStart int     `json:"sentence_start"`
	SentenceEnd   int     `json:"sentence_end"`
	Trigger       string  `json:"trigger"`
	TriggerStart  int     `json:"trigger_start"`
	TriggerEnd    int     `json:"trigger_end"`
	Attribution   string  `json:"attribution,omitempty"`
	AttrKind      string  `json:"attribution_kind,omitempty"`
	Date          string  `json:"date,omitempty"`
	DateText      string  `json:"date_text,omitempty"`
	Confidence    float64 `json:"confidence"`
}

func (s *Server) apiEvent(e store.Event) Event {
	out := Event{ID: e.ID, Code: e.Code, Root: e.Root, Label: e.Label, RootLabel: s.roots[e.Root], Quad: e.Quad, Goldstein: e.Goldstein,
		Plover: e.Plover, Date: e.Date, Mentions: e.Mentions, Articles: e.Articles, Outlets: e.Outlets,
		FirstReport: e.FirstArticle, FirstOutlet: e.FirstOutlet}
	if e.SrcActor != "" || e.SrcName != "" {
		out.Source = &Actor{e.SrcActor, e.SrcName}
	}
	if e.TgtActor != "" || e.TgtName != "" {
		out.Target = &Actor{e.TgtActor, e.TgtName}
	}
	if e.Place != "" || e.Lat.Valid {
		p := &Place{Name: e.Place, Country: e.Country}
		if e.Lat.Valid && e.Lon.Valid {
			p.Lat, p.Lon = &e.Lat.Float64, &e.Lon.Float64
		}
		out.Place = p
	}
	return out
}

// checkParams refuses parameters the endpoint does not know, so that a
// misspelt filter is an error rather than silently ignored.
func checkParams(q url.Values, known ...[]string) error {
	for k := range q {
		ok := false
		for _, ks := range known {
			ok = ok || slices.Contains(ks, k)
		}
		if !ok {
			var all []string
			for _, ks := range known {
				all = append(all, ks...)
			}
			return badRequest("unknown parameter %q (known: %s)", k, strings.Join(all, ", "))
		}
	}
	return nil
}

// intParam reads a bounded integer parameter.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s %q: want a whole number from %d to %d", name, s, lo, hi)
	}
	return n, nil
}

// page reads limit and offset.
func page(q url.Values) (limit, offset int, err error) {
	if limit, err = intParam(q, "limit", DefaultLimit, 1, MaxLimit); err == nil {
		offset, err = intParam(q, "offset", 0, 0, MaxOffset)
	}
	return limit, offset, err
}

// cacheKey is the endpoint and its parameters in a stable order.
func cacheKey(endpoint string, q url.Values) string { return endpoint + "?" + q.Encode() }

// eventFilter reads the filter parameters the command line has, checked
// as the command line checks them.
func (s *Server) eventFilter(ctx context.Context, q url.Values) (store.Filter, error) {
	return store.ParseFilter(q.Get)
}

var pageParams = []string{"offset"}

func (s *Server) events(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	if err := checkParams(q, store.FilterNames, pageParams); err != nil {
		return nil, err
	}
	limit, offset, err := page(q)
	if err != nil {
		return nil, err
	}
	f, err := s.eventFilter(ctx, q)
	if err != nil {
		return nil, err
	}
	f.Limit = offset + limit
	// pages are cached too: the store's order (undated last, then by
	// date) is a sort of every selected event when the filter is broad
	// (deep pages are not kept: at most MaxLimit events an entry)
	list := func(ctx context.Context) (any, error) { return s.opt.DB.EventsContext(ctx, f) }
	var v any
	if f.Limit <= MaxLimit {
		v, err = s.cache.get(ctx, cacheKey("events", q), s.opt.QueryTimeout, list)
	} else {
		v, err = list(ctx)
	}
	if err != nil {
		return nil, err
	}
	evs := v.([]store.Event)
	tq := url.Values{}
	for k, v := range q {
		if k != "limit" && k != "offset" {
			tq[k] = v
		}
	}
	total, err := s.cache.get(ctx, cacheKey("count", tq), s.opt.QueryTimeout, func(ctx context.Context) (any, error) { return s.opt.DB.CountEvents(f) })
	if err != nil {
		return nil, err
	}
	out := []Event{}
	for i := offset; i < len(evs); i++ {
		out = append(out, s.apiEvent(evs[i]))
	}
	return map[string]any{"events": out, "total": total, "limit": limit, "offset": offset}, nil
}

// pathID reads the id of /api/.../{id}, which takes no parameters.
func pathID(r *http.Request) (int64, error) {
	if err := checkParams(r.URL.Query()); err != nil {
		return 0, err
	}
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("id %q: want a positive whole number", s)
	}
	return id, nil
}

func (s *Server) event(ctx context.Context, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	e, ms, err := s.opt.DB.EventByID(ctx, id)
	if err != nil {
		return nil, err
	}
	reports := []Report{}
	for _, m := range ms {
		u := m.URL
		if u == "" {
			u = m.Path
		}
		reports = append(reports, Report{ArticleID: m.ArticleID, Outlet: m.Outlet, URL: u, Published: m.Published, Code: m.Code,
			Sentence: m.Sentence, SentenceStart: m.SentenceStart, SentenceEnd: m.SentenceEnd, Trigger: m.Trigger,
			TriggerStart: m.TriggerStart, TriggerEnd: m.TriggerEnd, Attribution: m.Attribution, AttrKind: m.AttrKind,
			Date: m.Date, DateText: m.DateText, Confidence: m.Confidence})
	}
	return map[string]any{"event": s.apiEvent(e), "reports": reports}, nil
}

var articleParams = []string{"search", "outlet", "from", "to", "limit", "offset"}

func (s *Server) articles(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	if err := checkParams(q, articleParams); err != nil {
		return nil, err
	}
	limit, offset, err := page(q)
	if err != nil {
		return nil, err
	}
	// dates are checked as the event filter checks them
	if _, err := store.ParseFilter(func(name string) string {
		if name == "from" || name == "to" {
			return q.Get(name)
		}
		return ""
	}); err != nil {
		return nil, err
	}
	as, total, err := s.opt.DB.FindArticles(ctx, store.ArticleFilter{Search: strings.TrimSpace(q.Get("search")), Outlet: strings.TrimSpace(q.Get("outlet")),
		From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to")), Limit: limit, Offset: offset})
	if err != nil {
		return nil, err
	}
	type article struct {
		ID        int64  `json:"id"`
		Outlet    string `json:"outlet,omitempty"`
		Headline  string `json:"headline,omitempty"`
		Published string `json:"published,omitempty"`
		URL       string `json:"url,omitempty"`
		Words     int    `json:"words"`
		Snippet   string `json:"snippet,omitempty"`
	}
	out := []article{}
	for _, a := range as {
		u := a.URL
		if u == "" {
			u = a.Path
		}
		out = append(out, article{a.ID, a.Outlet, a.Headline, a.Published, u, a.Words, a.Snippet})
	}
	return map[string]any{"articles": out, "total": total, "limit": limit, "offset": offset}, nil
}

func (s *Server) article(ctx context.Context, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	a, doc, err := s.opt.DB.ArticleDoc(ctx, id)
	if err != nil {
		return nil, err
	}
	u := a.URL
	if u == "" {
		u = a.Path
	}
	head, _ := json.Marshal(map[string]any{"id": a.ID, "outlet": a.Outlet, "headline": a.Headline, "published": a.Published, "url": u, "words": a.Words})
	return json.RawMessage(`{"article":` + string(head) + `,"document":` + string(doc) + "}\n"), nil
}

func (s *Server) stats(ctx context.Context, r *http.Request) (any, error) {
	q := r.URL.Query()
	if err := checkParams(q, store.FilterNames); err != nil {
		return nil, err
	}
	if q.Has("limit") {
		return nil, badRequest("limit: stats count every event the filters select")
	}
	f, err := s.eventFilter(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.statsFor(ctx, q, f, s.opt.QueryTimeout)
}

// statsFor answers the stats of a filter, from the cache when it can,
// computing them for at most timeout.
func (s *Server) statsFor(ctx context.Context, q url.Values, f store.Filter, timeout time.Duration) (any, error) {
	return s.cache.get(ctx, cacheKey("stats", q), timeout, func(ctx context.Context) (any, error) {
		st, err := s.opt.DB.EventStats(ctx, f)
		if err != nil {
			return nil, err
		}
		type root struct {
			store.Count
			Label string `json:"label"`
		}
		roots := []root{}
		for _, c := range st.Roots {
			roots = append(roots, root{c, s.roots[c.Key]})
		}
		return map[string]any{"total": st.Total, "quads": st.Quads, "days": nonNil(st.Days), "roots": roots, "actors": nonNil(st.Actors),
			"countries": nonNil(st.Countries), "places": nonNil(st.Places), "outlets": nonNil(st.Outlets),
			"source_kinds": nonNil(st.Kinds), "sourcing": nonNil(st.Sourcing)}, nil
	})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Server) health(ctx context.Context, r *http.Request) (any, error) {
	if err := s.opt.DB.PingContext(ctx); err != nil {
		return nil, err
	}
	return map[string]any{"status": "ok", "ingest": s.opt.Ingest != nil}, nil
}

// FirstPage is the number of events the UI's table asks for.
const FirstPage = 50

// WarmTimeout bounds the warm-up's computations.
const WarmTimeout = 10 * time.Minute

// Warm computes the answers of the UI's first view (the stats and the
// count of every event), so that its first visitor does not wait for
// them; the CLI runs it when the server starts.
func (s *Server) Warm(ctx context.Context) error {
	if _, err := s.cache.get(ctx, cacheKey("count", url.Values{}), WarmTimeout, func(ctx context.Context) (any, error) {
		return s.opt.DB.CountEvents(store.Filter{})
	}); err != nil {
		return err
	}
	if _, err := s.cache.get(ctx, cacheKey("events", url.Values{"limit": {strconv.Itoa(FirstPage)}}), WarmTimeout, func(ctx context.Context) (any, error) {
		return s.opt.DB.EventsContext(ctx, store.Filter{Limit: FirstPage})
	}); err != nil {
		return err
	}
	_, err := s.statsFor(ctx, url.Values{}, store.Filter{}, WarmTimeout)
	return err
}
