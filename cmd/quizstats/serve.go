package main

import (
	"bytes"
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
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/metrics"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/server"
	"github.com/quizstats/quizstats/web"
)

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

	var hubOpts []hub.Option
	if st.feed != nil {
		hubOpts = append(hubOpts, hub.WithFeed(st.feed))
	}
	h := hub.New(st, cfg.eventQueue, m, hubOpts...)
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
		Others:    otherModels(cfg, client, logger, m),
		Store:     st,
		Publisher: h,
		Locker:    st.locker,
		Observer:  m,
		Logger:    logger,
		Timeout:   cfg.modelTimeout,
		CacheTTL:  cfg.cacheTTL,
	})
	if st.feed != nil {
		// A deletion through another replica must reach this one's
		// recent analyses too, or it could answer from one deleted there.
		go forgetDeleted(hubCtx, h, svc)
	}

	var mon *llm.Monitor
	if client != nil {
		mon = llm.NewMonitor(llm.Config{BaseURL: cfg.baseURL, APIKey: cfg.apiKey, Model: cfg.model}, client, cfg.modelCheckEvery, logger)
		// The first check runs beside the start: the server listens at
		// once, and says "unverified" until the check is done.
		go mon.Run(hubCtx)
	}
	modelCheck, modelStatus := modelChecks(cfg, mon)
	checks := []server.Check{
		st.check,
		{Name: "store_writes", Fn: svc.WriteCheck, Degrades: st.check.Degrades},
		modelCheck,
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
		Deleter:        svc,
		Events:         h,
		Checks:         checks,
		ModelStatus:    modelStatus,
		Logger:         logger,
		Observer:       m,
		Gatherer:       gatherer,
		Token:          cfg.token,
		PingEvery:      cfg.pingEvery,
		Limiter:        st.limiter,
		TrustedProxies: cfg.trustedProxies,
		AllowedHosts:   cfg.allowedHosts,
		Web:            web.Handler(),
	})

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		svc.Close(ctx)
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	if max, reserve := connectionLimits(fileLimit()); max > 0 {
		ln = server.LimitConnections(ln, max, reserve)
	}
	httpSrv := &http.Server{
		Handler:           srv,
		ConnContext:       server.ConnContext,
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

// forgetDeleted follows the event stream and hands each analysis.deleted
// event, from whichever replica, to svc.
func forgetDeleted(ctx context.Context, h *hub.Hub, svc *analyze.Service) {
	deleted := []byte(`"type":"` + quiz.EventDeleted + `"`)
	for ctx.Err() == nil {
		_ = h.Follow(ctx, nil, func(_ context.Context, e quiz.EncodedEvent) error {
			// The type is at the start ({"seq":N,"type":...}): the other
			// events are not decoded.
			if !bytes.Contains(e.JSON[:min(len(e.JSON), 64)], deleted) {
				return nil
			}
			var ev quiz.Event
			if json.Unmarshal(e.JSON, &ev) == nil {
				svc.Forget(ev)
			}
			return nil
		})
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}
