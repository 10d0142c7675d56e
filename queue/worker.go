package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/dragoman/dragoman/input"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// A Handler does a worker's work in two steps: Prepare (the analysis,
// which needs no store) runs on several goroutines at once; Commit stores
// what several Prepares made in one transaction, on one goroutine, so that
// the store's round trips and commits do not hold up the analysis. An
// article's message is acknowledged only once Commit has returned.
type Handler interface {
	// Prepare works on one article; its result goes to Commit.
	Prepare(ctx context.Context, it input.Item) (any, error)
	// Commit stores prepared articles, all or none, and says for each
	// whether it was new (false: stored already).
	Commit(ctx context.Context, prepared []any) ([]bool, error)
}

type redeliveredKey struct{}

// Redelivered reports, in Prepare, whether the article was delivered
// before (to a worker that failed on it, died, or stored it without
// acknowledging): one worth looking up in the store before working on it.
func Redelivered(ctx context.Context) bool {
	r, _ := ctx.Value(redeliveredKey{}).(bool)
	return r
}

// Func is a Handler doing all its work in one function.
type Func func(ctx context.Context, it input.Item) (stored bool, err error)

// Prepare runs f.
func (f Func) Prepare(ctx context.Context, it input.Item) (any, error) { return f(ctx, it) }

// Commit passes f's results on.
func (f Func) Commit(_ context.Context, prepared []any) ([]bool, error) {
	out := make([]bool, len(prepared))
	for i, p := range prepared {
		out[i] = p.(bool)
	}
	return out, nil
}

// Fatal wraps a handler error that is not the article's fault (the store
// is unreachable): the article goes back to the queue and the worker
// stops.
type Fatal struct{ Err error }

func (f Fatal) Error() string { return f.Err.Error() }
func (f Fatal) Unwrap() error { return f.Err }

// Outcome is what became of one delivery.
type Outcome struct {
	Name string
	// Kind is "stored", "skipped" (already stored), "retry" (failed,
	// back to the queue), "dead" (a dead letter now) or "abandoned" (the
	// worker was stopped while preparing it: back to the queue).
	Kind  string
	Tries int
	Err   error
}

// WorkOptions control Work.
type WorkOptions struct {
	// Loops is how many articles one process prepares at once.
	Loops int
	// Batch is the most articles committed in one transaction (default
	// 32).
	Batch int
	// BatchWait is how long a commit waits, after the first article is
	// ready, for more to commit with it (up to Batch); 0 commits what is
	// ready at once. A transaction has a cost of its own in the store
	// (its begin, locks and commit), which a worker whose analysis is
	// the slower part would otherwise pay for every article; an article
	// is acknowledged that much later.
	BatchWait time.Duration
	// Drain makes Work return once nothing is pending or in flight.
	Drain bool
	// Report is called after each delivery (from several goroutines).
	Report func(Outcome)
}

// delivery is a message on its way through a worker.
type delivery struct {
	m     jetstream.Msg
	name  string
	tries int
	stop  func() // ends the keep-alive
	v     any
}

// Work takes articles from the queue and hands them to h until ctx ends
// or, with Drain, the queue is empty. It returns the first Fatal error.
//
// When ctx ends, Work returns promptly: articles being prepared are
// abandoned (reported as "abandoned"; a Prepare that does not heed ctx
// goes on on its goroutine, and its result is dropped), articles
// prepared are committed (a commit is not interrupted), and what is not
// committed goes back to the queue unacknowledged, at once, for another
// worker to take (JetStream counts it as delivered once more).
func (q *Queue) Work(ctx context.Context, wo WorkOptions, h Handler) error {
	if wo.Loops < 1 {
		wo.Loops = 1
	}
	if wo.Batch < 1 {
		wo.Batch = 32
	}
	if wo.Report == nil {
		wo.Report = func(Outcome) {}
	}
	c, err := q.stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable:       consumerName,
		FilterSubject: q.subject("articles"),
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.opts.AckWait,
		MaxDeliver:    -1, // Work dead-letters after MaxTries itself
		MaxAckPending: q.opts.MaxAckPending,
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped before it began
		}
		return fmt.Errorf("consumer: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var once sync.Once
	var fatal error
	fail := func(err error) { once.Do(func() { fatal = err; cancel() }) }
	prepared := make(chan *delivery, wo.Batch)
	// What the loops give back when they stop (the articles they were
	// preparing, those their pulls held ahead) is given back once every
	// loop's pull has stopped, so that no loop of this worker is handed
	// it again (each hand-over counts as a delivery, towards MaxTries).
	var backMu sync.Mutex
	var back []jetstream.Msg
	giveBack := func(ms ...jetstream.Msg) {
		backMu.Lock()
		back = append(back, ms...)
		backMu.Unlock()
	}
	var loops sync.WaitGroup
	for i := 0; i < wo.Loops; i++ {
		loops.Add(1)
		go func() {
			defer loops.Done()
			if err := q.loop(ctx, c, wo, h, prepared, giveBack); err != nil {
				fail(err)
			}
		}()
	}
	committed := make(chan struct{})
	go func() {
		defer close(committed)
		if err := q.committer(ctx, wo, h, prepared); err != nil {
			fail(err)
		}
	}()
	loops.Wait()
	// The loops' pulls have stopped, but the server keeps their last
	// requests until they expire and would hand an article given back at
	// once to one of them, where no one reads it (it would then wait out
	// the ack wait): the articles go back with a delay that outlasts them.
	for _, m := range back {
		m.NakWithDelay(handBack)
	}
	close(prepared)
	<-committed
	// what a committer that stopped early left: back to the queue now
	for d := range prepared {
		d.stop()
		d.m.NakWithDelay(handBack)
	}
	return fatal
}

// pullExpiry bounds how long a loop's pull request lives at the server;
// handBack, the delay of an article given back when a worker stops,
// outlasts it (see Work).
const (
	pullExpiry = 5 * time.Second
	handBack   = pullExpiry + time.Second
)

// loop takes articles and prepares them until ctx ends (or, with Drain,
// the queue is empty). When ctx ends it stops at once: the article it is
// preparing is abandoned (Prepare's result, when it comes, is dropped)
// and, with those its pull held ahead, handed to giveBack, unacknowledged,
// for the queue to give to another worker.
func (q *Queue) loop(ctx context.Context, c jetstream.Consumer, wo WorkOptions, h Handler, out chan<- *delivery, giveBack func(...jetstream.Msg)) error {
	// A continuous pull holding a few messages ahead, so that the next
	// article is there when the last is done: unlike one-off fetches
	// that expire, it loses no delivery to a timed-out request. (A
	// worker that dies holds these too; they come back after AckWait.)
	msgs, err := c.Messages(jetstream.PullMaxMessages(4), jetstream.PullExpiry(pullExpiry))
	if err != nil {
		return Fatal{fmt.Errorf("consume: %w", err)}
	}
	defer func() {
		// the pull stops; what it held ahead goes back
		msgs.Drain()
		for {
			m, err := msgs.Next(jetstream.NextMaxWait(time.Second))
			if err != nil {
				return
			}
			giveBack(m)
		}
	}()
	for ctx.Err() == nil {
		// a wait of a second at most, cut short by the stop
		nctx, ncancel := context.WithTimeout(ctx, time.Second)
		m, err := msgs.Next(jetstream.NextContext(nctx))
		ncancel()
		if errors.Is(err, nats.ErrTimeout) || errors.Is(err, jetstream.ErrNoMessages) || errors.Is(err, context.DeadlineExceeded) {
			if wo.Drain {
				ci, err := c.Info(ctx)
				if err == nil && ci.NumPending == 0 && ci.NumAckPending == 0 {
					return nil
				}
			}
			continue
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return Fatal{fmt.Errorf("fetch: %w", err)}
		}
		d, err := q.prepare(ctx, m, h, wo.Report, giveBack)
		if err != nil {
			return err
		}
		if d == nil {
			continue
		}
		select {
		case out <- d:
		case <-ctx.Done():
			d.stop()
			giveBack(d.m)
			return nil
		}
	}
	return nil
}

// settleTimeout bounds the settling of a delivery (a dead letter's
// publication and acknowledgement) once the worker's context has ended:
// what was decided is still carried out, the stop does not undo it.
const settleTimeout = 10 * time.Second

// settling is ctx without its end, bounded by settleTimeout.
func settling(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
}

// prepare dead-letters a delivery tried too often, else runs Prepare
// while telling JetStream the work goes on; it returns nil when the
// delivery is settled already, or abandoned (handed to giveBack) because
// ctx ended first.
func (q *Queue) prepare(ctx context.Context, m jetstream.Msg, h Handler, report func(Outcome), giveBack func(...jetstream.Msg)) (*delivery, error) {
	d := &delivery{m: m, name: m.Headers().Get(hName), tries: 1}
	if md, err := m.Metadata(); err == nil {
		d.tries = int(md.NumDelivered)
	}
	if d.tries > q.opts.MaxTries {
		cause := fmt.Errorf("delivered %d times without an acknowledgement (a worker died or ran out of time on it)", d.tries-1)
		if err := q.deadLetter(ctx, m, d.tries-1, cause); err != nil {
			return nil, Fatal{err}
		}
		report(Outcome{Name: d.name, Kind: "dead", Tries: d.tries - 1, Err: cause})
		return nil, nil
	}
	d.stop = q.keepAlive(m)
	it, err := q.item(ctx, m)
	if err == nil {
		// Prepare (an analysis: seconds for a long article, and deaf to
		// ctx) runs on a goroutine of its own, so that a worker told to
		// stop abandons it at once rather than when it ends.
		type result struct {
			v   any
			err error
		}
		done := make(chan result, 1)
		pctx := context.WithValue(ctx, redeliveredKey{}, d.tries > 1)
		go func() {
			v, err := h.Prepare(pctx, it)
			done <- result{v, err}
		}()
		select {
		case r := <-done:
			d.v, err = r.v, r.err
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	if err != nil && ctx.Err() != nil {
		// stopped: abandoned, not failed (nor counted as a try here)
		d.stop()
		giveBack(m)
		report(Outcome{Name: d.name, Kind: "abandoned", Tries: d.tries})
		return nil, nil
	}
	if err != nil {
		d.stop()
		return nil, q.failed(ctx, d, err, report)
	}
	return d, nil
}

// failed settles a delivery whose work failed: back to the queue, or a
// dead letter after MaxTries; a Fatal error is returned.
func (q *Queue) failed(ctx context.Context, d *delivery, err error, report func(Outcome)) error {
	var fatal Fatal
	switch {
	case errors.As(err, &fatal):
		d.m.Nak()
		return err
	case d.tries >= q.opts.MaxTries:
		if derr := q.deadLetter(ctx, d.m, d.tries, err); derr != nil {
			return Fatal{derr}
		}
		report(Outcome{Name: d.name, Kind: "dead", Tries: d.tries, Err: err})
	default:
		d.m.NakWithDelay(time.Duration(d.tries) * time.Second)
		report(Outcome{Name: d.name, Kind: "retry", Tries: d.tries, Err: err})
	}
	return nil
}

// committer commits what is ready, up to Batch at a time, and then
// acknowledges it. When a batch fails for one article's sake, its
// articles are committed one by one, so the others still go in.
func (q *Queue) committer(ctx context.Context, wo WorkOptions, h Handler, in <-chan *delivery) error {
	for first := range in {
		batch := []*delivery{first}
		var wait <-chan time.Time
		var timer *time.Timer
		if wo.BatchWait > 0 {
			timer = time.NewTimer(wo.BatchWait)
			wait = timer.C
		}
	more:
		for len(batch) < wo.Batch {
			if wait == nil {
				select {
				case d, ok := <-in:
					if !ok {
						break more
					}
					batch = append(batch, d)
				default:
					break more
				}
				continue
			}
			select {
			case d, ok := <-in:
				if !ok {
					break more
				}
				batch = append(batch, d)
			case <-wait:
				break more
			case <-ctx.Done():
				break more
			}
		}
		if timer != nil {
			timer.Stop()
		}
		err := q.commit(ctx, h, batch, wo.Report)
		if err == nil {
			continue
		}
		var fatal Fatal
		if errors.As(err, &fatal) || len(batch) == 1 {
			for _, d := range batch {
				d.stop()
			}
			if len(batch) == 1 {
				if err := q.failed(ctx, batch[0], err, wo.Report); err != nil {
					return err
				}
				continue
			}
			for _, d := range batch {
				d.m.Nak()
			}
			return err
		}
		for _, d := range batch {
			if err := q.commit(ctx, h, []*delivery{d}, wo.Report); err != nil {
				d.stop()
				if err := q.failed(ctx, d, err, wo.Report); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// commit stores a batch and, once it is committed, acknowledges it.
func (q *Queue) commit(ctx context.Context, h Handler, batch []*delivery, report func(Outcome)) error {
	vs := make([]any, len(batch))
	for i, d := range batch {
		vs[i] = d.v
	}
	stored, err := h.Commit(ctx, vs)
	if err != nil {
		return err
	}
	for i, d := range batch {
		d.stop()
		kind := "stored"
		if !stored[i] {
			kind = "skipped"
		}
		// A lost acknowledgement brings the article back; it is then
		// found stored and skipped.
		var aerr error
		if err := d.m.Ack(); err != nil {
			aerr = fmt.Errorf("acknowledge: %w", err)
		} else if obj := d.m.Headers().Get(hObject); obj != "" {
			// the article is stored: its object goes, stopping or not
			sctx, cancel := settling(ctx)
			if obs, err := q.largeStore(sctx); err == nil {
				obs.Delete(sctx, obj)
			}
			cancel()
		}
		report(Outcome{Name: d.name, Kind: kind, Tries: d.tries, Err: aerr})
	}
	return nil
}

// keepAlive tells JetStream every third of the ack wait that m is still
// being worked on, until the returned function is called (once or more).
func (q *Queue) keepAlive(m jetstream.Msg) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(q.opts.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				m.InProgress()
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done) }) }
}
