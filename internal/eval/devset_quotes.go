package eval

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
)

// The attribution development set: every attribution with a source in the
// ten development articles, annotated by hand before tuning (see
// testdata/devsets.md).
//
//go:embed testdata/devset-attributions.tsv
var devAttributionsTSV string

// DevAttribution is one hand-annotated attribution: its content, cue and
// source, each a span of the article's text.
type DevAttribution struct {
	Article                   string
	Content, Cue, Source      [2]int
	Kind, CueText, SourceText string
	ContentText               string
}

var reDevAttrKind = regexp.MustCompile(`^(direct|indirect|mixed|belief|intention)$`)

// LoadDevAttributions reads the attribution annotations and checks every
// span against its article.
func LoadDevAttributions(name, data string, arts map[string]DevArticle) ([]DevAttribution, error) {
	var out []DevAttribution
	err := tsv.Each(strings.NewReader(data), name, 11, func(_ int, f []string) error {
		a, ok := arts[f[0]]
		if !ok {
			return fmt.Errorf("no article %q", f[0])
		}
		span := func(s, e, text, what string) ([2]int, error) {
			start, err1 := strconv.Atoi(s)
			end, err2 := strconv.Atoi(e)
			if err1 != nil || err2 != nil || start < 0 || end <= start || end > len(a.Text) || a.Text[start:end] != text {
				return [2]int{}, fmt.Errorf("%s offsets %s-%s do not hold %q", what, s, e, text)
			}
			return [2]int{start, end}, nil
		}
		if !reDevAttrKind.MatchString(f[3]) {
			return fmt.Errorf("kind %q", f[3])
		}
		content, err := span(f[1], f[2], f[10], "content")
		if err != nil {
			return err
		}
		cue, err := span(f[4], f[5], f[6], "cue")
		if err != nil {
			return err
		}
		src, err := span(f[7], f[8], f[9], "source")
		if err != nil {
			return err
		}
		out = append(out, DevAttribution{Article: f[0], Content: content, Cue: cue, Source: src, Kind: f[3],
			CueText: f[6], SourceText: f[9], ContentText: f[10]})
		return nil
	})
	return out, err
}

// DevQuoteScore is the attribution development set's figures.
type DevQuoteScore struct {
	Gold, Found, Matched, SpeakerRight int
	Notes                              []string
}

// ScoreDevAttributions analyses each article; a quote matches an
// attribution when it covers at least half of the gold content, one to
// one. Its speaker is right when its span overlaps the gold source or
// one's name holds the other's last word.
func ScoreDevAttributions(arts map[string]DevArticle, gold []DevAttribution, a *analyzer.Analyzer) DevQuoteScore {
	var s DevQuoteScore
	s.Gold = len(gold)
	byArt := byArticle(gold, func(g DevAttribution) string { return g.Article })
	eachDevArticle(arts, a, &s.Notes, func(id string, art DevArticle, d *doc.Document) {
		gs := byArt[id]
		used := make([]bool, len(gs))
		for _, q := range d.Quotes {
			if q.End > len(art.Text) {
				continue
			}
			s.Found++
			hit := -1
			for i, g := range gs {
				ov := min(q.End, g.Content[1]) - max(q.Start, g.Content[0])
				if !used[i] && 2*ov >= g.Content[1]-g.Content[0] {
					hit = i
					break
				}
			}
			if hit < 0 {
				s.Notes = append(s.Notes, fmt.Sprintf("%s: extra %q", id, clip(q.Text)))
				continue
			}
			used[hit] = true
			s.Matched++
			g := gs[hit]
			if q.Speaker != nil && speakerAgrees(d, q.Speaker, g) {
				s.SpeakerRight++
			} else {
				who := "nobody"
				if q.Speaker != nil {
					who = q.Speaker.Name
				}
				s.Notes = append(s.Notes, fmt.Sprintf("%s: %q spoken by %q, want %q", id, clip(g.ContentText), who, g.SourceText))
			}
		}
		for i, g := range gs {
			if !used[i] {
				s.Notes = append(s.Notes, fmt.Sprintf("%s: missed %s %q (%s %q)", id, g.Kind, clip(g.ContentText), g.SourceText, g.CueText))
			}
		}
	})
	return s
}

// speakerAgrees reports whether a speaker is the annotated source: its
// span, or a mention of the entity it was resolved to, overlaps the
// source, or one name holds the other's last word.
func speakerAgrees(d *doc.Document, sp *doc.Speaker, g DevAttribution) bool {
	overlaps := func(start, end int) bool { return start < g.Source[1] && g.Source[0] < end }
	if overlaps(sp.Start, sp.End) {
		return true
	}
	name := sp.Name
	if sp.Entity != nil {
		for _, e := range d.Entities {
			if e.ID != *sp.Entity {
				continue
			}
			name = e.Name
			for _, m := range e.Mentions {
				if overlaps(m.Start, m.End) {
					return true
				}
			}
		}
	}
	last := func(s string) string {
		f := strings.Fields(strings.ToLower(s))
		if len(f) == 0 {
			return "\x00"
		}
		return f[len(f)-1]
	}
	n, src := strings.ToLower(name), strings.ToLower(g.SourceText)
	return n != "" && (strings.Contains(n, last(src)) || strings.Contains(src, last(n)))
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// DevAttributionsReport scores the built-in attribution development set.
func DevAttributionsReport(verbose bool) (string, error) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		return "", err
	}
	gold, err := LoadDevAttributions("devset-attributions.tsv", devAttributionsTSV, arts)
	if err != nil {
		return "", err
	}
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return "", err
	}
	s := ScoreDevAttributions(arts, gold, a)
	var b strings.Builder
	p, r, f := prf(s.Matched, s.Found, s.Gold)
	fmt.Fprintf(&b, "Wikinews attribution development set (%d articles, %d attributions):\n", len(arts), len(gold))
	fmt.Fprintf(&b, "  content  P %.3f  R %.3f  F1 %.3f\n", p, r, f)
	fmt.Fprintf(&b, "  speaker right on %.3f of matched (%d of %d)\n", ratio(s.SpeakerRight, s.Matched), s.SpeakerRight, s.Matched)
	if verbose {
		for _, n := range s.Notes {
			fmt.Fprintln(&b, "  "+n)
		}
	}
	return b.String(), nil
}
