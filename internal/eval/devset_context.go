package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
)

// The events development set read in its articles: each sentence is
// analysed with its article's title and the article's text up to and
// including it (from the Wikinews corpus the set was drawn from), and
// the counted events told in that sentence are scored as ScoreDevEvents
// scores them. The hand coder read the sentences in their articles ("the
// woman", "Bush", "the police" are coded with what the article said
// before); this is the figure a reader of whole articles gets. A sentence
// whose article or text is not found is analysed alone.

// devArticle is one article of the corpus: its title, text and date.
type devArticle struct{ Title, Text, Date string }

// loadDevArticles reads the corpus records (JSON Lines: id, title, text,
// date) of the articles named in ids.
func loadDevArticles(path string, ids map[string]bool) (map[string]devArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]devArticle{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var r struct{ ID, Title, Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if ids[r.ID] {
			out[r.ID] = devArticle{r.Title, r.Text, r.Date}
		}
	}
	return out, sc.Err()
}

// auditArticles reads the Wikinews corpus under shared for the articles
// named in ids and makes the default analyzer, for an audit (what, in
// errors) that analyses whole articles.
func auditArticles(shared string, ids map[string]bool, what string) (map[string]devArticle, *analyzer.Analyzer, error) {
	path := filepath.Join(shared, "corpora", "wikinews", "articles.jsonl")
	if _, err := os.Stat(path); err != nil {
		return nil, nil, fmt.Errorf("%s: the Wikinews corpus: %v", what, err)
	}
	arts, err := loadDevArticles(path, ids)
	if err != nil {
		return nil, nil, err
	}
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return nil, nil, err
	}
	return arts, a, nil
}

// ScoreDevEventsInContext scores the set with each sentence read after
// its article's title and preceding text (arts by article id).
func ScoreDevEventsInContext(set []DevSentence, a *analyzer.Analyzer, arts map[string]devArticle) (s DevScore, alone int, err error) {
	if s, err = newDevScore(); err != nil {
		return s, 0, err
	}
	for _, x := range set {
		art, ok := arts[x.ID]
		i := strings.Index(art.Text, x.Text)
		text, start, headline := x.Text, 0, ""
		if ok && i >= 0 {
			text, start, headline = art.Text[:i+len(x.Text)], i, art.Title
		} else {
			alone++
		}
		d, err := a.Analyze(input.Item{Name: x.ID, Data: []byte(text), Format: input.FormatText, Meta: input.Meta{Published: x.Date, Headline: headline}})
		var pred []DevEvent
		if err == nil {
			pred = countedEvents(d, start, len(text))
		}
		s.add(x, pred)
	}
	return s, alone, nil
}

// writeDevContextScore writes the line of set read in its articles, from
// the Wikinews corpus under shared; it writes nothing where the corpus is
// not there.
func writeDevContextScore(b *strings.Builder, shared string, set []DevSentence, a *analyzer.Analyzer, verbose bool) error {
	ids := map[string]bool{}
	for _, x := range set {
		ids[x.ID] = true
	}
	path := filepath.Join(shared, "corpora", "wikinews", "articles.jsonl")
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	arts, err := loadDevArticles(path, ids)
	if err != nil {
		return err
	}
	s, alone, err := ScoreDevEventsInContext(set, a, arts)
	if err != nil {
		return err
	}
	_, _, rf := s.Root.Scores()
	_, _, cf := s.Code.Scores()
	fmt.Fprintf(b, "  read in their articles (title and text up to the sentence; %d sentences not found, read alone): root F1 %.3f, code F1 %.3f, actors agree %.3f (%d of %d), no-event sentences given a counted event %.3f (%d of %d)\n",
		alone, rf, cf, ratio(s.ActorsAgree, s.Matched), s.ActorsAgree, s.Matched, ratio(s.NoEventCounted, s.NoEvent), s.NoEventCounted, s.NoEvent)
	if verbose {
		for _, n := range s.Notes {
			fmt.Fprintln(b, "    "+n)
		}
	}
	return nil
}
