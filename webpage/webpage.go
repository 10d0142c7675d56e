// Package webpage reads a saved web page: it takes the main text with
// go-trafilatura and the page's metadata (headline, authors, publication
// date, site name, language). The news layer (package article) then runs
// over the text it returns, as over any plain text.
package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// Page is what was read from one HTML page.
type Page struct {
	// Text is the extracted main text, one paragraph per line.
	Text  string
	Title string
	// Description is the page's meta description or its social-card summary.
	Description string
	Authors     []string
	Sitename    string
	Language    string
	URL         string
	Published   time.Time // zero when the page gives none
	// Truncated is set when the markup ends before its closing tags.
	Truncated bool
}

// ErrNoText is returned when a page yields no article text.
var ErrNoText = errors.New("no article text found in the page")

// Options control extraction.
type Options struct {
	// Fallback lets trafilatura compare its result with readability's and
	// dom-distiller's, which is slower and usually better.
	Fallback bool
}

// DefaultOptions are the settings dragoman uses.
var DefaultOptions = Options{Fallback: false}

// Extract reads one page.
func Extract(html []byte, opts Options) (*Page, error) {
	res, err := trafilatura.Extract(bytes.NewReader(html), trafilatura.Options{
		EnableFallback:  opts.Fallback,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
	})
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	text := Render(res.ContentNode)
	if !strings.Contains(text, "\n") {
		text = relined(html, text)
	}
	if text == "" {
		return nil, ErrNoText
	}
	m := res.Metadata
	p := &Page{
		Text:        text,
		Title:       strings.TrimSpace(m.Title),
		Description: strings.TrimSpace(m.Description),
		Sitename:    strings.TrimSpace(m.Sitename),
		Language:    strings.TrimSpace(m.Language),
		URL:         strings.TrimSpace(m.URL),
		Published:   m.Date,
		Truncated:   truncated(html),
	}
	p.Sitename = cleanSitename(p.Sitename, p.URL)
	for _, a := range strings.Split(m.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			p.Authors = append(p.Authors, a)
		}
	}
	return p, nil
}

// truncated reports whether the page lacks both closing </body> and </html>.
func truncated(html []byte) bool {
	tail := html
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	t := bytes.ToLower(tail)
	return !bytes.Contains(t, []byte("</html")) && !bytes.Contains(t, []byte("</body"))
}

// cleanSitename rejects site names that are links (a Facebook page given as
// og:site_name) and falls back to the page's host name.
func cleanSitename(name, pageURL string) string {
	if name != "" && !strings.Contains(name, "://") && !strings.HasPrefix(name, "www.") && !strings.Contains(name, "/") {
		return name
	}
	if u, err := url.Parse(pageURL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}
