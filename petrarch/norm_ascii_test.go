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

// TestFirstWords checks the bit filter turns away no word it was given.
func TestFirstWords(t *testing.T) {
	var f firstWords
	ws := []string{"GONDOR", "ROHAN", "MINAS", "", "A", "THE"}
	for _, w := range ws {
		f.add(w)
	}
	for _, w := range ws {
		if !f.may([]byte(w)) {
			t.Errorf("the filter turns away %q", w)
		}
	}
	if (*firstWords)(nil).may([]byte("ANY")) != true {
		t.Error("no filter should let every word through")
	}
}
