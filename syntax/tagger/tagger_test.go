package tagger

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/internal/modelio"
)

// synthetic builds a small treebank from a toy grammar in which "walks"
// and "runs" are nouns after a determiner and verbs after a noun, so the
// tagger must use context, and in which novel nouns end in -ness or
// -tion, so it must use suffixes.
func synthetic() []*conllu.Sentence {
	dets := []string{"the", "a", "every", "this"}
	nouns := []string{"dog", "cat", "kindness", "station", "bird", "nation", "darkness", "horse"}
	verbs := []string{"sees", "likes", "walks", "runs", "finds"}
	ambig := []string{"walks", "runs"}
	var b strings.Builder
	n := 0
	add := func(words ...string) {
		n++
		fmt.Fprintf(&b, "# sent_id = %d\n", n)
		for i, w := range words {
			tag := strings.Split(w, "/")
			fmt.Fprintf(&b, "%d\t%s\t_\t%s\t%s\t_\t_\t_\t_\t_\n", i+1, tag[0], tag[1], tag[2])
		}
		b.WriteString("\n")
	}
	for i := 0; i < 400; i++ {
		d1, d2 := dets[i%len(dets)], dets[(i/3)%len(dets)]
		n1, n2 := nouns[i%len(nouns)], nouns[(i/5)%len(nouns)]
		v := verbs[(i/2)%len(verbs)]
		a := ambig[i%2]
		add(d1+"/DET/DT", n1+"/NOUN/NN", v+"/VERB/VBZ", d2+"/DET/DT", n2+"/NOUN/NN", "./PUNCT/.")
		add(d2+"/DET/DT", a+"/NOUN/NNS", v+"/VERB/VBZ", d1+"/DET/DT", n1+"/NOUN/NN", "./PUNCT/.")
		add("she/PRON/PRP", a+"/VERB/VBZ", "./PUNCT/.")
	}
	// Rare nouns, too rare for the tag dictionary: the tagger learns
	// their suffixes.
	rare := []string{"goodness", "motion", "illness", "action", "fitness", "portion", "weakness", "lotion", "boldness", "fiction"}
	for i, r := range rare {
		add(dets[i%len(dets)]+"/DET/DT", r+"/NOUN/NN", verbs[i%len(verbs)]+"/VERB/VBZ", "./PUNCT/.")
		add("she/PRON/PRP", verbs[i%len(verbs)]+"/VERB/VBZ", "the/DET/DT", r+"/NOUN/NN", "./PUNCT/.")
	}
	ss, err := conllu.ReadAll(strings.NewReader(b.String()), "synthetic")
	if err != nil {
		panic(err)
	}
	return ss
}

func TestTrainTag(t *testing.T) {
	m := Train(synthetic(), Options{}, nil)
	for _, tc := range []struct{ words, upos, xpos string }{
		{"the dog sees a cat .", "DET NOUN VERB DET NOUN PUNCT", "DT NN VBZ DT NN ."},
		{"the runs likes every dog .", "DET NOUN VERB DET NOUN PUNCT", "DT NNS VBZ DT NN ."},
		{"she walks .", "PRON VERB PUNCT", "PRP VBZ ."},
		{"a cat walks a horse .", "DET NOUN VERB DET NOUN PUNCT", "DT NN VBZ DT NN ."},
		// Unseen nouns, known by their suffix.
		{"the sadness sees a relation .", "DET NOUN VERB DET NOUN PUNCT", "DT NN VBZ DT NN ."},
	} {
		words := strings.Fields(tc.words)
		u, x := make([]string, len(words)), make([]string, len(words))
		m.Tag(words, u, x)
		if got := strings.Join(u, " "); got != tc.upos {
			t.Errorf("%q: UPOS %q, want %q", tc.words, got, tc.upos)
		}
		if got := strings.Join(x, " "); got != tc.xpos {
			t.Errorf("%q: XPOS %q, want %q", tc.words, got, tc.xpos)
		}
	}
	m.Tag(nil, nil, nil) // an empty sentence is no error
}

// testClusters are invented word clusters for the synthetic treebank:
// nouns under 00, verbs under 01, determiners under 1.
func testClusters() []cluster.Entry {
	var out []cluster.Entry
	for bits, words := range map[string]string{
		"000": "dog cat horse bird", "001": "kindness darkness sadness goodness", "0010": "station nation relation",
		"0011": "motion illness action fitness portion weakness lotion boldness fiction",
		"010":  "sees likes finds", "011": "walks runs", "10": "the a", "11": "every this",
	} {
		for _, w := range strings.Fields(words) {
			out = append(out, cluster.Entry{Word: w, Bits: bits, Count: 5})
		}
	}
	return out
}

// trainOptions are the option sets the tests train with: the base
// templates, and those with clusters and the other feature sets.
func trainOptions(epochs int) map[string]Options {
	return map[string]Options{
		"base":     {Epochs: epochs},
		"clusters": {Epochs: epochs, Clusters: testClusters()},
		"both":     {Epochs: epochs, Clusters: testClusters(), Suffix5: true},
		"suffix5":  {Epochs: epochs, Suffix5: true},
	}
}

func TestWriteRead(t *testing.T) {
	for name, opt := range trainOptions(3) {
		m := Train(synthetic(), opt, nil)
		var a bytes.Buffer
		if err := m.Write(&a); err != nil {
			t.Fatal(err)
		}
		r, err := Read(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatal(name, err)
		}
		var b bytes.Buffer
		if err := r.Write(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: model written, read and written again differs", name)
		}
		if len(r.clusters) != len(m.clusters) || r.feat != m.feat {
			t.Errorf("%s: read model has %d clusters and features %b, want %d and %b", name, len(r.clusters), r.feat, len(m.clusters), m.feat)
		}
		for _, s := range append(synthetic()[:30], sentence("the sadness sees a relation .")) {
			words := s.Forms()
			u1, x1 := make([]string, len(words)), make([]string, len(words))
			u2, x2 := make([]string, len(words)), make([]string, len(words))
			m.Tag(words, u1, x1)
			r.Tag(words, u2, x2)
			if fmt.Sprint(u1, x1) != fmt.Sprint(u2, x2) {
				t.Errorf("%s: %v: read model tags %v %v, trained %v %v", name, words, u2, x2, u1, x1)
			}
		}
	}
}

// sentence makes an untagged sentence of space-separated words.
func sentence(s string) *conllu.Sentence {
	var out conllu.Sentence
	for _, w := range strings.Fields(s) {
		out.Words = append(out.Words, conllu.Word{Form: w})
	}
	return &out
}

// TestVersions checks that a model with the base templates only is
// written as version 2, as models were before clusters, and one with
// clusters or a fifth suffix as version 3.
func TestVersions(t *testing.T) {
	for name, opt := range trainOptions(1) {
		var b bytes.Buffer
		if err := Train(synthetic(), opt, nil).Write(&b); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		head := make([]byte, len(magic))
		if _, err := io.ReadFull(zr, head); err != nil {
			t.Fatal(err)
		}
		want := magic
		if name == "base" {
			want = magic2
		}
		if string(head) != want {
			t.Errorf("%s: header %q, want %q", name, head, want)
		}
	}
}

func TestReadCorrupt(t *testing.T) {
	for name, opt := range trainOptions(2) {
		var good bytes.Buffer
		if err := Train(synthetic(), opt, nil).Write(&good); err != nil {
			t.Fatal(err)
		}
		for damage, in := range modelio.Damaged(good.Bytes()) {
			if _, err := Read(bytes.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "tagger model: ") {
				t.Errorf("%s, %s: err %v", name, damage, err)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	for name, opt := range trainOptions(4) {
		opt.Seed = 7
		var a, b bytes.Buffer
		if err := Train(synthetic(), opt, nil).Write(&a); err != nil {
			t.Fatal(err)
		}
		if err := Train(synthetic(), opt, nil).Write(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two trainings with the same options differ", name)
		}
	}
}

func TestJackknife(t *testing.T) {
	ss := synthetic()
	var log bytes.Buffer
	upos, xpos := Jackknife(ss, 4, Options{Epochs: 3}, &log)
	if len(upos) != len(ss) || len(xpos) != len(ss) {
		t.Fatalf("%d/%d tag rows for %d sentences", len(upos), len(xpos), len(ss))
	}
	right, n := 0, 0
	for i, s := range ss {
		if len(upos[i]) != len(s.Words) || len(xpos[i]) != len(s.Words) {
			t.Fatalf("sentence %d: %d words, %d/%d tags", i, len(s.Words), len(upos[i]), len(xpos[i]))
		}
		for j, w := range s.Words {
			n++
			if upos[i][j] == w.UPOS && xpos[i][j] == w.XPOS {
				right++
			}
		}
	}
	if acc := float64(right) / float64(n); acc < 0.95 {
		t.Errorf("jackknifed accuracy %.3f", acc)
	}
	if !strings.Contains(log.String(), "fold 4/4") {
		t.Errorf("log: %s", log.String())
	}
}

func TestConcurrentTag(t *testing.T) {
	m := Train(synthetic(), Options{Epochs: 3}, nil)
	ss := synthetic()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, s := range ss {
				words := s.Forms()
				u, x := make([]string, len(words)), make([]string, len(words))
				m.Tag(words, u, x)
				for i := range u {
					if u[i] == "" || x[i] == "" {
						t.Errorf("%v: empty tag", words)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzRead(f *testing.F) {
	var good bytes.Buffer
	if err := Train(synthetic()[:20], Options{Epochs: 1}, nil).Write(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Read(bytes.NewReader(in))
		if err != nil {
			return
		}
		words := []string{"the", "dog", "walks", "."}
		m.Tag(words, make([]string, 4), make([]string, 4))
	})
}

var (
	ewtOnce  sync.Once
	ewtModel *Model
	ewtDev   []*conllu.Sentence
)

func loadEWT(b *testing.B) {
	dir := testenv.Shared(b, "peers", "ud", "en_ewt")
	ewtOnce.Do(func() {
		read := func(name string) []*conllu.Sentence {
			f, err := os.Open(filepath.Join(dir, name))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			ss, err := conllu.ReadAll(f, name)
			if err != nil {
				b.Fatal(err)
			}
			return ss
		}
		ewtModel = Train(read("en_ewt-ud-train.conllu"), Options{}, nil)
		ewtDev = read("en_ewt-ud-dev.conllu")
	})
}

// BenchmarkTag tags EWT dev with a model trained on EWT train (the
// training, done once, is not timed) and reports tokens per second.
func BenchmarkTag(b *testing.B) {
	loadEWT(b)
	var sents [][]string
	n := 0
	for _, s := range ewtDev {
		sents = append(sents, s.Forms())
		n += len(s.Words)
	}
	u, x := make([]string, 1000), make([]string, 1000)
	cpu0 := testenv.CPUTime()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			ewtModel.Tag(s, u, x)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a loaded machine wall time undercounts; CPU time is the fairer
	// measure of one core's speed.
	if cpu := testenv.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func TestTinyInputs(t *testing.T) {
	m := Train(nil, Options{Epochs: 1}, nil)
	u, x := make([]string, 2), make([]string, 2)
	m.Tag([]string{"a", "b"}, u, x)
	if u[0] == "" || x[1] == "" {
		t.Errorf("empty model tags %v %v", u, x)
	}
	ss := synthetic()[:1]
	up, xp := Jackknife(ss, 5, Options{Epochs: 1}, nil)
	if len(up) != 1 || len(up[0]) != len(ss[0].Words) || len(xp[0]) != len(ss[0].Words) {
		t.Errorf("jackknife of one sentence: %v %v", up, xp)
	}
}

// BenchmarkRead reads the model trained on EWT train from its file.
func BenchmarkRead(b *testing.B) {
	loadEWT(b)
	var buf bytes.Buffer
	if err := ewtModel.Write(&buf); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(buf.Len()), "file-bytes")
	cpu0 := testenv.CPUTime()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := testenv.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}

// TestWordClusters checks that a known word's entry holds the cluster
// hashes clusterOf finds for it, and that a model without clusters has
// none.
func TestWordClusters(t *testing.T) {
	for name, opt := range trainOptions(1) {
		m := Train(synthetic(), opt, nil)
		for _, s := range []string{"dog", "the", "walks", "kindness"} {
			var w word
			m.clusterOf(&w, s)
			e := m.words[s]
			if e.clus != w.clus || (w.clus[0] != 0) != (opt.Clusters != nil) {
				t.Errorf("%s: %q: entry clusters %x, want %x", name, s, e.clus, w.clus)
			}
		}
	}
}
