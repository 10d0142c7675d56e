// Package geo knows places: a gazetteer of every country, first-level
// subdivision and populated place of about 500 inhabitants or more, with
// alternate names and demonyms, and a resolver that picks among places of
// the same name using the article's context.
//
// The gazetteer (data/gazetteer.tsv.gz) is built from registry packages by
// tools/gazetteer/build.js; see data/NOTICE for the sources and licences.
// Its format, one place per line, tab-separated:
//
//	kind         C country, A first-level subdivision, P populated place,
//	             D demonym (name is the demonym, country its country)
//	id           ISO 3166-1 alpha-2 (C, D), ISO 3166-2 (A), GeoNames id (P)
//	name         the place's usual English name
//	country      ISO 3166-1 alpha-2
//	admin1       the GeoNames first-level division code (P, A)
//	feature      country, admin1, capital, city or demonym
//	lat, lon     decimal degrees
//	population   inhabitants (0 when unknown)
//	alternates   other names, separated by |
//	extra        C: ISO alpha-3 code; A: the GDELT ADM1 code (FIPS 10-4
//	             country and subdivision codes, "IZ02"; "USTX" in the US);
//	             P: the GeoNames feature code
//	geonames     C, A: the GeoNames id of the record (empty when unknown);
//	             P: empty, the id is the GeoNames id
//
// Countries and cities sit at GeoNames' point for their record;
// subdivisions at the middle of the box of their GeoNames places (the
// outer 2% on each side left out).
//
// After the places comes the name index, one line per name key:
//
//	K            the line kind
//	key          a name in lower case, apostrophes straight, single spaces
//	rows         the places it names, as 0-based place-line numbers
//	             separated by commas
//
// Index lines are sorted by the bytes of their key, so that a reader needs
// no hash table. Lines starting with # are comments. Loading validates
// every line and fails with the file name and line number.
package geo

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"github.com/dragoman/dragoman/internal/digest"
	"io"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

//go:embed data/gazetteer.tsv.gz
var gazetteerGz []byte

// Feature types.
const (
	Country = "country"
	Admin1  = "admin1"
	Capital = "capital"
	City    = "city"
	Demonym = "demonym"
)

// Place is one gazetteer entry.
type Place struct {
	Kind       byte
	ID         string
	Name       string
	Country    string
	Admin1     string
	Feature    string
	Lat, Lon   float64
	Population int
	Extra      string
	// GeoNames is the GeoNames id of the record, "" when unknown.
	GeoNames string
}

// ADM1Code is a subdivision's GDELT ADM1 code (FIPS 10-4 country and
// subdivision codes), or "".
func (p *Place) ADM1Code() string {
	if p.Kind == 'A' {
		return p.Extra
	}
	return ""
}

// Gazetteer is a loaded gazetteer with a name index.
type Gazetteer struct {
	Places []Place
	// keys are the sorted name keys; postings[post[i]:post[i+1]] are the
	// places of keys[i].
	keys     []string
	post     []int32
	postings []int32
	// demonyms maps the keys that find a demonym to the country of the
	// first they find (Demonym)
	demonyms map[string]string
	// bucket[p] is the first key whose two-byte prefix (keyPrefix) is p
	// or more: Lookup searches only the keys of its prefix.
	bucket []int32
	// countries maps ISO alpha-2 (and alpha-3) to the country's index.
	countries map[string]int32
	// admin1 maps "CC.code" (GeoNames admin1 code) to a subdivision.
	admin1 map[string]int32
	// ids maps "kind:id" to a place, built by ByID on first use.
	idOnce sync.Once
	ids    map[string]int32
}

// unsafeString views b as a string without copying; b must not change
// afterwards (Load owns the buffer it is given).
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Load reads a gazetteer; name is used in error messages. Strings of the
// result share the memory of one copy of the data.
func Load(r io.Reader, name string) (*Gazetteer, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := newParser(name, len(raw))
	if err := p.feed(unsafeString(raw), true); err != nil {
		return nil, err
	}
	return p.finish()
}

// parser indexes gazetteer lines as they arrive.
type parser struct {
	g    *Gazetteer
	name string
	ln   int
}

func newParser(name string, size int) *parser {
	est := size / 80
	g := &Gazetteer{
		Places: make([]Place, 0, est), keys: make([]string, 0, est),
		countries: map[string]int32{}, admin1: map[string]int32{},
	}
	g.post = make([]int32, 0, est)
	g.postings = make([]int32, 0, est*2)
	return &parser{g: g, name: name}
}

// feed parses the complete lines of data and returns; with last, a final
// line without a newline is parsed too. It returns how much it consumed.
func (p *parser) feed(data string, last bool) error {
	_, err := p.feedN(data, last)
	return err
}

func (p *parser) feedN(data string, last bool) (int, error) {
	used := 0
	g := p.g
	for used < len(data) {
		rest := data[used:]
		i := strings.IndexByte(rest, '\n')
		var line string
		if i < 0 {
			if !last {
				break
			}
			line, used = rest, len(data)
		} else {
			line, used = rest[:i], used+i+1
		}
		p.ln++
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		var err error
		if line[0] == 'K' {
			err = g.addKey(line)
		} else if len(g.keys) > 0 {
			err = fmt.Errorf("place line after the name index")
		} else {
			err = g.add(line)
		}
		if err != nil {
			return used, fmt.Errorf("%s:%d: %v", p.name, p.ln, err)
		}
	}
	return used, nil
}

func (p *parser) finish() (*Gazetteer, error) {
	g := p.g
	if len(g.Places) == 0 {
		return nil, fmt.Errorf("%s: no places", p.name)
	}
	g.post = append(g.post, int32(len(g.postings)))
	g.bucket = make([]int32, 1<<16+1)
	k := 0
	for p := range g.bucket {
		for k < len(g.keys) && keyPrefix(g.keys[k]) < p {
			k++
		}
		g.bucket[p] = int32(k)
	}
	g.demonyms = map[string]string{}
	for i, k := range g.keys {
		for _, x := range g.postings[g.post[i]:g.post[i+1]] {
			if p := &g.Places[x]; p.Kind == 'D' {
				g.demonyms[k] = p.Country
				break
			}
		}
	}
	return g, nil
}

// Demonym returns the country of the first demonym among the places name
// finds (Lookup), and whether there is one.
func (g *Gazetteer) Demonym(name string) (string, bool) {
	var buf [64]byte
	if b, ok := asciiKey(&buf, name); ok {
		cc, ok := g.demonyms[string(b)]
		return cc, ok
	}
	cc, ok := g.demonyms[Fold(name)]
	return cc, ok
}

// asciiKey writes Fold(name) into buf when name is ASCII without tabs,
// newlines or double spaces and fits, so that a map can be asked without
// making a string; ok is false otherwise.
func asciiKey(buf *[64]byte, name string) (b []byte, ok bool) {
	if len(name) > len(buf) {
		return nil, false
	}
	b = buf[:0]
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 0x80 || c == '\t' || c == '\n' || c == ' ' && i+1 < len(name) && name[i+1] == ' ':
			return nil, false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// keyPrefix is a key's first two bytes as a number (a key of one byte has
// a zero second): it grows with the keys' order.
func keyPrefix(k string) int {
	switch len(k) {
	case 0:
		return 0
	case 1:
		return int(k[0]) << 8
	}
	return int(k[0])<<8 | int(k[1])
}

func (g *Gazetteer) addKey(line string) error {
	var f [3]string
	a := strings.IndexByte(line, '\t')
	b := -1
	if a >= 0 {
		if k := strings.IndexByte(line[a+1:], '\t'); k >= 0 {
			b = a + 1 + k
		}
	}
	if a < 0 || b < 0 || strings.IndexByte(line[b+1:], '\t') >= 0 {
		return fmt.Errorf("index line: want K, key and rows")
	}
	f[0], f[1], f[2] = line[:a], line[a+1:b], line[b+1:]
	if f[0] != "K" || f[1] == "" || f[2] == "" {
		return fmt.Errorf("index line: want K, key and rows")
	}
	if n := len(g.keys); n > 0 && g.keys[n-1] >= f[1] {
		return fmt.Errorf("index key %q is not after %q (keys must be sorted and unique)", f[1], g.keys[n-1])
	}
	g.keys = append(g.keys, f[1])
	g.post = append(g.post, int32(len(g.postings)))
	for rows := f[2]; rows != ""; {
		x := rows
		if j := strings.IndexByte(rows, ','); j >= 0 {
			x, rows = rows[:j], rows[j+1:]
		} else {
			rows = ""
		}
		n, err := strconv.Atoi(x)
		if err != nil || n < 0 || n >= len(g.Places) {
			return fmt.Errorf("index row %q is not a place line", x)
		}
		g.postings = append(g.postings, int32(n))
	}
	return nil
}

func (g *Gazetteer) add(line string) error {
	var f [12]string
	n := 0
	for rest := line; ; n++ {
		i := strings.IndexByte(rest, '\t')
		if n >= len(f) {
			n = -1
			break
		}
		if i < 0 {
			f[n] = rest
			n++
			break
		}
		f[n], rest = rest[:i], rest[i+1:]
	}
	if n != 12 {
		return fmt.Errorf("want 12 tab-separated fields, got %d", strings.Count(line, "\t")+1)
	}
	if len(f[0]) != 1 || !strings.Contains("CAPD", f[0]) {
		return fmt.Errorf("kind %q is not C, A, P, D or K", f[0])
	}
	p := Place{Kind: f[0][0], ID: f[1], Name: f[2], Country: f[3], Admin1: f[4], Feature: f[5], Extra: f[10], GeoNames: f[11]}
	if p.Kind == 'P' {
		p.GeoNames = p.ID
	}
	for _, c := range []byte(p.GeoNames) {
		if c < '0' || c > '9' {
			return fmt.Errorf("GeoNames id %q is not a number", p.GeoNames)
		}
	}
	if p.Name == "" || p.ID == "" {
		return fmt.Errorf("empty id or name")
	}
	if len(p.Country) != 2 || strings.ToUpper(p.Country) != p.Country {
		return fmt.Errorf("country %q is not an ISO 3166-1 alpha-2 code", p.Country)
	}
	var err error
	if p.Lat, err = strconv.ParseFloat(f[6], 64); err != nil || p.Lat < -90 || p.Lat > 90 {
		return fmt.Errorf("latitude %q out of range", f[6])
	}
	if p.Lon, err = strconv.ParseFloat(f[7], 64); err != nil || p.Lon < -180 || p.Lon > 180 {
		return fmt.Errorf("longitude %q out of range", f[7])
	}
	if p.Population, err = strconv.Atoi(f[8]); err != nil || p.Population < 0 {
		return fmt.Errorf("population %q is not a whole number", f[8])
	}
	switch p.Feature {
	case Country, Admin1, Capital, City, Demonym:
	default:
		return fmt.Errorf("unknown feature %q", p.Feature)
	}
	i := int32(len(g.Places))
	g.Places = append(g.Places, p)
	switch p.Kind {
	case 'C':
		g.countries[p.Country] = i
		if p.Extra != "" {
			g.countries[p.Extra] = i
		}
	case 'A':
		g.admin1[p.Country+"."+p.Admin1] = i
	}
	return nil
}

// Fold is the gazetteer's name key: lower case, curly apostrophes made
// straight, runs of white space made one. Accent-free variants of names are
// in the data, so "Zurich" and "Zürich" both find Zürich.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c == '\t' || c == '\n' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return fold(s)
		}
	}
	return s // lower-case ASCII, single spaces: the key already
}

func fold(s string) string {
	s = strings.ToLower(s)
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// Lookup returns the places a name may refer to. The slice is shared:
// do not modify it.
func (g *Gazetteer) Lookup(name string) []int32 {
	var buf [64]byte
	i := -1
	if b, ok := asciiKey(&buf, name); ok {
		i = g.find(unsafeString(b)) // (the key is not kept)
	} else {
		i = g.find(Fold(name))
	}
	if i < 0 {
		return nil
	}
	return g.postings[g.post[i]:g.post[i+1]]
}

// find returns the index of key k in keys, or -1: a binary search of
// the keys of its two-byte prefix.
func (g *Gazetteer) find(k string) int {
	lo, hi := 0, len(g.keys)
	if g.bucket != nil {
		p := keyPrefix(k)
		lo, hi = int(g.bucket[p]), int(g.bucket[p+1])
	}
	end := hi
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if g.keys[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == end || g.keys[lo] != k {
		return -1
	}
	return lo
}

// Country returns the country with ISO code cc (alpha-2 or alpha-3).
func (g *Gazetteer) Country(cc string) (*Place, bool) {
	i, ok := g.countries[cc]
	if !ok {
		return nil, false
	}
	return &g.Places[i], true
}

// Admin1Of returns a place's first-level subdivision (the place itself
// when it is one).
func (g *Gazetteer) Admin1Of(p *Place) (*Place, bool) {
	if p.Kind == 'A' {
		return p, true
	}
	if p.Admin1 == "" {
		return nil, false
	}
	if i, ok := g.admin1[p.Country+"."+p.Admin1]; ok {
		return &g.Places[i], true
	}
	return nil, false
}

// ByID returns the place with gazetteer id gid ("P:5128581", "C:US",
// "A:US-TX": the kind, a colon, the id). The index is built on first use.
func (g *Gazetteer) ByID(gid string) (*Place, bool) {
	g.idOnce.Do(func() {
		g.ids = make(map[string]int32, len(g.Places))
		for i := range g.Places {
			p := &g.Places[i]
			if p.Kind != 'D' {
				g.ids[string(p.Kind)+":"+p.ID] = int32(i)
			}
		}
	})
	i, ok := g.ids[gid]
	if !ok {
		return nil, false
	}
	return &g.Places[i], true
}

// Admin1Name returns the name of a place's first-level subdivision, or "".
func (g *Gazetteer) Admin1Name(p *Place) string {
	if p.Kind == 'A' {
		return p.Name
	}
	if i, ok := g.admin1[p.Country+"."+p.Admin1]; ok {
		return g.Places[i].Name
	}
	return ""
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the built-in gazetteer, loaded once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = LoadGzip(gazetteerGz, "geo/data/gazetteer.tsv.gz")
	})
	return defaultGaz, defaultErr
}

// LoadGzip reads a gzipped gazetteer: one goroutine decompresses into a
// buffer of the size the gzip trailer gives while this one indexes the
// lines already there.
func LoadGzip(data []byte, name string) (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	size := 0
	if len(data) >= 4 {
		size = int(binary.LittleEndian.Uint32(data[len(data)-4:]))
	}
	buf := make([]byte, size+1)
	type progress struct {
		n   int
		err error
	}
	ch := make(chan progress, 256)
	go func() {
		n := 0
		for {
			m, err := zr.Read(buf[n:])
			n += m
			if err == nil && n == len(buf) {
				err = fmt.Errorf("larger than its gzip trailer says")
			}
			if err != nil {
				if err == io.EOF {
					err = nil
				}
				ch <- progress{n, err}
				close(ch)
				return
			}
			if m > 0 {
				ch <- progress{n, nil}
			}
		}
	}()
	p := newParser(name, size)
	consumed := 0
	var perr error
	for pr := range ch {
		if pr.err != nil {
			perr = fmt.Errorf("%s: %w", name, pr.err)
			continue
		}
		if perr != nil {
			continue
		}
		view := unsafeString(buf[:pr.n])
		used, err := p.feedN(view[consumed:], false)
		consumed += used
		if err != nil {
			perr = err
		}
		if pr.n == size || pr.n < len(buf) && pr.n > 0 && consumed < pr.n && false {
			break
		}
	}
	if perr != nil {
		return nil, perr
	}
	// the last line, if it has no newline
	view := unsafeString(buf[:size])
	if consumed < len(view) {
		if err := p.feed(view[consumed:], true); err != nil {
			return nil, err
		}
	}
	return p.finish()
}

// DataDigest is a short digest of the built-in gazetteer
// (data/gazetteer.tsv.gz, compressed bytes).
func DataDigest() string { return digest.Of(gazetteerGz) }
