package posture_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dragoman/dragoman/analyzer"
	"github.com/dragoman/dragoman/input"
)

func TestDbg(t *testing.T) {
	b, err := os.ReadFile("/tmp/one.jsonl")
	if err != nil {
		t.Skip()
	}
	var r struct{ ID, Published, Text string }
	json.Unmarshal(b, &r)
	a, _ := analyzer.New(analyzer.Options{})
	d, _ := a.Analyze(input.Item{Name: "x", Data: []byte(r.Text), Format: "text", Meta: input.Meta{Published: r.Published}})
	for _, ap := range d.Actors {
		t.Logf("actor %q %s %s", d.Text[ap.Start:ap.End], ap.Code, ap.Type)
	}
	for _, p := range d.Places {
		t.Logf("place %+v", p)
	}
	for _, c := range d.Posture.Changes {
		t.Logf("change %+v", c)
	}
}
