package eval

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/input"
)

// The golden posture boards: the expected board of the seed example and of
// the 25 Wikinews posture reports, annotated by hand before any rule was
// written (see testdata/posture-boards.md).
//
//go:embed testdata/posture-boards.jsonl
var postureBoardsJSONL string

// GoldenBoard is one article's expected posture board.
type GoldenBoard struct {
	ID        string        `json:"id"`
	Published string        `json:"published"`
	Posts     []GoldenPost  `json:"posts"`
	Changes   []GoldenChnge `json:"changes"`
}

// GoldenPost is an expected post.
type GoldenPost struct {
	Key         string `json:"key"`
	Sender      string `json:"sender"`
	Type        string `json:"type"`
	Host        string `json:"host"`
	HostCountry string `json:"host_country"`
}

// GoldenChnge is an expected status change.
type GoldenChnge struct {
	Post     string  `json:"post"`
	Status   string  `json:"status"`
	Date     *string `json:"date"`
	Polarity string  `json:"polarity"`
}

// LoadGoldenBoards reads golden boards and checks every change names a post.
func LoadGoldenBoards(name, data string) ([]GoldenBoard, error) {
	var out []GoldenBoard
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for ln := 1; sc.Scan(); ln++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var b GoldenBoard
		if err := json.Unmarshal(sc.Bytes(), &b); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, ln, err)
		}
		posts := map[string]bool{}
		for _, p := range b.Posts {
			posts[p.Key] = true
		}
		for _, c := range b.Changes {
			if !posts[c.Post] {
				return nil, fmt.Errorf("%s:%d: change of unknown post %q", name, ln, c.Post)
			}
			if c.Polarity != doc.Asserted && c.Polarity != doc.Negated && c.Polarity != doc.Hypothetical {
				return nil, fmt.Errorf("%s:%d: polarity %q", name, ln, c.Polarity)
			}
			if c.Date != nil {
				if _, _, ok := dateInterval(*c.Date); !ok {
					return nil, fmt.Errorf("%s:%d: date %q", name, ln, *c.Date)
				}
			}
		}
		out = append(out, b)
	}
	return out, sc.Err()
}

// dateInterval reads YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or FROM/TO as a
// range of days.
func dateInterval(v string) (time.Time, time.Time, bool) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		s, _, ok1 := dateInterval(a)
		_, e, ok2 := dateInterval(b)
		return s, e, ok1 && ok2
	}
	switch {
	case len(v) == 4:
		y, err := strconv.Atoi(v)
		if err != nil {
			break
		}
		s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(1, 0, -1), true
	case len(v) == 7:
		s, err := time.Parse("2006-01", v)
		if err == nil {
			return s, s.AddDate(0, 1, -1), true
		}
	case len(v) == 10:
		s, err := time.Parse("2006-01-02", v)
		if err == nil {
			return s, s, true
		}
	case len(v) == 8 && v[5] == 'W':
		y, err1 := strconv.Atoi(v[:4])
		w, err2 := strconv.Atoi(v[6:])
		if err1 == nil && err2 == nil {
			// ISO week: the week with the year's first Thursday is week 1.
			jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
			s := mon.AddDate(0, 0, 7*(w-1))
			return s, s.AddDate(0, 0, 6), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// dateWithin reports whether a found date lies within a golden one.
func dateWithin(found, gold *string) bool {
	if gold == nil || found == nil {
		return gold == nil && found == nil
	}
	gs, ge, ok1 := dateInterval(*gold)
	fs, fe, ok2 := dateInterval(*found)
	return ok1 && ok2 && !fs.Before(gs) && !fe.After(ge)
}

// postMatches: same sender and host country, and the same city when both
// name one.
func postMatches(g GoldenPost, p doc.Post) bool {
	if sameSender(g.Sender) != sameSender(p.Sender) || g.HostCountry != p.HostCountry {
		return false
	}
	if g.Host == "" || p.Host == "" {
		return true
	}
	for _, alt := range strings.Split(g.Host, "|") {
		if strings.EqualFold(alt, p.Host) || sameGazetteerPlace(alt, p.Host, g.HostCountry) {
			return true
		}
	}
	return false
}

// sameSender maps a CAMEO country code to the one dragoman's actor coding
// uses where the CAMEO editions differ: the boards were annotated with
// CAMEO's ROM for Romania, the entity layer codes it ROU (the Phoenix
// dictionaries).
func sameSender(code string) string {
	if code == "ROM" {
		return "ROU"
	}
	return code
}

// sameGazetteerPlace: two spellings of one populated place of the country
// ("Basra", "Basrah").
func sameGazetteerPlace(a, b, cc string) bool {
	g, err := geo.Default()
	if err != nil {
		return false
	}
	ids := map[string]bool{}
	for _, i := range g.Lookup(a) {
		if p := &g.Places[i]; p.Kind == 'P' && p.Country == cc {
			ids[p.ID] = true
		}
	}
	for _, i := range g.Lookup(b) {
		if p := &g.Places[i]; p.Kind == 'P' && ids[p.ID] {
			return true
		}
	}
	return false
}

// PostureScore is the result of scoring the golden boards.
type PostureScore struct {
	Articles, Gold, Found          int
	Post, PostStatus, PostStatusDt int // golden changes matched at each level
	Invented                       int // found changes matching no golden change
	Lines                          []string
}

// ScorePosture analyses each golden article and scores its board.
func ScorePosture(shared string, boards []GoldenBoard, a *analyzer.Analyzer, verbose bool) (PostureScore, error) {
	texts, err := postureTexts(shared)
	if err != nil {
		return PostureScore{}, err
	}
	var sc PostureScore
	for _, b := range boards {
		text, ok := texts[b.ID]
		if !ok {
			return sc, fmt.Errorf("golden board %s: no such article in the shared data", b.ID)
		}
		d, err := a.Analyze(input.Item{Name: b.ID, Data: []byte(text), Format: input.FormatText, Meta: input.Meta{Published: b.Published}})
		if err != nil {
			return sc, fmt.Errorf("%s: %v", b.ID, err)
		}
		sc.Articles++
		found := d.Posture.Changes
		posts := map[string]doc.Post{}
		for _, p := range d.Posture.Posts {
			posts[p.Key] = p
		}
		gposts := map[string]GoldenPost{}
		for _, p := range b.Posts {
			gposts[p.Key] = p
		}
		used := make([]bool, len(found))
		sc.Gold += len(b.Changes)
		sc.Found += len(found)
		for _, g := range b.Changes {
			gp := gposts[g.Post]
			level, at := 0, -1
			for i, f := range found {
				if used[i] || !postMatches(gp, posts[f.Post]) {
					continue
				}
				l := 1
				if f.Status == g.Status && f.Polarity == g.Polarity {
					l = 2
					if dateWithin(f.Date, g.Date) {
						l = 3
					}
				}
				if l > level {
					level, at = l, i
				}
			}
			if level >= 2 {
				used[at] = true
			}
			if level >= 1 {
				sc.Post++
			}
			if level >= 2 {
				sc.PostStatus++
			}
			if level == 3 {
				sc.PostStatusDt++
			}
			if verbose && level < 3 {
				got := "nothing"
				if at >= 0 {
					got = describe(found[at])
				}
				sc.Lines = append(sc.Lines, fmt.Sprintf("  %s: missed %s %s %s %s (best: %s)", b.ID, g.Post, g.Status, g.Polarity, str(g.Date), got))
			}
		}
		for i, f := range found {
			if !used[i] {
				sc.Invented++
				if verbose {
					sc.Lines = append(sc.Lines, fmt.Sprintf("  %s: invented %s", b.ID, describe(f)))
				}
			}
		}
	}
	return sc, nil
}

func describe(c doc.StatusChange) string {
	return fmt.Sprintf("%s %s %s %s", c.Post, c.Status, c.Polarity, str(c.Date))
}

func str(p *string) string {
	if p == nil {
		return "null"
	}
	return *p
}

// postureTexts reads the texts of the golden articles: the posture corpus
// and the seed example.
func postureTexts(shared string) (map[string]string, error) {
	out := map[string]string{}
	path := filepath.Join(shared, "corpora", "wikinews", "posture-articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out[r.ID] = r.Text
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	seed, err := os.ReadFile(filepath.Join(shared, "examples", "cnn-baghdad-embassy-drawdown.txt"))
	if err != nil {
		return nil, err
	}
	out["cnn-baghdad-embassy-drawdown"] = string(seed)
	return out, nil
}

// PostureReport scores the golden posture boards.
func PostureReport(shared string, verbose bool) (string, error) {
	boards, err := LoadGoldenBoards("posture-boards.jsonl", postureBoardsJSONL)
	if err != nil {
		return "", err
	}
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		return "", err
	}
	sc, err := ScorePosture(shared, boards, a, verbose)
	if err != nil {
		return "", err
	}
	pct := func(n int) string { return fmt.Sprintf("%5.1f%%", 100*float64(n)/float64(max(1, sc.Gold))) }
	var b strings.Builder
	fmt.Fprintf(&b, "Posture: golden boards of %d articles (%d changes; %d changes found)\n", sc.Articles, sc.Gold, sc.Found)
	fmt.Fprintf(&b, "  post right                    %s (%d)\n", pct(sc.Post), sc.Post)
	fmt.Fprintf(&b, "  post and status right         %s (%d)\n", pct(sc.PostStatus), sc.PostStatus)
	fmt.Fprintf(&b, "  post, status and date right   %s (%d)\n", pct(sc.PostStatusDt), sc.PostStatusDt)
	fmt.Fprintf(&b, "  invented (found, unmatched)   %d\n", sc.Invented)
	for _, l := range sc.Lines {
		b.WriteString(l + "\n")
	}
	// The other side: reports that mention no embassy, consulate or
	// mission should give no change (the corpus's sample was drawn so).
	n, with, changes, err := noPostChanges(shared, a, 300, verbose, &b)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(&b, "Reports naming no post (first %d of articles.jsonl): %d with a change, %d changes in all\n", n, with, changes)
	return b.String(), nil
}

// noPostChanges analyses the first limit articles of the Wikinews sample
// (none names an embassy, consulate or diplomatic mission) and counts the
// posture changes found in them.
func noPostChanges(shared string, a *analyzer.Analyzer, limit int, verbose bool, w *strings.Builder) (n, with, changes int, err error) {
	path := filepath.Join(shared, "corpora", "wikinews", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	for sc.Scan() && n < limit {
		var r struct {
			ID, Text string
			Date     *string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return n, with, changes, fmt.Errorf("%s: %v", path, err)
		}
		meta := input.Meta{}
		if r.Date != nil {
			meta.Published = *r.Date
		}
		d, err := a.Analyze(input.Item{Name: r.ID, Data: []byte(r.Text), Format: input.FormatText, Meta: meta})
		if err != nil {
			continue
		}
		n++
		if d.Posture != nil && len(d.Posture.Changes) > 0 {
			with++
			changes += len(d.Posture.Changes)
			if verbose {
				for _, c := range d.Posture.Changes {
					fmt.Fprintf(w, "  %s: found %s\n", r.ID, describe(c))
				}
			}
		}
	}
	return n, with, changes, sc.Err()
}
