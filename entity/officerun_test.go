package entity

import "testing"

// A title, "of" and an office written with its own article and
// connectors ("Secretary of the Navy for Logistics"), then a given name:
// the whole is one name, the person titled, no organisation of the
// office's words; a rank before a title ("Deputy", "Assistant") keeps
// the title. A name after "of the" with no title before it stays apart.
func TestOfficeRun(t *testing.T) {
	for _, c := range []struct{ text, person, notOrg string }{
		{"Secretary of the Navy Harold Quenby praised the contract.", "Harold Quenby", "Navy Harold Quenby"},
		{"On Monday, Deputy Secretary of the Navy for Logistics Harold Quenby praised the contract.", "Harold Quenby", "Secretary"},
		{"On Monday, Assistant Secretary of State Harold Quenby praised the contract.", "Harold Quenby", "Assistant Secretary of State Harold Quenby"},
		{"On Monday, Harold Quenby of the Navy praised the contract.", "Harold Quenby", ""},
	} {
		d := analyse(t, c.text, "2020-12-02")
		found := false
		for _, e := range d.Entities {
			if e.Name == c.person && e.Type == "PERSON" {
				found = true
			}
			if c.notOrg != "" && e.Name == c.notOrg {
				t.Errorf("%q: an entity %q (%s)", c.text, e.Name, e.Type)
			}
		}
		if !found {
			t.Errorf("%q: no person %q in %+v", c.text, c.person, d.Entities)
		}
	}
}
