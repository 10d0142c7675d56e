package tagger

import "github.com/dragoman/dragoman/syntax/cluster"

// Word clusters as features (after Koo, Carreras & Collins 2008 and
// Turian, Ratinov & Bengio 2010): a model trained with Options.Clusters
// keeps each clustered word's bit string (syntax/cluster, learned from
// news text and EWT train's word forms) and reads, for the word tagged,
// the string's prefixes of 4 and 6 bits and the whole string, alone and
// the whole string with the word's capitalization; for the words beside
// it, the prefix of 4 bits and the whole string; the word's whole string
// with the previous tag and with the next word's whole string. A word
// the clusters lack has the strings of no cluster. Options.Suffix5 adds a
// template of the word's last five bytes. A model without these feature
// sets reads none of their templates (its words' clus and suf5 are 0)
// and is written as before (version 2).
//
// UD English EWT and GUM, gold tokens, UPOS / XPOS (go run
// ./syntax/tagger/cmd/tagger-eval [-clusters] [-suffix5]):
//
//	                     EWT dev          EWT test         GUM dev          GUM test
//	base templates       0.9523 / 0.9462  0.9555 / 0.9504  0.9540 / 0.9458  0.9511 / 0.9435
//	clusters             0.9534 / 0.9475  0.9569 / 0.9518  0.9569 / 0.9488  0.9538 / 0.9456
//	clusters, suffix 5   0.9539 / 0.9478  0.9577 / 0.9525  0.9570 / 0.9484  0.9549 / 0.9468
//	suffix 5 alone       0.9515 / 0.9454  0.9556 / 0.9503  0.9523 / 0.9445  0.9517 / 0.9439
//
// Tried with clusters and dropped, no better on EWT dev (UPOS): templates
// of unknown words' clusters apart (0.9536, against 0.9534); unknown
// words given their cluster's ambiguity class, that of its rare training
// words, so that the context templates see one (0.9540 with suffix 5,
// against 0.9539; GUM dev 0.9557 against 0.9570); more cluster templates
// (prefixes of 2, 8 and 10 bits, the words two away, the previous
// word's cluster with the word's; 0.9543, GUM dev 0.9552, 7% more
// weights); 14 epochs instead of 10 (0.9541).

// Feature sets a model may have beyond the base templates (Model.feat).
const (
	featClusters = 1 << iota // the cluster templates
	featSuffix5              // a fifth suffix, of 5 bytes

	featKnown = featClusters | featSuffix5 // the feature sets this code reads
)

// clusterPrefix hashes the first k bits of code (all of them when k is 0
// or the code is shorter); code 0 is no cluster.
func clusterPrefix(code uint64, k int) uint64 {
	return mix(cluster.Prefix(code, k)+0x636c, uint64(k)+0x70)
}

// clusterTable maps folded forms to their cluster codes.
func clusterTable(es []cluster.Entry) map[string]uint64 {
	return cluster.Table(es, func(w string) string { return w })
}

// clusterOf sets w's cluster hashes for the word s (0 when the model has
// no clusters).
func (m *Model) clusterOf(w *word, s string) {
	if m.clusters == nil {
		w.clus = [3]uint64{}
		return
	}
	var code uint64
	var buf [48]byte
	if len(s) <= len(buf) {
		// cluster.Fold on the stack
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
	w.clus = [3]uint64{clusterPrefix(code, 4), clusterPrefix(code, 6), clusterPrefix(code, 0)}
}

// suffix5 sets w's fifth suffix for s when the model reads it.
func (m *Model) suffix5(w *word, s string) {
	w.suf5 = 0
	if m.feat&featSuffix5 != 0 && len(s) >= 5 {
		w.suf5 = mix(13, hashLower(s[len(s)-5:]))
	}
}

// clusterWordFeatures appends the templates of the feature sets that read
// only w.
func clusterWordFeatures(out []uint64, w *word) []uint64 {
	if w.suf5 != 0 {
		out = append(out, fix(mix(fSuf5, w.suf5)))
	}
	if w.clus[0] == 0 {
		return out
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
// word at i with the previous tag (t1) or the next word.
func clusterContextFeatures(out []uint64, ws []word, i int, t1 uint64) []uint64 {
	w := &ws[i]
	cn1 := hashEnd
	if i+1 < len(ws) {
		cn1 = ws[i+1].clus[2]
	}
	return append(out,
		fix(mix(mix(fPrevClusF, t1), w.clus[2])),
		fix(mix(mix(fClusFClusP1, w.clus[2]), cn1)),
	)
}
