package parser

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
)

// synthetic builds a small treebank of sentences "DET NOUN VERB DET NOUN
// (ADP DET NOUN)" with adjectives, from a fixed seed.
func synthetic(n int, seed int64) []*conllu.Sentence {
	rng := rand.New(rand.NewSource(seed))
	dets := []string{"the", "a", "every"}
	nouns := []string{"dog", "cat", "minister", "army", "city", "report"}
	verbs := []string{"saw", "attacked", "visited", "praised"}
	adjs := []string{"big", "old", "foreign"}
	preps := []string{"in", "near", "with"}
	var b strings.Builder
	for s := 0; s < n; s++ {
		type w struct {
			form, upos, xpos string
			head             int
			rel              string
		}
		var ws []w
		np := func(head int, rel string) int {
			ws = append(ws, w{dets[rng.Intn(3)], "DET", "DT", 0, "det"})
			d := len(ws)
			var a int
			if rng.Intn(2) == 0 {
				ws = append(ws, w{adjs[rng.Intn(3)], "ADJ", "JJ", 0, "amod"})
				a = len(ws)
			}
			ws = append(ws, w{nouns[rng.Intn(6)], "NOUN", "NN", head, rel})
			nn := len(ws)
			ws[d-1].head = nn
			if a > 0 {
				ws[a-1].head = nn
			}
			return nn
		}
		subj := np(-1, "nsubj")
		ws = append(ws, w{verbs[rng.Intn(4)], "VERB", "VBD", 0, "root"})
		v := len(ws)
		ws[subj-1].head = v
		np(v, "obj")
		if rng.Intn(2) == 0 {
			ws = append(ws, w{preps[rng.Intn(3)], "ADP", "IN", 0, "case"})
			c := len(ws)
			o := np(v, "obl")
			ws[c-1].head = o
		}
		ws = append(ws, w{".", "PUNCT", ".", v, "punct"})
		fmt.Fprintf(&b, "# sent_id = %d\n", s+1)
		for i, x := range ws {
			fmt.Fprintf(&b, "%d\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t_\n", i+1, x.form, x.upos, x.xpos, x.head, x.rel)
		}
		b.WriteString("\n")
	}
	sents, err := conllu.ReadAll(strings.NewReader(b.String()), "synthetic")
	if err != nil {
		panic(err)
	}
	return sents
}

// testClusters put the synthetic words in two clusters, nouns and the
// rest, with "dog" left out.
var testClusters = []cluster.Entry{
	{Word: "the", Bits: "00", Count: 9}, {Word: "a", Bits: "00", Count: 9}, {Word: "every", Bits: "01", Count: 2},
	{Word: "cat", Bits: "10", Count: 5}, {Word: "minister", Bits: "110", Count: 5}, {Word: "army", Bits: "111", Count: 5},
	{Word: "saw", Bits: "0100001", Count: 3},
}

func parseAll(m *Model, sents []*conllu.Sentence) Score { return m.score(sents, nil, nil) }

func TestLearnsSynthetic(t *testing.T) {
	m := Train(synthetic(200, 1), nil, nil, Options{Epochs: 5}, nil)
	sc := parseAll(m, synthetic(50, 2))
	if sc.LAS() < 0.99 {
		t.Fatalf("synthetic held-out LAS = %.3f (UAS %.3f), want >= 0.99", sc.LAS(), sc.UAS())
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"no rules", Options{Epochs: 3}},
		{"rules", Options{Epochs: 3, UniqueRate: 0.001, PairExpect: 5, LeafRate: 0.05}},
		{"clusters", Options{Epochs: 3, Clusters: testClusters}},
		{"rules and clusters", Options{Epochs: 3, UniqueRate: 0.001, PairExpect: 5, LeafRate: 0.05, Clusters: testClusters}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := Train(synthetic(100, 1), nil, nil, tc.opt, nil)
			m2, written := roundTrip(t, m)
			if (m.cons == nil) != (m2.cons == nil) {
				t.Fatalf("rules written %v, read %v", m.cons != nil, m2.cons != nil)
			}
			if len(m.clusters) != len(m2.clusters) || len(m.clusters) != len(tc.opt.Clusters) {
				t.Fatalf("%d clusters given, %d written, %d read", len(tc.opt.Clusters), len(m.clusters), len(m2.clusters))
			}
			var buf2 bytes.Buffer
			if err := m2.Write(&buf2); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(written, buf2.Bytes()) {
				t.Fatal("model written after reading differs")
			}
			test := synthetic(30, 3)
			if a, b := parseAll(m, test), parseAll(m2, test); a != b {
				t.Fatalf("read model parses differently: %+v vs %+v", a, b)
			}
		})
	}
}

// roundTrip writes m and reads it back, returning the model read and the
// bytes written.
func roundTrip(t *testing.T, m *Model) (*Model, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return m2, buf.Bytes()
}

func TestReadCorrupt(t *testing.T) {
	m := Train(synthetic(50, 1), nil, nil, Options{Epochs: 2}, nil)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0x55
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello world")},
		{"truncated half", good[:len(good)/2]},
		{"truncated end", good[:len(good)-3]},
		{"flipped byte", flipped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tc.data)); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	data := synthetic(100, 4)
	var a, b bytes.Buffer
	if err := Train(data, nil, nil, Options{Epochs: 4, Seed: 7}, nil).Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := Train(data, nil, nil, Options{Epochs: 4, Seed: 7}, nil).Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings with the same options wrote different models")
	}
}

// checkTree fails unless heads form a tree with exactly one root.
func checkTree(t *testing.T, heads []int, rels []string) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(heads) || h == i+1 {
			t.Fatalf("word %d: head %d", i+1, h)
		}
		if h == 0 {
			roots++
			if rels[i] != "root" {
				t.Fatalf("word %d attached to the root as %q", i+1, rels[i])
			}
		} else if rels[i] == "root" || rels[i] == "" {
			t.Fatalf("word %d: relation %q under head %d", i+1, rels[i], h)
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	for i := range heads {
		seen := 0
		for x := i + 1; x != 0; x = heads[x-1] {
			if seen++; seen > len(heads) {
				t.Fatalf("cycle through word %d", i+1)
			}
		}
	}
}

func TestAlwaysATree(t *testing.T) {
	m := Train(synthetic(100, 1), nil, nil, Options{Epochs: 2}, nil)
	rng := rand.New(rand.NewSource(9))
	forms := []string{"the", "dog", "saw", ".", "in", "zebra", "42", "Ünïcode", ""}
	tags := []string{"DT", "NN", "VBD", ".", "IN", "XX", ""}
	for _, n := range []int{1, 2, 3, 7, 40, 300} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			words, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
			for i := range words {
				words[i], xpos[i], upos[i] = forms[rng.Intn(len(forms))], tags[rng.Intn(len(tags))], "X"
			}
			heads, rels := make([]int, n), make([]string, n)
			m.Parse(words, upos, xpos, heads, rels)
			checkTree(t, heads, rels)
		})
	}
}

func TestParseEmpty(t *testing.T) {
	m := Train(synthetic(10, 1), nil, nil, Options{Epochs: 1}, nil)
	m.Parse(nil, nil, nil, nil, nil) // must not panic
	heads, rels := make([]int, 3), make([]string, 3)
	m.Parse([]string{"the", "dog", "barked"}, nil, nil, heads, rels) // no tags
	checkTree(t, heads, rels)
}

func TestConcurrentParse(t *testing.T) {
	m := Train(synthetic(100, 1), nil, nil, Options{Epochs: 2}, nil)
	test := synthetic(40, 5)
	want := parseAll(m, test)
	done := make(chan Score)
	for g := 0; g < 4; g++ {
		go func() { done <- parseAll(m, test) }()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; got != want {
			t.Fatalf("concurrent parse scored %+v, sequential %+v", got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	m := Train(synthetic(20, 1), nil, nil, Options{Epochs: 1}, nil)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		heads, rels := make([]int, 3), make([]string, 3)
		m.Parse([]string{"a", "dog", "barks"}, []string{"DET", "NOUN", "VERB"}, []string{"DT", "NN", "VBZ"}, heads, rels)
		checkTree(t, heads, rels)
	})
}

func TestThreshold(t *testing.T) {
	rows := []row{{w: []float32{0.5, -3, 2}}, {w: []float32{2, -1, 4}}}
	for _, tc := range []struct {
		n    int
		kept int
	}{{0, 0}, {1, 1}, {2, 2}, {3, 2}, {4, 4}, {5, 5}, {6, 6}, {10, 6}} {
		th := threshold(rows, tc.n)
		kept := 0
		for _, r := range rows {
			for _, x := range r.w {
				if x >= th || x <= -th {
					kept++
				}
			}
		}
		if kept != tc.kept {
			t.Errorf("threshold(%d) = %v keeps %d weights, want %d", tc.n, th, kept, tc.kept)
		}
	}
}

func TestMaxWeights(t *testing.T) {
	data := synthetic(100, 1)
	full := Train(data, nil, nil, Options{Epochs: 3, MaxWeights: -1}, nil)
	n := full.Weights()
	small := Train(data, nil, nil, Options{Epochs: 3, MaxWeights: n / 2}, nil)
	if small.Weights() > n/2 || small.Weights() == 0 {
		t.Fatalf("MaxWeights %d kept %d of %d weights", n/2, small.Weights(), n)
	}
}

// TestNewWeightsAfterParsing: parsing, then evaluating after every epoch or
// shrinking the model, never reads the memo of the old weights.
func TestNewWeightsAfterParsing(t *testing.T) {
	dev := synthetic(20, 5)
	m := Train(synthetic(200, 1), nil, nil, Options{Epochs: 3, Dev: dev}, nil)
	before := parseAll(m, dev)
	m.Shrink(m.Weights() / 20)
	after := parseAll(m, dev)
	fresh := Train(synthetic(200, 1), nil, nil, Options{Epochs: 3}, nil)
	fresh.Shrink(fresh.Weights() / 20)
	if want := parseAll(fresh, dev); after != want {
		t.Errorf("shrunk after parsing: %+v, shrunk fresh: %+v (before shrinking %+v)", after, want, before)
	}
}

func TestClusterPrefixes(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		k    int
		same bool
	}{
		{"0101", "0101", 0, true},
		{"0101", "0100", 0, false},
		{"010111", "010100", 4, true},
		{"010111", "011100", 4, false},
		{"01", "01", 4, true},
		{"01", "010", 4, false},
		{"0101110", "0101111", 6, true},
	} {
		ha, hb := prefixHash(cluster.Code(tc.a), tc.k), prefixHash(cluster.Code(tc.b), tc.k)
		if (ha == hb) != tc.same {
			t.Errorf("%s and %s, prefix %d: same %v, want %v", tc.a, tc.b, tc.k, ha == hb, tc.same)
		}
	}
}
