package modelio

import (
	"bytes"
	"strings"
	"testing"
	"unsafe"
)

func write(t *testing.T) []byte {
	var b bytes.Buffer
	w := NewWriter(&b, "test 1\n")
	w.Uvarint(300)
	w.Varint(-5)
	w.Byte(7)
	w.String("hello")
	w.Bytes([]byte{1, 2})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTrip(t *testing.T) {
	r, err := NewReader(bytes.NewReader(write(t)), "test 1\n")
	if err != nil {
		t.Fatal(err)
	}
	u, v, b, s, bs := r.Uvarint(1000, "u"), r.Varint(-10, 10, "v"), r.Byte(8, "b"), r.String("s"), r.Bytes(2, "bs")
	if err := r.End(); err != nil || u != 300 || v != -5 || b != 7 || s != "hello" || !bytes.Equal(bs, []byte{1, 2}) {
		t.Fatalf("%v %v %v %v %v %v", u, v, b, s, bs, err)
	}
}

func TestErrors(t *testing.T) {
	good := write(t)
	for name, in := range Damaged(good) {
		r, err := NewReader(bytes.NewReader(in), "test 1\n")
		if err == nil {
			r.Uvarint(1000, "u")
			r.Varint(-10, 10, "v")
			r.Byte(8, "b")
			r.String("s")
			r.Bytes(2, "bs")
			err = r.End()
		}
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	for _, tc := range []struct {
		name string
		read func(r *Reader)
		want string
	}{
		{"limit", func(r *Reader) { r.Uvarint(100, "count") }, "count 300 out of range"},
		{"trailing", func(r *Reader) { r.Uvarint(1000, "u") }, "trailing data"},
		{"varint", func(r *Reader) { r.Uvarint(1000, "u"); r.Varint(0, 10, "weight") }, "weight -5 out of range"},
	} {
		r, err := NewReader(bytes.NewReader(good), "test 1\n")
		if err != nil {
			t.Fatal(err)
		}
		tc.read(r)
		if err := r.End(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := NewReader(bytes.NewReader(good), "other 1\n"); err == nil || !strings.Contains(err.Error(), "bad header") {
		t.Errorf("magic: %v", err)
	}
	if _, err := NewReader(bytes.NewReader(good[:len(good)/3]), "test 1\n"); err == nil {
		t.Error("a third of the file: no error")
	}
}

// TestReaderOf checks that NewReaderOf names the version a file has and
// refuses one it does not list.
func TestReaderOf(t *testing.T) {
	good := write(t)
	for _, tc := range []struct {
		magics []string
		want   int
		ok     bool
	}{
		{[]string{"test 1\n"}, 0, true},
		{[]string{"test 0\n", "test 1\n"}, 1, true},
		{[]string{"test 2\n", "test 3\n"}, 0, false},
	} {
		r, k, err := NewReaderOf(bytes.NewReader(good), tc.magics...)
		if (err == nil) != tc.ok || k != tc.want {
			t.Errorf("%q: version %d, err %v", tc.magics, k, err)
			continue
		}
		if err == nil && r.Uvarint(1000, "u") != 300 {
			t.Errorf("%q: first number misread", tc.magics)
		}
	}
}

// TestInterned checks that equal strings read with Interned are one string
// and that a truncated one is an error.
func TestInterned(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b, "test 1\n")
	for _, s := range []string{"NN", "dogs", "NN", "", ""} {
		w.String(s)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := NewReader(bytes.NewReader(b.Bytes()), "test 1\n")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	var got []string
	for range 5 {
		got = append(got, r.Interned(seen, "s"))
	}
	if err := r.End(); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "NN,dogs,NN,," || unsafe.StringData(got[0]) != unsafe.StringData(got[2]) || len(seen) != 3 {
		t.Errorf("got %q, %d strings seen; want NN,dogs,NN,, with the two NN one string", got, len(seen))
	}
	r, _ = NewReader(bytes.NewReader(b.Bytes()), "test 1\n")
	r.Interned(seen, "s")
	r.Uvarint(1, "") // misread "dogs"'s length
	if r.Interned(seen, "s"); r.End() == nil {
		t.Error("a misread file read without an error")
	}
}
