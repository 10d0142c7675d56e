package eval

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/place"
)

//go:embed testdata/meantime-places.tsv
var meantimePlacesTSV string

// placeRef is a reference location: a country, or coordinates.
type placeRef struct {
	skip     bool
	country  string
	region   string
	lat, lon float64
}

func loadPlaceRefs() (map[string]placeRef, error) {
	out := map[string]placeRef{}
	sc := bufio.NewScanner(strings.NewReader(meantimePlacesTSV))
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return nil, fmt.Errorf("meantime-places.tsv:%d: want 2 fields", ln)
		}
		var r placeRef
		switch {
		case f[1] == "skip":
			r.skip = true
		case strings.HasPrefix(f[1], "country:"):
			r.country = strings.TrimPrefix(f[1], "country:")
		case strings.HasPrefix(f[1], "region:"):
			parts := strings.SplitN(f[1], ":", 3)
			if len(parts) != 3 {
				return nil, fmt.Errorf("meantime-places.tsv:%d: want region:CC:Name", ln)
			}
			r.country, r.region = parts[1], parts[2]
		default:
			ll := strings.Split(f[1], ",")
			if len(ll) != 2 {
				return nil, fmt.Errorf("meantime-places.tsv:%d: want lat,lon", ln)
			}
			var err1, err2 error
			r.lat, err1 = strconv.ParseFloat(ll[0], 64)
			r.lon, err2 = strconv.ParseFloat(ll[1], 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("meantime-places.tsv:%d: bad coordinates", ln)
			}
		}
		out[f[0]] = r
	}
	return out, nil
}

func dbpediaName(uri string) string {
	for _, p := range []string{"http://dbpedia.org/resource/", "http://dbpedia.org/page/"} {
		if strings.HasPrefix(uri, p) {
			return strings.TrimPrefix(uri, p)
		}
	}
	return ""
}

// PlaceScore is the place check's outcome.
type PlaceScore struct {
	Mentions, Resolved, Right int
}

// ScoreMeantimePlaces resolves MEANTIME's linked named place mentions (in
// the annotated region) and checks them against the reference locations: a
// country must resolve to that country, any other place to within 161 km.
func ScoreMeantimePlaces(docs []*MeantimeDoc, ent *entity.Stage, pl *place.Stage) (PlaceScore, []string, error) {
	refs, err := loadPlaceRefs()
	if err != nil {
		return PlaceScore{}, nil, err
	}
	var s PlaceScore
	var notes []string
	for _, d := range docs {
		dd := meantimeDoc(d)
		if err := ent.Process(dd); err != nil {
			return s, nil, err
		}
		if err := pl.Process(dd); err != nil {
			return s, nil, err
		}
		for _, g := range d.Entity {
			if g.Type != "LOC" || g.Sentence >= MeantimeRegion || g.Link == "" || g.Syntax != "NAM" {
				continue
			}
			name := dbpediaName(g.Link)
			ref, ok := refs[name]
			if !ok {
				notes = append(notes, "no reference for "+name)
				continue
			}
			if ref.skip {
				continue
			}
			s.Mentions++
			text := d.Text[g.Start:g.End]
			var got *struct {
				cc       string
				lat, lon float64
				name     string
				admin1   string
			}
			// The place of the first predicted mention inside the gold one
			// (its head: "Seattle" of "Seattle, Washington").
			first := -1
			for _, e := range dd.Entities {
				for _, m := range e.Mentions {
					if m.Start < g.End && g.Start < m.End && (first < 0 || m.Start < first) {
						for _, p := range dd.Places {
							if p.Entity == e.ID {
								first = m.Start
								got = &struct {
									cc       string
									lat, lon float64
									name     string
									admin1   string
								}{p.Country, p.Lat, p.Lon, p.Name, p.Admin1}
							}
						}
					}
				}
			}
			if got == nil {
				notes = append(notes, fmt.Sprintf("unresolved %q (%s)", text, name))
				continue
			}
			s.Resolved++
			right := false
			if ref.region != "" {
				right = got.cc == ref.country && (got.name == ref.region || got.admin1 == ref.region)
			} else if ref.country != "" {
				right = got.cc == ref.country
			} else {
				right = geo.Distance(ref.lat, ref.lon, got.lat, got.lon) <= 161
			}
			if right {
				s.Right++
			} else {
				notes = append(notes, fmt.Sprintf("wrong %q (%s): resolved to %s, %s (%.2f, %.2f)", text, name, got.name, got.cc, got.lat, got.lon))
			}
		}
	}
	return s, notes, nil
}

// MeantimePlacesReport renders the place figures.
func MeantimePlacesReport(dir string, verbose bool) (string, error) {
	docs, err := LoadMeantime(dir)
	if err != nil {
		return "", err
	}
	ent, err := entity.New()
	if err != nil {
		return "", err
	}
	s, notes, err := ScoreMeantimePlaces(docs, ent, place.New(ent.Gaz, ent.Lex))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "MEANTIME places: %d linked place mentions in sentences 0-%d\n", s.Mentions, MeantimeRegion-1)
	fmt.Fprintf(&b, "  within 161 km (or the right country): %.3f (%d); resolved %.3f (%d)\n", ratio(s.Right, s.Mentions), s.Right, ratio(s.Resolved, s.Mentions), s.Resolved)
	if verbose {
		for _, n := range notes {
			fmt.Fprintln(&b, "  "+n)
		}
	}
	return b.String(), nil
}
