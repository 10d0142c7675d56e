package geo

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The FIPS 10-4 country codes that GDELT writes, keyed by ISO 3166-1
// alpha-2 (data/fips10-4.tsv, written by tools/gazetteer/build.js). Format:
// lines starting with # are comments; every other line is the ISO code, a
// tab, the FIPS code (two capital letters), a tab and the country's name.
//
//go:embed data/fips10-4.tsv
var fipsTSV string

var (
	fipsOnce sync.Once
	fipsMap  map[string]string
	fipsErr  error
)

// ParseFIPS reads a FIPS table in the format above; name is used in errors.
func ParseFIPS(data, name string) (map[string]string, error) {
	out := map[string]string{}
	for ln, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || !upper2(f[0]) || !upper2(f[1]) {
			return nil, fmt.Errorf("%s:%d: want an ISO code, a FIPS code (two capital letters each) and a name", name, ln+1)
		}
		if _, dup := out[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: ISO code %s listed twice", name, ln+1, f[0])
		}
		out[f[0]] = f[1]
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no codes", name)
	}
	return out, nil
}

func upper2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// FIPS returns the FIPS 10-4 country code of an ISO 3166-1 alpha-2 code
// ("GB" -> "UK", "DE" -> "GM"), or "" when there is none.
func FIPS(iso string) string {
	fipsOnce.Do(func() { fipsMap, fipsErr = ParseFIPS(fipsTSV, "geo/data/fips10-4.tsv") })
	if fipsErr != nil {
		return ""
	}
	return fipsMap[iso]
}
