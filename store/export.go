package store

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
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

// sqlDate turns 2020-12-02 (or 2020-12, 2020) into 20201202 (first day of
// a month or year when the date is coarser).
func sqlDate(d string) string {
	d = strings.ReplaceAll(d, "-", "")
	switch len(d) {
	case 8:
		return d
	case 6:
		return d + "01"
	case 4:
		return d + "0101"
	}
	return ""
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

// ExportGDELT writes the events as GDELT 2.0 event rows (61 tab-separated
// columns, no header) and, when mentions is not nil, their mentions.
func (db *DB) ExportGDELT(f Filter, events, mentions io.Writer) error {
	evs, err := db.Events(f)
	if err != nil {
		return err
	}
	for _, e := range evs {
		sd := sqlDate(e.Date)
		if sd == "" {
			sd = e.DateAdded[:8]
		}
		y, _ := strconv.Atoi(sd[:4])
		m, _ := strconv.Atoi(sd[4:6])
		day, _ := strconv.Atoi(sd[6:8])
		frac := float64(y) + (float64(m-1)*30.4+float64(day))/365.0
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
		if e.Lat.Valid {
			// ActionGeo: type 4 (world city) unless the place is a country;
			// GDELT's geo country codes are FIPS, which dragoman does not keep.
			row[51] = "4"
			row[52] = e.Place
			row[56] = strconv.FormatFloat(e.Lat.Float64, 'f', 4, 64)
			row[57] = strconv.FormatFloat(e.Lon.Float64, 'f', 4, 64)
		}
		row[59] = e.DateAdded
		row[60] = e.FirstURL
		if _, err := io.WriteString(events, strings.Join(clean(row), "\t")+"\n"); err != nil {
			return err
		}
	}
	if mentions == nil {
		return nil
	}
	var ids []int64
	dates := map[int64]string{}
	for _, e := range evs {
		ids = append(ids, e.ID)
		dates[e.ID] = sqlDate(e.Date)
	}
	for start := 0; start < len(ids); start += 500 {
		ms, err := db.Mentions(ids[start:min(len(ids), start+500)])
		if err != nil {
			return err
		}
		for _, m := range ms {
			row := make([]string, len(GDELTMentionColumns))
			row[0] = strconv.FormatInt(m.EventID, 10)
			row[1] = dates[m.EventID] + "000000"
			row[2] = sqlDate(m.Published) + "000000"
			row[3] = "1"
			row[4] = m.Outlet
			row[5] = m.URL
			if row[5] == "" {
				row[5] = m.Path
			}
			row[9] = strconv.Itoa(m.TriggerStart)
			row[10] = "1"
			row[11] = strconv.Itoa(int(m.Confidence * 100))
			if _, err := io.WriteString(mentions, strings.Join(clean(row), "\t")+"\n"); err != nil {
				return err
			}
		}
	}
	return nil
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
	evs, err := db.Events(f)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	byEvent := map[int64][]RecordMention{}
	for start := 0; start < len(ids); start += 500 {
		ms, err := db.Mentions(ids[start:min(len(ids), start+500)])
		if err != nil {
			return nil, err
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
		out = append(out, r)
	}
	return out, nil
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

// CSVHeader is the header of the CSV export.
var CSVHeader = []string{"id", "date", "code", "root", "label", "quad_class", "goldstein", "source_actor", "source_name",
	"target_actor", "target_name", "place", "country", "lat", "lon", "num_mentions", "num_articles", "num_outlets", "first_report"}

// ExportCSV writes events as CSV with a header.
func (db *DB) ExportCSV(f Filter, w io.Writer) error {
	evs, err := db.Events(f)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range evs {
		lat, lon := "", ""
		if e.Lat.Valid {
			lat, lon = strconv.FormatFloat(e.Lat.Float64, 'f', 4, 64), strconv.FormatFloat(e.Lon.Float64, 'f', 4, 64)
		}
		if err := cw.Write([]string{strconv.FormatInt(e.ID, 10), e.Date, e.Code, e.Root, e.Label, strconv.Itoa(e.Quad),
			strconv.FormatFloat(e.Goldstein, 'f', 1, 64), e.SrcActor, e.SrcName, e.TgtActor, e.TgtName, e.Place, e.Country,
			lat, lon, strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles), strconv.Itoa(e.Outlets), e.FirstURL}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// ExportPLOVER writes PLOVER-style JSON records, one per line, for events
// whose CAMEO code has a PLOVER type.
func (db *DB) ExportPLOVER(f Filter, w io.Writer) error {
	recs, err := db.Records(f)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if r.Plover == "" {
			continue
		}
		rec := map[string]any{
			"id":          fmt.Sprintf("dragoman-%d", r.ID),
			"event_date":  r.Date,
			"event_type":  r.Plover,
			"cameo_code":  r.Code,
			"num_reports": r.Mentions,
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
			return err
		}
	}
	return nil
}
