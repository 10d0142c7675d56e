package eval

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/internal/tsv"
)

// The toponym development set: every toponym of the ten development
// articles, annotated by hand before tuning (see testdata/devsets.md).
//
//go:embed testdata/devset-places.tsv
var devPlacesTSV string

// DevPlace is one hand-annotated toponym.
type DevPlace struct {
	Article                   string
	Start, End                int
	Text, Kind, Name, Country string
	Feature                   string
	Lat, Lon                  float64
	GeoNames                  string
}

var (
	reDevKind    = regexp.MustCompile(`^(literal|metonymic|modifier|embedded|demonym)$`)
	reDevFeature = regexp.MustCompile(`^(country|admin1|city)$`)
	reDevCountry = regexp.MustCompile(`^[A-Z]{2}$`)
)

// LoadDevPlaces reads the toponym annotations and checks each against its
// article.
func LoadDevPlaces(name, data string, arts map[string]DevArticle) ([]DevPlace, error) {
	var out []DevPlace
	err := tsv.Each(strings.NewReader(data), name, 11, func(_ int, f []string) error {
		a, ok := arts[f[0]]
		if !ok {
			return fmt.Errorf("no article %q", f[0])
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start || end > len(a.Text) || a.Text[start:end] != f[3] {
			return fmt.Errorf("offsets %s-%s do not hold %q in %s", f[1], f[2], f[3], f[0])
		}
		if !reDevKind.MatchString(f[4]) || !reDevCountry.MatchString(f[6]) || !reDevFeature.MatchString(f[7]) || f[5] == "" {
			return fmt.Errorf("kind %q, place %q, country %q or feature %q is not of the format", f[4], f[5], f[6], f[7])
		}
		lat, err1 := strconv.ParseFloat(f[8], 64)
		lon, err2 := strconv.ParseFloat(f[9], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("coordinates %s, %s", f[8], f[9])
		}
		if f[10] != "-" {
			if _, err := strconv.Atoi(f[10]); err != nil {
				return fmt.Errorf("GeoNames id %q", f[10])
			}
		}
		out = append(out, DevPlace{Article: f[0], Start: start, End: end, Text: f[3], Kind: f[4], Name: f[5], Country: f[6],
			Feature: f[7], Lat: lat, Lon: lon, GeoNames: f[10]})
		return nil
	})
	return out, err
}

// DevPlaceScore is the toponym development set's figures.
type DevPlaceScore struct {
	Gold, Found, Matched, Within161, CountryRight int
	Notes                                         []string
}

// ScoreDevPlaces analyses each article and matches the mentions of its
// resolved places to the gold toponyms by overlap, one to one.
func ScoreDevPlaces(arts map[string]DevArticle, gold []DevPlace, a *analyzer.Analyzer) DevPlaceScore {
	var s DevPlaceScore
	s.Gold = len(gold)
	byArt := byArticle(gold, func(g DevPlace) string { return g.Article })
	eachDevArticle(arts, a, &s.Notes, func(id string, art DevArticle, d *doc.Document) {
		gs := byArt[id]
		used := make([]bool, len(gs))
		for _, p := range d.Places {
			for _, e := range d.Entities {
				if e.ID != p.Entity {
					continue
				}
				for _, m := range e.Mentions {
					if m.End > len(art.Text) || art.Text[m.Start:m.End] != m.Text {
						continue // a headline mention
					}
					s.Found++
					hit := -1
					for i, g := range gs {
						if !used[i] && m.Start < g.End && g.Start < m.End {
							hit = i
							break
						}
					}
					if hit < 0 {
						s.Notes = append(s.Notes, fmt.Sprintf("%s: extra %q (%s, %s)", id, m.Text, p.Name, p.Country))
						continue
					}
					used[hit] = true
					s.Matched++
					g := gs[hit]
					if p.Country == g.Country {
						s.CountryRight++
					}
					if km := geo.Distance(g.Lat, g.Lon, p.Lat, p.Lon); km <= 161 {
						s.Within161++
					} else {
						s.Notes = append(s.Notes, fmt.Sprintf("%s: %q at %s (%s) %.0f km from %s (%s)", id, m.Text, p.Name, p.Country, km, g.Name, g.Country))
					}
				}
			}
		}
		for i, g := range gs {
			if !used[i] {
				s.Notes = append(s.Notes, fmt.Sprintf("%s: missed %q (%s, %s)", id, g.Text, g.Kind, g.Name))
			}
		}
	})
	return s
}

// DevPlacesReport scores the built-in toponym development set.
func DevPlacesReport(verbose bool) (string, error) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		return "", err
	}
	gold, err := LoadDevPlaces("devset-places.tsv", devPlacesTSV, arts)
	if err != nil {
		return "", err
	}
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return "", err
	}
	s := ScoreDevPlaces(arts, gold, a)
	var b strings.Builder
	p, r, f := prf(s.Matched, s.Found, s.Gold)
	fmt.Fprintf(&b, "Wikinews toponym development set (%d articles, %d toponyms):\n", len(arts), len(gold))
	fmt.Fprintf(&b, "  toponyms found  P %.3f  R %.3f  F1 %.3f\n", p, r, f)
	fmt.Fprintf(&b, "  of those matched: within 161 km %.3f (%d of %d), right country %.3f\n", ratio(s.Within161, s.Matched), s.Within161, s.Matched, ratio(s.CountryRight, s.Matched))
	if verbose {
		for _, n := range s.Notes {
			fmt.Fprintln(&b, "  "+n)
		}
	}
	return b.String(), nil
}
