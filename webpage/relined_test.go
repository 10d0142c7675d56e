package webpage

import (
	"strings"
	"testing"
)

// TestRelined: a text extraction flattened into one paragraph gets its
// lines back from the page's <article> element when that element holds
// exactly its words; otherwise it stays as it is.
func TestRelined(t *testing.T) {
	para := strings.Repeat("The minister said the talks would resume next week in the capital. ", 4)
	page := "<html><body><nav>Home</nav><article><figure><figcaption>Soldiers on patrol [File: Reuters]</figcaption></figure>" +
		"<p>" + para + "</p><h4>More:</h4><ul><li>Another story</li></ul><p>" + para + "</p></article></body></html>"
	flat := strings.Join(strings.Fields("Soldiers on patrol [File: Reuters] "+para+" More: Another story "+para), " ")
	cases := []struct {
		name, page, text string
		lines            int
	}{
		{"article element with the same words", page, flat, 5},
		{"words differ", page, flat + " extra", 1},
		{"no article element", strings.ReplaceAll(page, "article>", "div>"), flat, 1},
		{"short text", page, "Soldiers on patrol", 1},
	}
	for _, c := range cases {
		got := relined([]byte(c.page), c.text)
		if n := len(strings.Split(got, "\n")); n != c.lines {
			t.Errorf("%s: %d lines, want %d:\n%s", c.name, n, c.lines, got)
		}
		if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(c.text), " ") {
			t.Errorf("%s: words changed", c.name)
		}
	}
}
