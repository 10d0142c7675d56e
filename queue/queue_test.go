package queue

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
)

func openTest(t *testing.T, opts Options) *Queue {
	t.Helper()
	url, stream := testenv.NATS(t)
	opts.Stream = stream
	q, err := Open(context.Background(), url, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		q.Delete(context.Background())
		q.Close()
	})
	return q
}

func item(i int, text string) input.Item {
	return input.Item{Name: fmt.Sprintf("a%d.txt", i), Path: fmt.Sprintf("dir/a%d.txt", i), Format: "text", Data: []byte(text),
		Meta: input.Meta{URL: fmt.Sprintf("https://example.org/%d", i), Published: "2020-12-02"}}
}

func TestPublishWorkDrain(t *testing.T) {
	q := openTest(t, Options{AckWait: 3 * time.Second})
	ctx := context.Background()
	const n = 40
	for i := 0; i < n; i++ {
		if dup, err := q.Publish(ctx, item(i, fmt.Sprintf("Article %d.", i))); err != nil || dup {
			t.Fatal(dup, err)
		}
	}
	// the same article again: JetStream drops it
	if dup, err := q.Publish(ctx, item(0, "Article 0.")); err != nil || !dup {
		t.Errorf("republish: dup %v err %v", dup, err)
	}
	// a large article goes by reference
	big := bytes.Repeat([]byte("x"), 0)
	for i := 0; len(big) < 3<<20; i++ {
		big = fmt.Appendf(big, "%d word%d ", i, i*7919%100003)
	}
	if _, err := q.Publish(ctx, input.Item{Name: "big.txt", Format: "text", Data: big}); err != nil {
		t.Fatal(err)
	}
	if st, err := q.Status(ctx); err != nil || st.Pending != n+1 {
		t.Fatalf("status before work: %+v %v", st, err)
	}
	var mu sync.Mutex
	seen := map[string]input.Item{}
	err := q.Work(ctx, WorkOptions{Loops: 3, Drain: true}, Func(func(_ context.Context, it input.Item) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		seen[it.Name] = it
		return true, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != n+1 {
		t.Fatalf("handled %d, want %d", len(seen), n+1)
	}
	if it := seen["a7.txt"]; string(it.Data) != "Article 7." || it.Path != "dir/a7.txt" || it.Meta.URL != "https://example.org/7" || it.Format != "text" {
		t.Errorf("round trip: %+v", it)
	}
	if !bytes.Equal(seen["big.txt"].Data, big) {
		t.Errorf("large article: %d bytes back of %d", len(seen["big.txt"].Data), len(big))
	}
	if st, err := q.Status(ctx); err != nil || st.Pending != 0 || st.InFlight != 0 || st.Failed != 0 {
		t.Errorf("status after drain: %+v %v", st, err)
	}
}

func TestPoisonGoesToDeadLetters(t *testing.T) {
	q := openTest(t, Options{AckWait: 3 * time.Second, MaxTries: 3})
	ctx := context.Background()
	for i := 0; i < 5; i++ {
		text := fmt.Sprintf("Article %d.", i)
		if i == 2 {
			text = "POISON"
		}
		if _, err := q.Publish(ctx, item(i, text)); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var tries, stored int
	var outcomes []Outcome
	err := q.Work(ctx, WorkOptions{Loops: 2, Drain: true, Report: func(o Outcome) {
		mu.Lock()
		outcomes = append(outcomes, o)
		mu.Unlock()
	}}, Func(func(_ context.Context, it input.Item) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		if string(it.Data) == "POISON" {
			tries++
			return false, errors.New("cannot analyse this")
		}
		stored++
		return true, nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	if tries != 3 || stored != 4 {
		t.Errorf("poison tried %d times (want 3), %d stored (want 4); %+v", tries, stored, outcomes)
	}
	st, err := q.Status(ctx)
	if err != nil || st.Failed != 1 || st.Pending != 0 || st.InFlight != 0 {
		t.Errorf("status: %+v %v", st, err)
	}
	dl, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dl) != 1 || dl[0].Name != "a2.txt" || !strings.Contains(dl[0].Error, "cannot analyse") || dl[0].Tries != 3 {
		t.Errorf("dead letters: %+v %v", dl, err)
	}
}

func TestFatalStopsAndKeeps(t *testing.T) {
	q := openTest(t, Options{AckWait: 3 * time.Second})
	ctx := context.Background()
	q.Publish(ctx, item(1, "Article 1."))
	err := q.Work(ctx, WorkOptions{Drain: true}, Func(func(context.Context, input.Item) (bool, error) {
		return false, Fatal{errors.New("store unreachable")}
	}))
	if err == nil || !strings.Contains(err.Error(), "store unreachable") {
		t.Fatalf("err %v", err)
	}
	// the article is still there for the next worker
	n := 0
	if err := q.Work(ctx, WorkOptions{Drain: true}, Func(func(context.Context, input.Item) (bool, error) { n++; return true, nil })); err != nil || n != 1 {
		t.Errorf("second worker: %d handled, %v", n, err)
	}
}

// batchSizes is a Handler whose Prepare sleeps a little (an analysis
// slower than a commit) and whose Commit records the size of each batch.
type batchSizes struct {
	mu    sync.Mutex
	sizes []int
}

func (b *batchSizes) Prepare(context.Context, input.Item) (any, error) {
	time.Sleep(5 * time.Millisecond)
	return true, nil
}

func (b *batchSizes) Commit(_ context.Context, ps []any) ([]bool, error) {
	b.mu.Lock()
	b.sizes = append(b.sizes, len(ps))
	b.mu.Unlock()
	out := make([]bool, len(ps))
	for i := range out {
		out[i] = true
	}
	return out, nil
}

// TestBatchWait: with one loop preparing slower than commits go, a
// commit without BatchWait takes one article at a time; with it, it
// waits for more (up to Batch), and every article is still stored once.
func TestBatchWait(t *testing.T) {
	for _, c := range []struct {
		wait    time.Duration
		batches func(n int) bool
	}{
		{0, func(n int) bool { return n >= 10 }},
		{time.Second, func(n int) bool { return n <= 5 }},
	} {
		q := openTest(t, Options{AckWait: 5 * time.Second})
		ctx := context.Background()
		const n = 20
		for i := 0; i < n; i++ {
			if _, err := q.Publish(ctx, item(i, fmt.Sprintf("Batched article %d.", i))); err != nil {
				t.Fatal(err)
			}
		}
		h := &batchSizes{}
		if err := q.Work(ctx, WorkOptions{Loops: 1, Batch: 8, BatchWait: c.wait, Drain: true}, h); err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, s := range h.sizes {
			total += s
			if s > 8 {
				t.Errorf("wait %v: a batch of %d, more than Batch", c.wait, s)
			}
		}
		if total != n || !c.batches(len(h.sizes)) {
			t.Errorf("wait %v: %d articles in %d commits %v", c.wait, total, len(h.sizes), h.sizes)
		}
	}
}

// TestStopAbandonsPrepare: a worker stopped while Prepare works on an
// article (a long analysis that does not heed its context) returns at
// once, and the articles being prepared go back to the queue
// unacknowledged, within handBack (well before AckWait): the next worker
// gets them as their second delivery, as it gets those the loops' pulls
// held ahead.
func TestStopAbandonsPrepare(t *testing.T) {
	const ackWait = 20 * time.Second
	q := openTest(t, Options{AckWait: ackWait})
	ctx := context.Background()
	const n = 6
	for i := 0; i < n; i++ {
		if _, err := q.Publish(ctx, item(i, fmt.Sprintf("Long article %d.", i))); err != nil {
			t.Fatal(err)
		}
	}
	started := make(chan struct{}, n)
	release := make(chan struct{})
	defer close(release)
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	var kinds, abandoned []string
	ended := make(chan error, 1)
	go func() {
		ended <- q.Work(wctx, WorkOptions{Loops: 2, Report: func(o Outcome) {
			mu.Lock()
			kinds = append(kinds, o.Kind)
			abandoned = append(abandoned, o.Name)
			mu.Unlock()
		}}, Func(func(context.Context, input.Item) (bool, error) {
			started <- struct{}{}
			<-release // deaf to its context
			return true, nil
		}))
	}()
	<-started
	<-started
	cancel()
	select {
	case err := <-ended:
		if err != nil {
			t.Errorf("stopped: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Work did not return within 5 s of its context's end")
	}
	if want := []string{"abandoned", "abandoned"}; !slices.Equal(kinds, want) {
		t.Errorf("outcomes %v, want %v", kinds, want)
	}
	tries := map[string]int{}
	took := map[string]time.Duration{}
	dctx, dcancel := context.WithTimeout(ctx, 30*time.Second+ackWait)
	defer dcancel()
	t0 := time.Now()
	err := q.Work(dctx, WorkOptions{Drain: true, Report: func(o Outcome) {
		mu.Lock()
		tries[o.Name] = o.Tries
		took[o.Name] = time.Since(t0)
		mu.Unlock()
	}}, Func(func(context.Context, input.Item) (bool, error) { return true, nil }))
	if err != nil || dctx.Err() != nil || len(tries) != n {
		t.Fatalf("the next worker got %d articles of %d (%v, %v): %v", len(tries), n, err, dctx.Err(), tries)
	}
	second := 0
	for _, k := range tries {
		if k == 2 {
			second++
		}
	}
	if second < 2 {
		t.Errorf("tries %v: want the two abandoned articles delivered a second time", tries)
	}
	for _, name := range abandoned {
		if took[name] >= ackWait {
			t.Errorf("abandoned %s came back after %v, not at once (ack wait %v)", name, took[name], ackWait)
		}
	}
}
