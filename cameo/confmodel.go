// The confidence model: the evidence an event's confidence is read from,
// as named binary features, the hand-set model over them, and the learned
// logistic model (data/confidence.tsv, fitted by tools/train-confidence).

package cameo

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/dragoman/dragoman/internal/tsv"
)

// The confidence features: general evidence about how a sentence tells
// an event, never a word or a code of its own (the quad class and the kind
// of trigger stand for the act). Each is one bit of an event's trace.
const (
	fBias           = iota // always set: the model's intercept
	fSource                // a source actor (events.go: a >= 0)
	fTarget                // a target actor
	fSourceCoded           // the source has an actor code
	fTargetCoded           // the target has an actor code
	fBoth                  // both a source and a target
	fObjectParty           // the pattern's object or preposition with a party, or a clause that tells it happened (the hand model's +0.1)
	fConflictParty         // a conflictual act with no actor whose clause names a person or a doer by a common noun
	fDoerUntold            // doerUntold
	fReportedIntent        // reportedIntent
	fAlone                 // trigger.alone
	fPresentState          // presentState
	fSubParticiple         // subordinate, not in passing, a participle after a comma
	fSubOther              // subordinate otherwise, not in passing
	fBackground            // told in passing (trigger.background)
	fBackgroundWeak        // in passing as a noun, intended, feared or denied (passingFactor 0.5)
	fAlleged               // trigger.alleged
	fQuad2                 // material cooperation (quad class 2)
	fQuad3                 // verbal conflict
	fQuad4                 // material conflict
	fNoun                  // the trigger is an event noun
	fPassive               // a passive verb
	fOccurred              // a noun its clause tells happened
	fParty                 // the parse names a person as the clause's subject or object
	fNounDoer              // the parse names the doer by a common noun
	fSaidBy                // the parse's subject is a personal pronoun
	fContent               // the trigger has a content clause
	fComplement            // the trigger is the complement of another trigger
	fIntent                // a commissive word governs the trigger
	fBefore                // told as done before another act
	fMeans                 // the act's means is named
	fHasParty              // the parse found a party, actor or not (hasParty)
	fNoEvidence            // no parsed predicate
	fPatternObject         // the pattern names an object
	fPatternPrep           // the pattern names a preposition
	fMultiWord             // the pattern has more than one word
	fParticiple            // the parse tags the trigger as a participle (VBN, VBG)
	fGenericCode           // a root-level code (x0), no more specific one
	numConfFeatures
)

// confFeatureIndex maps the features' names, as data/confidence.tsv
// writes them, to their bits.
var confFeatureIndex = map[string]int{
	"bias":            fBias,
	"source":          fSource,
	"target":          fTarget,
	"source-coded":    fSourceCoded,
	"target-coded":    fTargetCoded,
	"both-parties":    fBoth,
	"object-party":    fObjectParty,
	"conflict-party":  fConflictParty,
	"doer-untold":     fDoerUntold,
	"reported-intent": fReportedIntent,
	"alone":           fAlone,
	"present-state":   fPresentState,
	"sub-participle":  fSubParticiple,
	"sub-other":       fSubOther,
	"background":      fBackground,
	"background-weak": fBackgroundWeak,
	"alleged":         fAlleged,
	"quad2":           fQuad2,
	"quad3":           fQuad3,
	"quad4":           fQuad4,
	"noun":            fNoun,
	"passive":         fPassive,
	"occurred":        fOccurred,
	"party":           fParty,
	"noun-doer":       fNounDoer,
	"said-by":         fSaidBy,
	"content":         fContent,
	"complement":      fComplement,
	"intent":          fIntent,
	"before":          fBefore,
	"means":           fMeans,
	"has-party":       fHasParty,
	"no-evidence":     fNoEvidence,
	"pattern-object":  fPatternObject,
	"pattern-prep":    fPatternPrep,
	"multi-word":      fMultiWord,
	"participle":      fParticiple,
	"generic-code":    fGenericCode,
}

// ConfFeatureNames are the features' names in bit order.
var ConfFeatureNames = func() [numConfFeatures]string {
	var names [numConfFeatures]string
	for n, f := range confFeatureIndex {
		names[f] = n
	}
	return names
}()

// confFeatures reads the features of the event of trigger t with source
// a and target b (actor indexes, -1 for none) coded c.
func (sc *sentCtx) confFeatures(t *trigger, a, b int, c *Code) uint64 {
	var x uint64
	set := func(f int, on bool) {
		if on {
			x |= 1 << f
		}
	}
	actors, lower := sc.actors, sc.lower
	set(fBias, true)
	set(fSource, a >= 0)
	set(fTarget, b >= 0)
	set(fSourceCoded, a >= 0 && actors[a].Code != "")
	set(fTargetCoded, b >= 0 && actors[b].Code != "")
	set(fBoth, a >= 0 && b >= 0)
	// an object or a preposition makes the pattern's sense sure when the
	// event has a party, actor or not, and, with no coded party, a doer
	// read or a person named (hasDoer); a clause that tells it happened
	// makes the event sure
	set(fObjectParty, (len(t.p.Object) > 0 || t.p.Prep != "") && (a >= 0 || b >= 0 || t.party || hasParty(t.evidence) && (t.passive || hasDoer(t.evidence, t.p.Noun))) || t.occurred)
	// "he fined the man", "14 others were killed": a conflictual act
	// whose clause names the person who did or underwent it tells an act
	// between people, coded actors or not; so does one whose clause names
	// its doer by a common noun ("the villagers blocked the road")
	set(fConflictParty, a < 0 && b < 0 && (t.party || t.nounDoer) && conflictCode(c.Code))
	set(fDoerUntold, doerUntold(t, a, b, c.Code))
	set(fReportedIntent, reportedIntent(t, a, b, c.Code))
	set(fAlone, t.alone)
	set(fPresentState, presentState(lower, t))
	// ", killing five civilians": a participle that goes on with the
	// sentence's own act is scaled less than a relative clause
	participle := t.at > 0 && lower[t.at-1] == "," && strings.HasSuffix(lower[t.at], "ing")
	set(fSubParticiple, t.sub && !t.background && participle)
	set(fSubOther, t.sub && !t.background && !participle)
	set(fBackground, t.background)
	set(fBackgroundWeak, t.background && passingFactor(t) < 0.6)
	set(fAlleged, t.alleged)
	set(fQuad2, c.Quad == 2)
	set(fQuad3, c.Quad == 3)
	set(fQuad4, c.Quad == 4)
	set(fNoun, t.p.Noun)
	set(fPassive, t.passive)
	set(fOccurred, t.occurred)
	set(fParty, t.party)
	set(fNounDoer, t.nounDoer)
	set(fSaidBy, t.saidBy)
	set(fContent, t.content)
	set(fComplement, t.complement)
	set(fIntent, t.intent >= 0)
	set(fBefore, t.before)
	set(fMeans, t.means >= 0)
	set(fHasParty, hasParty(t.evidence))
	set(fNoEvidence, t.evidence == nil)
	set(fPatternObject, len(t.p.Object) > 0)
	set(fPatternPrep, t.p.Prep != "")
	set(fMultiWord, len(t.p.Words) > 1)
	if j := sc.parse.synAt(t.at); j >= 0 {
		tag := sc.parse.syn[j].XPOS
		set(fParticiple, tag == "VBN" || tag == "VBG")
	}
	set(fGenericCode, len(c.Code) == 3 && c.Code[2] == '0')
	return x
}

// HandConfidence is the hand-set model over an event's features: it
// starts at 0.45, a source adds 0.2, a target 0.15, the pattern's object
// or preposition with a party 0.1 and a conflict party 0.1; the rest scale
// it (see the package comment in table.go).
func HandConfidence(x uint64) float64 {
	on := func(f int) bool { return x&(1<<f) != 0 }
	conf := 0.45
	for _, add := range []struct {
		f int
		w float64
	}{{fSource, 0.2}, {fTarget, 0.15}, {fObjectParty, 0.1}, {fConflictParty, 0.1}} {
		if on(add.f) {
			conf += add.w
		}
	}
	for _, mul := range []struct {
		f int
		w float64
	}{{fDoerUntold, 0.8}, {fReportedIntent, reportedFactor}, {fAlone, 0.7}, {fPresentState, presentStateFactor},
		{fSubParticiple, 0.75}, {fSubOther, 0.6}} {
		if on(mul.f) {
			conf *= mul.w
		}
	}
	if on(fBackground) {
		if on(fBackgroundWeak) {
			conf *= 0.5
		} else {
			conf *= 0.6
		}
	}
	if on(fAlleged) {
		conf *= 0.6
	}
	return conf
}

// ConfidenceModel is a logistic model over the confidence features: an
// event's confidence is sigmoid(w . x).
type ConfidenceModel struct {
	W [numConfFeatures]float64
}

// Confidence returns the model's confidence for the features x.
func (m *ConfidenceModel) Confidence(x uint64) float64 {
	z := 0.0
	for f := 0; f < numConfFeatures; f++ {
		if x&(1<<f) != 0 {
			z += m.W[f]
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// confidence is an event's confidence from its features: the stage's
// model, or the hand-set one when it has none; rounded to two places.
func (s *Stage) confidence(x uint64) float64 {
	c := HandConfidence(x)
	if s.Confidence != nil {
		c = s.Confidence.Confidence(x)
	}
	return float64(int(c*100+0.5)) / 100
}

// LoadConfidenceModel reads the learned model's format: tab-separated
// feature name and weight, one line each, # comments. Every feature must
// be listed once; an unknown, duplicate or missing feature or a weight
// that is no finite number is an error naming its line.
func LoadConfidenceModel(r io.Reader, name string) (*ConfidenceModel, error) {
	m := &ConfidenceModel{}
	seen := map[string]bool{}
	err := tsv.Each(r, name, 2, func(_ int, f []string) error {
		i, ok := confFeatureIndex[f[0]]
		if !ok {
			return fmt.Errorf("unknown feature %q", f[0])
		}
		if seen[f[0]] {
			return fmt.Errorf("feature %q listed twice", f[0])
		}
		seen[f[0]] = true
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
			return fmt.Errorf("weight %q is no number", f[1])
		}
		m.W[i] = w
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, n := range ConfFeatureNames {
		if !seen[n] {
			return nil, fmt.Errorf("%s: feature %q missing", name, n)
		}
	}
	return m, nil
}

// DefaultConfidenceModel loads the built-in learned model.
func DefaultConfidenceModel() (*ConfidenceModel, error) {
	return loadData("confidence.tsv", LoadConfidenceModel)
}
