package cli

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/dragoman/dragoman/analyzer"
)

// progressBar shows a count, a rate and, when the total is known, a bar
// and an ETA on one terminal line. It redraws at most ten times a second.
type progressBar struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	total int
	n     int
	start time.Time
	last  time.Time
	shown bool
	// active holds the long inputs under analysis, by name: their stage is
	// shown after the count, and redrawn every second, so that a very
	// long article never leaves the terminal silent for minutes.
	active map[string]*stageAt
	ticker *time.Ticker
	quit   chan struct{}
}

// stageAt is where the analysis of one long input stands.
type stageAt struct {
	n, total int
	stage    string
	size     int
	since    time.Time // when the input's analysis began
	order    int
}

// longInput is the size from which an input's stages are shown.
const longInput = 512 << 10

// steps returns the stage callback for an input of size bytes, or nil when
// the input is short enough to need none; finish ends its display.
func (p *progressBar) steps(name string, size int) analyzer.Step {
	if p == nil || size < longInput {
		return nil
	}
	return func(n, total int, stage string) {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.active == nil {
			p.active = map[string]*stageAt{}
		}
		a, ok := p.active[name]
		if !ok {
			a = &stageAt{size: size, since: time.Now(), order: len(p.active)}
			p.active[name] = a
		}
		a.n, a.total, a.stage = n, total, stage
		if p.ticker == nil {
			p.ticker, p.quit = time.NewTicker(time.Second), make(chan struct{})
			go p.tick(p.ticker, p.quit)
		}
		p.draw()
	}
}

// finish removes an input from the stage display.
func (p *progressBar) finish(name string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	delete(p.active, name)
	p.mu.Unlock()
}

// tick redraws once a second while a long input is under analysis.
func (p *progressBar) tick(t *time.Ticker, quit chan struct{}) {
	for {
		select {
		case <-quit:
			return
		case <-t.C:
			p.mu.Lock()
			if len(p.active) > 0 {
				p.draw()
			}
			p.mu.Unlock()
		}
	}
}

func newProgress(w io.Writer, label string) *progressBar {
	now := time.Now()
	return &progressBar{w: w, label: label, start: now}
}

func (p *progressBar) setTotal(n int) {
	p.mu.Lock()
	p.total = n
	p.mu.Unlock()
}

func (p *progressBar) add(k int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n += k
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond {
		p.last = now
		p.draw()
	}
}

func (p *progressBar) draw() {
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.n) / el
	}
	if p.total > 0 {
		frac := float64(p.n) / float64(p.total)
		const width = 24
		filled := int(frac * width)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < filled {
				bar[i] = '='
			}
		}
		eta := "?"
		if rate > 0 {
			eta = (time.Duration(float64(p.total-p.n)/rate) * time.Second).Round(time.Second).String()
		}
		fmt.Fprintf(p.w, "\r%s [%s] %d/%d articles  %.0f/s  ETA %s ", p.label, bar, p.n, p.total, rate, eta)
	} else {
		fmt.Fprintf(p.w, "\r%s: %d articles  %.0f/s ", p.label, p.n, rate)
	}
	// the long input that began first
	var cur *stageAt
	name := ""
	for n, a := range p.active {
		if cur == nil || a.since.Before(cur.since) || a.since.Equal(cur.since) && a.order < cur.order {
			cur, name = a, n
		}
	}
	if cur != nil {
		if r := []rune(name); len(r) > 32 {
			name = "…" + string(r[len(r)-31:])
		}
		fmt.Fprintf(p.w, "| %s (%.1f MB, %s): stage %d/%d %s ", name, float64(cur.size)/(1<<20),
			time.Since(cur.since).Round(time.Second), cur.n, cur.total, cur.stage)
	}
	fmt.Fprint(p.w, "\033[K")
	p.shown = true
}

// clear wipes the line so that a message can be printed.
func (p *progressBar) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

func (p *progressBar) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ticker != nil {
		p.ticker.Stop()
		close(p.quit)
		p.ticker = nil
	}
	p.active = nil
	if p.n > 0 {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
