package quote

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed data/lexicon.tsv
var lexiconTSV string

// Cue is one entry of the cue lexicon (data/lexicon.tsv).
type Cue struct {
	// Kind is what the cue attributes: speech, writing, belief,
	// intention or knowledge.
	Kind string
	// Content lists the dependents that carry a verb's content: "ccomp",
	// "xcomp", "obj", or a preposition ("for" of "asked for").
	Content []string
}

// has reports whether the cue takes content through dependent dep.
func (c Cue) has(dep string) bool {
	for _, x := range c.Content {
		if x == dep {
			return true
		}
	}
	return false
}

// Lexicon is the attribution cue lexicon.
type Lexicon struct {
	Verbs, Nouns, Light map[string]Cue
	// Phrases are the multi-word cues before a source ("according to"),
	// each as its lower-case words.
	Phrases []Phrase
}

// Phrase is a multi-word cue before its source.
type Phrase struct {
	Words []string
	Kind  string
}

// isCueKind reports one of the kinds of cue the lexicon's third field
// names.
func isCueKind(kind string) bool {
	switch kind {
	case "speech", "writing", "belief", "intention", "knowledge":
		return true
	}
	return false
}

// LoadLexicon reads the cue lexicon's format (see data/lexicon.tsv):
// class, entry, kind, content. Every malformed line is an error naming
// the file and the line.
func LoadLexicon(r io.Reader, name string) (*Lexicon, error) {
	lx := &Lexicon{Verbs: map[string]Cue{}, Nouns: map[string]Cue{}, Light: map[string]Cue{}}
	err := tsv.Each(r, name, 4, func(_ int, f []string) error {
		class, entry, kind, content := f[0], f[1], f[2], f[3]
		if entry == "" || entry != strings.ToLower(entry) || strings.TrimSpace(entry) != entry {
			return fmt.Errorf("entry %q must be lower case without surrounding spaces", entry)
		}
		if !isCueKind(kind) {
			return fmt.Errorf("kind %q is not speech, writing, belief, intention or knowledge", kind)
		}
		c := Cue{Kind: kind}
		if content != "-" {
			if class != "verb" {
				return fmt.Errorf("content %q: only a verb takes content dependents (want -)", content)
			}
			for _, dep := range strings.Split(content, ",") {
				if dep == "" || strings.ContainsAny(dep, " \t") || dep != strings.ToLower(dep) {
					return fmt.Errorf("content %q: want dependents separated by commas", content)
				}
				c.Content = append(c.Content, dep)
			}
		} else if class == "verb" {
			return fmt.Errorf("verb %q takes no content dependent", entry)
		}
		var m map[string]Cue
		switch class {
		case "verb":
			m = lx.Verbs
		case "noun":
			m = lx.Nouns
		case "light":
			m = lx.Light
		case "phrase":
			ws := strings.Fields(entry)
			if len(ws) < 2 {
				return fmt.Errorf("phrase %q must have two words or more", entry)
			}
			lx.Phrases = append(lx.Phrases, Phrase{Words: ws, Kind: kind})
			return nil
		default:
			return fmt.Errorf("class %q is not verb, noun, light or phrase", class)
		}
		if strings.Contains(entry, " ") {
			return fmt.Errorf("%s %q must be one word", class, entry)
		}
		if _, dup := m[entry]; dup {
			return fmt.Errorf("%s %q listed twice", class, entry)
		}
		m[entry] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(lx.Verbs) == 0 {
		return nil, fmt.Errorf("%s: no cue verbs", name)
	}
	return lx, nil
}
