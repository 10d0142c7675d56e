package pgstore

import (
	"slices"
	"testing"

	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/jackc/pgx/v5/pgtype"
)

// TestMigrateBands upgrades a store of version 4, whose signature bands
// are a row each, and finds each article's bands in its one row, found
// by any of its keys, and no row for an article without bands.
func TestMigrateBands(t *testing.T) {
	db, err := Connect(testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := migrate(db, nil, 4); err != nil {
		t.Fatal(err)
	}
	bands := map[int64][]int64{
		7:  {1<<56 | 5, 3, 2<<56 | 9},
		11: {3, 1<<56 | 6},
	}
	for aid, keys := range bands {
		for _, k := range keys {
			if _, err := db.Exec("INSERT INTO signature_bands (key, article_id) VALUES (?, ?)", k, aid); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := Migrate(db, nil); err != nil {
		t.Fatal(err)
	}
	if err := Check(db); err != nil {
		t.Fatal(err)
	}
	types := pgtype.NewMap()
	for aid, keys := range bands {
		var got []int64
		if err := db.QueryRow("SELECT keys FROM article_bands WHERE article_id = ?", aid).Scan(types.SQLScanner(&got)); err != nil {
			t.Fatalf("article %d: %v", aid, err)
		}
		want := slices.Sorted(slices.Values(keys))
		if !slices.Equal(got, want) {
			t.Errorf("article %d: keys %v, want %v", aid, got, want)
		}
	}
	tests := []struct {
		keys []int64
		want []int64
	}{
		{[]int64{3}, []int64{7, 11}},
		{[]int64{2<<56 | 9, 4}, []int64{7}},
		{[]int64{1<<56 | 6}, []int64{11}},
		{[]int64{4, 1 << 56}, nil},
	}
	for _, tt := range tests {
		rows, err := db.Query(SharingBands+" ORDER BY article_id", tt.keys)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			got = append(got, id)
		}
		rows.Close()
		if !slices.Equal(got, tt.want) {
			t.Errorf("sharing %v: %v, want %v", tt.keys, got, tt.want)
		}
	}
	var old bool
	if err := db.QueryRow("SELECT to_regclass('signature_bands') IS NOT NULL").Scan(&old); err != nil || old {
		t.Errorf("signature_bands still there (%v)", err)
	}
}
