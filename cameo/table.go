// Package cameo codes events: from each body sentence, the events it
// reports in CAMEO (code, root, Goldstein value, quad class, and the PLOVER
// type that corresponds), with source and target actors, the date the
// event happened, its place, the sentence and trigger that show it, who
// says it happened, and whether it is negated or hypothetical.
//
// The CAMEO table (data/cameo.tsv) and the PLOVER crosswalk
// (data/plover.tsv) are derived from peer data (see data/NOTICE); the
// event patterns (data/verbs.tsv), irregular verbs (data/irregular.tsv)
// and derived codes for intents, appeals and demands (data/derived.tsv)
// are dragoman's own. All are validated when loaded.
//
// Confidence (events.go, confmodel.go): the evidence the sentence gives of
// an event is read as a few dozen named binary features (its parties,
// its pattern's object, how the clause tells the act: in passing,
// subordinate, alleged, as a present state; its quad class, a noun or a
// participle trigger; no word and no code of its own), kept on the
// event's unserialised trace, and a model turns them into its
// confidence. The default model is set by hand: an event starts at 0.45
// and counts from MinConfidence (0.5) on. A coded source adds 0.2, a coded target 0.15, a
// pattern's object or preposition with a party 0.1 (with no coded party,
// only where the clause reads a doer, the subject of a passive, or a
// person: presentstate.go, hasDoer); a conflictual act
// (roots 10 to 20) with no coded actor adds 0.1 when its clause names a
// person as its own subject or object ("she fined the two clerks", "nine
// others were wounded") or its doer by a common noun as its own subject
// ("charities condemned the levy"): the parse tells an act between
// parties that the actor dictionaries do not code. Acts told in passing, in the
// background, as alleged, feared or rumoured ("amid fears that he had
// been kidnapped"), or by one party alone are scaled down. An act told in
// passing that a verb tells as done keeps 0.6 (one with both parties coded
// and its object still counts), a scene-setting noun or an act told in
// passing as intended or denied half (confidence.go: passingFactor); a
// relative clause, both subordinate and in passing, is scaled once. A
// cooperative or verbal act (roots 01 to 09) told with only the party it
// is done to, no doer coded or named as a person, is scaled by 0.8
// (doerUntold). A present state told by "be" ("is critical of", "is
// ready to") is scaled by 0.7: it counts with its holder and the party it
// is directed at, not of its holder alone (presentstate.go).
// An intent (root 03) told with its content clause and its speaker alone,
// no one it is made to ("vowed that the strike would go on"), is scaled
// by 0.75 (unaddressed.go: reportedIntent). Later rules halve the
// confidence of an event set aside (stage.go: setAside) or told as done
// before the sentence's own act (prior.go). A learned logistic model over
// the same features (data/confidence.tsv, fitted on the tuned-on Wikinews
// sets by tools/train-confidence; Stage.Confidence) is not the default:
// cross-validated across those sets it is level with the hand-set one,
// and it loses on the codebook and PETRARCH-2 suites, whose coders code
// one act a sentence where the Wikinews coders code acts told in passing
// too (docs/measurements/events6.md).
//
// The means of a violent act (verbs.tsv kind i) is read both after the
// verb ("killed in a bomb blast") and, from the parse, as its subject
// ("car bombs have killed twelve", a participle's subject taken from its
// clause): the act takes the means' code (183 a bombing, not 190).
//
// An event noun counts where the parse tells it happened (occur.go): the
// subject of a verb of occurrence, the object of a verb that stages it,
// light verbs among them ("held talks", "expressed disapproval", "issued
// a threat", "performed drills"; class staging of data/words), the
// object of one that receives it from a party ("drew scorn from"), the
// object of one that answers it ("turned down a proposal by the union",
// "did not reject the ultimatum": made all the same, by its own party), or
// the doer of a passive ("the summit was marked by clashes").
//
// Telling or ordering another to act is a demand (10; class directing of
// data/words) only where the parse gives the verb an infinitive complement,
// the act demanded ("told villagers to leave"; "told reporters" is none).
package cameo

import (
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/doc"
	"github.com/dragoman/dragoman/internal/digest"
	"github.com/dragoman/dragoman/internal/tsv"
)

//go:embed data/*.tsv data/words/*.tsv
var dataFS embed.FS

// loadData opens a built-in data file and reads it with load, which names
// the file in its errors.
func loadData[T any](file string, load func(io.Reader, string) (T, error)) (T, error) {
	f, err := dataFS.Open("data/" + file)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return load(f, "cameo/data/"+file)
}

// Code is one CAMEO event code.
type Code struct {
	Code, Root, Name string
	Level            int
	Goldstein        float64
	Quad             int
	Plover           string // PLOVER event type, "" when none
	PloverMode       string
}

// recode gives event ev the code c, with its root, name, Goldstein
// value, quad class and PLOVER type.
func recode(ev *doc.Event, c *Code) {
	ev.Code, ev.Root, ev.Label, ev.Goldstein, ev.QuadClass = c.Code, c.Root, c.Name, c.Goldstein, c.Quad
	ev.Plover = nil
	doc.SetStr(&ev.Plover, c.Plover)
}

// Table maps codes to their descriptions.
type Table map[string]*Code

// LoadTable reads the CAMEO table and the PLOVER crosswalk.
func LoadTable(cameo io.Reader, cameoName string, plover io.Reader, ploverName string) (Table, error) {
	t := Table{}
	err := tsv.Each(cameo, cameoName, 6, func(_ int, f []string) error {
		c := &Code{Code: f[0], Root: f[1], Name: f[3]}
		if len(c.Code) < 2 || len(c.Code) > 4 || !strings.HasPrefix(c.Code, c.Root) || len(c.Root) != 2 {
			return fmt.Errorf("code %q or root %q malformed", f[0], f[1])
		}
		var err error
		if c.Level, err = strconv.Atoi(f[2]); err != nil || c.Level < 1 || c.Level > 3 {
			return fmt.Errorf("level %q", f[2])
		}
		if c.Goldstein, err = strconv.ParseFloat(f[4], 64); err != nil || c.Goldstein < -10 || c.Goldstein > 10 {
			return fmt.Errorf("goldstein %q not in [-10, 10]", f[4])
		}
		if c.Quad, err = strconv.Atoi(f[5]); err != nil || c.Quad < 1 || c.Quad > 4 {
			return fmt.Errorf("quad class %q not in 1-4", f[5])
		}
		if _, dup := t[c.Code]; dup {
			return fmt.Errorf("code %s listed twice", c.Code)
		}
		t[c.Code] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = tsv.Each(plover, ploverName, 3, func(_ int, f []string) error {
		c, ok := t[f[0]]
		if !ok {
			return fmt.Errorf("unknown CAMEO code %q", f[0])
		}
		if f[1] == "" {
			return fmt.Errorf("empty PLOVER type")
		}
		c.Plover, c.PloverMode = f[1], f[2]
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Codes without their own PLOVER type take their parent's.
	for code, c := range t {
		for p := code; c.Plover == "" && len(p) > 2; {
			p = p[:len(p)-1]
			if parent, ok := t[p]; ok && parent.Plover != "" {
				c.Plover, c.PloverMode = parent.Plover, parent.PloverMode
			}
		}
	}
	return t, nil
}

// DefaultTable loads the built-in table.
func DefaultTable() (Table, error) {
	c, err := dataFS.Open("data/cameo.tsv")
	if err != nil {
		return nil, err
	}
	defer c.Close()
	p, err := dataFS.Open("data/plover.tsv")
	if err != nil {
		return nil, err
	}
	defer p.Close()
	return LoadTable(c, "cameo/data/cameo.tsv", p, "cameo/data/plover.tsv")
}

// DataDigest is a short digest of the built-in code tables, patterns and
// word lists (data/*.tsv).
func DataDigest() string { return digest.FS(dataFS) }
