package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/quizstats/quizstats/internal/quiz"
)

// DeleteAnalysis removes the analysis id from the history, and its cache
// entry with it: a quiz whose analysis was deleted is asked again, not
// answered from what was deleted. quiz.ErrNotFound when there is none.
func (b *Bolt) DeleteAnalysis(ctx context.Context, id string) error {
	var found bool
	err := b.write(ctx, func(tx *bolt.Tx) error {
		// Set on every run: a group that fails is redone one by one.
		found = false
		h := tx.Bucket(bucketHistory)
		v := h.Get([]byte(id))
		if v == nil {
			return nil
		}
		found = true
		if err := deleteCacheOf(tx, id, v); err != nil {
			return err
		}
		return h.Delete([]byte(id))
	})
	if err == nil && !found {
		return quiz.ErrNotFound
	}
	return err
}

// DeleteAnalysesBefore removes up to limit analyses created before t,
// oldest first, with their cache entries, and returns how many. IDs sort
// by creation time, so this is a walk from the first key.
func (b *Bolt) DeleteAnalysesBefore(ctx context.Context, t time.Time, limit int) (int, error) {
	bound := []byte(quiz.IDAt(t))
	var n int
	err := b.write(ctx, func(tx *bolt.Tx) error {
		n = 0
		h := tx.Bucket(bucketHistory)
		// Deleting under a cursor makes it skip the next key: collect first.
		var ids, vals [][]byte
		c := h.Cursor()
		for k, v := c.First(); k != nil && bytes.Compare(k, bound) < 0 && len(ids) < limit; k, v = c.Next() {
			ids, vals = append(ids, bytes.Clone(k)), append(vals, v)
		}
		for i, id := range ids {
			if err := deleteCacheOf(tx, string(id), vals[i]); err != nil {
				return err
			}
		}
		for _, id := range ids {
			if err := h.Delete(id); err != nil {
				return err
			}
		}
		n = len(ids)
		return nil
	})
	return n, err
}

// deleteCacheOf deletes the cache entry of the analysis id (stored as
// raw), if the entry is that analysis: another analysis of the same quiz
// may have taken its place.
func deleteCacheOf(tx *bolt.Tx, id string, raw []byte) error {
	fp, ok := peekString(raw, "fingerprint")
	if !ok || fp == "" {
		return nil
	}
	c := tx.Bucket(bucketCache)
	v := c.Get([]byte(fp))
	if v == nil {
		return nil
	}
	if cached, _ := peekString(v, "analysis", "id"); cached != id {
		return nil
	}
	return c.Delete([]byte(fp))
}

// Size is how many bytes of the file hold data: its size less the pages
// bbolt has freed, which it reuses but never gives back to the file system
// (Compact does).
func (b *Bolt) Size(ctx context.Context) (int64, error) {
	b.dbMu.RLock()
	defer b.dbMu.RUnlock()
	var size, free int64
	if err := b.db.View(func(tx *bolt.Tx) error {
		// Inside a transaction: the file is not remapped meanwhile.
		st := tx.DB().Stats()
		size = tx.Size()
		free = int64(st.FreePageN+st.PendingPageN) * int64(tx.DB().Info().PageSize)
		return nil
	}); err != nil {
		return 0, err
	}
	return size - free, nil
}

// FileSize is the size of the file on disk.
func (b *Bolt) FileSize() (int64, error) {
	fi, err := os.Stat(b.path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

// ApplyRetention deletes the analyses r does not keep (see Retention), in
// bounded steps.
func (b *Bolt) ApplyRetention(ctx context.Context, r Retention) (RetentionResult, error) {
	return applyRetention(ctx, b, r, b.now())
}

// compactPath is where a compaction writes its copy, beside the file.
func compactPath(path string) string { return path + ".compact" }

// compactTxBytes bounds one transaction of the copy, so a large store is
// not held in memory at once.
const compactTxBytes = 16 << 20

// Compact rewrites the file without its free pages, so that it shrinks:
// bbolt reuses freed pages but never returns them to the file system. It
// copies every bucket into a new file beside it (reads go on meanwhile,
// writes wait), syncs it, and renames it over the old one, so a crash at
// any point leaves either the old file or the new one, each whole, and
// holding every write acknowledged before it. It returns the file's size
// before and after.
func (b *Bolt) Compact() (before, after int64, err error) {
	b.writeMu.Lock()
	defer b.writeMu.Unlock()
	if before, err = b.FileSize(); err != nil {
		return 0, 0, err
	}
	tmp := compactPath(b.path)
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, 0, fmt.Errorf("compact: %w", err)
	}
	dst, err := bolt.Open(tmp, 0o600, boltOptions())
	if err != nil {
		return 0, 0, fmt.Errorf("compact: open the copy: %w", err)
	}
	discard := func(err error) (int64, int64, error) {
		dst.Close()
		os.Remove(tmp)
		return 0, 0, fmt.Errorf("compact: %w", err)
	}
	// Held for reading, as any reader holds it: writers are held off by
	// writeMu, so the copy is of a file that does not change.
	b.dbMu.RLock()
	err = bolt.Compact(dst, b.db, compactTxBytes)
	b.dbMu.RUnlock()
	if err != nil {
		return discard(err)
	}
	// bbolt syncs each commit; the rename is made durable too before any
	// write lands in the new file, or a power cut could bring back the old
	// name with the old file while new writes sat in the other.
	if err := os.Rename(tmp, b.path); err != nil {
		return discard(err)
	}
	if err := syncDir(filepath.Dir(b.path)); err != nil {
		// The new file is in place; only its name may not be durable yet.
		b.logger.Warn("compact: sync the data directory", "err", err)
	}
	b.dbMu.Lock()
	old := b.db
	b.db = dst
	b.dbMu.Unlock()
	if err := old.Close(); err != nil {
		b.logger.Warn("compact: close the old file", "err", err)
	}
	after, err = b.FileSize()
	return before, after, err
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// compactWorth reports whether a compaction would pay: when the free pages
// come to a quarter of the data or more (a copy costs the data once, and
// the sweep runs every ten minutes at most, so a busy store is copied at
// most that often), and there is at least a megabyte to win.
func (b *Bolt) compactWorth(ctx context.Context) bool {
	inUse, err := b.Size(ctx)
	if err != nil {
		return false
	}
	file, err := b.FileSize()
	if err != nil {
		return false
	}
	free := file - inUse
	b.logger.Debug("store size", "file_bytes", file, "data_bytes", inUse)
	return free >= 1<<20 && free >= inUse/4
}

// sweepHistory applies the retention and compacts the file when that pays,
// logging what it did.
func (b *Bolt) sweepHistory(ctx context.Context) {
	if b.retain.Set() {
		res, err := b.ApplyRetention(ctx, b.retain)
		if err != nil {
			b.logger.Error("retention sweep", "removed", res.Removed, "err", err)
		} else if res.Removed > 0 {
			b.logger.Info("retention sweep", "removed", res.Removed, "by_age", res.ByAge, "size_bytes", res.Size)
		}
		if res.OverSize {
			b.logger.Warn("the store is over --max-store-size after the sweep; the cache and event log hold the rest, or the next sweep goes on", "size_bytes", res.Size, "max_bytes", b.retain.MaxBytes)
		}
	}
	if !b.compactWorth(ctx) {
		return
	}
	start := time.Now()
	before, after, err := b.Compact()
	if err != nil {
		b.logger.Error("compact store", "err", err)
		return
	}
	b.logger.Info("compacted store", "before_bytes", before, "after_bytes", after, "ms", time.Since(start).Milliseconds())
}
