package petrarch

import (
	"errors"
	"strings"
	"testing"
)

// transformVerbs is a small verb dictionary the transformation tests add
// their "~" lines to.
const transformVerbs = `--- VERBAL [010] ---
UTTER
--- INTEND [---] ---
HOPE [030]
--- TRY [---] ---
TRY
--- SKIRMISH [190] ---
SKIRMISH
`

// describeT writes a transformation's pattern with its codes resolved.
func describeT(t *Transform) string {
	var b strings.Builder
	var walk func(e *TEvent)
	walk = func(e *TEvent) {
		b.WriteString(e.Source + " ")
		if e.Inner != nil {
			b.WriteString("(")
			walk(e.Inner)
			b.WriteString(") ")
		} else {
			b.WriteString(e.Target + " ")
		}
		b.WriteString(e.Verb + "=" + e.Code)
	}
	walk(t.Frame)
	return b.String() + " -> " + t.Source + " " + t.Target + " " + t.Code
}

func TestReadTransforms(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string
	}{
		{"~ a (a b SKIRMISH) UTTER = a b 015", "a (a b SKIRMISH=190) UTTER=010 -> a b 015"},
		{"~ a (b . SKIRMISH ) UTTER = a b 112", "a (b . SKIRMISH=190) UTTER=010 -> a b 112"},
		{"~ a (a b Q) UTTER = a b Q", "a (a b Q=) UTTER=010 -> a b Q"},
		{"~ a (_ b SKIRMISH) HOPE = a b 138", "a (_ b SKIRMISH=190) HOPE=030 -> a b 138"},
		{"~ a (_ b SKIRMISH) TRY = a b 185", "a (_ b SKIRMISH=190) TRY=--- -> a b 185"},
		{"~ a (b (b c SKIRMISH) HOPE) UTTER = a c 1384", "a (b (b c SKIRMISH=190) HOPE=030) UTTER=010 -> a c 1384"},
	} {
		v, err := ReadVerbs(strings.NewReader(transformVerbs+tc.line+"\n"), "t")
		if err != nil {
			t.Errorf("%s: %v", tc.line, err)
			continue
		}
		if len(v.Transforms) != 1 {
			t.Errorf("%s: %d transforms", tc.line, len(v.Transforms))
			continue
		}
		if got := describeT(v.Transforms[0]); got != tc.want {
			t.Errorf("%s: read %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestReadTransformsMalformed: each malformed line is an error naming
// the file and the line.
func TestReadTransformsMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, line, msg string
	}{
		{"no result", "~ a (a b SKIRMISH) UTTER", "want ~ PATTERN = RESULT"},
		{"flat frame", "~ a b UTTER = a b 010", "must be the event it frames"},
		{"unclosed", "~ a (a b SKIRMISH UTTER = a b 015", "missing )"},
		{"no verb", "~ a (a b) UTTER = a b 015", "ends in its verb"},
		{"bad variable", "~ A (a b SKIRMISH) UTTER = a b 015", "not a variable"},
		{"trailing", "~ a (a b SKIRMISH) UTTER b = a b 015", "unexpected"},
		{"short result", "~ a (a b SKIRMISH) UTTER = a 015", "SOURCE TARGET CODE"},
		{"unbound result", "~ a (a b SKIRMISH) UTTER = a c 015", "not a letter of the pattern"},
		{"wildcard result", "~ a (b . SKIRMISH) UTTER = a . 015", "not a letter of the pattern"},
		{"bad code", "~ a (a b SKIRMISH) UTTER = a b 01X", "not a CAMEO code"},
		{"Q without Q", "~ a (a b SKIRMISH) UTTER = a b Q", "no Q in the pattern"},
		{"unknown verb", "~ a (a b PARLEY) UTTER = a b 015", "does not list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadVerbs(strings.NewReader(transformVerbs+tc.line+"\n"), "bad.verbs")
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.Line != 9 || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("err = %v, want bad.verbs:9: ...%s...", err, tc.msg)
			}
		})
	}
}

// A phrase verb name (whose codes PETRARCH adds up) is dropped with a
// warning.
func TestReadTransformsPhraseName(t *testing.T) {
	v, err := ReadVerbs(strings.NewReader(transformVerbs+"~ a (a b HOPE_SKIRMISH) UTTER = a b 138\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Transforms) != 0 || len(v.Warnings) != 1 || !strings.Contains(v.Warnings[0].Error(), "t:9: transformation names the phrase verb") {
		t.Errorf("transforms %d, warnings %v", len(v.Transforms), v.Warnings)
	}
}

func TestCodeUnder(t *testing.T) {
	for _, tc := range []struct {
		code, verb string
		want       bool
	}{
		{"190", "190", true},
		{"193", "190", true},   // a root's cue code stands for the root
		{"1823", "190", false}, // another root
		{"0211", "021", true},  // under a three-digit code
		{"022", "021", false},
		{"186", "186", true},
		{"185", "186", false},
		{"010", "010", true},
		{"015", "010", true},
		{"---", "---", true}, // a verb that codes nothing
		{"", "---", true},
		{"190", "---", false},
		{"---", "190", false},
	} {
		if got := CodeUnder(tc.code, tc.verb); got != tc.want {
			t.Errorf("CodeUnder(%q, %q) = %v, want %v", tc.code, tc.verb, got, tc.want)
		}
	}
}
