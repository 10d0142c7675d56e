// Package queue is dragoman's work queue on NATS JetStream: articles are
// published to a stream, and workers on any number of machines take them
// one at a time, analyse and store them, and acknowledge each only after
// the store has committed it. A worker that dies holding an article lets
// it go back to the queue when its acknowledgement time runs out; storing
// is idempotent, so an article delivered twice is stored once.
//
// The stream NAME (default "dragoman") has two subjects: NAME.articles,
// the work, with work-queue retention (an acknowledged article leaves the
// stream), and NAME.dead, the dead letters: an article that failed
// MaxTries times, or was delivered that many times without an
// acknowledgement, is published there with its error and taken off the
// work subject, so one poison article never blocks the queue.
//
// A message is the article's bytes, gzipped, with its name, path, format
// and metadata in headers and its SHA-256 as the message id (JetStream
// drops a second publication of the same article within its duplicate
// window). An article whose gzipped bytes exceed what the server takes in
// one message (1 MiB by default) goes by reference: its bytes are put in
// the JetStream object store NAME_large under its hash, and the message
// carries that name; the object is deleted once the article is stored.
package queue

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/dragoman/dragoman/input"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Headers of a message.
const (
	hName   = "Dragoman-Name"
	hPath   = "Dragoman-Path"
	hFormat = "Dragoman-Format"
	hMeta   = "Dragoman-Meta"
	hObject = "Dragoman-Object"
	hError  = "Dragoman-Error"
	hTries  = "Dragoman-Tries"
)

// consumerName is the durable consumer all workers share.
const consumerName = "workers"

// Options configure a queue.
type Options struct {
	// Stream names the stream (default "dragoman"): several corpora or
	// tests can share one server under different names.
	Stream string
	// MaxTries is how often an article is tried before it becomes a dead
	// letter (default 5).
	MaxTries int
	// AckWait is how long a worker may hold an article without a sign of
	// life before it is given to another (default 2 minutes; a worker
	// signals progress every third of it while it works).
	AckWait time.Duration
	// MaxAckPending bounds the articles in flight across all workers
	// (default 256): JetStream's backpressure.
	MaxAckPending int
}

func (o *Options) defaults() {
	if o.Stream == "" {
		o.Stream = "dragoman"
	}
	if o.MaxTries < 1 {
		o.MaxTries = 5
	}
	if o.AckWait <= 0 {
		o.AckWait = 2 * time.Minute
	}
	if o.MaxAckPending < 1 {
		o.MaxAckPending = 256
	}
}

// Queue is a connection to one stream.
type Queue struct {
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	opts   Options
	large  jetstream.ObjectStore
}

// Open connects to the NATS server at url and creates the stream when it
// is missing.
func Open(ctx context.Context, url string, opts Options) (*Queue, error) {
	opts.defaults()
	nc, err := nats.Connect(url, nats.Name("dragoman"), nats.Timeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("NATS %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("NATS %s: %w", url, err)
	}
	s, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:      opts.Stream,
		Subjects:  []string{opts.Stream + ".articles", opts.Stream + ".dead"},
		Retention: jetstream.WorkQueuePolicy,
		Storage:   jetstream.FileStorage,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("NATS %s: stream %s: %w (is JetStream on? nats-server -js)", url, opts.Stream, err)
	}
	return &Queue{nc: nc, js: js, stream: s, opts: opts}, nil
}

// Close closes the connection.
func (q *Queue) Close() { q.nc.Close() }

// Delete removes the stream and its object store (tests use it).
func (q *Queue) Delete(ctx context.Context) error {
	q.js.DeleteObjectStore(ctx, q.opts.Stream+"_large")
	return q.js.DeleteStream(ctx, q.opts.Stream)
}

func (q *Queue) subject(s string) string { return q.opts.Stream + "." + s }

func (q *Queue) largeStore(ctx context.Context) (jetstream.ObjectStore, error) {
	if q.large != nil {
		return q.large, nil
	}
	obs, err := q.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: q.opts.Stream + "_large", Storage: jetstream.FileStorage})
	if err != nil {
		return nil, fmt.Errorf("object store %s_large: %w", q.opts.Stream, err)
	}
	q.large = obs
	return obs, nil
}

// Publish adds an article to the queue; dup is true when JetStream had it
// already (within its duplicate window). Items with Err set are refused.
func (q *Queue) Publish(ctx context.Context, it input.Item) (dup bool, err error) {
	if it.Err != nil {
		return false, it.Err
	}
	sum := sha256.Sum256(it.Data)
	id := hex.EncodeToString(sum[:])
	meta, err := json.Marshal(it.Meta)
	if err != nil {
		return false, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	zw.Write(it.Data)
	zw.Close()
	m := nats.NewMsg(q.subject("articles"))
	m.Header.Set(hName, it.Name)
	m.Header.Set(hPath, it.Path)
	m.Header.Set(hFormat, it.Format)
	m.Header.Set(hMeta, string(meta))
	m.Data = buf.Bytes()
	if int64(buf.Len())+8<<10 > q.nc.MaxPayload() {
		obs, err := q.largeStore(ctx)
		if err != nil {
			return false, err
		}
		if _, err := obs.PutBytes(ctx, id, buf.Bytes()); err != nil {
			return false, fmt.Errorf("store large article: %w", err)
		}
		m.Header.Set(hObject, id)
		m.Data = nil
	}
	ack, err := q.js.PublishMsg(ctx, m, jetstream.WithMsgID(id))
	if err != nil {
		return false, fmt.Errorf("publish: %w", err)
	}
	return ack.Duplicate, nil
}

// item rebuilds the article of a message.
func (q *Queue) item(ctx context.Context, m jetstream.Msg) (input.Item, error) {
	h := m.Headers()
	it := input.Item{Name: h.Get(hName), Path: h.Get(hPath), Format: h.Get(hFormat)}
	if s := h.Get(hMeta); s != "" {
		if err := json.Unmarshal([]byte(s), &it.Meta); err != nil {
			return it, fmt.Errorf("message metadata: %w", err)
		}
	}
	body := m.Data()
	if obj := h.Get(hObject); obj != "" {
		obs, err := q.largeStore(ctx)
		if err != nil {
			return it, err
		}
		if body, err = obs.GetBytes(ctx, obj); err != nil {
			return it, fmt.Errorf("large article %s: %w", obj, err)
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return it, fmt.Errorf("message body: %w", err)
	}
	if it.Data, err = io.ReadAll(zr); err != nil {
		return it, fmt.Errorf("message body: %w", err)
	}
	return it, nil
}

// Status is what the queue holds.
type Status struct {
	Stream string
	// Pending articles wait for a worker; InFlight are held by one.
	Pending, InFlight uint64
	// Redelivered counts articles in flight that were delivered before.
	Redelivered uint64
	// Failed are the dead letters.
	Failed uint64
	// Workers are the pull requests waiting (about one per idle worker loop).
	Waiting int
}

// Status reads the stream's and consumer's counts.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	st := Status{Stream: q.opts.Stream}
	info, err := q.stream.Info(ctx, jetstream.WithSubjectFilter(q.opts.Stream+".>"))
	if err != nil {
		return st, err
	}
	st.Failed = info.State.Subjects[q.subject("dead")]
	waiting := info.State.Subjects[q.subject("articles")]
	c, err := q.stream.Consumer(ctx, consumerName)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		st.Pending = waiting // no worker has come yet
		return st, nil
	}
	if err != nil {
		return st, err
	}
	ci, err := c.Info(ctx)
	if err != nil {
		return st, err
	}
	st.Pending, st.InFlight = ci.NumPending, uint64(ci.NumAckPending)
	st.Redelivered, st.Waiting = uint64(ci.NumRedelivered), ci.NumWaiting
	return st, nil
}

// DeadLetter is a failed article.
type DeadLetter struct {
	Name, Error string
	Tries       int
}

// DeadLetters lists up to max dead letters, oldest first.
func (q *Queue) DeadLetters(ctx context.Context, max int) ([]DeadLetter, error) {
	var out []DeadLetter
	seq := uint64(1)
	for len(out) < max {
		m, err := q.stream.GetMsg(ctx, seq, jetstream.WithGetMsgSubject(q.subject("dead")))
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			break
		}
		if err != nil {
			return out, err
		}
		tries, _ := strconv.Atoi(m.Header.Get(hTries))
		out = append(out, DeadLetter{Name: m.Header.Get(hName), Error: m.Header.Get(hError), Tries: tries})
		seq = m.Sequence + 1
	}
	return out, nil
}

// deadLetter publishes m to the dead-letter subject with its error and
// takes it off the work.
func (q *Queue) deadLetter(ctx context.Context, m jetstream.Msg, tries int, cause error) error {
	ctx, cancel := settling(ctx)
	defer cancel()
	d := nats.NewMsg(q.subject("dead"))
	for k, v := range m.Headers() {
		if k != "Nats-Msg-Id" {
			d.Header[k] = v
		}
	}
	d.Header.Set(hError, cause.Error())
	d.Header.Set(hTries, strconv.Itoa(tries))
	d.Data = m.Data()
	if _, err := q.js.PublishMsg(ctx, d); err != nil {
		return fmt.Errorf("dead letter: %w", err)
	}
	return m.DoubleAck(ctx)
}
