package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/storetest"
)

func TestParseRetainAndSize(t *testing.T) {
	day := 24 * time.Hour
	for in, want := range map[string]time.Duration{
		"": 0, "0": 0, "30d": 30 * day, "1d12h": 36 * time.Hour, "12h": 12 * time.Hour, "1.5d": 36 * time.Hour, "90m": 90 * time.Minute,
	} {
		if got, err := parseRetain(in); err != nil || got != want {
			t.Errorf("parseRetain(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"30", "thirty days", "-1d", "10m", "d", "1dx"} {
		if got, err := parseRetain(in); err == nil {
			t.Errorf("parseRetain(%q) = %v; want an error", in, got)
		}
	}
	for in, want := range map[string]int64{
		"0": 0, "500MB": 500e6, "500mb": 500e6, "1.5GB": 1.5e9, "512MiB": 512 << 20, "2G": 2e9, "1048576": 1 << 20, "4 MiB": 4 << 20,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"lots", "-5MB", "10KB", "5XB", "MB"} {
		if got, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) = %d; want an error", in, got)
		}
	}
}

// An environment value goes through the flag's parser: a retention
// without a unit stops serve, naming the variable.
func TestRetainFromEnvironment(t *testing.T) {
	getenv := func(k string) string {
		return map[string]string{"QUIZSTATS_RETAIN": "30", "QUIZSTATS_DATA": t.TempDir()}[k]
	}
	var stderr strings.Builder
	_, err := parseServe(nil, getenv, &stderr)
	if err == nil || !strings.Contains(err.Error(), "QUIZSTATS_RETAIN") {
		t.Errorf("QUIZSTATS_RETAIN=30: %v; want an error naming the variable", err)
	}
	getenv = func(k string) string {
		return map[string]string{"QUIZSTATS_RETAIN": "7d", "QUIZSTATS_MAX_STORE_SIZE": "1GB", "QUIZSTATS_DATA": t.TempDir()}[k]
	}
	cfg, err := parseServe(nil, getenv, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if time.Duration(cfg.retain) != 7*24*time.Hour || cfg.maxStoreSize != 1e9 {
		t.Errorf("from the environment: retain %v, max size %d", time.Duration(cfg.retain), cfg.maxStoreSize)
	}
}

// serve --retain 30d deletes what is older at its first sweep (at start)
// and logs how many it removed; what is newer stays.
func TestServeRetainDeletesOldAnalyses(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenBolt(filepath.Join(dir, "quizstats.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	now := time.Now()
	var keep string
	for _, age := range []time.Duration{90 * 24 * time.Hour, 40 * 24 * time.Hour, 31 * 24 * time.Hour, 2 * 24 * time.Hour} {
		a := storetest.Analysis(quiz.NewID(now.Add(-age)), now.Add(-age))
		if err := st.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		keep = a.ID
	}
	st.Close()

	srv := startServe(t, map[string]string{"QUIZSTATS_DATA": dir}, "--retain", "30d")
	eventually(t, "the sweep logs what it removed", func() bool {
		for _, line := range strings.Split(srv.Logs.String(), "\n") {
			var l struct {
				Msg     string `json:"msg"`
				Removed int    `json:"removed"`
			}
			if json.Unmarshal([]byte(line), &l) == nil && l.Msg == "retention sweep" && l.Removed == 3 {
				return true
			}
		}
		return false
	})
	var page struct{ Analyses []quiz.Summary }
	api(t, "GET", srv.URL+"/api/v1/analyses", nil, &page)
	if len(page.Analyses) != 1 || page.Analyses[0].ID != keep {
		t.Errorf("history after the sweep: %+v, want only the analysis of 2 days ago", page.Analyses)
	}
}
