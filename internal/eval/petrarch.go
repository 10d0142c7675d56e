package eval

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/segment"
)

// PetrEvent is one expected event of a PETRARCH validation record.
type PetrEvent struct {
	Code, Source, Target string
}

// PetrRecord is one validation sentence with its expected events.
type PetrRecord struct {
	ID, Date string // date YYYYMMDD
	Text     string
	Events   []PetrEvent
	NoEvents bool
	// Category is the record's category attribute ("DEMO", "AGENT"), and
	// Error its expected error ("sentencediscard"), when it has them.
	Category, Error string
}

var (
	reSentence = regexp.MustCompile(`<Sentence [^>]*?id\s*=\s*"([^"]*)"[^>]*>`)
	reDate     = regexp.MustCompile(`date\s*=\s*"(\d{8})"`)
	reCoding   = regexp.MustCompile(`<EventCoding\s+([^>]*?)/?>`)
	reAttr     = regexp.MustCompile(`(\w+)\s*=\s*"([^"]*)"`)
	reCategory = regexp.MustCompile(`category\s*=\s*"([^"]*)"`)
	reText     = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

// LoadPetrarch reads a PETRARCH validation file (XML records of sentences
// with their expected event codings).
func LoadPetrarch(path string) ([]PetrRecord, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("PETRARCH records: %w", err)
	}
	s := string(raw)
	locs := reSentence.FindAllStringSubmatchIndex(s, -1)
	var out []PetrRecord
	for i, l := range locs {
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		block := s[l[0]:end]
		r := PetrRecord{ID: s[l[2]:l[3]]}
		if m := reDate.FindStringSubmatch(s[l[0]:l[1]]); m != nil {
			r.Date = m[1]
		}
		if m := reCategory.FindStringSubmatch(s[l[0]:l[1]]); m != nil {
			r.Category = m[1]
		}
		if m := reText.FindStringSubmatch(block); m != nil {
			r.Text = strings.Join(strings.Fields(m[1]), " ")
		}
		for _, c := range reCoding.FindAllStringSubmatch(block, -1) {
			attrs := map[string]string{}
			for _, a := range reAttr.FindAllStringSubmatch(c[1], -1) {
				attrs[a[1]] = a[2]
			}
			if strings.EqualFold(attrs["noevents"], "true") {
				r.NoEvents = true
				continue
			}
			if attrs["error"] != "" {
				r.Error = attrs["error"]
				continue
			}
			if attrs["eventcode"] != "" {
				r.Events = append(r.Events, PetrEvent{attrs["eventcode"], attrs["sourcecode"], attrs["targetcode"]})
			}
		}
		if r.Text != "" {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("PETRARCH records: none in %s", path)
	}
	return out, nil
}

// isoDate turns YYYYMMDD into YYYY-MM-DD.
func isoDate(d string) string {
	if len(d) != 8 {
		return ""
	}
	return d[:4] + "-" + d[4:6] + "-" + d[6:]
}

// sentenceDoc is a document holding one sentence as its body.
func sentenceDoc(text, date string) *doc.Document {
	d := doc.New("sentence", text)
	d.Body = []doc.Span{{Start: 0, End: len(text)}}
	if date != "" {
		d.Published = doc.Published{Value: &date, Source: doc.PublishedGiven}
	}
	segment.Stage{}.Process(d)
	return d
}

// ActorCoverage counts the expected source and target codes whose country
// part is carried by an actor code dragoman gives in the sentence.
type ActorCoverage struct {
	Codes, Matched int
}

// ScorePetrarchActors checks, for each expected event, that the sentence's
// entities carry codes whose country part (first three letters) matches
// the expected source's and target's. Expected codes without a country
// ("---REB") are left out.
func ScorePetrarchActors(recs []PetrRecord, st *entity.Stage) (ActorCoverage, []string) {
	var s ActorCoverage
	var misses []string
	for _, r := range recs {
		if len(r.Events) == 0 {
			continue
		}
		d := sentenceDoc(r.Text, isoDate(r.Date))
		if err := st.Process(d); err != nil {
			continue
		}
		have := map[string]bool{}
		for _, e := range d.Entities {
			if e.Actor != nil && len(*e.Actor) >= 3 {
				have[(*e.Actor)[:3]] = true
			}
		}
		for _, ev := range r.Events {
			for _, code := range []string{ev.Source, ev.Target} {
				if len(code) < 3 || strings.HasPrefix(code, "---") {
					continue // no country part to match
				}
				s.Codes++
				if have[code[:3]] {
					s.Matched++
				} else {
					misses = append(misses, fmt.Sprintf("%s: %s not among %v in %q", r.ID, code, keys(have), firstN(r.Text, 120)))
				}
			}
		}
	}
	return s, misses
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// PetrarchActorsReport renders the actor figures.
func PetrarchActorsReport(path string, verbose bool) (string, error) {
	recs, err := LoadPetrarch(path)
	if err != nil {
		return "", err
	}
	st, err := entity.New()
	if err != nil {
		return "", err
	}
	s, misses := ScorePetrarchActors(recs, st)
	var b strings.Builder
	fmt.Fprintf(&b, "PETRARCH-2 validation actors: %d records, %d expected source and target codes\n", len(recs), s.Codes)
	fmt.Fprintf(&b, "  country part carried by a dragoman actor in the sentence: %.3f (%d)\n", ratio(s.Matched, s.Codes), s.Matched)
	if verbose {
		for _, m := range misses {
			fmt.Fprintln(&b, "  "+m)
		}
	}
	return b.String(), nil
}
