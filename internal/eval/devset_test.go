package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/cameo"
)

func TestLoadDevEvents(t *testing.T) {
	for _, d := range []struct {
		name                string
		sentences, articles int
	}{
		{"devset-events.tsv", 150, 55},
		{"devset-events2.tsv", 180, 60},
		{"devset-events3.tsv", 190, 70},
		{"audit-events.tsv", 210, 150},
		{"audit-events2.tsv", 150, 100},
		{"audit-events3.tsv", 120, 80},
		{"audit-events4.tsv", 150, 100},
		{"audit-events5.tsv", 150, 100},
		{"audit-events6.tsv", 150, 100},
		{"audit-events7.tsv", 150, 100},
	} {
		var data string
		for _, s := range devEventSets {
			if s.name == d.name {
				data = s.data
			}
		}
		set, err := LoadDevEvents(d.name, data)
		if err != nil {
			t.Fatal(err)
		}
		arts := map[string]bool{}
		for _, x := range set {
			arts[x.ID] = true
		}
		if len(set) < d.sentences || len(arts) < d.articles {
			t.Errorf("%s: %d sentences of %d articles, want at least %d of %d", d.name, len(set), len(arts), d.sentences, d.articles)
		}
	}
	for _, c := range []struct{ name, line, want string }{
		// each case's bad line is the file's line 2, or 3 for "twice"
		{"fields", "a\t2005-01-01\t0\tText.", "want 5"},
		{"extra field", "a\t2005-01-01\t0\tText.\t-\t-", "want 5"},
		{"date", "a\t2005-1-1\t0\tText.\t-", "not YYYY-MM-DD"},
		{"number", "a\t2005-01-01\tx\tText.\t-", "sentence number"},
		{"empty", "a\t2005-01-01\t0\t \t-", "empty sentence"},
		{"event shape", "a\t2005-01-01\t0\tText.\tUSA 040", "SOURCE TARGET CODE"},
		{"actor", "a\t2005-01-01\t0\tText.\tusa IRQ 040", "SOURCE TARGET CODE"},
		{"short actor", "a\t2005-01-01\t0\tText.\tUSA IQ 040", "SOURCE TARGET CODE"},
		{"code shape", "a\t2005-01-01\t0\tText.\tUSA IRQ 40", "SOURCE TARGET CODE"},
		{"unknown code", "a\t2005-01-01\t0\tText.\tUSA IRQ 299", "not a CAMEO code"},
		{"twice", "a\t2005-01-01\t0\tText.\t-\na\t2005-01-01\t0\tText.\t-", "listed twice"},
	} {
		_, err := LoadDevEvents("x.tsv", "# comment\n"+c.line+"\n")
		at := "x.tsv:2"
		if c.name == "twice" {
			at = "x.tsv:3"
		}
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), at) {
			t.Errorf("%s: err %v, want %q at %s", c.name, err, c.want, at)
		}
	}
}

// A malformed line in any of the built-in events sets fails its load,
// naming the set and the line: each set's first sentence is spoilt in
// turn (a field dropped, an actor, a code, a sentence listed twice).
func TestLoadDevEventsSetsMalformed(t *testing.T) {
	for _, d := range devEventSets {
		lines := strings.Split(d.data, "\n")
		first := -1
		for i, l := range lines {
			if l != "" && !strings.HasPrefix(l, "#") {
				first = i
				break
			}
		}
		if first < 0 {
			t.Fatalf("%s: no sentence", d.name)
		}
		f := strings.Split(lines[first], "\t")
		for _, c := range []struct {
			name, line, want string
		}{
			{"field dropped", strings.Join(f[:4], "\t"), "want 5"},
			{"actor", strings.Join(append(f[:4:4], "usa IRQ 040"), "\t"), "SOURCE TARGET CODE"},
			{"code", strings.Join(append(f[:4:4], "USA IRQ 299"), "\t"), "not a CAMEO code"},
			{"twice", lines[first] + "\n" + lines[first], "listed twice"},
		} {
			spoilt := append(append(append([]string(nil), lines[:first]...), c.line), lines[first+1:]...)
			at := fmt.Sprintf("%s:%d", d.name, first+1)
			if c.name == "twice" {
				at = fmt.Sprintf("%s:%d", d.name, first+2)
			}
			_, err := LoadDevEvents(d.name, strings.Join(spoilt, "\n"))
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), at) {
				t.Errorf("%s, %s: err %v, want %q at %s", d.name, c.name, err, c.want, at)
			}
		}
	}
}

// The development sets draw from the same corpus: no article of an events
// set may be in an earlier events set, nor among the articles of the
// other development files (whole articles, times, places, attributions).
func TestDevEventSetsDisjoint(t *testing.T) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for id := range arts {
		seen[id] = "devset-articles.jsonl"
	}
	for _, other := range []struct{ name, data string }{
		{"devset-times.tsv", devTimesTSV},
		{"devset-places.tsv", devPlacesTSV},
		{"devset-attributions.tsv", devAttributionsTSV},
	} {
		for _, l := range strings.Split(other.data, "\n") {
			if id, _, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
				seen[id] = other.name
			}
		}
	}
	for _, d := range devEventSets {
		set, err := LoadDevEvents(d.name, d.data)
		if err != nil {
			t.Fatal(err)
		}
		mine := map[string]bool{}
		for _, x := range set {
			if in, ok := seen[x.ID]; ok && !mine[x.ID] {
				t.Errorf("%s is in %s and in %s", x.ID, d.name, in)
			}
			mine[x.ID] = true
		}
		for id := range mine {
			seen[id] = d.name
		}
	}
}

func TestDevMatch(t *testing.T) {
	pred := []DevEvent{{"USAGOV", "IRQ", "0411"}, {"IRQ", "USA", "190"}}
	gold := []DevEvent{{"USA", "IRQGOV", "040"}, {"---", "USA", "190"}}
	if m := devMatch(pred, gold, prefix(2)); len(m) != 2 {
		t.Fatalf("root matches %v", m)
	}
	if m := devMatch(pred, gold, prefix(3)); len(m) != 1 { // 041 is not 040
		t.Fatalf("code matches %v", m)
	}
	// the same predicted event twice matches two gold events
	twice := []DevEvent{{"GBR", "FRA", "111"}, {"GBR", "FRA", "111"}}
	if m := devMatch(twice, []DevEvent{{"GBR", "FRA", "111"}, {"GBR", "DEU", "112"}}, prefix(2)); len(m) != 2 {
		t.Fatalf("repeated event matches %v", m)
	}
}

func TestDevPlover(t *testing.T) {
	table, err := cameo.DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	plover := func(c string) string {
		if x := table[c]; x != nil {
			return x.Plover
		}
		return ""
	}
	for _, c := range []struct {
		pred, gold string
		match      bool
	}{
		{"111", "112", true},  // both ACCUSE
		{"173", "1711", true}, // both COERCE
		{"190", "183", true},  // both ASSAULT
		{"042", "040", true},  // both CONSULT
		{"120", "111", false}, // REJECT, ACCUSE
	} {
		m := devMatch([]DevEvent{{"A", "B", c.pred}}, []DevEvent{{"A", "B", c.gold}}, plover)
		if (len(m) == 1) != c.match {
			t.Errorf("%s against %s: %d matches (types %q, %q)", c.pred, c.gold, len(m), plover(c.pred), plover(c.gold))
		}
	}
	if got := withKey([]DevEvent{{"A", "B", "010"}, {"A", "B", "020"}, {"A", "B", "111"}}, plover); len(got) != 1 {
		t.Errorf("events with a PLOVER type: %v, want the 111 only", got)
	}
}

func TestLoadDevTimes(t *testing.T) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := LoadDevTimes("devset-times.tsv", devTimesTSV, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 10 || len(gold) < 40 {
		t.Fatalf("%d articles, %d expressions", len(arts), len(gold))
	}
	a := arts["enwikinews-59168"]
	for _, c := range []struct{ name, line, want string }{
		{"fields", "enwikinews-59168\t2007-01-24\t3\t12", "want 8"},
		{"article", "nope\t2007-01-24\t3\t12\tWednesday\tDATE\t2007-01-24\t-", "no article"},
		{"date", "enwikinews-59168\t2007-01-25\t3\t12\tWednesday\tDATE\t2007-01-24\t-", "the article's is"},
		{"offsets", "enwikinews-59168\t2007-01-24\t4\t12\tWednesday\tDATE\t2007-01-24\t-", "do not hold"},
		{"type", "enwikinews-59168\t2007-01-24\t3\t12\tWednesday\tDAY\t2007-01-24\t-", "not TIMEX3"},
		{"value", "enwikinews-59168\t2007-01-24\t3\t12\tWednesday\tDATE\tJan 24\t-", "not TIMEX3"},
	} {
		_, err := LoadDevTimes("x.tsv", c.line+"\n", arts)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "x.tsv:1") {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
	if a.Text[3:12] != "Wednesday" {
		t.Fatalf("fixture moved: %q", a.Text[3:12])
	}
}

func TestLoadDevPlaces(t *testing.T) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := LoadDevPlaces("devset-places.tsv", devPlacesTSV, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 70 {
		t.Fatalf("%d toponyms", len(gold))
	}
	const ok = "enwikinews-59168\t142\t146\tIraq\tliteral\tIraq\tIQ\tcountry\t33.0\t44.0\t99237"
	if _, err := LoadDevPlaces("x.tsv", ok+"\n", arts); err != nil {
		t.Fatalf("good line: %v", err)
	}
	for _, c := range []struct{ name, from, to, want string }{
		{"offsets", "\t142\t", "\t141\t", "do not hold"},
		{"kind", "literal", "literally", "not of the format"},
		{"country", "\tIQ\t", "\tIRQ\t", "not of the format"},
		{"coordinates", "33.0", "93.0", "coordinates"},
		{"geonames", "99237", "x", "GeoNames id"},
	} {
		_, err := LoadDevPlaces("x.tsv", strings.Replace(ok, c.from, c.to, 1)+"\n", arts)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "x.tsv:1") {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
}

func TestLoadDevAttributions(t *testing.T) {
	arts, err := LoadDevArticles("devset-articles.jsonl", devArticlesJSONL)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := LoadDevAttributions("devset-attributions.tsv", devAttributionsTSV, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) < 25 {
		t.Fatalf("%d attributions", len(gold))
	}
	lines := strings.Split(devAttributionsTSV, "\n")
	var good string
	for _, l := range lines {
		if strings.HasPrefix(l, "enwikinews-120001") {
			good = l
			break
		}
	}
	f := strings.Split(good, "\t")
	for _, c := range []struct {
		name  string
		field int
		value string
		want  string
	}{
		{"kind", 3, "quoted", "kind"},
		{"content", 1, "0", "content offsets"},
		{"cue", 6, "told", "cue offsets"},
		{"source", 8, "1", "source offsets"},
	} {
		g := append([]string(nil), f...)
		g[c.field] = c.value
		_, err := LoadDevAttributions("x.tsv", strings.Join(g, "\t")+"\n", arts)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "x.tsv:1") {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
}

// loadDevArticles keeps the records asked for and names a malformed line.
func TestLoadDevArticles(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, data string
		ids        []string
		want       int
		err        string
	}{
		{"two asked of three", `{"id": "a", "title": "T", "text": "One. Two."}` + "\n" + `{"id": "b", "text": "x"}` + "\n" + `{"id": "c", "text": "y"}` + "\n", []string{"a", "c"}, 2, ""},
		{"malformed", `{"id": "a"}` + "\n" + `{"id": ` + "\n", []string{"a"}, 0, "x.jsonl:2"},
	} {
		path := filepath.Join(dir, "x.jsonl")
		if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, id := range c.ids {
			ids[id] = true
		}
		got, err := loadDevArticles(path, ids)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || len(got) != c.want {
			t.Errorf("%s: %d articles, err %v; want %d", c.name, len(got), err, c.want)
		}
	}
}
