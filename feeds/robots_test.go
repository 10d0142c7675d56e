package feeds

import (
	"strings"
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	txt := `# comment
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?q=*
Crawl-delay: 2

User-agent: dragoman
User-agent: other
Disallow: /no-dragoman/
`
	r := parseRobots(strings.NewReader(txt), "dragoman/1.0 (+https://github.com/dragoman/dragoman)")
	for path, want := range map[string]bool{"/": true, "/no-dragoman/x": false, "/private/x": true} {
		if got := r.allowed(path); got != want {
			t.Errorf("dragoman group: %s: %v, want %v", path, got, want)
		}
	}
	star := parseRobots(strings.NewReader(txt), "somebot")
	for path, want := range map[string]bool{"/": true, "/private/x": false, "/private/open/a": true, "/doc.pdf": false, "/doc.pdf?x": true,
		"/search?q=war": false, "/search": true, "/robots.txt": true} {
		if got := star.allowed(path); got != want {
			t.Errorf("* group: %s: %v, want %v", path, got, want)
		}
	}
	if star.delay != 2*time.Second {
		t.Errorf("crawl delay %v", star.delay)
	}
	if !parseRobots(strings.NewReader(""), "dragoman").allowed("/x") {
		t.Error("empty robots.txt forbids")
	}
}

func FuzzRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /a*b$\n", "/axb")
	f.Fuzz(func(t *testing.T, txt, path string) {
		parseRobots(strings.NewReader(txt), "dragoman").allowed(path)
	})
}
