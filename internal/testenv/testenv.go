// Package testenv finds the shared data folder for tests and skips a test
// cleanly when it is not there.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedDir returns the shared data folder: $DRAGOMAN_SHARED, or ../shared
// beside the repository root. It returns "" when there is none.
func SharedDir() string {
	if d := os.Getenv("DRAGOMAN_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			s := filepath.Join(dir, "..", "shared")
			if st, err := os.Stat(s); err == nil && st.IsDir() {
				return s
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Shared returns a path inside the shared data folder, or skips the test
// when the folder or the path is missing.
func Shared(tb testing.TB, elem ...string) string {
	tb.Helper()
	root := SharedDir()
	if root == "" {
		tb.Skip("shared data folder (../shared) not present; skipping")
	}
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not present; skipping", p)
	}
	return p
}
