package reuse

import (
	"runtime"
	"sync"
	"testing"
)

func TestList(t *testing.T) {
	var l List[[4]int]
	a := l.Get()
	if *a != [4]int{} {
		t.Fatalf("new value not zero: %v", *a)
	}
	a[0] = 7
	l.Put(a)
	if b := l.Get(); b != a || b[0] != 7 {
		t.Fatalf("Get after Put returned %p %v, want the kept %p", b, *b, a)
	}
	if c := l.Get(); c == a {
		t.Fatal("a value handed out twice")
	}
}

func TestKeptAcrossGC(t *testing.T) {
	var l List[int]
	x := l.Get()
	l.Put(x)
	runtime.GC()
	runtime.GC()
	if l.Get() != x {
		t.Fatal("value lost in garbage collection")
	}
}

func TestBounded(t *testing.T) {
	var l List[int]
	limit := max(8, 2*runtime.GOMAXPROCS(0))
	for range limit + 5 {
		l.Put(new(int))
	}
	if len(l.free) != limit {
		t.Fatalf("kept %d values, want %d", len(l.free), limit)
	}
}

func TestConcurrent(t *testing.T) {
	var l List[int]
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				x := l.Get()
				*x++
				l.Put(x)
			}
		}()
	}
	wg.Wait()
}
