package eval

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/tsv"
)

// The time development set: every time expression of ten Wikinews
// politics articles, annotated by hand with TIMEX3 types and values
// before any tuning (see testdata/devsets.md).

//go:embed testdata/devset-articles.jsonl
var devArticlesJSONL string

//go:embed testdata/devset-times.tsv
var devTimesTSV string

// DevArticle is one article of the development sets.
type DevArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	URL   string `json:"url"`
	Text  string `json:"text"`
}

// DevTime is one hand-annotated time expression.
type DevTime struct {
	Article         string
	Start, End      int
	Text, Type, Mod string
	Value           string
}

// LoadDevArticles reads the development articles (JSON Lines).
func LoadDevArticles(name, data string) (map[string]DevArticle, error) {
	out := map[string]DevArticle{}
	for i, line := range strings.Split(strings.TrimSpace(data), "\n") {
		var a DevArticle
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		if a.ID == "" || a.Text == "" || !reDevDate.MatchString(a.Date) {
			return nil, fmt.Errorf("%s:%d: want id, a YYYY-MM-DD date and text", name, i+1)
		}
		out[a.ID] = a
	}
	return out, nil
}

var (
	reTimexType  = regexp.MustCompile(`^(DATE|TIME|DURATION|SET)$`)
	reTimexValue = regexp.MustCompile(`^[0-9PTXWQHSUMFNIEVDY:.\-]+$`)
)

// LoadDevTimes reads the time annotations and checks each against its
// article: the offsets must hold the text given.
func LoadDevTimes(name, data string, arts map[string]DevArticle) ([]DevTime, error) {
	var out []DevTime
	err := tsv.Each(strings.NewReader(data), name, 8, func(_ int, f []string) error {
		a, ok := arts[f[0]]
		if !ok {
			return fmt.Errorf("no article %q", f[0])
		}
		if f[1] != a.Date {
			return fmt.Errorf("date %s, the article's is %s", f[1], a.Date)
		}
		start, err1 := strconv.Atoi(f[2])
		end, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || start < 0 || end <= start || end > len(a.Text) || a.Text[start:end] != f[4] {
			return fmt.Errorf("offsets %s-%s do not hold %q in %s", f[2], f[3], f[4], f[0])
		}
		if !reTimexType.MatchString(f[5]) || !reTimexValue.MatchString(f[6]) {
			return fmt.Errorf("type %q or value %q is not TIMEX3", f[5], f[6])
		}
		mod := f[7]
		if mod == "-" {
			mod = ""
		}
		out = append(out, DevTime{Article: f[0], Start: start, End: end, Text: f[4], Type: f[5], Value: f[6], Mod: mod})
		return nil
	})
	return out, err
}

// DevTimeScore is the time development set's figures.
type DevTimeScore struct {
	Gold, Found, Matched, ValueRight int
	Notes                            []string
}

// ScoreDevTimes analyses each article against its publication date and
// matches its time expressions to the gold ones by overlap, one to one.
func ScoreDevTimes(arts map[string]DevArticle, gold []DevTime, a *analyzer.Analyzer) DevTimeScore {
	var s DevTimeScore
	s.Gold = len(gold)
	byArt := byArticle(gold, func(g DevTime) string { return g.Article })
	eachDevArticle(arts, a, &s.Notes, func(id string, art DevArticle, d *doc.Document) {
		gs := byArt[id]
		used := make([]bool, len(gs))
		for _, t := range d.Times {
			if t.End > len(art.Text) || art.Text[t.Start:t.End] != t.Text {
				continue // not in the body text (a headline)
			}
			s.Found++
			hit := -1
			for i, g := range gs {
				if !used[i] && t.Start < g.End && g.Start < t.End {
					hit = i
					break
				}
			}
			if hit < 0 {
				s.Notes = append(s.Notes, fmt.Sprintf("%s: extra %q", id, t.Text))
				continue
			}
			used[hit] = true
			s.Matched++
			v := ""
			if t.Value != nil {
				v = *t.Value
			}
			if v == gs[hit].Value {
				s.ValueRight++
			} else {
				s.Notes = append(s.Notes, fmt.Sprintf("%s: %q = %s, want %s", id, t.Text, v, gs[hit].Value))
			}
		}
		for i, g := range gs {
			if !used[i] {
				s.Notes = append(s.Notes, fmt.Sprintf("%s: missed %q (%s)", id, g.Text, g.Value))
			}
		}
	})
	return s
}

// eachDevArticle analyses the development articles in id order, each
// against its publication date, and calls fn with its document; an
// article that fails is noted and skipped.
func eachDevArticle(arts map[string]DevArticle, a *analyzer.Analyzer, notes *[]string, fn func(id string, art DevArticle, d *doc.Document)) {
	for _, id := range sortedKeys(arts) {
		art := arts[id]
		d, err := a.Analyze(input.Item{Name: id, Data: []byte(art.Text), Format: input.FormatText, Meta: input.Meta{Published: art.Date}})
		if err != nil {
			*notes = append(*notes, fmt.Sprintf("%s: %v", id, err))
			continue
		}
		fn(id, art, d)
	}
}

// byArticle groups annotations by their article.
func byArticle[T any](xs []T, article func(T) string) map[string][]T {
	m := map[string][]T{}
	for _, x := range xs {
		m[article(x)] = append(m[article(x)], x)
	}
	return m
}

func sortedKeys(m map[string]DevArticle) []string {
	return slices.Sorted(maps.Keys(m))
}

// DevTimesReport scores the built-in time development set.
func DevTimesReport(verbose bool) (string, error) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		return "", err
	}
	gold, err := LoadDevTimes("devset-times.tsv", devTimesTSV, arts)
	if err != nil {
		return "", err
	}
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return "", err
	}
	s := ScoreDevTimes(arts, gold, a)
	var b strings.Builder
	p, r, f := prf(s.Matched, s.Found, s.Gold)
	vp, vr, vf := prf(s.ValueRight, s.Found, s.Gold)
	fmt.Fprintf(&b, "Wikinews time development set (%d articles, %d expressions):\n", len(arts), len(gold))
	fmt.Fprintf(&b, "  relaxed extent  P %.3f  R %.3f  F1 %.3f\n", p, r, f)
	fmt.Fprintf(&b, "  value           P %.3f  R %.3f  F1 %.3f (right on %.3f of those found)\n", vp, vr, vf, ratio(s.ValueRight, s.Matched))
	if verbose {
		for _, n := range s.Notes {
			fmt.Fprintln(&b, "  "+n)
		}
	}
	return b.String(), nil
}
