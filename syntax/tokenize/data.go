package tokenize

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"

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
