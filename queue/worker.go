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

// A Handler analyses and stores one article; it returns stored=false when
// the article was there already. It returns only once the store has
// committed the article, since the message is acknowledged right after.
type Handler func(ctx context.Context, it input.Item) (stored bool, err error)

// Fatal wraps a handler error that is not the article's fault (the store
// is unreachable): the article goes back to the queue untried and the
// worker stops.
type Fatal struct{ Err error }

func (f Fatal) Error() string { return f.Err.Error() }
func (f Fatal) Unwrap() error { return f.Err }

// Outcome is what became of one delivery.
type Outcome struct {
	Name string
	// Kind is "stored", "skipped" (already stored), "retry" (failed,
	// back to the queue) or "dead" (a dead letter now).
	Kind  string
	Tries int
	Err   error
}

// WorkOptions control Work.
type WorkOptions struct {
	// Loops is how many articles one process works on at once.
	Loops int
	// Drain makes Work return once nothing is pending or in flight.
	Drain bool
	// Report is called after each delivery (from several goroutines).
	Report func(Outcome)
}

// Work takes articles from the queue and hands them to h until ctx ends
// or, with Drain, the queue is empty. It returns the first Fatal error.
func (q *Queue) Work(ctx context.Context, wo WorkOptions, h Handler) error {
	if wo.Loops < 1 {
		wo.Loops = 1
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
		return fmt.Errorf("consumer: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var once sync.Once
	var fatal error
	for i := 0; i < wo.Loops; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := q.loop(ctx, c, wo, h); err != nil {
				once.Do(func() { fatal = err; cancel() })
			}
		}()
	}
	wg.Wait()
	return fatal
}

func (q *Queue) loop(ctx context.Context, c jetstream.Consumer, wo WorkOptions, h Handler) error {
	report := wo.Report
	if report == nil {
		report = func(Outcome) {}
	}
	for ctx.Err() == nil {
		m, err := c.Next(jetstream.FetchMaxWait(time.Second))
		if errors.Is(err, nats.ErrTimeout) || errors.Is(err, jetstream.ErrNoMessages) {
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
		if err := q.handle(ctx, m, h, report); err != nil {
			return err
		}
	}
	return nil
}

// handle processes one delivery: dead-letters it when it has been tried
// too often, else runs h while telling JetStream the work goes on, then
// acknowledges (after h's commit) or hands it back.
func (q *Queue) handle(ctx context.Context, m jetstream.Msg, h Handler, report func(Outcome)) error {
	tries := 1
	if md, err := m.Metadata(); err == nil {
		tries = int(md.NumDelivered)
	}
	name := m.Headers().Get(hName)
	if tries > q.opts.MaxTries {
		cause := fmt.Errorf("delivered %d times without an acknowledgement (a worker died or ran out of time on it)", tries-1)
		if err := q.deadLetter(ctx, m, tries-1, cause); err != nil {
			return Fatal{err}
		}
		report(Outcome{Name: name, Kind: "dead", Tries: tries - 1, Err: cause})
		return nil
	}
	it, err := q.item(ctx, m)
	stored := false
	if err == nil {
		stop := q.keepAlive(m)
		stored, err = h(ctx, it)
		stop()
	}
	var fatal Fatal
	switch {
	case errors.As(err, &fatal):
		m.Nak()
		return err
	case err != nil && tries >= q.opts.MaxTries:
		if derr := q.deadLetter(ctx, m, tries, err); derr != nil {
			return Fatal{derr}
		}
		report(Outcome{Name: name, Kind: "dead", Tries: tries, Err: err})
		return nil
	case err != nil:
		m.NakWithDelay(time.Duration(tries) * time.Second)
		report(Outcome{Name: name, Kind: "retry", Tries: tries, Err: err})
		return nil
	}
	if err := m.DoubleAck(ctx); err != nil {
		// Stored but not acknowledged: it comes back and is skipped.
		report(Outcome{Name: name, Kind: "stored", Tries: tries, Err: fmt.Errorf("acknowledge: %w", err)})
		return nil
	}
	if obj := m.Headers().Get(hObject); obj != "" {
		if obs, err := q.largeStore(ctx); err == nil {
			obs.Delete(ctx, obj)
		}
	}
	kind := "stored"
	if !stored {
		kind = "skipped"
	}
	report(Outcome{Name: name, Kind: kind, Tries: tries})
	return nil
}

// keepAlive tells JetStream every third of the ack wait that m is still
// being worked on, until the returned function is called.
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
	return func() { close(done) }
}
