package pgstore

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
)

// TestTextVector checks that the tsvector computed here is the server's
// to_tsvector('simple', ...) of the same words, on texts at the limits
// to_tsvector applies and on real news (the first Wikinews articles of
// the shared data, when there), and that text with other characters
// than ASCII is left to the server.
func TestTextVector(t *testing.T) {
	long := strings.Repeat("x", maxLexeme)
	cases := []struct {
		name, text string
		ok         bool
	}{
		{"empty", "", true},
		{"words", "The U.S. and the E.U. met in 2024, the 3rd time", true},
		{"letters and digits", "1e5 2E10 0x1F abc123 123abc 1st e5 V2 007", true},
		{"repeated", "a b a c a b", true},
		{"long word skipped", "before " + long + " after " + long[1:], true},
		{"many positions", strings.Repeat("the news ", 300), true},
		{"past the last position", strings.Repeat("w ", 16390) + "end w", true},
		{"accents", "Luiz Inácio Lula da Silva", false},
	}
	if shared := testenv.SharedDir(); shared != "" {
		if f, err := os.Open(filepath.Join(shared, "corpora", "wikinews", "articles.jsonl")); err == nil {
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 16<<20)
			for n := 0; n < 300 && sc.Scan(); n++ {
				var r struct{ Title, Text string }
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				text := r.Title + "\n" + r.Text
				cases = append(cases, struct {
					name, text string
					ok         bool
				}{"wikinews " + r.Title, text, !strings.ContainsFunc(Words(text), func(c rune) bool { return c >= 0x80 })})
			}
			f.Close()
		}
	}
	dsn := testenv.Postgres(t)
	db, err := Connect(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range cases {
		words := Words(c.text)
		v, ok := TextVector(words)
		if ok != c.ok {
			t.Errorf("%s: computed %v, want %v", c.name, ok, c.ok)
		}
		if !ok {
			continue
		}
		var same bool
		var server, here string
		if err := db.QueryRow("SELECT to_tsvector('simple', CAST(? AS TEXT)) = CAST(? AS tsvector), to_tsvector('simple', CAST(? AS TEXT))::text, CAST(? AS tsvector)::text",
			words, v, words, v).Scan(&same, &server, &here); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !same {
			t.Errorf("%s: server %.300s\nhere %.300s", c.name, server, here)
		}
	}
}

// BenchmarkTextVector times computing the tsvector of a news article's
// words (the first ASCII Wikinews article of the shared data).
//
//	go test ./store/pgstore -run - -bench TextVector
func BenchmarkTextVector(b *testing.B) {
	shared := testenv.SharedDir()
	if shared == "" {
		b.Skip("skipping: needs the shared data (../shared)")
	}
	f, err := os.Open(filepath.Join(shared, "corpora", "wikinews", "articles.jsonl"))
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	text := ""
	for text == "" && sc.Scan() {
		var r struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		if _, ok := TextVector(Words(r.Title + "\n" + r.Text)); ok {
			text = r.Title + "\n" + r.Text
		}
	}
	if text == "" {
		b.Skip("no ASCII article")
	}
	b.ReportAllocs()
	for b.Loop() {
		TextVector(Words(text))
	}
}
