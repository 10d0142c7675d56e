package store

import (
	"database/sql"
	"encoding/binary"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
)

// Near-duplicates. Two inputs are one article when their canonical URLs
// are the same, or when their texts share nearly all their five-word
// shingles: a re-scrape, the page with a changed comment, a truncated copy
// and the full one. The text test compares MinHash signatures (signHashes
// minima of the shingles' hashes) found through locality-sensitive bands
// (signBands bands of signRows minima each), so that an article is compared
// with the few stored articles that share a band, not with all of them.
const (
	signHashes = 126
	signRows   = 3
	signBands  = signHashes / signRows
	shingle    = 5
	// minShingles: shorter texts are matched by their bytes and URL only.
	minShingles = 20
	// Candidates whose estimated resemblance (Jaccard) reaches minEstimate
	// are compared shingle by shingle: an article is a copy of another when
	// their resemblance is at least minJaccard (a re-scrape, a changed
	// comment or caption), or when nearly all the smaller one's shingles
	// (minContain) are in the larger (a truncated copy).
	minEstimate = 0.2
	minJaccard  = 0.8
	minContain  = 0.95
	// maxBanded bounds the stored articles an article is compared with:
	// those sharing the most bands of its signature (the number shared
	// estimates their resemblance: a band of three minima is shared with
	// probability J³, so a copy of resemblance 0.8 or more shares about
	// 21 of the 42, a text of resemblance 0.5 about 5). Where many stored
	// texts are alike (templated reports, wire copies of one story), an
	// article shared a band with some 90 of them and read each one's
	// signature and text.
	maxBanded = 8
)

// CanonicalURL reduces a URL to the form two copies of one page share:
// no scheme, host without www., m. or amp., no fragment, no tracking
// parameters (utm_*, fbclid, gclid...), no trailing slash or /amp. It
// returns "" for what is not an http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		host = strings.TrimPrefix(host, p)
	}
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ocid" || lk == "cmpid" || lk == "ref" || lk == "smid" {
			q.Del(k)
		}
	}
	p := strings.TrimSuffix(u.EscapedPath(), "/")
	p = strings.TrimSuffix(p, "/amp")
	p = strings.TrimSuffix(p, "/index.html")
	out := host + p
	if enc := q.Encode(); enc != "" {
		out += "?" + enc
	}
	return out
}

// permA and permB are the multipliers (odd) and offsets of the signature's
// permutations, fixed so that signatures stay comparable across runs.
var permA, permB = func() (a, b [signHashes]uint64) {
	x := uint64(0x2545f4914f6cdd1d)
	for k := range a {
		x = mix(x + 0x9e3779b97f4a7c15)
		a[k] = x | 1
		x = mix(x + 0x9e3779b97f4a7c15)
		b[k] = x
	}
	return a, b
}()

// signature is a text's MinHash signature and its number of shingles.
type signature struct {
	mins     [signHashes]uint32
	shingles int
}

func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// sign computes the signature of a text's words (lower-cased letters and
// digits), or false when it has too few shingles.
func sign(text string) (signature, bool) {
	var s signature
	shingles := shingleHashes(text)
	if len(shingles) < minShingles {
		return s, false
	}
	for i := range s.mins {
		s.mins[i] = ^uint32(0)
	}
	for _, h := range shingles {
		for k := range s.mins {
			// one multiply-add permutation per minimum (h is already mixed)
			v := uint32((h*permA[k] + permB[k]) >> 32)
			if v < s.mins[k] {
				s.mins[k] = v
			}
		}
	}
	s.shingles = len(shingles)
	return s, true
}

// shingleHashes hashes each run of five words of a text (its letters and
// digits, lower-cased).
func shingleHashes(text string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	if len(words) < shingle {
		return nil
	}
	hs := make([]uint64, len(words))
	for i, w := range words {
		h := uint64(14695981039346656037) // FNV-1a
		for j := 0; j < len(w); j++ {
			h ^= uint64(w[j])
			h *= 1099511628211
		}
		hs[i] = h
	}
	out := make([]uint64, 0, len(words)-shingle+1)
	for i := 0; i+shingle <= len(words); i++ {
		var h uint64
		for _, x := range hs[i : i+shingle] {
			h = mix(h*31 + x)
		}
		out = append(out, h)
	}
	return out
}

func (s *signature) bytes() []byte {
	b := make([]byte, 4+4*signHashes)
	binary.LittleEndian.PutUint32(b, uint32(s.shingles))
	for i, v := range s.mins {
		binary.LittleEndian.PutUint32(b[4+4*i:], v)
	}
	return b
}

func readSignature(b []byte) (signature, bool) {
	var s signature
	if len(b) != 4+4*signHashes {
		return s, false
	}
	s.shingles = int(binary.LittleEndian.Uint32(b))
	for i := range s.mins {
		s.mins[i] = binary.LittleEndian.Uint32(b[4+4*i:])
	}
	return s, true
}

// bandKeys are the keys of a signature's bands: the band number in the top
// byte, a hash of its minima below.
func (s *signature) bandKeys() []int64 {
	keys := make([]int64, signBands)
	for b := range keys {
		var h uint64
		for _, v := range s.mins[b*signRows : (b+1)*signRows] {
			h = mix(h*31 + uint64(v))
		}
		keys[b] = int64(uint64(b)<<56 | h&(1<<56-1))
	}
	return keys
}

// resemblance estimates Jaccard similarity and containment of the
// smaller text in the larger.
func resemblance(a, b *signature) (jaccard, contain float64) {
	same := 0
	for i := range a.mins {
		if a.mins[i] == b.mins[i] {
			same++
		}
	}
	j := float64(same) / signHashes
	inter := j * float64(a.shingles+b.shingles) / (1 + j)
	return j, inter / float64(min(a.shingles, b.shingles))
}

// shingleSet is the set of a text's shingle hashes.
func shingleSet(text string) map[uint64]bool {
	set := map[uint64]bool{}
	for _, h := range shingleHashes(text) {
		set[h] = true
	}
	return set
}

// overlap is the exact resemblance and containment of two shingle sets.
func overlap(a, b map[uint64]bool) (jaccard, contain float64) {
	if len(a) > len(b) {
		a, b = b, a
	}
	inter := 0
	for h := range a {
		if b[h] {
			inter++
		}
	}
	if len(a) == 0 {
		return 0, 0
	}
	return float64(inter) / float64(len(a)+len(b)-inter), float64(inter) / float64(len(a))
}

// nearCopy finds a stored article the document is a copy of: same
// canonical URL, else a text close enough. It returns 0 when none.
func nearCopy(eng Engine, tx *sql.Tx, canon, body string, sig *signature) (id int64, reason string, sim float64, err error) {
	f, err := findStored(tx, "", canon, sig)
	if err != nil {
		return 0, "", 0, err
	}
	return f.nearCopy(eng, tx, body, sig)
}

// found is what one look-up read of the stored articles an article may
// be: the one with its bytes, the first with its canonical URL, those
// sharing a band of its signature (with their signatures).
type found struct {
	hash, url int64
	banded    []int64
	sigs      [][]byte
}

// findStored reads, in one statement, the stored article with the
// article's hash (none asked when hash is ""), the first with its
// canonical URL (when canon is not "") and those sharing a band of its
// signature (when sig is not nil), each with its signature (every row
// has one, so that both engines type the column alike): of those sharing
// a band, the maxBanded that share the most (then the oldest). It reads
// the articles sharing a band, then each one's signature by its key: a join
// would let the planner read every article's signature (a hash join over
// the whole table) when it expects many band matches, as it does before
// it has statistics, while nearly every article shares no band.
func findStored(tx *sql.Tx, hash, canon string, sig *signature) (found, error) {
	var f found
	var parts []string
	var args []any
	if hash != "" {
		parts = append(parts, "SELECT 0, id, signature FROM articles WHERE hash = ?")
		args = append(args, hash)
	}
	if canon != "" {
		parts = append(parts, "SELECT 1, id, signature FROM (SELECT id, signature FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1) u")
		args = append(args, canon)
	}
	if sig != nil {
		keys := sig.bandKeys()
		for _, k := range keys {
			args = append(args, k)
		}
		parts = append(parts, "SELECT 2, b.article_id, (SELECT signature FROM articles a WHERE a.id = b.article_id) FROM (SELECT article_id FROM signature_bands WHERE key IN ("+
			strings.TrimSuffix(strings.Repeat("?,", len(keys)), ",")+") GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT "+strconv.Itoa(maxBanded)+") b")
	}
	if len(parts) == 0 {
		return f, nil
	}
	rows, err := tx.Query(strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return f, fmt.Errorf("find article: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind int
		var id sql.NullInt64
		var blob []byte
		if err := rows.Scan(&kind, &id, &blob); err != nil {
			return f, fmt.Errorf("find article: %w", err)
		}
		switch {
		case !id.Valid:
		case kind == 0:
			f.hash = id.Int64
		case kind == 1:
			f.url = id.Int64
		default:
			f.banded = append(f.banded, id.Int64)
			f.sigs = append(f.sigs, blob)
		}
	}
	if err := rows.Err(); err != nil {
		return f, fmt.Errorf("find article: %w", err)
	}
	return f, nil
}

// nearCopy is the stored article the document is a copy of, from what
// findStored read: the one with its canonical URL, else the one whose
// text is closest enough (the oldest of equals). It returns 0 when none.
func (f *found) nearCopy(eng Engine, tx *sql.Tx, body string, sig *signature) (id int64, reason string, sim float64, err error) {
	if f.url != 0 {
		return f.url, "url", 1, nil
	}
	if sig == nil {
		return 0, "", 0, nil
	}
	var cands []int64
	for i, cand := range f.banded {
		if other, ok := readSignature(f.sigs[i]); ok {
			if j, _ := resemblance(sig, &other); j >= minEstimate {
				cands = append(cands, cand)
			}
		}
	}
	if len(cands) == 0 {
		return 0, "", 0, nil
	}
	mine := shingleSet(body)
	best := 0.0
	for _, cand := range cands {
		_, text, err := eng.articleText(tx, cand)
		if err != nil {
			return 0, "", 0, fmt.Errorf("find copies: %w", err)
		}
		j, c := overlap(mine, shingleSet(text))
		if (j >= minJaccard || c >= minContain) && (c > best || c == best && cand < id) {
			id, best = cand, c
		}
	}
	if id != 0 {
		return id, "text", best, nil
	}
	return 0, "", 0, nil
}

// addBands indexes an article's signature, in one statement.
func addBands(tx *sql.Tx, aid int64, sig *signature) error {
	keys := sig.bandKeys()
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, k, aid)
	}
	q := "INSERT INTO signature_bands (key, article_id) VALUES " + strings.TrimSuffix(strings.Repeat("(?, ?),", len(keys)), ",") + " ON CONFLICT DO NOTHING"
	if _, err := tx.Exec(q, args...); err != nil {
		return fmt.Errorf("index signature: %w", err)
	}
	return nil
}
