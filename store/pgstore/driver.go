// Package pgstore is the PostgreSQL engine of the store: a database/sql
// connection through pgx that takes the store's SQL with '?' placeholders
// (rewritten to $1, $2... outside quoted text), the schema with the same
// meaning as the embedded SQLite store's (identity keys, byte-order text
// comparison, double-precision reals, booleans), a full-text index over
// article headlines and bodies (tsvector, 'simple' configuration: no
// stemming, as SQLite's FTS5 default), and transaction-scoped advisory
// locks that serialise concurrent merges of one event key.
//
// Package store decides what is stored and how it merges; this package
// only supplies what differs between the two engines.
package pgstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// Connect opens a pool of connections to the PostgreSQL server named by
// dsn (a URL, postgres://user@host:port/db?search_path=NAME, or key=value
// pairs). It does not create or check the schema: see Migrate.
func Connect(dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres DSN: %w", err)
	}
	inner := stdlib.GetConnector(*cfg)
	return sql.OpenDB(connector{inner}), nil
}

// Rebind rewrites '?' placeholders to PostgreSQL's $1, $2... leaving
// quoted strings, quoted identifiers and comments untouched.
func Rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch c {
		case '\'', '"':
			j := i + 1
			for j < len(q) {
				if q[j] == c {
					if j+1 < len(q) && q[j+1] == c { // doubled quote
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j >= len(q) {
				j = len(q) - 1
			}
			b.WriteString(q[i : j+1])
			i = j
		case '-':
			if i+1 < len(q) && q[i+1] == '-' {
				j := strings.IndexByte(q[i:], '\n')
				if j < 0 {
					j = len(q) - i - 1
				}
				b.WriteString(q[i : i+j+1])
				i += j
			} else {
				b.WriteByte(c)
			}
		case '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// connector and conn wrap pgx's database/sql driver, rewriting queries.
type connector struct{ inner driver.Connector }

func (c connector) Connect(ctx context.Context) (driver.Conn, error) {
	dc, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &conn{dc}, nil
}

func (c connector) Driver() driver.Driver { return c.inner.Driver() }

type conn struct{ driver.Conn }

func (c *conn) Prepare(q string) (driver.Stmt, error) { return c.Conn.Prepare(Rebind(q)) }

func (c *conn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, Rebind(q))
}

func (c *conn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, Rebind(q), planEachTime(q, args))
}

func (c *conn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, Rebind(q), planEachTime(q, args))
}

// PlanEachTime, before a statement, has PostgreSQL plan it for the
// values of its parameters each time it runs (sent unnamed, parsed and
// planned with its values: pgx's QueryExecModeExec) instead of preparing
// it once per connection. A prepared statement is planned for its values
// five times and then, as a rule, given one generic plan that is kept as
// long as the connection: made while a table is small (a store's first
// articles; a server whose autovacuum never analyses it), that plan reads
// the whole table (a sequential scan, a hash join), and its cost grows
// with the store. The statements of look-ups by key that such a plan
// would read whole are marked: a comment, which SQLite ignores.
const PlanEachTime = "/* plan each time */ "

// planEachTime returns args led by pgx's option to run the statement
// unprepared when q begins with PlanEachTime.
func planEachTime(q string, args []driver.NamedValue) []driver.NamedValue {
	if len(args) == 0 || !strings.HasPrefix(q, PlanEachTime) {
		return args
	}
	return append([]driver.NamedValue{{Value: pgx.QueryExecModeExec}}, args...)
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c *conn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *conn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *conn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *conn) CheckNamedValue(v *driver.NamedValue) error {
	if nc, ok := c.Conn.(driver.NamedValueChecker); ok {
		return nc.CheckNamedValue(v)
	}
	return driver.ErrSkip
}
