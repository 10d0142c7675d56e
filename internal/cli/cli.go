// Package cli is the dragoman command line: it parses arguments and wires
// the packages together; it holds no analysis logic of its own.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Version is set at build time with -ldflags "-X ...cli.Version=...".
var Version = "dev"

// Env is the process's outside world, replaceable in tests.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StderrIsTerminal turns progress display on.
	StderrIsTerminal bool
}

// Exit statuses.
const (
	ExitOK     = 0
	ExitFailed = 1 // some input failed, or another run-time failure
	ExitUsage  = 2 // bad command line
)

type command struct {
	name    string
	summary string
	run     func(env Env, args []string) int
}

func commands() []command {
	return []command{
		{"analyze", "analyse articles and write one JSON document per article", runAnalyze},
		{"ingest", "analyse articles into the embedded store (dragoman.db)", runIngest},
		{"events", "list the stored events, with filters", runEvents},
		{"articles", "list or search the stored articles", runArticles},
		{"sources", "each outlet's sources by kind, and its share of anonymous ones", runSources},
		{"export", "export events as JSON Lines, CSV, GDELT 2.0 or PLOVER", runExport},
		{"posture", "the posture board: diplomatic posts, their status and history", runPosture},
		{"windows", "the dated risk windows (anniversaries) the reports name", runWindows},
		{"watch", "watches and their alerts: add, list, remove, deliver", runWatch},
		{"serve", "serve the store to a web UI and a JSON API on loopback", runServe},
		{"reanalyze", "re-run the current analyser over stored articles", runReanalyze},
		{"parse", "tokenize, tag and parse text or CoNLL-U into CoNLL-U", runParse},
		{"enqueue", "publish articles to the work queue on NATS JetStream", runEnqueue},
		{"worker", "analyse and store articles from the work queue", runWorker},
		{"queue", "show the work queue: pending, in flight, failed", runQueue},
		{"feeds", "follow RSS and Atom feeds: add, list, poll", runFeeds},
		{"eval", "compute evaluation figures on the peer suites in ../shared", runEval},
		{"version", "print the module, analyser and data versions", runVersion},
	}
}

const mainUsage = `dragoman reads news reports and turns them into structured, sourced event
data: who did what to whom, when, where, and according to whom.

Usage:
  dragoman <command> [flags] [arguments]

Commands:
%s
Run 'dragoman <command> --help' for a command's flags and exit statuses;
'dragoman --version' prints the versions.

Exit status: 0 on success, 1 when some input or the store failed, 2 for a
wrong command line (each command's --help says more).
`

// Main runs the command line and returns the exit status.
func Main(args []string, env Env) int {
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version") {
		return runVersion(env, args[1:])
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		w := env.Stdout
		status := ExitOK
		if len(args) == 0 {
			w, status = env.Stderr, ExitUsage
		}
		if len(args) > 1 && args[0] == "help" {
			return Main([]string{args[1], "--help"}, env)
		}
		var b strings.Builder
		for _, c := range commands() {
			fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
		}
		fmt.Fprintf(w, mainUsage, b.String())
		return status
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "dragoman: unknown command %q (run 'dragoman --help')\n", args[0])
	return ExitUsage
}

// parsePaths handles --help and the flags of a command that reads PATHs;
// ok is false when the command should end with status (hint completes
// the message when no PATH is given).
func parsePaths(env Env, cmd string, fs *flag.FlagSet, args []string, hint string) (paths []string, status int, ok bool) {
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return nil, ExitOK, false
	}
	paths, err := parseArgs(env, cmd, fs, args)
	if err != nil {
		return nil, ExitUsage, false
	}
	if len(paths) == 0 {
		fmt.Fprintf(env.Stderr, "dragoman %s: no PATH given (%s)\n", cmd, hint)
		return nil, ExitUsage, false
	}
	return paths, ExitOK, true
}

// parseArgs is parseInterleaved that reports a wrong flag on one line of
// standard error, with a pointer to --help.
func parseArgs(env Env, cmd string, fs *flag.FlagSet, args []string) ([]string, error) {
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dragoman %s: %v (run 'dragoman %s --help')\n", cmd, err, cmd)
	}
	return pos, err
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("analyze a.txt --pretty"); "--" ends flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, rest...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlagSet returns a flag set whose usage goes to env.Stdout on --help;
// a wrong flag is reported by parseArgs alone.
func newFlagSet(env Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fmt.Fprintln(fs.Output(), "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// helpRequested reports whether args ask for help, so it goes to stdout.
func helpRequested(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if a == "-h" || a == "--help" || a == "-help" {
			return true
		}
	}
	return false
}

// isTerminal reports whether f is a character device.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// OSEnv returns the process's real environment.
func OSEnv() Env {
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, StderrIsTerminal: isTerminal(os.Stderr)}
}
