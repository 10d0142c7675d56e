package input

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// readWARC streams a WARC archive (its gzip members already undone by
// readStream), yielding one Item per HTML response record: the HTTP
// payload, with the record's target URI as the article's URL and its
// WARC-Date as Meta.Fetched. Other records (requests, metadata, non-HTML
// or unsuccessful responses) are passed over. A record that cannot be
// read (truncated, malformed) becomes an Item with Err set, and the
// archive is read no further: past a broken record, where the next one
// starts is not known.
func readWARC(name, path string, r io.Reader, opts Options, fn func(Item) error) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithAddMissingDigest(false))
	if err != nil {
		return fn(Item{Name: name, Path: path, Err: fmt.Errorf("not a WARC archive: %w", err)})
	}
	records, html := 0, 0
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			break
		}
		records++
		itemName := fmt.Sprintf("%s:record %d", name, records)
		if err != nil {
			rec.Close()
			return fn(Item{Name: itemName, Path: path, Err: fmt.Errorf("bad WARC record at byte %d (truncated or malformed; the rest of the archive is not read): %v", rec.Offset, err)})
		}
		it, ok := warcItem(rec.WarcRecord, itemName, path, opts)
		if ok {
			html++
			if it.Err == nil {
				it.Err = drain(rec.WarcRecord)
				if it.Err != nil {
					it.Data = nil
					it.Err = fmt.Errorf("bad WARC record at byte %d (truncated; the rest of the archive is not read): %v", rec.Offset, it.Err)
				}
			}
			if e := fn(it); e != nil {
				rec.Close()
				return e
			}
			if errors.Is(it.Err, errTruncatedRecord) {
				rec.Close()
				return nil
			}
		}
		if err := rec.Close(); err != nil {
			return fn(Item{Name: itemName, Path: path, Err: fmt.Errorf("bad WARC record at byte %d (truncated or malformed; the rest of the archive is not read): %v", rec.Offset, err)})
		}
	}
	if records == 0 {
		return fn(Item{Name: name, Path: path, Err: errors.New("not a WARC archive (no records)")})
	}
	if html == 0 {
		return fn(Item{Name: name, Path: path, Err: fmt.Errorf("no HTML response records among its %d records", records)})
	}
	return nil
}

var errTruncatedRecord = errors.New("truncated WARC record")

// drain reads what is left of a record's block, so that a record cut
// short is known as such before its article is handed on.
func drain(rec gowarc.WarcRecord) error {
	rb, err := rec.Block().RawBytes()
	if err != nil {
		return nil // already consumed
	}
	_, err = io.Copy(io.Discard, rb)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: %v", errTruncatedRecord, err)
	}
	return nil
}

// warcItem makes the item of an HTML response record; ok is false for
// any other record.
func warcItem(rec gowarc.WarcRecord, name, path string, opts Options) (it Item, ok bool) {
	if rec.Type() != gowarc.Response {
		return it, false
	}
	blk, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || blk.HttpStatusCode() < 200 || blk.HttpStatusCode() > 299 {
		return it, false
	}
	h := blk.HttpHeader()
	if h == nil || !isHTMLType(h.Get("Content-Type")) {
		return it, false
	}
	uri := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	it = Item{Name: name + " (" + uri + ")", Path: path, Meta: Meta{URL: uri, Fetched: rec.WarcHeader().Get(gowarc.WarcDate)}}
	payload, err := blk.PayloadBytes()
	if err != nil {
		it.Err = fmt.Errorf("WARC record payload: %w", err)
		return it, true
	}
	br := bufio.NewReader(payload)
	rd, err := maybeGunzip(br)
	if err != nil {
		it.Err = err
		return it, true
	}
	data, err := readBounded(rd, opts.maxBytes())
	if err != nil {
		if !strings.Contains(err.Error(), "too large") {
			err = fmt.Errorf("%w: %v", errTruncatedRecord, err)
		}
		it.Err = err
		return it, true
	}
	it.Format, it.Data, it.Err = Check(data, FormatHTML)
	if it.Err != nil {
		it.Data = nil
	}
	return it, true
}

// isHTMLType reports whether a Content-Type is HTML (a missing one is
// not: a WARC's responses say what they hold).
func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
