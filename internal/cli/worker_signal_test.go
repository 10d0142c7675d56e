package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dragoman/dragoman/input"
	"github.com/dragoman/dragoman/internal/testenv"
	"github.com/dragoman/dragoman/queue"
	"github.com/dragoman/dragoman/store"
)

// longArticle is an invented report of about n bytes, whose analysis
// takes seconds.
func longArticle(n int) []byte {
	var b bytes.Buffer
	b.WriteString("NORTHTOWN (Wire) - ")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Officials in district %d said on Tuesday that %d families had left the valley after the storm, and the council of ward %d asked the ministry for %d tents. ", i, i*7%91+3, i%37, i*13%500+20)
		if i%6 == 5 {
			b.WriteString("\n\n")
		}
	}
	return b.Bytes()
}

// TestWorkerStopsOnSignal: a worker told to stop by SIGTERM or SIGINT,
// idle or in the middle of a long article's analysis, exits within a few
// seconds with status 0, gives the article it held back to the queue
// unacknowledged (another worker gets it at once, not after --ack-wait),
// stores nothing partial and leaves the store readable, on SQLite and
// PostgreSQL.
func TestWorkerStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs workers as child processes")
	}
	natsURL, _ := testenv.NATS(t)
	for _, engine := range []string{"sqlite", "postgres"} {
		for _, c := range []struct {
			name string
			sig  syscall.Signal
			busy bool
		}{{"idle, SIGTERM", syscall.SIGTERM, false}, {"busy, SIGTERM", syscall.SIGTERM, true}, {"busy, SIGINT", syscall.SIGINT, true}} {
			t.Run(engine+", "+c.name, func(t *testing.T) {
				target := []string{"--db", filepath.Join(t.TempDir(), "w.db")}
				if engine == "postgres" {
					target = []string{"--postgres", testenv.Postgres(t)}
				}
				_, stream := testenv.NATS(t)
				ctx := context.Background()
				q, err := queue.Open(ctx, natsURL, queue.Options{Stream: stream})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { q.Delete(ctx); q.Close() })
				if c.busy {
					it := input.Item{Name: "long.txt", Format: "text", Data: longArticle(2 << 20), Meta: input.Meta{Published: "2031-03-03"}}
					if _, err := q.Publish(ctx, it); err != nil {
						t.Fatal(err)
					}
				}
				args := append([]string{"worker", "--nats", natsURL, "--stream", stream, "--workers", "1", "--ack-wait", "2m", "--progress=false"}, target...)
				cmd := exec.Command(os.Args[0], args...)
				cmd.Env = append(os.Environ(), "DRAGOMAN_CLI_CHILD=1")
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				dieWithTest(cmd)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				var once sync.Once
				exited := make(chan error, 1)
				go func() { exited <- cmd.Wait() }()
				defer once.Do(func() { cmd.Process.Kill() })
				// at work: the article taken (busy) or a pull waiting (idle)
				deadline := time.Now().Add(2 * time.Minute)
				for {
					st, err := q.Status(ctx)
					if err == nil && (c.busy && st.InFlight == 1 || !c.busy && st.Waiting > 0) {
						break
					}
					select {
					case err := <-exited:
						t.Fatalf("the worker ended before it began: %v\n%s", err, stderr.String())
					default:
					}
					if time.Now().After(deadline) {
						t.Fatalf("the worker did not begin: %s", stderr.String())
					}
					time.Sleep(50 * time.Millisecond)
				}
				if c.busy {
					time.Sleep(500 * time.Millisecond) // well into the analysis
				}
				sent := time.Now()
				if err := cmd.Process.Signal(c.sig); err != nil {
					t.Fatal(err)
				}
				var werr error
				select {
				case werr = <-exited:
				case <-time.After(20 * time.Second):
					t.Fatalf("the worker did not stop within 20 s of %v:\n%s", c.sig, stderr.String())
				}
				took := time.Since(sent)
				t.Logf("stopped %s after %v: %s", took.Round(time.Millisecond), c.sig, strings.TrimSpace(stderr.String()))
				if werr != nil {
					t.Errorf("exit: %v\n%s", werr, stderr.String())
				}
				if took > 5*time.Second {
					t.Errorf("the worker took %s to stop, want at most 5 s", took.Round(time.Millisecond))
				}
				path := target[1]
				if engine == "postgres" {
					path = store.PostgresPrefix + path
				}
				db, err := store.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				st, err := db.Stats()
				db.Close()
				if err != nil || st.Articles != 0 {
					t.Errorf("store after the stop: %+v %v", st, err)
				}
				if !c.busy {
					return
				}
				// the article comes back at once, not after --ack-wait
				var mu sync.Mutex
				var names []string
				wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				defer cancel()
				err = q.Work(wctx, queue.WorkOptions{Drain: true, Report: func(o queue.Outcome) {
					mu.Lock()
					names = append(names, o.Name)
					mu.Unlock()
				}}, queue.Func(func(_ context.Context, it input.Item) (bool, error) { return true, nil }))
				if err != nil || wctx.Err() != nil || len(names) != 1 {
					t.Errorf("within 30 s of the stop the queue gave back %v (%v, %v), want the article, once", names, err, wctx.Err())
				}
			})
		}
	}
}
