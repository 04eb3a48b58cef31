package server

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
)

// viewKey is the read-only key of a token: what a presenter view puts in
// the QR code it shows a room, so that phones can follow the view without
// the token itself ever being on screen. It opens the event stream and the
// history (GET only) and nothing else: no analysis, no deletion, no stats,
// metrics or model. It is derived, not stored: a new token makes a new
// key, and the old key stops working with the old token.
func viewKey(token string) string {
	m := hmac.New(sha256.New, []byte(token))
	m.Write([]byte("quizstats read-only view key v1"))
	return "view-" + hex.EncodeToString(m.Sum(nil)[:16])
}

// tokens lists the configured tokens (comma-separated, during a rotation).
func tokens(cfg string) []string {
	var out []string
	for _, tok := range strings.Split(cfg, ",") {
		if tok = strings.TrimSpace(tok); tok != "" {
			out = append(out, tok)
		}
	}
	return out
}

// handleViewKey gives the holder of a token that token's view key. Behind
// requireToken, so a view key cannot ask for one; with no token configured
// there is nothing to keep off a screen and the key is empty.
func (s *Server) handleViewKey() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := ""
		if got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && s.cfg.Token != "" {
			key = viewKey(got)
		}
		w.Header().Set("Cache-Control", "no-store")
		s.encode(w, r, http.StatusOK, map[string]string{"key": key})
	})
}
