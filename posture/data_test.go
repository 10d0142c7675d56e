package posture

import (
	"strings"
	"testing"
)

func TestDefaultData(t *testing.T) {
	d, err := DefaultData()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"ordered_departure", "reduced_staffing", "closed", "threatened_closure", "attacked", "ambassador_recalled"} {
		if _, ok := d.Statuses[s]; !ok {
			t.Errorf("status %s missing", s)
		}
	}
}

func TestMalformedData(t *testing.T) {
	base := "status\twithdrawn\tstatus\tstaffing\tx\nstatus\treduced_staffing\tstatus\tstaffing\tx\nstatus\tstaff_expelled\tstatus\tenvoy\tx\n" +
		"status\tambassador_expelled\tstatus\tenvoy\tx\nstatus\tclosed\tstatus\toperation\tx\nstatus\tthreatened_closure\tthreat\t-\tx\n"
	for _, tc := range []struct{ name, line, want string }{
		{"unknown record", "colour\tred", "unknown record type"},
		{"field count", "post\tembassy\tembassy", "want 4"},
		{"bad kind", "status\tx\tmood\t-\td", "kind"},
		{"bad flag", "post\tembassy\tembassy\tsometimes", "flag"},
		{"bad role", "staff\tambassador\tchief", "role"},
		{"bad args", "trigger\tclosed\tclose\tVERB\tbuilding\t-\t-", "arguments"},
		{"unknown status", "trigger\tvanished\tvanish\tVERB\tpost\t-\t-", "unknown status"},
		{"upper case", "negation\tNot", "lower case"},
		{"empty field", "partial\t ", "empty"},
		{"duplicate", "status\tclosed\tstatus\toperation\tagain", "twice"},
		{"bad level", "level\tdo not travel\tfive", "not 1-9"},
		{"level out of range", "level\tstay home\t12", "not 1-9"},
		{"bad direction", "direction\traise\tup", "raised or lowered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(base+tc.line+"\n"), "test.tsv")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "test.tsv:") {
				t.Errorf("got %v, want an error naming the line with %q", err, tc.want)
			}
		})
	}
	if _, err := Load(strings.NewReader("status\tclosed\tstatus\toperation\tx\n"), "short.tsv"); err == nil {
		t.Error("a file without the statuses the rules use loaded")
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("status\tclosed\tstatus\toperation\tx\n")
	f.Add("trigger\tclosed\tclose\tVERB\tpost\t-\t-\n")
	f.Add(string(postureTSV))
	f.Fuzz(func(t *testing.T, s string) {
		Load(strings.NewReader(s), "fuzz.tsv")
	})
}
