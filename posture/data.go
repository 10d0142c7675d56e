package posture

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed data/posture.tsv
var postureTSV []byte

// Status is one posture status of the data file.
type Status struct {
	Name, Kind, Family, Description string
}

// postNoun is a noun that names a post.
type postNoun struct {
	Type string
	// Flag is "any", "diplomatic" or "anaphoric".
	Flag string
}

// trigger is a word that shows a status.
type trigger struct {
	Status   string
	POS      map[string]bool // nil: any
	Args     string          // post, staff, envoy, any
	Requires map[string]bool
	Unless   map[string]bool
}

// Data is the loaded posture data file.
type Data struct {
	Statuses     map[string]Status
	Order        []string // statuses in file order
	posts        map[string]postNoun
	staff        map[string]string // lemma -> envoy|staff
	triggers     map[string][]trigger
	partial      map[string]bool
	full         map[string]bool
	temporary    map[string]bool
	negation     map[string]bool
	hypothetical map[string]bool
	threat       map[string]bool
	until        map[string]bool
	stance       map[string]string
	background   map[string]bool
	levels       []advisoryLevel
	direction    map[string]string // verb lemma -> raised|lowered
}

// advisoryLevel is a phrase that names a travel advisory level; Level 0
// means the number that follows the phrase.
type advisoryLevel struct {
	Words []string
	Level int
}

// Load reads a posture data file; name is used in error messages.
func Load(r io.Reader, name string) (*Data, error) {
	d := &Data{Statuses: map[string]Status{}, posts: map[string]postNoun{}, staff: map[string]string{},
		triggers: map[string][]trigger{}, partial: map[string]bool{}, full: map[string]bool{},
		temporary: map[string]bool{}, negation: map[string]bool{}, hypothetical: map[string]bool{},
		threat: map[string]bool{}, until: map[string]bool{}, stance: map[string]string{}, background: map[string]bool{},
		direction: map[string]string{}}
	type pending struct {
		line   int
		status string
	}
	var uses []pending
	want := map[string]int{"status": 5, "post": 4, "staff": 3, "trigger": 7, "partial": 2, "full": 2,
		"temporary": 2, "negation": 2, "hypothetical": 2, "threat": 2, "until": 2, "stance": 3, "background": 2,
		"level": 3, "direction": 3}
	err := tsv.Each(r, name, 0, func(line int, f []string) error {
		n, ok := want[f[0]]
		if !ok {
			return fmt.Errorf("unknown record type %q", f[0])
		}
		if len(f) != n {
			return fmt.Errorf("%s record: want %d tab-separated fields, got %d", f[0], n, len(f))
		}
		for i, v := range f {
			if strings.TrimSpace(v) == "" || strings.TrimSpace(v) != v {
				return fmt.Errorf("%s record: field %d is empty or has surrounding spaces", f[0], i+1)
			}
		}
		if f[0] != "status" && f[0] != "post" && f[1] != strings.ToLower(f[1]) {
			return fmt.Errorf("%s record: lemma %q is not lower case", f[0], f[1])
		}
		switch f[0] {
		case "status":
			switch f[2] {
			case "status", "threat", "incident":
			default:
				return fmt.Errorf("status %s: kind %q is not status, threat or incident", f[1], f[2])
			}
			if _, dup := d.Statuses[f[1]]; dup {
				return fmt.Errorf("status %s defined twice", f[1])
			}
			d.Statuses[f[1]] = Status{Name: f[1], Kind: f[2], Family: f[3], Description: f[4]}
			d.Order = append(d.Order, f[1])
		case "post":
			switch f[3] {
			case "any", "diplomatic", "anaphoric":
			default:
				return fmt.Errorf("post %s: flag %q is not any, diplomatic or anaphoric", f[1], f[3])
			}
			d.posts[f[1]] = postNoun{Type: f[2], Flag: f[3]}
		case "staff":
			if f[2] != "envoy" && f[2] != "staff" {
				return fmt.Errorf("staff %s: role %q is not envoy or staff", f[1], f[2])
			}
			d.staff[f[1]] = f[2]
		case "trigger":
			t := trigger{Status: f[1], Args: f[4]}
			switch t.Args {
			case "post", "staff", "envoy", "any", "country":
			default:
				return fmt.Errorf("trigger %s: arguments %q are not post, staff, envoy, any or country", f[2], f[4])
			}
			if f[3] != "*" {
				t.POS = set(f[3], ",")
			}
			if f[5] != "-" {
				t.Requires = set(f[5], "|")
			}
			if f[6] != "-" {
				t.Unless = set(f[6], "|")
			}
			d.triggers[f[2]] = append(d.triggers[f[2]], t)
			uses = append(uses, pending{line, f[1]})
		case "partial":
			d.partial[f[1]] = true
		case "full":
			d.full[f[1]] = true
		case "temporary":
			d.temporary[f[1]] = true
		case "negation":
			d.negation[f[1]] = true
		case "hypothetical":
			d.hypothetical[f[1]] = true
		case "threat":
			d.threat[f[1]] = true
		case "until":
			d.until[f[1]] = true
		case "stance":
			d.stance[f[1]] = f[2]
		case "background":
			d.background[f[1]] = true
		case "level":
			l := advisoryLevel{Words: strings.Fields(f[1])}
			if f[2] != "#" {
				n, err := strconv.Atoi(f[2])
				if err != nil || n < 1 || n > 9 {
					return fmt.Errorf("level %q: level %q is not 1-9 or #", f[1], f[2])
				}
				l.Level = n
			}
			d.levels = append(d.levels, l)
		case "direction":
			if f[2] != "raised" && f[2] != "lowered" {
				return fmt.Errorf("direction %s: %q is not raised or lowered", f[1], f[2])
			}
			d.direction[f[1]] = f[2]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, u := range uses {
		if _, ok := d.Statuses[u.status]; !ok {
			return nil, fmt.Errorf("%s:%d: trigger of unknown status %q", name, u.line, u.status)
		}
	}
	for _, s := range []string{"withdrawn", "reduced_staffing", "staff_expelled", "ambassador_expelled", "closed", "threatened_closure"} {
		if _, ok := d.Statuses[s]; !ok {
			return nil, fmt.Errorf("%s: status %q, which the stage's rules use, is missing", name, s)
		}
	}
	return d, nil
}

func set(s, sep string) map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Split(s, sep) {
		m[v] = true
	}
	return m
}

// DefaultData loads the built-in data file.
func DefaultData() (*Data, error) {
	return Load(bytes.NewReader(postureTSV), "posture/data/posture.tsv")
}

// mayShow reports whether a sentence holds a word the stage reads: a post
// or staff noun, or a trigger (by its lemma, or a verb by its stem); a
// sentence without one is skipped unparsed.
func (d *Data) mayShow(toks []doc.Token) bool {
	var buf [48]byte
	for i := range toks {
		t := &toks[i]
		l := t.Lemma
		if len(l) <= len(buf) {
			b := buf[:0]
			for k := 0; k < len(l); k++ {
				c := l[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b = append(b, c)
			}
			// Indexing with string(b) does not copy b.
			if _, ok := d.posts[string(b)]; ok {
				return true
			}
			if _, ok := d.staff[string(b)]; ok {
				return true
			}
			if _, ok := d.triggers[string(b)]; ok {
				return true
			}
		} else if d.wordShows(strings.ToLower(l)) {
			return true
		}
		if t.UPOS == "VERB" {
			if _, ok := d.triggerStem(strings.ToLower(t.Form)); ok {
				return true
			}
		}
	}
	return false
}

func (d *Data) wordShows(l string) bool {
	_, post := d.posts[l]
	_, staff := d.staff[l]
	_, trig := d.triggers[l]
	return post || staff || trig
}
