package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// With the dashboard mounted at "GET /", unknown API paths still get the
// API's JSON errors, not the dashboard's.
func TestRoutesWithDashboard(t *testing.T) {
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("dashboard")) })
	s := New(Config{Web: web})
	tests := []struct {
		method, path string
		status       int
		code, allow  string
	}{
		{"GET", "/", 200, "", ""},
		{"GET", "/app.js", 200, "", ""},
		{"GET", "/api/v1/nope", 404, "not_found", ""},
		{"POST", "/api/v1/nope", 404, "not_found", ""},
		{"POST", "/api/v1/stats", 405, "method_not_allowed", "GET"},
		{"GET", "/api/v1/analyze", 405, "method_not_allowed", "POST"},
	}
	for _, tt := range tests {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(tt.method, tt.path, nil))
		if w.Code != tt.status {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, w.Code, tt.status)
			continue
		}
		if tt.code == "" {
			if w.Body.String() != "dashboard" {
				t.Errorf("%s %s: body %q, want the dashboard", tt.method, tt.path, w.Body)
			}
			continue
		}
		var e errorResponse
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error.Code != tt.code {
			t.Errorf("%s %s: body %q, want JSON error %s", tt.method, tt.path, w.Body, tt.code)
		}
		if got := w.Header().Get("Allow"); got != tt.allow {
			t.Errorf("%s %s: Allow %q, want %q", tt.method, tt.path, got, tt.allow)
		}
	}
}
