package tagger

// Features are 64-bit hashes: a template number mixed with the hashes of
// the strings it looks at. Every word's string hashes (form, lowercase,
// prefixes, suffixes, shape) are computed once per sentence, without
// building strings, and a feature is a couple of multiplications away.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix combines a and b into one well-spread 64-bit value.
func mix(a, b uint64) uint64 {
	x := a*0x9E3779B97F4A7C15 ^ b
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	x *= 0x94D049BB133111EB
	x ^= x >> 32
	return x
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is FNV-1a of s with ASCII letters lowercased.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(lowerByte(s[i]))
		h *= fnvPrime
	}
	return h
}

// Special word hashes for positions outside the sentence.
var (
	hashStart = hashString("\x00-START-")
	hashEnd   = hashString("\x00-END-")
)

// Word flags.
const (
	flagUpper    = 1 << iota // some uppercase letter
	flagAllUpper             // every letter uppercase (and at least one)
	flagInitCap              // first character uppercase
	flagDigit                // some digit
	flagAllDigit             // digits only (with , . allowed)
	flagHyphen               // a hyphen inside
	flagPeriod               // a period
	flagFirst                // first word of the sentence
	flagNonASCII             // a byte outside ASCII
	flagAlpha                // some letter
)

// word holds the precomputed hashes of one word of a sentence.
type word struct {
	form, lower uint64
	pre, suf    [4]uint64 // lowercase prefixes and suffixes of 1..4 bytes (0 when shorter)
	shape       uint64
	flags       uint64
	amb         uint64 // ambiguity class: hash of the tags seen with the word in training
	wcap        uint64 // the word profile's capitalization bucket (0: no profile)
	wleft       uint64 // the word profile's left and right neighbours
	wright      uint64
	dict        int32     // the word's only tag when it is frequent and unambiguous, else -1
	role        int32     // the word's index in Model.roles, -1 for none
	clus        [3]uint64 // cluster prefixes of 4 and 6 bits and the whole string (0: the model has none)
	suf5        uint64    // lowercase suffix of 5 bytes when the model reads it, else 0
}

// shapeHash hashes the word's shape: uppercase letters become X,
// lowercase x, digits d, other non-ASCII bytes u, other bytes stay; a run
// of one kind is cut at two ("Washington" -> "Xxx", "1984" -> "dd").
func shapeHash(s string) uint64 {
	h := uint64(fnvOffset)
	var last byte
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var k byte
		switch {
		case 'A' <= c && c <= 'Z':
			k = 'X'
		case 'a' <= c && c <= 'z':
			k = 'x'
		case '0' <= c && c <= '9':
			k = 'd'
		case c >= 0x80:
			k = 'u'
		default:
			k = c
		}
		if k == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = k
		h ^= uint64(k)
		h *= fnvPrime
	}
	return h
}

func flagsOf(s string, first bool) uint64 {
	var f uint64
	letters, upper, digits, other := 0, 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			letters++
			upper++
		case 'a' <= c && c <= 'z':
			letters++
		case '0' <= c && c <= '9':
			digits++
		case c == '-' && i > 0 && i < len(s)-1:
			f |= flagHyphen
			other++
		case c == '.':
			f |= flagPeriod
			other++
		case c >= 0x80:
			f |= flagNonASCII
			other++
		case c == ',':
			other++
		default:
			other++
		}
	}
	if upper > 0 {
		f |= flagUpper
		if upper == letters {
			f |= flagAllUpper
		}
	}
	if len(s) > 0 && 'A' <= s[0] && s[0] <= 'Z' {
		f |= flagInitCap
	}
	if digits > 0 {
		f |= flagDigit
		if letters == 0 {
			f |= flagAllDigit
		}
	}
	if letters > 0 {
		f |= flagAlpha
	}
	if first {
		f |= flagFirst
	}
	return f
}

// fill computes w's hashes from the form s.
func (w *word) fill(s string, first bool) {
	w.form = hashString(s)
	w.lower = hashLower(s)
	for k := 1; k <= 4; k++ {
		if len(s) >= k {
			w.pre[k-1] = mix(uint64(k), hashLower(s[:k]))
			w.suf[k-1] = mix(uint64(k)+8, hashLower(s[len(s)-k:]))
		} else {
			w.pre[k-1], w.suf[k-1] = 0, 0
		}
	}
	w.shape = shapeHash(s)
	w.flags = flagsOf(s, first)
}

// Feature templates.
const (
	fBias = iota + 1
	fForm
	fLower
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fShape
	fFlags
	fPrev
	fPrev2
	fPrevPrev2
	fPrevLower
	fLowerM1
	fSufM1
	fLowerM2
	fLowerP1
	fSufP1
	fLowerP2
	fAmb
	fAmbP1
	fAmbP2
	fAmbP1P2
	fLowerLowerP1
	fLowerM1Lower
	fPrevAmbP1
	fShapeM1
	fShapeP1
	fPrevAmb
	fPrevSuf3
	fAmbM1
	fSuf3AmbP1
	fFirstLower
	fShapeAmbP1
	fFlagsM1
	fFlagsP1
	fFlagsFlagsP1
	fFlagsM1Flags
	fPrevLowerP1
	fLowerM1LowerP1
	fWikiCap
	fWikiCapFlags
	fWikiLeft
	fWikiRight
	fWikiLR
	fLowerAmbP1
	fLowerAmbP1P2
	fLowerSufP1
	fSuf5
	fClus4
	fClus6
	fClusF
	fClusFCap
	fClus4M1
	fClusFM1
	fClus4P1
	fClusFP1
	fPrevClusF
	fClusFClusP1
	numTemplates
)

// maxFeatures is the number of features extract writes at most.
const maxFeatures = numTemplates + 8

// extract appends the features of position i of ws to out, given the
// tags chosen for the two previous words (-1 before the sentence).
func extract(out []uint64, ws []word, i, p1, p2 int) []uint64 {
	w := &ws[i]
	m1, m2 := hashStart, hashStart
	sm1, shm1, am1, fm1 := hashStart, hashStart, hashStart, hashStart
	if i > 0 {
		m1, sm1, shm1, am1, fm1 = ws[i-1].lower, ws[i-1].suf[2], ws[i-1].shape, ws[i-1].amb, ws[i-1].flags
		if i > 1 {
			m2 = ws[i-2].lower
		}
	}
	n1, n2 := hashEnd, hashEnd
	sn1, shn1, an1, an2, fn1 := hashEnd, hashEnd, hashEnd, hashEnd, hashEnd
	if i+1 < len(ws) {
		n1, sn1, shn1, an1, fn1 = ws[i+1].lower, ws[i+1].suf[2], ws[i+1].shape, ws[i+1].amb, ws[i+1].flags
		if i+2 < len(ws) {
			n2, an2 = ws[i+2].lower, ws[i+2].amb
		}
	}
	t1, t2 := uint64(p1+2), uint64(p2+2)
	out = append(out,
		mix(fBias, 0),
		mix(fForm, w.form),
		mix(fLower, w.lower),
		mix(fShape, w.shape),
		mix(fFlags, w.flags),
		mix(fPrev, t1),
		mix(fPrev2, t2),
		mix(mix(fPrevPrev2, t1), t2),
		mix(mix(fPrevLower, t1), w.lower),
		mix(fLowerM1, m1),
		mix(fSufM1, sm1),
		mix(fLowerM2, m2),
		mix(fLowerP1, n1),
		mix(fSufP1, sn1),
		mix(fLowerP2, n2),
		mix(fAmb, w.amb),
		mix(fAmbP1, an1),
		mix(fAmbP2, an2),
		mix(mix(fAmbP1P2, an1), an2),
		mix(mix(fLowerLowerP1, w.lower), n1),
		mix(mix(fLowerM1Lower, m1), w.lower),
		mix(mix(fPrevAmbP1, t1), an1),
		mix(fShapeM1, shm1),
		mix(fShapeP1, shn1),
		mix(mix(fPrevAmb, t1), w.amb),
		mix(mix(fPrevSuf3, t1), w.suf[2]),
		mix(fAmbM1, am1),
		mix(mix(fSuf3AmbP1, w.suf[2]), an1),
		mix(mix(fShapeAmbP1, w.shape), an1),
		mix(fFlagsM1, fm1),
		mix(fFlagsP1, fn1),
		mix(mix(fFlagsFlagsP1, w.flags), fn1),
		mix(mix(fFlagsM1Flags, fm1), w.flags),
		mix(mix(fPrevLowerP1, t1), n1),
		mix(mix(fLowerM1LowerP1, m1), n1),
		mix(mix(fLowerAmbP1, w.lower), an1),
		mix(mix(mix(fLowerAmbP1P2, w.lower), an1), an2),
		mix(mix(fLowerSufP1, w.lower), sn1),
	)
	if w.amb == hashUnknown {
		// Word profiles speak for words the training treebank lacks.
		out = append(out,
			mix(fWikiCap, w.wcap),
			mix(mix(fWikiCapFlags, w.wcap), w.flags&(flagInitCap|flagAllUpper|flagFirst)),
			mix(fWikiLeft, w.wleft),
			mix(fWikiRight, w.wright),
			mix(mix(fWikiLR, w.wleft), w.wright),
		)
	}
	if w.flags&flagFirst != 0 {
		out = append(out, mix(fFirstLower, w.lower))
	}
	for k := 0; k < 4; k++ {
		if w.pre[k] != 0 {
			out = append(out, mix(fPre1+uint64(k), w.pre[k]))
		}
		if w.suf[k] != 0 {
			out = append(out, mix(fSuf1+uint64(k), w.suf[k]))
		}
	}
	if w.clus[0] != 0 {
		var prev, next *word
		if i > 0 {
			prev = &ws[i-1]
		}
		if i+1 < len(ws) {
			next = &ws[i+1]
		}
		out = clusterNeighbourFeatures(out, rolePrev, prev)
		out = clusterNeighbourFeatures(out, roleNext, next)
		out = clusterContextFeatures(out, ws, i, t1)
	}
	out = clusterWordFeatures(out, w)
	for j := range out {
		if out[j] == 0 {
			out[j] = 1
		}
	}
	return out
}
