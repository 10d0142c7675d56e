// Command petrarch-dict derives dragoman's built-in PETRARCH dictionaries
// (petrarch/data) from the Phoenix/PETRARCH-2 production dictionaries:
//
//	go run ./tools/petrarch-dict [-src ../shared/peers/petrarch2/dictionaries/production] [-out petrarch/data]
//
// The derived files keep the PETRARCH formats, so the readers of package
// petrarch load them as they load a researcher's own files; comments are
// removed (which makes them about a third smaller) and each file starts
// with the MIT notice of its source. The three actor files are joined into
// actors.txt. The tool reads every derived file back and fails unless it
// holds the same entries as its sources.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dragoman/dragoman/petrarch"
)

const notice = `# Derived by tools/petrarch-dict from the Phoenix/PETRARCH-2 production
# dictionaries (openeventdata/petrarch2, petrarch2/data/dictionaries, commit
# 676801cd9cb2924bbbad09f86d15c9323e7097bf): %s.
# Comments removed; entries unchanged. Format: see package petrarch (doc.go).
#
%s#
# The dictionaries were developed by the Computational Event Data System project
# (Parus Analytics, Philip A. Schrodt) with funding from the U.S. National Science
# Foundation; the non-state actors come from the Penn State TOPS project (Kenwick,
# Kim and Leonard, 2013).

`

type output struct {
	name      string
	sources   []string
	copyright string
	count     func(path string) (int, error)
}

func main() {
	src := flag.String("src", filepath.Join("..", "shared", "peers", "petrarch2", "dictionaries", "production"), "folder of the production dictionaries")
	out := flag.String("out", filepath.Join("petrarch", "data"), "folder to write the derived dictionaries to")
	flag.Parse()
	outs := []output{
		{"verbs.txt", []string{"CAMEO.2.0.txt"}, "CAMEO.2.0.txt: Copyright (c) 2015 Open Event Data Alliance", func(p string) (int, error) {
			v, err := petrarch.LoadVerbs(p)
			if err != nil {
				return 0, err
			}
			return v.Patterns()*1000000 + len(v.Verbs)*100 + len(v.Synsets), nil
		}},
		{"actors.txt", []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"},
			"Phoenix.Countries.actors.txt: Copyright (c) 2014 Open Event Data Alliance", func(p string) (int, error) {
				a, err := petrarch.LoadActors(p)
				if err != nil {
					return 0, err
				}
				n := 0
				for _, e := range a.Entries {
					n += 1000 * len(e.Dated)
				}
				return n + a.Names(), nil
			}},
		{"agents.txt", []string{"Phoenix.agents.txt"}, "Phoenix.agents.txt: Copyright (c) 2014 Open Event Data Alliance", func(p string) (int, error) {
			g, err := petrarch.LoadAgents(p)
			if err != nil {
				return 0, err
			}
			return len(g.Entries), nil
		}},
		{"discards.txt", []string{"Phoenix.discards.txt"}, "under the repository's licence", func(p string) (int, error) {
			d, err := petrarch.LoadDiscards(p)
			if err != nil {
				return 0, err
			}
			return len(d.Entries), nil
		}},
	}
	for _, o := range outs {
		if err := derive(*src, *out, o); err != nil {
			fmt.Fprintln(os.Stderr, "petrarch-dict:", err)
			os.Exit(1)
		}
	}
}

func derive(src, dst string, o output) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, notice, strings.Join(o.sources, ", "), petrarch.MITNotice(o.copyright))
	want := 0
	for _, s := range o.sources {
		p := filepath.Join(src, s)
		n, err := o.count(p)
		if err != nil {
			return err
		}
		want += n
		lines, err := petrarch.StripComments(p)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "# --- from %s\n", s)
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	path := filepath.Join(dst, o.name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return err
	}
	got, err := o.count(path)
	if err != nil {
		return err
	}
	// the joined actor files are read as one, so compare the sums
	if got != want {
		return fmt.Errorf("%s: read back %d, want %d (entries changed in derivation)", path, got, want)
	}
	fmt.Printf("%s: %d bytes\n", path, b.Len())
	return nil
}
