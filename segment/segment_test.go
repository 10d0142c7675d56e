package segment

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func TestSplit(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"Gen. Qasem Soleimani was killed. The U.S. said so.", []string{"Gen. Qasem Soleimani was killed.", "The U.S. said so."}},
		{"He said “no.” Then he left!", []string{"He said “no.”", "Then he left!"}},
		{"Mr. Smith met J. Doe at 3 p.m. on Monday.", []string{"Mr. Smith met J. Doe at 3 p.m. on Monday."}},
		{"Prices rose 2.5 percent. Shares fell.", []string{"Prices rose 2.5 percent.", "Shares fell."}},
		{"Is it over? Nobody knows", []string{"Is it over?", "Nobody knows"}},
		{"no end punctuation", []string{"no end punctuation"}},
		{"The war ran Nov. 18-Dec. 19, 2015. Peace came.", []string{"The war ran Nov. 18-Dec. 19, 2015.", "Peace came."}},
		{"He works at Acme Inc.” Then he left.", []string{"He works at Acme Inc.”", "Then he left."}},
	}
	for _, c := range cases {
		got := Split(c.text, doc.Span{Start: 0, End: len(c.text)}, nil)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d sentences %v, want %d", c.text, len(got), got, len(c.want))
			continue
		}
		for i, s := range got {
			if c.text[s.Start:s.End] != c.want[i] {
				t.Errorf("%q: sentence %d = %q, want %q", c.text, i, c.text[s.Start:s.End], c.want[i])
			}
		}
	}
}

func TestStageUsesBodyOnly(t *testing.T) {
	d := doc.New("x", "Caption here. Not body.\n\nBody one. Body two.")
	d.Body = []doc.Span{{Start: 25, End: len(d.Text)}}
	if err := (Stage{}).Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || d.Sentences[0].Start != 25 {
		t.Fatalf("%+v", d.Sentences)
	}
}
