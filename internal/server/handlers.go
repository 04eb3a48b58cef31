package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/quizstats/quizstats/internal/export"
	"github.com/quizstats/quizstats/internal/quiz"
)

func (s *Server) handleAnalyze() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The analyze budget is for model calls: a request that breaks a
		// rule (400, 413, 415) is refused before it spends any of it, and
		// spends the general API budget instead, so a script sending bad
		// quizzes in a loop is still held back.
		var req quiz.Request
		release, err := s.bodies.acquire(r.Context())
		if err != nil {
			s.error(w, r, err)
			return
		}
		// A body that drips in is cut off: the deadline covers its reading.
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(BodyTimeout))
		buf := s.bufs.Get()
		err = decodeRequest(w, r, buf, &req)
		s.bufs.Put(buf)
		release()
		// Lifted once the body is in: an expired deadline would end the
		// request (its context) while the model answers.
		_ = rc.SetReadDeadline(time.Time{})
		if err == nil {
			err = req.Normalize()
		}
		if err != nil {
			if lerr := s.allow(r, ClassAPI); lerr != nil {
				err = lerr
			}
			s.error(w, r, err)
			return
		}
		if err := s.allow(r, ClassAnalyze); err != nil {
			s.error(w, r, err)
			return
		}
		a, err := s.cfg.Analyzer.Analyze(r.Context(), &req)
		if err != nil {
			s.error(w, r, err)
			return
		}
		s.encode(w, r, http.StatusOK, a.Result())
	})
}

const (
	defaultPage = 20
	maxPage     = 100
)

func (s *Server) handleAnalyses() http.Handler {
	type response struct {
		Analyses []quiz.Summary `json:"analyses"`
		// Next is the cursor for the following page (?before=), empty at
		// the end.
		Next string `json:"next,omitempty"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		limit := defaultPage
		if v := q.Get("limit"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > maxPage {
				s.error(w, r, quiz.Invalid("limit", "must be a number from 1 to %d, got %q", maxPage, v))
				return
			}
			limit = n
		}
		before := q.Get("before")
		if before != "" && !quiz.ValidID(before) {
			s.error(w, r, quiz.Invalid("before", "%q is not an analysis ID", before))
			return
		}
		list, err := s.cfg.History.Analyses(r.Context(), before, limit)
		if err != nil {
			s.error(w, r, err)
			return
		}
		resp := response{Analyses: list}
		if len(list) == limit {
			resp.Next = list[len(list)-1].ID
		}
		s.encode(w, r, http.StatusOK, resp)
	})
}

func (s *Server) handleAnalysis() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if !quiz.ValidID(id) {
			s.error(w, r, quiz.Errorf(quiz.ECodeNotFound, "no analysis %q", id))
			return
		}
		a, err := s.cfg.History.Analysis(r.Context(), id)
		if errors.Is(err, quiz.ErrNotFound) {
			s.error(w, r, quiz.Errorf(quiz.ECodeNotFound, "no analysis %s", id))
			return
		}
		if err != nil {
			s.error(w, r, err)
			return
		}
		s.encode(w, r, http.StatusOK, a)
	})
}

// handleExport answers one analysis as rows, one per question × model:
// ?format=csv (the default, for a spreadsheet) or json.
func (s *Server) handleExport(h History) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		format := r.URL.Query().Get("format")
		if format == "" {
			format = "csv"
		}
		if !slices.Contains(export.Formats, format) {
			s.error(w, r, quiz.Invalid("format", "%q is not an export format; use csv or json", format))
			return
		}
		id := r.PathValue("id")
		if !quiz.ValidID(id) {
			s.error(w, r, quiz.Errorf(quiz.ECodeNotFound, "no analysis %q", id))
			return
		}
		a, err := h.Analysis(r.Context(), id)
		if errors.Is(err, quiz.ErrNotFound) {
			s.error(w, r, quiz.Errorf(quiz.ECodeNotFound, "no analysis %s", id))
			return
		}
		if err != nil {
			s.error(w, r, err)
			return
		}
		var buf bytes.Buffer
		if err := export.Write(&buf, format, export.Rows(a)); err != nil {
			s.error(w, r, err)
			return
		}
		w.Header().Set("Content-Type", export.ContentType(format))
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="quizstats-%s.%s"`, id, format))
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Write(buf.Bytes())
	})
}

func (s *Server) handleStats() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st, err := s.cfg.Analyzer.Stats(r.Context())
		if err != nil {
			s.error(w, r, err)
			return
		}
		s.encode(w, r, http.StatusOK, st)
	})
}

func (s *Server) handleHealth() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.encode(w, r, http.StatusOK, map[string]string{"status": "ok"})
	})
}

// handleReady runs every check at once and says which failed: 503 when
// one the server cannot work without fails, "degraded" (still 200) when
// only a dependency it can work without does.
func (s *Server) handleReady() http.Handler {
	type response struct {
		Status string            `json:"status"`
		Checks map[string]string `json:"checks"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		resp := response{Status: "ready", Checks: map[string]string{}}
		var mu sync.Mutex
		var wg sync.WaitGroup
		failed, degraded := false, false
		for _, c := range s.cfg.Checks {
			wg.Go(func() {
				result := "ok"
				var err error
				if c.Report != nil {
					result, err = c.Report(ctx)
				} else {
					err = c.Fn(ctx)
				}
				if err != nil {
					result = err.Error()
				}
				mu.Lock()
				defer mu.Unlock()
				resp.Checks[c.Name] = result
				switch {
				case err != nil && c.Degrades:
					degraded = true
				case err != nil:
					failed = true
				}
			})
		}
		wg.Wait()
		status := http.StatusOK
		switch {
		case failed:
			resp.Status, status = "not ready", http.StatusServiceUnavailable
		case degraded:
			resp.Status = "degraded"
		}
		s.encode(w, r, status, resp)
	})
}

// handleModel answers the model checks, as quizstats doctor prints them:
// the latest, or with ?fresh=1 a new run.
func (s *Server) handleModel(status func(ctx context.Context, fresh bool) any) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fresh := false
		switch v := r.URL.Query().Get("fresh"); v {
		case "", "0", "false":
		case "1", "true":
			fresh = true
		default:
			s.error(w, r, quiz.Invalid("fresh", "must be 1 or 0, got %q", v))
			return
		}
		s.encode(w, r, http.StatusOK, status(r.Context(), fresh))
	})
}

func (s *Server) handleMetrics() http.Handler {
	return promhttp.HandlerFor(s.cfg.Gatherer, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

func (s *Server) handleIndex() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.encode(w, r, http.StatusOK, map[string]string{
			"service": "quizstats",
			"api":     "/api/v1",
			"events":  "/api/v1/events",
		})
	})
}
