package petrarch

import "testing"

// TestNormASCII checks that the allocation-free key equals Norm's for
// ASCII words and declines the others.
func TestNormASCII(t *testing.T) {
	for _, tc := range []struct {
		w  string
		ok bool
	}{
		{"Gondor", true}, {"U.S.", true}, {"w.", true}, {"ARNOR", true}, {"rohan's", true},
		{"", true}, {"Calderón", false}, {"it’s", false},
		{"averyveryveryveryveryveryveryveryveryveryveryveryverylongwordthatdoesnotfit", false},
	} {
		var buf [64]byte
		b, ok := normASCII(&buf, tc.w)
		if ok != tc.ok {
			t.Errorf("normASCII(%q) ok = %v, want %v", tc.w, ok, tc.ok)
			continue
		}
		if ok && string(b) != Norm(tc.w) {
			t.Errorf("normASCII(%q) = %q, Norm gives %q", tc.w, b, Norm(tc.w))
		}
	}
}
