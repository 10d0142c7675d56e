package cli

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dragoman/dragoman/store"
)

// TestMain lets the test binary run the command line as a child process
// (DRAGOMAN_CLI_CHILD=1), so that a test can kill it with -9.
func TestMain(m *testing.M) {
	if os.Getenv("DRAGOMAN_CLI_CHILD") == "1" {
		os.Exit(Main(os.Args[1:], Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
	}
	os.Exit(m.Run())
}

// watchArticles are invented reports of posts changing posture, each
// naming the same risk window.
var watchArticles = []string{
	"The Freedonian Embassy in Baghdad ordered certain employees to leave on March 5, officials said. The move comes ahead of the January 3 anniversary of the killing of Qasem Soleimani.",
	"The United States closed its embassy in Kabul on Monday, the State Department said.",
	"France is temporarily withdrawing some staff from the French Embassy in Baghdad, according to two sources. The drawdown is expected to last until mid-January, after the January 3 anniversary of the killing of Qasem Soleimani.",
	"Germany has recalled its ambassador to Russia, the foreign ministry said on Tuesday.",
	"Protesters attacked the British embassy in Tehran on Sunday, throwing stones at the compound.",
	"The Italian embassy in Baghdad reopened on Wednesday after a month, the ministry said.",
}

func TestWatchDeliveryExactlyOnceAcrossKill(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses articles in child processes")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	for i, a := range watchArticles {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	var mu sync.Mutex
	acked := map[string]int{} // keys answered 200
	seen := map[string]int{}  // every request, by key
	requests := 0
	killNow := make(chan struct{})
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		key := r.Header.Get("Idempotency-Key")
		mu.Lock()
		requests++
		n := requests
		seen[key]++
		mu.Unlock()
		if n == 2 {
			// Hold the second alert in flight and have the sender killed.
			close(killNow)
			<-release
			http.Error(w, "gone", http.StatusServiceUnavailable)
			return
		}
		mu.Lock()
		acked[key]++
		mu.Unlock()
	}))
	defer srv.Close()

	run := func(args ...string) int {
		var out, errb bytes.Buffer
		code := Main(args, Env{Stdout: &out, Stderr: &errb})
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		return code
	}
	run("watch", "add", "posts", "--db", db, "--posts", "Baghdad", "--to", srv.URL)
	run("watch", "add", "soon", "--db", db, "--window-days", "400", "--to", srv.URL)

	child := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "ingest", "--db", db, "--published", "2020-12-02", "--backoff", "10ms", dir)
		cmd.Env = append(os.Environ(), "DRAGOMAN_CLI_CHILD=1")
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		return cmd
	}
	first := child()
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-killNow:
	case <-time.After(5 * time.Minute):
		first.Process.Kill()
		t.Fatal("no delivery began")
	}
	first.Process.Kill() // SIGKILL
	first.Wait()
	close(release)

	second := child()
	var errb bytes.Buffer
	second.Stderr = &errb
	if err := second.Run(); err != nil {
		t.Fatalf("restart: %v: %s", err, errb.String())
	}

	sdb, err := store.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer sdb.Close()
	var total, pending int
	sdb.QueryRow("SELECT count(*) FROM alerts").Scan(&total)
	sdb.QueryRow("SELECT count(*) FROM alerts WHERE delivered_at IS NULL").Scan(&pending)
	if total < 3 {
		t.Fatalf("only %d alerts queued; want the Baghdad posts' changes and the window", total)
	}
	if pending != 0 {
		t.Errorf("%d alerts left undelivered", pending)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(acked) != total {
		t.Errorf("%d alerts acknowledged by the webhook, want %d (requests by key: %v)", len(acked), total, seen)
	}
	for k, n := range acked {
		if n != 1 {
			t.Errorf("alert %s acknowledged %d times", k, n)
		}
	}
	var windows int
	sdb.QueryRow("SELECT count(*) FROM alerts WHERE watch = 'soon'").Scan(&windows)
	if windows != 1 {
		t.Errorf("%d window alerts, want 1 (one window named by two reports)", windows)
	}
}
