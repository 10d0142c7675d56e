package cameo

import (
	"fmt"
	"io"

	"github.com/dragoman/dragoman/internal/tsv"
)

// Derived maps, for each family (intent, appeal, demand, refuse), the
// code of an act to the code of an event about it: saying one will do it,
// urging another to, demanding it, refusing it (data/derived.tsv).
type Derived map[string]map[string]string

// Code gives the derived code of family for an act: looked up whole, then
// by its first three digits, then by its root; "" when there is none.
func (d Derived) Code(family, act string) string {
	m := d[family]
	if c, ok := m[act]; ok {
		return c
	}
	if len(act) > 3 {
		if c, ok := m[act[:3]]; ok {
			return c
		}
	}
	if len(act) > 2 {
		return m[act[:2]]
	}
	return ""
}

// LoadDerived reads derived codes, checking both codes against the table.
func LoadDerived(r io.Reader, name string, table Table) (Derived, error) {
	d := Derived{"intent": {}, "appeal": {}, "demand": {}, "refuse": {}}
	err := tsv.Each(r, name, 3, func(_ int, f []string) error {
		m, ok := d[f[0]]
		if !ok {
			return fmt.Errorf("family %q is not intent, appeal, demand or refuse", f[0])
		}
		for _, c := range f[1:] {
			if _, ok := table[c]; !ok {
				return fmt.Errorf("unknown CAMEO code %q", c)
			}
		}
		if _, dup := m[f[1]]; dup {
			return fmt.Errorf("%s %s listed twice", f[0], f[1])
		}
		m[f[1]] = f[2]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// DefaultDerived loads the built-in derived codes.
func DefaultDerived(table Table) (Derived, error) {
	return loadData("derived.tsv", func(r io.Reader, name string) (Derived, error) { return LoadDerived(r, name, table) })
}
