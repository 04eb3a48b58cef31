package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Rate limit classes: analyze calls cost a model call each, so they have a
// limit of their own.
const (
	ClassAPI     = "api"
	ClassAnalyze = "analyze"
)

// limit refuses a request with 429 when its client has used up its bucket
// in class. The client is its token when it sends one, else its address.
func (s *Server) limit(class string, next http.Handler) http.Handler {
	if s.cfg.Limiter == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.allow(r, class); err != nil {
			s.error(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// allow takes one request of class from the client's bucket, or returns
// the 429 error that says when to come back.
func (s *Server) allow(r *http.Request, class string) error {
	if s.cfg.Limiter == nil {
		return nil
	}
	ok, wait := s.cfg.Limiter.Allow(r.Context(), class, s.clientKey(r))
	if ok {
		return nil
	}
	s.cfg.Observer.RateLimited(class)
	secs := max(1, int((wait+time.Second-1)/time.Second))
	return &quiz.Error{
		Code:              quiz.ECodeRateLimited,
		Message:           "too many requests; try again in " + strconv.Itoa(secs) + " s",
		RetryAfterSeconds: secs,
	}
}

// clientKey identifies the client for rate limiting.
func (s *Server) clientKey(r *http.Request) string {
	if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && tok != "" {
		sum := sha256.Sum256([]byte(tok))
		return "token:" + hex.EncodeToString(sum[:8])
	}
	return "ip:" + s.clientIP(r)
}

// clientIP is the address of the client: the peer's, or, when the peer is a
// trusted proxy (nginx), the one the proxy reports in X-Real-IP or as the
// last X-Forwarded-For hop. Anyone else could write those headers.
func (s *Server) clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !s.trusted(peer.Unmap()) {
		return host
	}
	if ip := strings.TrimSpace(r.Header.Get("X-Real-Ip")); ip != "" {
		if a, err := netip.ParseAddr(ip); err == nil {
			return a.Unmap().String()
		}
	}
	if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
		hops := strings.Split(xff, ",")
		if a, err := netip.ParseAddr(strings.TrimSpace(hops[len(hops)-1])); err == nil {
			return a.Unmap().String()
		}
	}
	return host
}

func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}
