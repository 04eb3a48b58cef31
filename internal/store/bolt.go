// Package store keeps what quizstats remembers: the response cache, the
// history of analyses, the event log that displays replay, and counters.
// Bolt (an embedded file, the default) and Redis (shared by replicas)
// implement the same methods and pass the same conformance suite
// (storetest).
package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/quizstats/quizstats/internal/quiz"
)

var (
	bucketCache    = []byte("cache")
	bucketHistory  = []byte("analyses")
	bucketEvents   = []byte("events")
	bucketCounters = []byte("counters")
	bucketMeta     = []byte("meta")
	keySeqReserved = []byte("seq_reserved")
)

// BoltOptions tunes a Bolt store. The zero value is usable.
type BoltOptions struct {
	// EventLogSize is how many recent events are kept for replay.
	EventLogSize int
	// Logger receives background errors (event log writes, sweeps).
	Logger *slog.Logger
	// Now is the clock; tests replace it.
	Now func() time.Time
}

const (
	defaultEventLogSize = 10000
	// seqBlock is how many sequence numbers are reserved on disk at a time.
	// Events are written to disk in the background, so after a crash the
	// last few may be gone; starting again past the reservation keeps every
	// number a display has seen from ever being reused.
	seqBlock = 10000
	// sweepEvery is how often expired cache entries are removed from disk
	// (reads already ignore them).
	sweepEvery = 10 * time.Minute
)

// Bolt is the embedded store: one bbolt file, no server.
type Bolt struct {
	db     *bolt.DB
	now    func() time.Time
	logger *slog.Logger

	// The event log: numbers are handed out and recent events kept in
	// memory at once, and written to disk in batches by writeEvents, so
	// that publishing an event never waits on the disk.
	mu       sync.Mutex
	seq      uint64 // last number handed out
	reserved uint64 // numbers up to this one are reserved on disk
	recent   []quiz.EncodedEvent
	logSize  int
	pending  []quiz.EncodedEvent
	wake     chan struct{}
	closing  chan struct{}
	wg       sync.WaitGroup
	closeErr error
	once     sync.Once
}

// OpenBolt opens (creating if needed) the store file at path.
func OpenBolt(path string, opts BoltOptions) (*Bolt, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	// A second quizstats on the same file would block forever on bbolt's
	// file lock; a timeout turns that into an error that says what is wrong.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open store %s: the file is locked; is another quizstats using this data directory?", path)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	b := &Bolt{
		db:      db,
		now:     opts.Now,
		logger:  opts.Logger,
		logSize: opts.EventLogSize,
		wake:    make(chan struct{}, 1),
		closing: make(chan struct{}),
	}
	if b.now == nil {
		b.now = time.Now
	}
	if b.logger == nil {
		b.logger = slog.New(slog.DiscardHandler)
	}
	if b.logSize <= 0 {
		b.logSize = defaultEventLogSize
	}
	if err := b.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	b.wg.Add(2)
	go b.writeEvents()
	go b.sweep()
	return b, nil
}

func (b *Bolt) init() error {
	return b.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketCache, bucketHistory, bucketEvents, bucketCounters, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		var reserved uint64
		if v := meta.Get(keySeqReserved); len(v) == 8 {
			reserved = binary.BigEndian.Uint64(v)
		}
		// Resume past everything reserved before: the events after the last
		// one written were lost with the process, their numbers are not reused.
		b.seq = reserved
		if k, _ := tx.Bucket(bucketEvents).Cursor().Last(); len(k) == 8 {
			b.seq = max(b.seq, binary.BigEndian.Uint64(k))
		}
		b.reserved = b.seq + seqBlock
		return meta.Put(keySeqReserved, u64(b.reserved))
	})
}

// Close flushes the event log and closes the file.
func (b *Bolt) Close() error {
	b.once.Do(func() {
		close(b.closing)
		b.wg.Wait()
		b.closeErr = b.db.Close()
	})
	return b.closeErr
}

// Ping reports whether the store can be used.
func (b *Bolt) Ping(ctx context.Context) error {
	return b.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMeta) == nil {
			return errors.New("store is not initialised")
		}
		return nil
	})
}

// cacheEntry is how a cached analysis sits on disk.
type cacheEntry struct {
	Expires  time.Time      `json:"expires"`
	Analysis *quiz.Analysis `json:"analysis"`
}

// CachedAnalysis returns the cached analysis for fingerprint fp, or
// quiz.ErrNotFound when there is none or it expired.
func (b *Bolt) CachedAnalysis(ctx context.Context, fp string) (*quiz.Analysis, error) {
	var e cacheEntry
	err := b.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCache).Get([]byte(fp))
		if v == nil {
			return quiz.ErrNotFound
		}
		return json.Unmarshal(v, &e)
	})
	if err != nil {
		return nil, err
	}
	if !b.now().Before(e.Expires) {
		return nil, quiz.ErrNotFound
	}
	return e.Analysis, nil
}

// CacheAnalysis caches a under fingerprint fp for ttl.
func (b *Bolt) CacheAnalysis(ctx context.Context, fp string, a *quiz.Analysis, ttl time.Duration) error {
	v, err := json.Marshal(cacheEntry{Expires: b.now().Add(ttl), Analysis: a})
	if err != nil {
		return fmt.Errorf("encode cache entry: %w", err)
	}
	return b.db.Batch(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCache).Put([]byte(fp), v)
	})
}

// SaveAnalysis adds a to the history (or replaces the entry with its ID).
// It returns once the analysis is on disk.
func (b *Bolt) SaveAnalysis(ctx context.Context, a *quiz.Analysis) error {
	v, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	// Batch lets the analyses that finish together share one disk sync.
	return b.db.Batch(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketHistory).Put([]byte(a.ID), v)
	})
}

// Analysis returns the analysis with the given ID, or quiz.ErrNotFound.
func (b *Bolt) Analysis(ctx context.Context, id string) (*quiz.Analysis, error) {
	var a quiz.Analysis
	err := b.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketHistory).Get([]byte(id))
		if v == nil {
			return quiz.ErrNotFound
		}
		return json.Unmarshal(v, &a)
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// Analyses lists up to limit analyses, newest first, older than the ID
// before (all when before is empty).
func (b *Bolt) Analyses(ctx context.Context, before string, limit int) ([]quiz.Summary, error) {
	out := []quiz.Summary{}
	err := b.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketHistory).Cursor()
		var k, v []byte
		if before == "" {
			k, v = c.Last()
		} else {
			k, v = c.Seek([]byte(before))
			if k == nil {
				k, v = c.Last()
			}
			// Seek lands on before itself or the next key: step back past it.
			for k != nil && string(k) >= before {
				k, v = c.Prev()
			}
		}
		for ; k != nil && len(out) < limit; k, v = c.Prev() {
			var a quiz.Analysis
			if err := json.Unmarshal(v, &a); err != nil {
				return fmt.Errorf("decode analysis %s: %w", k, err)
			}
			out = append(out, a.Summarize())
		}
		return nil
	})
	return out, err
}

// AppendEvents gives each event body (JSON encoded without a seq) the next
// sequence number, keeps it for replay and returns the numbered events. The
// events reach the disk shortly after, in the background.
func (b *Bolt) AppendEvents(ctx context.Context, bodies [][]byte) ([]quiz.EncodedEvent, error) {
	out := make([]quiz.EncodedEvent, len(bodies))
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seq+uint64(len(bodies)) > b.reserved {
		next := b.seq + uint64(len(bodies)) + seqBlock
		if err := b.db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySeqReserved, u64(next))
		}); err != nil {
			return nil, fmt.Errorf("reserve event numbers: %w", err)
		}
		b.reserved = next
	}
	for i, body := range bodies {
		b.seq++
		out[i] = quiz.EncodedEvent{Seq: b.seq, JSON: quiz.WithSeq(b.seq, body)}
	}
	b.recent = append(b.recent, out...)
	if extra := len(b.recent) - b.logSize; extra > 0 {
		// Keep the ring from growing without bound; copy so the old backing
		// array can be freed.
		b.recent = append([]quiz.EncodedEvent(nil), b.recent[extra:]...)
	}
	b.pending = append(b.pending, out...)
	select {
	case b.wake <- struct{}{}:
	default:
	}
	return out, nil
}

// EventsSince returns up to limit events with a sequence number greater
// than after, oldest first.
func (b *Bolt) EventsSince(ctx context.Context, after uint64, limit int) ([]quiz.EncodedEvent, error) {
	b.mu.Lock()
	var fromMemory []quiz.EncodedEvent
	complete := len(b.recent) > 0 && b.recent[0].Seq <= after+1
	for _, e := range b.recent {
		if e.Seq > after {
			fromMemory = append(fromMemory, e)
		}
	}
	b.mu.Unlock()
	if complete || len(fromMemory) >= limit {
		return fromMemory[:min(limit, len(fromMemory))], nil
	}

	// Older than what memory holds (after a restart, say): read the disk,
	// then continue with memory, which overlaps the disk's newest events.
	var out []quiz.EncodedEvent
	err := b.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEvents).Cursor()
		for k, v := c.Seek(u64(after + 1)); k != nil && len(out) < limit; k, v = c.Next() {
			out = append(out, quiz.EncodedEvent{Seq: binary.BigEndian.Uint64(k), JSON: append(json.RawMessage(nil), v...)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read event log: %w", err)
	}
	last := after
	if len(out) > 0 {
		last = out[len(out)-1].Seq
	}
	for _, e := range fromMemory {
		if len(out) >= limit {
			break
		}
		if e.Seq > last {
			out = append(out, e)
		}
	}
	return out, nil
}

// LastSeq returns the newest sequence number handed out.
func (b *Bolt) LastSeq(ctx context.Context) (uint64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.seq, nil
}

// writeEvents writes pending events to disk in batches and trims the log.
func (b *Bolt) writeEvents() {
	defer b.wg.Done()
	for {
		var closing bool
		select {
		case <-b.wake:
		case <-b.closing:
			closing = true
		}
		b.mu.Lock()
		batch := b.pending
		b.pending = nil
		keep := b.logSize
		b.mu.Unlock()
		if len(batch) > 0 {
			if err := b.db.Update(func(tx *bolt.Tx) error {
				bk := tx.Bucket(bucketEvents)
				for _, e := range batch {
					if err := bk.Put(u64(e.Seq), e.JSON); err != nil {
						return err
					}
				}
				return trimEvents(bk, batch[len(batch)-1].Seq, keep)
			}); err != nil {
				b.logger.Error("write event log", "events", len(batch), "err", err)
			}
		}
		if closing {
			return
		}
	}
}

// trimEvents deletes the events older than the newest keep.
func trimEvents(bk *bolt.Bucket, newest uint64, keep int) error {
	if newest <= uint64(keep) {
		return nil
	}
	cutoff := newest - uint64(keep)
	c := bk.Cursor()
	for k, _ := c.First(); k != nil && binary.BigEndian.Uint64(k) <= cutoff; k, _ = c.First() {
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return nil
}

// AddCounters adds each increment to its counter.
func (b *Bolt) AddCounters(ctx context.Context, c quiz.Counters) error {
	if len(c) == 0 {
		return nil
	}
	return b.db.Batch(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketCounters)
		for name, n := range c {
			var cur int64
			if v := bk.Get([]byte(name)); len(v) == 8 {
				cur = int64(binary.BigEndian.Uint64(v))
			}
			if err := bk.Put([]byte(name), u64(uint64(cur+n))); err != nil {
				return err
			}
		}
		return nil
	})
}

// Counters returns every counter.
func (b *Bolt) Counters(ctx context.Context) (quiz.Counters, error) {
	out := quiz.Counters{}
	err := b.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCounters).ForEach(func(k, v []byte) error {
			if len(v) == 8 {
				out[string(k)] = int64(binary.BigEndian.Uint64(v))
			}
			return nil
		})
	})
	return out, err
}

// sweep removes expired cache entries now and then, so the file does not
// keep every quiz ever seen.
func (b *Bolt) sweep() {
	defer b.wg.Done()
	t := time.NewTicker(sweepEvery)
	defer t.Stop()
	for {
		select {
		case <-b.closing:
			return
		case <-t.C:
			if n, err := b.SweepCache(); err != nil {
				b.logger.Error("sweep cache", "err", err)
			} else if n > 0 {
				b.logger.Debug("swept cache", "removed", n)
			}
		}
	}
}

// SweepCache deletes expired cache entries and returns how many.
func (b *Bolt) SweepCache() (int, error) {
	now := b.now()
	var n int
	err := b.db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketCache)
		// Deleting under a cursor makes it skip the next key, so collect first.
		var expired [][]byte
		err := bk.ForEach(func(k, v []byte) error {
			var e struct {
				Expires time.Time `json:"expires"`
			}
			if json.Unmarshal(v, &e) != nil || !now.Before(e.Expires) {
				expired = append(expired, bytes.Clone(k))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range expired {
			if err := bk.Delete(k); err != nil {
				return err
			}
		}
		n = len(expired)
		return nil
	})
	return n, err
}

func u64(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return b[:]
}

// Path is the file the store lives in.
func (b *Bolt) Path() string { return b.db.Path() }
