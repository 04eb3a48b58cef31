package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A token's view key opens what a presenter view reads (the event stream,
// the history) and nothing else; the token opens all of it; a view key
// cannot get another view key, and one of a token no longer configured
// opens nothing.
func TestViewKeyIsReadOnly(t *testing.T) {
	s := New(Config{Token: "old-token-0123456789, new-token-0123456789"})
	get := func(method, path, bearer string) int {
		r := httptest.NewRequest(method, path, strings.NewReader("{}"))
		if bearer != "" {
			r.Header.Set("Authorization", "Bearer "+bearer)
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w.Code
	}
	r := httptest.NewRequest("GET", "/api/v1/view-key", nil)
	r.Header.Set("Authorization", "Bearer new-token-0123456789")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	var body struct{ Key string }
	if err := json.Unmarshal(w.Body.Bytes(), &body); w.Code != 200 || err != nil {
		t.Fatalf("view-key with the token: %d %s", w.Code, w.Body)
	}
	key := body.Key
	if key != viewKey("new-token-0123456789") || strings.Contains(key, "new-token") {
		t.Fatalf("view key %q: want the key derived from the token used, not the token", key)
	}
	if w.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("the view key may be cached: Cache-Control %q", w.Header().Get("Cache-Control"))
	}
	// What lies behind the check (a store, a model) is not configured
	// here: passing it is any status but 401.
	for _, tt := range []struct {
		method, path string
		viewable     bool
	}{
		{"GET", "/api/v1/analyses", true},
		{"GET", "/api/v1/analyses/01j0000000000000000000000a", true},
		{"GET", "/api/v1/events", true},
		{"GET", "/api/v1/stats", false},
		{"GET", "/api/v1/view-key", false},
		{"POST", "/api/v1/analyze", false},
	} {
		if got := get(tt.method, tt.path, "new-token-0123456789"); got == http.StatusUnauthorized {
			t.Errorf("%s %s with the token: 401", tt.method, tt.path)
		}
		if got := get(tt.method, tt.path, key); (got == http.StatusUnauthorized) == tt.viewable {
			t.Errorf("%s %s with the view key: %d; the key should open it: %v", tt.method, tt.path, got, tt.viewable)
		}
	}
	if got := get("GET", "/api/v1/analyses", viewKey("a-withdrawn-token-012345")); got != http.StatusUnauthorized {
		t.Errorf("the view key of a token not configured: %d, want 401", got)
	}
}
