package store

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dragoman/dragoman/doc"
)

// mixedStore holds events dated to the day, to the night, to a month, a
// week, with an unknown year, or not at all, in articles with and without
// a publication date.
func mixedStore(t *testing.T) *DB {
	db := open(t)
	cases := []struct{ date, published string }{
		{"2019-11-19", "2019-11-20"},
		{"2019-11-19TNI", "2019-11-20"},
		{"2019-11", "2019-11-20"},
		{"2019-W47", ""},
		{"XXXX-11-19", "2019-11-20"},
		{"XXXXWXX6", ""},
		{"", ""},
		{"XXXX-WXX-6", "2019-11"},
		{"2020-12-02T10:30", ""},
		{"", "2020-01-05"},
	}
	var docs []*doc.Document
	for i, c := range cases {
		text := "Text " + string(rune('a'+i))
		d := report("m"+string(rune('a'+i)), "Outlet"+string(rune('a'+i)), text, "190", "USA", string(rune('A'+i))+"XX", c.date, 0, 0, false)
		d.Published = doc.Published{Source: doc.PublishedUnknown}
		if c.published != "" {
			d.Published = doc.Published{Value: str(c.published), Source: doc.PublishedGiven}
		}
		d.Events[0].Date = doc.EventDate{}
		if c.date != "" {
			d.Events[0].Date = doc.EventDate{Value: str(c.date)}
		}
		d.Events[0].Place = nil
		docs = append(docs, d)
	}
	add(t, db, docs...)
	return db
}

// TestExportDates: every exported row carries a real calendar date, the
// event's when it names a day, else the publication day; the rest are left
// out and counted, never dated by the export day or a placeholder.
func TestExportDates(t *testing.T) {
	db := mixedStore(t)
	const want, undated = 6, 4 // day, night, time; month, unknown year -> published; published only
	var ev, me bytes.Buffer
	n, err := db.ExportGDELTCounted(Filter{}, &ev, &me)
	if err != nil {
		t.Fatal(err)
	}
	if n.Rows != want || n.Undated != undated {
		t.Errorf("gdelt: %+v, want %d rows and %d undated", n, want, undated)
	}
	today := time.Now().UTC().Format("20060102")
	for _, line := range strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 61 {
			t.Fatalf("%d columns: %q", len(f), line)
		}
		d, err := time.Parse("20060102", f[1])
		if err != nil || f[2] != f[1][:6] || f[3] != f[1][:4] || f[1] == today {
			t.Errorf("SQLDATE %q MonthYear %q Year %q", f[1], f[2], f[3])
		}
		if !strings.HasPrefix(f[4], f[3]+".") {
			t.Errorf("FractionDate %q for %s", f[4], d)
		}
		if f[51] == "4" && f[56] == "" {
			t.Errorf("ActionGeo_Type 4 without a place")
		}
	}
	for _, line := range strings.Split(strings.TrimSuffix(me.String(), "\n"), "\n") {
		f := strings.Split(line, "\t")
		if _, err := time.Parse("20060102150405", f[1]); err != nil {
			t.Errorf("EventTimeDate %q", f[1])
		}
		if _, err := time.Parse("20060102150405", f[2]); err != nil {
			t.Errorf("MentionTimeDate %q", f[2])
		}
	}
	var c bytes.Buffer
	n, err = db.ExportCSVCounted(Filter{}, &c)
	if err != nil || n.Rows != want || n.Undated != undated {
		t.Errorf("csv: %+v %v", n, err)
	}
	recs, _ := csv.NewReader(&c).ReadAll()
	for _, r := range recs[1:] {
		if _, err := time.Parse("2006-01-02", r[1]); err != nil {
			t.Errorf("csv date %q", r[1])
		}
		for _, x := range r[3:5] {
			if _, err := time.Parse("2006-01-02", x); x != "" && err != nil {
				t.Errorf("csv interval %q", x)
			}
		}
	}
	var p bytes.Buffer
	db.Exec("UPDATE events SET plover = 'ASSAULT'")
	n, err = db.ExportPLOVERCounted(Filter{}, &p)
	if err != nil || n.Rows != want || n.Undated != undated {
		t.Errorf("plover: %+v %v", n, err)
	}
	for _, line := range strings.Split(strings.TrimSpace(p.String()), "\n") {
		var rec map[string]any
		json.Unmarshal([]byte(line), &rec)
		if _, err := time.Parse("2006-01-02", rec["event_date"].(string)); err != nil {
			t.Errorf("plover event_date %v", rec["event_date"])
		}
	}
}

func TestGDELTGeoType(t *testing.T) {
	cases := []struct{ feature, cc, want string }{
		{"country", "IQ", "1"}, {"admin1", "US", "2"}, {"city", "US", "3"}, {"capital", "IQ", "4"}, {"admin1", "IQ", "5"}, {"landmark", "US", "3"}, {"", "IQ", ""},
	}
	for _, c := range cases {
		if got := gdeltGeoType(c.feature, c.cc); got != c.want {
			t.Errorf("%s %s: %s, want %s", c.feature, c.cc, got, c.want)
		}
	}
}

// TestGDELTGeoNames: a place of the gazetteer exports its GDELT ADM1 code
// and its GeoNames id as FeatureID; a US city is type 3 in "US".
func TestGDELTGeoNames(t *testing.T) {
	db := open(t)
	d := report("h", "X", "Police arrested protesters in Houston.", "173", "USACOP", "", "2020-01-05", 29.76, -95.36, false)
	d.Events[0].Place = &doc.EventPlace{Name: "Houston", Country: "US", Lat: 29.7633, Lon: -95.3633}
	d.Places = []doc.Place{{Entity: "e2", Name: "Houston", Country: "US", Admin1: "Texas", Feature: "city", Lat: 29.7633, Lon: -95.3633, GazetteerID: "P:4699066", GeoNamesID: "4699066"}}
	add(t, db, d)
	var ev bytes.Buffer
	if _, err := db.ExportGDELTCounted(Filter{}, &ev, nil); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\t")
	if f[51] != "3" || f[53] != "US" || f[54] != "USTX" || f[58] != "4699066" {
		t.Errorf("ActionGeo %q, want type 3, US, USTX, 4699066", f[51:59])
	}
}

// TestGDELTDatelinePlace: an event placed at the dateline's place exports
// that place's codes and GeoNames id, though no entity names it.
func TestGDELTDatelinePlace(t *testing.T) {
	db := open(t)
	d := report("w", "X", "The Senate voted to impose sanctions.", "163", "USALEG", "", "2020-01-05", 38.8951, -77.0364, false)
	d.Events[0].Place = &doc.EventPlace{Name: "Washington", Country: "US", Lat: 38.8951, Lon: -77.0364}
	d.Events[0].PlaceSource = "dateline"
	d.Dateline = &doc.Dateline{Place: "Washington", Geo: &doc.Place{Name: "Washington", Country: "US", Admin1: "District of Columbia",
		Feature: "city", Lat: 38.8951, Lon: -77.0364, GazetteerID: "P:4140963", GeoNamesID: "4140963"}}
	add(t, db, d)
	var ev bytes.Buffer
	if _, err := db.ExportGDELTCounted(Filter{}, &ev, nil); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\t")
	if f[51] != "3" || f[54] != "USDC" || f[58] != "4140963" {
		t.Errorf("ActionGeo %q, want type 3, USDC, 4140963", f[51:59])
	}
}

// TestGDELTGeography: an actor that is a place in the text is located
// there, another by its code's country; the action's place gives its type.
func TestGDELTGeography(t *testing.T) {
	db := open(t)
	d := report("g", "X", "Iraq accused the US of a strike near Basra.", "112", "IRQ", "USA", "2020-01-05", 30.5, 47.8, false)
	d.Events[0].Source.Entity = str("e1")
	d.Events[0].Place = &doc.EventPlace{Name: "Basra", Country: "IQ", Lat: 30.5, Lon: 47.8}
	d.Places = []doc.Place{
		{Entity: "e1", Name: "Iraq", Country: "IQ", Feature: "country", Lat: 33, Lon: 44, GazetteerID: "C:IQ"},
		{Entity: "e2", Name: "Basra", Country: "IQ", Admin1: "02", Feature: "city", Lat: 30.5, Lon: 47.8, GazetteerID: "P:99"},
	}
	docTone, sentTone := -3.25, -12.5
	d.Tone = &docTone
	d.Sentences = []doc.Span{d.Events[0].Sentence}
	d.SentenceTones = []float64{sentTone}
	add(t, db, d)
	var ev, men bytes.Buffer
	if _, err := db.ExportGDELTCounted(Filter{}, &ev, &men); err != nil {
		t.Fatal(err)
	}
	f := strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\t")
	if f[35] != "1" || f[36] != "Iraq" || f[37] != "IZ" || f[38] != "IZ" || f[42] != "99237" {
		t.Errorf("Actor1Geo %q", f[35:43])
	}
	if f[43] != "1" || f[45] != "US" {
		t.Errorf("Actor2Geo (by code) %q", f[43:51])
	}
	if f[51] != "4" || f[52] != "Basra, Iraq" || f[53] != "IZ" || f[54] != "IZ02" || f[58] != "P:99" {
		t.Errorf("ActionGeo %q", f[51:59])
	}
	// The tones are the document's own (the tone stage's), not recomputed.
	if f[34] != "-3.25" {
		t.Errorf("AvgTone %q, want the document's tone -3.25", f[34])
	}
	m := strings.Split(strings.TrimSuffix(men.String(), "\n"), "\t")
	if len(m) < 14 || m[13] != "-3.25" {
		t.Errorf("mention MentionDocTone %q, want -3.25", m)
	}
	var st float64
	if err := db.QueryRow("SELECT tone FROM mentions").Scan(&st); err != nil || st != sentTone {
		t.Errorf("mention tone %v %v, want the sentence's %v", st, err, sentTone)
	}
}
