package quiz

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Stats are the running totals shown on displays and served at /api/v1/stats.
type Stats struct {
	Analyses      int64       `json:"analyses"`
	Questions     int64       `json:"questions"`
	Failed        int64       `json:"failed"`
	Today         DayStats    `json:"today"`
	CacheHits     int64       `json:"cache_hits"`
	CacheMisses   int64       `json:"cache_misses"`
	CacheHitRatio float64     `json:"cache_hit_ratio"`
	LatencyMS     Percentiles `json:"latency_ms"`
	// MedianMS is the median total_ms of the last MedianOf analyses the
	// model answered (completed or partial), from their own times.
	MedianMS float64               `json:"median_ms"`
	MedianOf int                   `json:"median_of"`
	Tokens   Usage                 `json:"tokens"`
	Models   map[string]ModelStats `json:"models"`
}

// DayStats are one day's totals (UTC).
type DayStats struct {
	Date      string `json:"date"`
	Analyses  int64  `json:"analyses"`
	Questions int64  `json:"questions"`
}

// ModelStats are the totals of one model.
type ModelStats struct {
	Analyses int64 `json:"analyses"`
	Failed   int64 `json:"failed"`
	Tokens   Usage `json:"tokens"`
}

// Percentiles of the time analyses answered by the model took, estimated
// from LatencyBuckets.
type Percentiles struct {
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
}

// LatencyBuckets are the upper bounds (ms) of the latency histogram kept in
// the counters. Counters are plain integers in every store, so a histogram
// is the way to get percentiles from them across replicas.
var LatencyBuckets = []float64{
	5, 10, 25, 50, 100, 250, 500, 750, 1000, 1500, 2000, 3000, 4000, 5000,
	7500, 10000, 15000, 20000, 30000, 60000, 120000, math.Inf(1),
}

// Counter names. Counters are what stores keep; Stats are derived from them.
const (
	CounterAnalyses         = "analyses"
	CounterQuestions        = "questions"
	CounterFailed           = "failed"
	CounterCacheHits        = "cache_hits"
	CounterCacheMisses      = "cache_misses"
	CounterPromptTokens     = "tokens_prompt"
	CounterCompletionTokens = "tokens_completion"
)

// Counters is a set of named counter increments.
type Counters map[string]int64

// Add adds n to counter name.
func (c Counters) Add(name string, n int64) { c[name] += n }

// DayCounter names a per-day counter.
func DayCounter(day time.Time, name string) string {
	return "day:" + day.UTC().Format(time.DateOnly) + ":" + name
}

// ModelCounter names a per-model counter.
func ModelCounter(model, name string) string { return "model:" + model + ":" + name }

// LatencyCounter names the histogram bucket that ms falls in.
func LatencyCounter(ms float64) string {
	i := sort.SearchFloat64s(LatencyBuckets, ms)
	return "latency:" + strconv.Itoa(i)
}

// StatsFrom derives Stats from counters, with "today" taken from now.
func StatsFrom(c Counters, now time.Time) Stats {
	s := Stats{
		Analyses:    c[CounterAnalyses],
		Questions:   c[CounterQuestions],
		Failed:      c[CounterFailed],
		CacheHits:   c[CounterCacheHits],
		CacheMisses: c[CounterCacheMisses],
		Tokens:      Usage{PromptTokens: c[CounterPromptTokens], CompletionTokens: c[CounterCompletionTokens]},
		Models:      map[string]ModelStats{},
	}
	s.Today = DayStats{
		Date:      now.UTC().Format(time.DateOnly),
		Analyses:  c[DayCounter(now, CounterAnalyses)],
		Questions: c[DayCounter(now, CounterQuestions)],
	}
	if lookups := s.CacheHits + s.CacheMisses; lookups > 0 {
		s.CacheHitRatio = float64(s.CacheHits) / float64(lookups)
	}
	buckets := make([]int64, len(LatencyBuckets))
	for name, n := range c {
		switch {
		case strings.HasPrefix(name, "latency:"):
			if i, err := strconv.Atoi(name[len("latency:"):]); err == nil && i >= 0 && i < len(buckets) {
				buckets[i] += n
			}
		case strings.HasPrefix(name, "model:"):
			rest := name[len("model:"):]
			cut := strings.LastIndexByte(rest, ':')
			if cut < 0 {
				continue
			}
			model, field := rest[:cut], rest[cut+1:]
			m := s.Models[model]
			switch field {
			case CounterAnalyses:
				m.Analyses += n
			case CounterFailed:
				m.Failed += n
			case CounterPromptTokens:
				m.Tokens.PromptTokens += n
			case CounterCompletionTokens:
				m.Tokens.CompletionTokens += n
			}
			s.Models[model] = m
		}
	}
	s.LatencyMS = Percentiles{
		P50: percentile(buckets, 0.50),
		P90: percentile(buckets, 0.90),
		P99: percentile(buckets, 0.99),
	}
	return s
}

// percentile estimates the q-quantile from bucket counts by linear
// interpolation inside the bucket it falls in, as Prometheus'
// histogram_quantile does.
func percentile(buckets []int64, q float64) float64 {
	var total int64
	for _, n := range buckets {
		total += n
	}
	if total == 0 {
		return 0
	}
	rank := q * float64(total)
	var cum int64
	for i, n := range buckets {
		if float64(cum+n) >= rank && n > 0 {
			lower := 0.0
			if i > 0 {
				lower = LatencyBuckets[i-1]
			}
			upper := LatencyBuckets[i]
			if math.IsInf(upper, 1) {
				return lower
			}
			return lower + (upper-lower)*(rank-float64(cum))/float64(n)
		}
		cum += n
	}
	return LatencyBuckets[len(LatencyBuckets)-2]
}
