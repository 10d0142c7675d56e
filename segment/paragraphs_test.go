package segment

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func TestParagraphs(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"one", []string{"one"}},
		{"  one  \n\n\ttwo.\r\n \n", []string{"one", "two."}},
		{"a\nb", []string{"a", "b"}},
		{"\n \t\n", nil},
	} {
		var got []string
		for _, p := range Paragraphs(c.text, []doc.Span(nil)) {
			got = append(got, c.text[p.Start:p.End])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			}
		}
	}
}
