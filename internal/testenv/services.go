package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// The services the scale-out tests use, where this project's test
// machines run them; DRAGOMAN_TEST_POSTGRES and DRAGOMAN_TEST_NATS point
// elsewhere.
const (
	DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	DefaultNATS     = "nats://127.0.0.1:4222"
)

// PostgresURL is the server the tests use.
func PostgresURL() string {
	if s := os.Getenv("DRAGOMAN_TEST_POSTGRES"); s != "" {
		return s
	}
	return DefaultPostgres
}

// NATSURL is the NATS server (with JetStream) the tests use.
func NATSURL() string {
	if s := os.Getenv("DRAGOMAN_TEST_NATS"); s != "" {
		return s
	}
	return DefaultNATS
}

var (
	pgOnce sync.Once
	pgErr  error
)

// PostgresErr says why PostgreSQL cannot be used (nil when it can).
func PostgresErr() error {
	pgOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, PostgresURL())
		if err != nil {
			pgErr = fmt.Errorf("PostgreSQL not reachable at %s: %v", PostgresURL(), err)
			return
		}
		c.Close(ctx)
	})
	return pgErr
}

// Postgres returns the DSN of a new, empty schema of its own on the test
// server, dropped when the test ends, or skips the test with the reason
// when there is no server.
func Postgres(tb testing.TB) string {
	tb.Helper()
	dsn, cleanup, err := NewPostgresSchema()
	if err != nil {
		tb.Skipf("skipping: %v", err)
	}
	tb.Cleanup(cleanup)
	return dsn
}

// NewPostgresSchema creates a uniquely named schema and returns a DSN
// whose search_path is that schema, and a function that drops it.
func NewPostgresSchema() (dsn string, cleanup func(), err error) {
	if err := PostgresErr(); err != nil {
		return "", nil, err
	}
	name := "dragoman_test_" + randomHex(6)
	ctx := context.Background()
	c, err := pgx.Connect(ctx, PostgresURL())
	if err != nil {
		return "", nil, err
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "CREATE SCHEMA "+name); err != nil {
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	u, err := url.Parse(PostgresURL())
	if err != nil {
		return "", nil, err
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	cleanup = func() {
		c, err := pgx.Connect(ctx, PostgresURL())
		if err != nil {
			return
		}
		defer c.Close(ctx)
		c.Exec(ctx, "DROP SCHEMA "+name+" CASCADE")
	}
	return u.String(), cleanup, nil
}

var (
	natsOnce sync.Once
	natsErr  error
)

// NATSErr says why the NATS server cannot be used (nil when it can): it
// must answer and have JetStream on.
func NATSErr() error {
	natsOnce.Do(func() {
		u, err := url.Parse(NATSURL())
		if err != nil {
			natsErr = err
			return
		}
		c, err := net.DialTimeout("tcp", u.Host, 3*time.Second)
		if err != nil {
			natsErr = fmt.Errorf("NATS not reachable at %s: %v", NATSURL(), err)
			return
		}
		defer c.Close()
		c.SetReadDeadline(time.Now().Add(3 * time.Second))
		buf := make([]byte, 4096)
		n, _ := c.Read(buf)
		if !jetstreamOn(string(buf[:n])) {
			natsErr = fmt.Errorf("NATS at %s has no JetStream (start nats-server with -js)", NATSURL())
		}
	})
	return natsErr
}

func jetstreamOn(info string) bool { return strings.Contains(info, `"jetstream":true`) }

// NATS returns the NATS URL and a stream name of the test's own, or
// skips the test with the reason when there is no server. The caller
// deletes the stream (the queue package's tests do).
func NATS(tb testing.TB) (url, stream string) {
	tb.Helper()
	if err := NATSErr(); err != nil {
		tb.Skipf("skipping: %v", err)
	}
	return NATSURL(), "dragoman_test_" + randomHex(6)
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
