package posture_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// board lists a document's changes as "POST status polarity date
// [qualifiers]", in the order found.
func board(d *doc.Document) []string {
	var out []string
	for _, c := range d.Posture.Changes {
		date := "null"
		if c.Date != nil {
			date = *c.Date
		}
		s := fmt.Sprintf("%s %s %s %s", c.Post, c.Status, c.Polarity, date)
		if len(c.Qualifiers) > 0 {
			s += " [" + strings.Join(c.Qualifiers, " ") + "]"
		}
		out = append(out, s)
	}
	return out
}

// TestMechanisms: invented reports, one general mechanism each (the
// parse's errors mended or read around, the story's time, the senders
// and hosts of posts), published on Tuesday 2021-05-04.
func TestMechanisms(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"list cut in two subjects", "Riots broke out in Lima on Monday.\n\nEmbassies of Chile, Bolivia, United Kingdom and Spain were attacked.",
			[]string{"CHL@Lima attacked asserted 2021-05-04", "BOL@Lima attacked asserted 2021-05-04", "GBR@Lima attacked asserted 2021-05-04", "ESP@Lima attacked asserted 2021-05-04"}},
		{"senders read as a second subject", "France and Spain diplomatic staff were detained in Mali on Sunday.",
			[]string{"FRA@Mali attacked asserted 2021-05-02", "ESP@Mali attacked asserted 2021-05-02"}},
		{"coordinated hosts, subject sender", "Poland will open consulates in Lviv and Odesa next month.",
			[]string{"POL@Lviv opened asserted 2021-06", "POL@Odesa opened asserted 2021-06"}},
		{"second post's phrase", "The Spanish embassy in Lima and the consulate in Cusco will be closed on Friday.",
			[]string{"ESP@Lima closed asserted 2021-05-07", "ESP@Cusco closed asserted 2021-05-07"}},
		{"story time of the paragraph", "In March 2019 the two countries signed a maritime deal. Greece recalled its ambassador from Rome over the deal.",
			[]string{"GRC@Rome ambassador_recalled asserted null"}},
		{"the day's news", "Greece recalled its ambassador from Rome over the deal.",
			[]string{"GRC@Rome ambassador_recalled asserted 2021-05-04"}},
		{"pronoun subject", "Mexico announced it would close its consulate in Houston next month.",
			[]string{"MEX@Houston closed hypothetical 2021-06"}},
		{"city the article's countries do not explain", "Mexico closed its consulate in Phoenix.",
			[]string{"MEX@Phoenix closed asserted 2021-05-04"}},
		{"departure of staff", "The State Department ordered the departure of non-emergency staff from the US embassy in Khartoum.",
			[]string{"USA@Khartoum ordered_departure asserted 2021-05-04 [partial]"}},
		{"host orders diplomats out", "Russia ordered 23 British diplomats to leave the country within a week.",
			[]string{"GBR@Russia staff_expelled asserted 2021-05-04 [23 diplomat]"}},
		{"explosion outside", "A car bomb exploded outside the Indian embassy in Kabul on Monday.",
			[]string{"IND@Kabul attacked asserted 2021-05-03"}},
		{"verb the lemmatiser missed", "Protesters stoned the Danish embassy in Islamabad.",
			[]string{"DNK@Islamabad attacked asserted 2021-05-04"}},
		{"open fire on", "A gunman opened fire on the Israeli embassy in Amman on Sunday.",
			[]string{"ISR@Amman attacked asserted 2021-05-02"}},
		{"a post that evacuates others", "The Indian embassy in Kabul evacuated 300 citizens on Monday.", nil},
		{"a coordinated clause keeps its own mood and time", "The Austrian embassy in Tunis was closed on Friday. A spokesman said the closure would last a week, and that the ambassador had been recalled.",
			[]string{"AUT@Tunis closed asserted 2021-04-30", "AUT@Tunis ambassador_recalled asserted null"}},
		{"a future change is not the story's day", "The Finnish embassy in Accra was attacked on Sunday. The embassy will reopen when conditions allow.",
			[]string{"FIN@Accra attacked asserted 2021-05-02", "FIN@Accra reopened asserted null"}},
		{"persona non grata read as a verb", "Moscow declared two Estonian diplomats persona non grata on Friday and gave them 48 hours to leave.",
			[]string{"EST@Moscow staff_expelled asserted 2021-04-30 [two diplomat]"}},
		{"staff kidnapped", "Gunmen kidnapped three staff members of the Egyptian embassy in Tripoli on Saturday.",
			[]string{"EGY@Tripoli attacked asserted 2021-05-01"}},
		{"participle tagged as a noun after the post", "With last year's riots having seen Spain's consulate in Oran torched, police guarded the building on Sunday.",
			[]string{"ESP@Oran attacked asserted 2020"}},
		{"a post that opens something else", "The Greek embassy in Ankara opened a book of condolences on Monday.", nil},
		{"hit by what is not a weapon", "Sanctions have hit the budget of the Russian embassy in Berlin.", nil},
		{"hit by a rocket", "The US embassy in Baghdad was hit by a rocket on Sunday.", []string{"USA@Baghdad attacked asserted 2021-05-02"}},
		{"the attack's agent is not its target", "The Peruvian embassy in Tokyo issued a statement on Monday. The report has come under fierce attack from Peruvian diplomats.", nil},
		{"the attack's agent is not its target (post)", "The plan came under attack from British embassy staff in Rome on Monday.", nil},
		{"resumed operations", "The German embassy in Kyiv resumed operations on Monday after a two-month suspension.",
			[]string{"DEU@Kyiv reopened asserted 2021-05-03"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := board(analyze(t, tc.text, "2021-05-04"))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// TestTravelAdvisory: a country's travel advisory for another, with its
// level (a number or a named level of the data file) and its direction.
func TestTravelAdvisory(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"numbered level raised", "The US raised its travel advisory for Haiti to Level 4 on Monday.",
			[]string{"USA@Haiti travel_advisory asserted 2021-05-03 [level 4 raised]"}},
		{"level in words lowered", "Canada lowered its travel advisory for Cuba to level two last week.",
			[]string{"CAN@Cuba travel_advisory asserted 2021-W17 [level 2 lowered]"}},
		{"named level", "The Irish travel advisory for Egypt now says \"do not travel\" to the Sinai.",
			[]string{"IRL@Egypt travel_advisory asserted 2021-05-04 [level 4]"}},
		{"no level stated", "Germany has issued a travel warning for Turkey.",
			[]string{"DEU@Türkiye travel_advisory asserted 2021-05-04"}},
		{"a post's advisory", "The US Embassy in Lagos raised its travel advisory on Monday.",
			[]string{"USA@Lagos travel_advisory asserted 2021-05-03 [raised]"}},
		{"not an advisory", "The ministry said the weather advisory for Lagos was lifted.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := board(analyze(t, tc.text, "2021-05-04"))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}
