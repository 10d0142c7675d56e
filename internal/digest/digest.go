// Package digest names built-in data by a short digest of its bytes, so
// that `dragoman version` can say which word lists, rules and dictionaries
// a binary carries.
package digest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io/fs"
)

// Size is the number of hex digits of a short digest.
const Size = 12

// Of is the short SHA-256 digest of parts, each counted with its length
// so that moving bytes from one part to the next changes the digest.
func Of(parts ...[]byte) string {
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil))[:Size]
}

// Strings is Of for strings.
func Strings(parts ...string) string {
	b := make([][]byte, len(parts))
	for i, p := range parts {
		b[i] = []byte(p)
	}
	return Of(b...)
}

// FS is the short digest of every file of fsys, names and contents, in
// lexical order; "" when fsys cannot be read.
func FS(fsys fs.FS) string {
	var parts [][]byte
	err := fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		parts = append(parts, []byte(p), b)
		return nil
	})
	if err != nil {
		return ""
	}
	return Of(parts...)
}
