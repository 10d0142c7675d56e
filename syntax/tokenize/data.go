package tokenize

import (
	_ "embed"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed data/tokens.tsv
var tokensTSV string

// DataFile names the embedded data file in messages.
const DataFile = "syntax/tokenize/data/tokens.tsv"

// Data is the tokenizer's word data (see data/tokens.tsv for the format).
type Data struct {
	// Abbreviations keep their final period inside a sentence: lower
	// case, without the final period ("gen", "u.s").
	Abbreviations map[string]bool
	// Prefixes stay one token with the word hyphenated to them ("non").
	Prefixes map[string]bool
	// Splits are words written without an apostrophe that split into
	// syntactic words: lower-case word -> parts ("gonna" -> gon, na).
	Splits map[string][]string
	// Emoticons are kept whole.
	Emoticons map[string]bool

	// Filters that spare most words a map lookup, set by Load (a Data
	// built otherwise has indexed false and every word is looked up).
	indexed   bool
	emoFirst  [256]bool // first bytes of the emoticons
	splitLens uint64    // bit n set: a split word of n bytes (n < 64)
}

// index sets the lookup filters from the maps.
func (d *Data) index() {
	for e := range d.Emoticons {
		d.emoFirst[e[0]] = true
	}
	for w := range d.Splits {
		if len(w) >= 64 {
			return // no filter can say no: look every word up
		}
		d.splitLens |= 1 << len(w)
	}
	d.indexed = true
}

// mayBeEmoticon reports whether s may be a listed emoticon.
func (d *Data) mayBeEmoticon(s string) bool {
	return !d.indexed || s != "" && d.emoFirst[s[0]]
}

// maySplit reports whether the word w may be a listed split word (a word
// with other than ASCII letters may lower-case to another length).
func (d *Data) maySplit(w string) bool {
	if !d.indexed || len(w) >= 64 || d.splitLens&(1<<len(w)) != 0 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Load reads a data file; name is used in error messages.
func Load(r io.Reader, name string) (*Data, error) {
	d := &Data{Abbreviations: map[string]bool{}, Prefixes: map[string]bool{}, Splits: map[string][]string{}, Emoticons: map[string]bool{}}
	err := tsv.Each(r, name, 0, func(_ int, f []string) error {
		kind := f[0]
		want := 2
		if kind == "split" {
			want = 3
		}
		if len(f) != want {
			return fmt.Errorf("kind %q wants %d tab-separated fields, got %d", kind, want, len(f))
		}
		v := f[1]
		if v == "" || strings.TrimSpace(v) != v || strings.ContainsAny(v, " \t") {
			return fmt.Errorf("value %q must be one non-empty word", v)
		}
		lower := func() error {
			if v != strings.ToLower(v) {
				return fmt.Errorf("%s %q must be lower case", kind, v)
			}
			return nil
		}
		switch kind {
		case "abbreviation":
			if err := lower(); err != nil {
				return err
			}
			if strings.HasSuffix(v, ".") || strings.HasPrefix(v, ".") || strings.Contains(v, "..") {
				return fmt.Errorf("abbreviation %q: write it without its final period (\"u.s\" for U.S.)", v)
			}
			for _, r := range v {
				if r != '.' && !unicode.IsLetter(r) {
					return fmt.Errorf("abbreviation %q: letters and inner periods only", v)
				}
			}
			d.Abbreviations[v] = true
		case "prefix":
			if err := lower(); err != nil {
				return err
			}
			for _, r := range v {
				if !unicode.IsLetter(r) {
					return fmt.Errorf("prefix %q: letters only, without the hyphen", v)
				}
			}
			d.Prefixes[v] = true
		case "split":
			if err := lower(); err != nil {
				return err
			}
			parts := strings.Fields(f[2])
			if len(parts) < 2 || strings.Join(parts, "") != v {
				return fmt.Errorf("split %q: parts %q must be two or more words that spell it", v, f[2])
			}
			d.Splits[v] = parts
		case "emoticon":
			for _, r := range v {
				if unicode.IsSpace(r) {
					return fmt.Errorf("emoticon %q has a space", v)
				}
			}
			d.Emoticons[v] = true
		default:
			return fmt.Errorf("kind %q is not abbreviation, prefix, split or emoticon", kind)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(d.Abbreviations) == 0 || len(d.Prefixes) == 0 {
		return nil, fmt.Errorf("%s: no abbreviations or no prefixes", name)
	}
	d.index()
	return d, nil
}

var (
	defaultOnce sync.Once
	defaultData *Data
	defaultErr  error
)

// Default returns the embedded data, loaded and validated once.
func Default() (*Data, error) {
	defaultOnce.Do(func() {
		defaultData, defaultErr = Load(strings.NewReader(tokensTSV), DataFile)
	})
	return defaultData, defaultErr
}

func mustDefault() *Data {
	d, err := Default()
	if err != nil {
		panic(err) // the embedded file is checked by the package's tests
	}
	return d
}

// IsAbbreviation reports whether w (without its final period, any case)
// is a listed abbreviation.
func IsAbbreviation(w string) bool {
	return mustDefault().Abbreviations[strings.ToLower(w)]
}

// DataDigest is a short digest of the built-in token lists
// (data/tokens.tsv).
func DataDigest() string { return digest.Strings(tokensTSV) }
