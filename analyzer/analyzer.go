// Package analyzer turns one input item into its analysis document: it
// reads the item (plain text as is; HTML through package webpage), fills
// what the caller and the page say (publication date, outlet, headline),
// then runs the pipeline's stages in order.
package analyzer

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dragoman/dragoman/article"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/pipeline"
	"github.com/dragoman/dragoman/place"
	"github.com/dragoman/dragoman/posture"
	"github.com/dragoman/dragoman/quote"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
	"github.com/dragoman/dragoman/tone"
	"github.com/dragoman/dragoman/webpage"
)

// Options configure an Analyzer.
type Options struct {
	// Published is the publication date (YYYY-MM-DD) given by the user; an
	// item's own date wins over it.
	Published string
	// Web configures HTML extraction.
	Web webpage.Options
	// ReadingOnly stops after the reading stages (news layer, sentences):
	// for extraction and its benchmarks.
	ReadingOnly bool
	// Petrarch names PETRARCH dictionary files that replace the built-in
	// ones of their kind (the --petrarch-* flags): actors and agents code
	// the entity stage's actors; the verb dictionary, when given, is put
	// on the event stage (cameo.Stage.PetrarchVerbs).
	Petrarch petrarch.Files
	// Convention says how the event stage codes announced and intended
	// acts (--convention: cameo.Codebook, the default, or cameo.Petrarch).
	Convention cameo.Convention
}

// Analyzer analyses items. It is safe for concurrent use.
type Analyzer struct {
	opts  Options
	chain pipeline.Chain
}

// New builds an analyzer with every stage loaded and validated.
func New(opts Options) (*Analyzer, error) {
	if opts.Published != "" {
		if _, err := time.Parse("2006-01-02", opts.Published); err != nil {
			return nil, fmt.Errorf("publication date %q: want YYYY-MM-DD", opts.Published)
		}
	}
	art, err := article.New()
	if err != nil {
		return nil, fmt.Errorf("load news-layer rules: %w", err)
	}
	if opts.ReadingOnly {
		return &Analyzer{opts: opts, chain: pipeline.Chain{art, segment.Stage{}}}, nil
	}
	syn, err := syntax.New()
	if err != nil {
		return nil, fmt.Errorf("load syntax models: %w", err)
	}
	tx, err := timex.New()
	if err != nil {
		return nil, fmt.Errorf("load time-expression rules: %w", err)
	}
	dicts, err := opts.Petrarch.Load(opts.Petrarch.Verbs != "")
	if err != nil {
		return nil, fmt.Errorf("load PETRARCH dictionaries: %w", err)
	}
	ent, err := entity.NewWith(dicts)
	if err != nil {
		return nil, fmt.Errorf("load entity dictionaries: %w", err)
	}
	ev, err := cameo.New()
	if err != nil {
		return nil, fmt.Errorf("load event patterns: %w", err)
	}
	ev.PetrarchVerbs = dicts.Verbs
	if ev.Fallback != nil {
		// the production verbs' fallback reads the actors the user gave
		ev.Fallback.Actors, ev.Fallback.Agents = dicts.Actors, dicts.Agents
	}
	ev.Convention = opts.Convention
	if dicts.Given.Verbs {
		// a user's verb dictionary replaces the built-in patterns
		ev.Petr = &cameo.PetrDicts{Verbs: dicts.Verbs, Actors: dicts.Actors, Agents: dicts.Agents, Discards: dicts.Discards}
		ev.Petr.Prepare()
	}
	qt, err := quote.New()
	if err != nil {
		return nil, fmt.Errorf("load quote cues: %w", err)
	}
	tn, err := tone.NewStage()
	if err != nil {
		return nil, fmt.Errorf("load tone word list: %w", err)
	}
	ps, err := posture.DefaultData()
	if err != nil {
		return nil, fmt.Errorf("load posture data: %w", err)
	}
	return &Analyzer{opts: opts, chain: pipeline.Chain{art, segment.Stage{}, syn, tn, tx, ent, place.New(ent.Gaz, ent.Lex), qt, ev, posture.NewWith(ps, ent.Gaz)}}, nil
}

// ErrIncomplete marks a document that was produced from input that was
// only partly there (a truncated page); the document is still returned.
var ErrIncomplete = errors.New("incomplete input")

// Analyze produces the document for one item. When the item was read only
// in part, it returns the document and an error wrapping ErrIncomplete.
func (a *Analyzer) Analyze(it input.Item) (*doc.Document, error) { return a.AnalyzeSteps(it, nil) }

// Step is told, before each stage of an analysis, the stage's number (1 to
// total) and name: a progress display for very long inputs.
type Step func(n, total int, stage string)

// AnalyzeSteps is Analyze that tells step (when not nil) each stage as it
// starts.
func (a *Analyzer) AnalyzeSteps(it input.Item, step Step) (*doc.Document, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	sum := sha256.Sum256(it.Data)
	var page *webpage.Page
	var incomplete error
	text := ""
	switch it.Format {
	case input.FormatHTML:
		var err error
		page, err = webpage.Extract(it.Data, a.opts.Web)
		if err != nil {
			if page == nil && isTruncatedHTML(it.Data) {
				return nil, fmt.Errorf("truncated HTML: %w", err)
			}
			return nil, err
		}
		text = page.Text
		if page.Truncated {
			incomplete = fmt.Errorf("%w: HTML is truncated (no closing </body> or </html>); analysed what was there", ErrIncomplete)
		}
	case input.FormatText:
		text = string(it.Data)
	default:
		return nil, fmt.Errorf("unknown format %q", it.Format)
	}
	build := func() *doc.Document {
		d := doc.New(hex.EncodeToString(sum[:]), text)
		if page != nil {
			fillPage(d, page)
		}
		if incomplete != nil {
			d.Warnings = append(d.Warnings, incomplete.Error())
		}
		d.Input.Format = it.Format
		doc.SetStr(&d.Input.Path, it.Path)
		a.fillMeta(d, it.Meta)
		return d
	}
	run := func(d *doc.Document) {
		if step == nil {
			a.chain.Process(d)
		} else {
			a.chain.ProcessSteps(d, func(i int, name string) { step(i+1, len(a.chain), name) })
		}
	}
	d := build()
	run(d)
	if fetched, ok := fetchedDate(d, it.Meta); ok {
		// Nothing better dated the article: read it again against the
		// date its page was fetched, so that "Tuesday" has a reference.
		d = build()
		d.Published = doc.Published{Value: &fetched, Source: doc.PublishedFetched, Earliest: &fetched, Latest: &fetched}
		run(d)
	}
	if len(d.Body) == 0 {
		if incomplete != nil {
			return nil, errors.New("truncated HTML: the page ends before any article text")
		}
		return nil, errors.New("no article text found (only boilerplate)")
	}
	return d, incomplete
}

// fetchedDate is the day an item's page was fetched (Meta.Fetched), when
// the analysis found no better publication date: none given, none in the
// page's metadata or the text (an inferred range is weaker).
func fetchedDate(d *doc.Document, m input.Meta) (string, bool) {
	if m.Fetched == "" {
		return "", false
	}
	switch d.Published.Source {
	case "", doc.PublishedUnknown, doc.PublishedInferred:
	default:
		return "", false
	}
	return parseLooseDate(m.Fetched)
}

func isTruncatedHTML(b []byte) bool {
	s := strings.ToLower(string(b[max(0, len(b)-4096):]))
	return !strings.Contains(s, "</html") && !strings.Contains(s, "</body")
}

func fillPage(d *doc.Document, p *webpage.Page) {
	doc.SetStr(&d.Headline, p.Title)
	doc.SetStr(&d.Description, p.Description)
	doc.SetStr(&d.Outlet, p.Sitename)
	doc.SetStr(&d.Language, p.Language)
	doc.SetStr(&d.Input.URL, p.URL)
	d.Authors = append(d.Authors, p.Authors...)
	if !p.Published.IsZero() {
		v := p.Published.Format("2006-01-02")
		d.Published = doc.Published{Value: &v, Source: doc.PublishedMetadata, Earliest: &v, Latest: &v}
	}
}

// fillMeta applies what the caller knows: a record's metadata, then the
// user's publication date. Trust order: given > page metadata > text.
func (a *Analyzer) fillMeta(d *doc.Document, m input.Meta) {
	doc.SetStr(&d.Input.Record, m.ID)
	doc.SetStr(&d.Input.URL, m.URL)
	doc.SetStr(&d.Outlet, m.Outlet)
	doc.SetStr(&d.Headline, m.Headline)
	pub := a.opts.Published
	if m.Published != "" {
		if t, ok := parseLooseDate(m.Published); ok {
			pub = t
		} else {
			d.Warnings = append(d.Warnings, fmt.Sprintf("record's published %q is not a date; ignored", m.Published))
		}
	}
	if pub != "" {
		v := pub
		d.Published = doc.Published{Value: &v, Source: doc.PublishedGiven, Earliest: &v, Latest: &v}
	}
}

// parseLooseDate accepts YYYY-MM-DD and RFC 3339 timestamps.
func parseLooseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}
