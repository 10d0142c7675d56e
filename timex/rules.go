package timex

import (
	_ "embed"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dragoman/dragoman/internal/tsv"
	"github.com/dragoman/dragoman/words"
)

//go:embed rules/lexicon.tsv
var lexiconTSV string

//go:embed rules/patterns.tsv
var patternsTSV string

// entry is one lexicon phrase.
type entry struct {
	class byte // class letter
	value string
	words int
}

// classLetters maps lexicon class names to pattern letters.
var classLetters = map[string]byte{
	"month": 'M', "weekday": 'W', "number": 'N', "vague": 'V', "ordinal": 'O',
	"unit": 'U', "rel": 'R', "part": 'P', "shift": 'A', "deictic": 'X',
	"ref": 'K', "daypart": 'G', "set": 'E', "every": 'Q', "season": 'S',
	"holiday": 'H', "tz": 'Z', "between": 'B', "and": 'J', "the": 'T', "of": 'F',
	"adj": 'a', "for": 'f', "day": 'D', "decade": 'y', "in": 'i',
}

// The value shapes of the lexicon classes checked by pattern.
var (
	reSetValue     = regexp.MustCompile(`^P\d+[DWMY]$`)
	reHolidayValue = regexp.MustCompile(`^(\d{4}-)?\d{2}-\d{2}$`)
	reTZValue      = regexp.MustCompile(`^[+-]\d{2}$`)
	reDecadeValue  = regexp.MustCompile(`^\d{3}$`)
)

// validValue checks a lexicon value for its class.
func validValue(class, v string) bool {
	num := func(lo, hi int) bool { n, err := strconv.Atoi(v); return err == nil && n >= lo && n <= hi }
	switch class {
	case "month":
		return num(1, 12)
	case "weekday":
		return num(1, 7)
	case "number":
		return num(0, 1000)
	case "vague":
		return v == "X" || len(v) == 2 && v[0] == 'X' && v[1] >= '2' && v[1] <= '9'
	case "ordinal":
		return num(-1, 12) && v != "0"
	case "unit":
		return unitCodes[v] != ""
	case "rel":
		return v == "-1" || v == "0" || v == "1" || v == "P0"
	case "part":
		return v == "START" || v == "MID" || v == "END"
	case "shift":
		return v == "-1" || v == "1"
	case "deictic":
		return v == "N" || num(-7, 7)
	case "ref":
		return v == "PAST_REF" || v == "PRESENT_REF" || v == "FUTURE_REF"
	case "daypart":
		return v == "MO" || v == "AF" || v == "EV" || v == "NI"
	case "set":
		return reSetValue.MatchString(v)
	case "season":
		return v == "SP" || v == "SU" || v == "FA" || v == "WI"
	case "holiday":
		return reHolidayValue.MatchString(v) || holidayRules[v] != nil
	case "tz":
		return v == "Z" || reTZValue.MatchString(v)
	case "day":
		return num(1, 31)
	case "decade":
		return reDecadeValue.MatchString(v)
	case "between", "and", "the", "of", "every", "adj", "for", "in":
		return v == "-"
	}
	return false
}

// unitCodes maps lexicon unit values to TIMEX3 duration letters.
var unitCodes = map[string]string{
	"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "H", "MIN": "M", "S": "S",
	"Q": "Q", "DE": "DE", "CE": "CE", "WE": "WE", "FN": "W", "HY": "H", "BD": "D", "WW": "W",
}

// parseLexicon reads a lexicon file.
func parseLexicon(r io.Reader, name string) (map[string]entry, error) {
	out := map[string]entry{}
	err := tsv.Each(r, name, 3, func(ln int, f []string) error {
		phrase, class, value := f[0], f[1], f[2]
		if phrase == "" || phrase != strings.ToLower(phrase) || strings.TrimSpace(phrase) != phrase {
			return fmt.Errorf("phrase %q must be lower case without outer spaces", phrase)
		}
		letter, ok := classLetters[class]
		if !ok {
			return fmt.Errorf("unknown class %q", class)
		}
		if !validValue(class, value) {
			return fmt.Errorf("value %q is not valid for class %s", value, class)
		}
		words := len(strings.Fields(phrase))
		if words > maxPhraseWords {
			return fmt.Errorf("phrase has %d words, at most %d", words, maxPhraseWords)
		}
		if _, dup := out[phrase]; dup {
			return fmt.Errorf("phrase %q listed twice", phrase)
		}
		// the tokenizer splits "year's" into three tokens
		out[phrase] = entry{class: letter, value: value, words: words + 2*strings.Count(phrase, "'s")}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

const maxPhraseWords = 5

// maxPhraseTokens bounds a phrase in tokens: its words and two more for
// each possessive.
const maxPhraseTokens = maxPhraseWords + 4

// pattern is one line of patterns.tsv.
type pattern struct {
	name string
	typ  string
	re   *regexp.Regexp
	norm normaliser
	// anchors are the interesting class letters the pattern names; a
	// sentence without any of them cannot match it.
	anchors [4]uint64
}

func letterMask(pat string) (m [4]uint64) {
	for i := 0; i < len(pat); i++ {
		if c := pat[i]; interesting[c] {
			m[c/64] |= 1 << (c % 64)
		}
	}
	return m
}

var types = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true}

func parsePatterns(r io.Reader, name string) ([]pattern, error) {
	var out []pattern
	seen := map[string]int{}
	err := tsv.Each(r, name, 4, func(ln int, f []string) error {
		if prev, dup := seen[f[0]]; dup {
			return fmt.Errorf("pattern name %q already used on line %d", f[0], prev)
		}
		seen[f[0]] = ln
		if !types[f[1]] {
			return fmt.Errorf("unknown type %q", f[1])
		}
		re, err := tsv.Pattern(f[2])
		if err != nil {
			return err
		}
		n, ok := normalisers[f[3]]
		if !ok {
			return fmt.Errorf("unknown normaliser %q", f[3])
		}
		out = append(out, pattern{name: f[0], typ: f[1], re: re, norm: n, anchors: letterMask(f[2])})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no patterns", name)
	}
	return out, nil
}

// Rules is a loaded, validated rule set.
type Rules struct {
	lexicon  map[string]entry
	patterns []pattern
	// longest is, for the first word of a multi-word phrase, the most
	// words a phrase starting with it has.
	longest map[string]int
}

// NewRules builds a rule set from a lexicon and a pattern file.
func NewRules(lexicon io.Reader, lexName string, patterns io.Reader, patName string) (*Rules, error) {
	lx, err := parseLexicon(lexicon, lexName)
	if err != nil {
		return nil, err
	}
	ps, err := parsePatterns(patterns, patName)
	if err != nil {
		return nil, err
	}
	longest := map[string]int{}
	for phrase, e := range lx {
		if e.words > 1 {
			first := strings.Fields(phrase)[0]
			for _, f := range []string{first, trimPossessive(first)} {
				// "valentine's", "presidents'": the token is "valentine"
				if e.words > longest[f] {
					longest[f] = e.words
				}
			}
		}
	}
	return &Rules{lexicon: lx, patterns: ps, longest: longest}, nil
}

// DefaultRules returns the built-in rules, loaded and validated once.
var DefaultRules = sync.OnceValues(func() (*Rules, error) {
	return NewRules(io.MultiReader(strings.NewReader(lexiconTSV), strings.NewReader(calendarLexicon())), "timex/rules/lexicon.tsv",
		strings.NewReader(patternsTSV), "timex/rules/patterns.tsv")
})

// calendarLexicon writes the month and weekday names of the shared
// closed-class list (package words) as lexicon lines, after the file's.
func calendarLexicon() string {
	var b strings.Builder
	b.WriteString("\n# from words/data/closed.tsv\n")
	for _, class := range []string{"month", "weekday"} {
		c := words.Get(class)
		for _, w := range c.Words() {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", w, class, c.Attr(w, "n"))
		}
	}
	return b.String()
}

// DataDigest is a short digest of the built-in rules (rules/*.tsv).
func DataDigest() string { return digest.Strings(lexiconTSV, patternsTSV, wordsTSV) }
