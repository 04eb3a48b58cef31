package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

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

// connectionLimits splits the limit of open files: a margin for what is not
// a client (the store, Redis' pool, model calls, listeners, logs), then the
// clients, of which the last few are kept for /health and /ready. Zero
// means no limit.
func connectionLimits(files int) (conns, reserve int) {
	if files <= 0 {
		return 0, 0
	}
	conns = files - min(256, files/4)
	return conns, max(8, min(64, conns/16))
}
