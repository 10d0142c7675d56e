package webpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRender(t *testing.T) {
	n, err := html.Parse(strings.NewReader("<div><h1>Title</h1><p>One <b>bold</b>\n word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul><script>x()</script></div>"))
	if err != nil {
		t.Fatal(err)
	}
	got := Render(n)
	want := "Title\nOne bold word.\nTwo\nlines\na\nb"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

const page = `<!DOCTYPE html><html><head><title>Ship seized in Gulf | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-12-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ship seized in Gulf</h1>
<p>Iranian forces seized a tanker in the Gulf on Tuesday, the country's state media reported, in the latest incident in the region's busy shipping lanes.</p>
<p>The vessel was taken to a port on the coast, officials said, and its crew of twenty were being questioned by the authorities about the cargo.</p>
<p>The United States condemned the seizure and called for the immediate release of the ship and its crew, a State Department spokesperson said.</p>
</article><footer>Copyright Example News</footer></body></html>`

func TestExtract(t *testing.T) {
	p, err := Extract([]byte(page), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Text, "Iranian forces seized a tanker") || strings.Contains(p.Text, "Home") {
		t.Errorf("text = %q", p.Text)
	}
	if p.Sitename != "Example News" || p.Published.Format("2006-01-02") != "2020-12-02" || len(p.Authors) != 1 {
		t.Errorf("metadata: %+v", p)
	}
	if p.Truncated {
		t.Error("complete page marked truncated")
	}
	if p2, err := Extract([]byte(page[:len(page)-40]), DefaultOptions); err == nil && !p2.Truncated {
		t.Error("truncated page not marked")
	}
}

func TestCleanSitename(t *testing.T) {
	for _, c := range []struct{ name, url, want string }{
		{"CNN", "", "CNN"},
		{"https://www.facebook.com/CBSDetroit", "https://detroit.cbslocal.com/x", "detroit.cbslocal.com"},
		{"", "https://www.example.org/a", "example.org"},
	} {
		if got := cleanSitename(c.name, c.url); got != c.want {
			t.Errorf("%q %q: got %q, want %q", c.name, c.url, got, c.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(page))
	f.Add([]byte("<p>unclosed <b>tags <div>"))
	f.Add([]byte("<html><body><table><tr><td>x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Extract(data, DefaultOptions)
		if err == nil && strings.TrimSpace(p.Text) == "" {
			t.Fatal("empty text without error")
		}
	})
}
