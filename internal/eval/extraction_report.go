package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/webpage"
)

// DragomanExtractor reads a page as dragoman analyze does (extraction and
// the news layer; the later stages do not change the body) and returns the
// article body.
func DragomanExtractor(opts webpage.Options) (Extractor, error) {
	an, err := analyzer.New(analyzer.Options{Web: opts, ReadingOnly: true})
	if err != nil {
		return nil, err
	}
	return func(p ExtractionPage) (string, error) {
		format, data, err := input.Check(p.HTML, input.FormatHTML)
		if err != nil {
			return "", err
		}
		d, err := an.Analyze(input.Item{Name: p.ID, Data: data, Format: format})
		if d == nil {
			return "", err
		}
		return d.BodyText(), nil
	}, nil
}

// TrafilaturaExtractor is go-trafilatura alone, with the same options.
func TrafilaturaExtractor(opts webpage.Options) Extractor {
	return func(p ExtractionPage) (string, error) {
		pg, err := webpage.Extract(p.HTML, opts)
		if err != nil {
			return "", err
		}
		return pg.Text, nil
	}
}

// ExtractionReport scores dragoman and go-trafilatura alone on the
// benchmark in dir and renders the figures.
func ExtractionReport(dir string, verbose bool) (string, error) {
	pages, err := LoadExtraction(dir)
	if err != nil {
		return "", err
	}
	opts := webpage.DefaultOptions
	dr, err := DragomanExtractor(opts)
	if err != nil {
		return "", err
	}
	ds, _ := RunExtraction(pages, dr)
	ts, _ := RunExtraction(pages, TrafilaturaExtractor(opts))
	var b strings.Builder
	fmt.Fprintf(&b, "article-extraction benchmark: %d pages (%s)\n", len(pages), dir)
	fmt.Fprintln(&b, FormatSummary("dragoman", Summarize(ds)))
	fmt.Fprintln(&b, FormatSummary("go-trafilatura alone", Summarize(ts)))
	if verbose {
		sort.Slice(ds, func(i, j int) bool { return ds[i].Precision+ds[i].Recall < ds[j].Precision+ds[j].Recall })
		fmt.Fprintln(&b, "worst pages (dragoman):")
		for _, s := range ds[:min(15, len(ds))] {
			fmt.Fprintf(&b, "  %s  P %.3f  R %.3f\n", s.ID, s.Precision, s.Recall)
		}
	}
	return b.String(), nil
}
