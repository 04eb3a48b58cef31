package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Retention bounds the history. The zero value keeps everything.
type Retention struct {
	// MaxAge: analyses created longer ago than this are deleted.
	MaxAge time.Duration
	// MaxBytes: while the store is larger than this (as Size measures
	// it), the oldest analyses are deleted.
	MaxBytes int64
}

// Set reports whether r bounds anything.
func (r Retention) Set() bool { return r.MaxAge > 0 || r.MaxBytes > 0 }

const (
	// retentionBatch analyses are deleted per transaction (or Redis
	// script), so one sweep step never holds the store for long.
	retentionBatch = 100
	// sizeBatch is smaller: analyses can be large, and deleting a hundred
	// of them at once could take the store far below its bound.
	sizeBatch = 10
	// retentionSteps bounds one sweep: at most this many batches. A backlog
	// larger than that (a lowered bound on a big store) is worked off over
	// the following sweeps instead of in one long stall.
	retentionSteps = 50
)

// historyTrimmer is what retention needs of a store.
type historyTrimmer interface {
	DeleteAnalysesBefore(ctx context.Context, t time.Time, limit int) (int, error)
	Size(ctx context.Context) (int64, error)
}

// RetentionResult is what one sweep did.
type RetentionResult struct {
	// Removed analyses, of which ByAge were past MaxAge.
	Removed, ByAge int
	// Size is the store's size after the sweep (0 without MaxBytes).
	Size int64
	// OverSize: the store is still above MaxBytes with no history left to
	// delete (the cache and the event log hold the rest), or the sweep's
	// budget ran out first.
	OverSize bool
}

// applyRetention deletes what r does not keep, oldest first, in bounded
// steps.
func applyRetention(ctx context.Context, s historyTrimmer, r Retention, now time.Time) (RetentionResult, error) {
	var res RetentionResult
	steps := 0
	if r.MaxAge > 0 {
		for ; steps < retentionSteps; steps++ {
			n, err := s.DeleteAnalysesBefore(ctx, now.Add(-r.MaxAge), retentionBatch)
			res.Removed += n
			res.ByAge += n
			if err != nil {
				return res, fmt.Errorf("delete analyses older than %s: %w", r.MaxAge, err)
			}
			if n < retentionBatch {
				break
			}
		}
	}
	if r.MaxBytes <= 0 {
		return res, nil
	}
	for {
		size, err := s.Size(ctx)
		if err != nil {
			return res, fmt.Errorf("measure the store: %w", err)
		}
		res.Size = size
		if size <= r.MaxBytes {
			return res, nil
		}
		if steps >= retentionSteps {
			res.OverSize = true
			return res, nil
		}
		steps++
		n, err := s.DeleteAnalysesBefore(ctx, now, sizeBatch)
		res.Removed += n
		if err != nil {
			return res, fmt.Errorf("delete the oldest analyses: %w", err)
		}
		if n == 0 {
			res.OverSize = true
			return res, nil
		}
	}
}

// peekString returns the string at path (object keys, outermost first) in
// the JSON object raw, reading no further than it has to: the fields a
// deletion needs (an analysis' id and fingerprint) come before its
// questions, which can be a megabyte.
func peekString(raw []byte, path ...string) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	for depth, key := range path {
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return "", false
		}
		for {
			t, err := dec.Token()
			if err != nil {
				return "", false
			}
			k, ok := t.(string)
			if !ok {
				return "", false // the end of the object: not there
			}
			if k == key {
				break
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return "", false
			}
		}
		if depth == len(path)-1 {
			var v string
			if err := dec.Decode(&v); err != nil {
				return "", false
			}
			return v, true
		}
	}
	return "", false
}
