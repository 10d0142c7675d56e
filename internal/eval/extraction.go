// Package eval holds dragoman's evaluation harnesses: each reads a peer
// suite from the shared data folder and computes the figures the issues
// ask for.
package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ExtractionPage is one page of the article-extraction benchmark.
type ExtractionPage struct {
	ID   string
	URL  string
	Gold string
	HTML []byte
}

// LoadExtraction reads the benchmark from dir (the folder holding
// ground-truth.json and html/), pages sorted by id.
func LoadExtraction(dir string) ([]ExtractionPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("extraction benchmark: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("extraction benchmark: ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]ExtractionPage, 0, len(ids))
	for _, id := range ids {
		path := filepath.Join(dir, "html", id+".html.gz")
		html, err := readGz(path)
		if err != nil {
			return nil, fmt.Errorf("extraction benchmark: %s: %w", path, err)
		}
		pages = append(pages, ExtractionPage{ID: id, URL: gt[id].URL, Gold: gt[id].ArticleBody, HTML: html})
	}
	return pages, nil
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Extractor turns a page into article text.
type Extractor func(p ExtractionPage) (string, error)

// RunExtraction scores ex on every page.
func RunExtraction(pages []ExtractionPage, ex Extractor) ([]PageScore, map[string]string) {
	scores := make([]PageScore, 0, len(pages))
	preds := make(map[string]string, len(pages))
	for _, p := range pages {
		text, err := ex(p)
		if err != nil {
			text = ""
		}
		preds[p.ID] = text
		scores = append(scores, ScorePage(p.ID, p.Gold, text))
	}
	return scores, preds
}

// FormatSummary renders a summary as one table row.
func FormatSummary(name string, s Summary) string {
	return fmt.Sprintf("%-24s F1 %.3f  P %.3f  R %.3f  exact %.3f  (%d pages)", name, s.F1, s.Precision, s.Recall, s.Exact, s.Pages)
}

// Lines is a helper for reports.
func Lines(rows ...string) string { return strings.Join(rows, "\n") + "\n" }
