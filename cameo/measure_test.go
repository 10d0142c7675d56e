package cameo

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/words"
)

// TestMeasureNoun checks that an event noun in the "of" phrase of a span
// of time or a run of events (class measure-noun) is told happening as the
// span is: after a preposition that tells it happened (modified, itself or
// the span beyond its count, as a bare event noun there must be), or as
// the subject of a verb of occurrence; feared or to come, it is not.
func TestMeasureNoun(t *testing.T) {
	checkCountedOrUnread(t, load(t), "2020-12-02", []triggerCounted{
		{"after a span", "After three weeks of clashes in the Zorvan capital, the two factions signed a truce.", "clashes", "19", true},
		{"amid a span", "The Zorvan envoy left the capital amid a week of clashes near the border.", "clashes", "19", true},
		{"despite a span", "Despite two days of clashes near the border, the Zorvan envoy stayed in the capital.", "clashes", "19", true},
		{"feared, not told happening", "Zorvan officials feared three weeks of clashes in the capital.", "clashes", "19", false},
		{"the span still to come", "A month of rioting will begin in Port Veloria, the Zorvan police warned.", "rioting", "14", false},
		// after a preposition, a bare event noun names no one's act,
		// under a span as alone
		{"a bare noun under a span", "After three weeks of talks, the Zorvan and Velorian envoys signed a truce.", "talks", "04", false},
		// a bare event noun after the preposition, no span: as before
		{"a bare noun, no span", "Zorvan officials feared clashes in the capital.", "clashes", "19", false},
	})
}

// TestMeasureNounClass: a measure noun takes no attribute; an entry with
// one is malformed and named when the list is read.
func TestMeasureNounClass(t *testing.T) {
	if !measureNouns["week"] || !measureNouns["series"] {
		t.Fatalf("measure-noun class: %v, want week and series in it", measureNouns)
	}
	b, err := fs.ReadFile(dataFS, "data/words/occurrence.tsv")
	if err != nil {
		t.Fatal(err)
	}
	_, err = words.Parse(strings.NewReader(string(b)+"\nmeasure-noun\tzzspan\tpreps=of\n"), "cameo/data/words/occurrence.tsv")
	if err == nil || !strings.Contains(err.Error(), "measure-noun") {
		t.Errorf("a measure noun with an attribute: error %v, want one naming its class", err)
	}
}
