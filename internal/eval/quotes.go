package eval

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/quote"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
)

//go:embed testdata/quotes-gold.tsv
var quotesGold string

// QuoteCase is one case of the textacy direct-quotation suite.
type QuoteCase struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Expected []struct {
		Speaker string `json:"speaker"`
		Cue     string `json:"cue"`
		Content string `json:"content"`
	} `json:"expected"`
	SpeakerTokens []string `json:"expected_speaker_tokens"`
}

// LoadQuoteCases reads cases.json.
func LoadQuoteCases(path string) ([]QuoteCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("quote cases: %w", err)
	}
	var f struct {
		Cases []QuoteCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("quote cases: %w", err)
	}
	return f.Cases, nil
}

// quoteSyntax is the syntax stage the quote checks share, loaded once.
var quoteSyntax = sync.OnceValues(syntax.New)

// QuoteDoc runs the reading-free part of the pipeline a quote needs: the
// text as one body of paragraphs (one per line), sentences, the syntax
// layer, entities and quotes.
func QuoteDoc(text string, ent *entity.Stage, qs *quote.Stage) *doc.Document {
	d := doc.New("quotes", text)
	off := 0
	for _, line := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			st := off + strings.Index(line, t)
			d.Body = append(d.Body, doc.Span{Start: st, End: st + len(t)})
		}
		off += len(line) + 1
	}
	segment.Stage{}.Process(d)
	if syn, err := quoteSyntax(); err == nil {
		syn.Process(d)
	}
	ent.Process(d)
	qs.Process(d)
	return d
}

// ScoreQuoteCases checks every case: the direct quotes found, their
// content and speakers.
func ScoreQuoteCases(cases []QuoteCase, ent *entity.Stage, qs *quote.Stage) (right int, notes []string) {
	for _, c := range cases {
		d := QuoteDoc(c.Text, ent, qs)
		var direct []doc.Quote
		for _, q := range d.Quotes {
			if q.Kind == "direct" || q.Kind == "mixed" {
				direct = append(direct, q)
			}
		}
		ok := true
		if c.SpeakerTokens != nil {
			var got []string
			for _, q := range direct {
				if q.Speaker != nil {
					got = append(got, strings.Fields(d.Text[q.Speaker.Start:q.Speaker.End])...)
				}
			}
			ok = strings.Join(got, " ") == strings.Join(c.SpeakerTokens, " ")
			if !ok {
				notes = append(notes, fmt.Sprintf("%s: speakers %v, want %v", c.ID, got, c.SpeakerTokens))
			}
		} else {
			if len(direct) != len(c.Expected) {
				ok = false
				notes = append(notes, fmt.Sprintf("%s: %d quotes, want %d", c.ID, len(direct), len(c.Expected)))
			}
			for i := 0; ok && i < len(c.Expected); i++ {
				e, q := c.Expected[i], direct[i]
				sp := ""
				if q.Speaker != nil {
					sp = d.Text[q.Speaker.Start:q.Speaker.End]
				}
				if strings.TrimSpace(q.Text) != strings.TrimSpace(e.Content) || sp != e.Speaker && (q.Speaker == nil || q.Speaker.Name != e.Speaker) {
					ok = false
					notes = append(notes, fmt.Sprintf("%s: quote %q by %q, want %q by %q", c.ID, q.Text, sp, e.Content, e.Speaker))
				}
			}
		}
		if ok {
			right++
		}
	}
	return right, notes
}

// quoteGold is one hand-annotated quote.
type quoteGold struct{ page, start, speaker string }

// QuoteCheck is the outcome of the quote check on real news.
type QuoteCheck struct {
	Gold, Pred, Matched, SpeakerRight int
}

// QuoteRegion is how much of each body the quote gold annotates.
const QuoteRegion = 3800

// ScoreQuoteCheck finds direct quotes in the annotated benchmark bodies
// and compares them with the hand annotation: a prediction matches a gold
// quote when it holds the gold quote's first words; its speaker is right
// when one name contains the other (ignoring case).
func ScoreQuoteCheck(pages []ExtractionPage, gold string, ent *entity.Stage, qs *quote.Stage) (QuoteCheck, []string) {
	var golds []quoteGold
	for _, line := range strings.Split(gold, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			golds = append(golds, quoteGold{f[0], f[1], f[2]})
		}
	}
	var s QuoteCheck
	var notes []string
	for _, p := range pages {
		var pg []quoteGold
		for _, g := range golds {
			if strings.HasPrefix(p.ID, g.page) {
				pg = append(pg, g)
			}
		}
		if len(pg) == 0 {
			continue
		}
		body := p.Gold
		if len(body) > QuoteRegion {
			body = body[:QuoteRegion]
		}
		d := QuoteDoc(body, ent, qs)
		s.Gold += len(pg)
		used := make([]bool, len(pg))
		for _, q := range d.Quotes {
			if q.Kind != "direct" && q.Kind != "mixed" || len(strings.Fields(quotedPart(q.Text))) < 4 {
				continue
			}
			s.Pred++
			hit := -1
			for i, g := range pg {
				if !used[i] && strings.Contains(q.Text, g.start) {
					hit = i
					break
				}
			}
			if hit < 0 {
				notes = append(notes, fmt.Sprintf("%s: spurious %q", p.ID[:8], firstN(q.Text, 60)))
				continue
			}
			used[hit] = true
			s.Matched++
			name := ""
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			a, b := strings.ToLower(name), strings.ToLower(pg[hit].speaker)
			if name != "" && (strings.Contains(a, b) || strings.Contains(b, a)) {
				s.SpeakerRight++
			} else {
				notes = append(notes, fmt.Sprintf("%s: %q by %q, want %q", p.ID[:8], firstN(q.Text, 50), name, pg[hit].speaker))
			}
		}
		for i, g := range pg {
			if !used[i] {
				notes = append(notes, fmt.Sprintf("%s: missed %q", p.ID[:8], g.start))
			}
		}
	}
	return s, notes
}

// quotedPart is the words between the quote marks of a mixed quote (a
// reported clause that holds quoted words), the whole text when it holds
// none: the annotation counts quotes of four quoted words or more.
func quotedPart(s string) string {
	open := strings.IndexAny(s, "“\"")
	if open < 0 {
		return s
	}
	rest := s[open+len(string([]rune(s[open:])[0])):]
	if end := strings.IndexAny(rest, "”\""); end >= 0 {
		return rest[:end]
	}
	return rest
}
