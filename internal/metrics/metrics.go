// Package metrics defines every Prometheus metric quizstats exports, in one
// place, on a registry the caller owns. Metrics implements the observer
// interfaces of the packages that produce the numbers (llm, hub, analyze,
// server), so none of them imports Prometheus.
package metrics

import (
	"runtime"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Metrics holds the collectors.
type Metrics struct {
	HTTPRequests        *prometheus.CounterVec
	HTTPDuration        *prometheus.HistogramVec
	HTTPInFlight        prometheus.Gauge
	Analyses            *prometheus.CounterVec
	AnalysisDuration    *prometheus.HistogramVec
	Questions           prometheus.Counter
	CacheLookups        *prometheus.CounterVec
	Coalesced           prometheus.Counter
	ModelCalls          *prometheus.CounterVec
	ModelDuration       *prometheus.HistogramVec
	ModelTokens         *prometheus.CounterVec
	EventClients        prometheus.Gauge
	EventDropped        *prometheus.CounterVec
	PublishedEvents     prometheus.Counter
	StoreErrors         *prometheus.CounterVec
	StoreUp             prometheus.Gauge
	Limited             *prometheus.CounterVec
	RedisReplicas       prometheus.Gauge
	RedisInSync         prometheus.Gauge
	RedisLag            prometheus.Gauge
	RedisSentinels      prometheus.Gauge
	PrimaryChanges      prometheus.Counter
	NotReplicatedWrites *prometheus.CounterVec
}

// New creates the metrics and registers them, with the Go runtime and
// process collectors, on reg.
func New(reg prometheus.Registerer, version string) *Metrics {
	latency := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	model := []float64{.1, .25, .5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 60}
	m := &Metrics{
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_http_requests_total",
			Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		HTTPDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "quizstats_http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern, method and status code.",
			Buckets: latency,
		}, []string{"route", "method", "code"}),
		HTTPInFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_http_requests_in_flight",
			Help: "HTTP requests being served.",
		}),
		Analyses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_analyses_total",
			Help: "Analyses by outcome: answered (by the model), cached, failed.",
		}, []string{"outcome"}),
		AnalysisDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "quizstats_analysis_duration_seconds",
			Help:    "Time from request to answers, by outcome.",
			Buckets: append([]float64{.0005, .001, .0025, .005, .01, .025, .05}, model...),
		}, []string{"outcome"}),
		Questions: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quizstats_questions_total",
			Help: "Questions analyzed.",
		}),
		CacheLookups: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_cache_lookups_total",
			Help: "Response cache lookups by result: hit, miss, error.",
		}, []string{"result"}),
		Coalesced: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quizstats_coalesced_requests_total",
			Help: "Requests that shared another identical request's model call.",
		}),
		ModelCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_model_calls_total",
			Help: "Model completions by model and outcome: ok, retried, error, timeout, invalid_reply.",
		}, []string{"model", "outcome"}),
		ModelDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "quizstats_model_call_duration_seconds",
			Help:    "Model completion latency (one streamed call).",
			Buckets: model,
		}, []string{"model"}),
		ModelTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_model_tokens_total",
			Help: "Tokens used, by model and kind (prompt, completion).",
		}, []string{"model", "kind"}),
		EventClients: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_event_clients",
			Help: "Displays connected to the event stream.",
		}),
		EventDropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_event_clients_dropped_total",
			Help: "Displays disconnected by the server, by reason.",
		}, []string{"reason"}),
		PublishedEvents: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quizstats_events_published_total",
			Help: "Events published to the event stream.",
		}),
		StoreUp: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_store_up",
			Help: "1 while the store (bbolt, or Redis) is reachable, else 0.",
		}),
		StoreErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_store_errors_total",
			Help: "Store operations that failed, by operation.",
		}, []string{"op"}),
		Limited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_rate_limited_total",
			Help: "Requests refused by the rate limiter, by route class.",
		}, []string{"class"}),
		RedisReplicas: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_redis_replicas",
			Help: "Replicas connected to the Redis primary and online (0 without Redis).",
		}),
		RedisInSync: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_redis_replicas_in_sync",
			Help: "Redis replicas that acknowledged the primary's replication stream within the last second.",
		}),
		RedisLag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_redis_replication_lag_bytes",
			Help: "How far the furthest online Redis replica is behind the primary, in bytes of replication stream.",
		}),
		RedisSentinels: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "quizstats_redis_sentinel",
			Help: "1 when Redis is found through Sentinels (REDIS_URL with master_name): replicas are expected, and writes wait for one.",
		}),
		PrimaryChanges: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quizstats_redis_primary_changes_total",
			Help: "Times a different Redis process became the primary (a failover, or a restart).",
		}),
		NotReplicatedWrites: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quizstats_store_not_replicated_total",
			Help: "Writes no Redis replica confirmed in time, by operation: a failover could lose them.",
		}, []string{"op"}),
	}
	info := prometheus.NewGauge(prometheus.GaugeOpts{
		Name:        "quizstats_build_info",
		Help:        "Build information; always 1.",
		ConstLabels: prometheus.Labels{"version": version, "goversion": runtime.Version()},
	})
	info.Set(1)
	reg.MustRegister(
		m.HTTPRequests, m.HTTPDuration, m.HTTPInFlight,
		m.Analyses, m.AnalysisDuration, m.Questions, m.CacheLookups, m.Coalesced,
		m.ModelCalls, m.ModelDuration, m.ModelTokens,
		m.EventClients, m.EventDropped, m.PublishedEvents, m.StoreErrors, m.StoreUp, m.Limited,
		m.RedisReplicas, m.RedisInSync, m.RedisLag, m.RedisSentinels, m.PrimaryChanges, m.NotReplicatedWrites,
		info,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	// Pre-create the label sets alerts divide by, so rates exist (as zero)
	// before the first failure.
	for _, r := range []string{"hit", "miss", "error"} {
		m.CacheLookups.WithLabelValues(r)
	}
	for _, o := range []string{"answered", "cached", "failed"} {
		m.Analyses.WithLabelValues(o)
	}
	m.EventDropped.WithLabelValues("slow")
	for _, op := range []string{"cache_get", "cache_put", "save_analysis", "publish", "add_counters"} {
		m.StoreErrors.WithLabelValues(op)
	}
	for _, class := range []string{"api", "analyze"} {
		m.Limited.WithLabelValues(class)
	}
	m.EventDropped.WithLabelValues("no_pong")
	for _, op := range []string{"save_analysis", "append_events"} {
		m.NotReplicatedWrites.WithLabelValues(op)
	}
	return m
}

// Replication implements store.ReplicationObserver.
func (m *Metrics) Replication(master string, replicas, inSync int, lagBytes int64) {
	m.RedisReplicas.Set(float64(replicas))
	m.RedisInSync.Set(float64(inSync))
	m.RedisLag.Set(float64(lagBytes))
	if master != "" {
		m.RedisSentinels.Set(1)
	}
}

// PrimaryChanged implements store.ReplicationObserver.
func (m *Metrics) PrimaryChanged(string) { m.PrimaryChanges.Inc() }

// NotReplicated implements store.ReplicationObserver.
func (m *Metrics) NotReplicated(op string) { m.NotReplicatedWrites.WithLabelValues(op).Inc() }

// ModelCall implements llm.Observer.
func (m *Metrics) ModelCall(model, outcome string, seconds float64, usage quiz.Usage) {
	m.ModelCalls.WithLabelValues(model, outcome).Inc()
	m.ModelDuration.WithLabelValues(model).Observe(seconds)
	if usage.PromptTokens > 0 {
		m.ModelTokens.WithLabelValues(model, "prompt").Add(float64(usage.PromptTokens))
	}
	if usage.CompletionTokens > 0 {
		m.ModelTokens.WithLabelValues(model, "completion").Add(float64(usage.CompletionTokens))
	}
}

// WatchBreaker exports the model's circuit breaker as
// quizstats_model_breaker_open, read from state each time Prometheus
// scrapes: after its cooldown an open breaker lets a call through, and the
// gauge says so even if no call comes.
func (m *Metrics) WatchBreaker(reg prometheus.Registerer, state func() string) {
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "quizstats_model_breaker_open",
		Help: "1 while the model circuit breaker is open (calls refused), else 0.",
	}, func() float64 {
		if state() == "open" {
			return 1
		}
		return 0
	}))
}

// Followers implements hub.Observer.
func (m *Metrics) Followers(delta int) { m.EventClients.Add(float64(delta)) }

// FollowerDropped implements hub.Observer.
func (m *Metrics) FollowerDropped(reason string) { m.EventDropped.WithLabelValues(reason).Inc() }

// EventsPublished implements hub.Observer.
func (m *Metrics) EventsPublished(n int) { m.PublishedEvents.Add(float64(n)) }

// Analysis implements analyze.Observer.
func (m *Metrics) Analysis(outcome string, seconds float64, questions int) {
	m.Analyses.WithLabelValues(outcome).Inc()
	m.AnalysisDuration.WithLabelValues(outcome).Observe(seconds)
	m.Questions.Add(float64(questions))
}

// CacheLookup implements analyze.Observer.
func (m *Metrics) CacheLookup(result string) { m.CacheLookups.WithLabelValues(result).Inc() }

// CoalescedRequest implements analyze.Observer.
func (m *Metrics) CoalescedRequest() { m.Coalesced.Inc() }

// StoreReachable records whether the store answers.
func (m *Metrics) StoreReachable(up bool) {
	if up {
		m.StoreUp.Set(1)
	} else {
		m.StoreUp.Set(0)
	}
}

// StoreError implements analyze.Observer.
func (m *Metrics) StoreError(op string) { m.StoreErrors.WithLabelValues(op).Inc() }

// Request implements server.HTTPObserver.
func (m *Metrics) Request(route, method string, code int, seconds float64) {
	c := strconv.Itoa(code)
	m.HTTPRequests.WithLabelValues(route, method, c).Inc()
	m.HTTPDuration.WithLabelValues(route, method, c).Observe(seconds)
}

// RateLimited implements server.HTTPObserver.
func (m *Metrics) RateLimited(class string) { m.Limited.WithLabelValues(class).Inc() }

// InFlight implements server.HTTPObserver.
func (m *Metrics) InFlight(delta int) { m.HTTPInFlight.Add(float64(delta)) }
