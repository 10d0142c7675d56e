package eval

import (
	"testing"

	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/place"
)

// TestMeantimeEntities holds the entity stage to its acceptance figure on
// MEANTIME: named-mention F1 >= 0.85 (persons, organisations and locations
// together; mentions matched by overlap and type) and the place check to
// >= 0.90 within 161 km.
func TestMeantimeEntities(t *testing.T) {
	dir := testenv.Shared(t, "peers", "timex", "meantime-english", "intra-doc_annotation")
	docs, err := LoadMeantime(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ScoreMeantimeNER(docs, st, true)
	p, r, f := s.PRF("")
	t.Logf("named mentions: P %.3f R %.3f F1 %.3f", p, r, f)
	if f < 0.85 {
		t.Errorf("named-mention F1 %.3f, want >= 0.85", f)
	}
	ps, _, err := ScoreMeantimePlaces(docs, st, place.New(st.Gaz, st.Lex))
	if err != nil {
		t.Fatal(err)
	}
	acc := ratio(ps.Right, ps.Mentions)
	t.Logf("places: %.3f of %d within 161 km", acc, ps.Mentions)
	if acc < 0.90 {
		t.Errorf("places within 161 km %.3f, want >= 0.90", acc)
	}
}

// TestPetrarchActors: the country part of the expected source and target
// codes is carried by dragoman's actors in >= 80% of cases.
func TestPetrarchActors(t *testing.T) {
	path := testenv.Shared(t, "peers", "universalpetrarch", "PETR2_GSR_validation.xml")
	recs, err := LoadPetrarch(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := ScorePetrarchActors(recs, st)
	got := ratio(s.Matched, s.Codes)
	t.Logf("%d codes, %.3f matched", s.Codes, got)
	if got < 0.80 {
		t.Errorf("actor country match %.3f, want >= 0.80", got)
	}
}
