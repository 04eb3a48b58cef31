package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	neturl "net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Redis is the store shared by several replicas: the same methods as Bolt,
// plus what only a shared store can do — one event sequence and fan-out for
// the whole deployment, a lock around model calls, shared rate limits.
//
// When Redis cannot be reached, every method fails at once with
// quiz.ErrUnavailable (no one waits for a dial timeout per request), a
// background probe notices when it is back, and both changes are logged
// once.
//
// Behind Sentinels (a URL with master_name) it is a replicated store that
// can lose its primary: writes that acknowledge something wait until a
// replica has them (WAIT), and while the Sentinels promote a replica,
// operations wait for the new primary (up to FailoverWait) instead of
// failing, so a failover is a pause, not an outage.
type Redis struct {
	rdb     *redis.Client
	prefix  string
	logSize int64
	logger  *slog.Logger
	obs     ReplicationObserver
	retain  Retention

	// master is the Sentinel master name; "" for a plain Redis URL.
	master       string
	replicaWait  time.Duration
	failoverWait time.Duration

	up       atomic.Bool
	back     atomic.Pointer[chan struct{}] // closed when Redis is up again
	downAt   atomic.Int64                  // when it went down (Unix ns)
	repl     atomic.Pointer[Replication]
	stop     chan struct{}
	wg       sync.WaitGroup
	once     sync.Once
	onChange func(up bool)
}

// RedisOptions tunes a Redis store. The zero value is usable.
type RedisOptions struct {
	// Prefix starts every key, so several deployments can share a server.
	Prefix string
	// EventLogSize is how many recent events the stream keeps (about).
	EventLogSize int
	Logger       *slog.Logger
	// OnChange, if set, hears when Redis goes down and comes back.
	OnChange func(up bool)
	// Password is the data nodes' password (REDIS_PASSWORD). With a
	// Sentinel URL the URL's user and password are the Sentinels', so the
	// data password comes from here; with a plain URL it applies when the
	// URL has none.
	Password string
	// ReplicaWait is how long a write that acknowledges an analysis or an
	// event waits for a replica to confirm it (default 1 s). It applies
	// only when the primary has replicas: a lone Redis is not waited on.
	ReplicaWait time.Duration
	// FailoverWait is how long an operation waits for the Sentinels to
	// promote a new primary before it fails (default 10 s; Sentinel URLs
	// only).
	FailoverWait time.Duration
	// Observer, if set, hears the replication state about once a second.
	Observer ReplicationObserver
	// Retention bounds the history (zero: keep everything). With MaxAge
	// each analysis also gets a TTL.
	Retention Retention
}

// ReplicationObserver hears about the primary and its replicas, for
// metrics.
type ReplicationObserver interface {
	// Replication reports the primary's replicas: online, in sync (they
	// acknowledged within a second), and the furthest one's lag in bytes.
	Replication(master string, replicas, inSync int, lagBytes int64)
	// PrimaryChanged is called when a different Redis process is primary.
	PrimaryChanged(master string)
	// NotReplicated counts writes no replica confirmed in time.
	NotReplicated(op string)
}

// Replication is what the primary says about its replicas.
type Replication struct {
	// Master is the Sentinel master name ("" without Sentinels).
	Master string
	// RunID names the primary's process: it changes on a failover.
	RunID string
	// Replicas is how many replicas are connected and online; InSync how
	// many of them acknowledged the replication stream within a second.
	Replicas, InSync int
	// LagBytes is how far the furthest online replica was behind at its
	// last acknowledgement (at most a second old).
	LagBytes int64
}

const (
	// probeEvery is how often Redis is checked while it answers, and
	// probeDownEvery while it does not: a failover is over within a
	// fraction of a second of the new primary answering.
	probeEvery     = time.Second
	probeDownEvery = 100 * time.Millisecond

	defaultReplicaWait  = time.Second
	defaultFailoverWait = 10 * time.Second
)

// OpenRedis connects to Redis. url is a plain redis:// or rediss:// URL, or
// a Sentinel URL in go-redis' ParseFailoverURL form:
//
//	redis://[user:password@]sentinel1:26379/0?master_name=mymaster&addr=sentinel2:26379&addr=sentinel3:26379
//
// It returns an error only for a malformed URL: a server that is down at
// start is waited for in the background, as it would be later.
func OpenRedis(url string, opts RedisOptions) (*Redis, error) {
	rdb, master, err := newRedisClient(url, opts.Password)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL %q: %w", redactURL(url), err)
	}
	r := &Redis{
		rdb:          rdb,
		prefix:       opts.Prefix,
		logSize:      int64(opts.EventLogSize),
		logger:       opts.Logger,
		obs:          opts.Observer,
		retain:       opts.Retention,
		master:       master,
		replicaWait:  opts.ReplicaWait,
		failoverWait: opts.FailoverWait,
		stop:         make(chan struct{}),
		onChange:     opts.OnChange,
	}
	if r.prefix == "" {
		r.prefix = "quizstats:"
	}
	if r.logSize <= 0 {
		r.logSize = defaultEventLogSize
	}
	if r.logger == nil {
		r.logger = slog.New(slog.DiscardHandler)
	}
	if r.replicaWait <= 0 {
		r.replicaWait = defaultReplicaWait
	}
	if r.failoverWait <= 0 {
		r.failoverWait = defaultFailoverWait
	}
	if master == "" {
		r.failoverWait = 0 // a lone Redis that is down stays down: fail at once
	}
	r.repl.Store(&Replication{Master: master})
	back := make(chan struct{})
	r.back.Store(&back)
	// go-redis logs through a package-level logger; without this it would
	// write every failed dial to stderr, many times a second in an outage.
	redis.SetLogger(clientLog{r.logger})
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	err = r.check(ctx)
	cancel()
	r.up.Store(err == nil)
	if err == nil {
		close(back)
	} else {
		r.downAt.Store(time.Now().UnixNano())
		r.logger.Warn("redis is unreachable; running without it until it answers", "url", redactURL(url), "err", err)
	}
	r.wg.Add(1)
	go r.probe()
	if r.retain.Set() {
		r.wg.Add(1)
		go r.sweep()
	}
	return r, nil
}

// newRedisClient builds the client for url: a failover client that asks
// the Sentinels for the primary when url names a master, else a plain one.
func newRedisClient(url, password string) (*redis.Client, string, error) {
	if isSentinelURL(url) {
		o, err := redis.ParseFailoverURL(url)
		if err != nil {
			return nil, "", err
		}
		if o.MasterName == "" {
			return nil, "", errors.New("master_name is empty")
		}
		if password != "" {
			o.Password = password
		}
		// Short timeouts: a Redis that does not answer quickly is treated
		// as down, and requests go on without it (or wait for the
		// Sentinels' new primary).
		o.DialTimeout = 500 * time.Millisecond
		o.ReadTimeout = time.Second
		o.WriteTimeout = time.Second
		o.PoolTimeout = 2 * time.Second
		o.MaxRetries = 1
		return redis.NewFailoverClient(o), o.MasterName, nil
	}
	o, err := redis.ParseURL(url)
	if err != nil {
		return nil, "", err
	}
	if o.Password == "" && password != "" {
		o.Password = password
	}
	o.DialTimeout = 500 * time.Millisecond
	o.ReadTimeout = time.Second
	o.WriteTimeout = time.Second
	o.PoolTimeout = 2 * time.Second
	o.MaxRetries = 1
	return redis.NewClient(o), "", nil
}

// isSentinelURL reports whether url names a Sentinel master (has a
// master_name parameter).
func isSentinelURL(url string) bool {
	u, err := neturl.Parse(url)
	return err == nil && u.Query().Has("master_name")
}

// clientLog sends go-redis' own messages (its reconnection attempts) to
// the debug log: the store already says once that Redis is down.
type clientLog struct{ logger *slog.Logger }

func (l clientLog) Printf(ctx context.Context, format string, v ...any) {
	l.logger.Debug(fmt.Sprintf(format, v...), "component", "go-redis")
}

// redactURL hides a password in a Redis URL (the Sentinels' or the data
// nodes', in the authority or in a password parameter).
func redactURL(u string) string {
	p, err := neturl.Parse(u)
	if err != nil {
		return "(unparsable URL)"
	}
	if _, ok := p.User.Password(); ok {
		p.User = neturl.UserPassword(p.User.Username(), "xxxxx")
	}
	if q := p.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		p.RawQuery = q.Encode()
	}
	return p.String()
}

// Close stops the probe and closes the connections.
func (r *Redis) Close() error {
	var err error
	r.once.Do(func() {
		close(r.stop)
		r.wg.Wait()
		err = r.rdb.Close()
	})
	return err
}

// Up reports whether Redis answered lately.
func (r *Redis) Up() bool { return r.up.Load() }

// Client is the underlying client, for the rate limiter and the feed.
func (r *Redis) Client() *redis.Client { return r.rdb }

// Replication is the replication state last seen.
func (r *Redis) Replication() Replication { return *r.repl.Load() }

// probe checks Redis every second (more often while it is down) and
// records changes of state.
func (r *Redis) probe() {
	defer r.wg.Done()
	t := time.NewTimer(probeEvery)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), probeEvery)
		err := r.check(ctx)
		cancel()
		r.setUp(err == nil, err)
		if err == nil {
			t.Reset(probeEvery)
		} else {
			t.Reset(probeDownEvery)
		}
	}
}

// check asks the primary about itself and its replicas: it answers, so it
// is up, and what it says is the replication state.
func (r *Redis) check(ctx context.Context) error {
	info, err := r.rdb.Info(ctx, "server", "replication").Result()
	if err != nil {
		return err
	}
	next := parseReplication(info)
	next.Master = r.master
	prev := r.repl.Swap(&next)
	if r.obs != nil {
		r.obs.Replication(r.master, next.Replicas, next.InSync, next.LagBytes)
		if prev.RunID != "" && prev.RunID != next.RunID {
			r.obs.PrimaryChanged(r.master)
		}
	}
	if prev.RunID != "" && prev.RunID != next.RunID {
		r.logger.Warn("a different redis process is primary now", "master", r.master, "run_id", next.RunID, "replicas", next.Replicas)
	}
	return nil
}

// parseReplication reads INFO server and replication.
func parseReplication(info string) Replication {
	var out Replication
	var offset int64
	fields := map[string]string{}
	for _, line := range strings.Split(info, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
			fields[k] = v
		}
	}
	out.RunID = fields["run_id"]
	offset, _ = strconv.ParseInt(fields["master_repl_offset"], 10, 64)
	for k, v := range fields {
		// slave0:ip=10.0.0.2,port=6379,state=online,offset=1234,lag=0
		if !strings.HasPrefix(k, "slave") || !strings.Contains(v, "state=online") {
			continue
		}
		out.Replicas++
		for _, kv := range strings.Split(v, ",") {
			if n, ok := strings.CutPrefix(kv, "offset="); ok {
				o, _ := strconv.ParseInt(n, 10, 64)
				out.LagBytes = max(out.LagBytes, offset-o)
			}
			// Replicas acknowledge once a second: one that has not for
			// more than that is falling behind (Redis' own measure for
			// min-replicas-max-lag).
			if n, ok := strings.CutPrefix(kv, "lag="); ok {
				if lag, err := strconv.Atoi(n); err == nil && lag <= 1 {
					out.InSync++
				}
			}
		}
	}
	return out
}

func (r *Redis) setUp(up bool, err error) {
	if r.up.Swap(up) == up {
		return
	}
	if up {
		close(*r.back.Load())
		r.logger.Info("redis is back")
	} else {
		back := make(chan struct{})
		r.back.Store(&back)
		r.downAt.Store(time.Now().UnixNano())
		r.logger.Error("redis is unreachable; running without it until it answers", "err", err)
	}
	if r.onChange != nil {
		r.onChange(up)
	}
}

// replicated reports whether writes should wait for a replica: always
// behind Sentinels (that is what they are for), and with a plain URL when
// the primary has replicas.
func (r *Redis) replicated() bool {
	return r.master != "" || r.repl.Load().Replicas > 0
}

// awaitUp waits, behind Sentinels, until Redis is up again (a new primary
// is promoted), for at most FailoverWait from the moment it went down: an
// outage longer than a failover fails at once, as with a plain URL, where
// it does not wait at all. It reports whether Redis is up.
func (r *Redis) awaitUp(ctx context.Context) bool {
	if r.up.Load() {
		return true
	}
	if r.failoverWait == 0 {
		return false
	}
	back := *r.back.Load()
	wait := time.Until(time.Unix(0, r.downAt.Load()).Add(r.failoverWait))
	if wait <= 0 {
		return false
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-back:
	case <-t.C:
	case <-ctx.Done():
	case <-r.stop:
	}
	return r.up.Load()
}

// do runs one operation: at once with quiz.ErrUnavailable while Redis is
// known to be down (behind Sentinels, after waiting for the failover), and
// marking it down when it fails to answer. The operation is sent at most
// once: use retry for those that may be sent twice.
func (r *Redis) do(ctx context.Context, fn func() error) error {
	if !r.awaitUp(ctx) {
		return quiz.ErrUnavailable
	}
	return r.try(fn)
}

func (r *Redis) try(fn func() error) error {
	err := fn()
	if err != nil && !errors.Is(err, redis.Nil) && isConnError(err) {
		r.setUp(false, err)
		return fmt.Errorf("%w: %v", quiz.ErrUnavailable, err)
	}
	return err
}

// retry is do for an operation that does the same when it runs twice:
// behind Sentinels, one that fails because the primary is gone is sent
// again to the new one once it is promoted.
func (r *Redis) retry(ctx context.Context, fn func() error) error {
	const attempts = 3
	var err error
	for range attempts {
		if !r.awaitUp(ctx) {
			return quiz.ErrUnavailable
		}
		err = r.try(fn)
		if !errors.Is(err, quiz.ErrUnavailable) || r.failoverWait == 0 || ctx.Err() != nil {
			return err
		}
	}
	return err
}

// waitReplica waits on conn, the connection that made a write, until a
// replica has it. It returns quiz.ErrNotReplicated when none confirms it
// within ReplicaWait, and nothing when the write need not wait (a lone
// Redis).
func (r *Redis) waitReplica(ctx context.Context, conn *redis.Conn, op string) error {
	if !r.replicated() {
		return nil
	}
	n := int64(0)
	if r.repl.Load().Replicas > 0 {
		var err error
		if n, err = conn.Wait(ctx, 1, r.replicaWait).Result(); err != nil {
			return err
		}
	}
	if n >= 1 {
		return nil
	}
	if r.obs != nil {
		r.obs.NotReplicated(op)
	}
	return quiz.ErrNotReplicated
}

// isConnError tells a server that is gone from a command that failed.
func isConnError(err error) bool {
	var re redis.Error
	if errors.As(err, &re) {
		return false // Redis answered, with an error
	}
	if _, ours := errors.AsType[*quiz.Error](err); ours {
		return false // Redis answered; the store judged the answer
	}
	return !errors.Is(err, context.Canceled)
}

func (r *Redis) key(parts ...string) string {
	k := r.prefix
	for i, p := range parts {
		if i > 0 {
			k += ":"
		}
		k += p
	}
	return k
}

// Ping reports whether Redis answers.
func (r *Redis) Ping(ctx context.Context) error {
	if err := r.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis: %w", err)
	}
	return nil
}

// CachedAnalysis returns the cached analysis for fp, or quiz.ErrNotFound.
func (r *Redis) CachedAnalysis(ctx context.Context, fp string) (*quiz.Analysis, error) {
	return r.getAnalysis(ctx, r.key("cache", fp))
}

// getAnalysis reads and decodes the analysis stored at key.
func (r *Redis) getAnalysis(ctx context.Context, key string) (*quiz.Analysis, error) {
	var raw []byte
	err := r.retry(ctx, func() (err error) {
		raw, err = r.rdb.Get(ctx, key).Bytes()
		return err
	})
	if errors.Is(err, redis.Nil) {
		return nil, quiz.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	var a quiz.Analysis
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("decode %s: %w", key, err)
	}
	return &a, nil
}

// CacheAnalysis caches a under fp for ttl; Redis expires it.
func (r *Redis) CacheAnalysis(ctx context.Context, fp string, a *quiz.Analysis, ttl time.Duration) error {
	v, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode cache entry: %w", err)
	}
	return r.retry(ctx, func() error { return r.rdb.Set(ctx, r.key("cache", fp), v, ttl).Err() })
}

// SaveAnalysis adds a to the history: the analysis under its ID, the ID in
// a sorted set whose members sort by time (IDs do), in one transaction.
// When the primary has replicas it returns only once one of them has the
// analysis too, or quiz.ErrNotReplicated when none confirms it in time
// (the analysis is then on the primary alone, and a failover could lose
// it).
func (r *Redis) SaveAnalysis(ctx context.Context, a *quiz.Analysis) error {
	v, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	// Sent again after a failover: writing the same analysis twice leaves
	// one analysis.
	return r.retry(ctx, func() error {
		// One connection for the write and the WAIT: WAIT counts the
		// replicas that have this connection's writes.
		conn := r.rdb.Conn()
		defer conn.Close()
		if _, err := conn.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, r.key("analysis", a.ID), v, r.historyTTL(a.CreatedAt))
			p.ZAdd(ctx, r.key("analyses"), redis.Z{Score: 0, Member: a.ID})
			return nil
		}); err != nil {
			return err
		}
		return r.waitReplica(ctx, conn, "save_analysis")
	})
}

// Analysis returns the analysis with the given ID, or quiz.ErrNotFound.
func (r *Redis) Analysis(ctx context.Context, id string) (*quiz.Analysis, error) {
	return r.getAnalysis(ctx, r.key("analysis", id))
}

// Analyses lists up to limit analyses, newest first, older than before.
func (r *Redis) Analyses(ctx context.Context, before string, limit int) ([]quiz.Summary, error) {
	out := []quiz.Summary{}
	max := "+"
	if before != "" {
		max = "(" + before
	}
	var ids []string
	err := r.retry(ctx, func() (err error) {
		ids, err = r.rdb.ZRevRangeByLex(ctx, r.key("analyses"), &redis.ZRangeBy{Max: max, Min: "-", Count: int64(limit)}).Result()
		return err
	})
	if err != nil || len(ids) == 0 {
		return out, err
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = r.key("analysis", id)
	}
	var vals []any
	if err := r.retry(ctx, func() (err error) {
		vals, err = r.rdb.MGet(ctx, keys...).Result()
		return err
	}); err != nil {
		return nil, err
	}
	for i, v := range vals {
		s, ok := v.(string)
		if !ok {
			continue // listed but gone: skip rather than fail the page
		}
		var a quiz.Analysis
		if err := json.Unmarshal([]byte(s), &a); err != nil {
			return nil, fmt.Errorf("decode analysis %s: %w", ids[i], err)
		}
		out = append(out, a.Summarize())
	}
	return out, nil
}

// appendScript numbers events and logs them in one atomic step, so the
// stream and the sequence agree on the order. ARGV[1] is the stream's
// approximate length, ARGV[2] a floor for the sequence (the highest number
// this replica has handed out or seen, so numbers never go back after an
// outage or on a new primary that is behind), the rest are event bodies
// encoded without a seq and without their opening brace (the script puts
// '{"seq":N,' in front: a copy of each body fewer than cutting it there).
//
// ARGV[3] says how: "live" publishes each event in the same step, so the
// channel agrees on the order too (a lone Redis); "replicated" leaves the
// publishing to the caller, after a replica has the events, and marks the
// batch as logged in KEYS[4] so that a batch sent again after a failover
// (the first attempt's answer lost with the old primary) is logged once.
//
// It returns the last number given, or 0 for a batch logged already: the
// caller builds the events it returns from that, so the bodies do not
// travel back (on a cache hit the event carries the whole analysis, and
// moving its bytes is most of what this script costs Redis). The numbers
// of one call are consecutive, since the script runs alone. One INCRBY
// numbers the batch and is the floor's check too: the floor costs a SET
// only when it raises the sequence.
var appendScript = redis.NewScript(`
local maxlen, floor, mode = ARGV[1], tonumber(ARGV[2]), ARGV[3]
if mode == 'replicated' and not redis.call('SET', KEYS[4], '1', 'NX', 'PX', 60000) then return 0 end
local n = #ARGV - 3
local last = redis.call('INCRBY', KEYS[1], n)
if last - n < floor then
  last = floor + n
  redis.call('SET', KEYS[1], last)
end
local seq = last - n
for i = 4, #ARGV do
  seq = seq + 1
  local rest = ARGV[i]
  local event
  if rest == '}' then event = '{"seq":' .. seq .. rest else event = '{"seq":' .. seq .. ',' .. rest end
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', maxlen, seq .. '-0', 'e', event)
  if mode == 'live' then redis.call('PUBLISH', KEYS[3], event) end
end
return last
`)

// AppendEvents numbers, logs and broadcasts events to every replica.
func (r *Redis) AppendEvents(ctx context.Context, bodies [][]byte) ([]quiz.EncodedEvent, error) {
	return r.AppendEventsAfter(ctx, 0, bodies)
}

// AppendEventsAfter is AppendEvents with a floor: the numbers given are
// all greater than floor. The events are published once a replica has
// them (when the primary has replicas), so that what a display was shown
// outlives the primary: the Sentinels promote the replica that has the
// most.
//
// A lone Redis is sent one EVALSHA and nothing else: no connection of its
// own is taken from the pool (only WAIT needs one).
func (r *Redis) AppendEventsAfter(ctx context.Context, floor uint64, bodies [][]byte) ([]quiz.EncodedEvent, error) {
	for _, b := range bodies {
		if len(b) < 2 || b[0] != '{' {
			return nil, fmt.Errorf("append events: an event body must be a JSON object: %.80s", b)
		}
	}
	replicated := r.replicated()
	mode := "live"
	if replicated {
		mode = "replicated"
	}
	args := make([]any, 0, len(bodies)+3)
	args = append(args, r.logSize, floor, mode)
	for _, b := range bodies {
		args = append(args, b[1:])
	}
	keys := []string{r.key("seq"), r.key("events"), r.EventChannel(), r.key("batch", quiz.NewID(time.Now()))}
	var last uint64
	var out []quiz.EncodedEvent
	err := r.retry(ctx, func() error {
		if !replicated {
			n, err := appendScript.Run(ctx, r.rdb, keys, args...).Uint64()
			last = n
			return err
		}
		conn := r.rdb.Conn()
		defer conn.Close()
		n, err := appendScript.Run(ctx, conn, keys, args...).Uint64()
		if err != nil {
			return err
		}
		if n == 0 {
			// Logged by an earlier attempt, which lost its answer (and
			// published them, or the new primary lacks them).
			out, last = nil, 0
			return r.waitOrNot(ctx, conn)
		}
		last, out = n, numbered(n, bodies)
		// Published even when no replica confirmed them: the displays are
		// live, and the numbers stay given (see the floor).
		if err := r.waitOrNot(ctx, conn); err != nil {
			return err
		}
		_, err = conn.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, e := range out {
				p.Publish(ctx, r.EventChannel(), []byte(e.JSON))
			}
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("append events: %w", err)
	}
	if last == 0 {
		return []quiz.EncodedEvent{}, nil
	}
	if out == nil {
		out = numbered(last, bodies)
	}
	return out, nil
}

// waitOrNot waits for a replica to have conn's writes; none confirming in
// time is not an error here.
func (r *Redis) waitOrNot(ctx context.Context, conn *redis.Conn) error {
	if err := r.waitReplica(ctx, conn, "append_events"); err != nil && !errors.Is(err, quiz.ErrNotReplicated) {
		return err
	}
	return nil
}

// numbered is the events appendScript logged: bodies numbered up to last,
// byte for byte what the script wrote.
func numbered(last uint64, bodies [][]byte) []quiz.EncodedEvent {
	out := make([]quiz.EncodedEvent, len(bodies))
	first := last - uint64(len(bodies)) + 1
	for i, b := range bodies {
		seq := first + uint64(i)
		out[i] = quiz.EncodedEvent{Seq: seq, JSON: quiz.WithSeq(seq, b)}
	}
	return out
}

// EventChannel is the pub/sub channel every replica listens on.
func (r *Redis) EventChannel() string { return r.key("events", "live") }

// EventsSince returns up to limit logged events after seq after.
func (r *Redis) EventsSince(ctx context.Context, after uint64, limit int) ([]quiz.EncodedEvent, error) {
	var msgs []redis.XMessage
	err := r.retry(ctx, func() (err error) {
		msgs, err = r.rdb.XRangeN(ctx, r.key("events"), strconv.FormatUint(after+1, 10)+"-0", "+", int64(limit)).Result()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read event log: %w", err)
	}
	out := make([]quiz.EncodedEvent, 0, len(msgs))
	for _, m := range msgs {
		s, _ := m.Values["e"].(string)
		seq, ok := SeqOf([]byte(s))
		if !ok {
			continue
		}
		out = append(out, quiz.EncodedEvent{Seq: seq, JSON: json.RawMessage(s)})
	}
	return out, nil
}

// LastSeq returns the newest sequence number handed out.
func (r *Redis) LastSeq(ctx context.Context) (uint64, error) {
	var n uint64
	err := r.retry(ctx, func() (err error) {
		n, err = r.rdb.Get(ctx, r.key("seq")).Uint64()
		if errors.Is(err, redis.Nil) {
			return nil
		}
		return err
	})
	return n, err
}

// AddCounters adds each increment to its counter, in one round trip.
func (r *Redis) AddCounters(ctx context.Context, c quiz.Counters) error {
	if len(c) == 0 {
		return nil
	}
	// Sent once: an increment sent twice would count twice.
	return r.do(ctx, func() error {
		_, err := r.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for name, n := range c {
				p.HIncrBy(ctx, r.key("counters"), name, n)
			}
			return nil
		})
		return err
	})
}

// Counters returns every counter.
func (r *Redis) Counters(ctx context.Context) (quiz.Counters, error) {
	var m map[string]string
	if err := r.retry(ctx, func() (err error) {
		m, err = r.rdb.HGetAll(ctx, r.key("counters")).Result()
		return err
	}); err != nil {
		return nil, err
	}
	out := quiz.Counters{}
	for k, v := range m {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			out[k] = n
		}
	}
	return out, nil
}

// unlockScript deletes a lock only if it is still ours.
var unlockScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)

// Lock takes the lock name for ttl if no one holds it. It reports whether
// it got the lock and, if so, returns the function that releases it.
func (r *Redis) Lock(ctx context.Context, name string, ttl time.Duration) (func(), bool, error) {
	token := quiz.NewID(time.Now())
	key := r.key("lock", name)
	var ok bool
	// Sent once: a lock taken by a first attempt whose answer was lost
	// would look held by someone else to the second.
	err := r.do(ctx, func() (err error) {
		ok, err = r.rdb.SetNX(ctx, key, token, ttl).Result()
		return err
	})
	if err != nil || !ok {
		return nil, false, err
	}
	release := func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = r.retry(ctx, func() error { return unlockScript.Run(ctx, r.rdb, []string{key}, token).Err() })
	}
	return release, true, nil
}

// Locked reports whether someone holds the lock name.
func (r *Redis) Locked(ctx context.Context, name string) (bool, error) {
	var n int64
	err := r.retry(ctx, func() (err error) {
		n, err = r.rdb.Exists(ctx, r.key("lock", name)).Result()
		return err
	})
	return n > 0, err
}

// SeqOf reads the sequence number at the start of an event's JSON, which
// always begins {"seq":N.
func SeqOf(event []byte) (uint64, bool) {
	const prefix = `{"seq":`
	if len(event) < len(prefix)+1 || string(event[:len(prefix)]) != prefix {
		return 0, false
	}
	var n uint64
	i := len(prefix)
	for ; i < len(event) && event[i] >= '0' && event[i] <= '9'; i++ {
		n = n*10 + uint64(event[i]-'0')
	}
	return n, i > len(prefix)
}

// seqOfString is SeqOf for a payload still in go-redis' string.
func seqOfString(event string) (uint64, bool) {
	const prefix = `{"seq":`
	if len(event) < len(prefix)+1 || event[:len(prefix)] != prefix {
		return 0, false
	}
	var n uint64
	i := len(prefix)
	for ; i < len(event) && event[i] >= '0' && event[i] <= '9'; i++ {
		n = n*10 + uint64(event[i]-'0')
	}
	return n, i > len(prefix)
}

// raiseSeqScript sets the sequence to at least ARGV[1].
var raiseSeqScript = redis.NewScript(`
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if cur < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
return 0
`)

// Listen hands deliver every event published by any replica, in order,
// until ctx ends. After a reconnection, or when a message shows a gap
// (pub/sub drops what it cannot deliver), it reads what was missed from
// the stream. It implements hub.Feed.
func (r *Redis) Listen(ctx context.Context, last func() uint64, deliver func([]quiz.EncodedEvent)) error {
	ps := r.rdb.Subscribe(ctx, r.EventChannel())
	defer ps.Close()
	for {
		msg, err := ps.Receive(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			// The client reconnects on the next Receive; pause so an outage
			// is not a busy loop.
			select {
			case <-time.After(probeEvery / 4):
			case <-ctx.Done():
				return nil
			}
			continue
		}
		switch m := msg.(type) {
		case *redis.Subscription:
			if m.Kind != "subscribe" {
				continue
			}
			// (Re)connected: numbers this process gave while Redis was away
			// must not be given again, and what others published meanwhile
			// is in the stream.
			if l := last(); l > 0 {
				_ = r.retry(ctx, func() error {
					return raiseSeqScript.Run(ctx, r.rdb, []string{r.key("seq")}, l).Err()
				})
			}
			r.catchUp(ctx, last, deliver)
		case *redis.Message:
			// Only the number at the head is read, before the payload is
			// copied: one this hub has (its own event, already delivered
			// when the log was read after a gap) costs no copy at all.
			seq, ok := seqOfString(m.Payload)
			have := last()
			if !ok || seq <= have {
				continue
			}
			if seq > have+1 {
				r.catchUp(ctx, last, deliver)
				if seq <= last() {
					continue
				}
			}
			deliver([]quiz.EncodedEvent{{Seq: seq, JSON: json.RawMessage(m.Payload)}})
		}
	}
}

// catchUp delivers what the stream holds after last().
func (r *Redis) catchUp(ctx context.Context, last func() uint64, deliver func([]quiz.EncodedEvent)) {
	for {
		page, err := r.EventsSince(ctx, last(), 500)
		if err != nil {
			return
		}
		if len(page) > 0 {
			deliver(page)
		}
		if len(page) < 500 {
			return
		}
	}
}
