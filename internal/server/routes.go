package server

import (
	"net/http"
	"strings"

	"github.com/quizstats/quizstats/internal/quiz"
)

// routes lists the whole API and returns its handler.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	// Every API route needs the token (when one is set), then passes the
	// rate limit of its class.
	api := func(h http.Handler) http.Handler { return s.requireToken(s.limit(ClassAPI, h)) }
	// The analyze handler takes its budget itself, once it knows the
	// request is valid.
	analyze := func(h http.Handler) http.Handler { return s.requireToken(h) }
	// What a presenter view reads also takes its read-only view key.
	view := func(h http.Handler) http.Handler { return s.allowViewKey(s.limit(ClassAPI, h)) }

	mux.Handle("POST /api/v1/analyze", analyze(s.handleAnalyze()))
	mux.Handle("POST /api/analyze", analyze(s.handleAnalyze())) // the seed's clients
	mux.Handle("GET /api/v1/analyses", view(s.handleAnalyses()))
	mux.Handle("GET /api/v1/analyses/{id}", view(s.handleAnalysis()))
	if s.cfg.Deleter != nil {
		mux.Handle("DELETE /api/v1/analyses/{id}", api(s.handleDelete(s.cfg.Deleter)))
		mux.Handle("DELETE /api/v1/analyses", api(s.handleDeleteBefore(s.cfg.Deleter)))
	}
	mux.Handle("GET /api/v1/analyses/{id}/export", api(s.handleExport(s.cfg.History)))
	mux.Handle("GET /api/v1/stats", api(s.handleStats()))
	if s.cfg.ModelStatus != nil {
		// A fresh check costs model calls: it is limited as analyses are.
		mux.Handle("GET /api/v1/model", analyze(s.handleModel(s.cfg.ModelStatus)))
	}
	mux.Handle("GET /api/v1/events", view(s.handleEvents()))
	mux.Handle("GET /api/v1/view-key", api(s.handleViewKey()))

	mux.Handle("GET /health", s.handleHealth())
	mux.Handle("GET /ready", s.handleReady())
	if s.cfg.Gatherer != nil {
		// Behind the token: the metrics name models and rates. Without a
		// token, or for a Prometheus that has none, --metrics-addr serves
		// them on an address of their own.
		mux.Handle("GET /metrics", s.requireToken(s.handleMetrics()))
	}
	if s.cfg.Web != nil {
		mux.Handle("GET /", s.cfg.Web)
	} else {
		mux.Handle("GET /{$}", s.handleIndex())
	}
	return s.jsonFallback(mux)
}

// jsonFallback answers unknown API paths and wrong methods with the API's
// JSON errors instead of the mux's plain text.
func (s *Server) jsonFallback(mux *http.ServeMux) http.Handler {
	methods := []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The dashboard's catch-all "GET /" matches every path; an API
		// path it catches is still an unknown API path.
		if _, pattern := mux.Handler(r); (pattern != "" && pattern != "GET /") || !strings.HasPrefix(r.URL.Path, "/api/") {
			mux.ServeHTTP(w, r)
			return
		}
		var allow []string
		for _, m := range methods {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, p := mux.Handler(probe); p != "" && p != "GET /" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			s.error(w, r, quiz.Errorf(codeMethodNotAllowed, "%s is not allowed on %s; use %s", r.Method, r.URL.Path, strings.Join(allow, " or ")))
			return
		}
		s.error(w, r, quiz.Errorf(quiz.ECodeNotFound, "no API endpoint at %s", r.URL.Path))
	})
}
