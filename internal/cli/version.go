package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"

	newslayer "github.com/dragoman/dragoman/article"
	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/geo"
	"github.com/dragoman/dragoman/quote"
	"github.com/dragoman/dragoman/syntax"
	"github.com/dragoman/dragoman/timex"
	"github.com/dragoman/dragoman/tone"
	"github.com/dragoman/dragoman/words"
)

const versionUsage = `Usage: dragoman version (or dragoman --version)

Print the module version and revision dragoman was built from, the version
of the analysis document it writes, the analyser version each stored
article records (what 'dragoman reanalyze' compares), and the versions of
the data built into it: the syntax models' SHA-256 (from their
MANIFEST.tsv) and a short digest of each stage's built-in rules, word
lists and dictionaries, computed from the bytes in the binary.

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
	for _, m := range syntax.ModelVersions() {
		fmt.Fprintf(env.Stdout, "syntax model: %s\n", m)
	}
	for _, d := range dataDigests() {
		fmt.Fprintf(env.Stdout, "data %s: %s\n", d.name, d.digest)
	}
	return ExitOK
}

// dataDigests are the short digests of the data built into each stage,
// computed from the embedded bytes.
func dataDigests() []struct{ name, digest string } {
	return []struct{ name, digest string }{
		{"article (news-layer rules, outlets)", newslayer.DataDigest()},
		{"syntax (tokenizer lists, tagged sentences)", syntax.DataDigest()},
		{"timex (time-expression rules)", timex.DataDigest()},
		{"words (closed word classes)", words.DataDigest()},
		{"entity (dictionaries)", entity.DataDigest()},
		{"geo (gazetteer)", geo.DataDigest()},
		{"quote (cues)", quote.DataDigest()},
		{"cameo (codes, patterns, words)", cameo.DataDigest()},
	}
}
