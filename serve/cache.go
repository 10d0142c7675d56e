package serve

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// cache keeps computed answers (counts and breakdowns, the costly
// queries) while the database does not change. When it changes (an
// ingest), an answer is computed afresh; if that takes longer than
// staleAfter, the previous answer is served meanwhile, so a store that
// is being written stays quick to browse.
type cache struct {
	mu         sync.Mutex
	path       string
	entries    map[string]*entry
	max        int
	staleAfter time.Duration
}

type entry struct {
	state   string        // the database state the value is of
	value   any           // nil while the first computation runs
	pending chan struct{} // closed when the running computation ends
	err     error         // of the last computation
}

func newCache(path string, max int) *cache {
	return &cache{path: path, entries: map[string]*entry{}, max: max, staleAfter: time.Second}
}

// fileState identifies the database's content by its files' sizes and
// modification times (the WAL grows with every commit).
func (c *cache) fileState() string {
	var b strings.Builder
	for _, p := range []string{c.path, c.path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			fmt.Fprintf(&b, "%d/%d;", st.Size(), st.ModTime().UnixNano())
		}
	}
	return b.String()
}

// get returns the answer for key, computing it when missing or out of
// date; one computation runs per key at a time, for at most timeout (it
// goes on when the request that started it ends, so that the next one
// finds it).
func (c *cache) get(ctx context.Context, key string, timeout time.Duration, compute func(context.Context) (any, error)) (any, error) {
	st := c.fileState()
	c.mu.Lock()
	e := c.entries[key]
	if e != nil && e.state == st && e.value != nil {
		c.mu.Unlock()
		return e.value, nil
	}
	if e == nil {
		if len(c.entries) >= c.max {
			c.entries = map[string]*entry{}
		}
		e = &entry{}
		c.entries[key] = e
	}
	if e.pending == nil {
		done := make(chan struct{})
		e.pending = done
		go func() {
			cctx, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			v, err := compute(cctx)
			c.mu.Lock()
			if err == nil {
				e.value, e.state = v, st
			}
			e.err, e.pending = err, nil
			c.mu.Unlock()
			close(done)
		}()
	}
	pending, stale := e.pending, e.value
	c.mu.Unlock()
	wait := time.NewTimer(c.staleAfter)
	defer wait.Stop()
	if stale == nil {
		wait.Stop()
		wait = time.NewTimer(timeout)
	}
	select {
	case <-pending:
		c.mu.Lock()
		v, err := e.value, e.err
		c.mu.Unlock()
		if err != nil {
			return nil, err
		}
		return v, nil
	case <-wait.C:
		if stale != nil {
			return stale, nil
		}
		return nil, context.DeadlineExceeded
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
