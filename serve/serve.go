// Package serve is dragoman's HTTP face: a read-only JSON API over the
// store (events, one event with its reports, articles, one article's
// analysis document, breakdowns for a timeline, a map and sourcing) and a
// web UI embedded in the binary (web/) that explores them. Queries go
// through the store's own functions and its filter parser, so the API
// selects what the command line selects. Article text is always data:
// the API returns it as JSON strings and the UI only ever sets it as
// text, under a Content-Security-Policy that allows no inline script.
package serve

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/store"
)

//go:embed web
var webFS embed.FS

//go:embed openapi.json
var openAPI []byte

// IngestFunc analyses the articles in r (format: text, html or jsonl) and
// stores them, returning what it did; the server calls it for POST
// /api/ingest.
type IngestFunc func(ctx context.Context, r io.Reader, format string) (IngestResult, error)

// IngestResult counts the articles of one ingest request.
type IngestResult struct {
	Stored  int      `json:"stored"`
	Already int      `json:"already_stored"`
	Failed  int      `json:"failed"`
	Errors  []string `json:"errors,omitempty"`
}

// Options configure a server.
type Options struct {
	DB           *store.DB     // read by every query
	Ingest       IngestFunc    // nil: POST /api/ingest is not served
	IngestToken  string        // the bearer token POST /api/ingest requires
	QueryTimeout time.Duration // per request; 0: DefaultQueryTimeout
	MaxIngest    int64         // largest ingest body; 0: 32 MiB
	Log          *log.Logger   // server errors; nil: standard error
}

// maxQueries bounds the API requests answered at once; more wait.
const maxQueries = 16

// DefaultQueryTimeout bounds each API request's queries.
const DefaultQueryTimeout = 10 * time.Second

// Limits of the events and articles lists.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
	MaxOffset    = 10000
)

// Server answers the API and serves the UI.
type Server struct {
	opt   Options
	roots map[string]string // CAMEO root -> name
	cache *cache
	slots chan struct{} // concurrent queries
}

// New returns a server over an open store.
func New(opt Options) (*Server, error) {
	if opt.DB == nil {
		return nil, errors.New("serve: no store")
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = DefaultQueryTimeout
	}
	if opt.MaxIngest <= 0 {
		opt.MaxIngest = 32 << 20
	}
	if opt.Log == nil {
		opt.Log = log.New(os.Stderr, "dragoman serve: ", log.LstdFlags)
	}
	if opt.Ingest != nil && opt.IngestToken == "" {
		return nil, errors.New("serve: ingest needs a token")
	}
	table, err := cameo.DefaultTable()
	if err != nil {
		return nil, err
	}
	roots := map[string]string{}
	for code, c := range table {
		if len(code) == 2 {
			roots[code] = c.Name
		}
	}
	// Keep the connections the concurrent queries use: a new SQLite
	// connection reads the schema and starts with a cold page cache.
	opt.DB.SetMaxIdleConns(2 * maxQueries) // stats run several queries at once
	return &Server{opt: opt, roots: roots, cache: newCache(opt.DB.Path(), 256), slots: make(chan struct{}, maxQueries)}, nil
}

// Handler routes the API and the UI.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/health", s.api(s.health))
	mux.HandleFunc("GET /api/events", s.api(s.events))
	mux.HandleFunc("GET /api/events/{id}", s.api(s.event))
	mux.HandleFunc("GET /api/articles", s.api(s.articles))
	mux.HandleFunc("GET /api/articles/{id}", s.api(s.article))
	mux.HandleFunc("GET /api/stats", s.api(s.stats))
	mux.HandleFunc("GET /api/posture", s.api(s.posture))
	mux.HandleFunc("GET /api/windows", s.api(s.windows))
	mux.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	if s.opt.Ingest != nil {
		mux.HandleFunc("POST /api/ingest", s.ingest)
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no such API endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path))
	})
	web, _ := fs.Sub(webFS, "web")
	files := http.FileServer(http.FS(web))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if r.URL.Path != "/" && !strings.Contains(r.URL.Path, ".") {
			r.URL.Path = "/" // the UI's views are one page
		}
		if strings.HasPrefix(r.URL.Path, "/vendor/") {
			w.Header().Set("Cache-Control", "public, max-age=86400")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		files.ServeHTTP(w, r)
	})
	return secure(mux)
}

// CSP allows scripts, styles and data only from the server itself.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure adds the security headers to every answer and recovers from a
// handler's panic with a 500.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", CSP)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// apiError is an error with its HTTP status.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, a ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, a...)}
}

// api wraps a handler returning a value to encode or an error: it bounds
// the request's time and the number of queries running at once.
func (s *Server) api(h func(ctx context.Context, r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
		defer cancel()
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		case <-ctx.Done():
			writeError(w, http.StatusServiceUnavailable, "the server is busy; try again")
			return
		}
		defer func() {
			if p := recover(); p != nil {
				s.opt.Log.Printf("%s: panic: %v", r.URL, p)
				writeError(w, http.StatusInternalServerError, "internal error")
			}
		}()
		v, err := h(ctx, r)
		if err != nil {
			var ae *apiError
			switch {
			case errors.As(err, &ae):
				writeError(w, ae.status, ae.msg)
			case errors.Is(err, store.ErrNotFound):
				writeError(w, http.StatusNotFound, err.Error())
			case errors.Is(err, store.ErrUsage):
				writeError(w, http.StatusBadRequest, err.Error())
			case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil || strings.Contains(err.Error(), "interrupted"):
				writeError(w, http.StatusServiceUnavailable, "the query took too long; narrow the filters")
			default:
				s.opt.Log.Printf("%s: %v", r.URL, err)
				writeError(w, http.StatusInternalServerError, "internal error: "+err.Error())
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if raw, ok := v.(json.RawMessage); ok {
			w.Write(raw)
			return
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(true)
		enc.Encode(v)
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": msg, "status": status})
}

// ingest answers POST /api/ingest.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	auth := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if subtle.ConstantTimeCompare([]byte(auth), []byte(s.opt.IngestToken)) != 1 {
		writeError(w, http.StatusUnauthorized, "ingest: missing or wrong token (Authorization: Bearer TOKEN)")
		return
	}
	format := r.URL.Query().Get("format")
	if format == "" {
		ct := r.Header.Get("Content-Type")
		switch {
		case strings.HasPrefix(ct, "text/html"):
			format = "html"
		case strings.Contains(ct, "jsonl") || strings.Contains(ct, "ndjson") || strings.Contains(ct, "json"):
			format = "jsonl"
		default:
			format = "text"
		}
	}
	if format != "text" && format != "html" && format != "jsonl" {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("ingest: format %q: want text, html or jsonl", format))
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.opt.MaxIngest)
	res, err := s.opt.Ingest(r.Context(), body, format)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("ingest: the body is larger than %d bytes", s.opt.MaxIngest))
			return
		}
		writeError(w, http.StatusBadRequest, "ingest: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if res.Failed > 0 && res.Stored == 0 && res.Already == 0 {
		w.WriteHeader(http.StatusUnprocessableEntity)
	}
	json.NewEncoder(w).Encode(res)
}
