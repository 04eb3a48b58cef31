// Package store keeps what quizstats remembers: the response cache, the
// history of analyses, the event log that displays replay, and counters.
// Bolt (an embedded file, the default) and Redis (shared by replicas)
// implement the same methods and pass the same conformance suite
// (storetest).
package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
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
	// Retention bounds the history (zero: keep everything).
	Retention Retention
}

const (
	defaultEventLogSize = 10000
	// memoryEvents of the newest events are also kept in memory, so that a
	// display reconnecting after a short break is served without the disk.
	memoryEvents = 1024
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
	path   string
	now    func() time.Time
	logger *slog.Logger
	retain Retention

	// db is replaced by a compaction. Every transaction holds dbMu for
	// reading, so the swap waits for them; every write transaction also
	// holds writeMu, so a compaction that holds it copies a file no one
	// changes meanwhile, while reads go on.
	dbMu    sync.RWMutex
	db      *bolt.DB
	writeMu sync.Mutex

	// The event log: numbers are handed out and recent events kept in
	// memory at once, and written to disk in batches by writeEvents, so
	// that publishing an event never waits on the disk.
	mu       sync.Mutex
	seq      uint64 // last number handed out
	reserved uint64 // numbers up to this one are reserved on disk
	recent   []quiz.EncodedEvent
	logSize  int // events kept on disk
	// diskEvents is how many events the file holds; only writeEvents
	// touches it after init.
	diskEvents int
	memSize    int // of which the newest are also kept in memory
	pending    []quiz.EncodedEvent
	// writing is the batch writeEvents is committing: until it is on disk,
	// replay finds it here.
	writing []quiz.EncodedEvent
	// openSeq is the last number before this run: every event up to it is
	// on disk (or was lost with the previous process).
	openSeq uint64
	wake    chan struct{}
	// writes feeds commitWrites, which commits whatever is waiting in one
	// transaction (group commit): one disk sync for many writers, and no
	// added delay for a lone one (bbolt's own Batch waits 10 ms for company).
	writes   chan *writeReq
	closing  chan struct{}
	wg       sync.WaitGroup
	closeErr error
	once     sync.Once
}

// boltOptions are the options of the store file (and of its compacted
// copy).
func boltOptions() *bolt.Options {
	return &bolt.Options{
		Timeout: 2 * time.Second,
		// The event log is rewritten all the time; not syncing the free
		// list (it is rebuilt when the file is opened) and keeping it in a
		// hash map make those commits cheap.
		NoFreelistSync: true,
		FreelistType:   bolt.FreelistMapType,
	}
}

// view runs a read-only transaction.
func (b *Bolt) view(fn func(*bolt.Tx) error) error {
	b.dbMu.RLock()
	defer b.dbMu.RUnlock()
	return b.db.View(fn)
}

// update runs a read-write transaction.
func (b *Bolt) update(fn func(*bolt.Tx) error) error {
	b.writeMu.Lock()
	defer b.writeMu.Unlock()
	b.dbMu.RLock()
	defer b.dbMu.RUnlock()
	return b.db.Update(fn)
}

// OpenBolt opens (creating if needed) the store file at path.
func OpenBolt(path string, opts BoltOptions) (*Bolt, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	// A second quizstats on the same file would block forever on bbolt's
	// file lock; a timeout turns that into an error that says what is wrong.
	db, err := bolt.Open(path, 0o600, boltOptions())
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("open store %s: the file is locked; is another quizstats using this data directory?", path)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// A compaction that a crash interrupted left its copy: the file it
	// was copying from is whole (the copy replaces it only once complete).
	if err := os.Remove(compactPath(path)); err != nil && !errors.Is(err, os.ErrNotExist) {
		db.Close()
		return nil, fmt.Errorf("remove an interrupted compaction: %w", err)
	}
	b := &Bolt{
		path:    path,
		db:      db,
		retain:  opts.Retention,
		now:     opts.Now,
		logger:  opts.Logger,
		logSize: opts.EventLogSize,
		wake:    make(chan struct{}, 1),
		writes:  make(chan *writeReq, maxGroup),
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
	b.memSize = min(b.logSize, memoryEvents)
	if err := b.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	b.wg.Add(3)
	go b.writeEvents()
	go b.sweep()
	go b.commitWrites()
	return b, nil
}

func (b *Bolt) init() error {
	return b.update(func(tx *bolt.Tx) error {
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
		events := tx.Bucket(bucketEvents)
		if k, _ := events.Cursor().Last(); len(k) == 8 {
			b.seq = max(b.seq, binary.BigEndian.Uint64(k))
		}
		b.diskEvents = events.Stats().KeyN
		b.openSeq = b.seq
		b.reserved = b.seq + seqBlock
		return meta.Put(keySeqReserved, u64(b.reserved))
	})
}

// Close flushes the event log and closes the file.
func (b *Bolt) Close() error {
	b.once.Do(func() {
		close(b.closing)
		b.wg.Wait()
		b.dbMu.Lock()
		b.closeErr = b.db.Close()
		b.dbMu.Unlock()
	})
	return b.closeErr
}

// Ping reports whether the store can be used.
func (b *Bolt) Ping(ctx context.Context) error {
	return b.view(func(tx *bolt.Tx) error {
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
	err := b.view(func(tx *bolt.Tx) error {
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
	return b.write(ctx, func(tx *bolt.Tx) error {
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
	return b.write(ctx, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketHistory).Put([]byte(a.ID), v)
	})
}

// Analysis returns the analysis with the given ID, or quiz.ErrNotFound.
func (b *Bolt) Analysis(ctx context.Context, id string) (*quiz.Analysis, error) {
	var a quiz.Analysis
	err := b.view(func(tx *bolt.Tx) error {
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
	err := b.view(func(tx *bolt.Tx) error {
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

// maxGroup bounds how many writes share one transaction.
const maxGroup = 256

type writeReq struct {
	fn   func(*bolt.Tx) error
	done chan error
}

// write runs fn in a read-write transaction shared with the writes waiting
// at the same moment, and returns once it is on disk.
func (b *Bolt) write(ctx context.Context, fn func(*bolt.Tx) error) error {
	req := &writeReq{fn: fn, done: make(chan error, 1)}
	select {
	case b.writes <- req:
	case <-b.closing:
		return errors.New("store is closed")
	case <-ctx.Done():
		return ctx.Err()
	}
	// Once queued the write happens; wait for it even if ctx ends, so the
	// caller never believes a write failed that in fact landed.
	return <-req.done
}

// commitWrites commits queued writes, as many as are waiting, in one
// transaction each round.
func (b *Bolt) commitWrites() {
	defer b.wg.Done()
	for {
		var first *writeReq
		select {
		case first = <-b.writes:
		case <-b.closing:
			// Finish what was queued before Close.
			for {
				select {
				case r := <-b.writes:
					r.done <- b.update(r.fn)
				default:
					return
				}
			}
		}
		group := []*writeReq{first}
	gather:
		for len(group) < maxGroup {
			select {
			case r := <-b.writes:
				group = append(group, r)
			default:
				break gather
			}
		}
		err := b.update(func(tx *bolt.Tx) error {
			for _, r := range group {
				if err := r.fn(tx); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			for _, r := range group {
				r.done <- nil
			}
			continue
		}
		// One write failed and took the group with it: redo each alone, so
		// only the failing one reports an error.
		for _, r := range group {
			r.done <- b.update(r.fn)
		}
	}
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
		if err := b.update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySeqReserved, u64(next))
		}); err != nil {
			// A full disk must not stop live events: go on past the
			// reservation for one more block (a crash meanwhile could reuse
			// those numbers), and try again at the next append.
			if b.seq+uint64(len(bodies)) > b.reserved+seqBlock {
				return nil, fmt.Errorf("reserve event numbers: %w", err)
			}
			b.logger.Warn("reserve event numbers", "err", err)
		} else {
			b.reserved = next
		}
	}
	for i, body := range bodies {
		b.seq++
		out[i] = quiz.EncodedEvent{Seq: b.seq, JSON: quiz.WithSeq(b.seq, body)}
	}
	b.recent = append(b.recent, out...)
	if len(b.recent) >= 2*b.memSize {
		// Drop the oldest half at once: copying on every append would cost
		// the whole ring each time.
		b.recent = append(make([]quiz.EncodedEvent, 0, 2*b.memSize), b.recent[len(b.recent)-b.memSize:]...)
	}
	b.pending = append(b.pending, out...)
	select {
	case b.wake <- struct{}{}:
	default:
	}
	return out, nil
}

// EventsSince returns up to limit events with a sequence number greater
// than after, oldest first. Memory serves it when it holds every event after
// after; otherwise the disk does, followed by the events not yet written.
func (b *Bolt) EventsSince(ctx context.Context, after uint64, limit int) ([]quiz.EncodedEvent, error) {
	b.mu.Lock()
	recent := b.recent[max(0, len(b.recent)-b.memSize):]
	// Memory holds every event after floor: those before this run are on
	// disk, and so are those dropped from memory (or still being written).
	floor := b.openSeq
	if n := len(b.recent) - b.memSize; n > 0 {
		floor = b.recent[n-1].Seq
	}
	// A log no longer than memory is all in memory: what is not there was
	// trimmed.
	if after >= floor || (b.memSize >= b.logSize && floor > b.openSeq) {
		// Events are in seq order: find the first one after "after".
		i, _ := slices.BinarySearchFunc(recent, after+1, func(e quiz.EncodedEvent, seq uint64) int { return cmp.Compare(e.Seq, seq) })
		out := slices.Clone(recent[i:min(len(recent), i+limit)])
		b.mu.Unlock()
		return out, nil
	}
	// Taken before the disk is read: an event is either committed by then
	// (and the read sees it) or in one of these.
	unwritten := make([]quiz.EncodedEvent, 0, len(b.writing)+len(b.pending))
	unwritten = append(append(unwritten, b.writing...), b.pending...)
	b.mu.Unlock()

	var out []quiz.EncodedEvent
	err := b.view(func(tx *bolt.Tx) error {
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
	for _, e := range unwritten {
		if len(out) >= limit {
			break
		}
		if e.Seq > last {
			out = append(out, e)
			last = e.Seq
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

// eventFlushEvery is the most often the event log is committed. Events are
// served from memory meanwhile; fewer, larger commits cost less than one per
// event when analyses pour in.
const eventFlushEvery = 50 * time.Millisecond

// writeEvents writes pending events to disk in batches and trims the log.
func (b *Bolt) writeEvents() {
	defer b.wg.Done()
	for {
		var closing bool
		select {
		case <-b.wake:
			select {
			case <-time.After(eventFlushEvery):
			case <-b.closing:
				closing = true
			}
		case <-b.closing:
			closing = true
		}
		b.mu.Lock()
		batch := b.pending
		b.pending = nil
		b.writing = batch
		b.mu.Unlock()
		if len(batch) > 0 {
			stored := b.diskEvents
			if err := b.update(func(tx *bolt.Tx) error {
				bk := tx.Bucket(bucketEvents)
				for _, e := range batch {
					if err := bk.Put(u64(e.Seq), e.JSON); err != nil {
						return err
					}
				}
				stored += len(batch)
				if extra := stored - b.logSize; extra > 0 {
					if err := trimEvents(bk, extra); err != nil {
						return err
					}
					stored -= extra
				}
				return nil
			}); err != nil {
				b.logger.Error("write event log", "events", len(batch), "err", err)
				// Keep them for the next round (the disk may have room
				// again), but no more than the log would hold.
				b.mu.Lock()
				b.pending = append(batch, b.pending...)
				if extra := len(b.pending) - b.logSize; extra > 0 {
					b.pending = b.pending[extra:]
				}
				b.writing = nil
				b.mu.Unlock()
				if !closing {
					select {
					case b.wake <- struct{}{}:
					default:
					}
					continue
				}
			} else {
				b.diskEvents = stored
			}
			b.mu.Lock()
			b.writing = nil
			b.mu.Unlock()
		}
		if closing {
			return
		}
	}
}

// trimEvents deletes the oldest events of the bucket, n of them. It counts
// rather than subtracting sequence numbers: numbers jump after a restart
// (see seqBlock), and "newest minus keep" would then take everything older.
// The keys are gathered in one pass first: deleting under a cursor and
// starting over from First each time walks the emptied pages again and
// again.
func trimEvents(bk *bolt.Bucket, n int) error {
	old := make([][]byte, 0, n)
	c := bk.Cursor()
	for k, _ := c.First(); k != nil && len(old) < n; k, _ = c.Next() {
		old = append(old, bytes.Clone(k))
	}
	for _, k := range old {
		if err := bk.Delete(k); err != nil {
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
	return b.write(ctx, func(tx *bolt.Tx) error {
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
	err := b.view(func(tx *bolt.Tx) error {
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
// keep every quiz ever seen, applies the retention and compacts the file
// when that pays: once at start, then every sweepEvery.
func (b *Bolt) sweep() {
	defer b.wg.Done()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-b.closing
		cancel()
	}()
	t := time.NewTicker(sweepEvery)
	defer t.Stop()
	for {
		if n, err := b.SweepCache(); err != nil {
			b.logger.Error("sweep cache", "err", err)
		} else if n > 0 {
			b.logger.Debug("swept cache", "removed", n)
		}
		b.sweepHistory(ctx)
		select {
		case <-b.closing:
			return
		case <-t.C:
		}
	}
}

// SweepCache deletes expired cache entries and returns how many.
func (b *Bolt) SweepCache() (int, error) {
	now := b.now()
	var n int
	err := b.update(func(tx *bolt.Tx) error {
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
func (b *Bolt) Path() string { return b.path }
