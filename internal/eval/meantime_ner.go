package eval

import (
	"fmt"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
)

// nerType maps dragoman's entity types to MEANTIME's: PER, ORG, LOC.
func nerType(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return ""
}

// NERScore counts mentions by type.
type NERScore struct {
	Gold, Pred, Right map[string]int
	// The title's share (sentence 0, read as the headline): gold named
	// mentions, predictions marked as the headline's, and right ones.
	TitleGold, TitlePred, TitleRight int
}

func newNERScore() NERScore {
	return NERScore{Gold: map[string]int{}, Pred: map[string]int{}, Right: map[string]int{}}
}

// PRF returns precision, recall and F1 for one type, or "" for all.
func (s NERScore) PRF(typ string) (p, r, f float64) {
	var g, pr, ri int
	for _, t := range []string{"PER", "ORG", "LOC"} {
		if typ == "" || typ == t {
			g, pr, ri = g+s.Gold[t], pr+s.Pred[t], ri+s.Right[t]
		}
	}
	return prf(ri, pr, g)
}

// meantimeDoc builds the document the pipeline would have produced for a
// MEANTIME article's annotated region: the title as the headline read from
// the text (its names are scored with the body's), the next sentences as
// body and sentences.
func meantimeDoc(d *MeantimeDoc) *doc.Document {
	dd := doc.New(d.Name, d.Text)
	for i := 0; i < MeantimeRegion && i < len(d.Sentences); i++ {
		sp := doc.Span{Start: d.Sentences[i].Start, End: d.Sentences[i].End}
		if i == 0 && sp.End > sp.Start {
			h := d.Text[sp.Start:sp.End]
			dd.Headline, dd.HeadlineSpan = &h, &sp
			continue
		}
		if sp.End > sp.Start {
			dd.Body = append(dd.Body, sp)
			dd.Sentences = append(dd.Sentences, sp)
		}
	}
	if len(d.DCT) >= 10 {
		v := d.DCT[:10]
		dd.Published = doc.Published{Value: &v, Source: doc.PublishedGiven}
	}
	return dd
}

// ScoreMeantimeNER runs the entity stage on each article's annotated region
// and scores named mentions (syntactic type NAM) of persons, organisations
// and locations: a prediction is right when its span and type equal a gold
// mention's (strict), or overlap one of the same type (relaxed). Predictions
// that match no named mention but overlap another gold mention (a product,
// a financial term, a name used as a modifier, which the corpus marks
// PRE.NAM, or a name nested in a longer named mention) are left out.
func ScoreMeantimeNER(docs []*MeantimeDoc, st *entity.Stage, relaxed bool) (NERScore, []string) {
	s := newNERScore()
	var errs []string
	for _, d := range docs {
		dd := meantimeDoc(d)
		if err := st.Process(dd); err != nil {
			continue
		}
		type gm struct {
			sp    Span
			typ   string
			title bool
		}
		var gold []gm
		var other []Span
		for _, g := range d.Entity {
			if g.Sentence >= MeantimeRegion {
				continue
			}
			switch {
			case g.Syntax == "NAM" && (g.Type == "PER" || g.Type == "ORG" || g.Type == "LOC"):
				gold = append(gold, gm{g.Span, g.Type, g.Sentence == 0})
			default:
				// products, financial terms, and mentions the corpus does
				// not mark as names (PRE.NAM modifiers, nested names)
				other = append(other, g.Span)
			}
		}
		for _, g := range gold {
			s.Gold[g.typ]++
			if g.title {
				s.TitleGold++
			}
		}
		used := make([]bool, len(gold))
		for _, e := range dd.Entities {
			typ := nerType(e.Type)
			if typ == "" {
				continue
			}
			for _, m := range e.Mentions {
				skip := false
				for _, o := range other {
					if m.Start < o.End && o.Start < m.End {
						skip = true
					}
				}
				hit := -1
				for i, g := range gold {
					if used[i] || g.typ != typ {
						continue
					}
					if g.sp.Start == m.Start && g.sp.End == m.End || relaxed && m.Start < g.sp.End && g.sp.Start < m.End {
						hit = i
						break
					}
				}
				if hit < 0 && skip {
					continue
				}
				s.Pred[typ]++
				if m.In != "" {
					s.TitlePred++
				}
				if hit >= 0 {
					used[hit] = true
					s.Right[typ]++
					if gold[hit].title {
						s.TitleRight++
					}
				} else {
					errs = append(errs, fmt.Sprintf("spurious %s %q (%s)", typ, m.Text, firstN(d.Name, 30)))
				}
			}
		}
		for i, g := range gold {
			if !used[i] {
				errs = append(errs, fmt.Sprintf("missed   %s %q (%s)", g.typ, d.Text[g.sp.Start:g.sp.End], firstN(d.Name, 30)))
			}
		}
	}
	return s, errs
}

// MeantimeNERReport renders the entity figures.
func MeantimeNERReport(dir string, verbose bool) (string, error) {
	docs, err := LoadMeantime(dir)
	if err != nil {
		return "", err
	}
	st, err := entity.New()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "MEANTIME named entities: %d documents, named (NAM) mentions of PER, ORG, LOC in sentences 0-%d\n", len(docs), MeantimeRegion-1)
	var errs []string
	for _, relaxed := range []bool{false, true} {
		s, e := ScoreMeantimeNER(docs, st, relaxed)
		name := "strict "
		if relaxed {
			name = "relaxed"
			errs = e
		}
		p, r, f := s.PRF("")
		fmt.Fprintf(&b, "  %s all  P %.3f  R %.3f  F1 %.3f\n", name, p, r, f)
		tp, tr, tf := prf(s.TitleRight, s.TitlePred, s.TitleGold)
		fmt.Fprintf(&b, "  %s titles  P %.3f  R %.3f  F1 %.3f  (gold %d, read as the headline)\n", name, tp, tr, tf, s.TitleGold)
		for _, t := range []string{"PER", "ORG", "LOC"} {
			p, r, f := s.PRF(t)
			fmt.Fprintf(&b, "  %s %s  P %.3f  R %.3f  F1 %.3f  (gold %d)\n", name, t, p, r, f, s.Gold[t])
		}
	}
	if verbose {
		for _, e := range errs {
			fmt.Fprintln(&b, "  "+e)
		}
	}
	return b.String(), nil
}
