package article

import (
	"os"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func run(t testing.TB, text string) *doc.Document {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("test", text)
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestExampleArticle(t *testing.T) {
	raw, err := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, string(raw))
	if d.Outlet == nil || *d.Outlet != "CNN" {
		t.Errorf("outlet = %v, want CNN", d.Outlet)
	}
	if d.Headline != nil && strings.Contains(*d.Headline, "Trump details Soleimani strike") {
		t.Errorf("headline is the video teaser: %q", *d.Headline)
	}
	if len(d.Contributors) != 1 || d.Contributors[0] != "Barbara Starr" {
		t.Errorf("contributors = %q, want [Barbara Starr]", d.Contributors)
	}
	kinds := map[string]string{}
	for _, b := range d.Boilerplate {
		kinds[b.Text] = b.Kind
	}
	for prefix, kind := range map[string]string{
		"US President Donald Trump speaks": doc.KindCaption,
		"Trump details Soleimani strike":   doc.KindVideo,
		"02:31 - Source: CNN":              doc.KindVideo,
		"CNN’s Barbara Starr contributed":  doc.KindCredit,
	} {
		found := false
		for text, k := range kinds {
			if strings.HasPrefix(text, prefix) {
				found = true
				if k != kind {
					t.Errorf("%q is %s, want %s", prefix, k, kind)
				}
			}
		}
		if !found {
			t.Errorf("%q not in boilerplate", prefix)
		}
	}
	if len(d.Body) == 0 || !strings.HasPrefix(d.Slice(d.Body[0]), "The US is temporarily withdrawing") {
		t.Errorf("first body paragraph = %q", d.Slice(d.Body[0]))
	}
	for _, p := range d.Body {
		for _, bad := range []string{"Getty Images", "02:31", "contributed to this report"} {
			if strings.Contains(d.Slice(p), bad) {
				t.Errorf("body paragraph contains %q: %q", bad, d.Slice(p))
			}
		}
	}
}

// TestClassify checks single blocks in the styles of many outlets. Each
// case is the block, preceded and followed by prose so that structural
// rules see a normal article around it.
func TestClassify(t *testing.T) {
	const prose = "The minister said on Tuesday that the talks would resume next week in the capital after a pause of several months."
	cases := []struct {
		line string
		kind string // "" = body
	}{
		{"(AP Photo/Evan Vucci)", doc.KindCaption},
		{"Protesters gather outside parliament in Kyiv on Monday. REUTERS/Gleb Garanich", doc.KindCaption},
		{"Police officers stand guard in Paris. (Photo by Thomas Samson / AFP via Getty Images)", doc.KindCaption},
		{"Image caption: The ship was seized in the Gulf", doc.KindCaption},
		{"Soldiers on patrol in Kabul, Afghanistan, 2019 [File: Reuters]", doc.KindCaption},
		{"The scene in the square on Sunday. Photograph: Andy Rain/EPA", doc.KindCaption},
		{"01:45 - Source: CNN", doc.KindVideo},
		// a caption ending in a bracketed photo credit
		{"A rescue worker searches the rubble in Idlib on Friday [AP Photo]", doc.KindCaption},
		// a "More:" heading over links to other stories
		{"More:", doc.KindNavigation},
		{"MORE", doc.KindNavigation},
		// a closing source line
		{"SOURCE: News agencies", doc.KindCredit},
		{"Sources: Reuters, AFP", doc.KindCredit},
		// a page's bare numeric id
		{"200771816342556199", doc.KindOther},
		{"Media playback is unsupported on your device", doc.KindVideo},
		{"By Jane Doe and John Roe, Reuters", doc.KindByline},
		{"The Associated Press contributed to this report.", doc.KindCredit},
		{"(Reporting by Will Dunham; Editing by Tom Brown)", doc.KindCredit},
		{"Updated 1234 GMT (2034 HKT) December 2, 2020", doc.KindOther},
		{"READ MORE: China plague outbreak confirmed", doc.KindNavigation},
		{"Related: Possible water plumes on Europa", doc.KindNavigation},
		{"Sign up for our daily newsletter", doc.KindPromo},
		{"Follow us on Twitter and Facebook.", doc.KindPromo},
		{"© 2019 Associated Press. All Rights Reserved.", doc.KindOther},
		{"Advertisement", doc.KindNavigation},
		// Prose that mentions the same words stays body.
		{"The photographer, who worked for Reuters for a decade, said he was detained by police at the border.", ""},
		{"More than 100 people were killed in the attack, officials said.", ""},
		{"He said the company would subscribe to the new standard by the end of the year, despite objections.", ""},
		{"By the end of the week the army had withdrawn from the town.", ""},
		{"More: the talks resumed on Monday after a pause of several months in the capital.", ""},
		{"Sources said the minister would resign before the end of the month.", ""},
		{"Source: the minister's office, which said the talks would resume next week in the capital after a long pause.", ""},
		{"2019", ""},
		{"120000", ""},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			text := prose + "\n\n" + c.line + "\n\n" + prose + "\n\n" + prose
			d := run(t, text)
			got := ""
			for _, b := range d.Boilerplate {
				if b.Text == c.line {
					got = b.Kind
				}
			}
			if got != c.kind {
				t.Errorf("kind = %q, want %q", got, c.kind)
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	cases := []struct {
		para, place, outlet, bodyStart string
	}{
		{"WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday to pass the bill.", "Washington", "Reuters", "The U.S. Senate"},
		{"LONDON, Dec 2 (Reuters) - Britain approved the vaccine on Wednesday.", "London", "Reuters", "Britain approved"},
		{"HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China of coercion.", "Hanoi, Vietnam", "Associated Press", "U.S. Defense"},
		{"(CNN)The US is temporarily withdrawing some staff from the embassy.", "", "CNN", "The US is"},
		{"NEW DELHI — Indian officials said on Monday that talks had failed.", "New Delhi", "", "Indian officials"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			d := run(t, c.para+"\n\nThe talks are expected to continue next week, officials said on Monday evening.")
			if c.place != "" && (d.Dateline == nil || d.Dateline.Place != c.place) {
				t.Errorf("dateline = %+v, want place %q", d.Dateline, c.place)
			}
			if c.outlet != "" && (d.Outlet == nil || *d.Outlet != c.outlet) {
				t.Errorf("outlet = %v, want %q", d.Outlet, c.outlet)
			}
			if len(d.Body) == 0 || !strings.HasPrefix(d.Slice(d.Body[0]), c.bodyStart) {
				t.Errorf("first body paragraph = %q, want it to start %q", d.Slice(d.Body[0]), c.bodyStart)
			}
		})
	}
}

func TestPlainTextHeadlineAndStamp(t *testing.T) {
	text := "Senate rejects auto bailout\n\nUpdated 10:02 GMT, December 12, 2008\n\nThe United States Senate on Thursday rejected a plan to lend money to carmakers, officials said.\n\nThe vote was 52 to 35."
	d := run(t, text)
	if d.Headline == nil || *d.Headline != "Senate rejects auto bailout" {
		t.Errorf("headline = %v", d.Headline)
	}
	if d.Published.Source != doc.PublishedText || d.Published.Value == nil || *d.Published.Value != "2008-12-12" {
		t.Errorf("published = %+v", d.Published)
	}
}

func TestWrappedText(t *testing.T) {
	para := "The government said on Monday that it would send more troops to the\nnorthern border after a week of clashes with armed groups that have\nkilled at least twenty people, according to local officials and\nresidents who spoke to reporters by telephone from the region.\n"
	d := run(t, para+"\n"+para+"\n"+para)
	if len(d.Body) != 3 {
		t.Fatalf("got %d body paragraphs, want 3 (wrapped lines joined)", len(d.Body))
	}
}

func TestSpansWithinText(t *testing.T) {
	raw, _ := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	d := run(t, string(raw))
	checkInvariants(t, d)
}

func checkInvariants(t testing.TB, d *doc.Document) {
	t.Helper()
	prev := 0
	for _, p := range d.Body {
		if p.Start < prev || p.End > len(d.Text) || p.Start >= p.End {
			t.Fatalf("bad body span %+v (text %d bytes, previous end %d)", p, len(d.Text), prev)
		}
		prev = p.End
	}
	for _, b := range d.Boilerplate {
		if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End || d.Text[b.Start:b.End] != b.Text {
			t.Fatalf("bad boilerplate span %+v", b)
		}
		for _, p := range d.Body {
			if b.Start < p.End && p.Start < b.End {
				t.Fatalf("boilerplate %+v overlaps body %+v", b.Span, p)
			}
		}
	}
}

func FuzzArticle(f *testing.F) {
	raw, _ := os.ReadFile("../testdata/cnn-baghdad-embassy-drawdown.txt")
	f.Add(string(raw))
	f.Add("WASHINGTON (Reuters) - x\n\nBy A\n")
	f.Add("CNN \u00a0—\n\n(CNN)")
	f.Add("\n\n\n")
	f.Add("a\r\nb\r\n\r\nc")
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New("fuzz", text)
		if err := s.Process(d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
	})
}
