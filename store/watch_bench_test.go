package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dragoman/dragoman/doc"
)

// benchDoc is a synthetic analysed article with five events and a posture
// layer (two changes and a window).
func benchDoc(i int) *doc.Document {
	d := doc.New(fmt.Sprintf("bench-%d", i), fmt.Sprintf("Article %d about an embassy in Baghdad and talks in Tehran.", i))
	d.Published.Value = doc.Str("2020-12-02")
	d.Body = []doc.Span{{Start: 0, End: len(d.Text)}}
	for k := 0; k < 5; k++ {
		src, tgt := SyntheticActors[(i+k)%len(SyntheticActors)], SyntheticActors[(i+3*k)%len(SyntheticActors)]
		d.Events = append(d.Events, doc.Event{ID: fmt.Sprintf("ev%d", k), Code: fmt.Sprintf("%02d%d", 1+(i+k)%20, k), Root: fmt.Sprintf("%02d", 1+(i+k)%20), Confidence: 0.9,
			Source: &doc.Actor{Name: src, Actor: doc.Str(src)}, Target: &doc.Actor{Name: tgt, Actor: doc.Str(tgt)},
			Date: doc.EventDate{Value: doc.Str("2020-12-01")}, Place: &doc.EventPlace{Name: "Baghdad", Country: "IQ", Lat: 33.3, Lon: 44.4}})
	}
	key := fmt.Sprintf("%s@Baghdad", SyntheticActors[i%12*5])
	d.Posture = &doc.Posture{
		Posts:   []doc.Post{{Key: key, Sender: key[:3], Type: "embassy", Host: "Baghdad", HostCountry: "IQ"}},
		Changes: []doc.StatusChange{{Post: key, Status: "reduced_staffing", Kind: "status", Polarity: "asserted", Date: doc.Str("2020-12-01")}, {Post: key, Status: "closed", Kind: "status", Polarity: "negated"}},
		Windows: []doc.Window{{Date: "2021-01-03", Subject: "the killing of Qasem Soleimani", Posts: []string{key}}},
	}
	return d
}

// BenchmarkIngestWatches ingests batches of 1,000 synthetic articles into
// a store with no watch and with 1,000 watches (events, posture and window
// watches in turn); compare the two sub-benchmarks' ns/op.
func BenchmarkIngestWatches(b *testing.B) {
	docs := make([]*doc.Document, 1000)
	for i := range docs {
		docs[i] = benchDoc(i)
	}
	for _, nw := range []int{0, 1000} {
		b.Run(fmt.Sprintf("watches=%d", nw), func(b *testing.B) {
			for it := 0; it < b.N; it++ {
				b.StopTimer()
				db, err := Open(filepath.Join(b.TempDir(), "w.db"))
				if err != nil {
					b.Fatal(err)
				}
				for k := 0; k < nw; k++ {
					var spec WatchSpec
					switch k % 3 {
					case 0:
						spec = WatchSpec{Kind: "events", Events: map[string]string{"actor": SyntheticActors[k%len(SyntheticActors)], "code": fmt.Sprintf("%02d*", 1+k%20)}}
					case 1:
						spec = WatchSpec{Kind: "posture", Posts: []string{SyntheticActors[k%len(SyntheticActors)][:3] + "@Kabul"}}
					default:
						spec = WatchSpec{Kind: "window", Days: 1 + k%60}
					}
					if err := db.AddWatch(fmt.Sprintf("w%d", k), spec, "-"); err != nil {
						b.Fatal(err)
					}
				}
				w := db.NewWriter(DefaultMerge, 64)
				b.StartTimer()
				for _, d := range docs {
					if _, err := w.Add(d); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
		})
	}
}

// BenchmarkQueueAlerts times the evaluation of 1,000 watches (a third each
// events, posture and window watches) on one stored article, alerts
// queued included: the cost watches add to each article of an ingest.
func BenchmarkQueueAlerts(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "w.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for k := 0; k < 1000; k++ {
		var spec WatchSpec
		switch k % 3 {
		case 0:
			spec = WatchSpec{Kind: "events", Events: map[string]string{"actor": SyntheticActors[k%len(SyntheticActors)], "code": fmt.Sprintf("%02d*", 1+k%20)}}
		case 1:
			spec = WatchSpec{Kind: "posture", Posts: []string{SyntheticActors[k%len(SyntheticActors)][:3] + "@Kabul"}}
		default:
			spec = WatchSpec{Kind: "window", Days: 1 + k%60}
		}
		if err := db.AddWatch(fmt.Sprintf("w%d", k), spec, "-"); err != nil {
			b.Fatal(err)
		}
	}
	docs := make([]*doc.Document, 1000)
	for i := range docs {
		docs[i] = benchDoc(i)
	}
	w := db.NewWriter(DefaultMerge, 64)
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	w.tx = tx
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := w.queueAlerts(1, docs[i%len(docs)], "2026-01-01T00:00:00"); err != nil {
			b.Fatal(err)
		}
	}
}
