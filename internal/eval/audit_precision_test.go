package eval

import (
	"strings"
	"testing"
)

func TestPrecisionAuditLoads(t *testing.T) {
	pa, err := LoadPrecisionAudit("audit-precision.tsv", auditPrecisionTSV)
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, e := range pa.Events {
		if e.Right {
			right++
		}
	}
	if len(pa.Articles) != 40 || len(pa.Events) != 148 || right != 98 {
		t.Errorf("%d articles, %d events, %d right; want 40, 148, 98", len(pa.Articles), len(pa.Events), right)
	}
}

func TestPrecisionAuditMalformed(t *testing.T) {
	const art = "article\tx-1\n"
	for _, bad := range []string{
		"x-1\t0\t5\tmet\t040\tUSA\t---\tright\t-\n",             // no article line
		art + "x-1\t0\t5\tmet\t999\tUSA\t---\tright\t-\n",       // not a code
		art + "x-1\t0\t5\tmet\t040\tusa\t---\tright\t-\n",       // actor
		art + "x-1\t0\t5\tmet\t040\tUSA\t---\twrong\t-\n",       // wrong without reason
		art + "x-1\t0\t5\tmet\t040\tUSA\t---\twrong\tbecause\n", // unknown reason
		art + "x-1\t0\t5\tmet\t040\tUSA\t---\tright\tsense\n",   // right with a reason
		art + "x-1\tzero\t5\tmet\t040\tUSA\t---\tright\t-\n",    // sentence number
		art + "x-1\t0\t5\tmet\t040\tUSA\t---\tright\n",          // fields
		art + art, // article twice
	} {
		if _, err := LoadPrecisionAudit("t", bad); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
	pa, err := LoadPrecisionAudit("t", art+"x-1\t0\t5\tmet\t040\tUSA\t---\twrong\tmodality\n")
	if err != nil || len(pa.Events) != 1 || pa.Events[0].Right || !strings.EqualFold(pa.Events[0].Reason, "modality") {
		t.Errorf("a good line: %v %+v", err, pa)
	}
}
