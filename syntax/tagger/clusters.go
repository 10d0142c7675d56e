package tagger

import (
	"strings"

	"github.com/dragoman/dragoman/syntax/cluster"
)

// Word clusters as features (after Koo, Carreras & Collins 2008 and
// Turian, Ratinov & Bengio 2010): a model trained with Options.Clusters
// keeps each clustered word's bit string (syntax/cluster, learned from
// news text and EWT train's word forms) and reads, for the word tagged,
// the strings' prefixes of 4 and 6 bits and the whole string, alone and
// with the word's capitalization; for the words beside it, the prefix of
// 4 bits and the whole string; with the previous tag and with the next
// word's string, the word's whole string. A word the clusters lack has
// the strings of no cluster. A model without clusters reads none of
// these templates (its word's clus are 0).

// Feature sets a model may have beyond the base templates (Model.feat).
const (
	featClusters  = 1 << iota // the cluster templates
	featSuffix5               // a fifth suffix, of 5 bytes
	featUnkClus               // unknown words' clusters as templates of their own
	featClusAmb               // unknown words' ambiguity class from their cluster
	featClusters2             // more cluster templates: more prefixes, farther words
)

// Unknown words' ambiguity classes (featClusAmb): a word with no
// ambiguity class of its own takes its cluster's, the classes seen with
// at least ambMinShare of the training tokens of the cluster's rare words
// (seen at most clusAmbRare times), when the cluster has at least
// clusAmbMin such tokens. It is hashed apart from a known word's class,
// and the word still counts as unknown (word.unknown).
const (
	clusAmbRare = 5
	clusAmbMin  = 10
)

// clusterAmbs makes the clusters' ambiguity classes from the training
// words' class counts (keyed as wordCounts keys them).
func clusterAmbs(counts map[string][]int32, clusters map[string]uint64) map[uint64][]uint8 {
	agg := map[uint64][]int64{}
	for key, v := range counts {
		if strings.HasPrefix(key, "\x00") {
			continue
		}
		total := int32(0)
		for _, n := range v {
			total += n
		}
		code := clusters[cluster.Fold(key)]
		if total > clusAmbRare || code == 0 {
			continue
		}
		a := agg[code]
		if a == nil {
			a = make([]int64, len(v))
			agg[code] = a
		}
		for c, n := range v {
			a[c] += int64(n)
		}
	}
	out := map[uint64][]uint8{}
	for code, a := range agg {
		total := int64(0)
		for _, n := range a {
			total += n
		}
		if total < clusAmbMin {
			continue
		}
		var tags []uint8
		for c, n := range a {
			if n > 0 && float64(n) >= ambMinShare*float64(total) {
				tags = append(tags, uint8(c))
			}
		}
		out[code] = tags
	}
	return out
}

// clusterAmbHash is the ambiguity class hash of an unknown word whose
// cluster's class is tags.
func clusterAmbHash(tags []uint8) uint64 { return mix(hashUnknown, ambHash(tags)) }

// unknownAmb gives w, when it has no ambiguity class, its cluster's.
func (m *Model) unknownAmb(w *word) {
	w.clusAmb = false
	if w.amb != hashUnknown || m.clusAmbs == nil {
		return
	}
	if h, ok := m.clusAmbs[w.code]; ok {
		w.amb, w.clusAmb = h, true
	}
}

// unknown reports whether w has no ambiguity class of its own.
func (w *word) unknown() bool { return w.amb == hashUnknown || w.clusAmb }

// clusterCode packs a bit string as 1<<len | bits.
func clusterCode(bits string) uint64 {
	c := uint64(1)
	for i := 0; i < len(bits); i++ {
		c = c<<1 | uint64(bits[i]-'0')
	}
	return c
}

// codeLen returns the number of bits of a code.
func codeLen(c uint64) int {
	n := -1
	for c > 0 {
		c >>= 1
		n++
	}
	return n
}

// clusterPrefix hashes the first k bits of code (all of them when k is 0
// or the code is shorter); code 0 is no cluster.
func clusterPrefix(code uint64, k int) uint64 {
	if n := codeLen(code); k > 0 && n > k {
		code >>= uint(n - k)
	}
	return mix(code+0x636c, uint64(k)+0x70)
}

// clusterTable maps folded forms to their cluster codes.
func clusterTable(es []cluster.Entry) map[string]uint64 {
	if len(es) == 0 {
		return nil
	}
	t := make(map[string]uint64, len(es))
	for _, e := range es {
		if len(e.Bits) > 0 && len(e.Bits) < 64 {
			t[e.Word] = clusterCode(e.Bits)
		}
	}
	return t
}

// clusterOf sets w's cluster hashes for the word s (0 when the model has
// no clusters).
func (m *Model) clusterOf(w *word, s string) {
	if m.clusters == nil {
		w.clus, w.code = [3]uint64{}, 0
		return
	}
	var code uint64
	var buf [48]byte
	if len(s) <= len(buf) {
		b := buf[:len(s)]
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			b[i] = c
		}
		code = m.clusters[string(b)]
	} else {
		code = m.clusters[cluster.Fold(s)]
	}
	w.code = code
	w.clus = [3]uint64{clusterPrefix(code, 4), clusterPrefix(code, 6), clusterPrefix(code, 0)}
	w.clusX = [3]uint64{}
	if m.feat&featClusters2 != 0 {
		w.clusX = [3]uint64{clusterPrefix(code, 2), clusterPrefix(code, 8), clusterPrefix(code, 10)}
	}
}

// suffix5 sets w's fifth suffix for s when the model reads it.
func (m *Model) suffix5(w *word, s string) {
	w.suf5 = 0
	if m.feat&featSuffix5 != 0 && len(s) >= 5 {
		w.suf5 = mix(13, hashLower(s[len(s)-5:]))
	}
}

// clusterWordFeatures appends the cluster templates that read only w.
func clusterWordFeatures(out []uint64, w *word) []uint64 {
	if w.suf5 != 0 {
		out = append(out, fix(mix(fSuf5, w.suf5)))
	}
	if w.clus[0] == 0 {
		return out
	}
	if w.unkClus {
		if w.unknown() {
			out = append(out,
				fix(mix(fUnkClus4, w.clus[0])),
				fix(mix(fUnkClusF, w.clus[2])),
			)
		}
	}
	if w.clusX[0] != 0 {
		out = append(out,
			fix(mix(fClus2, w.clusX[0])),
			fix(mix(fClus8, w.clusX[1])),
			fix(mix(fClus10, w.clusX[2])),
			fix(mix(mix(fClusFSuf3, w.clus[2]), w.suf[2])),
		)
	}
	return append(out,
		fix(mix(fClus4, w.clus[0])),
		fix(mix(fClus6, w.clus[1])),
		fix(mix(fClusF, w.clus[2])),
		fix(mix(mix(fClusFCap, w.clus[2]), w.flags&(flagInitCap|flagAllUpper|flagFirst))),
	)
}

// clusterNeighbourFeatures appends the cluster templates that read only
// the word before (rolePrev) or after (roleNext) the tagged one; w is nil
// past the sentence's ends.
func clusterNeighbourFeatures(out []uint64, role int, w *word) []uint64 {
	t4, tf, edge := uint64(fClus4M1), uint64(fClusFM1), hashStart
	if role == roleNext {
		t4, tf, edge = fClus4P1, fClusFP1, hashEnd
	}
	c4, cf := edge, edge
	if w != nil {
		c4, cf = w.clus[0], w.clus[2]
	}
	return append(out, fix(mix(t4, c4)), fix(mix(tf, cf)))
}

// clusterContextFeatures appends the cluster templates that read the
// word at i with the previous tag or the next word.
func clusterContextFeatures(out []uint64, ws []word, i int, t1 uint64) []uint64 {
	w := &ws[i]
	cn1 := hashEnd
	if i+1 < len(ws) {
		cn1 = ws[i+1].clus[2]
	}
	out = append(out,
		fix(mix(mix(fPrevClusF, t1), w.clus[2])),
		fix(mix(mix(fClusFClusP1, w.clus[2]), cn1)),
	)
	if w.clusX[0] != 0 {
		cm1, cm2, cn2 := hashStart, hashStart, hashEnd
		if i > 0 {
			cm1 = ws[i-1].clus[2]
			if i > 1 {
				cm2 = ws[i-2].clus[2]
			}
		}
		if i+2 < len(ws) {
			cn2 = ws[i+2].clus[2]
		}
		out = append(out,
			fix(mix(fClusFM2, cm2)),
			fix(mix(fClusFP2, cn2)),
			fix(mix(mix(fClusFM1ClusF, cm1), w.clus[2])),
			fix(mix(mix(fPrevClusP1, t1), cn1)),
		)
	}
	return out
}

// setClusterAmbs sets the clusters' ambiguity classes.
func (m *Model) setClusterAmbs(tags map[uint64][]uint8) {
	m.clusTags = tags
	m.clusAmbs = make(map[uint64]uint64, len(tags))
	for code, t := range tags {
		m.clusAmbs[code] = clusterAmbHash(t)
	}
}
