package quote

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
)

func stage(t testing.TB) (*entity.Stage, *Stage) {
	t.Helper()
	ent, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	q, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return ent, q
}

// exampleDoc builds the example article's body as the reading stage does:
// one paragraph per line.
func exampleDoc(t testing.TB) *doc.Document {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	d := doc.New("x", text)
	start := strings.Index(text, "The US is temporarily")
	end := strings.Index(text, "CNN’s Barbara Starr")
	off := 0
	for _, line := range strings.Split(text, "\n") {
		if off >= start && off < end && strings.TrimSpace(line) != "" {
			d.Body = append(d.Body, doc.Span{Start: off, End: off + len(strings.TrimRight(line, " "))})
		}
		off += len(line) + 1
	}
	segment.Stage{}.Process(d)
	syntaxStage(t).Process(d)
	return d
}

var loadSyntax = sync.OnceValues(syntax.New)

func syntaxStage(t testing.TB) *syntax.Stage {
	t.Helper()
	s, err := loadSyntax()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestExampleArticle(t *testing.T) {
	ent, q := stage(t)
	d := exampleDoc(t)
	ent.Process(d)
	q.Process(d)
	if testing.Verbose() {
		for _, x := range d.Quotes {
			sp := "-"
			if x.Speaker != nil {
				sp = x.Speaker.Name + " [" + d.Text[x.Speaker.Start:x.Speaker.End] + "] " + x.Speaker.Kind
			}
			t.Logf("%s %s/%s %q <- %s", x.Kind, x.Cue, x.CueKind, x.Text, sp)
		}
		for _, s := range d.Sources {
			t.Logf("source %+v", s)
		}
	}
	speakerOf := func(prefix string) *doc.Quote {
		for i := range d.Quotes {
			if strings.Contains(d.Quotes[i].Text, prefix) {
				return &d.Quotes[i]
			}
		}
		return nil
	}
	for _, c := range []struct{ prefix, speaker, kind string }{
		{"The US is temporarily withdrawing", "three sources familiar with the decision", "anonymous"},
		{"slight", "diplomatic source", "anonymous"},
		{"and they aren’t going to give up", "defense official", "anonymous"},
		{"We do not comment on the details", "spokesperson", "institutional"},
		{"Ensuring the safety of U.S. government personnel", "spokesperson", "institutional"},
		{"due to security conditions and restricted travel", "embassy", "institutional"},
		{"the drawdown would take place", "US official", "anonymous"},
	} {
		qt := speakerOf(c.prefix)
		if qt == nil || qt.Speaker == nil {
			t.Errorf("%q: no attributed quote", c.prefix)
			continue
		}
		if !strings.Contains(qt.Speaker.Name, c.speaker) || qt.Speaker.Kind != c.kind {
			t.Errorf("%q: speaker %q (%s), want %q (%s)", c.prefix, qt.Speaker.Name, qt.Speaker.Kind, c.speaker, c.kind)
		}
	}
	// the spokesperson also through "they"; One US official's quote is indirect
	if qt := speakerOf("Ensuring the safety"); qt != nil && qt.Speaker != nil && d.Text[qt.Speaker.Start:qt.Speaker.End] != "they" {
		t.Errorf("the spokesperson's last quote is spoken by %q, want they", d.Text[qt.Speaker.Start:qt.Speaker.End])
	}
	if qt := speakerOf("the drawdown would take place"); qt != nil && qt.Kind != "indirect" {
		t.Errorf("One US official's quote is %s, want indirect", qt.Kind)
	}
	var anon []string
	media := false
	for _, s := range d.Sources {
		switch s.Kind {
		case "named":
			t.Errorf("named source %q in an article that names none", s.Name)
		case "anonymous":
			anon = append(anon, s.Name)
		case "media":
			media = media || strings.Contains(s.Name, "Washington Post")
		}
	}
	if want := []string{"three sources familiar with the decision", "One US official", "A source familiar", "A diplomatic source", "One defense official"}; !sameSet(anon, want) {
		t.Errorf("anonymous sources %q, want %q", anon, want)
	}
	if !media {
		t.Errorf("The Washington Post is no media source")
	}
}

func TestMalformedCues(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"cue\tsay\n", "c.tsv:1: want 3"},
		{"cue\tsay\tSaid\n", "c.tsv:1: form"},
		{"verb\tsay\tsaid\n", "c.tsv:1: kind"},
	} {
		_, _, _, err := LoadCues(strings.NewReader(c.file), "c.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.file, err, c.want)
		}
	}
}

func TestMalformedLexicon(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"verb\tsay\tspeech\n", "l.tsv:1: want 4"},
		{"verb\tSay\tspeech\tccomp\n", "l.tsv:1: entry"},
		{"verb\tsay\tchatter\tccomp\n", "l.tsv:1: kind"},
		{"verb\tsay\tspeech\t-\n", "l.tsv:1: verb"},
		{"verb\tsay\tspeech\tccomp,,obj\n", "l.tsv:1: content"},
		{"noun\tstatement\tspeech\tccomp\n", "l.tsv:1: content"},
		{"adverb\tsoon\tspeech\t-\n", "l.tsv:1: class"},
		{"phrase\taccording\tspeech\t-\n", "l.tsv:1: phrase"},
		{"noun\tpress release\twriting\t-\n", "l.tsv:1: noun"},
		{"verb\tsay\tspeech\tccomp\nverb\tsay\tspeech\tccomp\n", "l.tsv:2: verb \"say\" listed twice"},
		{"noun\tstatement\tspeech\t-\n", "no cue verbs"},
	} {
		_, err := LoadLexicon(strings.NewReader(c.file), "l.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.file, err, c.want)
		}
	}
	lx, err := LoadLexicon(strings.NewReader(lexiconTSV), "lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, lemma := range []string{"say", "believe", "want", "know", "write"} {
		if _, ok := lx.Verbs[lemma]; !ok {
			t.Errorf("the lexicon lacks %q", lemma)
		}
	}
}

func FuzzQuotes(f *testing.F) {
	f.Add("“A quote,” he said. “Another one.”\n“Continued\n“And done,” she added.")
	f.Add("\"unclosed ’’ ‘ ” “")
	f.Add("According to the agency, the mayor said the governor believes that “the bridge will close,” she added.\nThey want to leave, the officials and the source warned.")
	f.Add("The union made a statement that its workers would strike. Mr Smith (R-Tex.) told reporters, “We plan to fight.”")
	ent, q := stage(f)
	syn := syntaxStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New("x", text)
		d.Body = []doc.Span{{Start: 0, End: len(text)}}
		segment.Stage{}.Process(d)
		syn.Process(d)
		ent.Process(d)
		q.Process(d)
		for _, x := range d.Quotes {
			if x.Start < 0 || x.End > len(text) || x.Start > x.End || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad quote span %+v", x)
			}
		}
	})
}

// BenchmarkQuotes measures the quote stage on the example body (the
// figure to hold to 2 µs/word).
func BenchmarkQuotes(b *testing.B) {
	ent, q := stage(b)
	d := exampleDoc(b)
	ent.Process(d)
	words := 0
	for _, p := range d.Body {
		words += len(strings.Fields(d.Text[p.Start:p.End]))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Quotes, d.Sources = d.Quotes[:0], d.Sources[:0]
		q.Process(d)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}
