package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/quizstats/quizstats/internal/quiz"
)

// deleteScript deletes analyses, each with its cache entry when the entry
// is that analysis (another analysis of the same quiz may have taken its
// place), in one atomic step. KEYS[1] is the history's sorted set; ARGV[1]
// the key prefix, the rest the IDs. It returns how many existed.
//
// The fingerprint is read from the stored JSON: it comes before anything a
// page or a model wrote, and a quote inside a string is escaped, so the
// first match is the field. The cache entry is the analysis as JSON,
// which begins with its id.
var deleteScript = redis.NewScript(`
local zset, prefix = KEYS[1], ARGV[1]
local n = 0
for i = 2, #ARGV do
  local id = ARGV[i]
  local key = prefix .. 'analysis:' .. id
  local v = redis.call('GET', key)
  if v then
    n = n + 1
    local fp = string.match(v, '"fingerprint":"([^"]*)"')
    if fp and fp ~= '' then
      local ck = prefix .. 'cache:' .. fp
      local c = redis.call('GET', ck)
      local head = '{"id":"' .. id .. '"'
      if c and string.sub(c, 1, #head) == head then redis.call('DEL', ck) end
    end
    redis.call('DEL', key)
  end
  redis.call('ZREM', zset, id)
end
return n
`)

// deleteIDs runs deleteScript over ids.
func (r *Redis) deleteIDs(ctx context.Context, ids []string) (int, error) {
	args := make([]any, 0, len(ids)+1)
	args = append(args, r.prefix)
	for _, id := range ids {
		args = append(args, id)
	}
	var n int
	// Sent again after a failover: deleting twice deletes once.
	err := r.retry(ctx, func() (err error) {
		n, err = deleteScript.Run(ctx, r.rdb, []string{r.key("analyses")}, args...).Int()
		return err
	})
	return n, err
}

// DeleteAnalysis removes the analysis id from the history, with its cache
// entry; quiz.ErrNotFound when there is none.
func (r *Redis) DeleteAnalysis(ctx context.Context, id string) error {
	n, err := r.deleteIDs(ctx, []string{id})
	if err != nil {
		return fmt.Errorf("delete analysis: %w", err)
	}
	if n == 0 {
		return quiz.ErrNotFound
	}
	return nil
}

// DeleteAnalysesBefore removes up to limit analyses created before t,
// oldest first (IDs sort by time), and returns how many: fewer than limit
// only when none older is left. Listed IDs whose analyses have expired
// already (--retain sets a TTL) are unlisted on the way, not counted.
func (r *Redis) DeleteAnalysesBefore(ctx context.Context, t time.Time, limit int) (int, error) {
	total := 0
	for total < limit {
		var ids []string
		err := r.retry(ctx, func() (err error) {
			ids, err = r.rdb.ZRangeByLex(ctx, r.key("analyses"), &redis.ZRangeBy{Min: "-", Max: "(" + quiz.IDAt(t), Count: int64(limit - total)}).Result()
			return err
		})
		if err != nil {
			return total, err
		}
		if len(ids) == 0 {
			return total, nil
		}
		// Every ID listed is unlisted, so each round makes progress.
		n, err := r.deleteIDs(ctx, ids)
		total += n
		if err != nil {
			return total, fmt.Errorf("delete analyses: %w", err)
		}
	}
	return total, nil
}

// Size is the memory Redis uses (used_memory, what maxmemory is compared
// with): the whole server's, since a server shared by several prefixes
// runs out of memory for all of them at once.
func (r *Redis) Size(ctx context.Context) (int64, error) {
	var info string
	if err := r.retry(ctx, func() (err error) {
		info, err = r.rdb.Info(ctx, "memory").Result()
		return err
	}); err != nil {
		return 0, err
	}
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			return strconv.ParseInt(v, 10, 64)
		}
	}
	return 0, errors.New("INFO memory has no used_memory")
}

// ApplyRetention deletes the analyses r does not keep (see Retention), in
// bounded steps.
func (r *Redis) ApplyRetention(ctx context.Context, ret Retention) (RetentionResult, error) {
	return applyRetention(ctx, r, ret, time.Now())
}

// historyTTL is how long an analysis created at created is kept under the
// store's retention: Redis then expires it by itself, even if no replica
// sweeps. Zero keeps it.
func (r *Redis) historyTTL(created time.Time) time.Duration {
	if r.retain.MaxAge <= 0 {
		return 0
	}
	if created.IsZero() {
		created = time.Now()
	}
	// At least a second: an analysis saved past its age (a rescore of an
	// old one) still goes through the sweep, which unlists it.
	return max(time.Until(created.Add(r.retain.MaxAge)), time.Second)
}

// sweep applies the retention now and then. Every replica sweeps; the
// deletions are idempotent, and each step is bounded.
func (r *Redis) sweep() {
	defer r.wg.Done()
	t := time.NewTicker(sweepEvery)
	defer t.Stop()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-r.stop
		cancel()
	}()
	for first := true; ; first = false {
		if !first {
			select {
			case <-r.stop:
				return
			case <-t.C:
			}
		}
		if !r.up.Load() {
			continue
		}
		res, err := r.ApplyRetention(ctx, r.retain)
		switch {
		case err != nil:
			r.logger.Error("retention sweep", "removed", res.Removed, "err", err)
		case res.Removed > 0:
			r.logger.Info("retention sweep", "removed", res.Removed, "by_age", res.ByAge, "used_memory", res.Size)
		}
		if res.OverSize {
			r.logger.Warn("redis is over --max-store-size after the sweep; the cache, event log and other prefixes hold the rest, or the next sweep goes on", "used_memory", res.Size, "max_bytes", r.retain.MaxBytes)
		}
	}
}
