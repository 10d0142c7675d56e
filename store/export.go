package store

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dragoman/dragoman/calendar"
	"github.com/dragoman/dragoman/geo"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTMentionColumns are the columns of the GDELT 2.0 mentions table.
var GDELTMentionColumns = []string{
	"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
	"MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
	"InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
}

// ExportCounts says what an export wrote and what it left out.
type ExportCounts struct {
	Rows int
	// Undated counts the events left out because neither their own date
	// nor their first report's publication date names a day.
	Undated int
}

// exportDay is the day an export gives an event: its own date when that
// names one day, else (as GDELT does) its first report's publication date;
// source says which. ok is false when neither names a day: such an event
// is left out of the export rather than given a made-up date.
func exportDay(e *Event) (day time.Time, source string, ok bool) {
	if d, ok := calendar.DayOf(e.Date); ok {
		return d, "event", true
	}
	if d, ok := calendar.DayOf(e.FirstPublished); ok {
		return d, "published", true
	}
	return day, "", false
}

// interval is an event's date as first and last calendar day (inclusive),
// or "" when its date names no interval.
func interval(e *Event) (first, last string) {
	s, err1 := time.Parse(stamp, e.DateStart)
	t, err2 := time.Parse(stamp, e.DateEnd)
	if err1 != nil || err2 != nil {
		return "", ""
	}
	return s.Format("2006-01-02"), t.Add(-time.Nanosecond).Format("2006-01-02")
}

// gdeltCountry is the CAMEO country part of an actor code, when it has one.
func gdeltCountry(code string) string {
	if len(code) >= 3 && !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO") && !strings.HasPrefix(code, "IMG") {
		if len(code) == 3 && isAgent(code) {
			return ""
		}
		return code[:3]
	}
	return ""
}

var agents = map[string]bool{"GOV": true, "MIL": true, "COP": true, "REB": true, "OPP": true, "BUS": true, "MED": true,
	"NGO": true, "IGO": true, "JUD": true, "LEG": true, "CVL": true, "EDU": true, "REF": true, "HLH": true, "SPY": true,
	"LAB": true, "CRM": true, "REL": true, "ELI": true, "UAF": true, "SEP": true, "INS": true, "AGR": true, "ENV": true}

func isAgent(s string) bool { return agents[s] }

func actorType(code string) string {
	if len(code) >= 6 && isAgent(code[3:6]) {
		return code[3:6]
	}
	if len(code) == 3 && isAgent(code) {
		return code
	}
	return ""
}

// gdeltGeoType is GDELT's geographic resolution: 1 country, 2 US state,
// 3 US city or landmark, 4 other city or landmark, 5 other first-level
// subdivision.
func gdeltGeoType(feature, country string) string {
	us := country == "US"
	switch feature {
	case "":
		return ""
	case "country":
		return "1"
	case "admin1":
		if us {
			return "2"
		}
		return "5"
	}
	if us {
		return "3"
	}
	return "4"
}

// geoColumns fills GDELT's eight geography columns from a place: the type
// by feature class (1 country, 2 US state, 3 US city, 4 world city, 5 world
// state), the FIPS 10-4 country code, the ADM1 code (FIPS country and
// subdivision codes, "USTX"; the country's code for a country), and the
// FeatureID (the GeoNames id; the gazetteer id when it has none).
func geoColumns(row []string, at int, g *GeoPlace, gz *geo.Gazetteer) {
	if g == nil {
		return
	}
	full := g.Name
	if gz != nil && g.Feature != "country" {
		if c, ok := gz.Country(g.Country); ok && c.Name != g.Name {
			full += ", " + c.Name
		}
	}
	fips := geo.FIPS(g.Country)
	if fips == "" {
		fips = g.Country
	}
	row[at] = gdeltGeoType(g.Feature, g.Country)
	row[at+1] = full
	row[at+2] = fips
	row[at+7] = g.Gazetteer
	var p *geo.Place
	if gz != nil && g.Gazetteer != "" {
		p, _ = gz.ByID(g.Gazetteer)
	}
	switch {
	case g.Feature == "country":
		row[at+3] = fips
	case p != nil:
		if a, ok := gz.Admin1Of(p); ok {
			row[at+3] = a.ADM1Code()
		}
	case g.Admin1 != "" && !strings.Contains(g.Admin1, " "):
		row[at+3] = fips + g.Admin1 // a stored code, without the gazetteer
	}
	if p != nil && p.GeoNames != "" {
		row[at+7] = p.GeoNames
	}
	row[at+5] = strconv.FormatFloat(g.Lat, 'f', 4, 64)
	row[at+6] = strconv.FormatFloat(g.Lon, 'f', 4, 64)
}

// actorPlace is an actor's place: the actor itself when it is a place in
// the text, else the country of its code.
func actorPlace(g *GeoPlace, code string, gz *geo.Gazetteer) *GeoPlace {
	if g != nil {
		return g
	}
	cc := gdeltCountry(code)
	if cc == "" || gz == nil {
		return nil
	}
	c, ok := gz.Country(cc)
	if !ok {
		return nil
	}
	return &GeoPlace{Name: c.Name, Country: c.Country, Feature: "country", Lat: c.Lat, Lon: c.Lon, Gazetteer: string(c.Kind) + ":" + c.ID}
}

func formatTone(t float64) string {
	if math.IsNaN(t) {
		return ""
	}
	return strconv.FormatFloat(t, 'f', 2, 64)
}

// ExportGDELT writes the events as GDELT 2.0 event rows (61 tab-separated
// columns, no header) and, when mentions is not nil, their mentions.
func (db *DB) ExportGDELT(f Filter, events, mentions io.Writer) error {
	_, err := db.ExportGDELTCounted(f, events, mentions)
	return err
}

// ExportGDELTCounted is ExportGDELT, saying how many rows it wrote and how
// many undated events it left out.
func (db *DB) ExportGDELTCounted(f Filter, events, mentions io.Writer) (ExportCounts, error) {
	var n ExportCounts
	evs, err := db.Events(f)
	if err != nil {
		return n, err
	}
	gz, _ := geo.Default() // without it, actors have only their own places
	days := map[int64]string{}
	var ids []int64
	for i := range evs {
		e := &evs[i]
		day, _, ok := exportDay(e)
		if !ok {
			n.Undated++
			continue
		}
		sd := day.Format("20060102")
		days[e.ID] = sd
		ids = append(ids, e.ID)
		yearDays := time.Date(day.Year(), 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
		frac := float64(day.Year()) + float64(day.YearDay()-1)/float64(yearDays)
		base := e.Code
		if len(base) > 3 {
			base = base[:3]
		}
		row := make([]string, len(GDELTColumns))
		row[0] = strconv.FormatInt(e.ID, 10)
		row[1], row[2], row[3], row[4] = sd, sd[:6], sd[:4], strconv.FormatFloat(frac, 'f', 4, 64)
		row[5], row[6], row[7], row[12] = e.SrcActor, strings.ToUpper(e.SrcName), gdeltCountry(e.SrcActor), actorType(e.SrcActor)
		row[15], row[16], row[17], row[22] = e.TgtActor, strings.ToUpper(e.TgtName), gdeltCountry(e.TgtActor), actorType(e.TgtActor)
		row[25] = "1"
		row[26], row[27], row[28] = e.Code, base, e.Root
		row[29] = strconv.Itoa(e.Quad)
		row[30] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
		row[31], row[32], row[33] = strconv.Itoa(e.Mentions), strconv.Itoa(e.Outlets), strconv.Itoa(e.Articles)
		row[34] = formatTone(e.AvgTone)
		if e.SrcActor != "" || e.SrcName != "" {
			geoColumns(row, 35, actorPlace(e.SrcGeo, e.SrcActor, gz), gz)
		}
		if e.TgtActor != "" || e.TgtName != "" {
			geoColumns(row, 43, actorPlace(e.TgtGeo, e.TgtActor, gz), gz)
		}
		if e.Lat.Valid {
			feature := e.PlaceFeature
			if feature == "" {
				feature = "city" // a place stored before features were kept
			}
			geoColumns(row, 51, &GeoPlace{Name: e.Place, Country: e.Country, Admin1: e.PlaceAdmin1, Feature: feature,
				Lat: e.Lat.Float64, Lon: e.Lon.Float64, Gazetteer: e.PlaceGazetteerID}, gz)
		}
		row[59] = e.DateAdded
		row[60] = e.FirstURL
		if _, err := io.WriteString(events, strings.Join(clean(row), "\t")+"\n"); err != nil {
			return n, err
		}
		n.Rows++
	}
	if mentions == nil {
		return n, nil
	}
	for start := 0; start < len(ids); start += 500 {
		batch := ids[start:min(len(ids), start+500)]
		ms, err := db.Mentions(batch)
		if err != nil {
			return n, err
		}
		// the mentions of each event in the events file's order (Mentions
		// groups them by event id, the order of arrival)
		byEvent := make(map[int64][]Mention, len(batch))
		for _, m := range ms {
			byEvent[m.EventID] = append(byEvent[m.EventID], m)
		}
		ms = ms[:0]
		for _, id := range batch {
			ms = append(ms, byEvent[id]...)
		}
		for _, m := range ms {
			row := make([]string, len(GDELTMentionColumns))
			row[0] = strconv.FormatInt(m.EventID, 10)
			row[1] = days[m.EventID] + "000000"
			// when the mention was published, else when dragoman read it
			row[2] = m.Ingested
			if d, ok := calendar.DayOf(m.Published); ok {
				row[2] = d.Format("20060102") + "000000"
			}
			row[3] = "1"
			row[4] = m.Outlet
			row[5] = m.URL
			if row[5] == "" {
				row[5] = m.Path
			}
			row[9] = strconv.Itoa(m.TriggerStart)
			row[10] = "1"
			row[11] = strconv.Itoa(int(m.Confidence * 100))
			row[13] = formatTone(m.DocTone)
			if _, err := io.WriteString(mentions, strings.Join(clean(row), "\t")+"\n"); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}

func clean(row []string) []string {
	for i, v := range row {
		row[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(v)
	}
	return row
}

// EventRecord is the JSON form of an event with its mentions.
type EventRecord struct {
	ID        int64           `json:"id"`
	Code      string          `json:"code"`
	Root      string          `json:"root"`
	Label     string          `json:"label"`
	Plover    string          `json:"plover,omitempty"`
	Quad      int             `json:"quad_class"`
	Goldstein float64         `json:"goldstein"`
	Source    *RecordActor    `json:"source"`
	Target    *RecordActor    `json:"target"`
	Date      string          `json:"date,omitempty"`
	DateStart string          `json:"date_start,omitempty"` // first day of Date's calendar interval
	DateEnd   string          `json:"date_end,omitempty"`   // its last day
	AvgTone   *float64        `json:"avg_tone,omitempty"`
	Place     *RecordPlace    `json:"place"`
	Mentions  int             `json:"num_mentions"`
	Articles  int             `json:"num_articles"`
	Outlets   int             `json:"num_outlets"`
	First     string          `json:"first_report,omitempty"`
	Reports   []RecordMention `json:"mentions,omitempty"`
}

// RecordActor is an actor in an export record.
type RecordActor struct {
	Name  string `json:"name"`
	Actor string `json:"actor,omitempty"`
}

// RecordPlace is a place in an export record.
type RecordPlace struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// RecordMention is one report of an event in an export record.
type RecordMention struct {
	ArticleID   int64  `json:"article_id"`
	Outlet      string `json:"outlet,omitempty"`
	URL         string `json:"url,omitempty"`
	Sentence    string `json:"sentence"`
	Trigger     string `json:"trigger"`
	Attribution string `json:"attribution,omitempty"`
	AttrKind    string `json:"attribution_kind,omitempty"`
}

// Records returns events with their mentions.
func (db *DB) Records(f Filter) ([]EventRecord, error) {
	_, recs, err := db.records(f)
	return recs, err
}

func (db *DB) records(f Filter) ([]Event, []EventRecord, error) {
	evs, err := db.Events(f)
	if err != nil {
		return nil, nil, err
	}
	var ids []int64
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	byEvent := map[int64][]RecordMention{}
	for start := 0; start < len(ids); start += 500 {
		ms, err := db.Mentions(ids[start:min(len(ids), start+500)])
		if err != nil {
			return nil, nil, err
		}
		for _, m := range ms {
			u := m.URL
			if u == "" {
				u = m.Path
			}
			byEvent[m.EventID] = append(byEvent[m.EventID], RecordMention{m.ArticleID, m.Outlet, u, m.Sentence, m.Trigger, m.Attribution, m.AttrKind})
		}
	}
	out := make([]EventRecord, 0, len(evs))
	for _, e := range evs {
		r := EventRecord{ID: e.ID, Code: e.Code, Root: e.Root, Label: e.Label, Plover: e.Plover, Quad: e.Quad, Goldstein: e.Goldstein,
			Date: e.Date, Mentions: e.Mentions, Articles: e.Articles, Outlets: e.Outlets, First: e.FirstURL, Reports: byEvent[e.ID]}
		if e.SrcName != "" || e.SrcActor != "" {
			r.Source = &RecordActor{e.SrcName, e.SrcActor}
		}
		if e.TgtName != "" || e.TgtActor != "" {
			r.Target = &RecordActor{e.TgtName, e.TgtActor}
		}
		if e.Place != "" {
			r.Place = &RecordPlace{e.Place, e.Country, e.Lat.Float64, e.Lon.Float64}
		}
		r.DateStart, r.DateEnd = interval(&e)
		if !math.IsNaN(e.AvgTone) {
			t := math.Round(e.AvgTone*100) / 100
			r.AvgTone = &t
		}
		out = append(out, r)
	}
	return evs, out, nil
}

// ExportJSONL writes one event record per line.
func (db *DB) ExportJSONL(f Filter, w io.Writer) error {
	recs, err := db.Records(f)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// CSVHeader is the header of the CSV export. date is the day the event
// happened, else its first report's publication day (date_source says
// which); date_start and date_end are the first and last day of the
// event's own date when it is wider than a day (a month, a week).
// first_report is the URL (or path) of the event's earliest published
// article (see firstBefore), not of the first stored.
var CSVHeader = []string{"id", "date", "date_source", "date_start", "date_end", "code", "root", "label", "quad_class", "goldstein",
	"source_actor", "source_name", "target_actor", "target_name", "place", "country", "lat", "lon",
	"num_mentions", "num_articles", "num_outlets", "avg_tone", "first_report"}

// ExportCSV writes events as CSV with a header.
func (db *DB) ExportCSV(f Filter, w io.Writer) error {
	_, err := db.ExportCSVCounted(f, w)
	return err
}

// ExportCSVCounted is ExportCSV, saying how many rows it wrote and how
// many undated events it left out.
func (db *DB) ExportCSVCounted(f Filter, w io.Writer) (ExportCounts, error) {
	var n ExportCounts
	evs, err := db.Events(f)
	if err != nil {
		return n, err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return n, err
	}
	for i := range evs {
		e := &evs[i]
		day, source, ok := exportDay(e)
		if !ok {
			n.Undated++
			continue
		}
		first, last := interval(e)
		lat, lon := "", ""
		if e.Lat.Valid {
			lat, lon = strconv.FormatFloat(e.Lat.Float64, 'f', 4, 64), strconv.FormatFloat(e.Lon.Float64, 'f', 4, 64)
		}
		if err := cw.Write([]string{strconv.FormatInt(e.ID, 10), day.Format("2006-01-02"), source, first, last, e.Code, e.Root, e.Label, strconv.Itoa(e.Quad),
			strconv.FormatFloat(e.Goldstein, 'f', 1, 64), e.SrcActor, e.SrcName, e.TgtActor, e.TgtName, e.Place, e.Country,
			lat, lon, strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles), strconv.Itoa(e.Outlets), formatTone(e.AvgTone), e.FirstURL}); err != nil {
			return n, err
		}
		n.Rows++
	}
	cw.Flush()
	return n, cw.Error()
}

// ExportPLOVER writes PLOVER-style JSON records, one per line, for events
// whose CAMEO code has a PLOVER type. event_date is a calendar day, chosen
// as for GDELT (date_source says how); an event with no day is left out.
func (db *DB) ExportPLOVER(f Filter, w io.Writer) error {
	_, err := db.ExportPLOVERCounted(f, w)
	return err
}

// ExportPLOVERCounted is ExportPLOVER, saying how many records it wrote
// and how many undated events it left out.
func (db *DB) ExportPLOVERCounted(f Filter, w io.Writer) (ExportCounts, error) {
	var n ExportCounts
	evs, recs, err := db.records(f)
	if err != nil {
		return n, err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, r := range recs {
		if r.Plover == "" {
			continue
		}
		day, source, ok := exportDay(&evs[i])
		if !ok {
			n.Undated++
			continue
		}
		rec := map[string]any{
			"id":          fmt.Sprintf("dragoman-%d", r.ID),
			"event_date":  day.Format("2006-01-02"),
			"date_source": source,
			"event_type":  r.Plover,
			"cameo_code":  r.Code,
			"num_reports": r.Mentions,
		}
		if r.DateStart != "" && r.DateStart != r.DateEnd {
			rec["date_start"], rec["date_end"] = r.DateStart, r.DateEnd
		}
		if r.Source != nil {
			rec["actor"] = r.Source.Name
			rec["actor_country"] = gdeltCountry(r.Source.Actor)
			rec["actor_code"] = r.Source.Actor
		}
		if r.Target != nil {
			rec["recipient"] = r.Target.Name
			rec["recipient_country"] = gdeltCountry(r.Target.Actor)
			rec["recipient_code"] = r.Target.Actor
		}
		if r.Place != nil {
			rec["location"] = map[string]any{"name": r.Place.Name, "country": r.Place.Country, "lat": r.Place.Lat, "lon": r.Place.Lon}
		}
		if len(r.Reports) > 0 {
			rec["event_text"] = r.Reports[0].Sentence
			rec["source_url"] = r.Reports[0].URL
		}
		if err := enc.Encode(rec); err != nil {
			return n, err
		}
		n.Rows++
	}
	return n, nil
}
