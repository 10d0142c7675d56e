package cli

import (
	"fmt"
	"io"
	"sync"
	"time"
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
	if p.n > 0 {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
