// Package feeds follows RSS and Atom feeds: it keeps the list of feeds
// and what it has seen of each in a JSON state file, polls them with
// conditional GETs (ETag, Last-Modified), and fetches the pages their
// items link to politely (robots.txt obeyed, requests to one host spaced
// by a rate limit, a user agent naming dragoman), handing each new page
// on as an input.Item carrying the item's link, title and date, with the
// feed's URL as its path. An item is marked seen once its page has been
// handed on (or refused for good), so a restarted poller skips it.
package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/dragoman/dragoman/input"
	"github.com/mmcdole/gofeed"
	"golang.org/x/time/rate"
)

// MaxSeen is how many item keys a feed remembers (the newest).
const MaxSeen = 5000

// Feed is one followed feed and what was seen of it.
type Feed struct {
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Polled       time.Time `json:"polled,omitempty"`
	// Items counts the pages handed on.
	Items     int    `json:"items"`
	LastError string `json:"last_error,omitempty"`
	// Seen holds the keys (GUID, else link) of items done with, oldest
	// first.
	Seen []string `json:"seen,omitempty"`
}

func (f *Feed) seen(key string) bool {
	for _, k := range f.Seen {
		if k == key {
			return true
		}
	}
	return false
}

func (f *Feed) markSeen(key string) {
	f.Seen = append(f.Seen, key)
	if len(f.Seen) > MaxSeen {
		f.Seen = f.Seen[len(f.Seen)-MaxSeen:]
	}
}

// State is the feeds followed, kept in one JSON file.
type State struct {
	Feeds []*Feed `json:"feeds"`
	path  string
}

// Load reads the state file; a missing file is an empty state. A file
// that is not a feeds state is an error and is never written over.
func Load(path string) (*State, error) {
	s := &State{path: path}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, s); err != nil {
		return nil, fmt.Errorf("%s: not a dragoman feeds file: %v", path, err)
	}
	for i, f := range s.Feeds {
		if f == nil || f.URL == "" {
			return nil, fmt.Errorf("%s: feed %d has no url", path, i+1)
		}
	}
	return s, nil
}

// Save writes the state file atomically (a crash leaves the old one).
func (s *State) Save() error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".feeds-*.json")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), s.path)
}

// Add follows a feed; it reports false when it was followed already.
func (s *State) Add(raw string) (bool, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false, fmt.Errorf("%q: not an http or https URL", raw)
	}
	for _, f := range s.Feeds {
		if f.URL == u.String() {
			return false, nil
		}
	}
	s.Feeds = append(s.Feeds, &Feed{URL: u.String()})
	return true, nil
}

// Options configure a Poller.
type Options struct {
	// UserAgent names dragoman to the sites (required).
	UserAgent string
	// Rate is the requests per second to one host (default 1); a
	// robots.txt Crawl-delay slows it further.
	Rate float64
	// MaxBytes bounds a page or feed (default input.DefaultMaxBytes).
	MaxBytes int64
	// Client makes the requests (default: 30-second timeout).
	Client *http.Client
}

// Poller fetches feeds and pages. It is safe for one goroutine.
type Poller struct {
	opts     Options
	mu       sync.Mutex
	limiters map[string]*rate.Limiter
	robots   map[string]robotsEntry
}

type robotsEntry struct {
	r       *robots
	fetched time.Time
}

// NewPoller makes a poller.
func NewPoller(opts Options) *Poller {
	if opts.Rate <= 0 {
		opts.Rate = 1
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = input.DefaultMaxBytes
	}
	if opts.Client == nil {
		opts.Client = &http.Client{Timeout: 30 * time.Second}
	}
	return &Poller{opts: opts, limiters: map[string]*rate.Limiter{}, robots: map[string]robotsEntry{}}
}

// Result counts what one poll of a feed did.
type Result struct {
	NotModified bool // the feed answered 304
	Items       int  // items in the feed
	New         int  // pages handed on
	Seen        int  // items seen before
	Disallowed  int  // pages robots.txt keeps dragoman from
	Failed      int  // pages that could not be fetched (tried again next poll when the failure may pass)
}

// Poll fetches a feed (conditionally) and hands each new item's page to
// sink, marking the item seen once sink returns nil. A sink error stops
// the poll and is returned; page failures are counted, and reported to
// warn when it is not nil.
func (p *Poller) Poll(ctx context.Context, f *Feed, sink func(input.Item) error, warn func(string, error)) (Result, error) {
	var res Result
	if warn == nil {
		warn = func(string, error) {}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return res, err
	}
	if f.ETag != "" {
		req.Header.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		req.Header.Set("If-Modified-Since", f.LastModified)
	}
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1")
	resp, err := p.do(ctx, req)
	if err != nil {
		return res, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	defer resp.Body.Close()
	f.Polled = time.Now().UTC()
	if resp.StatusCode == http.StatusNotModified {
		res.NotModified = true
		return res, nil
	}
	if resp.StatusCode != http.StatusOK {
		return res, fmt.Errorf("feed %s: HTTP %s", f.URL, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, p.opts.MaxBytes+1))
	if err != nil {
		return res, fmt.Errorf("feed %s: %w", f.URL, err)
	}
	if int64(len(body)) > p.opts.MaxBytes {
		return res, fmt.Errorf("feed %s: larger than %d bytes", f.URL, p.opts.MaxBytes)
	}
	parsed, err := gofeed.NewParser().ParseString(string(body))
	if err != nil {
		return res, fmt.Errorf("feed %s: not RSS or Atom: %w", f.URL, err)
	}
	if parsed.Title != "" {
		f.Title = parsed.Title
	}
	base, _ := url.Parse(f.URL)
	res.Items = len(parsed.Items)
	// oldest first, so that Seen keeps the order items came in
	for i := len(parsed.Items) - 1; i >= 0; i-- {
		item := parsed.Items[i]
		link := strings.TrimSpace(item.Link)
		if ref, err := url.Parse(link); err == nil && link != "" {
			link = base.ResolveReference(ref).String()
		}
		key := item.GUID
		if key == "" {
			key = link
		}
		if key == "" || link == "" {
			continue
		}
		if f.seen(key) {
			res.Seen++
			continue
		}
		it, done, err := p.page(ctx, link)
		switch {
		case errors.Is(err, errDisallowed):
			res.Disallowed++
		case err != nil:
			res.Failed++
			warn(link, err)
		}
		if err == nil {
			it.Path = f.URL
			it.Meta.ID = item.GUID
			it.Meta.Headline = strings.TrimSpace(item.Title)
			if d := item.PublishedParsed; d != nil {
				it.Meta.Published = d.UTC().Format(time.RFC3339)
			} else if d := item.UpdatedParsed; d != nil {
				it.Meta.Published = d.UTC().Format(time.RFC3339)
			}
			if err := sink(it); err != nil {
				return res, err
			}
			res.New++
			f.Items++
		}
		if done {
			f.markSeen(key)
		}
	}
	f.ETag = resp.Header.Get("ETag")
	f.LastModified = resp.Header.Get("Last-Modified")
	return res, nil
}

var errDisallowed = errors.New("robots.txt disallows it")

// page fetches an item's page; done is false when a later poll should try
// again (a network error, a server error).
func (p *Poller) page(ctx context.Context, link string) (it input.Item, done bool, err error) {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return it, true, fmt.Errorf("not an http or https link")
	}
	rb, err := p.robotsFor(ctx, u)
	if err != nil {
		return it, false, err
	}
	if !rb.allowed(u.RequestURI()) {
		return it, true, errDisallowed
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return it, true, err
	}
	req.Header.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.1")
	resp, err := p.do(ctx, req)
	if err != nil {
		return it, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		return it, false, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.StatusCode != http.StatusOK {
		return it, true, fmt.Errorf("HTTP %s", resp.Status)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return it, true, fmt.Errorf("not HTML (%s)", mt)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, p.opts.MaxBytes+1))
	if err != nil {
		return it, false, err
	}
	if int64(len(data)) > p.opts.MaxBytes {
		return it, true, fmt.Errorf("larger than %d bytes", p.opts.MaxBytes)
	}
	it = input.Item{Name: link, Meta: input.Meta{URL: resp.Request.URL.String()}}
	it.Format, it.Data, err = input.Check(data, input.FormatHTML)
	if err != nil {
		return it, true, err
	}
	return it, true, nil
}

// do sends a request once the host's rate limit allows it.
func (p *Poller) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	if err := p.limiter(req.URL.Host).Wait(ctx); err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", p.opts.UserAgent)
	return p.opts.Client.Do(req)
}

func (p *Poller) limiter(host string) *rate.Limiter {
	p.mu.Lock()
	defer p.mu.Unlock()
	l := p.limiters[host]
	if l == nil {
		l = rate.NewLimiter(rate.Limit(p.opts.Rate), 1)
		p.limiters[host] = l
	}
	return l
}

// robotsFor returns the host's robots.txt rules, fetched at most once an
// hour. A missing robots.txt (4xx) allows everything; one that cannot be
// read (5xx, network) disallows everything until it can.
func (p *Poller) robotsFor(ctx context.Context, u *url.URL) (*robots, error) {
	p.mu.Lock()
	e, ok := p.robots[u.Host]
	p.mu.Unlock()
	if ok && time.Since(e.fetched) < time.Hour {
		return e.r, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.Scheme+"://"+u.Host+"/robots.txt", nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.do(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("robots.txt: %w", err)
	}
	defer resp.Body.Close()
	var r *robots
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		r = parseRobots(resp.Body, p.opts.UserAgent)
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		r = &robots{}
	default:
		return nil, fmt.Errorf("robots.txt: HTTP %s", resp.Status)
	}
	if r.delay > 0 {
		if lim := rate.Every(r.delay); lim < rate.Limit(p.opts.Rate) {
			p.limiter(u.Host).SetLimit(lim)
		}
	}
	p.mu.Lock()
	p.robots[u.Host] = robotsEntry{r: r, fetched: time.Now()}
	p.mu.Unlock()
	return r, nil
}
