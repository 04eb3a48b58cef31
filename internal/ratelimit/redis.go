package ratelimit

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// bucketScript is a token bucket in one Redis hash, refilled by elapsed
// time on Redis' own clock (so replicas' clocks do not matter). It returns
// {allowed, milliseconds until a token}.
var bucketScript = redis.NewScript(`
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(b[1]) or burst
local ts = tonumber(b[2]) or now
tokens = math.min(burst, tokens + (now - ts) / 1000 * rate)
local allowed, wait = 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / rate * 1000)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return {allowed, wait}
`)

// Redis keeps buckets in Redis, shared by every replica. While Redis is
// unreachable it limits in memory, per replica, rather than not at all.
type Redis struct {
	rdb      *redis.Client
	prefix   string
	limits   Limits
	up       func() bool
	fallback *Memory
}

// NewRedis returns a limiter over rdb; up says whether Redis is reachable.
func NewRedis(rdb *redis.Client, prefix string, limits Limits, up func() bool) *Redis {
	return &Redis{rdb: rdb, prefix: prefix, limits: limits, up: up, fallback: NewMemory(limits)}
}

// Allow takes a token from the shared bucket of key in class.
func (r *Redis) Allow(ctx context.Context, class, key string) (bool, time.Duration) {
	l, ok := r.limits[class]
	if !ok || l.Rate <= 0 {
		return true, 0
	}
	if !r.up() {
		return r.fallback.Allow(ctx, class, key)
	}
	res, err := bucketScript.Run(ctx, r.rdb, []string{r.prefix + "rate:" + class + ":" + key},
		strconv.FormatFloat(l.Rate, 'f', -1, 64), l.Burst).Int64Slice()
	if err != nil || len(res) != 2 {
		return r.fallback.Allow(ctx, class, key)
	}
	return res[0] == 1, time.Duration(res[1]) * time.Millisecond
}
