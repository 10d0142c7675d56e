package cameo

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/words"
)

// TestWordFiles: each of the coder's word lists loads, every class holds
// words, the classes the coder reads are declared, and a malformed entry
// is an error naming the file and its line.
func TestWordFiles(t *testing.T) {
	type file struct {
		name, text  string
		class, word string // a word of a class of the file, to be listed twice
	}
	files := []file{
		{"cameo/data/modality.tsv", modalityTSV, "conditional", "if"},
		{"cameo/data/senses.tsv", sensesTSV, "helping", "help"},
	}
	names, err := fs.Glob(dataFS, ownWordFiles)
	if err != nil || len(names) < 2 {
		t.Fatalf("word files %v: %v", names, err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(dataFS, n)
		if err != nil {
			t.Fatal(err)
		}
		l, err := words.Parse(strings.NewReader(string(b)), n)
		if err != nil {
			t.Fatal(err)
		}
		c := l.Classes()[0]
		files = append(files, file{n, string(b), c, l.Class(c).Words()[0]})
	}
	for _, want := range []struct {
		l       *words.List
		classes []string
	}{
		{own, []string{"reporting", "demanding", "occurrence", "answering", "reacting", "scene", "no-act-modifier", "infinitive-marker", "verb-group-negation", "passive-adverb", "passing-preposition", "negative-determiner", "scene-noun-opener", "accompaniment-preposition", "containment-preposition", "cessation-opener", "prepositional-plural", "country-preposition", "nesting-preposition", "passive-source-preposition", "agent-place-preposition", "share", "suffering", "summary-noun", "combat", "injury", "lethal-adverb", "reply", "addressed-root", "maker-participle"}},
		{modal, []string{"cessation", "stopping", "want", "intent", "commissive", "refusal", "hedge", "claim", "conditional", "barring", "attempt", "attempt-verb"}},
		{senses, []string{"appealing", "helping", "dismissing", "verbal-attack", "conceding", "aimed-preposition", "matter-preposition", "promised-harm"}},
	} {
		for _, c := range want.classes {
			if !slices.Contains(want.l.Classes(), c) || len(want.l.Class(c).Words()) == 0 {
				t.Errorf("%s: class %q missing or empty", want.l.Name, c)
			}
		}
	}
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			l, err := words.Parse(strings.NewReader(f.text), f.name)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range l.Classes() {
				if len(l.Class(c).Words()) == 0 {
					t.Errorf("class %q has no words", c)
				}
			}
			lines := strings.Count(f.text, "\n") + 1
			for _, bad := range []string{
				"nosuchclass\tword\t-",              // a class not declared
				f.class + "\t" + f.word + "\t-",     // a word twice in its class
				f.class + "\tzzword",                // a missing field
				f.class + "\tzzword\tlemma=vow",     // an attribute the class has not
				"@class\t" + f.class + "\t-\tagain", // a class declared twice
				f.class + "\t zzword\t-",            // surrounding spaces
			} {
				_, err := words.Parse(strings.NewReader(f.text+"\n"+bad+"\n"), f.name)
				if err == nil || !strings.Contains(err.Error(), f.name) || !strings.Contains(err.Error(), strconv.Itoa(lines+1)) {
					t.Errorf("%q: error %v, want one naming the file and line %d", bad, err, lines+1)
				}
			}
		})
	}
}

// TestReactingPreps: a reacting verb without its prepositions is a
// malformed entry, named when the list is checked at load.
func TestReactingPreps(t *testing.T) {
	if err := haveAttr(own, "reacting", "preps"); err != nil {
		t.Fatal(err)
	}
	b, err := fs.ReadFile(dataFS, "data/words/occurrence.tsv")
	if err != nil {
		t.Fatal(err)
	}
	l, err := words.Parse(strings.NewReader(string(b)+"\nreacting\tzzverb\t-\n"), "cameo/data/words/occurrence.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if err := haveAttr(l, "reacting", "preps"); err == nil || !strings.Contains(err.Error(), "zzverb") {
		t.Errorf("a reacting verb without preps: error %v, want one naming it", err)
	}
}

// TestLiteralClasses: the word classes that replaced literal comparisons
// in the clause readers hold the words they did and no others.
func TestLiteralClasses(t *testing.T) {
	for _, c := range []struct {
		name string
		set  map[string]bool
		want []string
	}{
		{"agent preposition", agentPreps, []string{"by"}},
		{"genitive preposition", genitive, []string{"of"}},
		{"additive conjunction", additive, []string{"and"}},
		{"articles", articles, []string{"a", "an", "the"}},
		{"indefinite articles", indefinites, []string{"a", "an"}},
		{"complementizer", complements, []string{"that"}},
		{"first-person subjects", firstPerson, []string{"i", "we"}},
		{"infinitive marker", infinitiveMarkers, []string{"to"}},
		{"negating adverbs", negatingAdverbs, []string{"n't", "never", "not"}},
		{"negating particles", negatingParticles, []string{"n't", "not"}},
		{"obligation modals", obligationModals, []string{"must", "should"}},
		{"condition marks", conditionMarks, []string{"if", "unless"}},
		{"absolute marks", absoluteMarks, []string{"with", "without"}},
		{"thing pronouns", thingPronouns, []string{"it", "that", "this"}},
		{"appeal prepositions", appealPreps, []string{"for", "on", "upon"}},
		{"feared-gerund prepositions", fearedGerundPreps, []string{"from", "of"}},
		{"correlative negators", correlativeNeg, []string{"neither", "nor"}},
		{"means openers", meansOpeners, []string{"by", "in", "when", "with"}},
		{"source preposition", sourcePreps, []string{"from"}},
		{"definite article", definite, []string{"the"}},
		{"possessive clitics", clitics, []string{"'s", "’s"}},
		{"personal pronouns", personalPronoun, []string{"he", "her", "him", "she", "them", "they"}},
		{"list conjunctions", listConjunctions, []string{"and", "or"}},
		{"attribution openers", attributionOpeners, []string{"according"}},
		{"party prepositions", partyPreps, []string{"among", "between", "to", "with"}},
		{"plural subjects", pluralSubjects, []string{"all", "both", "they", "we"}},
		{"actor joiners", actorJoiners, []string{"&", "and"}},
		{"third-person pronouns", thirdPersons, []string{"he", "her", "hers", "herself", "him", "himself", "his", "it", "its", "itself", "she", "their", "theirs", "them", "themselves", "they"}},
	} {
		var got []string
		for w := range c.set {
			got = append(got, w)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPhrasesAndStems: the phrase and stem classes read as the literals
// they replaced did, and a phrase of the wrong length is refused at load.
func TestPhrasesAndStems(t *testing.T) {
	lower := strings.Fields("he has not ruled out talks according to aides")
	if !phraseAt(rulingOut, lower, 3) || phraseAt(rulingOut, lower, 4) || !phraseAt(attributionPhrases, lower, 6) || phraseAt(attributionPhrases, lower, 7) {
		t.Error("phraseAt misreads ruled out / according to")
	}
	for w, want := range map[string]bool{"striking": true, "strikes": true, "struck": true, "strucken": false, "stroke": false} {
		if hasStem(labourStrike, w) != want {
			t.Errorf("hasStem(labour-strike, %q) = %v", w, !want)
		}
	}
	if !hasStem(protestStem, "protesters") || hasStem(callStem, "recall") || !hasFold(beLemma, "Be") {
		t.Error("stems or lemmas misread")
	}
	l, err := words.Parse(strings.NewReader("@class\tp\t-\tphrases\np\taccording\t-\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if recover() == nil {
			t.Error("a one-word entry in a class of two-word phrases passed")
		}
	}()
	mustPhrases(l.Class("p"), 2)
}
