package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/tone"
)

const versionUsage = `Usage: dragoman version (or dragoman --version)

Print the module version and revision dragoman was built from, the version
of the analysis document it writes, the analyser version each stored
article records (what 'dragoman reanalyze' compares), and the versions of
the data built into it.

Exit status: 0, or 2 for a wrong command line.
`

// buildVersion is the module version and VCS revision of this binary.
func buildVersion() (module, revision string) {
	module, revision = Version, ""
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return module, revision
	}
	if module == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		module = bi.Main.Version
	}
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	if modified {
		revision += "+modified"
	}
	return module, revision
}

// AnalyzerVersion names the analyser that produces documents: the module
// version and revision, which fix the code and every rule and dictionary
// file built into it; a binary built without version control information
// ('go run', an exported tree) is named by the digest of its own bytes.
func AnalyzerVersion() string {
	analyzerOnce.Do(func() {
		m, r := buildVersion()
		if r == "" {
			r = "build " + executableDigest()
		}
		analyzerVersion = "dragoman " + m + " " + r
	})
	return analyzerVersion
}

var (
	analyzerOnce    sync.Once
	analyzerVersion string
)

func executableDigest() string {
	p, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(p)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}

func runVersion(env Env, args []string) int {
	fs := newFlagSet(env, "version", versionUsage)
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	if pos, err := parseArgs(env, "version", fs, args); err != nil || len(pos) > 0 {
		if err == nil {
			fmt.Fprintf(env.Stderr, "dragoman version: takes no arguments (run 'dragoman version --help')\n")
		}
		return ExitUsage
	}
	m, r := buildVersion()
	if r == "" {
		r = "unknown (built without version control information)"
	}
	fmt.Fprintf(env.Stdout, "dragoman %s\nrevision: %s\nanalysis document: %s\nanalyser: %s\n", m, r, doc.Schema, AnalyzerVersion())
	fmt.Fprintf(env.Stdout, "tone lexicon: %s\n", tone.Version())
	fmt.Fprintln(env.Stdout, "rules, dictionaries and gazetteer: built in, named by the analyser version")
	return ExitOK
}
