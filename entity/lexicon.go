package entity

import (
	"embed"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Known is a named actor from orgs.tsv.
type Known struct {
	Name         string // canonical
	Type         string
	Actor        string // "" when none
	Place        string // gazetteer name of the place it stands for, or ""
	PlaceCountry string
}

// Leader is one office held by a person (leaders.tsv).
type Leader struct {
	Name        string
	Actor       string
	From, To    string // YYYY-MM-DD or ""
	OutOfOffice string // "" for none
}

// Lexicon holds the entity stage's dictionaries.
type Lexicon struct {
	Known     map[string]*Known   // folded name -> entry
	Countries map[string]string   // alias -> ISO alpha-2
	Demonyms  map[string]string   // demonym the gazetteer lacks -> ISO alpha-2
	Agents    map[string]string   // role word -> agent code
	Titles    map[string]string   // title -> agent code ("" for none)
	Leaders   map[string][]Leader // folded name -> offices
	Stop      map[string]bool
	// Common are common English words (lower case); Given are given names.
	Common map[string]bool
	Given  map[string]bool
	// Sex is 'm' or 'f' for the given names only one of the source
	// lists has (data/given-names-sex.tsv)
	Sex           map[string]byte
	NoName        map[string]bool
	maxKnownWords int
	maxTitleWords int
}

var (
	reActor   = regexp.MustCompile(`^[A-Z]{3}(?:[A-Z]{3}){0,3}$`)
	reAgent   = regexp.MustCompile(`^[A-Z]{3}$`)
	reCountry = regexp.MustCompile(`^[A-Z]{2}$`)
	entTypes  = map[string]bool{"PERSON": true, "ORG": true, "GPE": true, "LOC": true, "FAC": true, "NORP": true, "EVENT": true}
)

// fold is the key a name is looked up by: lower case, curly apostrophes
// straight, words separated by single spaces. An ASCII name is folded in
// one pass, without copying when it is folded already.
func fold(s string) string {
	folded, prevSpace := true, true // a leading space needs folding
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldText(s)
		}
		space := asciiSpace(c)
		if 'A' <= c && c <= 'Z' || space && (c != ' ' || prevSpace) {
			folded = false
		}
		prevSpace = space
	}
	if folded && !(prevSpace && s != "") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for ; i < len(s) && !asciiSpace(s[i]); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// foldText is fold for any text.
func foldText(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// LoadLexicon reads the dictionaries from a file system holding
// data/orgs.tsv, data/countries.tsv, data/demonyms.tsv, data/agents.tsv, data/titles.tsv,
// data/leaders.tsv, data/given-names-sex.tsv and the word lists.
func LoadLexicon(open func(name string) (io.ReadCloser, error)) (*Lexicon, error) {
	lx := &Lexicon{Known: map[string]*Known{}, Countries: map[string]string{}, Demonyms: map[string]string{}, Agents: map[string]string{},
		Titles: map[string]string{}, Leaders: map[string][]Leader{}, Stop: map[string]bool{},
		Common: make(map[string]bool, 40000), Given: make(map[string]bool, 9000), Sex: make(map[string]byte, 8000), NoName: map[string]bool{}}
	read := func(name string, fields int, fn func(ln int, f []string) error) error {
		rc, err := open(name)
		if err != nil {
			return err
		}
		defer rc.Close()
		return tsv.Each(rc, name, fields, fn)
	}
	err := read("data/orgs.tsv", 5, func(ln int, f []string) error {
		names := strings.Split(f[0], "|")
		if !entTypes[f[1]] {
			return fmt.Errorf("unknown type %q", f[1])
		}
		k := &Known{Name: names[0], Type: f[1]}
		if f[2] != "-" {
			if !reActor.MatchString(f[2]) {
				return fmt.Errorf("actor code %q is not CAMEO-shaped (groups of three capitals)", f[2])
			}
			k.Actor = f[2]
		}
		if f[3] != "-" {
			at := strings.LastIndexByte(f[3], '@')
			if at <= 0 || !reCountry.MatchString(f[3][at+1:]) {
				return fmt.Errorf("place %q: want Name@CC", f[3])
			}
			k.Place, k.PlaceCountry = f[3][:at], f[3][at+1:]
		}
		for _, n := range names {
			if n == "" {
				return fmt.Errorf("empty name")
			}
			key := fold(n)
			if prev, dup := lx.Known[key]; dup && prev != k {
				return fmt.Errorf("name %q already names %q", n, prev.Name)
			}
			lx.Known[key] = k
			if w := len(strings.Fields(n)); w > lx.maxKnownWords {
				lx.maxKnownWords = w
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("data/countries.tsv", 2, func(ln int, f []string) error {
		if f[0] == "" || !reCountry.MatchString(f[1]) {
			return fmt.Errorf("want an alias and an ISO alpha-2 code")
		}
		lx.Countries[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("data/demonyms.tsv", 2, func(ln int, f []string) error {
		if f[0] == "" || !unicode.IsUpper([]rune(f[0])[0]) || !reCountry.MatchString(f[1]) {
			return fmt.Errorf("want a capitalised demonym and an ISO alpha-2 code")
		}
		if _, dup := lx.Demonyms[f[0]]; dup {
			return fmt.Errorf("demonym %q listed twice", f[0])
		}
		lx.Demonyms[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("data/agents.tsv", 2, func(ln int, f []string) error {
		if f[0] != strings.ToLower(f[0]) || f[0] == "" {
			return fmt.Errorf("role word %q must be lower case", f[0])
		}
		if !reAgent.MatchString(f[1]) {
			return fmt.Errorf("agent code %q is not three capitals", f[1])
		}
		if _, dup := lx.Agents[f[0]]; dup {
			return fmt.Errorf("role word %q listed twice", f[0])
		}
		lx.Agents[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("data/titles.tsv", 2, func(ln int, f []string) error {
		if f[0] == "" {
			return fmt.Errorf("empty title")
		}
		code := f[1]
		if code == "-" {
			code = ""
		} else if !reAgent.MatchString(code) {
			return fmt.Errorf("agent code %q is not three capitals", code)
		}
		lx.Titles[f[0]] = code
		if w := len(strings.Fields(f[0])); w > lx.maxTitleWords {
			lx.maxTitleWords = w
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("data/leaders.tsv", 5, func(ln int, f []string) error {
		names := strings.Split(f[0], "|")
		l := Leader{Name: names[0], Actor: f[1]}
		if !reActor.MatchString(l.Actor) {
			return fmt.Errorf("actor code %q is not CAMEO-shaped", l.Actor)
		}
		for i, d := range []string{f[2], f[3]} {
			if d == "-" {
				continue
			}
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return fmt.Errorf("date %q is not YYYY-MM-DD", d)
			}
			if i == 0 {
				l.From = d
			} else {
				l.To = d
			}
		}
		if l.From != "" && l.To != "" && l.To < l.From {
			return fmt.Errorf("office ends (%s) before it starts (%s)", l.To, l.From)
		}
		if f[4] != "-" {
			if !reActor.MatchString(f[4]) {
				return fmt.Errorf("out-of-office code %q is not CAMEO-shaped", f[4])
			}
			l.OutOfOffice = f[4]
		}
		for _, n := range names {
			lx.Leaders[fold(n)] = append(lx.Leaders[fold(n)], l)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = read("data/given-names-sex.tsv", 2, func(ln int, f []string) error {
		if f[0] == "" || strings.ContainsAny(f[0], " \t") || !unicode.IsUpper([]rune(f[0])[0]) {
			return fmt.Errorf("name %q must be one capitalised word", f[0])
		}
		if f[1] != "m" && f[1] != "f" {
			return fmt.Errorf("sex %q: want m or f", f[1])
		}
		lx.Sex[f[0]] = f[1][0]
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, l := range []struct {
		file  string
		set   map[string]bool
		lower bool
	}{{"data/stopwords.txt", lx.Stop, true}, {"data/common-words.txt", lx.Common, true},
		{"data/given-names.txt", lx.Given, false}, {"data/given-names-world.txt", lx.Given, false},
		{"data/nonames.txt", lx.NoName, false}} {
		err = read(l.file, 1, func(ln int, f []string) error {
			w := f[0]
			if w == "" || strings.ContainsAny(w, " \t") {
				return fmt.Errorf("want one word, got %q", w)
			}
			if l.lower && w != strings.ToLower(w) {
				return fmt.Errorf("word %q must be lower case", w)
			}
			if !l.lower && !unicode.IsUpper([]rune(w)[0]) {
				return fmt.Errorf("name %q must be capitalised", w)
			}
			l.set[w] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// LeaderCode returns the actor code of a known person on a date
// (YYYY-MM-DD, or "" for unknown: the latest office then counts only if
// it is open).
func (lx *Lexicon) LeaderCode(name, date string) (string, bool) {
	offices, ok := lx.Leaders[fold(name)]
	if !ok {
		return "", false
	}
	out := ""
	for _, l := range offices {
		if date != "" && (l.From == "" || l.From <= date) && (l.To == "" || date < l.To) {
			return l.Actor, true
		}
		if date == "" && l.To == "" {
			return l.Actor, true
		}
		if out == "" {
			out = l.OutOfOffice
		}
	}
	return out, out != ""
}

// InOffice reports whether a known person held an office on the date.
func (lx *Lexicon) InOffice(name, date string) bool {
	for _, l := range lx.Leaders[fold(name)] {
		if date != "" && (l.From == "" || l.From <= date) && (l.To == "" || date < l.To) || date == "" && l.To == "" {
			return true
		}
	}
	return false
}

func defaultOpen(name string) (io.ReadCloser, error) { return dataFS.Open(name) }

// DataDigest is a short digest of the built-in dictionaries (data/*.tsv,
// data/*.txt).
func DataDigest() string { return digest.FS(dataFS) }
