package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/http/pprof"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/metrics"
	"github.com/quizstats/quizstats/internal/ratelimit"
	"github.com/quizstats/quizstats/internal/server"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/web"
)

// serveConfig is the configuration of quizstats serve.
type serveConfig struct {
	addr            string
	dataDir         string
	model           string
	baseURL         string
	apiKey          string
	token           string
	modelTimeout    time.Duration
	cacheTTL        time.Duration
	shutdownTimeout time.Duration
	logLevel        slog.Level
	ollamaURL       string
	pingEvery       time.Duration
	breakerCooldown time.Duration
	eventQueue      int
	debugAddr       string
	metricsAddr     string
	redisURL        string
	redisPrefix     string
	limits          ratelimit.Limits
	trustedProxies  []netip.Prefix
	modelSet        bool
}

func parseServe(args []string, getenv func(string) string, stderr io.Writer) (*serveConfig, error) {
	cfg := &serveConfig{}
	fs := flag.NewFlagSet("quizstats serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: quizstats serve [flags]

Runs the quizstats server: the analysis API, the live event stream and the
dashboard. Every flag defaults to the environment variable named with it.

Model: OPENAI_API_KEY (or OPENAI_API_KEY_FILE) for OpenAI; OPENAI_BASE_URL for
any OpenAI-compatible server (Ollama: http://127.0.0.1:11434/v1). With neither,
a local Ollama is used if one answers; otherwise analysis is refused (503)
while everything else works.

Flags:
`)
		fs.PrintDefaults()
	}
	fs.StringVar(&cfg.addr, "addr", envOr(getenv, "QUIZSTATS_ADDR", "127.0.0.1:8080"), "address to listen on (QUIZSTATS_ADDR)")
	fs.StringVar(&cfg.dataDir, "data", envOr(getenv, "QUIZSTATS_DATA", defaultDataDir(getenv)), "directory of the embedded store (QUIZSTATS_DATA)")
	fs.StringVar(&cfg.model, "model", getenv("QUIZSTATS_MODEL"), "model name (QUIZSTATS_MODEL; default gpt-4o-mini, or the first local Ollama model)")
	fs.StringVar(&cfg.baseURL, "base-url", getenv("OPENAI_BASE_URL"), "OpenAI-compatible API base URL (OPENAI_BASE_URL)")
	fs.DurationVar(&cfg.modelTimeout, "model-timeout", envDuration(getenv, "QUIZSTATS_MODEL_TIMEOUT", 30*time.Second), "time budget of one analysis, retries included (QUIZSTATS_MODEL_TIMEOUT)")
	fs.DurationVar(&cfg.cacheTTL, "cache-ttl", envDuration(getenv, "QUIZSTATS_CACHE_TTL", 24*time.Hour), "how long answers are cached (QUIZSTATS_CACHE_TTL)")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", envDuration(getenv, "QUIZSTATS_SHUTDOWN_TIMEOUT", 25*time.Second), "how long in-flight analyses may finish on shutdown (QUIZSTATS_SHUTDOWN_TIMEOUT)")
	fs.DurationVar(&cfg.pingEvery, "ping-every", envDuration(getenv, "QUIZSTATS_PING_EVERY", 30*time.Second), "ping interval of event streams (QUIZSTATS_PING_EVERY)")
	fs.DurationVar(&cfg.breakerCooldown, "breaker-cooldown", envDuration(getenv, "QUIZSTATS_BREAKER_COOLDOWN", 30*time.Second), "how long model calls pause after repeated failures (QUIZSTATS_BREAKER_COOLDOWN)")
	fs.IntVar(&cfg.eventQueue, "event-queue", envInt(getenv, "QUIZSTATS_EVENT_QUEUE", hub.DefaultQueue), "events a display may fall behind before it is disconnected (QUIZSTATS_EVENT_QUEUE)")
	fs.StringVar(&cfg.metricsAddr, "metrics-addr", getenv("QUIZSTATS_METRICS_ADDR"), "if set, serve /metrics on this address only, apart from the API and its token (QUIZSTATS_METRICS_ADDR)")
	fs.StringVar(&cfg.debugAddr, "debug-addr", getenv("QUIZSTATS_DEBUG_ADDR"), "if set, serve Go's pprof profiles on this (loopback) address (QUIZSTATS_DEBUG_ADDR)")
	fs.StringVar(&cfg.redisURL, "redis", getenv("REDIS_URL"), "Redis URL (redis://[:password@]host:port/db); shared store for several replicas (REDIS_URL)")
	fs.StringVar(&cfg.redisPrefix, "redis-prefix", envOr(getenv, "QUIZSTATS_REDIS_PREFIX", "quizstats:"), "prefix of every Redis key (QUIZSTATS_REDIS_PREFIX)")
	apiRate := fs.Float64("rate-api", envFloat(getenv, "QUIZSTATS_RATE_API", 5), "API requests per second per client; 0 for no limit (QUIZSTATS_RATE_API)")
	apiBurst := fs.Int("rate-api-burst", envInt(getenv, "QUIZSTATS_RATE_API_BURST", 20), "API requests a client may make at once (QUIZSTATS_RATE_API_BURST)")
	analyzeRate := fs.Float64("rate-analyze", envFloat(getenv, "QUIZSTATS_RATE_ANALYZE", 1), "analyses per second per client; 0 for no limit (QUIZSTATS_RATE_ANALYZE)")
	analyzeBurst := fs.Int("rate-analyze-burst", envInt(getenv, "QUIZSTATS_RATE_ANALYZE_BURST", 5), "analyses a client may ask at once (QUIZSTATS_RATE_ANALYZE_BURST)")
	proxies := fs.String("trusted-proxies", envOr(getenv, "QUIZSTATS_TRUSTED_PROXIES", "127.0.0.0/8,::1/128"), "comma-separated networks whose X-Real-IP / X-Forwarded-For name the client (QUIZSTATS_TRUSTED_PROXIES)")
	level := fs.String("log-level", envOr(getenv, "QUIZSTATS_LOG_LEVEL", "info"), "log level: debug, info, warn, error (QUIZSTATS_LOG_LEVEL)")
	fs.StringVar(&cfg.ollamaURL, "ollama-url", envOr(getenv, "QUIZSTATS_OLLAMA_URL", "http://127.0.0.1:11434"), `local Ollama to offer when no model is configured; "off" to never look (QUIZSTATS_OLLAMA_URL)`)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, &exitError{code: 2, err: errQuiet}
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("serve takes no arguments, got %q", fs.Args())
	}
	cfg.modelSet = cfg.model != ""
	if cfg.model == "" {
		cfg.model = "gpt-4o-mini"
	}
	var err error
	if cfg.apiKey, err = secret(getenv, "OPENAI_API_KEY"); err != nil {
		return nil, err
	}
	if cfg.token, err = secret(getenv, "QUIZSTATS_TOKEN"); err != nil {
		return nil, err
	}
	if cfg.redisURL == "" {
		// The URL may carry the password: it can come from a file too.
		if cfg.redisURL, err = secret(getenv, "REDIS_URL"); err != nil {
			return nil, err
		}
	}
	if err := cfg.logLevel.UnmarshalText([]byte(*level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", *level)
	}
	cfg.limits = ratelimit.Limits{
		server.ClassAPI:     {Rate: *apiRate, Burst: *apiBurst},
		server.ClassAnalyze: {Rate: *analyzeRate, Burst: *analyzeBurst},
	}
	for _, p := range strings.Split(*proxies, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		prefix, err := netip.ParsePrefix(p)
		if err != nil {
			return nil, fmt.Errorf("--trusted-proxies: %q is not a network such as 10.0.0.0/8: %v", p, err)
		}
		cfg.trustedProxies = append(cfg.trustedProxies, prefix)
	}
	return cfg, cfg.validate()
}

func (c *serveConfig) validate() error {
	host, _, err := net.SplitHostPort(c.addr)
	if err != nil {
		return fmt.Errorf("--addr %q: want host:port, such as 127.0.0.1:8080", c.addr)
	}
	if !loopback(host) && c.token == "" {
		return fmt.Errorf("--addr %s listens beyond this machine, and no QUIZSTATS_TOKEN is set: anyone who can reach it could use your model and read your history; set QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE), or listen on 127.0.0.1", c.addr)
	}
	if c.debugAddr != "" {
		if host, _, err := net.SplitHostPort(c.debugAddr); err != nil || !loopback(host) {
			return fmt.Errorf("--debug-addr %q: profiles are served on a loopback address only, such as 127.0.0.1:6060", c.debugAddr)
		}
	}
	for class, l := range c.limits {
		if l.Rate < 0 || (l.Rate > 0 && l.Burst < 1) {
			return fmt.Errorf("the %s rate limit needs a rate of 0 (off) or more, and a burst of at least 1", class)
		}
	}
	if c.modelTimeout <= 0 || c.cacheTTL <= 0 || c.pingEvery <= 0 || c.breakerCooldown <= 0 || c.eventQueue <= 0 {
		return errors.New("--model-timeout, --cache-ttl, --ping-every, --breaker-cooldown and --event-queue must be positive")
	}
	if c.baseURL != "" && !strings.HasPrefix(c.baseURL, "http://") && !strings.HasPrefix(c.baseURL, "https://") {
		return fmt.Errorf("OPENAI_BASE_URL %q: want an http:// or https:// URL, such as http://127.0.0.1:11434/v1", c.baseURL)
	}
	return nil
}

// loopback reports whether host is only reachable from this machine.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseServe(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.logLevel}))

	reg := prometheus.NewRegistry()
	m := metrics.New(reg, buildVersion())

	st, err := openStore(cfg, logger, m)
	if err != nil {
		return err
	}
	defer st.Close()

	h := hub.New(st.log, cfg.eventQueue, m)
	hubCtx, stopHub := context.WithCancel(context.Background())
	defer stopHub()
	go h.Run(hubCtx)

	client := modelClient(ctx, cfg, logger, m)
	var model analyze.Model
	if client != nil {
		model = client
	}
	svc := analyze.New(analyze.Config{
		Model:     model,
		Store:     st,
		Publisher: h,
		Locker:    st.locker,
		Observer:  m,
		Logger:    logger,
		Timeout:   cfg.modelTimeout,
		CacheTTL:  cfg.cacheTTL,
	})

	checks := []server.Check{
		st.check,
		{Name: "store_writes", Fn: svc.WriteCheck, Degrades: st.check.Degrades},
		{Name: "model", Fn: func(context.Context) error {
			if client == nil {
				return errors.New(analyze.NoModelMessage)
			}
			return nil
		}},
	}
	if client != nil {
		m.WatchBreaker(reg, client.BreakerState)
		// An open breaker is the shared model failing: every replica sees
		// it at once, and taking them all out of service would take the
		// history and the displays down with the model.
		checks = append(checks, server.Check{Name: "model_breaker", Degrades: true, Fn: func(context.Context) error {
			st := client.BreakerStatus()
			if st.State != llm.StateOpen {
				return nil
			}
			// The dashboard shows this message as it is: the reason and
			// when calls resume, in seconds and as a time.
			msg := fmt.Sprintf("the model has been failing; calls are paused (circuit breaker open) until %s (in %d s)",
				st.RetryAt.UTC().Format(time.RFC3339), int(math.Ceil(time.Until(st.RetryAt).Seconds())))
			if st.LastError != "" {
				msg += "; last error: " + st.LastError
			}
			return errors.New(msg)
		}})
	}
	var gatherer prometheus.Gatherer = reg
	if cfg.metricsAddr != "" {
		gatherer = nil // on its own listener, below
	}
	srv := server.New(server.Config{
		Analyzer:       svc,
		History:        st,
		Events:         h,
		Checks:         checks,
		Logger:         logger,
		Observer:       m,
		Gatherer:       gatherer,
		Token:          cfg.token,
		PingEvery:      cfg.pingEvery,
		Limiter:        st.limiter,
		TrustedProxies: cfg.trustedProxies,
		Web:            web.Handler(),
	})

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		svc.Close(ctx)
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	httpSrv := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- httpSrv.Serve(ln) }()
	if cfg.metricsAddr != "" {
		ms, err := serveMetrics(cfg.metricsAddr, reg)
		if err != nil {
			httpSrv.Close()
			svc.Close(ctx)
			return err
		}
		defer ms.Close()
		logger.Info("serving metrics", "addr", cfg.metricsAddr)
	}
	if cfg.debugAddr != "" {
		dbg, err := serveDebug(cfg.debugAddr)
		if err != nil {
			httpSrv.Close()
			svc.Close(ctx)
			return err
		}
		defer dbg.Close()
		logger.Info("serving profiles", "addr", cfg.debugAddr)
	}
	logger.Info("listening", "addr", ln.Addr().String(), "url", "http://"+ln.Addr().String(), "model", svc.ModelName(),
		"data", cfg.dataDir, "token", cfg.token != "", "version", buildVersion(), "go", runtime.Version())

	select {
	case err := <-serveErr:
		svc.Close(context.Background())
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}

	// Shut down in the reverse order of starting: displays are told to
	// reconnect elsewhere, requests in flight finish (bounded), the model
	// calls they wait on finish, then the store closes (deferred).
	logger.Info("shutting down", "timeout", cfg.shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	srv.CloseEvents(sctx)
	if err := httpSrv.Shutdown(sctx); err != nil {
		logger.Warn("requests still running at the shutdown deadline", "err", err)
	}
	if err := svc.Close(sctx); err != nil {
		logger.Warn("flush counters", "err", err)
	}
	logger.Info("stopped")
	return nil
}

// appStore is everything serve keeps, whichever store keeps it.
type appStore interface {
	analyze.Store
	server.History
	hub.Log
	Close() error
}

// openedStore is the configured store with what comes with it.
type openedStore struct {
	appStore
	// log is the store itself, not the interface: the hub looks for the
	// methods of a shared log (hub.Feed) on it.
	log     hub.Log
	check   server.Check
	locker  analyze.Locker
	limiter server.Limiter
}

// openStore opens Redis when one is configured, else the embedded bbolt
// file. It is the one place that knows both exist.
func openStore(cfg *serveConfig, logger *slog.Logger, m *metrics.Metrics) (*openedStore, error) {
	if cfg.redisURL == "" {
		b, err := store.OpenBolt(filepath.Join(cfg.dataDir, "quizstats.db"), store.BoltOptions{Logger: logger})
		if err != nil {
			return nil, err
		}
		m.StoreReachable(true)
		return &openedStore{
			appStore: b,
			log:      b,
			check:    server.Check{Name: "store", Fn: b.Ping},
			limiter:  ratelimit.NewMemory(cfg.limits),
		}, nil
	}
	r, err := store.OpenRedis(cfg.redisURL, store.RedisOptions{Prefix: cfg.redisPrefix, Logger: logger, OnChange: m.StoreReachable})
	if err != nil {
		return nil, err
	}
	m.StoreReachable(r.Up())
	return &openedStore{
		appStore: r,
		log:      r,
		check:    server.Check{Name: "redis", Fn: r.Ping, Degrades: true},
		locker:   r,
		limiter:  ratelimit.NewRedis(r.Client(), cfg.redisPrefix, cfg.limits, r.Up),
	}, nil
}

// serveMetrics serves /metrics on a listener of its own: Prometheus can be
// let in there (in Kubernetes, a port of its own in the network policy)
// while the API port stays behind its token.
func serveMetrics(addr string, g prometheus.Gatherer) (*http.Server, error) {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError}))
	return serveSide("--metrics-addr", addr, mux)
}

// serveDebug serves net/http/pprof on its own listener, apart from the API
// (and its token): it is for the operator on the machine itself.
func serveDebug(addr string) (*http.Server, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return serveSide("--debug-addr", addr, mux)
}

// serveSide serves h on a listener of its own, bound before it returns so
// that a taken port fails at once.
func serveSide(flagName, addr string, h http.Handler) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s %s: %w", flagName, addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return srv, nil
}

// modelClient builds the model client from the configuration, or returns
// nil when no model is configured (and no local Ollama answers).
func modelClient(ctx context.Context, cfg *serveConfig, logger *slog.Logger, obs llm.Observer) *llm.Client {
	if cfg.apiKey == "" && cfg.baseURL == "" {
		ollama, model := findOllama(ctx, cfg.ollamaURL)
		if ollama == "" {
			logger.Warn("no model configured; analysis answers 503 until one is", "how", analyze.NoModelMessage)
			return nil
		}
		cfg.baseURL = ollama
		if !cfg.modelSet && model != "" {
			cfg.model = model
		}
		logger.Info("using the local Ollama server", "base_url", cfg.baseURL, "model", cfg.model)
	}
	return llm.New(llm.Config{
		BaseURL:         cfg.baseURL,
		APIKey:          cfg.apiKey,
		Model:           cfg.model,
		Logger:          logger,
		Observer:        obs,
		BreakerCooldown: cfg.breakerCooldown,
	})
}

// findOllama looks for an Ollama server at base (its native API) and
// returns its OpenAI-compatible URL and first model, or "" when none
// answers quickly.
func findOllama(ctx context.Context, base string) (string, string) {
	if base == "" || base == "off" {
		return "", ""
	}
	ctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	base = strings.TrimSuffix(base, "/")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/tags", nil)
	if err != nil {
		return "", ""
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", ""
	}
	defer resp.Body.Close()
	var tags struct {
		Models []struct {
			Name string `json:"name"`
		} `json:"models"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&tags) != nil {
		return "", ""
	}
	model := ""
	if len(tags.Models) > 0 {
		model = tags.Models[0].Name
	}
	return base + "/v1", model
}

// envOr returns the environment variable, or def when it is unset.
func envOr(getenv func(string) string, name, def string) string {
	if v := getenv(name); v != "" {
		return v
	}
	return def
}

func envFloat(getenv func(string) string, name string, def float64) float64 {
	if v := getenv(name); v != "" {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
	}
	return def
}

func envInt(getenv func(string) string, name string, def int) int {
	if v := getenv(name); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func envDuration(getenv func(string) string, name string, def time.Duration) time.Duration {
	if v := getenv(name); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return def
}

// secret reads NAME, or the file named by NAME_FILE (as Docker and
// Kubernetes secrets are mounted).
func secret(getenv func(string) string, name string) (string, error) {
	if v := getenv(name); v != "" {
		return strings.TrimSpace(v), nil
	}
	path := getenv(name + "_FILE")
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s_FILE: %w", name, err)
	}
	return strings.TrimSpace(string(b)), nil
}

// defaultDataDir is where the store lives when --data is not given: the
// platform's per-user data directory.
func defaultDataDir(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "quizstats")
	}
	home := getenv("HOME")
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "quizstats")
		}
	case "darwin":
		if home != "" {
			return filepath.Join(home, "Library", "Application Support", "quizstats")
		}
	}
	if home == "" {
		return "quizstats-data"
	}
	return filepath.Join(home, ".local", "share", "quizstats")
}
