package timex_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/segment"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
)

var stages struct {
	once sync.Once
	syn  *syntax.Stage
	tx   *timex.Stage
	err  error
}

// analyse runs the syntax and timex stages over text, published on pub.
func analyse(t testing.TB, text, pub string) *doc.Document {
	t.Helper()
	stages.once.Do(func() {
		stages.syn, stages.err = syntax.New()
		if stages.err == nil {
			stages.tx, stages.err = timex.New()
		}
	})
	if stages.err != nil {
		t.Fatal(stages.err)
	}
	syn, st := stages.syn, stages.tx
	d := &doc.Document{Text: text}
	d.Published.Value = &pub
	for _, p := range strings.Split(text, "\n") {
		if p == "" {
			continue
		}
		s := strings.Index(text, p)
		d.Sentences = segment.Split(text, doc.Span{Start: s, End: s + len(p)}, d.Sentences)
	}
	if err := syn.Process(d); err != nil {
		t.Fatal(err)
	}
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func timeAt(d *doc.Document, text string) *doc.Time {
	for i := range d.Times {
		if d.Times[i].Text == text {
			return &d.Times[i]
		}
	}
	return nil
}

// TestClauseTense: the tense of the clause an expression attaches to, read
// on the parse, places a weekday or a month before or after the
// publication date (2019-03-08 is a Friday).
func TestClauseTense(t *testing.T) {
	for _, c := range []struct {
		text, expr, want string
	}{
		// a past clause: the nearest weekday before, whatever the nouns
		// of the clause ("plan" looks ahead as a word, not as a tense)
		{"Hamas rejected the ceasefire plan on Monday.", "Monday", "2019-03-04"},
		{"The rebels turned down the proposed schedule on Tuesday.", "Tuesday", "2019-03-05"},
		{"The ministry has approved the budget on Wednesday.", "Wednesday", "2019-03-06"},
		// a future clause: the next one
		{"The council will vote on the proposal on Tuesday.", "Tuesday", "2019-03-12"},
		{"The party plans to elect a new leader on Monday.", "Monday", "2019-03-11"},
		{"A hearing has been scheduled for Wednesday.", "Wednesday", "2019-03-13"},
		// reported speech: the content's own tense
		{"He said the talks would resume on Thursday.", "Thursday", "2019-03-14"},
		{"She said the army withdrew on Wednesday.", "Wednesday", "2019-03-06"},
		// a day in the possessive of a noun dates the noun's event, not
		// the clause: the nearest such day
		{"The embassy is withdrawing its staff after Wednesday's attack.", "Wednesday", "2019-03-06"},
		{"The parties are preparing for Sunday's election.", "Sunday", "2019-03-10"},
		// a clock time alone is on the day its sentence tells
		{"The plane took off on Tuesday at 18:00 UTC.", "18:00 UTC", "2019-03-05T18:00Z"},
		// a day told in a relative clause is background, not the story's
		// day a later clock time is on
		{"Crowds protested the independence that was declared on Monday.\nAt 18:15 they burned a car.", "18:15", "2019-03-08T18:15"},
		{"Crowds protested on Monday.\nAt 18:15 they burned a car.", "18:15", "2019-03-04T18:15"},
		// a month: past in a past clause, ahead in a future one
		{"The embassy closed in November.", "November", "2018-11"},
		{"The embassy will reopen in November.", "November", "2019-11"},
	} {
		d := analyse(t, c.text, "2019-03-08")
		e := timeAt(d, c.expr)
		if e == nil || e.Value == nil {
			t.Errorf("%q: no value for %q (%+v)", c.text, c.expr, d.Times)
			continue
		}
		if *e.Value != c.want {
			t.Errorf("%q: %q = %s, want %s", c.text, c.expr, *e.Value, c.want)
		}
	}
}

// TestStoryAnchor: an expression tied to the story's time resolves from the
// story's last date and says so; without a story date it falls back to the
// publication date.
func TestStoryAnchor(t *testing.T) {
	for _, c := range []struct {
		text, expr, want, anchor, from string
	}{
		{"The strike began in August 2016.\nThe next year, the workers returned.", "The next year", "2017", "story", "2016-08"},
		{"The court met on March 3, 2015.\nTwo days later it ruled against the government.", "Two days later", "2015-03-05", "story", "2015-03-03"},
		{"The court met on March 3, 2015.\nThe judges left the city that night.", "that night", "2015-03-03TNI", "story", "2015-03-03"},
		{"The votes were counted in 2012.\nA year earlier the party had split.", "A year earlier", "2011", "story", "2012"},
		// "the same <unit>" moved by the shift after it
		{"Sales in January 2009 fell from the same month a year ago.", "the same month a year ago", "2008-01", "story", "2009-01"},
		{"Profit in the third quarter of 2008 rose from the same quarter last year.", "the same quarter last year", "2007-Q3", "story", "2008-Q3"},
		// a date told earlier in the same sentence: the reporting verb's time
		{"The minister said on Tuesday that the talks would resume the next day.", "the next day", "2019-05-29", "story", "2019-05-28"},
		// reported speech: a content clause whose tense says so counts from
		// the reporting verb's day
		{"In a statement on March 3, the ministry said the vote would take place on Monday.", "Monday", "2019-03-04", "story", "2019-03-03"},
		{"On March 3 the ministry said the vote had been held on Monday.", "Monday", "2019-02-25", "story", "2019-03-03"},
		// "over the next year" is a stretch from now, not the story's
		{"The strike began in August 2016.\nPrices will rise over the next year.", "the next year", "2020", "published", ""},
		// "that" not the determiner of the unit: no expression
		{"The court met on March 3, 2015.\nThe judge said that day traders had lost money.", "that day", "", "", ""},
		// no date told yet: the publication date
		{"The next year will be hard, the minister said.", "The next year", "2020", "published", ""},
	} {
		d := analyse(t, c.text, "2019-06-01")
		e := timeAt(d, c.expr)
		if c.want == "" {
			if e != nil {
				t.Errorf("%q: found %q (%+v)", c.text, c.expr, *e)
			}
			continue
		}
		if e == nil || e.Value == nil {
			t.Errorf("%q: no value for %q (%+v)", c.text, c.expr, d.Times)
			continue
		}
		got := ""
		if e.AnchorValue != nil {
			got = *e.AnchorValue
		}
		if *e.Value != c.want || e.Anchor != c.anchor || got != c.from {
			t.Errorf("%q: %q = %s anchor %s %q, want %s anchor %s %q", c.text, c.expr, *e.Value, e.Anchor, got, c.want, c.anchor, c.from)
		}
	}
}

// TestNumbersNotYears: a four-digit number is a year only where a year can
// stand: not a house number, a measure, a resolution, a count or an
// identifier.
func TestNumbersNotYears(t *testing.T) {
	for _, c := range []struct {
		text string
		year string // the number that must stay a year, or ""
	}{
		{"Police found the car outside 2134 Caldwell Place on Sunday.", ""},
		{"The shop at 1119 Eighth St. was closed.", ""},
		{"The video was streamed in 1440p.", ""},
		{"About 1500 people marched through the city.", ""},
		{"The trucks carried 2000 kg of flour.", ""},
		{"The council cited UN Resolution 1441 in its statement.", ""},
		{"The law was passed in 2016.", "2016"},
		{"Turnout in the 2016 elections was low.", "2016"},
		{"Apple gave its keynote at WWDC 2005.", "2005"},
		{"Parties prepare for 2019 elections.", "2019"},
	} {
		d := analyse(t, c.text, "2019-06-01")
		var years []string
		for _, e := range d.Times {
			if e.Value != nil && len(*e.Value) == 4 {
				years = append(years, *e.Value)
			}
		}
		switch {
		case c.year == "" && len(years) > 0:
			t.Errorf("%q: read as years %v", c.text, years)
		case c.year != "" && (len(years) != 1 || years[0] != c.year):
			t.Errorf("%q: years %v, want %s", c.text, years, c.year)
		}
	}
}

// TestTimeIntervals: every value gets the calendar days it names, or none
// when its year is unknown.
func TestTimeIntervals(t *testing.T) {
	d := analyse(t, "The vote was held on Tuesday night.\nTurnout was higher than in 2016 and in March.\nThe office opens on Saturdays for three weeks.", "2019-11-22")
	want := map[string][2]string{
		"Tuesday night": {"2019-11-19", "2019-11-19"},
		"2016":          {"2016-01-01", "2016-12-31"},
		"March":         {"2019-03-01", "2019-03-31"},
		"three weeks":   {},
	}
	for _, e := range d.Times {
		w, ok := want[e.Text]
		if !ok {
			continue
		}
		delete(want, e.Text)
		switch {
		case w == [2]string{} && e.Interval != nil:
			t.Errorf("%q (%v): interval %+v, want none", e.Text, *e.Value, *e.Interval)
		case w != [2]string{} && (e.Interval == nil || e.Interval.Start != w[0] || e.Interval.End != w[1]):
			t.Errorf("%q (%v): interval %+v, want %v", e.Text, *e.Value, e.Interval, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v (%+v)", want, d.Times)
	}
}

// FuzzStage feeds random text through the syntax and timex stages: spans
// stay in the text, intervals run forward, story anchors name a value.
func FuzzStage(f *testing.F) {
	f.Add("The strike began in August 2016.\nThe next year, two days later, that night, the workers returned.")
	f.Add("Hamas rejected the plan on Monday at 2134 Caldwell Place; 1440p, 1500 people, Resolution 1441.")
	f.Add("He said talks would resume on Thursday until mid-January, 10am-12pm, 19-20 May.")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		d := analyse(t, s, "2019-03-08")
		for _, e := range d.Times {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v", e)
			}
			if e.Interval != nil && e.Interval.Start > e.Interval.End {
				t.Fatalf("interval backwards %+v", e)
			}
			if e.Anchor == "story" && (e.AnchorValue == nil || *e.AnchorValue == "") {
				t.Fatalf("story anchor without its value %+v", e)
			}
		}
	})
}
