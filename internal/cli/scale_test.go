package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/queue"
	"github.com/dragoman/dragoman/store"
)

// The same articles through the queue into PostgreSQL and through ingest
// into SQLite: the same counts; the queue drained; the query commands
// read PostgreSQL with --postgres.
func TestEnqueueWorkerPostgres(t *testing.T) {
	dsn := testenv.Postgres(t)
	natsURL, stream := testenv.NATS(t)
	t.Cleanup(func() {
		if q, err := queue.Open(context.Background(), natsURL, queue.Options{Stream: stream}); err == nil {
			q.Delete(context.Background())
			q.Close()
		}
	})
	dir := t.TempDir()
	for i, city := range []string{"Baghdad", "Kabul", "Cairo"} {
		text := strings.ReplaceAll(article, "Baghdad", city)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	q := []string{"--nats", natsURL, "--stream", stream}
	code, _, errs := runCLI(t, "", append([]string{"enqueue", "--published", "2020-12-02", dir}, q...)...)
	if code != ExitFailed || !strings.Contains(errs, "3 queued, 0 already in the queue, 1 failed") || !strings.Contains(errs, "empty.txt: error") {
		t.Fatalf("enqueue: exit %d, %s", code, errs)
	}
	code, out, _ := runCLI(t, "", append([]string{"queue", "status"}, q...)...)
	if code != 0 || !strings.Contains(out, "pending      3") {
		t.Errorf("status before: %d %s", code, out)
	}
	code, _, errs = runCLI(t, "", append([]string{"worker", "--postgres", dsn, "--drain", "--workers", "2"}, q...)...)
	if code != 0 || !strings.Contains(errs, "3 stored, 0 already there, 0 retried, 0 dead letters") {
		t.Fatalf("worker: exit %d, %s", code, errs)
	}
	code, out, _ = runCLI(t, "", append([]string{"queue", "status"}, q...)...)
	if code != 0 || !strings.Contains(out, "pending      0") || !strings.Contains(out, "in flight    0") || !strings.Contains(out, "failed       0") {
		t.Errorf("status after: %d %s", code, out)
	}
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errs := runCLI(t, "", "ingest", "--published", "2020-12-02", "--db", db, dir); code != ExitFailed {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	// the workers kept each input and the analyser's version: reanalyze
	// finds nothing to redo, and redoes all three with --all
	for _, c := range []struct {
		args []string
		want string
	}{{nil, "0 redone, 0 failed"}, {[]string{"--all"}, "3 redone, 0 failed"}} {
		code, _, errs := runCLI(t, "", append([]string{"reanalyze", "--postgres", dsn, "--progress=false"}, c.args...)...)
		if code != 0 || !strings.Contains(errs, c.want) {
			t.Errorf("reanalyze %v: exit %d, %s", c.args, code, errs)
		}
	}
	for _, cmd := range [][]string{{"events", "--format", "csv"}, {"sources"}, {"articles"}, {"articles", "--search", "Kabul OR Cairo"},
		{"events", "--format", "csv", "--search", `"withdraw some staff" -Kabul`, "--from", "2020-12"}} {
		_, pg, errs := runCLI(t, "", append(cmd, "--postgres", dsn)...)
		_, sq, _ := runCLI(t, "", append(cmd, "--db", db)...)
		if lines(pg) != lines(sq) || lines(pg) < 2 {
			t.Errorf("%v: %d lines from PostgreSQL (%s), %d from SQLite", cmd, lines(pg), errs, lines(sq))
		}
	}
}

// feeds poll into the embedded store, twice: the second run (a restart)
// stores nothing again and fetches no page again.
func TestFeedsPollIngest(t *testing.T) {
	pages := map[string]int{}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n") })
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"1"`)
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Wire</title>
<item><title>Embassy staff</title><link>/news/1</link><pubDate>Wed, 02 Dec 2020 09:00:00 GMT</pubDate></item>
<item><title>Secret</title><link>/private/2</link></item></channel></rss>`)
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		pages[r.URL.Path]++
		fmt.Fprintf(w, "<html><head><title>Embassy staff</title></head><body><article><p>%s</p></article></body></html>", strings.ReplaceAll(article, "\n\n", "</p><p>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	state, db := filepath.Join(dir, "feeds.json"), filepath.Join(dir, "f.db")
	if code, _, errs := runCLI(t, "", "feeds", "add", "--feeds", state, srv.URL+"/rss"); code != 0 {
		t.Fatal(errs)
	}
	code, _, errs := runCLI(t, "", "feeds", "poll", "--feeds", state, "--db", db, "--rate", "50")
	if code != 0 || !strings.Contains(errs, "2 items, 1 new, 0 seen before, 1 disallowed by robots.txt") {
		t.Fatalf("poll: %d %s", code, errs)
	}
	code, _, errs = runCLI(t, "", "feeds", "poll", "--feeds", state, "--db", db, "--rate", "50")
	if code != 0 || !strings.Contains(errs, "not modified") {
		t.Fatalf("second poll: %d %s", code, errs)
	}
	if pages["/news/1"] != 1 {
		t.Errorf("page fetched %d times", pages["/news/1"])
	}
	s, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	as, err := s.Articles("", 0)
	if err != nil || len(as) != 1 || as[0].URL != srv.URL+"/news/1" || as[0].Published != "2020-12-02" || as[0].Path != srv.URL+"/rss" {
		t.Errorf("stored: %+v %v", as, err)
	}
	_, out, _ := runCLI(t, "", "feeds", "list", "--feeds", state)
	if !strings.Contains(out, "Wire") {
		t.Errorf("list: %s", out)
	}
}

// analyze --input warc reads the HTML responses of a WARC.gz and names
// the bad record.
func TestAnalyzeWARC(t *testing.T) {
	rec := func(uri, ct, body string) []byte {
		block := "HTTP/1.1 200 OK\r\nContent-Type: " + ct + "\r\n\r\n" + body
		var b, z bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2020-12-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-0000-4000-8000-000000000000>\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(block), block)
		zw := gzip.NewWriter(&z)
		zw.Write(b.Bytes())
		zw.Close()
		return z.Bytes()
	}
	html := "<html><head><title>Staff</title></head><body><article><p>" + strings.ReplaceAll(article, "\n\n", "</p><p>") + "</p></article></body></html>"
	var f []byte
	f = append(f, rec("https://news.example/1", "text/html", html)...)
	f = append(f, rec("https://news.example/logo.gif", "image/gif", "GIF89a")...)
	last := rec("https://news.example/2", "text/html", html+strings.Repeat(" ", 3000))
	f = append(f, last[:len(last)-40]...)
	p := filepath.Join(t.TempDir(), "c.warc.gz")
	os.WriteFile(p, f, 0o644)
	code, out, errs := runCLI(t, "", "analyze", "--input", "warc", p)
	if code != ExitFailed || lines(out) != 1 || !strings.Contains(out, `"url":"https://news.example/1"`) || !strings.Contains(errs, "c.warc.gz:record 3") {
		t.Errorf("exit %d, %d documents, stderr %s", code, lines(out), errs)
	}
}
