package input

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRecord is one WARC record in its own gzip member, as WARC.gz files
// are written.
func warcRecord(typ, uri, date, contentType, block string) []byte {
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, date, len(uri)*31+len(block), contentType, len(block), block)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(rec.Bytes())
	zw.Close()
	return gz.Bytes()
}

func httpResponse(ct, body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + ct + "\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
}

func page(title, text string) string {
	return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>"
}

// writeTestWARC writes a WARC.gz with a warcinfo, a request, two HTML
// responses, a PNG response, a redirect and, last, an HTML response cut
// short in the middle of its gzip member.
func writeTestWARC(t *testing.T) string {
	var f bytes.Buffer
	f.Write(warcRecord("warcinfo", "", "2020-12-02T10:00:00Z", "application/warc-fields", "software: test\r\n"))
	f.Write(warcRecord("request", "https://news.example/a", "2020-12-02T10:00:00Z", "application/http;msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"))
	f.Write(warcRecord("response", "https://news.example/a", "2020-12-02T10:00:01Z", "application/http;msgtype=response",
		httpResponse("text/html; charset=utf-8", page("Talks resume", "Negotiators met in Geneva on Tuesday, officials said."))))
	f.Write(warcRecord("response", "https://news.example/logo.png", "2020-12-02T10:00:02Z", "application/http;msgtype=response",
		httpResponse("image/png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")))
	f.Write(warcRecord("response", "https://news.example/old", "2020-12-02T10:00:02Z", "application/http;msgtype=response",
		"HTTP/1.1 301 Moved Permanently\r\nLocation: /b\r\nContent-Type: text/html\r\n\r\n"))
	f.Write(warcRecord("response", "https://news.example/b", "2020-12-03T08:30:00Z", "application/http;msgtype=response",
		httpResponse("text/html", page("Aid arrives", "A convoy reached the city on Wednesday."))))
	last := warcRecord("response", "https://news.example/c", "2020-12-03T09:00:00Z", "application/http;msgtype=response",
		httpResponse("text/html", page("Cut short", strings.Repeat("This record is cut in the middle. ", 200))))
	f.Write(last[:len(last)/2])
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, f.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestWARC(t *testing.T) {
	path := writeTestWARC(t)
	var items []Item
	err := Walk([]string{filepath.Dir(path)}, Options{WARC: true}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var good, bad []Item
	for _, it := range items {
		if it.Err != nil {
			bad = append(bad, it)
		} else {
			good = append(good, it)
		}
	}
	if len(good) != 2 || len(bad) != 1 {
		for _, it := range items {
			t.Logf("%s: %v", it.Name, it.Err)
		}
		t.Fatalf("%d good, %d bad; want 2 and 1", len(good), len(bad))
	}
	a, b := good[0], good[1]
	if a.Meta.URL != "https://news.example/a" || a.Meta.Fetched != "2020-12-02T10:00:01Z" || a.Format != FormatHTML || !strings.Contains(string(a.Data), "Geneva") {
		t.Errorf("first article: %+v %q", a.Meta, a.Data)
	}
	if b.Meta.URL != "https://news.example/b" || !strings.Contains(string(b.Data), "convoy") {
		t.Errorf("second article: %+v", b.Meta)
	}
	if !strings.Contains(bad[0].Err.Error(), "bad WARC record") || !strings.Contains(bad[0].Name, "crawl.warc.gz:record 7") {
		t.Errorf("bad record: %s: %v", bad[0].Name, bad[0].Err)
	}
}

func TestWARCNotAnArchive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.warc")
	os.WriteFile(path, []byte("just some text, not WARC\n"), 0o644)
	var errs []error
	Walk([]string{path}, Options{WARC: true}, func(it Item) error {
		errs = append(errs, it.Err)
		return nil
	})
	if len(errs) != 1 || errs[0] == nil {
		t.Errorf("errors %v", errs)
	}
}

func FuzzWARC(f *testing.F) {
	f.Add(warcRecord("response", "https://x.example/", "2020-12-02T10:00:00Z", "application/http;msgtype=response", httpResponse("text/html", page("T", "Body."))))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readStream("f", "f", bytes.NewReader(data), Options{WARC: true, MaxBytes: 1 << 20}, func(it Item) error {
			if it.Err == nil && (it.Format != FormatHTML || len(it.Data) == 0) {
				t.Fatalf("good item without HTML: %+v", it)
			}
			return nil
		})
	})
}
