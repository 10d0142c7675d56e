package eval

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
)

// MeantimeDoc is one MEANTIME article, detokenised.
type MeantimeDoc struct {
	Name string
	// Text holds one sentence per line (title, date line, body sentences).
	Text string
	// Sentences are the byte spans of the corpus's sentences, by number.
	Sentences []Span
	// DCT is the document creation time, "" when the document has none.
	DCT    string
	Timex  []GoldTimex
	Entity []GoldEntity
	// tokens are the byte spans of the corpus's tokens, by t_id.
	tokens map[string]Span
}

// Span is a byte range of MeantimeDoc.Text.
type Span struct{ Start, End int }

// GoldTimex is an annotated time expression with a text extent.
type GoldTimex struct {
	Span
	Sentence int
	Type     string
	Value    string
	Creation bool
}

// GoldEntity is an annotated entity mention.
type GoldEntity struct {
	Span
	Sentence int
	Type     string // PER, ORG, LOC, PRO, FIN, MIX
	Syntax   string // NAM, NOM, PRO, ...
	Link     string // DBpedia URI of the entity, when linked
}

type meantimeXML struct {
	Name   string `xml:"doc_name,attr"`
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Timex []struct {
			ID       string `xml:"m_id,attr"`
			Type     string `xml:"type,attr"`
			Value    string `xml:"value,attr"`
			Function string `xml:"functionInDocument,attr"`
			Anchors  []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		Mentions []struct {
			ID      string `xml:"m_id,attr"`
			Syntax  string `xml:"syntactic_type,attr"`
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID      string `xml:"m_id,attr"`
			Type    string `xml:"ent_type,attr"`
			Ref     string `xml:"external_ref,attr"`
			Comment string `xml:"comment,attr"`
		} `xml:"ENTITY"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

// noSpaceBefore lists tokens written without a space before them.
func noSpaceBefore(t string) bool {
	switch t {
	case ".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''":
		return true
	}
	return false
}

// LoadMeantime reads every document under dir (the intra-doc_annotation
// folder), in name order.
func LoadMeantime(dir string) ([]*MeantimeDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("MEANTIME: no documents under %s", dir)
	}
	sort.Strings(files)
	var out []*MeantimeDoc
	for _, f := range files {
		d, err := loadMeantimeFile(f)
		if err != nil {
			return nil, fmt.Errorf("MEANTIME: %s: %w", f, err)
		}
		out = append(out, d)
	}
	return out, nil
}

func loadMeantimeFile(path string) (*MeantimeDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var x meantimeXML
	if err := xml.Unmarshal(raw, &x); err != nil {
		return nil, err
	}
	d := &MeantimeDoc{Name: x.Name, tokens: map[string]Span{}}
	tokSent := map[string]int{}
	var b strings.Builder
	sent := -1
	quoteOpen := false
	prev := ""
	for _, t := range x.Tokens {
		text := t.Text
		switch text {
		case "``":
			text = "“"
		case "''":
			text = "”"
		}
		if t.Sentence != sent {
			if sent >= 0 {
				d.Sentences[len(d.Sentences)-1].End = b.Len()
				b.WriteByte('\n')
			}
			for len(d.Sentences) < t.Sentence {
				d.Sentences = append(d.Sentences, Span{b.Len(), b.Len()})
			}
			d.Sentences = append(d.Sentences, Span{Start: b.Len()})
			sent = t.Sentence
			prev = ""
		} else if prev != "" {
			space := !noSpaceBefore(t.Text) && prev != "(" && prev != "[" && prev != "$" && prev != "“" && text != "”"
			if text == "\"" {
				space = !quoteOpen
			}
			if prev == "\"" && quoteOpen {
				space = false
			}
			if space {
				b.WriteByte(' ')
			}
		}
		if text == "\"" {
			quoteOpen = !quoteOpen
		}
		d.tokens[t.ID] = Span{b.Len(), b.Len() + len(text)}
		tokSent[t.ID] = t.Sentence
		b.WriteString(text)
		prev = text
	}
	if len(d.Sentences) > 0 {
		d.Sentences[len(d.Sentences)-1].End = b.Len()
	}
	d.Text = b.String()
	extent := func(ids []string) (Span, int, bool) {
		if len(ids) == 0 {
			return Span{}, 0, false
		}
		s, ok1 := d.tokens[ids[0]]
		e, ok2 := d.tokens[ids[len(ids)-1]]
		if !ok1 || !ok2 {
			return Span{}, 0, false
		}
		return Span{s.Start, e.End}, tokSent[ids[0]], true
	}
	for _, tx := range x.Markables.Timex {
		if tx.Function == "CREATION_TIME" {
			d.DCT = tx.Value
		}
		var ids []string
		for _, a := range tx.Anchors {
			ids = append(ids, a.ID)
		}
		sp, s, ok := extent(ids)
		if !ok {
			continue
		}
		d.Timex = append(d.Timex, GoldTimex{Span: sp, Sentence: s, Type: tx.Type, Value: tx.Value, Creation: tx.Function == "CREATION_TIME"})
	}
	// Entities: a mention refers to an entity through REFERS_TO.
	entityOf := map[string]string{}
	for _, r := range x.Relations.RefersTo {
		for _, s := range r.Sources {
			entityOf[s.ID] = r.Target.ID
		}
	}
	ents := map[string]int{}
	for i, e := range x.Markables.Entities {
		ents[e.ID] = i
	}
	for _, m := range x.Markables.Mentions {
		var ids []string
		for _, a := range m.Anchors {
			ids = append(ids, a.ID)
		}
		sp, s, ok := extent(ids)
		if !ok {
			continue
		}
		ge := GoldEntity{Span: sp, Sentence: s, Syntax: m.Syntax}
		if i, ok := ents[entityOf[m.ID]]; ok {
			ge.Type = x.Markables.Entities[i].Type
			ge.Link = x.Markables.Entities[i].Ref
		}
		d.Entity = append(d.Entity, ge)
	}
	return d, nil
}

// MeantimeRegion is the number of sentences annotated: the title, the date
// line and the first sentences of the body (0-5).
const MeantimeRegion = 6

// TimexScore is the outcome of the time-expression evaluation.
type TimexScore struct {
	Gold, Pred, Matched, ValueRight int
}

// Precision, Recall and F1 of relaxed (overlap) extent matching.
func (s TimexScore) Precision() float64 { return ratio(s.Matched, s.Pred) }
func (s TimexScore) Recall() float64    { return ratio(s.Matched, s.Gold) }
func (s TimexScore) F1() float64 {
	_, _, f := prf(s.Matched, s.Pred, s.Gold)
	return f
}

// ValueAccuracy is the share of matched expressions with the gold value.
func (s TimexScore) ValueAccuracy() float64 { return ratio(s.ValueRight, s.Matched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// prf returns precision, recall and their harmonic mean F1 from the
// number of matches, predictions and gold items (0 where undefined).
func prf(matched, pred, gold int) (p, r, f float64) {
	p, r = ratio(matched, pred), ratio(matched, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TimexMiss is one error, for reports.
type TimexMiss struct {
	Doc, Kind, Text, Gold, Got string
}

// ScoreMeantimeTimex tags each annotated sentence with the document's
// creation time as reference and scores extents and values.
func ScoreMeantimeTimex(docs []*MeantimeDoc, tg *TimeTagger) (TimexScore, []TimexMiss) {
	var s TimexScore
	var misses []TimexMiss
	for _, d := range docs {
		ref, err := time.Parse("2006-01-02", firstN(d.DCT, 10))
		if err != nil {
			// one document writes its creation time DD-MM-YYYY
			ref, err = time.Parse("02-01-2006", firstN(d.DCT, 10))
		}
		hasRef := err == nil
		var region []doc.Span
		for i := 0; i < MeantimeRegion && i < len(d.Sentences); i++ {
			region = append(region, doc.Span{Start: d.Sentences[i].Start, End: d.Sentences[i].End})
		}
		preds := tg.Tag(d.Text, region, ref, hasRef)
		var gold []GoldTimex
		for _, g := range d.Timex {
			if g.Sentence < MeantimeRegion {
				gold = append(gold, g)
			}
		}
		s.Gold += len(gold)
		s.Pred += len(preds)
		usedP := make([]bool, len(preds))
		for _, g := range gold {
			found := -1
			for i, p := range preds {
				if !usedP[i] && p.Start < g.End && g.Start < p.End {
					found = i
					break
				}
			}
			if found < 0 {
				misses = append(misses, TimexMiss{d.Name, "missed", d.Text[g.Start:g.End], g.Value, ""})
				continue
			}
			usedP[found] = true
			s.Matched++
			if sameValue(preds[found].Value, g.Value) {
				s.ValueRight++
			} else {
				misses = append(misses, TimexMiss{d.Name, "value", d.Text[g.Start:g.End], g.Value, preds[found].Value})
			}
		}
		for i, p := range preds {
			if !usedP[i] {
				misses = append(misses, TimexMiss{d.Name, "spurious", p.Text, "", p.Value})
			}
		}
	}
	return s, misses
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// sameValue compares TIMEX3 values, treating a trailing zone designator as
// optional.
func sameValue(got, gold string) bool {
	return got == gold || strings.TrimSuffix(got, "Z") == strings.TrimSuffix(gold, "Z")
}

// MeantimeTimexReport renders the time-expression figures.
func MeantimeTimexReport(dir string, verbose bool) (string, error) {
	docs, err := LoadMeantime(dir)
	if err != nil {
		return "", err
	}
	tg, err := NewTimeTagger()
	if err != nil {
		return "", err
	}
	s, misses := ScoreMeantimeTimex(docs, tg)
	var b strings.Builder
	fmt.Fprintf(&b, "MEANTIME time expressions: %d documents, sentences 0-%d (title, date line, first sentences)\n", len(docs), MeantimeRegion-1)
	fmt.Fprintf(&b, "  relaxed extent  P %.3f  R %.3f  F1 %.3f  (gold %d, found %d, matched %d)\n", s.Precision(), s.Recall(), s.F1(), s.Gold, s.Pred, s.Matched)
	fmt.Fprintf(&b, "  value accuracy  %.3f on the %d expressions found\n", s.ValueAccuracy(), s.Matched)
	if verbose {
		for _, m := range misses {
			fmt.Fprintf(&b, "  %-8s %-40q gold %-14s got %-14s %s\n", m.Kind, m.Text, m.Gold, m.Got, firstN(m.Doc, 40))
		}
	}
	return b.String(), nil
}
