package eval

import (
	"strings"
	"testing"
)

func TestLoadActorAudit(t *testing.T) {
	audit, err := LoadActorAudit("audit-actors.tsv", auditActorsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(audit) != 117 {
		t.Errorf("the audit has %d events, want 117", len(audit))
	}
	audit2, err := LoadActorAudit("audit-actors2.tsv", auditActors2TSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(audit2) != 81 {
		t.Errorf("audit two has %d events, want 81", len(audit2))
	}
	seen := map[string]bool{}
	for _, e := range audit {
		seen[e.ID] = true
	}
	for _, e := range audit2 {
		if seen[e.ID] {
			t.Errorf("audit two's article %s is in the first audit too", e.ID)
		}
	}
	good := "a-1\t2005-01-02\t3\tmet\t040\tUSA\t---\tUSAGOV\tFRAGOV\ttgt:missing\tThe envoy met the minister."
	if _, err := LoadActorAudit("t", good); err != nil {
		t.Fatalf("good line: %v", err)
	}
	for _, tc := range []struct{ name, from, to string }{
		{"fields", "\tThe envoy", " The envoy"},
		{"date", "2005-01-02", "2005-1-2"},
		{"number", "\t3\t", "\tthree\t"},
		{"code", "\t040\t", "\t049\t"},
		{"actor", "\tUSAGOV\t", "\tusa\t"},
		{"reason", "tgt:missing", "missing"},
		{"reasons joined", "tgt:missing", "tgt:missing, src:anaphor"},
		{"trigger", "\tmet\t", "\t \t"},
	} {
		bad := strings.Replace(good, tc.from, tc.to, 1)
		if bad == good {
			t.Fatalf("%s: the case changes nothing", tc.name)
		}
		if _, err := LoadActorAudit("t", bad); err == nil {
			t.Errorf("%s: %q loaded without an error", tc.name, bad)
		}
	}
}
