package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = I don't know.
1	I	I	PRON	PRP	_	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	_	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

`

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || len(ss[0].Words) != 5 || ss[0].Comment("text") != "I don't know." {
		t.Fatalf("read %+v", ss)
	}
	if ss[0].Words[3].SpaceAfter() {
		t.Fatal("know: SpaceAfter=No lost")
	}
	var b bytes.Buffer
	if err := Write(&b, ss[0]); err != nil {
		t.Fatal(err)
	}
	if b.String() != sample {
		t.Fatalf("round trip:\n%s", b.String())
	}
}

func TestErrors(t *testing.T) {
	for _, in := range []string{
		"1\tI\n",
		"2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
		"1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n",
	} {
		if _, err := ReadAll(strings.NewReader(in), "bad"); err == nil || !strings.Contains(err.Error(), "bad:1") {
			t.Errorf("%q: err %v", in, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var b bytes.Buffer
		for _, s := range ss {
			if err := Write(&b, s); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadAll(&b, "again")
		if err != nil || len(again) != len(ss) {
			t.Fatalf("re-read: %v (%d vs %d)", err, len(again), len(ss))
		}
	})
}
