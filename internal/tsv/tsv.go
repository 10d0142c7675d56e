// Package tsv reads dragoman's data files: tab-separated lines, with blank
// lines and lines starting with # ignored, and errors that name the file
// and the line.
package tsv

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Each calls fn with the fields of every data line of r. When fields is
// above zero, a line with another number of fields is an error. An error
// from fn is returned as "name:line: error".
func Each(r io.Reader, name string, fields int, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if fields > 0 && len(f) != fields {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, ln, fields, len(f))
		}
		if err := fn(ln, f); err != nil {
			return fmt.Errorf("%s:%d: %v", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Pattern compiles a rule's regular expression. A pattern that matches the
// empty string is an error: it would fire everywhere.
func Pattern(expr string) (*regexp.Regexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("pattern: %v", err)
	}
	if re.MatchString("") {
		return nil, fmt.Errorf("pattern matches the empty string")
	}
	return re, nil
}
