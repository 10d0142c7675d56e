package posture_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
)

func analyze(t *testing.T, text, published string) *doc.Document {
	t.Helper()
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := a.Analyze(input.Item{Name: "t", Data: []byte(text), Format: input.FormatText, Meta: input.Meta{Published: published}})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

type wantChange struct{ status, polarity, date, until string }

func changes(d *doc.Document) []wantChange {
	var out []wantChange
	for _, c := range d.Posture.Changes {
		w := wantChange{status: c.Status, polarity: c.Polarity}
		if c.Date != nil {
			w.date = *c.Date
		}
		if c.Until != nil {
			w.until = *c.Until
		}
		out = append(out, w)
	}
	return out
}

// TestSeedBoard checks the board of the seed example against issue 19's
// acceptance: one post, its history, sources and the window.
func TestSeedBoard(t *testing.T) {
	path := testenv.Shared(t, "examples", "cnn-baghdad-embassy-drawdown.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, string(b), "2020-12-02")
	p := d.Posture
	if len(p.Posts) != 1 || p.Posts[0].Key != "USA@Baghdad" || p.Posts[0].HostCountry != "IQ" || p.Posts[0].Sender != "USA" {
		t.Fatalf("posts %+v", p.Posts)
	}
	want := map[wantChange]bool{
		{"ordered_departure", "asserted", "2020-03", ""}:          true,
		{"threatened_closure", "asserted", "2020-09", ""}:         true,
		{"reduced_staffing", "asserted", "2020-12-01", "2021-01"}: true,
		{"withdrawn", "negated", "2020-12-01", ""}:                true,
		{"closed", "negated", "2020-12-01", ""}:                   true,
		{"operating", "asserted", "2020-12-02", ""}:               true,
	}
	got := changes(d)
	for _, c := range got {
		if !want[c] {
			t.Errorf("unexpected change %+v", c)
		}
		delete(want, c)
	}
	for c := range want {
		t.Errorf("missing change %+v", c)
	}
	for _, c := range p.Changes {
		if c.Status != "reduced_staffing" {
			continue
		}
		var kinds []string
		for _, s := range c.Sources {
			kinds = append(kinds, s.Kind+":"+s.Stance)
		}
		k := strings.Join(kinds, ",")
		for _, w := range []string{"anonymous:", "institutional:neither confirmed nor denied", "media:first to report"} {
			if !strings.Contains(k, w) {
				t.Errorf("drawdown sources %s lack %s", k, w)
			}
		}
		if strings.Join(c.Qualifiers, ",") != "temporary,partial" {
			t.Errorf("qualifiers %v", c.Qualifiers)
		}
	}
	if len(p.Windows) != 1 || p.Windows[0].Date != "2021-01-03" || strings.Join(p.Windows[0].Actors, ",") != "IRN,USA" || p.Windows[0].Place != "IQ" {
		t.Errorf("windows %+v", p.Windows)
	}
}

// TestStage: invented sentences, one mechanism each.
func TestStage(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []wantChange
	}{
		{"recall", "Germany has recalled its ambassador to Russia, the foreign ministry said.", []wantChange{{"ambassador_recalled", "asserted", "2021-05-04", ""}}},
		{"dated closure", "The French embassy in Berlin will be closed on May 10 for a national holiday.", []wantChange{{"closed", "asserted", "2021-05-10", ""}}},
		{"negated", "The government said no decision has been made to close the French embassy in Berlin.", []wantChange{{"closed", "negated", "", ""}}},
		{"no post", "The company closed its factory in Ohio on Monday.", nil},
		{"spokesman of a post", "A spokesman for the British embassy in Kabul condemned the attack on the hotel on Monday.", nil},
		{"road near a post", "A road near the French embassy in Cairo was closed on Monday.", nil},
		{"break-in", "Protesters broke into the US embassy in Belgrade on Thursday.", []wantChange{{"attacked", "asserted", "2021-04-29", ""}}},
		{"ambassador at a reopening", "The French ambassador attended the reopening of the museum in Rome on Sunday.", nil},
		{"advisory", "The US Embassy in Lagos raised its travel advisory on Monday.", []wantChange{{"travel_advisory", "asserted", "2021-05-03", ""}}},
		{"possible attack dropped", "Officials fear militants could attack the Canadian embassy in Kabul.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := analyze(t, tc.text, "2021-05-04")
			got := changes(d)
			if len(got) != len(tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %+v, want %+v", got[i], tc.want[i])
				}
			}
		})
	}
}

// TestRoleWithoutCountry: a one-word role the entity layer codes with the
// article's main country ("intelligence" in "Iranian troops and
// intelligence staff") gives a staff noun no sender, so no post.
func TestRoleWithoutCountry(t *testing.T) {
	text := "Iran has begun to pull out of Iraq. Iraqi officials welcomed the move.\n\n" +
		"Iraq's prime minister said that all Iranian troops and intelligence staff must withdraw before the Iraqi vote."
	d := analyze(t, text, "2019-03-08")
	for _, p := range d.Posture.Posts {
		if p.Sender == "IRQ" {
			t.Errorf("post %s from a role coded with the article's country", p.Key)
		}
	}
}
