package eval

import (
	"regexp"
)

// wordRE is the benchmark's \w+ with Unicode word characters, as the
// reference Python scorer tokenizes.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}\p{Mn}\p{Mc}_]+`)

// PageScore is one page's precision, recall and exactness.
type PageScore struct {
	ID        string
	Precision float64
	Recall    float64
	// HasPrediction is false when the prediction was empty: such a page is
	// left out of the precision mean.
	HasPrediction bool
	Exact         bool
}

func shingles(text string) map[string]int {
	toks := wordRE.FindAllString(text, -1)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[join(toks)]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[join(toks[i:i+4])]++
	}
	return out
}

func join(t []string) string {
	n := 0
	for _, s := range t {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for i, s := range t {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, s...)
	}
	return string(b)
}

// ScorePage scores one prediction against its gold text, following the
// article-extraction-benchmark's rules.
func ScorePage(id, gold, pred string) PageScore {
	g, p := shingles(gold), shingles(pred)
	var tp, fp, fn float64
	for k, pc := range p {
		gc := g[k]
		tp += float64(min(gc, pc))
		if pc > gc {
			fp += float64(pc - gc)
		}
	}
	for k, gc := range g {
		if pc := p[k]; gc > pc {
			fn += float64(gc - pc)
		}
	}
	s := PageScore{ID: id, HasPrediction: tp+fp > 0}
	gt, pt := wordRE.FindAllString(gold, -1), wordRE.FindAllString(pred, -1)
	s.Exact = len(gt) == len(pt)
	if s.Exact {
		for i := range gt {
			if gt[i] != pt[i] {
				s.Exact = false
				break
			}
		}
	}
	if fp == 0 && fn == 0 {
		s.Precision, s.Recall = 1, 1
		return s
	}
	if sum := tp + fp + fn; sum > 0 {
		tp, fp, fn = tp/sum, fp/sum, fn/sum
	}
	if tp+fp > 0 {
		s.Precision = tp / (tp + fp)
	}
	if tp+fn > 0 {
		s.Recall = tp / (tp + fn)
	}
	return s
}

// Summary is the macro average over pages.
type Summary struct {
	Pages     int
	Precision float64
	Recall    float64
	F1        float64
	Exact     float64
}

// Summarize averages page scores the benchmark's way: precision over pages
// with a prediction, recall and exactness over all pages, F1 from the means.
func Summarize(scores []PageScore) Summary {
	var s Summary
	s.Pages = len(scores)
	var np int
	for _, p := range scores {
		if p.HasPrediction {
			s.Precision += p.Precision
			np++
		}
		s.Recall += p.Recall
		if p.Exact {
			s.Exact++
		}
	}
	if np > 0 {
		s.Precision /= float64(np)
	}
	if len(scores) > 0 {
		s.Recall /= float64(len(scores))
		s.Exact /= float64(len(scores))
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
