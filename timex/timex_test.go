package timex

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
)

func tagAll(t *testing.T, text, ref string) []Expression {
	t.Helper()
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	r, _ := time.Parse("2006-01-02", ref)
	return tg.Tag(text, 0, len(text), r, ref != "")
}

func TestTag(t *testing.T) {
	const ref = "2020-12-02" // a Wednesday
	cases := []struct {
		text, expr, value, mod string
	}{
		{"The embassy ordered certain employees to leave in March.", "March", "2020-03", ""},
		{"In September, the administration threatened to shutter the embassy.", "September", "2020-09", ""},
		{"The drawdown would take place before the January 3 anniversary.", "January 3", "2021-01-03", ""},
		{"The decision was determined at a Tuesday meeting.", "Tuesday", "2020-12-01", ""},
		{"The withdrawal was expected to last only until mid-January.", "mid-January", "2021-01", "MID"},
		{"The talks will resume on Friday.", "Friday", "2020-12-04", ""},
		{"He arrived yesterday.", "yesterday", "2020-12-01", ""},
		{"Two days ago the army moved in.", "Two days ago", "2020-11-30", ""},
		{"Prices rose last week.", "last week", "2020-W48", ""},
		{"Sales will recover early next year.", "early next year", "2021", "START"},
		{"The plant was closed in late 2019.", "late 2019", "2019", "END"},
		{"The law was passed on December 2, 2008.", "December 2, 2008", "2008-12-02", ""},
		{"The vote is set for 15 January 2021.", "15 January 2021", "2021-01-15", ""},
		{"Profits fell in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1", ""},
		{"The contract runs for three months.", "three months", "P3M", ""},
		{"It was a 12-year program.", "12-year", "P12Y", ""},
		{"The speech started at 16:00 UTC today.", "16:00 UTC today", "2020-12-02T16:00Z", ""},
		{"Markets are currently closed.", "currently", "PRESENT_REF", ""},
		{"The report is published weekly.", "weekly", "P1W", ""},
		{"Fighting continued this weekend.", "this weekend", "2020-W49-WE", ""},
		{"Spending rose in the 1990s.", "the 1990s", "199", ""},
		// lengths with a half
		{"The meeting lasted a half hour.", "a half hour", "PT30M", ""},
		{"They waited half an hour.", "half an hour", "PT30M", ""},
		{"The plane is two and a half years late.", "two and a half years", "P2.5Y", ""},
		{"We talked for an hour and a half.", "an hour and a half", "PT1.5H", ""},
		// a range of years is a range like any other (from and to), its
		// value its start, as TimeML reads its two dates: not a length
		{"US troops were there between 2003 and 2011.", "between 2003 and 2011", "2003", ""},
		{"Shops close on Christmas Day.", "Christmas Day", "2020-12-25", ""},
		{"Officials met this morning.", "this morning", "2020-12-02TMO", ""},
		{"Officials will meet in two weeks.", "two weeks", "2020-12-16", ""},
		{"The attack came two years ago.", "two years ago", "2018-12-02", "APPROX"},
		{"The plant will close in 18 months.", "18 months", "2022-06-02", "APPROX"},
		{"It was the first rise in two years.", "two years", "P2Y", ""},
		{"Talks resume in the coming days.", "the coming days", "FUTURE_REF", ""},
		{"The ruins date from the 15th century.", "the 15th century", "14", ""},
		{"The vote took place on Friday the 13th.", "Friday the 13th", "2020-11-13", ""},
		{"Talks failed last Monday.", "last Monday", "2020-11-23", ""},
		{"Sales rose in March and May.", "March", "2020-03", ""},
		{"Sales rose in March and May.", "May", "2020-05", ""},
		{"Crowds gathered on New Year's Eve.", "New Year's Eve", "2019-12-31", ""},
		{"They married on Valentine’s Day.", "Valentine’s Day", "2020-02-14", ""},
		{"The family met on Father's Day.", "Father's Day", "2020-06-21", ""},
		{"Eli Lilly sold IVAC on Dec31, 1994.", "Dec31, 1994", "1994-12-31", ""},
		{"The date was 05-Aug-2016.", "05-Aug-2016", "2016-08-05", ""},
		{"The filing is dated 2019-sep-1.", "2019-sep-1", "2019-09-01", ""},
		{"Plans for Dec-2018 were dropped.", "Dec-2018", "2018-12", ""},
		{"The rally was held on 14 Nov.", "14 Nov", "2020-11-14", ""},
		{"The rally was held on the second of Aug.", "the second of Aug", "2020-08-02", ""},
		{"He was born on Feb 29.", "Feb 29", "2020-02-29", ""},
		{"The meeting of February 30 never happened.", "February 30", "", ""},
		{"Prices peaked in 2016 June.", "2016 June", "2016-06", ""},
		{"The vote is the week after next.", "the week after next", "2020-W51", ""},
		{"Shops open late on Presidents' Day 2017.", "Presidents' Day 2017", "2017-02-20", ""},
		{"We met at christmas.", "christmas", "2019-12-25", ""},
		{"Pilgrims will gather for Eid al-Adha.", "Eid al-Adha", "2021-07-19", ""},
		{"The fast ended with Eid al-Fitr.", "Eid al-Fitr", "2020-05-23", ""},
		{"Crowds marched on International Workers' Day.", "International Workers' Day", "2020-05-01", ""},
		{"Shares fell 3% on the day.", "the day", "2020-12-02", ""},
		{"Prices rose earlier this month.", "earlier this month", "2020-12", ""},
		{"Profit doubled in the first half of 2016.", "the first half of 2016", "2016-H1", ""},
		{"Profit doubled in H2 2016.", "H2 2016", "2016-H2", ""},
		{"Sales fell in the 1st quarter of 2013.", "the 1st quarter of 2013", "2013-Q1", ""},
		{"It was founded in the 1970's.", "the 1970's", "197", ""},
		{"He was born on September 21, nineteen seventy eight.", "September 21, nineteen seventy eight", "1978-09-21", ""},
		{"It opened in June of two thousand and one.", "June of two thousand and one", "2001-06", ""},
		{"They came back in two thousand and fifteen.", "two thousand and fifteen", "2015", ""},
		{"He was born on 03/18/40.", "03/18/40", "1940-03-18", ""},
		{"The deal closed Jan-Feb 2017.", "Jan-Feb 2017", "2017-01", ""},
		{"They will meet three weeks from tomorrow.", "three weeks from tomorrow", "2020-12-24", ""},
		{"The shops reopen two days after Christmas.", "two days after Christmas", "2020-12-27", ""},
		{"Where were you two days before yesterday?", "two days before yesterday", "2020-11-29", ""},
		{"The attack came on the 27th, officials said.", "the 27th", "2020-11-27", ""},
		{"The vote will be held on the 21st.", "the 21st", "2020-12-21", ""},
		{"The filing is dated 20161016.", "20161016", "2016-10-16", ""},
		{"We meet Wed 13th.", "Wed 13th", "2021-01-13", ""},
		{"It was signed on July 4th of 1995.", "July 4th of 1995", "1995-07-04", ""},
		{"Growth slowed in Q1-2019.", "Q1-2019", "2019-Q1", ""},
		{"We met last Easter.", "last Easter", "2020-04-12", ""},
		{"We meet next Christmas.", "next Christmas", "2020-12-25", ""},
		{"Sales in week 3 of 2027 will fall.", "week 3 of 2027", "2027-W03", ""},
		{"The report is dated 11-2016.", "11-2016", "2016-11", ""},
		{"Where were you this past Wednesday?", "this past Wednesday", "2020-11-25", ""},
		{"We meet this coming Friday.", "this coming Friday", "2020-12-04", ""},
		{"Traffic peaked over Thanksgiving weekend.", "Thanksgiving weekend", "2020-W48-WE", ""},
		{"We met 1 month and 21 days ago.", "1 month and 21 days ago", "2020-10-12", ""},
		{"We meet on the 20th of next month.", "the 20th of next month", "2021-01-20", ""},
		{"Spending rose this calendar year.", "this calendar year", "2020", ""},
		{"Prices peaked in the 1990 s.", "the 1990 s", "199", ""},
		{"We meet the week of the 18th.", "the week of the 18th", "2020-W51", ""},
		{"She will return on 28 June in 2021.", "28 June in 2021", "2021-06-28", ""},
		{"Let's have coffee on Tuesday the eleventh.", "Tuesday the eleventh", "2020-08-11", ""},
		{"Apple announced on Tuesday the first generation of its chips.", "Tuesday", "2020-12-01", ""},
		{"We start the third week next year.", "the third week next year", "2021-W03", ""},
		{"They leave in the third month of 2021.", "the third month of 2021", "2021-03", ""},
		{"The deadline expires at midnight on Friday.", "Friday", "2020-12-04", ""},
		{"The attack happened two days before the election.", "two days before", "P2D", ""},
		{"Two weeks later, the army withdrew.", "Two weeks later", "P2W", ""},
		{"The first round will be held on Oct. 29, with a runoff on Nov. 19 if needed.", "Nov. 19", "2021-11-19", ""},
		{"The army said the operation would last several weeks.", "several weeks", "PXW", ""},
		{"Results are due on Thursday, Oct. 22.", "Thursday, Oct. 22", "2020-10-22", ""},
		{"Schools will reopen on the 2nd.", "the 2nd", "2021-01-02", ""},
		{"The plant opened on fifteen August nineteen hundred ninety three.", "fifteen August nineteen hundred ninety three", "1993-08-15", ""},
		{"Sales rose in the third quarter this year.", "the third quarter this year", "2020-Q3", ""},
		{"He returns on monday, jan twenty two, 2018.", "monday, jan twenty two, 2018", "2018-01-22", ""},
		{"The service is held the second Sunday.", "the second Sunday", "2020-12-13", ""},
		{"They met on the first Sunday of Advent.", "Sunday", "2020-11-29", ""},
		{"Talks opened in the first week of 2015.", "the first week of 2015", "2015-W01", ""},
		{"Sales fell in the last week of July.", "the last week of July", "2020-W31", ""},
		{"Rain is due in the third week of this month.", "the third week of this month", "2020-W51", ""},
		{"Strikes are planned for the week of January 11.", "the week of January 11", "2021-W02", ""},
		{"Strikes began in the week after March 4.", "March 4", "2020-03-04", ""},
		{"Shops shut for the Festival of Breaking the Fast.", "Festival of Breaking the Fast", "2020-05-23", ""},
		{"Talks will resume two Sundays from now.", "two Sundays from now", "2020-12-13", ""},
		{"He left three Fridays ago.", "three Fridays ago", "2020-11-13", ""},
		{"Two Mondays later, the army attacked.", "Two Mondays later", "", ""},
		{"The army withdrew on Monday.", "Monday", "2020-11-30", ""},
		{"Talks will resume on Friday 12-4.", "Friday 12-4", "2020-12-04", ""},
		{"They won on Saturday 3-1 against Leeds.", "Saturday", "2020-11-28", ""},
		{"He was jailed for two years and six months.", "two years and six months", "P2Y6M", ""},
		{"The vote took 2 hours and 30 minutes.", "2 hours and 30 minutes", "PT2H30M", ""},
		{"Terms of two years, three years and five years.", "two years", "P2Y", ""},
		{"The vote is set for October, 1st.", "October, 1st", "2021-10-01", ""},
		{"Shops close on weekend.", "weekend", "2020-W49-WE", ""},
		{"Talks are set for Mon or Tue.", "Tue", "2020-12-08", ""},
		{"He may come in may.", "may", "2021-05", ""},
		{"Sales fell in April in 2016.", "April in 2016", "2016-04", ""},
		{"Votes are on 3, 10 and 17 May 2019.", "10", "2019-05-10", ""},
		{"Talks resume Friday-Dec-11.", "Friday-Dec-11", "2020-12-11", ""},
		{"The vote came Friday the twenty.", "Friday the twenty", "2020-11-20", ""},
		{"Talks close this working week.", "this working week", "2020-W49", ""},
		{"Iran wants to hold the vote in two months.", "two months", "2021-02-02", "APPROX"},
		{"The vote is in two weeks.", "two weeks", "2020-12-16", ""},
		{"The index is at its highest in two years.", "two years", "P2Y", ""},
		{"He was born in April of 87.", "April of 87", "1987-04", ""},
		{"Rates fell in the noughties.", "the noughties", "200", ""},
		{"It was signed 08/12,2015.", "08/12,2015", "2015-08-12", ""},
		{"They met a couple weeks ago.", "a couple weeks ago", "2020-11-18", "APPROX"},
		{"The plant closes in two years' time.", "two years", "2022-12-02", "APPROX"},
		{"They met last week, on Monday.", "last week, on Monday", "2020-11-23", ""},
		{"Talks resume next week Mon.", "next week Mon", "2020-12-07", ""},
		{"The firm will respond in four business days.", "four business days", "2020-12-08", ""},
		{"Troops left a few days ago.", "a few days ago", "2020-11-29", "APPROX"},
		{"The fighting lasted a few days.", "a few days", "PXD", ""},
		{"Sales fell in week 10.", "week 10", "2020-W10", ""},
		{"Staff are out from week 31 to week 35.", "from week 31 to week 35", "2020-W31", ""},
		{"Officials will meet Monday two weeks from now.", "Monday two weeks from now", "2020-12-14", ""},
		{"Talks will resume in three days on Saturday.", "three days on Saturday", "2020-12-05", ""},
		{"We'll meet on Friday.", "Friday", "2020-12-04", ""},
		{"The floods this September will be remembered.", "September", "2020-09", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			es := tagAll(t, c.text, ref)
			for _, e := range es {
				if e.Text == c.expr {
					if e.Value != c.value || e.Mod != c.mod {
						t.Errorf("%q: value %q mod %q, want %q %q", c.expr, e.Value, e.Mod, c.value, c.mod)
					}
					return
				}
			}
			var got []string
			for _, e := range es {
				got = append(got, e.Text+"="+e.Value)
			}
			t.Errorf("%q not found; got %v", c.expr, got)
		})
	}
}

func TestNoReference(t *testing.T) {
	es := tagAll(t, "The embassy ordered staff to leave in March, and met on Tuesday.", "")
	want := map[string]string{"March": "XXXX-03", "Tuesday": "XXXX-WXX-2"}
	for _, e := range es {
		if w, ok := want[e.Text]; ok && e.Value != w {
			t.Errorf("%q = %q, want %q", e.Text, e.Value, w)
		}
	}
}

func TestBareUnits(t *testing.T) {
	for _, text := range []string{"She was named Person of the Year.", "He served in the 1st Battalion.", "Congress passed the 25th Amendment.", "About two thousand people came.", "It grew by two and a half percent.", "Hopes are high for the new year.", "The day he died was cold.", "Staff took the week before off."} {
		for _, e := range tagAll(t, text, "2020-12-02") {
			if e.Value == "2020" || e.Value == "2020-12-02" || e.Value == "2020-W49" {
				t.Errorf("%q: %q read as the reference's own period", text, e.Text)
			}
		}
	}
}

// TestNotTimes lists phrases that look like time expressions but are
// words, counts or names: none may be read as a date or a time (a
// length of time is allowed: "in two years" after a superlative).
func TestNotTimes(t *testing.T) {
	for _, c := range []struct{ text, phrase string }{
		{"He may march on the capital.", "may"},
		{"He may march on the capital.", "march"},
		{"Prices fall when supply rises.", "fall"},
		{"The company paid $2010 in fees and 1999 employees left.", "2010"},
		{"The day was long.", "The day"},
		{"The Sun and Mon Mirror said so.", "Sun"},
		{"Weekend trips rose.", "Weekend"},
		{"In October, 2 people died.", "October, 2"},
		{"Add 1/2-1/4 cup of sugar.", "1/2"},
		{"On Friday 7.6 million people watched.", "7.6"},
		{"Shops close on Sundays.", "Sundays"},
		{"They came in two thousand and ten cars.", "two thousand and ten"},
		{"He was hurt in week 10 of the season.", "week 10"},
		{"Two thousands of people came.", "Two thousands"},
		{"Friday the two of them met.", "Friday the two"},
		{"The index is at its highest in two years.", "two years"},
	} {
		for _, e := range tagAll(t, c.text, "2020-12-02") {
			if strings.Contains(e.Text, c.phrase) && e.Type != "DURATION" {
				t.Errorf("%q: %q read as %s %s", c.text, e.Text, e.Type, e.Value)
			}
		}
	}
}

// TestImpossibleDates: a date the calendar does not have is found and
// left unresolved, never moved to a real one.
func TestImpossibleDates(t *testing.T) {
	for _, c := range []struct{ text, date string }{
		{"It happened on February 30, 2020.", "February 30, 2020"},
		{"It happened on 2021-02-29.", "2021-02-29"},
		{"It happened on 2/29/2019.", "2/29/2019"},
	} {
		found := false
		for _, e := range tagAll(t, c.text, "2020-12-02") {
			if strings.Contains(e.Value, "-02-30") || strings.Contains(e.Value, "-02-29") {
				t.Errorf("%q: invented %q", c.text, e.Value)
			}
			if e.Text == c.date {
				found = true
				if e.Value != "" {
					t.Errorf("%q: %q resolved to %q", c.text, e.Text, e.Value)
				}
			}
		}
		if c.date != "" && !found {
			t.Errorf("%q: %q not found", c.text, c.date)
		}
	}
}

func TestAnniversarySubject(t *testing.T) {
	text := "The drawdown would take place in the lead-up to the January 3 anniversary of the US' killing of Iranian Gen. Qasem Soleimani due to concerns."
	for _, e := range tagAll(t, text, "2020-12-02") {
		if e.Text == "January 3" {
			if e.Subject != "the US' killing of Iranian Gen. Qasem Soleimani" {
				t.Errorf("subject %q", e.Subject)
			}
			return
		}
	}
	t.Error("January 3 not found")
}

func TestMalformedRules(t *testing.T) {
	pat := "year\tDATE\tY\tcalendar\n"
	cases := []struct{ lex, pat, want string }{
		{"january\tmonth\n", pat, "lexicon.tsv:1: want 3"},
		{"January\tmonth\t1\n", pat, "lexicon.tsv:1: phrase"},
		{"january\tmonth\t13\n", pat, "lexicon.tsv:1: value \"13\""},
		{"january\tmoon\t1\n", pat, "lexicon.tsv:1: unknown class"},
		{"jan\tmonth\t1\njan\tmonth\t1\n", pat, "lexicon.tsv:2: phrase \"jan\" listed twice"},
		{"", "x\tDATE\t(\tcalendar\n", "patterns.tsv:1: pattern"},
		{"", "x\tDAY\tY\tcalendar\n", "patterns.tsv:1: unknown type"},
		{"", "x\tDATE\tY\tguess\n", "patterns.tsv:1: unknown normaliser"},
		{"", "x\tDATE\tY*\tcalendar\n", "patterns.tsv:1: pattern matches the empty string"},
	}
	for _, c := range cases {
		_, err := NewRules(strings.NewReader(c.lex), "lexicon.tsv", strings.NewReader(c.pat), "patterns.tsv")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
}

func TestInterval(t *testing.T) {
	for v, want := range map[string][2]string{
		"2020-12-02":  {"2020-12-02", "2020-12-03"},
		"2020-12":     {"2020-12-01", "2021-01-01"},
		"2020":        {"2020-01-01", "2021-01-01"},
		"2020-W49":    {"2020-11-30", "2020-12-07"},
		"2020-W49-WE": {"2020-12-05", "2020-12-07"},
		"2020-Q4":     {"2020-10-01", "2021-01-01"},
	} {
		a, b, ok := Interval(v)
		if !ok || a != want[0] || b != want[1] {
			t.Errorf("%s: %s %s %v", v, a, b, ok)
		}
	}
}

func FuzzTag(f *testing.F) {
	f.Add("The embassy ordered staff to leave in March 2020, two days ago, on Tuesday at 4 p.m.")
	f.Add("between 2003 and 2011 the 1990s '90s 16:00 UTC February 30, 2020 12/2/07")
	f.Add("mid-January early next week late last year the first quarter of 2009")
	f.Add("It was 999999999 business days ago, 99999999 days ago, in 99 years' time.")
	tg, err := NewTagger()
	if err != nil {
		f.Fatal(err)
	}
	ref := time.Date(2020, 12, 2, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, hasRef := range []bool{true, false} {
			for _, e := range tg.Tag(s, 0, len(s), ref, hasRef) {
				if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
					t.Fatalf("bad span %+v", e)
				}
				if strings.HasPrefix(e.Value, "0000") || strings.HasPrefix(e.Value, "-") {
					t.Fatalf("invented year: %+v", e)
				}
			}
		}
	})
}

func TestRanges(t *testing.T) {
	const ref = "2020-12-02"
	cases := []struct {
		text, expr, from, to string
	}{
		{"Talks ran from March to May.", "from March to May", "2020-03", "2020-05"},
		{"US troops were there between 2003 and 2011.", "between 2003 and 2011", "2003", "2011"},
		{"The lease covered the years from 1961 to 1968.", "from 1961 to 1968", "1961", "1968"},
		{"The war ran Nov. 18-Dec. 19, 2015.", "Nov. 18-Dec. 19, 2015", "2015-11-18", "2015-12-19"},
		{"Winter lasted from November to February 2017.", "from November to February 2017", "2016-11", "2017-02"},
		{"Between August and October, prices fell.", "Between August and October", "2020-08", "2020-10"},
		{"The office is closed November 19-20.", "November 19-20", "2020-11-19", "2020-11-20"},
		{"Prices rose in the past three weeks.", "the past three weeks", "2020-11-11", "2020-12-02"},
		{"Talks resume in the next three days.", "the next three days", "2020-12-03", "2020-12-05"},
		{"A decision will come within five days.", "within five days", "2020-12-02", "2020-12-06"},
		{"The index rose earlier this month.", "earlier this month", "2020-12-01", "2020-12-02"},
		{"Shops stay closed for the rest of the week.", "the rest of the week", "2020-12-02", "2020-12-06"},
		{"Rates will rise later this year.", "later this year", "2020-12-02", "2020-12-31"},
		{"The plant closed for three months.", "three months", "", ""},
		{"Attacks rose during Ramadan.", "Ramadan", "2020-04-23", "2020-05-22"},
		{"Talks will run between now and January 15.", "between now and January 15", "2020-12-02", "2021-01-15"},
		{"Aid was cut from 2019-08-01 to today.", "from 2019-08-01 to today", "2019-08-01", "2020-12-02"},
		{"The office shuts for 3 days from today.", "3 days from today", "2020-12-02", "2020-12-04"},
		{"Talks close this working week.", "this working week", "2020-11-30", "2020-12-04"},
		{"Troops stay from this May to Oct 2022.", "May to Oct 2022", "2020-05", "2022-10"},
		{"The talks will end within 1 year and 6 months.", "within 1 year and 6 months", "2020-12-02", "2022-06-01"},
		{"The office shuts from 5/1-5/7, 2021.", "from 5/1-5/7, 2021", "2021-05-01", "2021-05-07"},
		{"Shares are down 20% in the year to date.", "the year to date", "2020-01-01", "2020-12-02"},
		{"Deaths from March to date reached 400.", "from March to date", "2020-03", "2020-12-02"},
		{"Talks end less than two weeks from today.", "less than two weeks from today", "2020-12-02", "2020-12-15"},
		{"The summit runs 26 June to 28 June in 2021.", "26 June to 28 June in 2021", "2021-06-26", "2021-06-28"},
		{"Data from 2010-01-01 till the current date.", "from 2010-01-01 till the current date", "2010-01-01", "2020-12-02"},
		{"Output in the 1990-2000 period fell.", "1990-2000", "1990", "2000"},
		{"I'll be out from 4 to January 22, 1995.", "from 4 to January 22, 1995", "1995-01-04", "1995-01-22"},
		{"Prices will rise between November and January.", "between November and January", "2020-11", "2021-01"},
		{"Sales from April to June in 2017 fell.", "from April to June in 2017", "2017-04", "2017-06"},
		{"She was off April ninth through seventeenth.", "April ninth through seventeenth", "2020-04-09", "2020-04-17"},
		{"Sales fell in the past two quarters.", "the past two quarters", "2020-04-01", "2020-09-30"},
		{"Over the past decade, the city has grown rapidly.", "the past decade", "2010-12-02", "2020-12-02"},
		{"Talks will be held next week between Wednesday and Friday.", "next week between Wednesday and Friday", "2020-12-09", "2020-12-11"},
		{"Talks will be held between Tuesday and Thursday next week.", "between Tuesday and Thursday next week", "2020-12-08", "2020-12-10"},
		{"Traffic peaked over Labor Day weekend.", "Labor Day weekend", "2020-09-05", "2020-09-07"},
		{"Profit doubled in the first six months of the year.", "the first six months of the year", "2020-01-01", "2020-06-30"},
		{"Maintenance is planned for the last 3 weeks of this year.", "the last 3 weeks of this year", "2020-12-14", "2021-01-03"},
		{"I was off between the ninth and the seventeenth of April.", "between the ninth and the seventeenth of April", "2020-04-09", "2020-04-17"},
		{"The period is 10/1-11/2/2017.", "10/1-11/2/2017", "2017-10-01", "2017-11-02"},
		{"The minister visits for a week starting tomorrow.", "a week starting tomorrow", "2020-12-03", "2020-12-09"},
		{"Offices close for 1 week, from 20th Dec.", "1 week, from 20th Dec", "2020-12-20", "2020-12-26"},
		{"Sales were weak from nov to March.", "from nov to March", "2019-11", "2020-03"},
		{"The office is shut from next Monday to Friday.", "from next Monday to Friday", "2020-12-07", "2020-12-11"},
		{"Aid will come within the next three years.", "within the next three years", "2020-12-02", "2023-12-01"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			for _, e := range tagAll(t, c.text, ref) {
				if e.Text == c.expr {
					if e.From != c.from || e.To != c.to {
						t.Errorf("%q: from %q to %q, want %q %q", c.expr, e.From, e.To, c.from, c.to)
					}
					return
				}
			}
			t.Errorf("%q not found in %q", c.expr, c.text)
		})
	}
}

func TestIntervalDecadeCentury(t *testing.T) {
	for _, c := range []struct{ v, a, b string }{{"199", "1990-01-01", "2000-01-01"}, {"20", "2000-01-01", "2100-01-01"}, {"2016-Q3", "2016-07-01", "2016-10-01"}} {
		a, b, ok := Interval(c.v)
		if !ok || a != c.a || b != c.b {
			t.Errorf("Interval(%q) = %q %q %v, want %q %q", c.v, a, b, ok, c.a, c.b)
		}
	}
}

func TestModInterval(t *testing.T) {
	for _, c := range []struct{ v, mod, a, b string }{
		{"2017-11", "END", "2017-11-16", "2017-12-01"},
		{"2018", "START", "2018-01-01", "2018-07-01"},
		{"2018", "MID", "2018-05-01", "2018-09-01"},
		{"2018", "END", "2018-07-01", "2019-01-01"},
		{"2016-H2", "", "2016-07-01", "2017-01-01"},
		{"2017-W46", "START", "2017-11-13", "2017-11-16"},
		{"2017-W45", "END", "2017-11-09", "2017-11-13"},
		{"2021-01", "MID", "2021-01-11", "2021-01-21"},
		{"2021-01-03", "END", "2021-01-03", "2021-01-04"},
		{"2021-01", "", "2021-01-01", "2021-02-01"},
	} {
		a, b, ok := ModInterval(c.v, c.mod)
		if !ok || a != c.a || b != c.b {
			t.Errorf("ModInterval(%q, %q) = %q %q %v, want %q %q", c.v, c.mod, a, b, ok, c.a, c.b)
		}
	}
}

// A headline not in the text is tagged too, its times marked and offset
// into the headline; the body's are not marked.
func TestStageHeadline(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	body := "The talks resumed on Tuesday."
	d := doc.New("x", body)
	d.Sentences = []doc.Span{{Start: 0, End: len(body)}}
	h := "Talks to end by January 3"
	d.Headline = &h
	pub := "2020-12-02"
	d.Published.Value = &pub
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 2 {
		t.Fatalf("times %+v", d.Times)
	}
	if x := d.Times[0]; x.In != "headline" || h[x.Start:x.End] != "January 3" || *x.Value != "2021-01-03" {
		t.Errorf("headline time %+v", x)
	}
	if x := d.Times[1]; x.In != "" || body[x.Start:x.End] != "Tuesday" {
		t.Errorf("body time %+v", x)
	}
}

func TestStretches(t *testing.T) {
	for _, c := range []struct {
		cls  string
		want [][2]int
	}{
		{"", nil},
		{"oooo", [][2]int{{0, 4}}},
		{"MDoooooY", [][2]int{{0, 4}, {5, 8}}},
		{"ooooooM", [][2]int{{0, 2}, {4, 7}}},
		{"Mooooooo", [][2]int{{0, 3}, {6, 8}}},
		{"MooDoooY", [][2]int{{0, 8}}},
	} {
		got := stretches([]byte(c.cls))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("stretches(%q) = %v, want %v", c.cls, got, c.want)
		}
	}
}
