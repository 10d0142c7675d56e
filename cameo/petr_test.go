package cameo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/petrarch"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
)

// petrDicts loads the PETRARCH dictionaries of set ("validate" or
// "production") from ../shared, or skips.
func petrDicts(t testing.TB, set string) *PetrDicts {
	t.Helper()
	dir := filepath.Join(testenv.Shared(t), "peers", "petrarch2", "dictionaries")
	var verbs, agents, discards string
	var actors []string
	switch set {
	case "validate":
		verbs, agents, discards = "PETR.Validate.verbs.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt"
		actors = []string{"PETR.Validate.actors.txt"}
	default:
		dir = filepath.Join(dir, "production")
		verbs, agents, discards = "CAMEO.2.0.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"
		actors = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}
	}
	v, err := petrarch.LoadVerbs(filepath.Join(dir, verbs))
	if err != nil {
		t.Fatal(err)
	}
	for i := range actors {
		actors[i] = filepath.Join(dir, actors[i])
	}
	a, err := petrarch.LoadActors(actors...)
	if err != nil {
		t.Fatal(err)
	}
	g, err := petrarch.LoadAgents(filepath.Join(dir, agents))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := petrarch.LoadDiscards(filepath.Join(dir, discards))
	if err != nil {
		t.Fatal(err)
	}
	pd := &PetrDicts{Verbs: v, Actors: a, Agents: g, Discards: ds}
	pd.Prepare()
	return pd
}

func parsed(t testing.TB, st *syntax.Stage, text string) *doc.Document {
	d := doc.New("x", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	segment.Stage{}.Process(d)
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestPetrCoder codes invented sentences with the validation
// dictionaries' invented actors: roles from the parse, agents composed
// within the phrase, conjuncts, a reporting verb left as attribution.
func TestPetrCoder(t *testing.T) {
	pd := petrDicts(t, "validate")
	st, err := syntax.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		conv Convention
		want string // events "SRC TGT CODE" joined by "; ", in order
	}{
		{"Arnor will restore full diplomatic ties with Gondor.", Petrarch, "ARN GON 064"},
		{"Gondor's government will restore full diplomatic ties with Arnor.", Petrarch, "GONGOV ARN 064"},
		{"Arnor and Gondor will restore full diplomatic ties with Osgiliath, an official said.", Petrarch, "ARN OSG 064; GON OSG 064"},
		{"Arnor will not restore full diplomatic ties with Gondor.", Codebook, ""},
		{"If Arnor restores full diplomatic ties with Gondor, the region will change.", Codebook, ""},
		// an act told in an adverbial clause is PETRARCH's context, not
		// its event; the codebook convention codes both
		{"Arnor restored full diplomatic ties with Gondor after Osgiliath restored full diplomatic ties with Eriador.", Petrarch, "ARN GON 064"},
		{"Arnor restored full diplomatic ties with Gondor after Osgiliath restored full diplomatic ties with Eriador.", Codebook, "ARN GON 064; OSG ERI 064"},
		{"Before restoring full diplomatic ties with Eriador, Osgiliath restored full diplomatic ties with Gondor.", Petrarch, "OSG GON 064"},
		// a verb framing an act its complement tells is coded as that
		// act alone under PETRARCH's convention
		{"Arnor promised Gondor it would restore full diplomatic ties with Osgiliath.", Petrarch, "ARN OSG 064"},
		{"Arnor promised Gondor it would restore full diplomatic ties with Osgiliath.", Codebook, "ARN GON 050; ARN OSG 064"},
	} {
		d := parsed(t, st, c.text)
		var got []string
		for i := range d.Syntax.Sentences {
			evs, _ := pd.CodeSentence(d, i, 20100101, c.conv)
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestPetrIntent codes, with the production dictionaries and PETRARCH's
// convention, an intent (03) that frames its complement's act: an intent
// to cooperate takes the intent's own code, any other act stays the act.
func TestPetrIntent(t *testing.T) {
	pd := petrDicts(t, "production")
	st, err := syntax.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Chile is seeking to deepen its cooperation with Peru.", "CHL PER 032"},
		{"Chile is seeking to investigate the mines in Peru.", "CHL PER 090"},
	} {
		d := parsed(t, st, c.text)
		var got []string
		for i := range d.Syntax.Sentences {
			evs, _ := pd.CodeSentence(d, i, 20100101, Petrarch)
			for _, e := range evs {
				got = append(got, e.Source+" "+e.Target+" "+e.Code)
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%q: got %q, want %q", c.text, g, c.want)
		}
	}
}

// TestPetrLoadTime checks that the production dictionaries load and
// index in under a second (logged; the figure is machine-dependent).
func TestPetrLoadTime(t *testing.T) {
	start := time.Now()
	pd := petrDicts(t, "production")
	pd.Actors.Match([]string{"X"})
	pd.Agents.Match([]string{"X"})
	pd.Verbs.Lookup("say")
	t.Logf("production dictionaries loaded in %v: %d verb patterns, %d actor names", time.Since(start), pd.Verbs.Patterns(), pd.Actors.Names())
}

// BenchmarkPetrCoder measures the PETRARCH coder with the production
// dictionaries on the example's body, parsed once.
func BenchmarkPetrCoder(b *testing.B) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	body := text[strings.Index(text, "The US is temporarily"):]
	pd := petrDicts(b, "production")
	st, err := syntax.New()
	if err != nil {
		b.Fatal(err)
	}
	d := parsed(b, st, body)
	words := len(strings.Fields(body))
	b.ResetTimer()
	c0 := testenv.CPUTime()
	for i := 0; i < b.N; i++ {
		for k := range d.Syntax.Sentences {
			pd.CodeSentence(d, k, 20201202, Codebook)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
	b.ReportMetric(float64((testenv.CPUTime()-c0).Nanoseconds())/float64(b.N*words), "cpu-ns/word")
}

// TestPetrStage runs the event stage with a PETRARCH verb dictionary: its
// events are the dictionary coder's, an announced act hypothetical under
// the codebook convention and coded as the act under PETRARCH's.
func TestPetrStage(t *testing.T) {
	pd := petrDicts(t, "validate")
	st, err := syntax.New()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	s.Petr = pd
	for _, c := range []struct {
		conv Convention
		hypo bool
	}{{Codebook, true}, {Petrarch, false}} {
		s.Convention = c.conv
		d := parsed(t, st, "Arnor will restore full diplomatic ties with Gondor.")
		d.Sentences = []doc.Span{{Start: 0, End: len(d.Text)}}
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Events) != 1 {
			t.Fatalf("%v: events %+v, want one", c.conv, d.Events)
		}
		e := d.Events[0]
		if e.Code != "064" || e.Source == nil || *e.Source.Actor != "ARN" || e.Target == nil || *e.Target.Actor != "GON" || e.Hypothetical != c.hypo || e.Trigger.Text != "restore" {
			t.Errorf("%v: got %s %v %v hypothetical %v on %q", c.conv, e.Code, e.Source, e.Target, e.Hypothetical, e.Trigger.Text)
		}
	}
}

// FuzzPetrCoder codes arbitrary text with the validation dictionaries:
// no panic, and every event's verb is a word of its sentence.
func FuzzPetrCoder(f *testing.F) {
	for _, s := range []string{"Arnor will restore full diplomatic ties with Gondor.", "Gondor's Prime Minister Falastur noted that Cirith Ungol regretted it.",
		"and and , ,", "Ithilen's awful and evil minister Calimehtar warned of the Prince of Dol Amroth.", ""} {
		f.Add(s)
	}
	pd := petrDicts(f, "validate")
	st, err := syntax.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		d := parsed(t, st, text)
		for i, ss := range d.Syntax.Sentences {
			evs, _ := pd.CodeSentence(d, i, 20100101, Petrarch)
			for _, e := range evs {
				if e.Verb < 0 || ss.First+e.Verb >= ss.End {
					t.Fatalf("%q: verb %d outside the sentence", text, e.Verb)
				}
			}
		}
	})
}
