package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/timex"
)

// SpecCase is one expected date, month or range of the Recognizers-Text
// English date specs, with its sentence and reference date.
type SpecCase struct {
	File   string
	Input  string
	Ref    time.Time
	Text   string
	Start  int // byte offset of Text in Input, -1 when unknown
	Timex  string
	Expect [][2]string // accepted readings, each [start, end) or [date, ""]
}

type specFile struct {
	Input   string `json:"Input"`
	Context struct {
		Ref string `json:"ReferenceDateTime"`
	} `json:"Context"`
	Results []json.RawMessage `json:"Results"`
}

type parserResult struct {
	Text  string `json:"Text"`
	Type  string `json:"Type"`
	Start int    `json:"Start"`
	Value struct {
		Timex  string            `json:"Timex"`
		Future map[string]string `json:"FutureResolution"`
		Past   map[string]string `json:"PastResolution"`
	} `json:"Value"`
}

type modelResult struct {
	Text       string `json:"Text"`
	Start      int    `json:"Start"`
	TypeName   string `json:"TypeName"`
	Resolution struct {
		Values []map[string]string `json:"values"`
	} `json:"Resolution"`
}

// SpecFiles are the files the harness reads.
var SpecFiles = []string{"DateParser.json", "DatePeriodParser.json", "HolidayParser.json", "DateTimeModel.json"}

// LoadDatetimeSpecs reads the cases whose expected value is a calendar
// date, a month or a range of dates, with a reference date.
func LoadDatetimeSpecs(dir string) ([]SpecCase, error) {
	var out []SpecCase
	for _, name := range SpecFiles {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("datetime specs: %w", err)
		}
		raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
		var cases []specFile
		if err := json.Unmarshal(raw, &cases); err != nil {
			return nil, fmt.Errorf("datetime specs: %s: %w", name, err)
		}
		for _, c := range cases {
			ref, err := time.Parse("2006-01-02T15:04:05", c.Context.Ref)
			if err != nil {
				continue // no reference date
			}
			for _, r := range c.Results {
				if sc, ok := specCase(name, c.Input, ref, r); ok {
					out = append(out, sc)
				}
			}
		}
	}
	return out, nil
}

func specCase(file, input string, ref time.Time, raw json.RawMessage) (SpecCase, bool) {
	sc := SpecCase{File: file, Input: input, Ref: ref, Start: -1}
	var pr parserResult
	if err := json.Unmarshal(raw, &pr); err == nil && pr.Value.Timex != "" {
		if pr.Type != "date" && pr.Type != "daterange" {
			return sc, false
		}
		sc.Text, sc.Timex = pr.Text, pr.Value.Timex
		sc.Start = byteOffset(input, pr.Start)
		for _, res := range []map[string]string{pr.Value.Past, pr.Value.Future} {
			if e, ok := reading(res["date"], res["startDate"], res["endDate"]); ok {
				sc.Expect = append(sc.Expect, e)
			}
		}
		return sc, len(sc.Expect) > 0
	}
	var mr modelResult
	if err := json.Unmarshal(raw, &mr); err != nil {
		return sc, false
	}
	if mr.TypeName != "datetimeV2.date" && mr.TypeName != "datetimeV2.daterange" {
		return sc, false
	}
	sc.Text = mr.Text
	sc.Start = byteOffset(input, mr.Start)
	for _, v := range mr.Resolution.Values {
		if sc.Timex == "" {
			sc.Timex = v["timex"]
		}
		if v["Mod"] != "" || v["sourceEntity"] != "" {
			return sc, false // open-ended ranges ("before May") are not calendar ranges
		}
		if e, ok := reading(v["value"], v["start"], v["end"]); ok {
			sc.Expect = append(sc.Expect, e)
		}
	}
	return sc, len(sc.Expect) > 0
}

func reading(date, start, end string) ([2]string, bool) {
	valid := func(s string) bool { _, err := time.Parse("2006-01-02", s); return err == nil }
	switch {
	case valid(date):
		return [2]string{date, ""}, true
	case valid(start) && valid(end):
		return [2]string{start, end}, true
	}
	return [2]string{}, false
}

// byteOffset converts a character offset to a byte offset.
func byteOffset(s string, chars int) int {
	n := 0
	for i := range s {
		if n == chars {
			return i
		}
		n++
	}
	if n == chars {
		return len(s)
	}
	return -1
}

// resolveSpec gives the readings of dragoman's expression overlapping the
// expected text: the date, or the range as [start, end). A range with
// from and to reads two ways, because the specs write an explicit "X to Y"
// as [start of X, start of Y) ("from 4 to 22 this month" is [4th, 22nd),
// "2014 to 2018" is [2014-01-01, 2018-01-01)) but an anchored stretch with
// its true end ("the next 3 days" read on the 7th is [8th, 11th)), while
// dragoman keeps both ends of a range as inclusive values.
func resolveSpec(tg *TimeTagger, sc SpecCase) (got [][2]string, found bool) {
	exprs := tg.Tag(sc.Input, []doc.Span{{Start: 0, End: len(sc.Input)}}, sc.Ref, true)
	start, end := sc.Start, sc.Start+len(sc.Text)
	if sc.Start < 0 {
		i := strings.Index(strings.ToLower(sc.Input), strings.ToLower(sc.Text))
		if i < 0 {
			return nil, false
		}
		start, end = i, i+len(sc.Text)
	}
	var hit []timex.Expression
	for _, e := range exprs {
		if e.Start < end && start < e.End {
			hit = append(hit, e)
		}
	}
	if len(hit) == 0 {
		return nil, false
	}
	wantRange := false
	for _, e := range sc.Expect {
		wantRange = wantRange || e[1] != ""
	}
	span := func(from, to string) ([][2]string, bool) {
		a, _, ok1 := timex.Interval(from)
		b, c, ok2 := timex.Interval(to)
		if !ok1 || !ok2 {
			return nil, false
		}
		return [][2]string{{a, b}, {a, c}}, true
	}
	if len(hit) >= 2 && wantRange && hit[0].Value != "" && hit[len(hit)-1].Value != "" {
		// Two dates inside one expected range: "Oct. 2 to October 22".
		if r, ok := span(hit[0].Value, hit[len(hit)-1].Value); ok {
			return r, true
		}
	}
	e := hit[0]
	if e.From != "" && e.To != "" {
		if r, ok := span(e.From, e.To); ok {
			return r, true
		}
	}
	a, b, ok := timex.ModInterval(e.Value, e.Mod)
	if !ok {
		return [][2]string{{}}, true
	}
	if len(e.Value) == 10 {
		return [][2]string{{a, ""}}, true
	}
	return [][2]string{{a, b}}, true
}

// SpecScore counts the cases resolved as expected.
type SpecScore struct {
	Cases, Found, Right int
}

// ScoreDatetimeSpecs resolves every case; a case is right when dragoman's
// reading is one the spec accepts (its past or its future reading).
func ScoreDatetimeSpecs(cases []SpecCase, tg *TimeTagger) (SpecScore, []string) {
	var s SpecScore
	var wrong []string
	for _, c := range cases {
		s.Cases++
		got, found := resolveSpec(tg, c)
		if found {
			s.Found++
		}
		ok := false
		for _, e := range c.Expect {
			for _, g := range got {
				// The specs write an impossible date ("Feb 30") as
				// 0001-01-01: right when found and left unresolved.
				if g == e || e == [2]string{"0001-01-01", ""} && g == [2]string{} {
					ok = true
				}
			}
		}
		if ok {
			s.Right++
		} else {
			wrong = append(wrong, fmt.Sprintf("%s ref %s %q: %q want %v got %v", c.File, c.Ref.Format("2006-01-02"), c.Input, c.Text, c.Expect, got))
		}
	}
	return s, wrong
}

// DatetimeSpecsReport renders the datetime-spec figures.
func DatetimeSpecsReport(dir string, verbose bool) (string, error) {
	cases, err := LoadDatetimeSpecs(dir)
	if err != nil {
		return "", err
	}
	tg, err := NewTimeTagger()
	if err != nil {
		return "", err
	}
	s, wrong := ScoreDatetimeSpecs(cases, tg)
	var b strings.Builder
	fmt.Fprintf(&b, "Recognizers-Text English date specs: %d cases with a calendar date, month or range and a reference date\n", s.Cases)
	fmt.Fprintf(&b, "  resolved as expected %.3f (%d), found %.3f (%d)\n", ratio(s.Right, s.Cases), s.Right, ratio(s.Found, s.Cases), s.Found)
	if verbose {
		for _, w := range wrong {
			fmt.Fprintln(&b, "  "+w)
		}
	}
	return b.String(), nil
}
