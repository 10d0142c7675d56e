package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLoadPetrarchSpacing reads records whose attributes are written with
// spaces around "=" (as twelve of PETRARCH-2's unit-test records are),
// with their category, expected error and no-event mark.
func TestLoadPetrarchSpacing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.xml")
	os.WriteFile(p, []byte(`<Sentences>
<Sentence date = "20080801" id ="A-1" category="PARSING" sentence="true">
<Text>Arnor met Gondor.</Text>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="040"></EventCoding>
</Sentence>
<Sentence date="20080802" id="A-2" category="ERROR" sentence="true">
<Text>Arnor met Gondor.</Text>
<EventCoding error="sentencediscard"></EventCoding>
</Sentence>
<Sentence date="20080803" id="A-3" category="DEMO">
<Text>Nothing.</Text>
<EventCoding noevents = "True"></EventCoding>
</Sentence>
</Sentences>`), 0o644)
	recs, err := LoadPetrarch(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3", len(recs))
	}
	if r := recs[0]; r.ID != "A-1" || r.Date != "20080801" || r.Category != "PARSING" || len(r.Events) != 1 || r.Events[0].Code != "040" {
		t.Errorf("record 1: %+v", r)
	}
	if r := recs[1]; r.Error != "sentencediscard" || len(r.Events) != 0 {
		t.Errorf("record 2: %+v", r)
	}
	if r := recs[2]; !r.NoEvents {
		t.Errorf("record 3: %+v", r)
	}
}
