package pgstore

import (
	"strings"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
)

// TestLockKeysPerSchema: a key locked by a store in one schema does not
// hold up a store in another schema of the same database, and still holds
// up a second writer of the same store.
func TestLockKeysPerSchema(t *testing.T) {
	dsnA, dsnB := testenv.Postgres(t), testenv.Postgres(t)
	a, err := Connect(dsnA)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Connect(dsnB)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	holder, err := a.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Rollback()
	keys := []string{"event|2020-01-01|USA|IRN|190"}
	if err := LockKeys(holder, keys); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		other   bool
		blocked bool
	}{{"same store", false, true}, {"other schema", true, false}} {
		db := a
		if c.other {
			db = b
		}
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec("SET LOCAL lock_timeout = '300ms'"); err != nil {
			t.Fatal(err)
		}
		err = LockKeys(tx, keys)
		tx.Rollback()
		blocked := err != nil && strings.Contains(err.Error(), "lock timeout")
		if err != nil && !blocked {
			t.Fatalf("%s: %v", c.name, err)
		}
		if blocked != c.blocked {
			t.Errorf("%s: blocked %v, want %v", c.name, blocked, c.blocked)
		}
	}
}
