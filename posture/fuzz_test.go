package posture_test

import (
	"sync"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
)

var (
	fuzzOnce sync.Once
	fuzzAn   *analyzer.Analyzer
	fuzzErr  error
)

// FuzzPosture analyses any text and checks that the posture layer holds
// together: every change names a post of the layer, every span lies in
// the text, and a window has a date.
func FuzzPosture(f *testing.F) {
	for _, s := range []string{
		"The US Embassy in Baghdad ordered certain employees to leave in March.",
		"It is closed. The embassy? The compound, its outpost: withdrawn until",
		"Germany has recalled its ambassador to Russia; no decision has been made to close the embassy.",
		"",
		"embassy embassy embassy consulate the the the",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		fuzzOnce.Do(func() { fuzzAn, fuzzErr = analyzer.New(analyzer.Options{}) })
		if fuzzErr != nil {
			t.Fatal(fuzzErr)
		}
		d, err := fuzzAn.Analyze(input.Item{Name: "fuzz", Data: []byte(text), Format: input.FormatText, Meta: input.Meta{Published: "2021-05-04"}})
		if err != nil || d == nil || d.Posture == nil {
			return
		}
		posts := map[string]bool{}
		for _, p := range d.Posture.Posts {
			posts[p.Key] = true
		}
		for _, c := range d.Posture.Changes {
			if !posts[c.Post] {
				t.Errorf("change of unknown post %q", c.Post)
			}
			for _, sp := range append(append([]doc.Span{}, c.Evidence...), c.Triggers...) {
				if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
					t.Errorf("span %v outside the text", sp)
				}
			}
		}
		for _, w := range d.Posture.Windows {
			if w.Date == "" {
				t.Error("window without a date")
			}
		}
	})
}
