package token

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The US’ killing of Iranian Gen. Qasem Soleimani.", "The|US|’|killing|of|Iranian|Gen.|Qasem|Soleimani|."},
		{"Iranian-backed militia attacks didn’t subside", "Iranian-backed|militia|attacks|didn’t|subside"},
		{"the U.S. and U.N. said", "the|U.S.|and|U.N.|said"},
		{"Iran's leaders, 2,000 troops at 3:30", "Iran|'s|leaders|,|2,000|troops|at|3:30"},
		{"Ambassador (Matthew) Tueller", "Ambassador|(|Matthew|)|Tueller"},
		{"J. Doe and Mr. Smith", "J.|Doe|and|Mr.|Smith"},
		{"ends here.", "ends|here|."},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Split(c.in, 0, len(c.in), nil) {
			got = append(got, tk.Text(c.in))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.in, g, c.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("The U.S.’ 2,000 troops-in Iraq's north.")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Split(s, 0, len(s), nil) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v after %d", tk, prev)
			}
			prev = tk.End
		}
	})
}
