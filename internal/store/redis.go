package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
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
type Redis struct {
	rdb     *redis.Client
	prefix  string
	logSize int64
	logger  *slog.Logger

	up       atomic.Bool
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
}

// probeEvery is how often an unreachable Redis is tried again.
const probeEvery = time.Second

// OpenRedis connects to the Redis server at url (redis:// or rediss://).
// It returns an error only for a malformed URL: a server that is down at
// start is waited for in the background, as it would be later.
func OpenRedis(url string, opts RedisOptions) (*Redis, error) {
	o, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL %q: %w", redactURL(url), err)
	}
	// Short timeouts: a Redis that does not answer quickly is treated as
	// down, and requests go on without it.
	o.DialTimeout = 500 * time.Millisecond
	o.ReadTimeout = time.Second
	o.WriteTimeout = time.Second
	o.PoolTimeout = 2 * time.Second
	o.MaxRetries = 1
	r := &Redis{
		rdb:      redis.NewClient(o),
		prefix:   opts.Prefix,
		logSize:  int64(opts.EventLogSize),
		logger:   opts.Logger,
		stop:     make(chan struct{}),
		onChange: opts.OnChange,
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
	// go-redis logs through a package-level logger; without this it would
	// write every failed dial to stderr, many times a second in an outage.
	redis.SetLogger(clientLog{r.logger})
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	err = r.rdb.Ping(ctx).Err()
	cancel()
	r.up.Store(err == nil)
	if err != nil {
		r.logger.Warn("redis is unreachable; running without it until it answers", "addr", o.Addr, "err", err)
	}
	r.wg.Add(1)
	go r.probe()
	return r, nil
}

// clientLog sends go-redis' own messages (its reconnection attempts) to
// the debug log: the store already says once that Redis is down.
type clientLog struct{ logger *slog.Logger }

func (l clientLog) Printf(ctx context.Context, format string, v ...any) {
	l.logger.Debug(fmt.Sprintf(format, v...), "component", "go-redis")
}

// redactURL hides a password in a Redis URL.
func redactURL(u string) string {
	if o, err := redis.ParseURL(u); err == nil && o.Password != "" {
		return "redis://…@" + o.Addr
	}
	return u
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

// probe pings Redis every second and records changes of state.
func (r *Redis) probe() {
	defer r.wg.Done()
	t := time.NewTicker(probeEvery)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), probeEvery)
		err := r.rdb.Ping(ctx).Err()
		cancel()
		r.setUp(err == nil, err)
	}
}

func (r *Redis) setUp(up bool, err error) {
	if r.up.Swap(up) == up {
		return
	}
	if up {
		r.logger.Info("redis is back")
	} else {
		r.logger.Error("redis is unreachable; running without it until it answers", "err", err)
	}
	if r.onChange != nil {
		r.onChange(up)
	}
}

// do runs one operation: at once with quiz.ErrUnavailable while Redis is
// known to be down, and marking it down when it fails to answer.
func (r *Redis) do(fn func() error) error {
	if !r.up.Load() {
		return quiz.ErrUnavailable
	}
	err := fn()
	if err != nil && !errors.Is(err, redis.Nil) && isConnError(err) {
		r.setUp(false, err)
		return fmt.Errorf("%w: %v", quiz.ErrUnavailable, err)
	}
	return err
}

// isConnError tells a server that is gone from a command that failed.
func isConnError(err error) bool {
	var re redis.Error
	if errors.As(err, &re) {
		return false // Redis answered, with an error
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
	err := r.do(func() (err error) {
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
	return r.do(func() error { return r.rdb.Set(ctx, r.key("cache", fp), v, ttl).Err() })
}

// SaveAnalysis adds a to the history: the analysis under its ID, the ID in
// a sorted set whose members sort by time (IDs do), in one transaction.
func (r *Redis) SaveAnalysis(ctx context.Context, a *quiz.Analysis) error {
	v, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	return r.do(func() error {
		_, err := r.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, r.key("analysis", a.ID), v, 0)
			p.ZAdd(ctx, r.key("analyses"), redis.Z{Score: 0, Member: a.ID})
			return nil
		})
		return err
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
	err := r.do(func() (err error) {
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
	if err := r.do(func() (err error) {
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
// stream, the sequence and the fan-out channel agree on the order. ARGV[1]
// is the stream's approximate length, ARGV[2] a floor for the sequence (the
// highest number this replica has handed out, so numbers never go back
// after an outage), the rest are event bodies encoded without a seq.
var appendScript = redis.NewScript(`
local seqKey, streamKey, channel = KEYS[1], KEYS[2], KEYS[3]
local maxlen, floor = tonumber(ARGV[1]), tonumber(ARGV[2])
local cur = tonumber(redis.call('GET', seqKey) or '0')
if cur < floor then redis.call('SET', seqKey, floor) end
local out = {}
for i = 3, #ARGV do
  local seq = redis.call('INCR', seqKey)
  local body = ARGV[i]
  local sep = ','
  if body == '{}' then sep = '' end
  local event = '{"seq":' .. seq .. sep .. string.sub(body, 2)
  redis.call('XADD', streamKey, 'MAXLEN', '~', maxlen, seq .. '-0', 'e', event)
  redis.call('PUBLISH', channel, event)
  out[#out + 1] = event
end
return out
`)

// AppendEvents numbers, logs and broadcasts events to every replica.
func (r *Redis) AppendEvents(ctx context.Context, bodies [][]byte) ([]quiz.EncodedEvent, error) {
	return r.AppendEventsAfter(ctx, 0, bodies)
}

// AppendEventsAfter is AppendEvents with a floor: the numbers given are
// all greater than floor.
func (r *Redis) AppendEventsAfter(ctx context.Context, floor uint64, bodies [][]byte) ([]quiz.EncodedEvent, error) {
	args := make([]any, 0, len(bodies)+2)
	args = append(args, r.logSize, floor)
	for _, b := range bodies {
		args = append(args, b)
	}
	var res []any
	err := r.do(func() (err error) {
		res, err = appendScript.Run(ctx, r.rdb, []string{r.key("seq"), r.key("events"), r.EventChannel()}, args...).Slice()
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("append events: %w", err)
	}
	out := make([]quiz.EncodedEvent, 0, len(res))
	for _, v := range res {
		s, _ := v.(string)
		seq, ok := SeqOf([]byte(s))
		if !ok {
			return nil, fmt.Errorf("append events: malformed event from the script: %.80s", s)
		}
		out = append(out, quiz.EncodedEvent{Seq: seq, JSON: json.RawMessage(s)})
	}
	return out, nil
}

// EventChannel is the pub/sub channel every replica listens on.
func (r *Redis) EventChannel() string { return r.key("events", "live") }

// EventsSince returns up to limit logged events after seq after.
func (r *Redis) EventsSince(ctx context.Context, after uint64, limit int) ([]quiz.EncodedEvent, error) {
	var msgs []redis.XMessage
	err := r.do(func() (err error) {
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
	err := r.do(func() (err error) {
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
	return r.do(func() error {
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
	if err := r.do(func() (err error) {
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
	err := r.do(func() (err error) {
		ok, err = r.rdb.SetNX(ctx, key, token, ttl).Result()
		return err
	})
	if err != nil || !ok {
		return nil, false, err
	}
	release := func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = r.do(func() error { return unlockScript.Run(ctx, r.rdb, []string{key}, token).Err() })
	}
	return release, true, nil
}

// Locked reports whether someone holds the lock name.
func (r *Redis) Locked(ctx context.Context, name string) (bool, error) {
	var n int64
	err := r.do(func() (err error) {
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
				_ = r.do(func() error {
					return raiseSeqScript.Run(ctx, r.rdb, []string{r.key("seq")}, l).Err()
				})
			}
			r.catchUp(ctx, last, deliver)
		case *redis.Message:
			event := []byte(m.Payload)
			seq, ok := SeqOf(event)
			if !ok || seq <= last() {
				continue
			}
			if seq > last()+1 {
				r.catchUp(ctx, last, deliver)
				if seq <= last() {
					continue
				}
			}
			deliver([]quiz.EncodedEvent{{Seq: seq, JSON: event}})
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
