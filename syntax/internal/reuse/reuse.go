// Package reuse keeps a model's scratch values (buffers and the memos of
// recent table lookups) for the next call, as sync.Pool does, but across
// garbage collections: a sync.Pool is emptied by every other collection,
// and a scratch value that starts empty loses its memos and costs the
// zeroing of its buffers again. At most a few values per processor are
// kept.
package reuse

import (
	"runtime"
	"sync"
)

// List is a free list of *T; the zero List is empty and ready to use.
type List[T any] struct {
	mu   sync.Mutex
	free []*T
}

// Get returns a kept value, or a new zero one.
func (l *List[T]) Get() *T {
	l.mu.Lock()
	if n := len(l.free); n > 0 {
		x := l.free[n-1]
		l.free[n-1] = nil
		l.free = l.free[:n-1]
		l.mu.Unlock()
		return x
	}
	l.mu.Unlock()
	return new(T)
}

// Put keeps x for a later Get, unless as many values are kept as twice
// the number of processors (at least 8).
func (l *List[T]) Put(x *T) {
	limit := max(8, 2*runtime.GOMAXPROCS(0))
	l.mu.Lock()
	if len(l.free) < limit {
		l.free = append(l.free, x)
	}
	l.mu.Unlock()
}
