package petrarch

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"sync"
)

// The built-in dictionaries: the Phoenix/PETRARCH-2 production set, derived
// by tools/petrarch-dict (comments removed, MIT notice kept at the head of
// each file).
//
//go:embed data/*.txt
var dataFS embed.FS

func builtin[T any](name string, read func(r *bytes.Reader, name string) (T, error)) func() (T, error) {
	return sync.OnceValues(func() (T, error) {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			var zero T
			return zero, err
		}
		return read(bytes.NewReader(b), "built-in "+name)
	})
}

// Builtin dictionaries, each read once on first use and shared: callers
// must not change them.
var (
	BuiltinVerbs    = builtin("verbs.txt", func(r *bytes.Reader, n string) (*Verbs, error) { return ReadVerbs(r, n) })
	BuiltinActors   = builtin("actors.txt", func(r *bytes.Reader, n string) (*Actors, error) { return ReadActors(r, n) })
	BuiltinAgents   = builtin("agents.txt", func(r *bytes.Reader, n string) (*Agents, error) { return ReadAgents(r, n) })
	BuiltinDiscards = builtin("discards.txt", func(r *bytes.Reader, n string) (*Discards, error) { return ReadDiscards(r, n) })
)

// Files names dictionary files given by the user (the --petrarch-* flags);
// each one given replaces the built-in dictionary of its kind.
type Files struct {
	Verbs    string
	Actors   []string
	Agents   string
	Discards string
}

// Empty reports whether no file is named.
func (f Files) Empty() bool {
	return f.Verbs == "" && len(f.Actors) == 0 && f.Agents == "" && f.Discards == ""
}

// ParseList splits a comma-separated list of files ("a.txt,b.txt").
func ParseList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Dicts is a set of loaded dictionaries.
type Dicts struct {
	Verbs    *Verbs
	Actors   *Actors
	Agents   *Agents
	Discards *Discards
	// Given says which came from the user's files rather than the
	// built-in set.
	Given struct{ Verbs, Actors, Agents, Discards bool }
}

// Load reads the files named and takes the built-in dictionary for each
// kind not named. verbs says whether to load the verb dictionary at all
// (only the event stage reads it).
func (f Files) Load(verbs bool) (*Dicts, error) {
	d := &Dicts{}
	var err error
	if f.Verbs != "" {
		if d.Verbs, err = LoadVerbs(f.Verbs); err != nil {
			return nil, fmt.Errorf("--petrarch-verbs: %w", err)
		}
		d.Given.Verbs = true
	} else if verbs {
		if d.Verbs, err = BuiltinVerbs(); err != nil {
			return nil, err
		}
	}
	if len(f.Actors) > 0 {
		if d.Actors, err = LoadActors(f.Actors...); err != nil {
			return nil, fmt.Errorf("--petrarch-actors: %w", err)
		}
		d.Given.Actors = true
	} else if d.Actors, err = BuiltinActors(); err != nil {
		return nil, err
	}
	if f.Agents != "" {
		if d.Agents, err = LoadAgents(f.Agents); err != nil {
			return nil, fmt.Errorf("--petrarch-agents: %w", err)
		}
		d.Given.Agents = true
	} else if d.Agents, err = BuiltinAgents(); err != nil {
		return nil, err
	}
	if f.Discards != "" {
		if d.Discards, err = LoadDiscards(f.Discards); err != nil {
			return nil, fmt.Errorf("--petrarch-discards: %w", err)
		}
		d.Given.Discards = true
	} else if d.Discards, err = BuiltinDiscards(); err != nil {
		return nil, err
	}
	return d, nil
}
