package eval

import (
	"testing"

	"github.com/dragoman/dragoman/entity"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/quote"
)

// TestQuoteSmokeSuite: every case of the textacy quotation suite right.
func TestQuoteSmokeSuite(t *testing.T) {
	path := testenv.Shared(t, "peers", "quotes", "textacy-direct-quotations", "cases.json")
	cases, err := LoadQuoteCases(path)
	if err != nil {
		t.Fatal(err)
	}
	ent, qs := quoteStages(t)
	right, notes := ScoreQuoteCases(cases, ent, qs)
	for _, n := range notes {
		t.Log(n)
	}
	if right != len(cases) {
		t.Errorf("%d of %d cases right", right, len(cases))
	}
}

// TestQuoteCheck: on the hand-annotated news bodies, direct-quote F1 >=
// 0.80 and the speaker right on >= 0.85 of the quotes found.
func TestQuoteCheck(t *testing.T) {
	dir := testenv.Shared(t, "peers", "article-extraction-benchmark")
	pages, err := LoadExtraction(dir)
	if err != nil {
		t.Fatal(err)
	}
	ent, qs := quoteStages(t)
	s, notes := ScoreQuoteCheck(pages, quotesGold, ent, qs)
	for _, n := range notes {
		t.Log(n)
	}
	p, r, f := prf(s.Matched, s.Pred, s.Gold)
	sp := ratio(s.SpeakerRight, s.Matched)
	t.Logf("quotes: P %.3f R %.3f F1 %.3f; speaker right %.3f (%d of %d)", p, r, f, sp, s.SpeakerRight, s.Matched)
	if f < 0.80 || sp < 0.85 {
		t.Errorf("quote F1 %.3f (want >= 0.80), speaker %.3f (want >= 0.85)", f, sp)
	}
}

// quoteStages builds the entity and quote stages the quote checks run.
func quoteStages(t *testing.T) (*entity.Stage, *quote.Stage) {
	t.Helper()
	ent, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quote.New()
	if err != nil {
		t.Fatal(err)
	}
	return ent, qs
}
