package server

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

type ctxKey int

const requestIDKey ctxKey = iota

// requestID returns the request's ID, or "".
func requestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

// logFor returns the logger for a request, carrying its ID.
func (s *Server) logFor(r *http.Request) *slog.Logger {
	return s.logger.With("request_id", requestID(r.Context()))
}

// validRequestID accepts IDs that are safe to log and echo: short, and
// made of characters no log parser or header can trip on.
func validRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, c := range id {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.ContainsRune("-_.:", c):
		default:
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// observe gives each request an ID (X-Request-Id, taken from the client or
// nginx when sent), logs it as one JSON line, counts it in the metrics and
// turns a panic into a 500.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if !validRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-Id", id)
		r = r.WithContext(context.WithValue(r.Context(), requestIDKey, id))
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}

		s.cfg.Observer.InFlight(1)
		defer func() {
			s.cfg.Observer.InFlight(-1)
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.logger.Error("panic serving request", "request_id", id, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if !rec.wroteHeader {
					s.error(rec, r, errors.New("panic"))
				}
			}
			route := r.Pattern
			if route == "" {
				route = "unmatched"
			}
			elapsed := time.Since(start)
			s.cfg.Observer.Request(route, r.Method, rec.status, elapsed.Seconds())
			level := slog.LevelInfo
			switch {
			case rec.status == http.StatusInternalServerError:
				level = slog.LevelError
			case rec.status >= 500:
				level = slog.LevelWarn // no model, model down: worth seeing, not a bug
			}
			s.logger.LogAttrs(r.Context(), level, "request",
				slog.String("request_id", id),
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.String("route", route),
				slog.Int("status", rec.status),
				slog.Float64("duration_ms", float64(elapsed.Microseconds())/1000),
				slog.Int64("bytes", rec.bytes),
				slog.String("remote", r.RemoteAddr),
			)
		}()
		next.ServeHTTP(rec, r)
	})
}

// recorder remembers the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status      int
	bytes       int64
	wroteHeader bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status = code
		r.wroteHeader = true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Hijack lets the event stream take over the connection.
func (r *recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	hj, ok := r.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("the connection cannot be taken over")
	}
	r.status = http.StatusSwitchingProtocols
	r.wroteHeader = true
	return hj.Hijack()
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// requireToken lets a request through only with a configured token, as
// "Authorization: Bearer <token>" or, for the event stream only (browsers
// cannot set headers on a WebSocket), "?access_token=<token>". Several
// tokens may be configured, comma-separated, so that a new one can be
// rolled out before the old one is withdrawn.
func (s *Server) requireToken(next http.Handler) http.Handler { return s.guard(next, false) }

// allowViewKey is requireToken for the read-only routes a presenter view
// uses, which also take the view key derived from a token (viewKey): the
// key a room's screen may show, since it reads and does nothing else.
func (s *Server) allowViewKey(next http.Handler) http.Handler { return s.guard(next, true) }

func (s *Server) guard(next http.Handler, view bool) http.Handler {
	if s.cfg.Token == "" {
		return next
	}
	var wants [][sha256.Size]byte
	for _, tok := range tokens(s.cfg.Token) {
		wants = append(wants, sha256.Sum256([]byte(tok)))
		if view {
			wants = append(wants, sha256.Sum256([]byte(viewKey(tok))))
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := "ip:" + s.clientIP(r)
		if s.auth.blocked(client) {
			s.cfg.Observer.RateLimited("auth")
			s.error(w, r, &quiz.Error{Code: quiz.ECodeRateLimited, Message: "too many wrong tokens; try again in a few seconds", RetryAfterSeconds: 5})
			return
		}
		got, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !found && r.URL.Path == "/api/v1/events" {
			got = r.URL.Query().Get("access_token")
		}
		// Hashes have equal lengths, so the comparison time says nothing
		// about the token, not even its length.
		sum := sha256.Sum256([]byte(got))
		match := 0
		for _, want := range wants {
			match |= subtle.ConstantTimeCompare(sum[:], want[:])
		}
		if got == "" || match != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="quizstats"`)
			msg := "this server needs a token: send Authorization: Bearer <QUIZSTATS_TOKEN>"
			if got != "" {
				msg = "the token is wrong"
				s.auth.failed(client, time.Now())
			}
			s.error(w, r, &quiz.Error{Code: quiz.ECodeUnauthorized, Message: msg})
			return
		}
		next.ServeHTTP(w, r)
	})
}
