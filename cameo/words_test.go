package cameo

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/words"
)

// TestWordsFile: the coder's word list loads, every class holds words, and
// a malformed entry is an error naming the file and its line.
func TestWordsFile(t *testing.T) {
	l, err := words.Parse(strings.NewReader(wordsTSV), "cameo/data/words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range l.Classes() {
		if len(l.Class(c).Words()) == 0 {
			t.Errorf("class %q has no words", c)
		}
	}
	lines := strings.Count(wordsTSV, "\n") + 1
	for _, bad := range []string{
		"nosuchclass\tword\t-",        // a class not declared
		"reporting\tsaid\t-",          // a word twice in its class
		"reporting\tvowed",            // a missing field
		"reporting\tvowed\tlemma=vow", // an attribute the class has not
		"@class\treporting\t-\tagain", // a class declared twice
		"reporting\t vowed\t-",        // surrounding spaces
	} {
		_, err := words.Parse(strings.NewReader(wordsTSV+"\n"+bad+"\n"), "cameo/data/words.tsv")
		if err == nil || !strings.Contains(err.Error(), "cameo/data/words.tsv") || !strings.Contains(err.Error(), strconv.Itoa(lines+1)) {
			t.Errorf("%q: error %v, want one naming the file and line %d", bad, err, lines+1)
		}
	}
}

// TestSensesFile: the verb senses load, every class holds words, and a
// malformed entry is an error naming the file and its line.
func TestSensesFile(t *testing.T) {
	l, err := words.Parse(strings.NewReader(sensesTSV), "cameo/data/senses.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"appealing", "helping", "dismissing", "verbal-attack", "conceding"} {
		if len(l.Class(c).Words()) == 0 {
			t.Errorf("class %q has no words", c)
		}
	}
	lines := strings.Count(sensesTSV, "\n") + 1
	for _, bad := range []string{
		"nosuchclass\tword\t-", // a class not declared
		"helping\thelp\t-",     // a word twice in its class
		"helping\taid",         // a missing field
	} {
		_, err := words.Parse(strings.NewReader(sensesTSV+"\n"+bad+"\n"), "cameo/data/senses.tsv")
		if err == nil || !strings.Contains(err.Error(), "cameo/data/senses.tsv") || !strings.Contains(err.Error(), strconv.Itoa(lines+1)) {
			t.Errorf("%q: error %v, want one naming the file and line %d", bad, err, lines+1)
		}
	}
}
