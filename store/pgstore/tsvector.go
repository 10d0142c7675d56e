package pgstore

import (
	"slices"
	"strings"

	"github.com/jackc/pgx/v5/pgtype"
)

// PostgreSQL's limits on a tsvector (src/include/tsearch/ts_type.h,
// ts_public.h) that to_tsvector applies.
const (
	maxLexeme   = 2048      // MAXSTRLEN: a word this long or longer is skipped, without a position
	maxPosition = 1<<14 - 1 // positions past it are this one (LIMITPOS)
	maxNumPos   = 255       // MAXNUMPOS - 1: positions kept of one lexeme
	maxVector   = 1<<20 - 1 // MAXSTRPOS: bytes of all lexemes
)

// TextVector returns the tsvector that the server's
// to_tsvector('simple', words) makes of words (the text as Words gives
// it: runs of letters and digits, one space between), computed here, so
// that the server, which spends about a tenth of its time storing an
// article parsing its text, only receives the result. It does so when
// words is ASCII (ok), where the server's parser makes each run one
// token and the simple dictionary its lower case, whatever its locale:
// positions count the runs from 1, a run of 2,048 bytes or more is
// skipped without one, a lexeme keeps its first 255 distinct positions
// and none past 16,383 (the positions after it are 16,383), lexemes are
// sorted by their bytes. Text with other characters (whose letters,
// digits and lower case are the server locale's) is left to the server
// (ok false); so is text whose lexemes pass the tsvector's size limit
// (the server then reports the error).
func TextVector(words string) (v pgtype.TSVector, ok bool) {
	for i := 0; i < len(words); i++ {
		if words[i] >= 0x80 {
			return v, false
		}
	}
	words = strings.ToLower(words)
	type occurrence struct {
		word string
		pos  uint16
	}
	occs := make([]occurrence, 0, strings.Count(words, " ")+1)
	pos := 0
	for w := range strings.FieldsSeq(words) {
		if len(w) >= maxLexeme {
			continue
		}
		pos++
		occs = append(occs, occurrence{w, uint16(min(pos, maxPosition))})
	}
	slices.SortFunc(occs, func(a, b occurrence) int {
		if c := strings.Compare(a.word, b.word); c != 0 {
			return c
		}
		return int(a.pos) - int(b.pos)
	})
	// a lexeme's positions are a run of one array, in order
	all := make([]pgtype.TSVectorPosition, 0, len(occs))
	size, start := 0, 0
	v.Valid = true
	for i, o := range occs {
		if i == 0 || occs[i-1].word != o.word {
			size += len(o.word)
			start = len(all)
			all = append(all, pgtype.TSVectorPosition{Position: o.pos})
			v.Lexemes = append(v.Lexemes, pgtype.TSVectorLexeme{Word: o.word, Positions: all[start:len(all):len(all)]})
			continue
		}
		n := len(all) - start
		if last := all[len(all)-1].Position; n < maxNumPos && last != maxPosition && last != o.pos {
			all = append(all, pgtype.TSVectorPosition{Position: o.pos})
			v.Lexemes[len(v.Lexemes)-1].Positions = all[start:len(all):len(all)]
		}
	}
	if size > maxVector {
		return pgtype.TSVector{}, false
	}
	return v, true
}
