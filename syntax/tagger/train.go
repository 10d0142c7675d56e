package tagger

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
)

// Options tune training; zero values take the defaults.
type Options struct {
	Epochs int   // passes over the training sentences (default 10)
	Seed   int64 // seed of the sentence order shuffle (default 1)
	// Clusters, when not empty, are word clusters the model keeps and
	// reads (see clusters.go).
	Clusters []cluster.Entry
	// Suffix5 adds a template of the word's last five bytes.
	Suffix5 bool
}

// Training constants.
const (
	defaultEpochs = 10
	dictMinCount  = 20   // a word enters the tag dictionary seen this often...
	dictMinShare  = 0.97 // ...with one tag this large a share of the time
	ambMinShare   = 0.05 // a tag enters a word's ambiguity class with this share
	pruneBelow    = 0.01 // averaged weights smaller than this (in absolute value) are dropped
	maxClasses    = 255
)

// entry is one class weight of a feature during training: w is the
// current weight, u the sum of updates times the instance counter, so that
// the averaged weight is w - u/c (Daumé's trick).
type entry struct {
	cls int32
	w   int32
	u   int64
}

type trainer struct {
	index map[uint64]int32
	rows  [][]entry
	c     int64
}

func (t *trainer) score(feats []uint64, scores []int64) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += int64(e.w)
		}
	}
}

func (t *trainer) add(f uint64, cls int, d int32) {
	r, ok := t.index[f]
	if !ok {
		r = int32(len(t.rows))
		t.index[f] = r
		t.rows = append(t.rows, nil)
	}
	row := t.rows[r]
	for k := range row {
		if row[k].cls == int32(cls) {
			row[k].w += d
			row[k].u += int64(d) * t.c
			return
		}
	}
	t.rows[r] = append(row, entry{cls: int32(cls), w: d, u: int64(d) * t.c})
}

// Train trains a tagger on the UPOS and XPOS columns of sents, writing a
// line per epoch to log when it is not nil. The same sentences and
// options give the same model, byte for byte.
func Train(sents []*conllu.Sentence, opt Options, log io.Writer) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = defaultEpochs
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	m := &Model{profiles: map[string]wordProfile{}, clusters: clusterTable(opt.Clusters)}
	if m.clusters != nil {
		m.feat |= featClusters
	}
	if opt.Suffix5 {
		m.feat |= featSuffix5
	}
	for w, p := range wikiProfiles() {
		m.profiles[w] = newWordProfile(p)
	}
	classOf := map[string]int{}
	gold := make([][]int, len(sents))
	for si, s := range sents {
		gold[si] = make([]int, len(s.Words))
		for i, w := range s.Words {
			key := w.UPOS + "\t" + w.XPOS
			c, ok := classOf[key]
			if !ok {
				if len(m.upos) >= maxClasses {
					c = 0 // too many classes: fold the rest into the first
				} else {
					c = len(m.upos)
					classOf[key] = c
					m.upos = append(m.upos, w.UPOS)
					m.xpos = append(m.xpos, w.XPOS)
				}
			}
			gold[si][i] = c
		}
	}
	if len(m.upos) == 0 {
		m.upos, m.xpos = []string{"X"}, []string{"_"}
	}
	counts := wordCounts(sents, gold, len(m.upos))
	m.words = wordTable(counts)
	m.wordClusters()
	prepared := make([][]word, len(sents))
	for si, s := range sents {
		prepared[si] = m.heldOut(s, gold[si], counts)
	}

	t := &trainer{index: map[uint64]int32{}, c: 1}
	nc := len(m.upos)
	scores := make([]int64, nc)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x7a6765))
	var feats []uint64
	for ep := 0; ep < opt.Epochs; ep++ {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			ws := prepared[si]
			p1, p2 := -1, -1
			for i := range ws {
				g := gold[si][i]
				c := int(ws[i].dict)
				if c < 0 {
					feats = extract(feats[:0], ws, i, p1, p2)
					t.score(feats, scores)
					c = 0
					for k, v := range scores {
						if v > scores[c] {
							c = k
						}
					}
					if c != g {
						for _, f := range feats {
							t.add(f, g, 1)
							t.add(f, c, -1)
						}
					}
				}
				if c == g {
					right++
				}
				total++
				t.c++
				p2, p1 = p1, c
			}
		}
		if log != nil {
			fmt.Fprintf(log, "tagger: epoch %d/%d: training accuracy %.4f, %d features, %s\n",
				ep+1, opt.Epochs, float64(right)/float64(max(total, 1)), len(t.rows), time.Since(begin).Round(time.Millisecond))
		}
	}
	m.average(t)
	return m
}

// average turns the trainer's weights into the model's averaged, pruned
// weights.
func (m *Model) average(t *trainer) {
	type feat struct {
		key uint64
		row int32
	}
	fs := make([]feat, 0, len(t.index))
	for k, r := range t.index {
		fs = append(fs, feat{k, r})
	}
	slices.SortFunc(fs, func(a, b feat) int { return cmp.Compare(a.key, b.key) })
	var keys []uint64
	start := []uint32{0}
	var cls []uint8
	var wt []float64
	c := float64(t.c)
	maxAbs := 0.0
	for _, f := range fs {
		row := slices.Clone(t.rows[f.row])
		slices.SortFunc(row, func(a, b entry) int { return cmp.Compare(a.cls, b.cls) })
		n := 0
		for _, e := range row {
			a := float64(e.w) - float64(e.u)/c
			if math.Abs(a) < pruneBelow || len(wt) >= maxWeights {
				continue
			}
			cls = append(cls, uint8(e.cls))
			wt = append(wt, a)
			maxAbs = max(maxAbs, math.Abs(a))
			n++
		}
		if n > 0 {
			keys = append(keys, f.key)
			start = append(start, uint32(len(cls)))
		}
	}
	// Weights are stored as 16-bit multiples of one scale.
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	packed := make([]uint32, len(wt))
	for e, a := range wt {
		packed[e] = uint32(uint16(int16(math.Round(a/scale))))<<16 | uint32(cls[e])
	}
	m.build(keys, start, packed, scale)
}

// wordCounts counts the classes of each training word, under its form
// and under its lowercase form's key (lowerKey).
func wordCounts(sents []*conllu.Sentence, gold [][]int, nc int) map[string][]int32 {
	counts := map[string][]int32{}
	for si, s := range sents {
		for i, w := range s.Words {
			for _, key := range []string{w.Form, lowerKey(w.Form)} {
				v := counts[key]
				if v == nil {
					v = make([]int32, nc)
					counts[key] = v
				}
				v[gold[si][i]]++
			}
		}
	}
	return counts
}

// wordTable makes each training word's ambiguity class and, for frequent
// unambiguous words, its dictionary tag. Lowercase keys hold ambiguity
// classes only.
func wordTable(counts map[string][]int32) map[string]wordEntry {
	out := make(map[string]wordEntry, len(counts))
	for key, v := range counts {
		out[key] = entryOf(key, v)
	}
	return out
}

func entryOf(key string, v []int32) wordEntry {
	total, best := int32(0), 0
	for c, n := range v {
		total += n
		if n > v[best] {
			best = c
		}
	}
	var tags []uint8
	for c, n := range v {
		if float64(n) >= ambMinShare*float64(total) && n > 0 {
			tags = append(tags, uint8(c))
		}
	}
	e := wordEntry{amb: ambHash(tags), tags: tags, dict: -1, role: -1}
	if !strings.HasPrefix(key, "\x00") && total >= dictMinCount && float64(v[best]) >= dictMinShare*float64(total) {
		e.dict = int32(best)
	}
	return e
}

// heldOut prepares a training sentence as if its words had been counted
// without it: a word seen only in this sentence is unknown, as new words
// will be, so the tagger learns to tag them from their spelling and
// context rather than from their ambiguity class.
func (m *Model) heldOut(s *conllu.Sentence, g []int, counts map[string][]int32) []word {
	words := s.Forms()
	ws := m.prepare(nil, words, true)
	held := func(key string, lower bool) (wordEntry, bool) {
		v := slices.Clone(counts[key])
		if v == nil {
			return wordEntry{}, false
		}
		for j, x := range words {
			if x == key || lower && lowerKey(x) == key {
				v[g[j]]--
			}
		}
		if slices.Max(v) <= 0 {
			return wordEntry{}, false
		}
		return entryOf(key, v), true
	}
	for i, x := range words {
		w := &ws[i]
		w.amb = hashUnknown
		if e, ok := held(x, false); ok {
			w.amb = e.amb
		} else if w.flags&flagUpper != 0 {
			if e, ok := held(lowerKey(x), true); ok {
				w.amb = e.amb
			}
		}
	}
	return ws
}

// ambHash is the hash of an ambiguity class.
func ambHash(tags []uint8) uint64 {
	h := uint64(fnvOffset)
	for _, c := range tags {
		h = mix(h, uint64(c)+1)
	}
	return h
}

// Jackknife tags every sentence of sents with a model trained on the other
// folds, so that a later stage can be trained on tags as good as the
// tagger's on new text. Folds are runs of consecutive sentences (fold k
// holds sentences k*n/folds up to (k+1)*n/folds), so that a treebank's
// documents, stored in order, mostly stay in one fold: tags of a
// document's sentences are not helped by its other sentences.
func Jackknife(sents []*conllu.Sentence, folds int, opt Options, log io.Writer) (upos, xpos [][]string) {
	folds = max(2, min(folds, len(sents)))
	upos = make([][]string, len(sents))
	xpos = make([][]string, len(sents))
	for k := 0; k < folds; k++ {
		lo, hi := k*len(sents)/folds, (k+1)*len(sents)/folds
		train := append(slices.Clip(sents[:lo]), sents[hi:]...)
		if log != nil {
			fmt.Fprintf(log, "tagger: jackknife fold %d/%d\n", k+1, folds)
		}
		m := Train(train, opt, log)
		for i := lo; i < hi; i++ {
			forms := sents[i].Forms()
			upos[i] = make([]string, len(forms))
			xpos[i] = make([]string, len(forms))
			m.Tag(forms, upos[i], xpos[i])
		}
	}
	return upos, xpos
}
