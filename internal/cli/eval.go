package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dragoman/dragoman/cameo"
	"github.com/dragoman/dragoman/internal/eval"
)

const evalUsage = `Usage: dragoman eval [flags] SUITE

Compute evaluation figures on the peer suites kept in the shared data folder
(by default ../shared, beside the checkout). Suites:

  extraction   the article-extraction benchmark (181 real news pages with
               gold body text): 4-word-shingle precision, recall and F1,
               dragoman against go-trafilatura alone, in the same run
  entities     named entities on MEANTIME (named mentions of persons,
               organisations and locations; strict and relaxed F1 by type),
               its linked places resolved within 161 km, the actors of
               the PETRARCH-2 validation sentences, and dragoman's own
               Wikinews toponym development set (toponyms found, within
               161 km)
  petrarch-unit  PETRARCH-2's unit-test records (PETR.UnitTest.records.xml)
               coded with the PETRARCH dictionaries given by
               --petrarch-verbs, --petrarch-actors, --petrarch-agents,
               --petrarch-discards (default: the PETR.Validate files beside
               them) on the dependency parse, each record with its date,
               --convention petrarch by default: the share of records
               coded exactly (the same source, target, code multiset; a
               null actor is ---), by category; -v lists the failures
  petrarch-gsr the same coder on PETRARCH-2's GSR validation records with
               the production dictionaries (or those the flags name):
               root and full-code F1, actor countries on matched events
  events       CAMEO event coding: the PETRARCH-2 validation records (root
               and full code F1, records without events), dragoman's three
               Wikinews development sets, the first tuned on, the second
               and third held out, and its seven events audits, tuned on
               (root and code F1, PLOVER type F1, actor agreement,
               no-event sentences given an event) and the CAMEO
               codebook's example sentences (root code F1); -why adds,
               per set, counts (never sentences) of the missed hand-coded
               events (root not matched) by where they were lost: (a) no
               event read in the sentence (by wanted root, by the coded
               actor phrases of the sentence, and by cause: the word of
               the wanted root the built-in patterns or the production
               dictionary have there, where the parse puts it, which
               gate of the fallback it fails), (b) the right
               root read but not counted (negated, hypothetical,
               confidence below the threshold, other), (c) a counted
               event of another root (top want->got root pairs), (d) only
               uncounted events of other roots; the misses by wanted root;
               the false positives by root and by whether their sentence
               has a hand-coded event; the counted events by their coded
               parties (both, source only, target only, none) and how
               many of each match a hand-coded root; -misses lists, for the tuned-on
               sets only (set one and the audits, never a held-out set),
               each sentence with a miss, a false positive or an uncounted
               event, every event read in it, why it was not counted,
               its confidence features and whether counting it would add
               a root match, and per set the uncounted events by why, by
               feature and by the feature that would lift them; -v lists the
               failing records and the tuned-on sets' failing sentences
               (a held-out set prints its figures only)
  actors-audit the hand-coded actor audits of counted events on unseen
               Wikinews articles (internal/eval/testdata/audit-actors.tsv,
               and audit two, audit-actors2.tsv, one block each): source
               and target country agreement, each article analysed whole;
               -v lists the events that disagree
  precision-audit the hand-judged counted events of 40 unseen Wikinews
               articles (internal/eval/testdata/audit-precision.tsv): right
               events still counted, wrong ones gone, new ones unjudged;
               -v lists them
  posture      the posture board: the golden boards of the seed example and
               the 25 Wikinews posture reports (post, status and date right
               per change; changes found that match none)
  quotes       attribution: dragoman's own Wikinews attribution
               development set (content P/R/F1, speaker right on matched
               attributions); the textacy suite and the 22-quote check run
               as tests (go test ./internal/eval -run Quote)
  syntax       the syntax layer on UD English EWT test and GUM test (GUM is
               evaluation only): UPOS, XPOS, lemma accuracy, UAS and LAS
               with gold tokens (CoNLL 2018 conventions), token F1 from each
               sentence's raw text, and tagging and parsing speed
  timex        time expressions: MEANTIME (120 Wikinews articles; relaxed
               extent F1 and value accuracy on the annotated region) and the
               Microsoft Recognizers-Text English date specs (share of
               calendar dates, months and ranges resolved as expected),
               and dragoman's own Wikinews time development set (relaxed
               extent and value F1)

Exit status: 0 when the figures were computed, 1 when the suite could not be
read, 2 for a wrong command line.
`

func runEval(env Env, args []string) int {
	fs := newFlagSet(env, "eval", evalUsage)
	shared := fs.String("shared", defaultShared(), "the shared data `DIR`")
	verbose := fs.Bool("v", false, "list the worst pages")
	why := fs.Bool("why", false, "events: where each set's missed events were lost (counts only)")
	misses := fs.Bool("misses", false, "events: list the missed events and false positives of the tuned-on sets (set one and the audits) with their sentences")
	pverbs := fs.String("petrarch-verbs", "", "petrarch-unit: the PETRARCH verb dictionary `FILE` (default: PETR.Validate.verbs.txt beside the records)")
	pactors := fs.String("petrarch-actors", "", "petrarch-unit: actor dictionaries `FILE[,FILE...]` (default: PETR.Validate.actors.txt)")
	pagents := fs.String("petrarch-agents", "", "petrarch-unit: the agent dictionary `FILE` (default: PETR.Validate.agents.txt)")
	pdiscards := fs.String("petrarch-discards", "", "petrarch-unit: the discard list `FILE` (default: PETR.Validate.discards.txt)")
	convention := fs.String("convention", "petrarch", "petrarch-unit: `codebook` or petrarch (announced and intended acts coded as the act, as PETRARCH does)")
	if helpRequested(args) {
		fs.SetOutput(env.Stdout)
		fs.Usage()
		return ExitOK
	}
	pos, err := parseArgs(env, "eval", fs, args)
	if err != nil {
		return ExitUsage
	}
	if len(pos) != 1 {
		fmt.Fprintln(env.Stderr, "dragoman eval: name one SUITE (see --help)")
		return ExitUsage
	}
	switch pos[0] {
	case "extraction":
		rep, err := eval.ExtractionReport(filepath.Join(*shared, "peers", "article-extraction-benchmark"), *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "entities":
		dir := filepath.Join(*shared, "peers", "timex", "meantime-english", "intra-doc_annotation")
		rep, err := eval.MeantimeNERReport(dir, *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		if rep, err = eval.MeantimePlacesReport(dir, *verbose); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		if rep, err = eval.PetrarchActorsReport(filepath.Join(*shared, "peers", "universalpetrarch", "PETR2_GSR_validation.xml"), *verbose); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		if rep, err = eval.DevPlacesReport(*verbose); err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "events":
		rep, err := eval.EventsReport(*shared, *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		dev, err := eval.DevEventsReport(*shared, *verbose, *why)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, dev)
		if *misses {
			list, err := eval.DevMissesReport()
			if err != nil {
				fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
				return ExitFailed
			}
			fmt.Fprint(env.Stdout, list)
		}
		return ExitOK
	case "petrarch-unit", "petrarch-gsr":
		conv, ok := cameo.ParseConvention(*convention)
		if !ok {
			fmt.Fprintf(env.Stderr, "dragoman eval: --convention %q: want codebook or petrarch\n", *convention)
			return ExitUsage
		}
		f := eval.PetrUnitFiles{Verbs: *pverbs, Agents: *pagents, Discards: *pdiscards}
		if *pactors != "" {
			f.Actors = strings.Split(*pactors, ",")
		}
		dir := filepath.Join(*shared, "peers", "petrarch2")
		var rep string
		var err error
		if pos[0] == "petrarch-unit" {
			rep, err = eval.PetrUnitReport(dir, f, conv, *verbose)
		} else {
			rep, err = eval.PetrGSRReport(dir, filepath.Join(*shared, "peers", "universalpetrarch", "PETR2_GSR_validation.xml"), f, conv, *verbose)
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "actors-audit":
		rep, err := eval.ActorAuditReport(*shared, *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "precision-audit":
		rep, err := eval.PrecisionAuditReport(*shared, *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "posture":
		rep, err := eval.PostureReport(*shared, *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "quotes":
		rep, err := eval.DevAttributionsReport(*verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "syntax":
		rep, err := eval.SyntaxReport(*shared, *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, rep)
		return ExitOK
	case "timex":
		var b strings.Builder
		rep, err := eval.MeantimeTimexReport(filepath.Join(*shared, "peers", "timex", "meantime-english", "intra-doc_annotation"), *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		b.WriteString(rep)
		rep, err = eval.DatetimeSpecsReport(filepath.Join(*shared, "peers", "timex", "ms-recognizers-text-en-datetime-specs"), *verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		b.WriteString(rep)
		rep, err = eval.DevTimesReport(*verbose)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dragoman eval: %v\n", err)
			return ExitFailed
		}
		b.WriteString(rep)
		fmt.Fprint(env.Stdout, b.String())
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "dragoman eval: unknown suite %q (see --help)\n", pos[0])
	return ExitUsage
}

// defaultShared finds ../shared from the working directory, or the
// DRAGOMAN_SHARED environment variable.
func defaultShared() string {
	if d := os.Getenv("DRAGOMAN_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "shared")
}
