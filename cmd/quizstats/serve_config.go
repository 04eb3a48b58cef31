package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/ratelimit"
	"github.com/quizstats/quizstats/internal/server"
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
	modelCheckEvery time.Duration
	models          []string
	// modelURLs are the base URLs of the --models that are served
	// elsewhere than --base-url.
	modelURLs     map[string]string
	eventQueue    int
	debugAddr     string
	metricsAddr   string
	redisURL      string
	redisPrefix   string
	redisPassword string
	// With Redis replicas: how long a write waits for one; with
	// Sentinels: how long operations wait for a new primary.
	redisReplicaWait, redisFailoverWait time.Duration
	limits                              ratelimit.Limits
	// retain and maxStoreSize bound the history (0: no bound).
	retain         retainFlag
	maxStoreSize   sizeFlag
	trustedProxies []netip.Prefix
	allowedHosts   []string
	modelSet       bool
}

func parseServe(args []string, getenv func(string) string, stderr io.Writer) (*serveConfig, error) {
	cfg := &serveConfig{}
	fs := newCommandFlags("quizstats serve", getenv, stderr, `Usage: quizstats serve [flags]

Runs the quizstats server: the analysis API, the live event stream and the
dashboard. Every flag defaults to the environment variable named with it.

Model: OPENAI_API_KEY (or OPENAI_API_KEY_FILE) for OpenAI; OPENAI_BASE_URL for
any OpenAI-compatible server (Ollama: http://127.0.0.1:11434/v1). With neither,
a local Ollama is used if one answers; otherwise analysis is refused (503)
while everything else works.

Flags:
`)
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on (QUIZSTATS_ADDR)")
	fs.StringVar(&cfg.dataDir, "data", defaultDataDir(getenv), "directory of the embedded store (QUIZSTATS_DATA)")
	fs.StringVar(&cfg.model, "model", "", "model name (QUIZSTATS_MODEL; default gpt-4o-mini, or the first local Ollama model)")
	fs.StringVar(&cfg.baseURL, "base-url", "", "OpenAI-compatible API base URL (OPENAI_BASE_URL)")
	fs.DurationVar(&cfg.modelTimeout, "model-timeout", 30*time.Second, "time budget of one analysis, retries included (QUIZSTATS_MODEL_TIMEOUT)")
	fs.DurationVar(&cfg.cacheTTL, "cache-ttl", 24*time.Hour, "how long answers are cached (QUIZSTATS_CACHE_TTL)")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", 25*time.Second, "how long in-flight analyses may finish on shutdown (QUIZSTATS_SHUTDOWN_TIMEOUT)")
	fs.DurationVar(&cfg.pingEvery, "ping-every", 30*time.Second, "ping interval of event streams (QUIZSTATS_PING_EVERY)")
	fs.DurationVar(&cfg.breakerCooldown, "breaker-cooldown", 30*time.Second, "how long model calls pause after repeated failures (QUIZSTATS_BREAKER_COOLDOWN)")
	fs.IntVar(&cfg.eventQueue, "event-queue", hub.DefaultQueue, "events a display may fall behind before it is disconnected (QUIZSTATS_EVENT_QUEUE)")
	fs.StringVar(&cfg.metricsAddr, "metrics-addr", "", "if set, serve /metrics on this address only, apart from the API and its token (QUIZSTATS_METRICS_ADDR)")
	fs.StringVar(&cfg.debugAddr, "debug-addr", "", "if set, serve Go's pprof profiles on this (loopback) address (QUIZSTATS_DEBUG_ADDR)")
	fs.StringVar(&cfg.redisURL, "redis", "", "Redis URL (redis://[:password@]host:port/db), or Sentinels (redis://[user:password@]sentinel1:26379/0?master_name=mymaster&addr=sentinel2:26379); shared store for several replicas (REDIS_URL)")
	fs.DurationVar(&cfg.redisReplicaWait, "redis-replica-wait", time.Second, "with Redis replicas: how long a write waits for one to confirm it before the answer says it is not durably stored (QUIZSTATS_REDIS_REPLICA_WAIT)")
	fs.DurationVar(&cfg.redisFailoverWait, "redis-failover-wait", 10*time.Second, "with Sentinels: how long operations wait for a new primary before going on without Redis (QUIZSTATS_REDIS_FAILOVER_WAIT)")
	fs.StringVar(&cfg.redisPrefix, "redis-prefix", "quizstats:", "prefix of every Redis key (QUIZSTATS_REDIS_PREFIX)")
	apiRate := fs.Float64("rate-api", 5, "API requests per second per client; 0 for no limit (QUIZSTATS_RATE_API)")
	apiBurst := fs.Int("rate-api-burst", 20, "API requests a client may make at once (QUIZSTATS_RATE_API_BURST)")
	analyzeRate := fs.Float64("rate-analyze", 1, "analyses per second per client; 0 for no limit (QUIZSTATS_RATE_ANALYZE)")
	analyzeBurst := fs.Int("rate-analyze-burst", 5, "analyses a client may ask at once (QUIZSTATS_RATE_ANALYZE_BURST)")
	proxies := fs.String("trusted-proxies", "", "comma-separated networks of the proxies (nginx) whose X-Real-IP / X-Forwarded-For name the client; none by default (QUIZSTATS_TRUSTED_PROXIES)")
	hosts := fs.String("allowed-hosts", "", "comma-separated names (Host values) this server answers to, and whose pages may open the event stream; default: localhost, 127.0.0.1 and ::1 when listening on loopback, any otherwise (QUIZSTATS_ALLOWED_HOSTS)")
	fs.Var(&cfg.retain, "retain", "delete analyses older than this, such as 30d or 12h; 0 keeps them all (QUIZSTATS_RETAIN)")
	fs.Var(&cfg.maxStoreSize, "max-store-size", "delete the oldest analyses while the store is larger than this, such as 500MB (the bbolt file's data; Redis' used_memory); 0 for no bound (QUIZSTATS_MAX_STORE_SIZE)")
	fs.env("retain", "QUIZSTATS_RETAIN")
	fs.env("max-store-size", "QUIZSTATS_MAX_STORE_SIZE")
	fs.logLevel(&cfg.logLevel, slog.LevelInfo)
	fs.StringVar(&cfg.ollamaURL, "ollama-url", "http://127.0.0.1:11434", `local Ollama to offer when no model is configured; "off" to never look (QUIZSTATS_OLLAMA_URL)`)
	fs.env("addr", "QUIZSTATS_ADDR")
	fs.env("data", "QUIZSTATS_DATA")
	fs.env("model", "QUIZSTATS_MODEL")
	fs.env("base-url", "OPENAI_BASE_URL")
	fs.env("model-timeout", "QUIZSTATS_MODEL_TIMEOUT")
	fs.env("cache-ttl", "QUIZSTATS_CACHE_TTL")
	fs.env("shutdown-timeout", "QUIZSTATS_SHUTDOWN_TIMEOUT")
	fs.env("ping-every", "QUIZSTATS_PING_EVERY")
	fs.env("breaker-cooldown", "QUIZSTATS_BREAKER_COOLDOWN")
	fs.DurationVar(&cfg.modelCheckEvery, "model-check-every", 30*time.Second, "how often the model is checked again (in full while it fails; its model list while it works); 0 never checks it (QUIZSTATS_MODEL_CHECK_EVERY)")
	fs.env("model-check-every", "QUIZSTATS_MODEL_CHECK_EVERY")
	models := fs.String("models", "", "comma-separated models an analyze request may name (\"model\", or \"models\" for an audit), besides --model; name=URL for one on another OpenAI-compatible server; default: --model only (QUIZSTATS_MODELS)")
	fs.env("models", "QUIZSTATS_MODELS")
	fs.env("event-queue", "QUIZSTATS_EVENT_QUEUE")
	fs.env("metrics-addr", "QUIZSTATS_METRICS_ADDR")
	fs.env("debug-addr", "QUIZSTATS_DEBUG_ADDR")
	fs.env("redis", "REDIS_URL")
	fs.env("redis-prefix", "QUIZSTATS_REDIS_PREFIX")
	fs.env("redis-replica-wait", "QUIZSTATS_REDIS_REPLICA_WAIT")
	fs.env("redis-failover-wait", "QUIZSTATS_REDIS_FAILOVER_WAIT")
	fs.env("rate-api", "QUIZSTATS_RATE_API")
	fs.env("rate-api-burst", "QUIZSTATS_RATE_API_BURST")
	fs.env("rate-analyze", "QUIZSTATS_RATE_ANALYZE")
	fs.env("rate-analyze-burst", "QUIZSTATS_RATE_ANALYZE_BURST")
	fs.env("trusted-proxies", "QUIZSTATS_TRUSTED_PROXIES")
	fs.env("allowed-hosts", "QUIZSTATS_ALLOWED_HOSTS")
	fs.env("ollama-url", "QUIZSTATS_OLLAMA_URL")
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("serve takes no arguments, got %q", rest)
	}
	for _, m := range strings.Split(*models, ",") {
		m = strings.TrimSpace(m)
		name, url, hasURL := strings.Cut(m, "=")
		name, url = strings.TrimSpace(name), strings.TrimSpace(url)
		if hasURL {
			if name == "" || (!strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://")) {
				return nil, fmt.Errorf("--models: %q: want name=URL with an http:// or https:// URL, such as llama3.2=http://127.0.0.1:11434/v1", m)
			}
			if cfg.modelURLs == nil {
				cfg.modelURLs = map[string]string{}
			}
			if old, ok := cfg.modelURLs[name]; ok && old != url {
				return nil, fmt.Errorf("--models: %s is given two base URLs, %s and %s", name, old, url)
			}
			cfg.modelURLs[name] = url
		}
		if name != "" && !slices.Contains(cfg.models, name) {
			cfg.models = append(cfg.models, name)
		}
	}
	cfg.modelSet = cfg.model != ""
	if cfg.model == "" {
		cfg.model = "gpt-4o-mini"
	}
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
	// The data password; with Sentinels, the URL's is the Sentinels'.
	if cfg.redisPassword, err = secret(getenv, "REDIS_PASSWORD"); err != nil {
		return nil, err
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
	for _, h := range strings.Split(*hosts, ",") {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			cfg.allowedHosts = append(cfg.allowedHosts, strings.Trim(h, "[]"))
		}
	}
	if len(cfg.allowedHosts) == 0 {
		// A server on loopback is reached by loopback names only; any
		// other name is a page that rebinds its own name to this address.
		if host, _, err := net.SplitHostPort(cfg.addr); err == nil && loopback(host) {
			cfg.allowedHosts = append(slices.Clone(server.LoopbackHosts), host)
		}
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
	if !loopback(host) && len(shortestToken(c.token)) < minToken {
		return fmt.Errorf("--addr %s listens beyond this machine: QUIZSTATS_TOKEN must be at least %d characters (each, during a rotation), so that it cannot be guessed", c.addr, minToken)
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
	if c.modelCheckEvery < 0 {
		return errors.New("--model-check-every must be 0 (off) or positive")
	}
	if c.modelTimeout <= 0 || c.cacheTTL <= 0 || c.pingEvery <= 0 || c.breakerCooldown <= 0 || c.eventQueue <= 0 {
		return errors.New("--model-timeout, --cache-ttl, --ping-every, --breaker-cooldown and --event-queue must be positive")
	}
	if c.redisReplicaWait <= 0 || c.redisFailoverWait <= 0 {
		return fmt.Errorf("--redis-replica-wait (%v) and --redis-failover-wait (%v) must be positive", c.redisReplicaWait, c.redisFailoverWait)
	}
	if url, ok := c.modelURLs[c.model]; ok && url != c.baseURL {
		return fmt.Errorf("--models gives %s the base URL %s, but it is --model, served at --base-url (OPENAI_BASE_URL %q): give it no URL in --models, or set --base-url", c.model, url, c.baseURL)
	}
	if c.baseURL != "" && !strings.HasPrefix(c.baseURL, "http://") && !strings.HasPrefix(c.baseURL, "https://") {
		return fmt.Errorf("OPENAI_BASE_URL %q: want an http:// or https:// URL, such as http://127.0.0.1:11434/v1", c.baseURL)
	}
	return nil
}

// minToken is the shortest token accepted off loopback.
const minToken = 16

// shortestToken is the shortest of the comma-separated tokens.
func shortestToken(tokens string) string {
	shortest := ""
	for i, tok := range strings.Split(tokens, ",") {
		if tok = strings.TrimSpace(tok); i == 0 || len(tok) < len(shortest) {
			shortest = tok
		}
	}
	return shortest
}

// loopback reports whether host is only reachable from this machine.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
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
