// Package input reads the outside world: files, directories, standard input
// and JSON Lines corpora. It yields one Item per article, in a stable order,
// streaming (a directory of any size is never held in memory), and checks
// each item before anything else sees it: a bad input becomes an Item with
// Err set, named, and the walk goes on.
package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest article accepted, after decompression.
const DefaultMaxBytes = 32 << 20

// Formats an item can have.
const (
	FormatAuto = "auto"
	FormatText = "text"
	FormatHTML = "html"
)

// Meta is what a JSON Lines record (or the caller) says about an article.
type Meta struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Headline  string `json:"headline"`
	// Fetched is when the page was fetched (a WARC record's date): the
	// publication date when nothing else gives one.
	Fetched string `json:"fetched,omitempty"`
}

// Item is one article to analyse, or the reason it cannot be.
type Item struct {
	// Name identifies the input in messages: a path, "-", or "corpus.jsonl:12".
	Name string
	// Path is the file the item came from ("" for standard input).
	Path string
	// Data is the article's bytes: checked, decompressed, valid UTF-8.
	Data []byte
	// Format is "text" or "html".
	Format string
	Meta   Meta
	// Err is set when the item could not be read; Data is then nil.
	Err error
}

// Options control reading.
type Options struct {
	// Format forces a format ("text" or "html"); "auto" or "" decides per item.
	Format string
	// JSONL reads every file as JSON Lines records.
	JSONL bool
	// WARC reads every file as a WARC archive (gzipped or not), keeping
	// its HTML responses.
	WARC bool
	// MaxBytes bounds one article; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// extensions read when walking a directory.
var extensions = []string{".txt", ".text", ".html", ".htm"}

// Wanted reports whether a directory walk reads the file name.
func Wanted(name string, jsonl bool) bool {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	if jsonl {
		return strings.HasSuffix(n, ".jsonl") || strings.HasSuffix(n, ".ndjson")
	}
	for _, e := range extensions {
		if strings.HasSuffix(n, e) {
			return true
		}
	}
	return false
}

// wanted is Wanted for the options' kind of input: WARC archives are
// *.warc (and *.warc.gz).
func wanted(name string, opts Options) bool {
	if opts.WARC {
		return strings.HasSuffix(strings.TrimSuffix(strings.ToLower(name), ".gz"), ".warc")
	}
	return Wanted(name, opts.JSONL)
}

// Walk calls fn with every item named by paths, in order: each path in the
// order given, a directory's files in lexical order. An fn error stops the
// walk and is returned; bad inputs do not stop it (they come as items with
// Err set).
func Walk(paths []string, opts Options, fn func(Item) error) error {
	for _, p := range paths {
		if err := walkOne(p, opts, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkOne(p string, opts Options, fn func(Item) error) error {
	if p == "-" {
		stdin := opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		return readStream("-", "", stdin, opts, fn)
	}
	info, err := os.Stat(p)
	if err != nil {
		return fn(Item{Name: p, Path: p, Err: describeOpenError(err)})
	}
	if !info.IsDir() {
		return readFile(p, opts, fn)
	}
	// WalkDir visits in lexical order and holds one directory's names at a
	// time, never file contents.
	var walked int
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fn(Item{Name: path, Path: path, Err: describeOpenError(err)})
		}
		if d.IsDir() || !wanted(d.Name(), opts) {
			return nil
		}
		walked++
		return readFile(path, opts, fn)
	})
	if err != nil {
		return err
	}
	if walked == 0 {
		kinds := strings.Join(extensions, ", ")
		if opts.JSONL {
			kinds = ".jsonl, .ndjson"
		}
		if opts.WARC {
			kinds = ".warc"
		}
		return fn(Item{Name: p, Path: p, Err: fmt.Errorf("directory holds no readable files (%s, optionally gzipped)", kinds)})
	}
	return nil
}

func describeOpenError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, opts Options, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Name: path, Path: path, Err: describeOpenError(err)})
	}
	defer f.Close()
	return readStream(path, path, f, opts, fn)
}

// readStream reads one file or stdin, which holds one article or, with
// JSONL, many records.
func readStream(name, path string, r io.Reader, opts Options, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	rd, err := maybeGunzip(br)
	if err != nil {
		return fn(Item{Name: name, Path: path, Err: err})
	}
	if opts.JSONL {
		return readJSONL(name, path, rd, opts, fn)
	}
	if opts.WARC {
		return readWARC(name, path, rd, opts, fn)
	}
	data, err := readBounded(rd, opts.maxBytes())
	if err != nil {
		return fn(Item{Name: name, Path: path, Err: err})
	}
	it := Item{Name: name, Path: path}
	it.Format, it.Data, it.Err = Check(data, formatHint(opts.Format, path))
	if it.Err != nil {
		it.Data = nil
	}
	return fn(it)
}

// maybeGunzip returns a reader of the decompressed stream when br starts
// with the gzip magic number, whatever the file is called.
func maybeGunzip(br *bufio.Reader) (io.Reader, error) {
	head, _ := br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("corrupt gzip data: %w", err)
		}
		return zr, nil
	}
	return br, nil
}

// readBounded reads all of r, failing without holding more than max+1 bytes
// when r is larger than max.
func readBounded(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("truncated or corrupt gzip data: %w", err)
		}
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("too large: over %s (limit set by --max-size)", humanBytes(max))
	}
	return data, nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func formatHint(forced, path string) string {
	if forced != "" && forced != FormatAuto {
		return forced
	}
	n := strings.TrimSuffix(strings.ToLower(path), ".gz")
	switch {
	case strings.HasSuffix(n, ".html"), strings.HasSuffix(n, ".htm"):
		return FormatHTML
	case strings.HasSuffix(n, ".txt"), strings.HasSuffix(n, ".text"):
		return FormatText
	}
	return FormatAuto
}

// Check validates an article's bytes and settles its format: it rejects
// empty and binary data and invalid UTF-8, strips a UTF-8 byte order mark,
// and sniffs HTML when hint is "auto". The returned data may be a subslice.
func Check(data []byte, hint string) (format string, out []byte, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return "", nil, errors.New("empty input")
		}
		return "", nil, errors.New("empty input (only white space)")
	}
	if kind := binaryKind(data); kind != "" {
		return "", nil, fmt.Errorf("binary data (%s), not text or HTML", kind)
	}
	format = hint
	if format == "" || format == FormatAuto {
		format = FormatText
		if LooksLikeHTML(data) {
			format = FormatHTML
		}
	}
	if format != FormatText && format != FormatHTML {
		return "", nil, fmt.Errorf("unknown format %q (want text or html)", format)
	}
	if !utf8.Valid(data) {
		if format == FormatHTML {
			if dec, ok := decodeDeclaredCharset(data); ok {
				return format, dec, nil
			}
		}
		return "", nil, fmt.Errorf("invalid UTF-8 at byte %d", firstInvalid(data))
	}
	return format, data, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

var magics = []struct {
	prefix string
	kind   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x7fELF", "ELF executable"},
	{"RIFF", "RIFF media"},
	{"\x1f\x8b", "gzip data"},
	{"BZh", "bzip2 data"},
	{"\xfd7zXZ\x00", "xz data"},
	{"SQLite format 3\x00", "SQLite database"},
}

// binaryKind names the kind of binary data, or returns "" for text.
func binaryKind(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.kind
		}
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "contains NUL bytes"
	}
	// Many control characters other than white space: binary.
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	if ctl*100 > len(head) {
		return "control characters"
	}
	return ""
}

// LooksLikeHTML sniffs the first kilobytes for markup.
func LooksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	s := strings.ToLower(string(bytes.TrimSpace(head)))
	if strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html") || strings.HasPrefix(s, "<?xml") && strings.Contains(s, "<html") {
		return true
	}
	tags := 0
	for _, t := range []string{"<head", "<body", "<p>", "<p ", "<div", "<meta ", "<title", "<article", "<br"} {
		if strings.Contains(s, t) {
			tags++
		}
	}
	return tags >= 2
}

// readJSONL streams JSON Lines records, one article each.
func readJSONL(name, path string, r io.Reader, opts Options, fn func(Item) error) error {
	max := opts.maxBytes()
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	records := 0
	for {
		raw, tooLong, err := readLine(br, max)
		if err != nil && err != io.EOF {
			return fn(Item{Name: fmt.Sprintf("%s:%d", name, line+1), Path: path, Err: fmt.Errorf("read: %w", err)})
		}
		if raw == nil && err == io.EOF {
			break
		}
		line++
		itemName := fmt.Sprintf("%s:%d", name, line)
		if tooLong {
			if e := fn(Item{Name: itemName, Path: path, Err: fmt.Errorf("record too large: over %s (limit set by --max-size)", humanBytes(max))}); e != nil {
				return e
			}
		} else if len(bytes.TrimSpace(raw)) > 0 {
			records++
			if e := fn(decodeRecord(itemName, path, raw, opts)); e != nil {
				return e
			}
		}
		if err == io.EOF {
			break
		}
	}
	if records == 0 {
		return fn(Item{Name: name, Path: path, Err: errors.New("no JSON Lines records")})
	}
	return nil
}

// readLine reads one line of at most max bytes; a longer line is consumed
// and reported with tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, e := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			tooLong = true
			buf = buf[:0]
		} else {
			buf = append(buf, chunk...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e == io.EOF && len(buf) == 0 && !tooLong {
			return nil, false, io.EOF
		}
		return buf, tooLong, e
	}
}

type record struct {
	Meta
	Text   *string `json:"text"`
	HTML   *string `json:"html"`
	Format string  `json:"format"`
}

func decodeRecord(name, path string, raw []byte, opts Options) Item {
	it := Item{Name: name, Path: path}
	if !utf8.Valid(raw) {
		it.Err = fmt.Errorf("invalid UTF-8 at byte %d of the record", firstInvalid(raw))
		return it
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&rec); err != nil {
		it.Err = fmt.Errorf("not a JSON record: %w", err)
		return it
	}
	it.Meta = rec.Meta
	if rec.ID != "" {
		it.Name = name + " (id " + rec.ID + ")"
	}
	var body string
	hint := FormatAuto
	switch {
	case rec.HTML != nil && *rec.HTML != "":
		body, hint = *rec.HTML, FormatHTML
	case rec.Text != nil:
		body, hint = *rec.Text, FormatText
	default:
		it.Err = errors.New(`record has neither "text" nor "html"`)
		return it
	}
	if rec.Format != "" {
		hint = rec.Format
	} else if opts.Format != "" && opts.Format != FormatAuto {
		hint = opts.Format
	}
	it.Format, it.Data, it.Err = Check([]byte(body), hint)
	return it
}
