package analyzer

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
)

// A page's fetch date (a WARC record's) dates the article only when
// nothing better does.
func TestFetchedDateIsTheLastResort(t *testing.T) {
	an, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Negotiators met in Geneva on Tuesday and agreed to talk again next week, officials said."
	for _, c := range []struct {
		meta          input.Meta
		value, source string
	}{
		{input.Meta{Fetched: "2020-12-03T10:00:00Z"}, "2020-12-03", doc.PublishedFetched},
		{input.Meta{Fetched: "2020-12-03T10:00:00Z", Published: "2020-11-30"}, "2020-11-30", doc.PublishedGiven},
		{input.Meta{}, "", doc.PublishedUnknown},
	} {
		d, err := an.Analyze(input.Item{Name: "t", Format: input.FormatText, Data: []byte(text), Meta: c.meta})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if d.Published.Value != nil {
			got = *d.Published.Value
		}
		if got != c.value || d.Published.Source != c.source {
			t.Errorf("%+v: published %q (%s), want %q (%s)", c.meta, got, d.Published.Source, c.value, c.source)
		}
	}
}
