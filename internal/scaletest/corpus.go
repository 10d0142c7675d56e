// Package scaletest holds the tests and benchmarks of dragoman on more
// than one process: the kill test (workers on the NATS queue storing into
// PostgreSQL, one killed with SIGKILL while it works, against a
// single-process SQLite run of the same input) and the scaling benchmark.
// They build the dragoman command and run it as a user would; they skip
// when PostgreSQL or NATS is not there.
package scaletest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// The corpus: news reports of a few hundred events, each reported by
// many outlets in different words, so that merging has work to do. Every
// report dates its event to the day and names its city, and its bytes
// differ from every other report's (its reporter).
var (
	cities = []string{"GENEVA", "PARIS", "MOSCOW", "BEIJING", "NAIROBI", "CAIRO", "BERLIN", "TOKYO", "ANKARA", "KABUL"}
	pairs  = [][2]string{
		{"Russian President Vladimir Putin", "German Chancellor Angela Merkel"},
		{"French President Emmanuel Macron", "the Iranian government"},
		{"Chinese officials", "the United States"},
		{"Turkish troops", "Kurdish militants"},
		{"The Kenyan government", "Somali rebels"},
		{"Egyptian police", "protesters"},
		{"Japanese Prime Minister Shinzo Abe", "South Korean President Moon Jae-in"},
		{"Afghan forces", "Taliban fighters"},
	}
	verbs  = []string{"met with", "criticized", "accused", "praised", "signed an agreement with", "threatened", "attacked", "called on"}
	days   = []string{"November 2, 2020", "November 9, 2020", "November 16, 2020", "November 23, 2020", "December 1, 2020"}
	firsts = []string{"Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kiri", "Lena", "Marco", "Nadia", "Omar",
		"Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zara", "Aiko", "Bruno", "Carla", "Dmitri"}
	lasts = []string{"Abbott", "Baker", "Carter", "Dalton", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan", "Lopez", "Moreau", "Novak",
		"Okafor", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Young", "Zimmer", "Almeida", "Brandt", "Costa",
		"Dubois", "Eriksen", "Farouk", "Greco", "Horvat", "Iversen", "Jovanovic", "Kowalski", "Lindqvist", "Mendes", "Nilsen", "Ortiz", "Papadopoulos",
		"Quintero", "Ramos", "Sousa", "Torres", "Urbano", "Valdez", "Wagner", "Yilmaz"}
	// Each report of an event adds two sentences of its own (chosen by
	// how many reports of the event came before it), so that no two
	// reports are copies of one another: the store would record a report
	// that shares nearly all its word sequences with another as its copy.
	asides = []string{"The announcement was short.", "The full text was not released.", "It was a rare step.", "The streets were quiet.",
		"Few details were made public.", "The news spread quickly online.", "Observers had expected the move."}
	closings = []string{"More details are expected.", "The story is developing.", "This report was updated.", "Photographs of the scene circulated widely.",
		"The timing surprised many.", "The weather was cold and clear.", "Traffic was heavy in the centre.", "Schools stayed open.", "The hall was full.",
		"Coverage was extensive.", "The statement was brief."}
	outlets = []string{"Reuters", "AP", "AFP", "BBC", "CNN", "Al Jazeera", "DW", "NHK"}
)

// WriteCorpus writes n JSON Lines records (text, url, outlet, published)
// reporting the given number of events (a prime, such as 97 or 997,
// spreads them best), each about n/events times.
func WriteCorpus(w io.Writer, n, events int) error {
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		ev := i % events
		p := pairs[ev%len(pairs)]
		verb := verbs[(ev/len(pairs))%len(verbs)]
		day := days[ev%len(days)]
		if events > len(days)*len(pairs)*len(verbs) {
			day = time.Date(2020, 1, 1+ev%330, 0, 0, 0, 0, time.UTC).Format("January 2, 2006")
		}
		city := cities[(ev/3)%len(cities)]
		outlet := outlets[i%len(outlets)]
		reporter := firsts[(i/len(lasts))%len(firsts)] + " " + lasts[i%len(lasts)]
		k := i / events // reports of this event before this one
		own := " " + asides[k%len(asides)] + " " + closings[(k/len(asides))%len(closings)]
		var text string
		switch (i / 97) % 3 {
		case 0:
			text = fmt.Sprintf("%s (%s) - %s %s %s on %s, according to a statement.\n\n%s said the talks would continue. Reporting by %s.",
				city, outlet, p[0], verb, p[1], day, p[0], reporter)
		case 1:
			text = fmt.Sprintf("%s %s %s in %s on %s, officials said.\n\nThe move drew attention across the region. Reporting by %s; editing by %s.",
				p[0], verb, p[1], titleCase(city), day, reporter, firsts[i%len(firsts)]+" "+lasts[(i/7)%len(lasts)])
		default:
			text = fmt.Sprintf("On %s, %s %s %s in %s.\n\nNo further details were given. Written by %s (%d of %s's reports).",
				day, p[0], verb, p[1], titleCase(city), reporter, i, outlet)
		}
		text = strings.Replace(text, "\n\n", own+"\n\n", 1)
		rec := map[string]string{"id": fmt.Sprint(i), "text": text, "url": fmt.Sprintf("https://news.example/%s/%d", outlet, i),
			"outlet": outlet, "published": "2020-12-02"}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	out := []byte(s)
	for i := 1; i < len(out); i++ {
		if out[i] >= 'A' && out[i] <= 'Z' {
			out[i] += 'a' - 'A'
		}
	}
	return string(out)
}

// WriteWikinews writes the first n articles of the Wikinews politics
// corpus (path: corpora/wikinews/articles.jsonl of the shared data, CC BY
// 2.5) as JSON Lines records dragoman reads (text, headline, url,
// published, outlet): real news, longer than the synthetic reports, for
// measuring what a worker does with the articles users have. It returns
// how many it wrote.
func WriteWikinews(w io.Writer, path string, n int) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	enc := json.NewEncoder(w)
	k := 0
	for k < n && sc.Scan() {
		var r struct{ Title, Date, URL, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return k, fmt.Errorf("%s: line %d: %w", path, k+1, err)
		}
		if err := enc.Encode(map[string]string{"text": r.Text, "headline": r.Title, "url": r.URL, "published": r.Date, "outlet": "Wikinews"}); err != nil {
			return k, err
		}
		k++
	}
	return k, sc.Err()
}
