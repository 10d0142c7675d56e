// Command train-confidence fits the event confidence model
// (cameo/data/confidence.tsv): a logistic regression over the evidence
// features the coder records for each event (cameo/confmodel.go), trained
// on the tuned-on labelled sets only (the events development set one and
// the five events audits; never the held-out sets two and three, nor the
// PETRARCH or codebook suites).
//
// Run from the module root:
//
//	go run ./tools/train-confidence [-out cameo/data/confidence.tsv] [-n]
//
// It codes every sentence once with the hand-set model, labels each
// candidate event (neither negated nor hypothetical) right when its root
// matches a hand-coded event of its sentence not matched yet (the most
// confident candidates first), fits an L2-penalised logistic regression
// by Newton's method (fixed order, fixed iterations, no randomness),
// chooses the penalty by leave-one-set-out cross-validation on root F1 at
// the counting threshold, and writes the model fitted on all the sets.
// With -n it reports and writes nothing.
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/eval"
)

// tunedSets are the labelled sets the model is fitted on.
var tunedSets = []string{"devset-events.tsv", "audit-events.tsv", "audit-events2.tsv", "audit-events3.tsv", "audit-events4.tsv", "audit-events5.tsv"}

// penalties are the L2 strengths tried, smallest first.
var penalties = []float64{0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000}

const iterations = 30

// prior fits the model as corrections to the hand-set model's log-odds
// (-prior).
var prior bool

// dropped are the features left out of the fit (-drop).
var dropped uint64

// candidate is one event the coder made.
type candidate struct {
	root     string
	x        uint64 // features; 0 when no model set its confidence
	halved   int
	capped   bool
	conf     float64 // its confidence as coded (hand-set model)
	right    bool
	counted0 bool // counted as coded
}

// sentence is one labelled sentence's candidates and hand-coded roots.
type sentence struct {
	cands []candidate
	gold  []string
}

func main() {
	out := flag.String("out", "cameo/data/confidence.tsv", "model file to write")
	dry := flag.Bool("n", false, "report only; write nothing")
	flag.BoolVar(&prior, "prior", false, "fit corrections to the hand-set model's log-odds (an offset) instead of a model of its own")
	drop := flag.String("drop", "", "comma-separated features left out of the fit (weight 0)")
	flag.Parse()
	for _, n := range strings.Split(*drop, ",") {
		found := n == ""
		for f, name := range cameo.ConfFeatureNames {
			if name == n {
				dropped |= 1 << f
				found = true
			}
		}
		if !found {
			log.Fatalf("-drop: unknown feature %q", n)
		}
	}
	// the default event stage reads confidence with the hand-set model; the
	// replay check below fails should that change
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		log.Fatal(err)
	}
	sets := make([][]sentence, len(tunedSets))
	mismatch := 0
	for i, name := range tunedSets {
		data, err := os.ReadFile(filepath.Join("internal", "eval", "testdata", name))
		if err != nil {
			log.Fatal(err)
		}
		set, err := eval.LoadDevEvents(name, string(data))
		if err != nil {
			log.Fatal(err)
		}
		for _, s := range set {
			d, err := a.Analyze(input.Item{Name: s.ID, Data: []byte(s.Text), Format: input.FormatText, Meta: input.Meta{Published: s.Date}})
			var st sentence
			for _, g := range s.Events {
				st.gold = append(st.gold, g.Code[:2])
			}
			if err == nil {
				for _, e := range d.Events {
					if e.Negated || e.Hypothetical {
						continue
					}
					c := candidate{root: e.Code[:2], x: e.Trace.Features, halved: e.Trace.Halved, capped: e.Trace.Capped, conf: e.Confidence}
					c.counted0 = cameo.Counted(&e)
					if c.x != 0 && simulate(c, cameo.HandConfidence, true) != e.Confidence {
						mismatch++
					}
					st.cands = append(st.cands, c)
				}
			}
			label(&st)
			sets[i] = append(sets[i], st)
		}
	}
	n, pos := 0, 0
	for _, set := range sets {
		for _, s := range set {
			for _, c := range s.cands {
				if c.x != 0 {
					n++
					if c.right {
						pos++
					}
				}
			}
		}
	}
	fmt.Printf("candidates with features: %d (%d right)\n", n, pos)
	if mismatch > 0 {
		log.Fatalf("the hand-set model replayed off the coded confidence on %d events: the replay of the later rules (halvings, cap) is out of date", mismatch)
	}

	hand := func(x uint64) float64 { return cameo.HandConfidence(x) }
	fmt.Println("leave-one-set-out root F1 (each set scored by a model fitted on the others):")
	bestL, bestF := 0.0, -1.0
	var bestPer []float64
	for _, post := range []bool{true, false} {
		for _, l := range penalties {
			per := make([]float64, len(sets))
			mean := 0.0
			for k := range sets {
				w := fit(sets, k, l, post)
				per[k] = f1(sets[k], logistic(w), post)
				mean += per[k] / float64(len(sets))
			}
			fmt.Printf("  later halvings kept %-5v L2 %-5g: %s mean %.3f\n", post, l, fmtF(per), mean)
			if post && mean > bestF+1e-9 {
				bestL, bestF, bestPer = l, mean, per
			}
		}
	}
	handPer := make([]float64, len(sets))
	handMean := 0.0
	for k := range sets {
		handPer[k] = f1(sets[k], hand, true)
		handMean += handPer[k] / float64(len(sets))
	}
	fmt.Printf("  hand-set model:                     %s mean %.3f\n", fmtF(handPer), handMean)
	fmt.Printf("chosen L2 %g: learned %s mean %.3f\n", bestL, fmtF(bestPer), bestF)
	calibration(sets, bestL)
	w := fit(sets, -1, bestL, true)
	all := 0.0
	for k := range sets {
		all += f1(sets[k], logistic(w), true) / float64(len(sets))
	}
	fmt.Printf("fitted on all sets: mean root F1 on them %.3f (not cross-validated)\n", all)
	var b strings.Builder
	b.WriteString("# dragoman event confidence model: an event's confidence is sigmoid(sum of the weights of\n")
	b.WriteString("# its features); see cameo/confmodel.go for the features. Built by go run ./tools/train-confidence\n")
	b.WriteString("# (do not edit by hand): L2 logistic regression on the tuned-on events sets (set one, audits\n")
	fmt.Fprintf(&b, "# one to five), penalty %g chosen by leave-one-set-out cross-validation on root F1.\n", bestL)
	b.WriteString("# columns: feature, weight\n")
	for f, name := range cameo.ConfFeatureNames {
		fmt.Fprintf(&b, "%s\t%.4f\n", name, w[f])
	}
	if *dry {
		fmt.Print(b.String())
		return
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", *out)
}

func fmtF(per []float64) string {
	var parts []string
	for k, f := range per {
		parts = append(parts, fmt.Sprintf("%s %.3f", strings.TrimSuffix(tunedSets[k], ".tsv"), f))
	}
	return strings.Join(parts, ", ")
}

// label marks the candidates whose root matches a hand-coded event not
// matched yet, the most confident first.
func label(s *sentence) {
	order := make([]int, len(s.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return s.cands[order[i]].conf > s.cands[order[j]].conf })
	used := make([]bool, len(s.gold))
	for _, i := range order {
		for g, r := range s.gold {
			if !used[g] && r == s.cands[i].root {
				used[g] = true
				s.cands[i].right = true
				break
			}
		}
	}
}

func round2(c float64) float64 { return float64(int(c*100+0.5)) / 100 }

// simulate replays an event's confidence under a model: the model's
// value, then the later rules' halvings and cap when post is set.
func simulate(c candidate, model func(uint64) float64, post bool) float64 {
	if c.x == 0 {
		return c.conf
	}
	v := round2(model(c.x))
	if !post {
		return v
	}
	for h := 0; h < c.halved; h++ {
		v = float64(int(v*50+0.5)) / 100
	}
	if c.capped && v >= cameo.MinConfidence {
		v = cameo.MinConfidence - 0.01
	}
	return v
}

// f1 is a set's root F1 under a model: each sentence's counted
// candidates against its hand-coded roots, as multisets.
func f1(set []sentence, model func(uint64) float64, post bool) float64 {
	tp, fp, fn := 0, 0, 0
	for _, s := range set {
		left := map[string]int{}
		for _, g := range s.gold {
			left[g]++
		}
		for _, c := range s.cands {
			if simulate(c, model, post) < cameo.MinConfidence {
				continue
			}
			if left[c.root] > 0 {
				left[c.root]--
				tp++
			} else {
				fp++
			}
		}
		for _, v := range left {
			fn += v
		}
	}
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

func logistic(w []float64) func(uint64) float64 {
	return func(x uint64) float64 {
		z := 0.0
		if prior {
			h := min(max(cameo.HandConfidence(x), 0.01), 0.99)
			z = math.Log(h / (1 - h))
		}
		for f := range w {
			if x&(1<<f) != 0 {
				z += w[f]
			}
		}
		return 1 / (1 + math.Exp(-z))
	}
}

// fit fits the L2 logistic regression on every set but skip (-1: all):
// the candidates a model set the confidence of, and, when post is set,
// only those no later rule halved or capped (their confidence is the
// model's). The intercept is not penalised.
func fit(sets [][]sentence, skip int, l2 float64, post bool) []float64 {
	nf := len(cameo.ConfFeatureNames)
	var xs []uint64
	var ys []float64
	for k, set := range sets {
		if k == skip {
			continue
		}
		for _, s := range set {
			for _, c := range s.cands {
				if c.x == 0 || post && (c.halved > 0 || c.capped) {
					continue
				}
				xs = append(xs, c.x&^dropped)
				y := 0.0
				if c.right {
					y = 1
				}
				ys = append(ys, y)
			}
		}
	}
	w := make([]float64, nf)
	pred := logistic(w)
	for it := 0; it < iterations; it++ {
		g := make([]float64, nf)
		h := make([][]float64, nf)
		for i := range h {
			h[i] = make([]float64, nf)
		}
		for n, x := range xs {
			p := pred(x)
			r := p - ys[n]
			v := p * (1 - p)
			for i := 0; i < nf; i++ {
				if x&(1<<i) == 0 {
					continue
				}
				g[i] += r
				for j := 0; j < nf; j++ {
					if x&(1<<j) != 0 {
						h[i][j] += v
					}
				}
			}
		}
		for i := 0; i < nf; i++ {
			pen := l2
			if i == 0 && !prior {
				pen = 1e-6
			}
			g[i] += pen * w[i]
			h[i][i] += pen
		}
		d := solve(h, g)
		for i := range w {
			w[i] -= d[i]
		}
	}
	return w
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x
}

// calibration prints, for the candidates no later rule adjusted, how
// often those of each confidence band were right: the hand-set model's
// confidence, and the learned model's, each set's candidates scored by
// a model fitted on the others.
func calibration(sets [][]sentence, l2 float64) {
	bands := []float64{0, 0.3, 0.5, 0.7, 1.01}
	type band struct {
		n, right int
		sum      float64
	}
	hand, learned := make([]band, len(bands)-1), make([]band, len(bands)-1)
	add := func(bs []band, p float64, right bool) {
		for i := range bs {
			if p >= bands[i] && p < bands[i+1] {
				bs[i].n++
				bs[i].sum += p
				if right {
					bs[i].right++
				}
			}
		}
	}
	for k := range sets {
		model := logistic(fit(sets, k, l2, true))
		for _, s := range sets[k] {
			for _, c := range s.cands {
				if c.x == 0 || c.halved > 0 || c.capped {
					continue
				}
				add(hand, cameo.HandConfidence(c.x), c.right)
				add(learned, model(c.x), c.right)
			}
		}
	}
	for _, m := range []struct {
		name string
		bs   []band
	}{{"hand-set", hand}, {"learned (cross-validated)", learned}} {
		fmt.Printf("calibration, %s:", m.name)
		for i, b := range m.bs {
			if b.n > 0 {
				fmt.Printf(" [%.1f,%.1f) %d mean %.2f right %.2f;", bands[i], min(bands[i+1], 1), b.n, b.sum/float64(b.n), float64(b.right)/float64(b.n))
			}
		}
		fmt.Println()
	}
}
