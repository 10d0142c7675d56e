package doc

import "testing"

func TestSetStr(t *testing.T) {
	var p *string
	SetStr(&p, "")
	if p != nil {
		t.Fatalf("empty string set the field to %q", *p)
	}
	SetStr(&p, "CNN")
	SetStr(&p, "")
	if p == nil || *p != "CNN" {
		t.Fatalf("got %v, want CNN kept", p)
	}
}
