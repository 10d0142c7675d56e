package input

import (
	"bytes"
	"io"

	"golang.org/x/net/html/charset"
)

// decodeDeclaredCharset transcodes an HTML page that declares a charset
// other than UTF-8 (byte order mark or meta tag) to UTF-8. It reports false
// when the page declares none or declares UTF-8, so that invalid bytes stay
// an error rather than a guess.
func decodeDeclaredCharset(data []byte) ([]byte, bool) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if !bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		return nil, false
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" || enc == nil {
		return nil, false
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data)))
	if err != nil {
		return nil, false
	}
	return out, true
}
