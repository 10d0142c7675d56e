package store

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// arrivalIDs are the ids in an export, which are the order of arrival.
var arrivalIDs = regexp.MustCompile(`(?m)"(id|article_id)":\d+|^\d+,`)

// exportIDs masks the ids the GDELT and PLOVER exports write: a row's
// leading GlobalEventID and a PLOVER record's id.
var exportIDs = regexp.MustCompile(`(?m)^\d+\t|"id":"?[^",]*"?`)

// gdeltTime is a GDELT timestamp column (the reports of the test are of
// 2031; any other is the time a report was stored).
var gdeltTime = regexp.MustCompile(`\t\d{14}\t`)

// TestFirstReportArrivalFree: an event's first report is its earliest
// published article (then the smaller article key; articles of unknown
// date last), and its mentions are listed in that order (then by offset),
// so the same (invented) reports stored one by one in several orders, and
// in one transaction, give the same first report, the same CSV and JSON
// Lines (but for ids) and the same mentions in the same order.
func TestFirstReportArrivalFree(t *testing.T) {
	ev := func(trigger int) told {
		return told{"190", "2031-05-01", "villagers", "Rivermouth", 11.0, 21.0, 0.8, trigger}
	}
	other := told{"141", "2031-05-01", "workers", "Hillcrest", 13.0, 23.0, 0.8, 70}
	docs := []*doc.Document{
		telling("u", "Outlet U", "2031-05-03", ev(10)),
		telling("x", "Outlet X", "2031-05-02", ev(10), other),
		telling("w", "Outlet W", "", ev(10)),
		telling("v", "Outlet V", "2031-05-02", ev(40), ev(10)),
		telling("t", "Outlet T", "", other),
		telling("y", "Outlet Y", "2031-05-02T08:00:00Z", other),
	}
	for _, d := range docs {
		d.Input.URL = str("https://example.org/" + d.ID)
	}
	want := []string{
		"190 first Outlet V https://example.org/v 2031-05-02 mentions Outlet V@10 Outlet V@40 Outlet X@10 Outlet U@10 Outlet W@10",
		"141 first Outlet X https://example.org/x 2031-05-02 mentions Outlet X@70 Outlet Y@70 Outlet T@70",
	}
	var firstCSV, firstJSONL string
	var firstOthers map[string]string
	check := func(name string, db *DB) {
		t.Helper()
		evs, err := db.Events(Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			_, ms, err := db.EventByID(t.Context(), e.ID)
			if err != nil {
				t.Fatal(err)
			}
			line := fmt.Sprintf("%s first %s %s %s mentions", e.Code, e.FirstOutlet, e.FirstURL, e.FirstPublished)
			for _, m := range ms {
				line += fmt.Sprintf(" %s@%d", m.Outlet, m.TriggerStart)
			}
			got = append(got, line)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		var csv, jsonl bytes.Buffer
		if err := db.ExportCSV(Filter{}, &csv); err != nil {
			t.Fatal(err)
		}
		if err := db.ExportJSONL(Filter{}, &jsonl); err != nil {
			t.Fatal(err)
		}
		c, j := arrivalIDs.ReplaceAllString(csv.String(), "ID"), arrivalIDs.ReplaceAllString(jsonl.String(), "ID")
		// the GDELT and PLOVER exports read the same first report and
		// reports' order
		var gev, gmen, plover bytes.Buffer
		if err := db.ExportGDELT(Filter{}, &gev, &gmen); err != nil {
			t.Fatal(err)
		}
		if err := db.ExportPLOVER(Filter{}, &plover); err != nil {
			t.Fatal(err)
		}
		others := map[string]string{"GDELT events": gev.String(), "GDELT mentions": gmen.String(), "PLOVER": plover.String()}
		for k, v := range others {
			v = exportIDs.ReplaceAllString(v, "ID")
			// an undated report's mention time is when it was stored
			others[k] = gdeltTime.ReplaceAllStringFunc(v, func(x string) string {
				if strings.HasPrefix(x, "\t2031") {
					return x
				}
				return "\tSTORED\t"
			})
		}
		if firstOthers == nil {
			firstOthers = others
		} else {
			for k, v := range others {
				if v != firstOthers[k] {
					t.Errorf("%s: %s\n%s\nwant\n%s", name, k, v, firstOthers[k])
				}
			}
		}
		if firstCSV == "" {
			firstCSV, firstJSONL = c, j
			return
		}
		if c != firstCSV {
			t.Errorf("%s: CSV\n%s\nwant\n%s", name, c, firstCSV)
		}
		if j != firstJSONL {
			t.Errorf("%s: JSON Lines\n%s\nwant\n%s", name, j, firstJSONL)
		}
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {2, 4, 0, 5, 3, 1}} {
		db := open(t)
		for _, i := range order {
			add(t, db, docs[i])
		}
		check(fmt.Sprint("order ", order), db)
	}
	db := open(t)
	rev := slices.Clone(docs)
	slices.Reverse(rev)
	if _, err := db.NewWriter(DefaultMerge, 1).AddAll(rev, nil); err != nil {
		t.Fatal(err)
	}
	check("one transaction", db)
}
