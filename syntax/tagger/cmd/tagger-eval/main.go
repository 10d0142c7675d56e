// Command tagger-eval trains the tagger and the lemmatizer on UD English
// EWT train and prints their accuracies on EWT dev and test and on GUM dev
// and test (evaluation only), with gold tokenization, along with training
// time, tagging speed and model sizes. Lemma accuracy is given with the
// predicted tags and, in brackets, with the gold ones.
//
//	go run ./syntax/tagger/cmd/tagger-eval [-shared ../shared] [-epochs N] [-clusters] [-suffix5] [-out FILE]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/syntax/cluster"
	"github.com/dragoman/dragoman/syntax/conllu"
	"github.com/dragoman/dragoman/syntax/lemma"
	"github.com/dragoman/dragoman/syntax/tagger"
)

func main() {
	shared := flag.String("shared", testenv.SharedDir(), "the shared data folder")
	epochs := flag.Int("epochs", 0, "tagger training epochs (0: the default)")
	seed := flag.Int64("seed", 0, "tagger training seed (0: the default)")
	verbose := flag.Bool("v", false, "log training epochs on standard error")
	jackknife := flag.Int("jackknife", 0, "also jackknife EWT train in this many folds and print the time taken and the accuracy of the jackknifed tags")
	clusters := flag.Bool("clusters", false, "give the tagger the word clusters of syntax/cluster")
	suffix5 := flag.Bool("suffix5", false, "give the tagger a template of the word's last five bytes")
	confusions := flag.Int("confusions", 0, "print this many most frequent UPOS confusions on EWT dev, and the accuracy on words unseen in training")
	out := flag.String("out", "", "also write the tagger model to this file")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: tagger-eval [flags]\n\nTrains the tagger and lemmatizer on EWT train and prints EWT and GUM dev/test accuracies.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *shared == "" {
		fail(fmt.Errorf("no shared data folder (../shared); give -shared"))
	}
	ud := filepath.Join(*shared, "peers", "ud")
	train := load(filepath.Join(ud, "en_ewt", "en_ewt-ud-train.conllu"))
	opt := tagger.Options{Epochs: *epochs, Seed: *seed, Suffix5: *suffix5}
	if *clusters {
		var err error
		if opt.Clusters, err = cluster.Default(); err != nil {
			fail(err)
		}
	}
	if *jackknife > 0 {
		defer jackknifeEval(train, *jackknife, opt)
	}
	var log *os.File
	if *verbose {
		log = os.Stderr
	}
	begin := time.Now()
	var m *tagger.Model
	if log != nil {
		m = tagger.Train(train, opt, log)
	} else {
		m = tagger.Train(train, opt, nil)
	}
	fmt.Printf("tagger: trained in %s, %d classes, %d features\n", time.Since(begin).Round(time.Millisecond), m.Classes(), m.Features())
	begin = time.Now()
	lm := lemma.Train(train)
	fmt.Printf("lemma: trained in %s\n", time.Since(begin).Round(time.Millisecond))
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		fail(err)
	}
	fmt.Printf("tagger: model %d bytes (gzip)\n", buf.Len())
	// Tag with the model as written and read back.
	m, err := tagger.Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		fail(err)
	}
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			fail(err)
		}
	}
	buf.Reset()
	if err := lm.Write(&buf); err != nil {
		fail(err)
	}
	fmt.Printf("lemma: model %d bytes (gzip)\n", buf.Len())
	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[w.Form] = true
		}
	}
	for _, f := range []string{"en_ewt/en_ewt-ud-dev.conllu", "en_ewt/en_ewt-ud-test.conllu", "en_gum/en_gum-ud-dev.conllu", "en_gum/en_gum-ud-test.conllu"} {
		p := filepath.Join(ud, f)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		sents := load(p)
		var n, up, xp, lp, lg, unseen, unseenRight int
		conf := map[string]int{}
		var el time.Duration
		for _, s := range sents {
			forms := s.Forms()
			u := make([]string, len(forms))
			x := make([]string, len(forms))
			t0 := time.Now()
			m.Tag(forms, u, x)
			el += time.Since(t0)
			for i, w := range s.Words {
				n++
				if u[i] == w.UPOS {
					up++
				} else {
					conf[w.UPOS+" -> "+u[i]]++
					if os.Getenv("TAGGER_ERRS") == w.UPOS+">"+u[i] && strings.Contains(f, "ewt-ud-dev") {
						fmt.Fprintf(os.Stderr, "%s [%s] %s  seen=%v\n", strings.Join(forms[max(0, i-3):i], " "), w.Form, strings.Join(forms[i+1:min(len(forms), i+4)], " "), seen[w.Form])
					}
				}
				if !seen[w.Form] {
					unseen++
					if u[i] == w.UPOS {
						unseenRight++
					}
				}
				if x[i] == w.XPOS {
					xp++
				}
				if lm.Lemma(w.Form, u[i], x[i]) == w.Lemma {
					lp++
				}
				if lm.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
					lg++
				}
			}
		}
		r := func(k int) float64 { return float64(k) / float64(n) }
		fmt.Printf("%-28s tokens %6d  UPOS %.4f  XPOS %.4f  lemma %.4f (gold tags %.4f)  %.0f tokens/s\n",
			filepath.Base(f), n, r(up), r(xp), r(lp), r(lg), float64(n)/el.Seconds())
		if *confusions > 0 && strings.Contains(f, "ewt-ud-dev") {
			fmt.Printf("  unseen words %d (%.4f), UPOS on them %.4f\n", unseen, r(unseen), float64(unseenRight)/float64(max(unseen, 1)))
			keys := make([]string, 0, len(conf))
			for k := range conf {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool {
				return conf[keys[i]] > conf[keys[j]] || conf[keys[i]] == conf[keys[j]] && keys[i] < keys[j]
			})
			for _, k := range keys[:min(*confusions, len(keys))] {
				fmt.Printf("  %5d  %s\n", conf[k], k)
			}
		}
	}
}

func jackknifeEval(train []*conllu.Sentence, folds int, opt tagger.Options) {
	begin := time.Now()
	upos, xpos := tagger.Jackknife(train, folds, opt, nil)
	var n, up, xp int
	for i, s := range train {
		for j, w := range s.Words {
			n++
			if upos[i][j] == w.UPOS {
				up++
			}
			if xpos[i][j] == w.XPOS {
				xp++
			}
		}
	}
	fmt.Printf("jackknife: %d folds of EWT train in %s: UPOS %.4f  XPOS %.4f\n", folds, time.Since(begin).Round(time.Millisecond),
		float64(up)/float64(n), float64(xp)/float64(n))
}

func load(path string) []*conllu.Sentence {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		fail(err)
	}
	return ss
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "tagger-eval:", err)
	os.Exit(1)
}
