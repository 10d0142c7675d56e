package geo

import "testing"

func TestFIPS(t *testing.T) {
	for _, c := range []struct{ iso, fips string }{
		{"US", "US"}, {"GB", "UK"}, {"DE", "GM"}, {"IQ", "IZ"}, {"RU", "RS"}, {"CN", "CH"}, {"IL", "IS"},
		{"BO", "BL"}, {"JP", "JA"}, {"AU", "AS"}, {"AT", "AU"}, {"ES", "SP"}, {"PH", "RP"}, {"ZZ", ""},
	} {
		if got := FIPS(c.iso); got != c.fips {
			t.Errorf("FIPS(%s) = %q, want %q", c.iso, got, c.fips)
		}
	}
	if _, err := ParseFIPS(fipsTSV, "fips10-4.tsv"); err != nil {
		t.Fatal(err)
	}
}

func TestParseFIPSRejects(t *testing.T) {
	for _, bad := range []string{"US\tUSA\tUnited States\n", "us\tUS\tx\n", "US\tUS\n", "US\tUS\ta\nUS\tUS\tb\n", "# only a comment\n"} {
		if _, err := ParseFIPS(bad, "t"); err == nil {
			t.Errorf("ParseFIPS(%q) accepted a malformed table", bad)
		}
	}
}

func FuzzParseFIPS(f *testing.F) {
	f.Add("US\tUS\tUnited States\n")
	f.Add("# c\nGB\tUK\tUnited Kingdom\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseFIPS(s, "fuzz")
		if err == nil {
			for k, v := range m {
				if !upper2(k) || !upper2(v) {
					t.Fatalf("accepted %q -> %q", k, v)
				}
			}
		}
	})
}
