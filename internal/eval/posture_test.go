package eval

import (
	"testing"

	"github.com/dragoman/dragoman/doc"
)

func TestGoldenBoardsLoad(t *testing.T) {
	boards, err := LoadGoldenBoards("posture-boards.jsonl", postureBoardsJSONL)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range boards {
		n += len(b.Changes)
	}
	if len(boards) != 26 || n != 54 {
		t.Errorf("%d boards, %d changes; want 26 and 54", len(boards), n)
	}
	for _, bad := range []string{
		`{"id":"x","posts":[],"changes":[{"post":"USA@Nowhere","status":"closed","polarity":"asserted"}]}`,
		`{"id":"x","posts":[{"key":"A@B"}],"changes":[{"post":"A@B","status":"closed","polarity":"maybe"}]}`,
		`{"id":"x","posts":[{"key":"A@B"}],"changes":[{"post":"A@B","status":"closed","polarity":"asserted","date":"soon"}]}`,
		`{"id":`,
	} {
		if _, err := LoadGoldenBoards("bad.jsonl", bad); err == nil {
			t.Errorf("loaded %s", bad)
		}
	}
}

func TestDateWithin(t *testing.T) {
	s := func(v string) *string { return &v }
	for _, tc := range []struct {
		found, gold *string
		want        bool
	}{
		{s("2020-12-01"), s("2020-12-01"), true},
		{s("2020-12-01"), s("2020-12"), true},
		{s("2020-12"), s("2020-12-01"), false},
		{s("2006-W05"), s("2006-01-30/2006-02-05"), true},
		{s("2006-02-02"), s("2006-01-30/2006-02-05"), true},
		{nil, nil, true},
		{s("2020"), nil, false},
		{nil, s("2020"), false},
	} {
		if got := dateWithin(tc.found, tc.gold); got != tc.want {
			t.Errorf("dateWithin(%v, %v) = %v", str(tc.found), str(tc.gold), got)
		}
	}
}

func TestPostMatches(t *testing.T) {
	g := GoldenPost{Sender: "GBR", Host: "Basra", HostCountry: "IQ"}
	for _, tc := range []struct {
		p    doc.Post
		want bool
	}{
		{doc.Post{Sender: "GBR", Host: "Basrah", HostCountry: "IQ"}, true},
		{doc.Post{Sender: "GBR", Host: "", HostCountry: "IQ"}, true},
		{doc.Post{Sender: "GBR", Host: "Baghdad", HostCountry: "IQ"}, false},
		{doc.Post{Sender: "USA", Host: "Basra", HostCountry: "IQ"}, false},
	} {
		if got := postMatches(g, tc.p); got != tc.want {
			t.Errorf("postMatches(%+v) = %v", tc.p, got)
		}
	}
	// Romania: CAMEO's ROM on the board, the Phoenix ROU from the coder
	ro := GoldenPost{Sender: "ROM", Host: "Cahul", HostCountry: "MD"}
	if !postMatches(ro, doc.Post{Sender: "ROU", Host: "Cahul", HostCountry: "MD"}) {
		t.Error("ROM on the board does not match ROU")
	}
}
